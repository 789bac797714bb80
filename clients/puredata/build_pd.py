"""Writes the Pure Data client (``make clients``): vanilla Pd only, no externals.

- ``oscserver-io.pd``: the connection. ``[oscserver-io HOST PORT LISTENPORT]`` sends what arrives on
  ``[s oscserver-send]`` (an address and its arguments: ``/link/tempo 128``) with ``[oscformat]`` and
  ``[netsend -u -b]``, and puts everything the server sends on ``[r oscserver-received]`` (``link tempo 128``,
  address parts as atoms) through ``[oscparse]``: pushes arrive at ``[netreceive -u -b]`` on the subscribed
  port, answers at netsend's own socket (its right outlet). It subscribes when it starts listening and again
  every few seconds (``clients/profile.py``), and asks ``/dump`` when ``/subscribed`` names a server instance
  it has not seen. Without arguments it waits for ``connect HOST PORT`` and
  ``listen PORT`` on its inlet or on ``[s oscserver-io]``.
- ``oscserver-transport.pd``, ``oscserver-track.pd`` (argument: the track number) and ``oscserver-midi.pd``:
  graph-on-parent panels. Each control sends from its outlet and shows the server's pushes through its
  receive name, with ``set`` so that feedback never echoes back to the server.
- ``oscserver.pd``: the patch a user opens, all of the above for 8 tracks.

Pd 0.53's [oscparse] reads bundles too (the server bundles only its /api answer), so nothing else is needed.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # run as a file: find clients.profile

from clients import profile
from clients.puredata.pd_canvas import (
    Canvas,
    bang,
    hslider,
    number,
    panel,
    radio,
    sender,
    show,
    show_state,
    toggle,
    vslider,
)
from clients.puredata.pd_io import io_patch
from clients.puredata.pd_midi import map_patch, midi_patch, midiloop_patch
from oscserver.engine.looper import TrackState

HERE = Path(__file__).resolve().parent
STATE_COLOURS = {state.value: profile.hex_colour(colour) for state, colour in profile.STATE_COLOURS.items()}
DEFAULT_HOST, DEFAULT_PORT, DEFAULT_LISTEN = "127.0.0.1", profile.SERVER_PORT, 9002

# -- panels -------------------------------------------------------------------------------------------------


def transport_patch() -> str:
    c = Canvas(900, 700)
    width, height = 420, 200
    tempo = c.gui(10, 30, number("oscserver-tempo", "TEMPO", *profile.TEMPO_LIMITS))
    tempo_slider = c.gui(10, 75, hslider("oscserver-tempo-slider", "", *profile.TEMPO_FADER, width=200))
    down = c.gui(230, 30, bang("oscserver-nudge-down", "-1", size=20))
    up = c.gui(270, 30, bang("oscserver-nudge-up", "+1", size=20))
    playing = c.gui(10, 130, toggle("oscserver-playing", "PLAY"))
    c.gui(60, 130, radio("oscserver-beat", "BEAT", 4))  # a display only: the server's beat drives it
    c.gui(230, 130, number("oscserver-peers", "PEERS", 0, 999, digits=3))  # a display only
    link = c.gui(320, 130, toggle("oscserver-link", "LINK"))
    click = c.gui(10, 170, toggle("oscserver-click", "CLICK", size=20))
    click_volume = c.gui(
        60, 172, hslider("oscserver-click-volume", "CLICK_VOLUME", 0, 1, width=150, height=15)
    )
    tap = c.gui(310, 30, bang("oscserver-tap", "TAP", size=20))
    # Displays only: whether the audio device and the MIDI process run (their labels take the reason).
    c.gui(240, 170, toggle("oscserver-audio-ok", "AUDIO", size=20))
    c.gui(330, 170, toggle("oscserver-midi-ok", "MIDI", size=20))
    c.graph_on_parent(width, height)

    x0 = 20
    tempo_out = sender(c, x0, 260, "/link/tempo")
    c.connect(tempo, 0, tempo_out)
    c.connect(tempo_slider, 0, tempo_out)
    last_tempo_down = c.obj(x0 + 150, 230, "f")
    last_tempo_up = c.obj(x0 + 220, 230, "f")
    c.connect(down, 0, last_tempo_down)
    c.connect(up, 0, last_tempo_up)
    c.connect(c.obj(x0 + 150, 260, "- 1"), 0, tempo_out)
    c.connect(last_tempo_down, 0, c.count - 1)
    c.connect(c.obj(x0 + 220, 260, "+ 1"), 0, tempo_out)
    c.connect(last_tempo_up, 0, c.count - 1)
    c.connect(playing, 0, sender(c, x0 + 300, 260, "/link/playing"))
    c.connect(link, 0, sender(c, x0 + 450, 260, "/link/enabled"))
    c.connect(click, 0, sender(c, x0 + 600, 260, "/click/enabled"))
    c.connect(click_volume, 0, sender(c, x0 + 600, 330, "/click/volume"))
    c.connect(tap, 0, sender(c, x0 + 750, 260, "/link/tap"))

    received = c.obj(x0, 400, "r oscserver-received")
    top = c.obj(x0, 430, "route link click audio midi")
    c.connect(received, 0, top)
    link_route = c.obj(x0, 460, "route tempo playing beat peers enabled quantum")
    c.connect(top, 0, link_route)
    tempo_in = c.obj(x0, 490, "t f f")
    c.connect(link_route, 0, tempo_in)
    c.connect(tempo_in, 0, last_tempo_down, 1)  # the nudges step from the tempo the server last reported
    c.connect(tempo_in, 0, last_tempo_up, 1)
    show(c, tempo_in, 1, x0, 520, "oscserver-tempo", "oscserver-tempo-slider")
    show(c, link_route, 1, x0 + 200, 520, "oscserver-playing")
    beat_in = c.obj(x0 + 300, 490, "unpack f f f")  # beat, bar, beat in bar (from 1)
    c.connect(link_route, 2, beat_in)
    beat_index = c.obj(x0 + 300, 520, "- 1")
    c.connect(beat_in, 2, beat_index)
    show(c, beat_index, 0, x0 + 300, 550, "oscserver-beat")
    show(c, link_route, 3, x0 + 420, 520, "oscserver-peers")
    show(c, link_route, 4, x0 + 520, 520, "oscserver-link")
    show(c, link_route, 5, x0 + 620, 520, "oscserver-beat", message="number $1")  # cells = beats per bar
    click_route = c.obj(x0 + 400, 430, "route enabled volume")
    c.connect(top, 1, click_route)
    show(c, click_route, 0, x0 + 400, 600, "oscserver-click")
    show(c, click_route, 1, x0 + 550, 600, "oscserver-click-volume")
    for offset, what in enumerate(("audio", "midi")):
        x = x0 + 700 + 150 * offset
        ok = c.obj(x, 460, "route ok")
        c.connect(top, 2 + offset, ok)
        running = c.obj(x, 490, "unpack f s")  # 1 or 0, then the device or the reason
        c.connect(ok, 0, running)
        show(c, running, 0, x, 520, f"oscserver-{what}-ok")
        show(c, running, 1, x, 580, f"oscserver-{what}-ok", message=f"label {what.upper()}:_$1")
    return c.render()


def track_patch() -> str:
    """One looper track; the abstraction's argument ($1) is the track number."""
    c = Canvas(900, 700)
    prefix = "oscserver-track-$1"
    c.gui(0, 0, panel("empty", "TRACK_$1", 110, 22, "#202020"))
    empty = TrackState.EMPTY
    c.gui(
        0,
        24,
        panel(f"{prefix}-state", empty.value, 110, 28, profile.hex_colour(profile.STATE_COLOURS[empty])),
    )
    records = [
        c.gui(6 + 26 * i, 75, bang(f"{prefix}-rec{n}", f"R{n}", size=20))
        for i, n in enumerate(profile.RECORD_BARS)
    ]
    arm = c.gui(6, 125, bang(f"{prefix}-arm", "ARM", size=20))
    play = c.gui(36, 125, bang(f"{prefix}-play", "PLAY", size=20))
    stop = c.gui(76, 125, bang(f"{prefix}-stop", "STOP", size=20))
    clear = c.gui(6, 175, bang(f"{prefix}-clear", "CLEAR", size=20))
    mute = c.gui(56, 175, toggle(f"{prefix}-mute", "MUTE", size=20))
    volume = c.gui(10, 225, vslider(f"{prefix}-volume", "VOL", 0, 1, height=90))
    c.gui(50, 225, number(f"{prefix}-bars", "BARS", 0, 999, digits=3))
    undo = c.gui(6, 345, bang(f"{prefix}-undo", "UNDO", size=20))
    redo = c.gui(41, 345, bang(f"{prefix}-redo", "REDO", size=20))
    multiply = c.gui(76, 345, bang(f"{prefix}-multiply", f"x{profile.MULTIPLY_TIMES}", size=20))
    overdub = c.gui(6, 390, toggle(f"{prefix}-overdub", "DUB", size=20))
    reverse = c.gui(41, 390, toggle(f"{prefix}-reverse", "REV", size=20))
    speeds = [
        (c.gui(6 + 35 * i, 435, bang(f"{prefix}-speed-{i + 1}", f"{speed:g}x", size=20)), speed)
        for i, speed in enumerate(profile.LOOP_SPEEDS)
    ]
    c.gui(6, 475, hslider(f"{prefix}-position", "POSITION", 0, 1, width=98, height=12))  # a display only
    c.graph_on_parent(110, 495)

    x0 = 200
    record_out = sender(c, x0, 40, "/looper/$1/record")
    for i, (button, count) in enumerate(zip(records, profile.RECORD_BARS, strict=True)):
        box = c.msg(x0 + 50 * i, 10, str(count))
        c.connect(button, 0, box)
        c.connect(box, 0, record_out)
    for offset, (button, verb) in enumerate(((arm, "arm"), (play, "play"), (stop, "stop"), (clear, "clear"))):
        c.connect(
            button, 0, sender(c, x0 + 160 * (offset % 2), 110 + 70 * (offset // 2), f"/looper/$1/{verb}")
        )
    c.connect(mute, 0, sender(c, x0, 250, "/looper/$1/mute"))
    c.connect(volume, 0, sender(c, x0 + 160, 250, "/looper/$1/volume"))
    c.connect(undo, 0, sender(c, x0 + 320, 110, "/looper/$1/undo"))
    c.connect(redo, 0, sender(c, x0 + 320, 180, "/looper/$1/redo"))
    times = c.msg(x0 + 480, 80, str(profile.MULTIPLY_TIMES))
    c.connect(multiply, 0, times)
    c.connect(times, 0, sender(c, x0 + 480, 110, "/looper/$1/multiply"))
    c.connect(overdub, 0, sender(c, x0 + 320, 250, "/looper/$1/overdub"))
    c.connect(reverse, 0, sender(c, x0 + 480, 250, "/looper/$1/reverse"))
    speed_out = sender(c, x0 + 640, 110, "/looper/$1/speed")
    for index, (button, speed) in enumerate(speeds):
        box = c.msg(x0 + 640 + 50 * index, 80, f"{speed:g}")
        c.connect(button, 0, box)
        c.connect(box, 0, speed_out)

    this_track = c.obj(x0, 390, "r oscserver-looper-$1")  # this track's messages, from oscserver-io
    what = c.obj(x0, 420, "route state volume mute overdub reverse position")
    c.connect(this_track, 0, what)
    show_state(c, what, 0, x0, 450, prefix, STATE_COLOURS)
    show(c, what, 1, x0 + 400, 390, f"{prefix}-volume")
    show(c, what, 2, x0 + 520, 390, f"{prefix}-mute")
    show(c, what, 3, x0 + 640, 390, f"{prefix}-overdub")
    show(c, what, 4, x0 + 760, 390, f"{prefix}-reverse")
    show(c, what, 5, x0 + 880, 390, f"{prefix}-position")
    return c.render()


def main_patch() -> str:
    c = Canvas(1020, 1000)
    c.comment(
        10, 10, "oscserver: tempo, transport, looper and MIDI over OSC. Start the server (oscserver serve),"
    )
    c.comment(10, 30, f"then open this patch. It sends to {DEFAULT_HOST} port {DEFAULT_PORT} and listens on")
    c.comment(10, 50, f"{DEFAULT_LISTEN}: to change them, edit the [oscserver-io] box's arguments.")
    c.obj(10, 80, f"oscserver-io {DEFAULT_HOST} {DEFAULT_PORT} {DEFAULT_LISTEN}")
    c.obj(10, 130, "oscserver-transport")
    c.obj(460, 130, "oscserver-midi")
    for track in range(1, profile.TRACKS + 1):
        c.obj(10 + 120 * (track - 1), 360, f"oscserver-track {track}")
    for loop in range(1, profile.MIDI_LOOPS + 1):
        c.obj(10 + 180 * (loop - 1), 880, f"oscserver-midiloop {loop}")
    c.obj(10 + 180 * profile.MIDI_LOOPS, 880, "oscserver-map")
    c.comment(
        10, 1030, "Every control sends on its move; the server's answers and pushes set the controls back."
    )
    return c.render()


PATCHES = {
    "oscserver-io.pd": io_patch,
    "oscserver-transport.pd": transport_patch,
    "oscserver-track.pd": track_patch,
    "oscserver-midi.pd": midi_patch,
    "oscserver-midiloop.pd": lambda: midiloop_patch(STATE_COLOURS),
    "oscserver-map.pd": map_patch,
    "oscserver.pd": main_patch,
}


def build_all() -> dict[str, str]:
    return {name: make() for name, make in PATCHES.items()}


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--output", type=Path, default=HERE)
    args = parser.parse_args(argv)
    for name, text in build_all().items():
        (args.output / name).write_text(text)
        print(f"wrote {args.output / name}")


if __name__ == "__main__":
    main()
