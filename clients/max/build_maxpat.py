"""Writes the Max patches (``make clients``) with py2max.

- ``oscserver.maxpat`` opens in presentation mode: tempo (number, slider, nudges), play, beat in bar, Link
  peers, click, a strip per looper track (record 1/2/4/8 bars, arm, play, stop, clear, mute, volume, the
  state in colour), MIDI pads, CC sliders and clock, a row per MIDI loop and a MIDI map panel (learn,
  stop learning, list, clear, unmap), as ``clients/profile.py`` describes them. Controls send
  through ``[udpsend 127.0.0.1 8000]``; the server's pushes come back to ``[udpreceive 9001]`` (the patch
  subscribes at load and every few seconds, and asks ``/dump`` when ``/subscribed`` names a server instance it
  has not seen) and reach the controls through ``[route]`` and ``[prepend set]``, which shows a value without
  sending it again.
- ``oscserver-monitor.maxpat`` subscribes and prints everything the server sends to the Max console.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # run as a file: find clients.profile

from py2max import Patcher
from py2max.core.box import Box
from py2max.core.common import Rect

from clients import profile
from clients.max.maxpat_layout import HOST, Layout, connect
from clients.max.maxpat_midi import MIDILOOP_VERBS, mapping, midi_loops
from oscserver.engine.looper import TrackState

HERE = Path(__file__).resolve().parent
FEEDBACK_PORT = 9001
__all__ = ["HOST", "MIDILOOP_VERBS", "PATCHES", "main", "render"]


def build_main() -> Patcher:
    p = Patcher(HERE / "oscserver.maxpat", openinpresentation=1)
    p.rect = Rect(40.0, 60.0, 900.0, 1010.0)  # the window fits the presentation view
    at = Layout(p)

    # -- the connection --------------------------------------------------------------------------------
    at.column(30, 620)
    at.note("udpsend: every control's message goes to the server (oscserver serve, port 8000).", 330)
    send = at.obj(f"udpsend {HOST} {profile.SERVER_PORT}", 160)
    at.note(
        f"Subscribe at load and every {profile.RESUBSCRIBE_MS // 1000} s: the server pushes every change to "
        f"port {FEEDBACK_PORT}, and a restarted server finds the patch again.",
        330,
    )
    load = at.obj("loadbang", 70)
    metro = at.obj(f"metro {profile.RESUBSCRIBE_MS}", 90)
    subscribe = at.msg(f"/subscribe {FEEDBACK_PORT}", 120)
    connect(p, load, metro)
    connect(p, metro, subscribe)
    connect(p, subscribe, send)
    at.note("udpreceive: the server's pushes, as messages named by their address.", 330)
    receive = at.obj(f"udpreceive {FEEDBACK_PORT}", 140)
    track_addresses = [
        f"/looper/{n}/{what}"
        for n in range(1, profile.TRACKS + 1)
        for what in ("state", "volume", "mute", "overdub", "reverse", "position")
    ]
    link_addresses = ["/link/tempo", "/link/playing", "/link/beat", "/link/peers", "/link/quantum"]
    other_addresses = ["/click/enabled", "/click/volume", "/midi/clock", "/audio/ok", "/midi/ok"]
    midiloop_addresses = [
        f"/midiloop/{n}/{what}"
        for n in range(1, profile.MIDI_LOOPS + 1)
        for what in ("state", "quantize", "output")
    ]
    addresses = [*link_addresses, *other_addresses, *track_addresses, *midiloop_addresses, "/subscribed"]
    at.note(
        "route by address; each outlet feeds 'prepend set' so the control shows the value without "
        "sending it back (no feedback loop).",
        330,
    )
    router = at.obj("route " + " ".join(addresses), 330)
    connect(p, receive, router)
    routed = {address: index for index, address in enumerate(addresses)}

    def show(address: str, control: Box) -> None:
        setter = at.obj("prepend set", 90)
        connect(p, router, setter, outlet=routed[address])
        connect(p, setter, control)

    def sender(control: Box, text: str, outlet: int = 0) -> Box:
        box = at.msg(text)
        connect(p, control, box, outlet=outlet)
        connect(p, box, send)
        return box

    # -- transport -------------------------------------------------------------------------------------
    at.column(450, 620)
    at.label("TEMPO", (20, 15, 60, 20))
    tempo = at.ui(
        "flonum",
        (20, 35, 80, 30),
        minimum=profile.TEMPO_LIMITS[0],
        maximum=profile.TEMPO_LIMITS[1],
        fontsize=18.0,
    )
    tempo_slider = at.ui(
        "slider",
        (110, 40, 240, 22),
        orientation=1,
        min=profile.TEMPO_FADER[0],
        size=profile.TEMPO_FADER[1] - profile.TEMPO_FADER[0],
        floatoutput=1,
    )
    sender(tempo, "/link/tempo $1")
    sender(tempo_slider, "/link/tempo $1")
    show("/link/tempo", tempo)
    show("/link/tempo", tempo_slider)
    at.label("-1", (360, 15, 30, 20))
    at.label("+1", (400, 15, 30, 20))
    down = at.ui("button", (360, 35, 30, 30))
    up = at.ui("button", (400, 35, 30, 30))
    at.note("Nudges step from the tempo the server last reported.", 200)
    for button, step in ((down, "- 1."), (up, "+ 1.")):
        last = at.obj("f", 40)
        connect(p, button, last)
        connect(p, router, last, outlet=routed["/link/tempo"], inlet=1)
        change = at.obj(step, 50)
        connect(p, last, change)
        sender(change, "/link/tempo $1")
    at.label("TAP", (440, 15, 40, 20))
    sender(at.ui("button", (440, 35, 30, 30)), "/link/tap")

    at.column(700, 620)
    at.label("PLAY", (20, 80, 50, 20))
    playing = at.ui("toggle", (20, 100, 40, 40))
    sender(playing, "/link/playing $1")
    show("/link/playing", playing)
    at.label("BEAT", (80, 80, 50, 20))
    beat = at.ui("number", (80, 100, 50, 30), fontsize=18.0)
    unpack = at.obj("unpack 0. 0 0", 100)
    at.note("/link/beat: beat, bar, beat in bar (from 1).", 200)
    connect(p, router, unpack, outlet=routed["/link/beat"])
    beat_set = at.obj("prepend set", 90)
    connect(p, unpack, beat_set, outlet=2)
    connect(p, beat_set, beat)
    at.label("PEERS", (150, 80, 50, 20))
    show("/link/peers", at.ui("number", (150, 100, 50, 30), fontsize=18.0))
    at.label("BARS OF", (220, 80, 60, 20))
    show("/link/quantum", at.ui("flonum", (220, 100, 50, 30), fontsize=18.0))
    at.label("CLICK", (300, 80, 50, 20))
    click = at.ui("toggle", (300, 100, 40, 40))
    sender(click, "/click/enabled $1")
    show("/click/enabled", click)
    at.label("CLICK VOLUME", (360, 80, 100, 20))
    click_volume = at.ui("slider", (360, 105, 120, 20), orientation=1, size=1.0, floatoutput=1)
    sender(click_volume, "/click/volume $1")
    show("/click/volume", click_volume)
    at.note("/audio/ok and /midi/ok: 1 or 0, then the device or why it is down.", 200)
    for offset, (what, address) in enumerate((("AUDIO", "/audio/ok"), ("MIDI", "/midi/ok"))):
        x = 500 + 180 * offset
        at.label(what, (x, 80, 50, 20))
        running = at.ui("toggle", (x, 100, 24, 24), ignoreclick=1)  # a display: the server decides
        why = at.label("", (x + 30, 100, 140, 36))
        parts = at.obj("unpack 0 s", 80)
        connect(p, router, parts, outlet=routed[address])
        for outlet, control in enumerate((running, why)):
            setter = at.obj("prepend set", 90)
            connect(p, parts, setter, outlet=outlet)
            connect(p, setter, control)

    def show_states(address: str, name: str, panel: Box, text: Box) -> None:
        """A pushed ``STATE bars``: the panel takes the state's colour, the text its name and the bars."""
        at.note("state: its name and the loop's bars; the panel takes the state's colour.", 180)
        states = at.obj("route " + " ".join(state.value for state in profile.STATE_COLOURS), 180)
        connect(p, router, states, outlet=routed[address])
        for index, (state, (r, g, b)) in enumerate(profile.STATE_COLOURS.items()):
            looks = at.msg(f"bgcolor {r} {g} {b} 1.", 120)
            connect(p, states, looks, outlet=index)
            connect(p, looks, panel)
            words = at.msg(f"set {name} {state.value} $1", 120)
            connect(p, states, words, outlet=index)
            connect(p, words, text)

    # -- looper strips ---------------------------------------------------------------------------------
    for track in range(1, profile.TRACKS + 1):
        at.column(950 + 220 * (track - 1), 620)
        x = 20 + 105 * (track - 1)
        prefix = f"/looper/{track}"
        at.note(f"track {track}", 120)
        empty = TrackState.EMPTY
        state_panel = at.ui("panel", (x, 170, 95, 30), bgcolor=[*profile.STATE_COLOURS[empty], 1.0])
        state_text = at.label(f"{track} {empty.value}", (x + 3, 175, 90, 20))
        for index, bars in enumerate(profile.RECORD_BARS):
            at.label(f"R{bars}", (x + 24 * index, 205, 24, 18))
            sender(at.ui("button", (x + 24 * index, 222, 22, 22)), f"{prefix}/record {bars}")
        for index, verb in enumerate(("arm", "play", "stop", "clear")):
            at.label(verb.upper(), (x + 24 * index - 2, 250, 30, 18))
            sender(at.ui("button", (x + 24 * index, 267, 22, 22)), f"{prefix}/{verb}")
        at.label("MUTE", (x, 295, 40, 18))
        mute = at.ui("toggle", (x, 312, 24, 24))
        sender(mute, f"{prefix}/mute $1")
        show(f"{prefix}/mute", mute)
        volume = at.ui("slider", (x + 50, 295, 24, 110), size=1.0, floatoutput=1)
        sender(volume, f"{prefix}/volume $1")
        show(f"{prefix}/volume", volume)
        for index, (caption, verb) in enumerate(
            (("UNDO", "undo"), ("REDO", "redo"), (f"x{profile.MULTIPLY_TIMES}", "multiply"))
        ):
            at.label(caption, (x + 30 * index - 2, 410, 34, 18))
            argument = f" {profile.MULTIPLY_TIMES}" if verb == "multiply" else ""
            sender(at.ui("button", (x + 30 * index, 427, 22, 22)), f"{prefix}/{verb}{argument}")
        for index, (caption, verb) in enumerate((("DUB", "overdub"), ("REV", "reverse"))):
            at.label(caption, (x + 30 * index - 2, 455, 34, 18))
            flag = at.ui("toggle", (x + 30 * index, 472, 22, 22))
            sender(flag, f"{prefix}/{verb} $1")
            show(f"{prefix}/{verb}", flag)
        for index, speed in enumerate(profile.LOOP_SPEEDS):
            at.label(f"{speed:g}x", (x + 30 * index - 2, 500, 34, 18))
            sender(at.ui("button", (x + 30 * index, 517, 22, 22)), f"{prefix}/speed {speed:g}")
        at.label("POSITION", (x, 545, 90, 18))
        position = at.ui("slider", (x, 562, 95, 12), orientation=1, size=1.0, floatoutput=1, ignoreclick=1)
        show(f"{prefix}/position", position)  # a display, moved on every beat
        show_states(f"{prefix}/state", str(track), state_panel, state_text)

    midi_loops(at, sender, show, show_states)
    mapping(p, at, sender)

    # -- MIDI ------------------------------------------------------------------------------------------
    at.column(950 + 220 * profile.TRACKS, 620)
    at.label(f"MIDI PADS (channel {profile.MIDI_CHANNEL})", (20, 590, 160, 20))
    for index, note in enumerate(profile.PAD_NOTES):
        row, column = 3 - index // 4, index % 4  # lowest note bottom left, as on a drum machine
        pad = at.ui("button", (20 + 40 * column, 615 + 40 * row, 36, 36))
        sender(pad, f"/midi/note {profile.MIDI_CHANNEL} {note} {profile.PAD_VELOCITY} {profile.PAD_BEATS}")
    cc_pitch = 40  # one column per CC slider, as narrow as its caption allows
    for index, number in enumerate(profile.CC_NUMBERS):
        at.label(f"CC {number}", (200 + cc_pitch * index, 590, cc_pitch, 20))
        cc = at.ui("slider", (208 + cc_pitch * index, 615, 24, 150), size=128.0)
        sender(cc, f"/midi/cc {profile.MIDI_CHANNEL} {number} $1")
    right = 220 + cc_pitch * len(profile.CC_NUMBERS)  # clock and panic stand right of the last slider
    at.label("CLOCK", (right, 590, 60, 20))
    clock = at.ui("toggle", (right, 615, 40, 40))
    sender(clock, "/midi/clock $1")
    show("/midi/clock", clock)
    at.label("PANIC", (right, 670, 60, 20))
    sender(at.ui("button", (right, 690, 40, 40)), "/midi/panic")
    at.label(
        f"oscserver: sends to {HOST}:{profile.SERVER_PORT}, listens on {FEEDBACK_PORT}. Unlock (cmd-E) and "
        "switch to patching mode (alt-cmd-E) to see the wiring.",
        (500, 15, 360, 40),
    )

    # -- a new server instance ---------------------------------------------------------------------------
    at.column(30, 1100)
    at.note(
        "A renewal brings no state: /subscribed port instance naming a server instance not seen before "
        "(the patch's start, or a restarted server) asks for all of it.",
        330,
    )
    instance = at.obj("zl change", 80)
    connect(p, router, instance, outlet=routed["/subscribed"])
    new_instance = at.obj("t b", 40)
    connect(p, instance, new_instance)
    dump = at.msg(f"/dump {FEEDBACK_PORT}", 120)
    connect(p, new_instance, dump)
    connect(p, dump, send)
    return p


def build_monitor() -> Patcher:
    p = Patcher(HERE / "oscserver-monitor.maxpat")
    at = Layout(p)
    at.column(30, 30)
    at.note("Subscribes and prints every message the server sends to the Max console.", 360)
    load = at.obj("loadbang", 70)
    metro = at.obj(f"metro {profile.RESUBSCRIBE_MS}", 90)
    subscribe = at.msg(f"/subscribe {FEEDBACK_PORT}", 120)
    send = at.obj(f"udpsend {HOST} {profile.SERVER_PORT}", 160)
    connect(p, load, metro)
    connect(p, metro, subscribe)
    connect(p, subscribe, send)
    at.note(
        "Answers to questions (/status, /api) go to the port they came from, which udpsend cannot "
        "hear; pushes come here because of the subscription.",
        360,
    )
    receive = at.obj(f"udpreceive {FEEDBACK_PORT}", 140)
    connect(p, receive, at.obj("print oscserver", 110))
    return p


PATCHES = {"oscserver.maxpat": build_main, "oscserver-monitor.maxpat": build_monitor}


def render(make: Any) -> str:
    """The patch's JSON text as ``Patcher.save`` writes it."""
    import json
    import tempfile

    patcher = make()
    with tempfile.TemporaryDirectory() as directory:
        path = Path(directory) / "patch.maxpat"
        patcher.save_as(path)  # a scratch file, read back as text
        text = path.read_text()
    json.loads(text)  # valid JSON, or fail here
    return text


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--output", type=Path, default=HERE)
    args = parser.parse_args(argv)
    for name, make in PATCHES.items():
        (args.output / name).write_text(render(make))
        print(f"wrote {args.output / name}")


if __name__ == "__main__":
    main()
