// MIDI pads and CC faders on a chosen channel and velocity, played on the server's virtual output.
// SPDX-License-Identifier: GPL-3.0-or-later
"use strict";

const PAD_NOTES = Array.from({ length: 16 }, (_, i) => 36 + i);  // a drum rack's first 16 notes
const FADER_CCS = [1, 7, 10, 74];

function buildMidi() {
  const channel = $("channel");
  for (let c = 1; c <= 16; c += 1) channel.append(new Option(String(c), String(c)));
  const pads = $("pads");
  for (const note of PAD_NOTES) {
    const pad = document.createElement("button");
    pad.className = "pad";
    pad.textContent = String(note);
    const on = (event) => {
      event.preventDefault();
      pad.classList.add("down");
      send("/midi/note_on", Number(channel.value), note, Number($("velocity").value));
    };
    const off = () => {
      if (!pad.classList.contains("down")) return;
      pad.classList.remove("down");
      send("/midi/note_off", Number(channel.value), note);
    };
    pad.addEventListener("pointerdown", on);
    pad.addEventListener("pointerup", off);
    pad.addEventListener("pointerleave", off);
    pad.addEventListener("pointercancel", off);
    pads.append(pad);
  }
  const faders = $("faders");
  for (const cc of FADER_CCS) {
    const label = document.createElement("label");
    label.textContent = `cc ${cc} `;
    const input = Object.assign(document.createElement("input"), { type: "range", min: 0, max: 127, value: 0 });
    input.addEventListener("input", () => send("/midi/cc", Number(channel.value), cc, Number(input.value)));
    label.append(input);
    faders.append(label);
  }
}
