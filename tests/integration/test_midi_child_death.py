"""A MIDI process killed outright (SIGKILL) is noticed, reported and pushed, and replaced with all it had.

The server runs on a private JACK dummy server with a named output bound to a synth, an input bound to a
keyboard, and the clock on. The MIDI process is killed with nothing sounding released and no goodbye; the
server must say so (log, ``/status``, a ``/midi/ok 0`` push), refuse sends meanwhile without keeping them,
and bring a new process back with the same ports, the clock running again and All Notes Off sent where the
dead one may have left notes sounding.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from typing import Any

import psutil
import pytest
import rtmidi

from oscserver.cli.client import OscClient
from oscserver.osc.codec import Message, OscArg
from tests.support.jack import JackDummy, jack_for_this_process
from tests.support.midi import MidiDump, with_data
from tests.support.requirements import need_programs
from tests.support.server import ServerProcess
from tests.support.waiting import scaled, wait_status, wait_until

pytestmark = pytest.mark.integration

JACK = rtmidi.API_UNIX_JACK
ALL_NOTES_OFF = (0xB0, 123, 0)  # on channel 1
CLOCK_TICK = 0xF8


@pytest.fixture(scope="module")
def jack() -> Iterator[JackDummy]:
    need_programs("jackd", "jack_lsp", "jack_connect", "jack_midi_dump", "stdbuf")
    with jack_for_this_process() as server:
        yield server


@pytest.fixture
def synth(jack: JackDummy) -> Iterator[Any]:
    port = rtmidi.MidiIn(JACK, name="synth")
    port.ignore_types(timing=False)
    port.open_virtual_port("in")
    yield port
    port.delete()


@pytest.fixture
def keys(jack: JackDummy) -> Iterator[Any]:
    port = rtmidi.MidiOut(JACK, name="keys")
    port.open_virtual_port("out")
    yield port
    port.delete()


class Heard:
    """Every message an rtmidi input port has received so far."""

    def __init__(self, port: Any) -> None:
        self.port = port
        self.messages: list[tuple[int, ...]] = []

    def has(self, message: tuple[int, ...]) -> bool:
        while (event := self.port.get_message()) is not None:
            self.messages.append(tuple(event[0]))
        return message in self.messages


def wait_for_push(listener: OscClient, address: str, check: Callable[[tuple[OscArg, ...]], bool]) -> Message:
    deadline = time.monotonic() + scaled(15)
    while (left := deadline - time.monotonic()) > 0:
        for message in listener.receive(left):
            if message.address == address and check(message.args):
                return message
    raise TimeoutError(f"no {address} push as expected")


def midi_worker(server: ServerProcess) -> psutil.Process:
    assert server.process is not None
    children = psutil.Process(server.process.pid).children()
    (worker,) = [child for child in children if "oscserver.midi.worker" in child.cmdline()]
    return worker


def test_a_killed_midi_process_is_reported_and_replaced_with_its_ports_and_clock(
    jack: JackDummy, synth: Any, keys: Any
) -> None:
    args = ["--audio", "none", "--midi-api", "jack", "--midi-out", "bass=synth", "--midi-in", "keys"]
    with (
        ServerProcess(*args, env=jack.env) as server,
        server.client() as osc,
        server.client() as listener,
        MidiDump(jack) as dump,
    ):
        wait_status(osc, "midi_outputs", lambda v: v == "oscserver:out, bass=synth:in")
        wait_status(osc, "midi_inputs", lambda v: v == "keys:out")
        assert osc.pairs()["midi_ok"] == 1
        listener.request("/subscribe", reply="/subscribed")
        assert osc.request("/midi/clock", 1).args == (1,)
        osc.send("/midi/bass/note_on", 1, 60, 100)  # left sounding when the process dies
        heard = Heard(synth)
        wait_until(lambda: heard.has((0x90, 60, 100)), what="the note on the synth")
        listener.catch_up()  # the state dump of its subscription, all of it

        first = midi_worker(server)
        first.kill()
        first.wait(scaled(10))

        down = wait_for_push(listener, "/midi/ok", lambda a: a[0] == 0)
        assert down.args == (0, "the MIDI process died (killed by SIGKILL); restarting")
        assert osc.pairs()["midi_ok"] == 0
        refused = osc.request("/midi/bass/note_on", 1, 61, 100, reply="/error")
        assert refused.args[1] == "the MIDI process stopped and is being restarted; try again shortly"
        died = "the MIDI process died (killed by SIGKILL)"
        wait_until(lambda: any(died in line for line in server.log), what="the death in the log")

        assert wait_for_push(listener, "/midi/ok", lambda a: a[0] == 1).args == (1, "jack")
        assert midi_worker(server).pid != first.pid
        status = wait_status(osc, "midi_outputs", lambda v: v == "oscserver:out, bass=synth:in")
        assert (status["midi_ok"], status["midi_restarts"], status["midi_clock"]) == (1, 1, 1)
        wait_status(osc, "midi_inputs", lambda v: v == "keys:out")

        # What the dead process may have left sounding is released; what was refused never goes out.
        wait_until(lambda: heard.has(ALL_NOTES_OFF), what="All Notes Off")
        osc.send("/midi/bass/note_on", 1, 62, 90)
        wait_until(lambda: heard.has((0x90, 62, 90)), what="a new note")
        assert not [m for m in heard.messages if m[:2] == (0x90, 61)]

        # The clock runs again on the new virtual output.
        jack.wait_for_port("oscserver:out")
        jack.connect("oscserver:out", MidiDump.PORT)
        dump.wait_for(lambda events: len(with_data(events, CLOCK_TICK)) >= 24, what="a beat of clock")

        # The input is bound again: what the keyboard plays is pushed (JACK makes a new connection live
        # a cycle or more later, so the key is played until one push arrives).
        def played() -> bool:
            keys.send_message([0xB0, 1, 64])
            return any(m.address == "/midi/in/cc" for m in listener.receive(0.3))

        wait_until(played, what="a push of the keyboard's controller")
        osc.request("/midi/clock", 0)
        assert server.alive()
