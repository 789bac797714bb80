"""A MIDI loop through a real JACK graph: a phrase played into the server comes out again a bar later.

The module runs one server on a private JACK dummy server (48 kHz, 256-frame periods). An rtmidi port of
this test process plays the phrase into the server's input; ``jack_midi_dump`` hears both that port and the
server's output, so the replayed notes are compared with the played ones in JACK's own frames. rtmidi's JACK
backends write each event at the start of the next period on both sides; the tolerance is that of the other
JACK MIDI tests, generous for a loaded machine.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
import rtmidi

from tests.support.client import ScaledOscClient
from tests.support.jack import JackDummy
from tests.support.midi import MidiDump, Received
from tests.support.requirements import need_programs
from tests.support.server import ServerProcess
from tests.support.waiting import wait_status, wait_until

pytestmark = pytest.mark.integration

JACK = rtmidi.API_UNIX_JACK
RATE = 48000
FRAMES_PER_BAR = RATE  # 4/4 at 240 BPM: a bar a second, short next to the dummy driver's drift
TOLERANCE = 2400  # 50 ms, as the other JACK MIDI tests
C_ON, E_ON = (0x90, 60, 100), (0x90, 64, 90)
C_OFF, E_OFF = (0x80, 60, 0), (0x80, 64, 0)


@pytest.fixture(scope="module")
def jack() -> Iterator[JackDummy]:
    need_programs("jackd", "jack_midi_dump", "jack_lsp", "jack_connect", "stdbuf")
    with JackDummy() as server, pytest.MonkeyPatch.context() as patch:
        patch.setenv("JACK_DEFAULT_SERVER", server.name)  # for this process's own rtmidi port
        yield server


@pytest.fixture(scope="module")
def keys(jack: JackDummy) -> Iterator[Any]:
    port = rtmidi.MidiOut(JACK, name="keys")
    port.open_virtual_port("out")
    yield port
    port.delete()


@pytest.fixture(scope="module")
def dump(jack: JackDummy, keys: Any) -> Iterator[MidiDump]:
    with MidiDump(jack) as receiver:
        jack.connect("keys:out", MidiDump.PORT)
        yield receiver


@pytest.fixture(scope="module")
def osc(jack: JackDummy, keys: Any, dump: MidiDump) -> Iterator[ScaledOscClient]:
    args = ("--audio", "none", "--midi-api", "jack", "--midi-in", "keys", "--tempo", "240")
    with ServerProcess(*args, env=jack.env) as process, process.client() as client:
        jack.wait_for_port("oscserver:out")
        jack.connect("oscserver:out", MidiDump.PORT)
        wait_status(client, "midi_inputs", lambda value: value == "keys:out")
        yield client


def beat(osc: ScaledOscClient) -> float:
    return float(osc.request("/link/beat").args[0])


def wait_beat(osc: ScaledOscClient, low: float, high: float) -> None:
    """Until the server's beat reaches ``low`` (polled, not slept for), and fail if it is past ``high``."""
    reached = wait_until(lambda: (b := beat(osc)) >= low and b, what=f"beat {low:g}", poll=0.005)
    assert reached < high, f"beat {reached:g} is past {high:g}: the machine is too slow to place the phrase"


def frames_of(events: list[Received], message: tuple[int, ...]) -> list[int]:
    return [event.frame for event in events if event.data == bytes(message)]


def test_a_recorded_bar_comes_out_again_a_bar_later_and_stops_with_its_note_offs(
    osc: ScaledOscClient, keys: Any, dump: MidiDump
) -> None:
    now = beat(osc)
    bar = (int(now // 4) + 1) * 4.0  # the phrase is played in the bar [bar, bar + 4)
    wait_beat(osc, bar + 1.0, bar + 1.5)
    keys.send_message(list(C_ON))
    wait_beat(osc, bar + 2.0, bar + 2.5)
    keys.send_message(list(C_OFF))
    keys.send_message(list(E_ON))
    wait_beat(osc, bar + 3.0, bar + 3.5)
    keys.send_message(list(E_OFF))
    wait_beat(osc, bar + 4.0, bar + 4.75)  # early in the next bar: "record" means the bar just played
    assert osc.request("/midiloop/1/record", 1, reply="/midiloop/1/state").args == ("PLAYING", 1)

    events = dump.wait_for(lambda e: len(frames_of(e, C_OFF)) >= 2 and len(frames_of(e, E_OFF)) >= 2)
    for message in (C_ON, C_OFF, E_ON, E_OFF):
        played, replayed = frames_of(events, message)[:2]
        assert replayed - played == pytest.approx(FRAMES_PER_BAR, abs=TOLERANCE), message

    assert osc.request("/midiloop/1/stop", reply="/midiloop/1/state").args == ("STOPPING", 1)
    wait_until(lambda: osc.request("/midiloop/1/state").args == ("STOPPED", 1), what="the loop stopped")
    events = dump.snapshot()
    assert len(frames_of(events, C_ON)) == len(frames_of(events, C_OFF))  # every note-on has its note-off
    assert len(frames_of(events, E_ON)) == len(frames_of(events, E_OFF))
