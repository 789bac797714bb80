// MIDI mappings: learn a binding (an address typed or picked from the server's own, with fixed args), and
// the list of bindings as the server pushes it (/map/list, /map/added, /map/removed), a remove for each.
// SPDX-License-Identifier: GPL-3.0-or-later
"use strict";

const mappings = {
  listing: [],      // the /map/binding answers of a /map/list under way
  learning: null,   // the address a learn waits for a note, cc or program change to bind to
  clearing: 0,      // the timer of a first press of "clear all": a second one within it clears

  async describe() {
    let root;
    try {
      const response = await fetch("/", { cache: "no-store", headers: { Accept: "application/json" } });
      root = response.ok ? await response.json() : null;
    } catch (err) {
      return;
    }
    const known = [];
    const walk = (node) => {
      if (node.CONTENTS) Object.values(node.CONTENTS).forEach(walk);
      else if (node.ACCESS & 2 && !node.FULL_PATH.startsWith("/map/")) known.push(node.FULL_PATH);
    };
    if (root) walk(root);
    $("known-addresses").replaceChildren(...known.map((address) => new Option(address, address)));
  },

  subscribed() {
    this.listing = [];  // a listing cut short by a lost connection
    if (this.learning) this.stopLearning(true);  // a restarted server has forgotten it: start again
    send("/map/list");  // the bindings are not part of the subscription's state dump
  },

  receive(address, args) {
    switch (address) {
      case "/map/binding": this.listing.push(args); return true;
      case "/map/list":
        $("bindings").replaceChildren(...this.listing.map((binding) => this.item(binding)));
        this.listing = [];
        return true;
      case "/map/added": this.added(args); return true;
      case "/map/removed": {
        const item = $("bindings").querySelector(`[data-binding="${Number(args[0])}"]`);
        if (item) item.remove();
        return true;
      }
      case "/error":
        if (args[0] === "/map/learn" && this.learning) this.stopLearning(true);
        return false;  // shown as every refusal is
      default: return false;
    }
  },

  added(binding) {
    const list = $("bindings");
    const old = list.querySelector(`[data-binding="${Number(binding[0])}"]`);
    if (old) old.replaceWith(this.item(binding));
    else list.append(this.item(binding));
    if (this.learning === binding[4]) {
      this.stopLearning(false);
      toast(`learned: ${describeTrigger(binding)} → ${binding.slice(4).join(" ")}`);
    }
  },

  // i:id s:kind i:channel i:number s:address [args ...]
  item(binding) {
    const [id, , , , ...target] = binding;
    const item = document.createElement("li");
    item.dataset.binding = String(id);
    const trigger = document.createElement("span");
    trigger.className = "trigger";
    trigger.textContent = describeTrigger(binding);
    const what = document.createElement("span");
    what.className = "target";
    what.textContent = target.join(" ");
    const remove = button("remove", () => send("/map/remove", Number(id)));
    remove.classList.add("small");
    item.append(trigger, what, remove);
    return item;
  },

  learn(event) {
    event.preventDefault();
    const address = $("learn-address").value.trim();
    if (!address.startsWith("/")) {
      toast("learn: type or pick an address, e.g. /looper/1/record", true);
      return;
    }
    const args = $("learn-args").value.trim().split(/\s+/).filter(Boolean).map(typedArg);
    send("/map/learn", address, ...args);
    this.learning = address;
    $("learn").dataset.learning = "on";
  },

  // refused: the server has stopped learning or never started; cancel it anyway, so page and server agree.
  stopLearning(refused) {
    if (refused) send("/map/learn");
    this.learning = null;
    $("learn").dataset.learning = "off";
  },

  clearAll() {
    const clear = $("map-clear");
    if (this.clearing) {
      clearTimeout(this.clearing);
      this.clearing = 0;
      clear.textContent = "clear all";
      send("/map/clear");
      return;
    }
    clear.textContent = "sure? clear all";
    this.clearing = setTimeout(() => {
      this.clearing = 0;
      clear.textContent = "clear all";
    }, 3000);
  },
};

function describeTrigger([, kind, channel, number]) {
  return `${kind} ${number} · ${channel ? `ch ${channel}` : "any ch"}`;
}

// A fixed argument as typed: a whole number goes as an int, another number as a float, the rest as text.
function typedArg(text) {
  if (/^[-+]?\d+$/.test(text)) return Number(text);
  if (!Number.isNaN(Number(text))) return { type: "f", value: Number(text) };
  return text;
}

$("learn").addEventListener("submit", (event) => mappings.learn(event));
$("learn-cancel").addEventListener("click", () => {
  send("/map/learn");
  mappings.stopLearning(false);
});
$("map-clear").addEventListener("click", () => mappings.clearAll());
features.push(mappings);
