// The control page: binary OSC over the server's WebSocket, subscribed to every push, so what changes
// anywhere (another page, a tablet, a Link peer) shows here as it happens. The looper's controls are built
// from the server's own description of /looper (OSCQuery), so verbs the server gains appear by themselves.
// SPDX-License-Identifier: GPL-3.0-or-later
"use strict";

const $ = (id) => document.getElementById(id);
const STATES = ["EMPTY", "TRIGGERED", "RECORDING", "PLAYING", "STOPPING", "STOPPED"];
// Verbs shown first, in this order; any other the server offers follows, by name.
const FIRST_VERBS = ["record", "arm", "play", "stop", "overdub", "clear", "undo", "redo"];
const SHOWN_ELSEWHERE = new Set(["state", "position", "volume"]);

const page = {
  socket: null,
  retry: 250,
  tempo: 120,
  quantum: 4,
  playing: false,
  taps: [],
  layout: "",            // the /looper description the tracks were built from
  tracks: new Map(),     // number -> its elements
  controls: new Map(),   // address -> the toggle, menu or slider that shows its value
  state: new Map(),      // number -> "STATE bars", to fetch a waveform only when a loop changes
  hasTap: false,
};

// The page's other parts (midiloops.js, mappings.js) each add one of these before the page connects:
// {describe: async () => ..., subscribed: () => ..., receive: (address, args) => true when it was theirs}.
const features = [];

// -- the connection --------------------------------------------------------------------------------------

function connect() {
  const scheme = location.protocol === "https:" ? "wss:" : "ws:";
  const socket = new WebSocket(`${scheme}//${location.host}/`);
  socket.binaryType = "arraybuffer";
  page.socket = socket;
  showConnection("connecting");
  socket.onopen = async () => {
    page.retry = 250;
    showConnection("connected");
    // A restarted server may have other tracks, loops or verbs.
    await Promise.all([describe(), ...features.map((feature) => feature.describe())]);
    send("/subscribe");  // answers /subscribed, then every value: the page shows the truth at once
    send("/session/list");
    for (const feature of features) feature.subscribed();
  };
  socket.onmessage = (event) => {
    if (!(event.data instanceof ArrayBuffer)) return;
    let messages;
    try {
      messages = OSC.decode(event.data);
    } catch (err) {
      console.warn("unreadable packet", err);
      return;
    }
    for (const message of messages) receive(message.address, message.args);
  };
  socket.onclose = () => {
    if (page.socket !== socket) return;
    page.socket = null;
    showConnection("disconnected");
    setTimeout(connect, page.retry);  // the server may be restarting: come back as soon as it is
    page.retry = Math.min(page.retry * 2, 1000);
  };
}

function send(address, ...args) {
  if (page.socket && page.socket.readyState === WebSocket.OPEN) page.socket.send(OSC.encode(address, args));
}

function showConnection(state) {
  const element = $("connection");
  element.dataset.state = state;
  element.textContent = state;
}

let toastTimer = 0;
function toast(text, error = false) {
  const element = $("toast");
  element.textContent = text;
  element.classList.toggle("error", error);
  element.classList.add("shown");
  clearTimeout(toastTimer);
  toastTimer = setTimeout(() => element.classList.remove("shown"), 3000);
}

// -- what the server says ---------------------------------------------------------------------------------

const TRACK_ADDRESS = /^\/looper\/(\d+)\/([a-z_]+)$/;

function receive(address, args) {
  if (features.some((feature) => feature.receive(address, args))) return;
  const track = TRACK_ADDRESS.exec(address);
  if (track) {
    trackValue(Number(track[1]), track[2], args);
    return;
  }
  switch (address) {
    case "/link/tempo": page.tempo = args[0]; $("tempo").textContent = args[0].toFixed(1); break;
    case "/link/playing": page.playing = Boolean(args[0]); pressed($("play"), page.playing); break;
    case "/link/peers": $("peers").textContent = String(args[0]); break;
    case "/link/startstopsync": pressed($("sync"), Boolean(args[0])); break;
    case "/link/quantum": page.quantum = Math.max(1, Math.round(args[0])); drawBeats(0); break;
    case "/link/beat": drawBeats(args[2]); break;
    case "/audio/meters": meters(args); break;
    case "/session/list": sessions(args); break;
    case "/midi/ok": midiRuns(Boolean(args[0]), String(args[1] || "")); break;
    case "/done":
      toast(`${args[0]} ${args.slice(1).join(" ")}`.trim());
      if (args[0] === "/session/save") send("/session/list");
      break;
    case "/error": toast(`${args[0] || "error"}: ${args[1]}`, true); break;
    default: showValue(address, args); break;
  }
}

// A value pushed for a control built from the server's description (a toggle, a menu, a slider).
function showValue(address, args) {
  const control = page.controls.get(address);
  if (control && args.length) display(control, args);
}

function display(control, args) {
  if (control.tagName === "BUTTON") pressed(control, Boolean(args[0]));
  else if (control.tagName === "LABEL") control.querySelector("input").value = String(args[0]);
  else control.value = String(args[0]);
}

function trackValue(number, name, args) {
  const track = page.tracks.get(number);
  if (!track) return;
  if (name === "state") {
    const [state, bars] = args;
    track.card.dataset.state = STATES.includes(state) ? state : "EMPTY";
    track.state.textContent = bars ? `${state} · ${bars} bar${bars === 1 ? "" : "s"}` : state;
    const summary = `${state} ${bars}`;
    const before = page.state.get(number);
    page.state.set(number, summary);
    if (state === "EMPTY") {
      drawWaveform(track, []);
      track.progress.style.width = "0";
    } else if (before !== summary && (state === "PLAYING" || state === "STOPPED")) {
      fetchWaveform(number);
    }
  } else if (name === "position") {
    track.progress.style.width = `${Math.max(0, Math.min(1, args[0])) * 100}%`;
  } else if (name === "volume") {
    track.volume.value = String(args[0]);
  } else {
    const control = track.controls.get(name);
    if (name === "overdub" && control && !args[0] && control.getAttribute("aria-pressed") === "true") {
      fetchWaveform(number);  // the pass is over: the loop has new layers
    }
    showValue(`/looper/${number}/${name}`, args);
  }
}

function pressed(button, on) {
  button.setAttribute("aria-pressed", on ? "true" : "false");
}

// Sections that need MIDI say why it is off instead of showing controls that would do nothing.
function midiRuns(ok, why) {
  document.querySelectorAll("[data-needs-midi]").forEach((section) => {
    section.dataset.midi = ok ? "on" : "off";
    section.querySelector(".midi-off").textContent = ok ? "" : why;
  });
}

function meters(levels) {
  ["in-l", "in-r", "out-l", "out-r"].forEach((id, i) => { $(id).value = levels[i] || 0; });
  for (const [number, track] of page.tracks) track.meter.value = levels[3 + number] || 0;
}

function sessions(names) {
  const select = $("sessions");
  const chosen = select.value;
  select.replaceChildren(...names.map((name) => new Option(name, name)));
  if (names.includes(chosen)) select.value = chosen;
}

function drawBeats(beatInBar) {
  const box = $("beats");
  if (box.children.length !== page.quantum) {
    box.replaceChildren(...Array.from({ length: page.quantum }, () => document.createElement("i")));
  }
  Array.from(box.children).forEach((dot, i) => dot.classList.toggle("on", i + 1 === beatInBar));
}

// -- the looper's tracks, built from the server's description -------------------------------------------

async function describe() {
  let looper;
  let root;
  try {
    [looper, root] = await Promise.all(
      ["/looper", "/link"].map((path) => fetch(path, { cache: "no-store" }).then((r) => (r.ok ? r.json() : null))),
    );
  } catch (err) {
    return;  // the socket's close brings the page back here once the server answers again
  }
  page.hasTap = Boolean(root && root.CONTENTS && root.CONTENTS.tap);
  const layout = JSON.stringify(looper && looper.CONTENTS ? Object.keys(looper.CONTENTS) : [])
    + JSON.stringify(looper && looper.CONTENTS && looper.CONTENTS["1"] ? Object.keys(looper.CONTENTS["1"].CONTENTS) : []);
  if (layout === page.layout) return;
  page.layout = layout;
  buildLooper(looper ? looper.CONTENTS || {} : {});
}

function buildLooper(contents) {
  const numbers = Object.keys(contents).filter((k) => /^\d+$/.test(k)).map(Number).sort((a, b) => a - b);
  page.controls.clear();
  const verbs = $("looper-verbs");
  verbs.replaceChildren();
  for (const [name, node] of Object.entries(contents)) {
    if (/^\d+$/.test(name) || node.CONTENTS) continue;
    verbs.append(control(`/looper/${name}`, name, node) || document.createTextNode(""));
  }
  const box = $("tracks");
  box.replaceChildren();
  page.tracks.clear();
  page.state.clear();
  for (const number of numbers) {
    const track = buildTrack(number, contents[String(number)].CONTENTS || {});
    page.tracks.set(number, track);
    box.append(track.card);
  }
}

function buildTrack(number, verbs) {
  const card = document.createElement("article");
  card.className = "track";
  card.dataset.state = "EMPTY";
  card.dataset.track = String(number);
  card.innerHTML = `
    <div class="head"><b>${number}</b><span class="state">EMPTY</span><meter max="1"></meter></div>
    <div class="wave"><canvas width="200" height="40"></canvas><div class="progress"></div></div>
    <div class="verbs"></div>
    <label class="volume">vol <input type="range" min="0" max="1" step="0.01" value="1"></label>`;
  const track = {
    card,
    state: card.querySelector(".state"),
    meter: card.querySelector("meter"),
    canvas: card.querySelector("canvas"),
    progress: card.querySelector(".progress"),
    volume: card.querySelector(".volume input"),
    controls: new Map(),
  };
  track.volume.addEventListener("input", () => send(`/looper/${number}/volume`, { type: "f", value: Number(track.volume.value) }));
  const names = Object.keys(verbs).filter((name) => !SHOWN_ELSEWHERE.has(name));
  names.sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
  const box = card.querySelector(".verbs");
  for (const name of names) {
    const element = control(`/looper/${number}/${name}`, name, verbs[name]);
    if (!element) continue;
    track.controls.set(name, element);
    box.append(element);
  }
  return track;
}

function rank(name) {
  const index = FIRST_VERBS.indexOf(name);
  return index < 0 ? FIRST_VERBS.length : index;
}

// One control for one address, from its OSCQuery description: a button for a verb, a toggle for a 0/1,
// a slider for a ranged number, a menu for a choice. An address it cannot offer (several values) is left out.
// Record and arm take the bars chosen in their section's menu.
function control(address, name, node, bars = $("bars")) {
  const type = node.TYPE || "";
  const range = (node.RANGE && node.RANGE[0]) || {};
  if (node.ACCESS === 1) return null;  // it only reports: nothing to press
  if (name === "record" || name === "arm") {
    return button(name, () => send(address, Number(bars.value)));
  }
  if (type === "" || (type === "i" && !(range.MIN === 0 && range.MAX === 1) && !(node.ACCESS & 1))) {
    return button(name, () => {
      send(address);  // a verb, with its defaults
      const track = TRACK_ADDRESS.exec(address);
      // A verb may change the loop without changing its state (undo, reverse): look again once it has acted.
      if (track && name !== "play" && name !== "stop") setTimeout(() => fetchWaveform(Number(track[1])), 1500);
    });
  }
  if (type === "i" && range.MIN === 0 && range.MAX === 1) {
    const toggle = button(name, () => send(address, toggle.getAttribute("aria-pressed") === "true" ? 0 : 1));
    toggle.classList.add("toggle");
    pressed(toggle, false);
    page.controls.set(address, toggle);
    return toggle;
  }
  if (type.length === 1 && range.VALS) {
    const select = document.createElement("select");
    select.setAttribute("aria-label", name);
    select.append(...range.VALS.map((v) => new Option(`${name} ${v}`, v)));
    select.addEventListener("change", () => send(address, type === "f" ? { type: "f", value: Number(select.value) } : select.value));
    page.controls.set(address, select);
    return select;
  }
  if ((type === "f" || type === "i") && range.MIN !== undefined && range.MAX !== undefined) {
    const label = document.createElement("label");
    label.className = "slider";
    label.textContent = name + " ";
    const input = document.createElement("input");
    Object.assign(input, { type: "range", min: range.MIN, max: range.MAX, step: type === "i" ? 1 : (range.MAX - range.MIN) / 100 });
    input.addEventListener("input", () => send(address, type === "f" ? { type: "f", value: Number(input.value) } : Number(input.value)));
    label.append(input);
    page.controls.set(address, label);
    return label;
  }
  return null;
}

function button(text, action) {
  const element = document.createElement("button");
  element.textContent = text;
  element.dataset.verb = text;
  element.addEventListener("click", action);
  return element;
}

async function fetchWaveform(number) {
  try {
    const response = await fetch(`/waveform/${number}`, { cache: "no-store" });
    if (!response.ok) return;
    const summary = await response.json();
    const track = page.tracks.get(number);
    if (track) drawWaveform(track, summary.peaks);
  } catch (err) {
    // the server went away; the thumbnail comes with the state after the reconnection
  }
}

function drawWaveform(track, peaks) {
  const canvas = track.canvas;
  const context = canvas.getContext("2d");
  context.clearRect(0, 0, canvas.width, canvas.height);
  if (!peaks.length) return;
  const middle = canvas.height / 2;
  const step = canvas.width / peaks.length;
  context.fillStyle = "rgba(255,255,255,0.75)";
  peaks.forEach((peak, i) => {
    const height = Math.max(1, peak * middle);
    context.fillRect(i * step, middle - height, Math.max(1, step), height * 2);
  });
}

// -- transport and sessions -----------------------------------------------------------------------------

function tap() {
  if (page.hasTap) {
    send("/link/tap");
    return;
  }
  // No /link/tap on this server: the page counts the taps itself (reset after 2 s without one).
  const now = performance.now();
  page.taps = page.taps.filter((t) => now - t < 2000).concat([now]).slice(-5);
  if (page.taps.length >= 2) {
    const beat = (page.taps[page.taps.length - 1] - page.taps[0]) / (page.taps.length - 1);
    send("/link/tempo", { type: "f", value: Math.min(999, Math.max(20, 60000 / beat)) });
  }
}

function wire() {
  document.querySelectorAll("[data-nudge]").forEach((nudge) => {
    nudge.addEventListener("click", () => {
      const tempo = Math.round((page.tempo + Number(nudge.dataset.nudge)) * 10) / 10;
      send("/link/tempo", { type: "f", value: Math.min(999, Math.max(20, tempo)) });
    });
  });
  $("tap").addEventListener("click", tap);
  $("play").addEventListener("click", () => send("/link/playing", page.playing ? 0 : 1));
  $("sync").addEventListener("click", () => send("/link/startstopsync", $("sync").getAttribute("aria-pressed") === "true" ? 0 : 1));
  $("load").addEventListener("click", () => { if ($("sessions").value) send("/session/load", $("sessions").value); });
  $("save").addEventListener("click", () => {
    const name = $("session-name").value.trim();
    if (name) send("/session/save", name);
    else send("/session/save");
  });
  buildMidi();
  drawBeats(0);
}

// Once every script of the page has run, so that each part has joined before the first message.
document.addEventListener("DOMContentLoaded", () => {
  wire();
  connect();
});
