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
from tests.support.jack import JackDummy, jack_for_this_process
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
PAIRS = ((C_ON, C_OFF), (E_ON, E_OFF))


@pytest.fixture(scope="module")
def jack() -> Iterator[JackDummy]:
    need_programs("jackd", "jack_midi_dump", "jack_lsp", "jack_connect", "stdbuf")
    with jack_for_this_process() as server:
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


def wait_beat(osc: ScaledOscClient, low: float, before: float) -> float:
    """Until the server's beat reaches ``low`` (polled, not slept for); the beat then, which must be before
    ``before`` for the phrase to be what the test means."""
    reached: float = wait_until(lambda: (b := beat(osc)) >= low and b, what=f"beat {low:g}", poll=0.005)
    assert reached < before, (
        f"beat {reached:g} is past {before:g}: the machine is too slow to place the phrase"
    )
    return reached


def frames_of(events: list[Received], message: tuple[int, ...]) -> list[int]:
    return [event.frame for event in events if event.data == bytes(message)]


def test_a_recorded_bar_comes_out_again_a_bar_later_and_stops_with_its_note_offs(
    osc: ScaledOscClient, keys: Any, dump: MidiDump
) -> None:
    now = beat(osc)
    bar = (int(now // 4) + 1) * 4.0  # the phrase is played in the bar [bar, bar + 4)
    c_beat = wait_beat(osc, bar + 1.0, bar + 2.0)
    keys.send_message(list(C_ON))
    wait_beat(osc, bar + 2.0, bar + 3.0)
    keys.send_message(list(C_OFF))
    keys.send_message(list(E_ON))
    wait_beat(osc, bar + 3.0, bar + 3.9)
    keys.send_message(list(E_OFF))
    # Early in the next bar, "record" means the bar just played; before C comes round again, so that its
    # first replay is one bar after it was played.
    wait_beat(osc, bar + 4.0, c_beat + 3.8)
    assert osc.request("/midiloop/1/record", 1, reply="/midiloop/1/state").args == ("PLAYING", 1)

    events = dump.wait_for(lambda e: len(frames_of(e, C_OFF)) >= 2 and len(frames_of(e, E_OFF)) >= 2)
    for message in (C_ON, C_OFF, E_ON, E_OFF):
        played, replayed = frames_of(events, message)[:2]
        assert replayed - played == pytest.approx(FRAMES_PER_BAR, abs=TOLERANCE), message

    assert osc.request("/midiloop/1/stop", reply="/midiloop/1/state").args == ("STOPPING", 1)
    wait_until(lambda: osc.request("/midiloop/1/state").args == ("STOPPED", 1), what="the loop stopped")

    def balanced() -> bool:  # every note-on has its note-off
        events = dump.snapshot()
        return all(len(frames_of(events, on)) == len(frames_of(events, off)) for on, off in PAIRS)

    wait_until(balanced, what="a note-off for every note-on")
