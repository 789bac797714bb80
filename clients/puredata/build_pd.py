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
from clients.puredata.pd_canvas import Canvas, bang, hslider, number, panel, radio, toggle, vslider
from oscserver.engine.looper import TrackState

HERE = Path(__file__).resolve().parent
DEFAULT_HOST, DEFAULT_PORT, DEFAULT_LISTEN = "127.0.0.1", profile.SERVER_PORT, 9002

# -- oscserver-io -------------------------------------------------------------------------------------------


def io_patch() -> str:
    c = Canvas(760, 560)
    c.comment(20, 10, "oscserver-io [HOST PORT LISTENPORT]: OSC to and from oscserver")
    c.comment(20, 30, "inlet or [s oscserver-io]: connect HOST PORT / listen PORT")
    inlet = c.obj(20, 60, "inlet")
    config = c.obj(90, 60, "r oscserver-io")
    commands = c.obj(20, 90, "route connect listen")
    c.connect(inlet, 0, commands)
    c.connect(config, 0, commands)

    # Creation arguments, when all three are given, connect and then listen at load.
    load = c.obj(420, 60, "loadbang")
    ask = c.msg(420, 90, "args")
    c.connect(load, 0, ask)
    control = c.obj(420, 120, "pdcontrol")
    c.connect(ask, 0, control)
    three = c.obj(420, 150, "list split 3")  # fewer than three arguments leave by the right outlet
    c.connect(control, 0, three)
    connect_first = c.obj(420, 180, "t a a")
    c.connect(three, 0, connect_first)
    host_port = c.obj(520, 210, "list split 2")
    c.connect(connect_first, 1, host_port)
    connect_args = c.msg(520, 240, "connect $1 $2")
    c.connect(host_port, 0, connect_args)
    c.connect(connect_args, 0, commands)
    listen_port = c.obj(420, 270, "list split 2")
    c.connect(connect_first, 0, listen_port)
    listen_args = c.msg(420, 300, "listen $1")
    c.connect(listen_port, 1, listen_args)
    c.connect(listen_args, 0, commands)

    # Sending: the address comes off the front and reaches [oscformat] with "set", then the arguments.
    out = c.obj(20, 330, "r oscserver-send")
    order = c.obj(20, 360, "t a a")
    c.connect(out, 0, order)
    address = c.obj(160, 390, "list split 1")
    c.connect(order, 1, address)
    set_address = c.obj(160, 420, "list prepend set")
    c.connect(address, 0, set_address)
    set_trim = c.obj(160, 450, "list trim")
    c.connect(set_address, 0, set_trim)
    arguments = c.obj(20, 390, "list split 1")
    c.connect(order, 0, arguments)
    fmt = c.obj(20, 480, "oscformat")
    c.connect(set_trim, 0, fmt)
    c.connect(arguments, 1, fmt)
    send_bytes = c.obj(20, 510, "list prepend send")
    c.connect(fmt, 0, send_bytes)
    send_trim = c.obj(20, 540, "list trim")
    c.connect(send_bytes, 0, send_trim)
    netsend = c.obj(20, 570, "netsend -u -b")
    c.connect(send_trim, 0, netsend)
    as_list = c.obj(20, 120, "list")  # "127.0.0.1 8000" arrives as a message named 127.0.0.1
    c.connect(commands, 0, as_list)
    connect_msg = c.msg(20, 150, "connect $1 $2")
    c.connect(as_list, 0, connect_msg)
    c.connect(connect_msg, 0, netsend)

    # Receiving: [netreceive -u -b] gives each datagram as bytes; [oscparse] makes "link tempo 128" of it.
    on_listen = c.obj(160, 120, "t b f f")
    c.connect(commands, 1, on_listen)
    listen_msg = c.msg(280, 150, "listen $1")
    c.connect(on_listen, 2, listen_msg)
    netreceive = c.obj(420, 360, "netreceive -u -b")
    c.connect(listen_msg, 0, netreceive)
    parse = c.obj(420, 390, "oscparse")
    c.connect(netreceive, 0, parse)
    # Answers (to /api, /version, /ping...) go to the port they were asked from: netsend's own socket,
    # whose right outlet gives them out. Pushes come to the subscribed port, [netreceive]'s.
    c.connect(netsend, 1, parse)
    trim = c.obj(420, 420, "list trim")
    c.connect(parse, 0, trim)
    received = c.obj(420, 450, "s oscserver-received")
    c.connect(trim, 0, received)
    outlet = c.obj(580, 450, "outlet")
    c.connect(trim, 0, outlet)

    # [oscparse] gives the numbers in an address as symbols ("looper" "1" "state"), which [route 1] cannot
    # match: each track's messages go on to a receive name of its own, [r oscserver-looper-1], "state ...".
    looper = c.obj(620, 480, "route looper")
    c.connect(trim, 0, looper)
    order = c.obj(620, 510, "t a a")
    c.connect(looper, 0, order)
    number = c.obj(760, 540, "list split 1")
    c.connect(order, 1, number)
    name = c.obj(760, 570, "makefilename oscserver-looper-%s")
    c.connect(number, 0, name)
    rest = c.obj(620, 540, "list split 1")
    c.connect(order, 0, rest)
    rest_trim = c.obj(620, 570, "list trim")
    c.connect(rest, 1, rest_trim)
    to_track = c.obj(620, 600, "send")
    c.connect(name, 0, to_track, 1)
    c.connect(rest_trim, 0, to_track)

    # Subscribe at once (a metro fires when started) and every few seconds: a restarted server finds us again.
    metro = c.obj(160, 180, f"metro {profile.RESUBSCRIBE_MS}")
    c.connect(on_listen, 0, metro)
    port = c.obj(160, 210, "f")
    c.connect(on_listen, 1, port, 1)
    c.connect(metro, 0, port)
    subscribe = c.msg(160, 240, "list /subscribe $1")
    c.connect(port, 0, subscribe)
    to_server = c.obj(160, 270, "s oscserver-send")
    c.connect(subscribe, 0, to_server)

    # A renewal brings no state: /subscribed naming a server instance not seen before (our own start, or a
    # restarted server) asks /dump. [t s s] compares with the last instance, then remembers the new one.
    answered = c.obj(20, 600, "route subscribed")
    c.connect(trim, 0, answered)
    instance = c.obj(20, 630, "unpack f s")
    c.connect(answered, 0, instance)
    compare_then_keep = c.obj(110, 660, "t s s")
    c.connect(instance, 1, compare_then_keep)
    seen = c.obj(20, 690, "select none")
    c.connect(compare_then_keep, 1, seen)
    c.connect(compare_then_keep, 0, seen, 1)
    new_instance = c.obj(110, 720, "t b")
    c.connect(seen, 1, new_instance)
    dump_port = c.obj(110, 750, "f")
    c.connect(on_listen, 1, dump_port, 1)
    c.connect(new_instance, 0, dump_port)
    dump = c.msg(110, 780, "list /dump $1")
    c.connect(dump_port, 0, dump)
    c.connect(dump, 0, c.obj(110, 810, "s oscserver-send"))
    return c.render()


# -- panels -------------------------------------------------------------------------------------------------


def _sender(c: Canvas, x: int, y: int, prefix: str) -> int:
    """``[list prepend ADDRESS ...]`` into ``[s oscserver-send]``; returns the prepend object."""
    prepend = c.obj(x, y, f"list prepend {prefix}")
    send = c.obj(x, y + 30, "s oscserver-send")
    c.connect(prepend, 0, send)
    return prepend


def _show(
    c: Canvas, source: int, outlet: int, x: int, y: int, *receivers: str, message: str = "set $1"
) -> int:
    """Feedback: ``set $1`` (updates a GUI without it sending) to each receive name."""
    box = c.msg(x, y, message)
    c.connect(source, outlet, box)
    for offset, receiver in enumerate(receivers):
        c.connect(box, 0, c.obj(x + 90 * offset, y + 30, f"s {receiver}"))
    return box


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
    c.graph_on_parent(width, height)

    x0 = 20
    tempo_out = _sender(c, x0, 260, "/link/tempo")
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
    c.connect(playing, 0, _sender(c, x0 + 300, 260, "/link/playing"))
    c.connect(link, 0, _sender(c, x0 + 450, 260, "/link/enabled"))
    c.connect(click, 0, _sender(c, x0 + 600, 260, "/click/enabled"))
    c.connect(click_volume, 0, _sender(c, x0 + 600, 330, "/click/volume"))

    received = c.obj(x0, 400, "r oscserver-received")
    top = c.obj(x0, 430, "route link click")
    c.connect(received, 0, top)
    link_route = c.obj(x0, 460, "route tempo playing beat peers enabled quantum")
    c.connect(top, 0, link_route)
    tempo_in = c.obj(x0, 490, "t f f")
    c.connect(link_route, 0, tempo_in)
    c.connect(tempo_in, 0, last_tempo_down, 1)  # the nudges step from the tempo the server last reported
    c.connect(tempo_in, 0, last_tempo_up, 1)
    _show(c, tempo_in, 1, x0, 520, "oscserver-tempo", "oscserver-tempo-slider")
    _show(c, link_route, 1, x0 + 200, 520, "oscserver-playing")
    beat_in = c.obj(x0 + 300, 490, "unpack f f f")  # beat, bar, beat in bar (from 1)
    c.connect(link_route, 2, beat_in)
    beat_index = c.obj(x0 + 300, 520, "- 1")
    c.connect(beat_in, 2, beat_index)
    _show(c, beat_index, 0, x0 + 300, 550, "oscserver-beat")
    _show(c, link_route, 3, x0 + 420, 520, "oscserver-peers")
    _show(c, link_route, 4, x0 + 520, 520, "oscserver-link")
    _show(c, link_route, 5, x0 + 620, 520, "oscserver-beat", message="number $1")  # cells = beats per bar
    click_route = c.obj(x0 + 400, 430, "route enabled volume")
    c.connect(top, 1, click_route)
    _show(c, click_route, 0, x0 + 400, 600, "oscserver-click")
    _show(c, click_route, 1, x0 + 550, 600, "oscserver-click-volume")
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
    c.graph_on_parent(110, 330)

    x0 = 200
    record_out = _sender(c, x0, 40, "/looper/$1/record")
    for i, (button, count) in enumerate(zip(records, profile.RECORD_BARS, strict=True)):
        box = c.msg(x0 + 50 * i, 10, str(count))
        c.connect(button, 0, box)
        c.connect(box, 0, record_out)
    for offset, (button, verb) in enumerate(((arm, "arm"), (play, "play"), (stop, "stop"), (clear, "clear"))):
        c.connect(
            button, 0, _sender(c, x0 + 160 * (offset % 2), 110 + 70 * (offset // 2), f"/looper/$1/{verb}")
        )
    c.connect(mute, 0, _sender(c, x0, 250, "/looper/$1/mute"))
    c.connect(volume, 0, _sender(c, x0 + 160, 250, "/looper/$1/volume"))

    this_track = c.obj(x0, 390, "r oscserver-looper-$1")  # this track's messages, from oscserver-io
    what = c.obj(x0, 420, "route state volume mute")
    c.connect(this_track, 0, what)
    states = c.obj(x0, 450, "route " + " ".join(state.value for state in profile.STATE_COLOURS))
    c.connect(what, 0, states)
    for index, (state, colour) in enumerate(profile.STATE_COLOURS.items()):
        x = x0 + 110 * index
        split = c.obj(x, 480, "t b f")  # the state's bars, then its colour and name
        c.connect(states, index, split)
        look = c.msg(x, 510, f"color {profile.hex_colour(colour)} #ffffff, label {state.value}")
        c.connect(split, 0, look)
        c.connect(look, 0, c.obj(x, 570, f"s {prefix}-state"))
        _show(c, split, 1, x, 600, f"{prefix}-bars")
    _show(c, what, 1, x0 + 400, 390, f"{prefix}-volume")
    _show(c, what, 2, x0 + 520, 390, f"{prefix}-mute")
    return c.render()


def midi_patch() -> str:
    c = Canvas(900, 700)
    pads = []
    for index, note in enumerate(profile.PAD_NOTES):
        row, column = 3 - index // 4, index % 4  # lowest note bottom left, as on a drum machine
        pad_gui = bang(f"oscserver-pad-{note}", str(note), size=30)
        pads.append((c.gui(10 + 40 * column, 30 + 40 * row, pad_gui), note))
    cc_pitch = 35  # one column per CC slider, as narrow as its label allows
    ccs = [
        (c.gui(190 + cc_pitch * i, 40, vslider(f"oscserver-cc-{n}", f"CC{n}", 0, 127, height=130)), n)
        for i, n in enumerate(profile.CC_NUMBERS)
    ]
    right = 190 + cc_pitch * len(profile.CC_NUMBERS) + 10  # clock and panic stand right of the last slider
    clock = c.gui(right, 40, toggle("oscserver-midi-clock", "CLOCK"))
    panic = c.gui(right, 100, bang("oscserver-midi-panic", "PANIC"))
    c.graph_on_parent(right + 60, 200)

    x0 = 20
    note_out = _sender(c, x0, 300, "/midi/note")
    for index, (pad, note) in enumerate(pads):
        message = f"{profile.MIDI_CHANNEL} {note} {profile.PAD_VELOCITY} {profile.PAD_BEATS}"
        box = c.msg(x0 + 60 * (index % 8), 240 + 20 * (index // 8), message)
        c.connect(pad, 0, box)
        c.connect(box, 0, note_out)
    for index, (fader, number_) in enumerate(ccs):
        x, y = x0 + 130 * (index % 4), 380 + 60 * (index // 4)  # rows of four senders
        c.connect(fader, 0, _sender(c, x, y, f"/midi/cc {profile.MIDI_CHANNEL} {number_}"))
    below = 380 + 60 * ((len(ccs) + 3) // 4)
    c.connect(clock, 0, _sender(c, x0, below, "/midi/clock"))
    c.connect(panic, 0, _sender(c, x0 + 150, below, "/midi/panic"))
    received = c.obj(x0, below + 80, "r oscserver-received")
    midi = c.obj(x0, below + 110, "route midi")
    c.connect(received, 0, midi)
    clock_in = c.obj(x0, below + 140, "route clock")
    c.connect(midi, 0, clock_in)
    _show(c, clock_in, 0, x0, below + 170, "oscserver-midi-clock")
    return c.render()


def main_patch() -> str:
    c = Canvas(1020, 820)
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
    c.comment(
        10, 710, "Every control sends on its move; the server's answers and pushes set the controls back."
    )
    return c.render()


PATCHES = {
    "oscserver-io.pd": io_patch,
    "oscserver-transport.pd": transport_patch,
    "oscserver-track.pd": track_patch,
    "oscserver-midi.pd": midi_patch,
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
