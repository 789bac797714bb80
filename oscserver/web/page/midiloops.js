// The MIDI loops: one row per loop, built from the server's own description of /midiloop as the looper's
// tracks are from /looper, so a server with another count of loops, or new verbs, shows them by itself.
// SPDX-License-Identifier: GPL-3.0-or-later
"use strict";

const MIDILOOP_ADDRESS = /^\/midiloop\/(\d+)\/([a-z_]+)$/;
const MIDILOOP_FIRST_VERBS = ["record", "arm", "play", "stop", "clear", "undo"];
// Where notes are moved to, in beats: a musician's note values rather than a slider over 0 to 16 beats.
const QUANTIZE_CHOICES = [[0, "off"], [0.25, "1/16"], [0.5, "1/8"], [1, "1/4"], [2, "1/2"], [4, "bar"]];

const midiloops = {
  layout: "",
  rows: new Map(),  // number -> {row, state, controls: Map(name -> element)}
  outputs: ["out"], // the virtual output, then the named outputs (--midi-out ALIAS=PORT)

  async describe() {
    let loops;
    let midi;
    try {
      [loops, midi] = await Promise.all(
        ["/midiloop", "/midi"].map((path) => fetch(path, { cache: "no-store" }).then((r) => (r.ok ? r.json() : null))),
      );
    } catch (err) {
      return;  // the server went away; the reconnection describes it again
    }
    const contents = (loops && loops.CONTENTS) || {};
    // A named output is a node of /midi with verbs of its own (/midi/<alias>/note ...).
    const named = Object.entries((midi && midi.CONTENTS) || {})
      .filter(([, node]) => node.CONTENTS && node.CONTENTS.note)
      .map(([name]) => name);
    const layout = JSON.stringify([Object.keys(contents), named,
      contents["1"] && contents["1"].CONTENTS ? Object.keys(contents["1"].CONTENTS) : []]);
    if (layout === this.layout) return;
    this.layout = layout;
    this.outputs = ["out", ...named];
    this.build(contents);
  },

  subscribed() {},

  build(contents) {
    const numbers = Object.keys(contents).filter((k) => /^\d+$/.test(k)).map(Number).sort((a, b) => a - b);
    const box = $("midiloop-rows");
    box.replaceChildren();
    this.rows.clear();
    for (const number of numbers) {
      const loop = this.buildRow(number, contents[String(number)].CONTENTS || {});
      this.rows.set(number, loop);
      box.append(loop.row);
    }
    $("midiloops").hidden = numbers.length === 0;  // a server without MIDI loops
  },

  buildRow(number, verbs) {
    const row = document.createElement("article");
    row.className = "midiloop";
    row.dataset.loop = String(number);
    row.dataset.state = "EMPTY";
    row.innerHTML = `<div class="head"><b>${number}</b><span class="state">EMPTY</span></div><div class="verbs"></div>`;
    const loop = { row, state: row.querySelector(".state"), controls: new Map() };
    const box = row.querySelector(".verbs");
    const names = Object.keys(verbs).filter((name) => name !== "state");
    const rank = (name) => {
      const index = MIDILOOP_FIRST_VERBS.indexOf(name);
      return index < 0 ? MIDILOOP_FIRST_VERBS.length : index;
    };
    names.sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
    for (const name of names) {
      const address = `/midiloop/${number}/${name}`;
      let element;
      if (name === "output") element = this.menu(address, name, this.outputs.map((o) => [o, o]), (v) => v);
      else if (name === "quantize") element = this.menu(address, name, QUANTIZE_CHOICES, (v) => ({ type: "f", value: Number(v) }));
      else element = control(address, name, verbs[name], $("midiloop-bars"));
      if (!element) continue;
      loop.controls.set(name, element);
      box.append(element);
    }
    return loop;
  },

  // A menu of values: what the server pushes selects its entry (one is added for a value set elsewhere).
  menu(address, name, choices, typed) {
    const select = document.createElement("select");
    select.setAttribute("aria-label", name);
    select.dataset.control = name;
    select.append(...choices.map(([value, text]) => new Option(`${name} ${text}`, String(value))));
    select.addEventListener("change", () => send(address, typed(select.value)));
    return select;
  },

  receive(address, args) {
    const match = MIDILOOP_ADDRESS.exec(address);
    if (!match) return false;
    const loop = this.rows.get(Number(match[1]));
    const name = match[2];
    if (!loop || !args.length) return true;
    if (name === "state") {
      const [state, bars] = args;
      loop.row.dataset.state = STATES.includes(state) ? state : "EMPTY";
      loop.state.textContent = bars ? `${state} · ${bars} bar${bars === 1 ? "" : "s"}` : state;
      return true;
    }
    const element = loop.controls.get(name);
    if (element && element.tagName === "SELECT") {
      const value = String(name === "quantize" ? Number(args[0].toFixed(4)) : args[0]);
      if (![...element.options].some((option) => option.value === value)) {
        element.append(new Option(`${name} ${value}`, value));
      }
      element.value = value;
    } else if (element) {
      display(element, args);
    }
    return true;
  },
};

features.push(midiloops);
