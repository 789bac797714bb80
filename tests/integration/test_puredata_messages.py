"""What the Pure Data client sends: every message its patches can send, against the real server's ``/api``,
and the v2 pieces (looper verbs, tap, MIDI loops, mapping) in the real Pd against a stand-in server that
records what arrives. (The runs against the real server are in ``test_puredata_patch.py``.)
"""

from __future__ import annotations

import re
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest

from clients import profile
from tests.support.contract import (
    NUMBER,
    ClientArg,
    ServedEndpoint,
    check_all,
    fetch_api,
    is_looper_or_midi,
)
from tests.support.fake_server import FakeServer
from tests.support.repo import CLIENTS, free_udp_port, load_script
from tests.support.requirements import need_programs
from tests.support.server import ServerProcess

pytestmark = pytest.mark.integration

PD_CLIENT = CLIENTS / "puredata"
build = load_script("clients/puredata/build_pd.py")
PD = ["pd", "-nogui", "-nosound", "-nomidi", "-noprefs", "-stderr"]


# -- every message the patches send, against /api -----------------------------------------------------------

_SENDER = re.compile(r"#X obj \d+ \d+ list prepend (/\S+)((?: [^ ;]+)*);")
_MESSAGE = re.compile(r"#X msg \d+ \d+ list (/\S+)((?: [^ ;]+)*);")


def _arg(token: str) -> ClientArg:
    if token.startswith("\\$"):
        return NUMBER
    try:
        return int(token)
    except ValueError:
        return float(token)


def patch_messages(numbers_from_gui: Callable[[str], list[ClientArg]]) -> list[tuple[str, list[ClientArg]]]:
    """Each ``[list prepend /address ...]`` with the value its GUI adds, and each ``list /address`` box."""
    messages: list[tuple[str, list[ClientArg]]] = []
    for path in sorted(PD_CLIENT.glob("*.pd")):
        text = path.read_text().replace("\\$1", "1")  # the track abstraction's number
        for address, rest in _SENDER.findall(text):
            args = [_arg(t) for t in rest.split()]
            messages.append((address, args + numbers_from_gui(address)))
        for address, rest in _MESSAGE.findall(text):
            messages.append((address, [_arg(t) for t in rest.split()]))
    return messages


# What a player types into an abstraction's inlet (the map's and a MIDI loop's), as API.md has it.
INLET_ARGS: dict[str, list[ClientArg]] = {
    "/map/add": ["cc", 1, 74, "/looper/1/volume"],
    "/map/learn": ["/looper/1/play"],
    "/map/remove": [NUMBER],
    "/map/feedback": [NUMBER, "out"],
    "/midiloop/1/output": ["out"],
}


def _gui_values(address: str) -> list[ClientArg]:
    """Buttons (verbs) add nothing; toggles, sliders and number boxes add their value; a pad's message box
    sends channel, note, velocity and length in beats; an inlet what a player types."""
    if address in INLET_ARGS:
        return INLET_ARGS[address]
    if address == "/midi/note":
        return [NUMBER] * 4
    verbs = (
        "/arm",
        "/play",
        "/stop",
        "/clear",
        "/panic",
        "/undo",
        "/redo",
        "/export",
        "/state",
        "/tap",
        "/list",
    )
    if address == "/midiloop/1/record":
        return []  # a MIDI loop's record button takes the server's default length (a track's sends its own)
    return [] if address.endswith(verbs) else [NUMBER]


@pytest.fixture(scope="module")
def served() -> dict[str, ServedEndpoint]:
    with ServerProcess("--audio", "none", "--midi-api", "none") as server, server.client() as client:
        return fetch_api(client)


def test_pd_link_and_server_messages_fit_the_api(served: dict[str, ServedEndpoint]) -> None:
    messages = [m for m in patch_messages(_gui_values) if not is_looper_or_midi(m[0])]
    assert {"/link/tempo", "/link/playing", "/subscribe"} <= {a for a, _ in messages}
    assert check_all(messages, served) == []


def test_pd_looper_and_midi_messages_fit_the_api(served: dict[str, ServedEndpoint]) -> None:
    messages = [m for m in patch_messages(_gui_values) if is_looper_or_midi(m[0])]
    assert {"/looper/1/record", "/midi/cc", "/click/volume"} <= {a for a, _ in messages}
    assert {"/looper/1/undo", "/looper/1/speed", "/midiloop/1/export", "/map/add"} <= {a for a, _ in messages}
    assert check_all(messages, served) == []


# -- the v2 pieces, against a stand-in server that records what arrives ------------------------------------

# (delay in ms, message, receive name, or "inlet:midiloop" for the MIDI loop's inlet)
V2_MOVES = [
    (100, "bang", "oscserver-track-1-undo"),
    (150, "bang", "oscserver-track-1-redo"),
    (200, "bang", "oscserver-track-1-multiply"),
    (250, "1", "oscserver-track-1-overdub"),
    (300, "1", "oscserver-track-1-reverse"),
    (350, "bang", "oscserver-track-1-speed-1"),
    (400, "bang", "oscserver-track-1-speed-3"),
    (450, "bang", "oscserver-tap"),
    (500, "bang", "oscserver-midiloop-2-record"),
    (550, "bang", "oscserver-midiloop-2-undo"),
    (600, "bang", "oscserver-midiloop-2-export"),
    (650, "0.25", "oscserver-midiloop-2-quantize"),
    (700, "output drums", "inlet:midiloop"),
    (750, "add note 0 36 /looper/1/record 2", "oscserver-map"),
    (800, "learn /midiloop/2/play", "oscserver-map"),
    (850, "bang", "oscserver-map-cancel"),
    (900, "feedback 3 out", "oscserver-map"),
    (950, "remove 3", "oscserver-map"),
    (1000, "bang", "oscserver-map-list"),
    (1050, "bang", "oscserver-map-clear"),
]
V2_SENT = [
    ("/looper/1/undo", ()),
    ("/looper/1/redo", ()),
    (
        "/looper/1/multiply",
        (float(profile.MULTIPLY_TIMES),),
    ),  # Pd's numbers are floats; the server takes them
    ("/looper/1/overdub", (1.0,)),
    ("/looper/1/reverse", (1.0,)),
    ("/looper/1/speed", (0.5,)),
    ("/looper/1/speed", (2.0,)),
    ("/link/tap", ()),
    ("/midiloop/2/record", ()),
    ("/midiloop/2/undo", ()),
    ("/midiloop/2/export", ()),
    ("/midiloop/2/quantize", (0.25,)),
    ("/midiloop/2/output", ("drums",)),
    ("/map/add", ("note", 0.0, 36.0, "/looper/1/record", 2.0)),
    ("/map/learn", ("/midiloop/2/play",)),
    ("/map/learn", ()),
    ("/map/feedback", (3.0, "out")),
    ("/map/remove", (3.0,)),
    ("/map/list", ()),
    ("/map/clear", ()),
]


def v2_harness(listen: int, port: int) -> str:
    c = build.Canvas(1000, 700)
    c.declare(10, 10, str(PD_CLIENT))
    c.obj(10, 40, f"oscserver-io 127.0.0.1 {port} {listen}")
    c.obj(10, 70, "oscserver-transport")
    c.obj(450, 70, "oscserver-track 1")
    midiloop = c.obj(580, 70, "oscserver-midiloop 2")
    c.obj(780, 70, "oscserver-map")
    load = c.obj(10, 380, "loadbang")
    for index, (delay_ms, message, receiver) in enumerate([*V2_MOVES, (1500, "; pd quit", "")]):
        x = 100 + 60 * index
        delay = c.obj(x, 440, f"del {delay_ms}")
        c.connect(load, 0, delay)
        if message == "bang":
            c.connect(delay, 0, c.obj(x, 500, f"s {receiver}"))
            continue
        box = c.msg(x, 470, message)
        c.connect(delay, 0, box)
        if receiver == "inlet:midiloop":
            c.connect(box, 0, midiloop)
        elif receiver:
            c.connect(box, 0, c.obj(x, 500, f"s {receiver}"))
    return str(c.render())


def test_pd_sends_the_looper_tap_midi_loop_and_mapping_messages(tmp_path: Path) -> None:
    """The new buttons, toggles and inlets, in the real Pd, send API.md's addresses and arguments."""
    need_programs("pd")
    patch = tmp_path / "harness.pd"
    listen = free_udp_port()
    with FakeServer(lambda n: []) as fake:
        patch.write_text(v2_harness(listen, fake.port))
        process = subprocess.run(
            [*PD, str(patch)], capture_output=True, text=True, timeout=30, stdin=subprocess.DEVNULL
        )
        sent = [(m.address, tuple(m.args)) for m in fake.received if m.address != "/subscribe"]
    assert process.returncode == 0, process.stderr
    assert "error" not in process.stderr and "couldn't create" not in process.stderr, process.stderr
    assert sent == V2_SENT
