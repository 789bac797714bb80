"""The Pure Data client in the real Pd (``pd -nogui``) against the real server.

A harness patch, written here, holds the client's abstractions (oscserver-io, -transport, -track, -midi) and
drives them the way a player would, through their GUI objects' receive names; every reply and every
feedback the panels pass to their GUIs is printed to stderr, which the tests read.
"""

from __future__ import annotations

import re
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import TypeVar

import pytest

from clients import profile
from tests.support.contract import (
    fetch_api,
)
from tests.support.fake_server import FakeServer
from tests.support.jack import JackDummy
from tests.support.repo import CLIENTS, free_udp_port, load_script
from tests.support.requirements import need_programs
from tests.support.server import ServerProcess
from tests.support.waiting import scaled

pytestmark = pytest.mark.integration

T = TypeVar("T")
PD_CLIENT = CLIENTS / "puredata"
build = load_script("clients/puredata/build_pd.py")
PD = ["pd", "-nogui", "-nosound", "-nomidi", "-noprefs", "-stderr"]

# What the harness prints: every message from the server, and what reaches the GUIs it watches.
WATCHED = {
    "RECEIVED": "oscserver-received",
    "GUI-TEMPO": "oscserver-tempo",
    "GUI-PLAYING": "oscserver-playing",
    "GUI-BEAT": "oscserver-beat",
    "GUI-STATE": "oscserver-track-1-state",
    "GUI-CLOCK": "oscserver-midi-clock",
    "GUI-AUDIO-OK": "oscserver-audio-ok",
    "GUI-MIDI-OK": "oscserver-midi-ok",
}

# (delay in ms, message, receive name): a player's moves, as the GUI objects would get them.
LINK_MOVES = [
    (500, "133", "oscserver-tempo"),  # type 133 into the tempo box
    (1000, "list /api", "oscserver-send"),  # the one answer the server bundles
    (1500, "bang", "oscserver-nudge-up"),  # +1 from the tempo the server reported
    (2000, "1", "oscserver-playing"),  # start
]
# "rec1" keeps the bar that ended at the bar line nearest the press: at 120 BPM that reaches up to 3.5 s
# back, so the server must have been listening that long first.
LOOPER_MIDI_MOVES = [
    (3800, "bang", "oscserver-track-1-rec1"),
    (4000, "bang", "oscserver-pad-36"),
    (4100, "64", "oscserver-cc-74"),
    (4200, "1", "oscserver-midi-clock"),
    (4800, "bang", "oscserver-track-1-stop"),
]


def harness(moves: list[tuple[int, str, str]], quit_after_ms: int) -> str:
    c = build.Canvas(1000, 700)
    c.declare(10, 10, str(PD_CLIENT))
    c.obj(10, 40, "oscserver-io")
    c.obj(10, 70, "oscserver-transport")
    c.obj(450, 70, "oscserver-track 1")
    c.obj(580, 70, "oscserver-midi")
    for index, (label, name) in enumerate(WATCHED.items()):
        source = c.obj(10 + 160 * index, 300, f"r {name}")
        c.connect(source, 0, c.obj(10 + 160 * index, 330, f"print {label}"))
    start = c.obj(10, 380, "r harness")  # harness PORT LISTENPORT
    order = c.obj(10, 410, "t b a")
    c.connect(start, 0, order)
    connect = c.msg(10, 440, "connect 127.0.0.1 $1, listen $2")
    c.connect(order, 1, connect)
    c.connect(connect, 0, c.obj(10, 470, "s oscserver-io"))
    for index, (delay_ms, message, receiver) in enumerate([*moves, (quit_after_ms, "; pd quit", "")]):
        x = 200 + 110 * index
        delay = c.obj(x, 440, f"del {delay_ms}")
        c.connect(order, 0, delay)
        if message == "bang":
            c.connect(delay, 0, c.obj(x, 500, f"s {receiver}"))
            continue
        box = c.msg(x, 470, message)
        c.connect(delay, 0, box)
        if receiver:
            c.connect(box, 0, c.obj(x, 500, f"s {receiver}"))
    return str(c.render())


def run_pd(
    tmp_path: Path, server: ServerProcess, moves: list[tuple[int, str, str]], quit_ms: int
) -> list[str]:
    need_programs("pd")
    patch = tmp_path / "harness.pd"
    patch.write_text(harness(moves, quit_ms))
    listen = free_udp_port()
    process = subprocess.run(
        [*PD, "-send", f"harness {server.port} {listen}", str(patch)],
        capture_output=True,
        text=True,
        timeout=30 + quit_ms / 1000,
        stdin=subprocess.DEVNULL,
    )
    lines = (process.stdout + process.stderr).splitlines()
    assert process.returncode == 0, "\n".join(lines)
    assert [line for line in lines if line.startswith("error") or "couldn't create" in line] == [], lines
    assert any(line.startswith(f"RECEIVED: subscribed {listen} ") for line in lines), "\n".join(lines)
    return lines


def printed(lines: list[str], label: str) -> list[list[str]]:
    return [line.split(": ", 1)[1].split() for line in lines if line.startswith(label + ": ")]


def changes(values: list[T]) -> list[T]:
    """``values`` without the repeats of the value just before (what a display shows change)."""
    return [v for i, v in enumerate(values) if i == 0 or v != values[i - 1]]


def test_committed_patches_are_a_fresh_build() -> None:
    for name, text in build.build_all().items():
        assert (PD_CLIENT / name).read_text() == text, f"clients/puredata/{name} is stale: run `make clients`"


def test_cc_sliders_and_state_colours_are_the_profiles() -> None:
    midi = (PD_CLIENT / "oscserver-midi.pd").read_text()
    assert [int(n) for n in re.findall(r" vsl .* oscserver-cc-(\d+) ", midi)] == list(profile.CC_NUMBERS)
    track = (PD_CLIENT / "oscserver-track.pd").read_text()
    for state, colour in profile.STATE_COLOURS.items():
        assert f"color {profile.hex_colour(colour)} #ffffff \\, label {state.value};" in track


@pytest.fixture(scope="module")
def shared_server() -> Iterator[ServerProcess]:
    """One server (the silent audio device, no MIDI) for the runs that each leave it in a state of their own
    making: the tempo and transport run, then the looper track 2 run."""
    with ServerProcess("--audio", "none", "--midi-api", "none") as process:
        yield process


def test_pd_patch_drives_tempo_and_transport_and_follows_the_server(
    tmp_path: Path, shared_server: ServerProcess
) -> None:
    server = shared_server
    lines = run_pd(tmp_path, server, LINK_MOVES, quit_ms=4000)
    received = printed(lines, "RECEIVED")
    assert [m for m in received if m[0] == "error"] == []
    assert ["link", "tempo", "133"] in received
    assert ["set", "133"] in printed(lines, "GUI-TEMPO")  # the box shows the server's answer
    assert ["link", "tempo", "134"] in received  # the nudge: the reported tempo + 1
    assert ["set", "1"] in printed(lines, "GUI-PLAYING")
    # The dump says the silent audio device runs and MIDI is off; the panel shows both, with the reason.
    assert ["set", "1"] in printed(lines, "GUI-AUDIO-OK")
    assert ["set", "0"] in printed(lines, "GUI-MIDI-OK")
    assert any(m[0] == "label" and m[1].startswith("MIDI:_") for m in printed(lines, "GUI-MIDI-OK"))
    with server.client() as client:
        endpoints = fetch_api(client)
    assert len([m for m in received if m[0] == "api"]) == len(endpoints)  # bundles read by [oscparse]
    beats = [m for m in received if m[:2] == ["link", "beat"]]
    assert len(beats) >= 2, lines
    shown = [int(m[1]) for m in printed(lines, "GUI-BEAT") if m[0] == "set"]
    assert shown == [int(m[4]) - 1 for m in beats]  # the radio's cell: beat in bar, from 0


def test_pd_patch_drives_the_looper_and_midi(tmp_path: Path) -> None:
    need_programs("jackd")
    # MIDI notes need an output: the server's own JACK MIDI port, on a private JACK server.
    with JackDummy() as jack, ServerProcess("--audio", "none", "--midi-api", "jack", env=jack.env) as server:
        lines = run_pd(tmp_path, server, LOOPER_MIDI_MOVES, quit_ms=5500)
    received = printed(lines, "RECEIVED")
    assert [m for m in received if m[0] == "error"] == []
    states = [m[3] for m in received if m[:3] == ["looper", "1", "state"]]
    assert states[0] == "EMPTY" and len(set(states)) > 1
    labels = [m[1] for m in printed(lines, "GUI-STATE") if m[0] == "label"]
    assert labels == states
    assert ["set", "1"] in printed(lines, "GUI-CLOCK")


# The player of the instrument run moves on when the server says so, never after a fixed time: each step
# waits for an event, then does its moves (message, receive name). Events, as numbers for Pd's [select]:
SUBSCRIBED, BAR_LINE, PLAYING_1, PLAYING_2, HALF_SPEED = 1, 2, 3, 4, 5
NEXT_BAR_LINE = ("list /sync 4 0", "oscserver-send")  # answered /sync at the next bar line (of 4 beats)
TRACK_2 = "oscserver-track-2"
INSTRUMENT_STEPS: list[tuple[int, list[tuple[str, str]]]] = [
    (SUBSCRIBED, [("960", "oscserver-tempo"), ("1", "oscserver-playing"), NEXT_BAR_LINE]),  # short bars
    (BAR_LINE, [NEXT_BAR_LINE]),  # a whole bar of (silent) input heard at this tempo, even by a new server
    (BAR_LINE, [("bang", f"{TRACK_2}-rec1")]),  # keep the bar just played
    (PLAYING_1, [("1", f"{TRACK_2}-overdub"), NEXT_BAR_LINE]),
    (BAR_LINE, [("0", f"{TRACK_2}-overdub"), NEXT_BAR_LINE]),  # one bar layered
    (BAR_LINE, [NEXT_BAR_LINE]),  # the pass ends at the bar line after the overdub is turned off
    (BAR_LINE, [("bang", f"{TRACK_2}-multiply")]),
    (PLAYING_2, [NEXT_BAR_LINE]),
    (BAR_LINE, [("bang", f"{TRACK_2}-undo")]),  # the multiply, once it has happened, taken back
    (PLAYING_1, [("1", f"{TRACK_2}-reverse"), ("bang", f"{TRACK_2}-speed-1")]),  # reversed, half speed
    (HALF_SPEED, [NEXT_BAR_LINE]),  # every answer to the moves is in by then
    (BAR_LINE, [("; pd quit", "")]),
]
INSTRUMENT_WATCHED = {
    "RECEIVED": "oscserver-received",
    "GUI-STATE": f"{TRACK_2}-state",
    "GUI-BARS": f"{TRACK_2}-bars",
    "GUI-DUB": f"{TRACK_2}-overdub",
    "GUI-REV": f"{TRACK_2}-reverse",
}


def instrument_harness(port: int, listen: int) -> str:
    """The client's io and track 2, and a player that does each step's moves when its event comes."""
    c = build.Canvas(1600, 900)
    c.declare(10, 10, str(PD_CLIENT))
    c.obj(10, 40, f"oscserver-io 127.0.0.1 {port} {listen}")
    c.obj(10, 70, "oscserver-transport")
    c.obj(450, 70, "oscserver-track 2")
    for index, (label, name) in enumerate(INSTRUMENT_WATCHED.items()):
        source = c.obj(10 + 160 * index, 600, f"r {name}")
        c.connect(source, 0, c.obj(10 + 160 * index, 630, f"print {label}"))

    def event(source: int, outlet: int, number: int, x: int, y: int) -> None:
        box = c.msg(x, y, str(number))
        c.connect(source, outlet, box)
        c.connect(box, 0, c.obj(x, y + 30, "s harness-event"))

    answers = c.obj(10, 700, "r oscserver-received")
    answered = c.obj(10, 730, "route subscribed sync")
    c.connect(answers, 0, answered)
    event(answered, 0, SUBSCRIBED, 10, 760)
    event(answered, 1, BAR_LINE, 100, 760)
    track = c.obj(300, 700, "r oscserver-looper-2")
    what = c.obj(300, 730, "route state speed")
    c.connect(track, 0, what)
    playing = c.obj(300, 760, "route PLAYING")
    c.connect(what, 0, playing)
    bars = c.obj(300, 790, "sel 1 2")
    c.connect(playing, 0, bars)
    event(bars, 0, PLAYING_1, 300, 820)
    event(bars, 1, PLAYING_2, 390, 820)
    half = c.obj(480, 760, "sel 0.5")
    c.connect(what, 1, half)
    event(half, 0, HALF_SPEED, 480, 790)

    # An event E at step S is the number 10 S + E; the step's [select] outlet moves on, then plays.
    events = c.obj(700, 380, "r harness-event")
    order = c.obj(700, 410, "t b f")
    c.connect(events, 0, order)
    add = c.obj(700, 470, "+")
    c.connect(order, 1, add, 1)
    step = c.obj(700, 440, "f")
    c.connect(order, 0, step)
    tens = c.obj(740, 440, "* 10")
    c.connect(step, 0, tens)
    c.connect(tens, 0, add)
    keys = [10 * index + wanted for index, (wanted, _) in enumerate(INSTRUMENT_STEPS)]
    due = c.obj(700, 500, "sel " + " ".join(map(str, keys)))
    c.connect(add, 0, due)
    for index, (_, moves) in enumerate(INSTRUMENT_STEPS):
        x = 700 + 70 * index
        then = c.obj(x, 530, "t b b")
        c.connect(due, index, then)
        advance = c.msg(x, 560, str(index + 1))
        c.connect(then, 1, advance)
        c.connect(advance, 0, step, 1)
        for offset, (message, receiver) in enumerate(moves):
            y = 600 + 60 * offset
            if message == "bang":
                c.connect(then, 0, c.obj(x, y, f"s {receiver}"))
                continue
            box = c.msg(x, y, message)
            c.connect(then, 0, box)
            if receiver:
                c.connect(box, 0, c.obj(x, y + 30, f"s {receiver}"))
    give_up = c.obj(1400, 380, "del 20000")  # a run that stalls ends; its assertions then say where
    c.connect(c.obj(1400, 350, "loadbang"), 0, give_up)
    c.connect(give_up, 0, c.msg(1400, 410, "; pd quit"))
    return str(c.render())


def test_pd_plays_a_loop_as_an_instrument_on_the_real_server(
    tmp_path: Path, shared_server: ServerProcess
) -> None:
    """Record, overdub, multiply, undo, reverse and half speed from track 2's panel: the panel shows each
    change the server pushes, and the server holds what the panel shows."""
    need_programs("pd")
    patch = tmp_path / "instrument.pd"
    patch.write_text(instrument_harness(shared_server.port, free_udp_port()))
    process = subprocess.run(
        [*PD, str(patch)], capture_output=True, text=True, timeout=40, stdin=subprocess.DEVNULL
    )
    lines = (process.stdout + process.stderr).splitlines()
    assert process.returncode == 0, "\n".join(lines)
    assert [line for line in lines if line.startswith("error") or "couldn't create" in line] == [], lines
    received = printed(lines, "RECEIVED")
    assert [m for m in received if m[0] == "error"] == [], lines
    # Pd hears a move's answer on its sending socket and the push on its subscribed port, and the state twice
    # at its start (the dump to a new subscriber, then the one it asks for): what counts is each change.
    states = changes([m[3:] for m in received if m[:3] == ["looper", "2", "state"]])
    assert [bars for state, bars in states if state == "PLAYING"] == ["1", "2", "1", "2"], lines
    assert changes([m[1] for m in printed(lines, "GUI-STATE") if m[0] == "label"]) == changes(
        [s for s, _ in states]
    )
    assert changes([m[1] for m in printed(lines, "GUI-BARS") if m[0] == "set"]) == changes(
        [b for _, b in states]
    )
    assert changes([m[1] for m in printed(lines, "GUI-DUB") if m[0] == "set"]) == ["0", "1", "0"]
    assert changes([m[1] for m in printed(lines, "GUI-REV") if m[0] == "set"]) == ["0", "1"]
    assert ["looper", "2", "speed", "0.5"] in received
    with shared_server.client() as client:
        for address, expected in (("state", ("PLAYING", 2)), ("reverse", (1,)), ("speed", (0.5,))):
            client.send(f"/looper/2/{address}")
            [answer] = [m for m in client.receive(scaled(2.0)) if m.address == f"/looper/2/{address}"]
            assert answer.args == expected, address


def test_pd_patch_asks_for_the_state_on_a_new_server_instance(tmp_path: Path) -> None:
    """/subscribed naming the instance again (a renewal) asks nothing; a new one (a restart) asks /dump."""
    need_programs("pd")
    patch = tmp_path / "harness.pd"
    patch.write_text(harness([], quit_after_ms=1500))
    listen = free_udp_port()
    answers = ["1a2b3c4d5e6f", "1a2b3c4d5e6f", "0f9e8d7c6b5a"]  # the first start, a renewal, a restart
    with FakeServer(lambda n: answers if n == 0 else []) as fake:
        process = subprocess.run(
            [*PD, "-send", f"harness {fake.port} {listen}", str(patch)],
            capture_output=True,
            text=True,
            timeout=30,
            stdin=subprocess.DEVNULL,
        )
    assert process.returncode == 0, process.stderr
    assert "RECEIVED: subscribed" in process.stderr and "error" not in process.stderr, process.stderr
    dumps = [m.args for m in fake.received if m.address == "/dump"]
    assert dumps == [(float(listen),), (float(listen),)]  # Pd's numbers are floats; the server takes them
