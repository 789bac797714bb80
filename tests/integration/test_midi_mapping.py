"""MIDI mapping through a real JACK graph: a virtual controller (a python-rtmidi port in this process) bound
to the server's input drives endpoints, and LED feedback reaches ``jack_midi_dump`` on a named output.

One JACK dummy and one server for the module. JACK makes a new connection live at a later cycle, so the first
message is repeated until it is heard (as in test_midi_ports); every later one is sent once.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import pytest
import rtmidi

from oscserver.engine.timeline import MAX_TEMPO, MIN_TEMPO
from tests.support.client import ScaledOscClient
from tests.support.jack import JackDummy
from tests.support.midi import MidiDump
from tests.support.requirements import need_programs
from tests.support.server import ServerProcess
from tests.support.waiting import scaled, wait_status, wait_until

pytestmark = pytest.mark.integration

# A deadline for MIDI from the controller to be heard. JACK's dummy driver falls behind the wall clock on a
# loaded machine (seen here: messages heard 5 s after they were sent, at a load of 6 on 2 cores); a deadline
# only bounds how long a failing test takes.
MIDI_ARRIVES = 30.0


@pytest.fixture(scope="module")
def jack() -> Iterator[JackDummy]:
    need_programs("jackd", "jack_lsp", "jack_midi_dump", "stdbuf")
    with JackDummy() as server, pytest.MonkeyPatch.context() as patch:
        patch.setenv("JACK_DEFAULT_SERVER", server.name)  # for this process's own rtmidi port
        yield server


@pytest.fixture(scope="module")
def controller(jack: JackDummy) -> Iterator[Any]:
    port = rtmidi.MidiOut(rtmidi.API_UNIX_JACK, name="padctl")
    port.open_virtual_port("out")
    yield port
    port.delete()


@pytest.fixture(scope="module")
def dump(jack: JackDummy) -> Iterator[MidiDump]:
    with MidiDump(jack) as receiver:
        yield receiver


@pytest.fixture(scope="module")
def served(
    jack: JackDummy, controller: Any, dump: MidiDump
) -> Iterator[tuple[ServerProcess, ScaledOscClient]]:
    args = ["--audio", "none", "--midi-api", "jack", "--midi-in", "padctl", "--midi-out", "leds=midi-monitor"]
    with ServerProcess(*args, env=jack.env) as process, process.client() as osc:
        wait_status(osc, "midi_inputs", lambda v: v == "padctl:out")
        wait_status(osc, "midi_outputs", lambda v: isinstance(v, str) and "leds=midi-monitor:input" in v)

        # The output's connection is live once something sent on it arrives (a cc no LED test uses).
        def live() -> bool:
            osc.send("/midi/leds/cc", 16, 127, 0)
            return _arrives(dump, 0.5)

        wait_until(live, what="the leds output reaching jack_midi_dump")
        dump.clear()
        osc.request("/subscribe", reply="/subscribed")
        yield process, osc


def _arrives(dump: MidiDump, seconds: float) -> bool:
    try:
        dump.wait_for(bool, timeout=seconds, what="MIDI on the leds output")
    except TimeoutError:
        return False
    return True


@pytest.fixture(scope="module")
def osc(served: tuple[ServerProcess, ScaledOscClient]) -> ScaledOscClient:
    return served[1]


def tempo_pushed(osc: ScaledOscClient, timeout: float) -> float | None:
    for message in osc.receive(scaled(timeout)):
        if message.address == "/link/tempo":
            return float(message.args[0])
    return None


def test_a_mapped_cc_sets_the_tempo_at_both_ends_of_its_range(osc: ScaledOscClient, controller: Any) -> None:
    added = osc.request("/map/add", "cc", 1, 7, "/link/tempo", reply="/map/added")
    assert added.args == (1, "cc", 1, 7, "/link/tempo")

    def hit_bottom() -> bool:
        controller.send_message([0xB0, 7, 0])
        return tempo_pushed(osc, 1.0) == MIN_TEMPO

    wait_until(hit_bottom, MIDI_ARRIVES, what="the cc at 0 setting the slowest tempo")
    controller.send_message([0xB0, 7, 127])
    osc.wait_for_args("/link/tempo", (float(MAX_TEMPO),), timeout=MIDI_ARRIVES)
    assert osc.pairs()["tempo"] == MAX_TEMPO
    osc.request("/map/clear", reply="/map/list")
    osc.request("/link/tempo", 120.0)
    osc.catch_up()


def test_a_learned_note_toggles_the_transport_and_its_led_follows(
    osc: ScaledOscClient, controller: Any, dump: MidiDump
) -> None:
    osc.send("/map/learn", "/link/playing")
    osc.catch_up()  # learning before the pad is hit
    controller.send_message([0x92, 36, 100])
    added = osc.wait_for("/map/added", timeout=MIDI_ARRIVES)
    ident = int(added.args[0])
    assert added.args[1:] == ("note", 3, 36, "/link/playing")
    assert osc.pairs()["playing"] == 0  # the learning hit did not act
    dump.clear()
    assert osc.request("/map/feedback", ident, "leds").args == (ident, "leds")  # shows it now
    dump.wait_for(
        lambda e: bytes((0x92, 36, 0)) in [x.data for x in e], MIDI_ARRIVES, what="the LED off (stopped)"
    )

    controller.send_message([0x82, 36, 0])  # the release does nothing
    controller.send_message([0x92, 36, 90])
    osc.wait_for_args("/link/playing", (1,), timeout=MIDI_ARRIVES)
    dump.wait_for(
        lambda e: bytes((0x92, 36, 127)) in [x.data for x in e], MIDI_ARRIVES, what="the LED on (playing)"
    )
    osc.request("/link/playing", 0)  # from OSC: the LED follows too
    dump.wait_for(
        lambda e: [x.data for x in e][-1:] == [bytes((0x92, 36, 0))], MIDI_ARRIVES, what="the LED off again"
    )
    controller.send_message([0x92, 36, 90])
    osc.wait_for_args("/link/playing", (1,), timeout=MIDI_ARRIVES)
    osc.request("/link/playing", 0)


def test_bindings_are_in_the_data_directory(served: tuple[ServerProcess, ScaledOscClient]) -> None:
    process, osc = served
    osc.catch_up()
    osc.send("/map/list")
    listing = [m.args for m in osc.answers(scaled(1.0)) if m.address == "/map/binding"]
    saved = wait_until(
        lambda: json.loads((process.data_dir / "mappings.json").read_text())["bindings"] or None,
        what="mappings.json written",
    )
    assert [(b["id"], b["kind"], b["channel"], b["number"], b["address"]) for b in saved] == [
        tuple(args) for args in listing
    ]
    assert [b["feedback"] for b in saved] == ["leds"]
