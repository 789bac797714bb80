"""MIDI survives its JACK server: killed under a running server and started again, MIDI comes back by itself.

A private JACK dummy server is killed outright (SIGKILL, as a crash would) while the server's virtual output
is connected to a ``jack_midi_dump`` by another program (``jack_connect``). While JACK is gone the server
says so (``/status``, a ``/midi/ok 0`` push, the log), answers every send with ``/error`` and counts none of
them as sent; when a JACK server of the same name runs again, ``oscserver:out`` is back under its name,
``/midi/ok 1`` is pushed, and the connection to the monitor is made again as soon as the monitor is back.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterator
from typing import Any

import pytest
import rtmidi

from oscserver.cli.client import OscClient
from oscserver.osc.codec import Message, OscArg
from tests.support.jack import JackDummy
from tests.support.midi import MidiDump, with_data
from tests.support.requirements import need_programs
from tests.support.server import ServerProcess
from tests.support.waiting import scaled, wait_status, wait_until

pytestmark = pytest.mark.integration

JACK = rtmidi.API_UNIX_JACK
GONE = "the JACK server is gone (JACK server has been closed); MIDI comes back when it returns"


def start_jack(name: str | None = None) -> JackDummy:
    # Real-time scheduling (as root) keeps the dummy driver on time on a busy machine.
    try:
        return JackDummy(name=name, realtime=os.geteuid() == 0).start()
    except RuntimeError:
        return JackDummy(name=name).start()


@pytest.fixture
def jack() -> Iterator[JackDummy]:
    need_programs("jackd", "jack_lsp", "jack_connect", "jack_midi_dump", "stdbuf")
    server = start_jack()
    try:
        yield server
    finally:
        server.stop()


def wait_for_push(listener: OscClient, address: str, check: Callable[[tuple[OscArg, ...]], bool]) -> Message:
    deadline = time.monotonic() + scaled(15)
    while (left := deadline - time.monotonic()) > 0:
        for message in listener.receive(left):
            if message.address == address and check(message.args):
                return message
    raise TimeoutError(f"no {address} push as expected")


def timing(osc: OscClient, reset: int = 0) -> dict[str, OscArg]:
    args = osc.request("/midi/timing", reset).args
    return dict(zip(args[::2], args[1::2], strict=True))


def connected_to(jack: JackDummy, port: str) -> list[str]:
    """The ports connected to ``port``, as ``jack_lsp -c PORT`` lists them (the port first, then each)."""
    lines = jack.ports("-c", port)
    return lines[1:] if lines[:1] == [port] else []


def test_midi_survives_its_jack_server_dying_and_coming_back(jack: JackDummy) -> None:
    with (
        ServerProcess("--audio", "none", "--midi-api", "jack", env=jack.env) as server,
        server.client() as osc,
        server.client() as listener,
    ):
        jack.wait_for_port("oscserver:out")
        with MidiDump(jack) as dump:
            jack.connect("oscserver:out", MidiDump.PORT)  # another program's connection
            assert connected_to(jack, "oscserver:out") == [MidiDump.PORT]
            listener.request("/subscribe", reply="/subscribed")
            assert wait_for_push(listener, "/midi/ok", lambda a: True).args == (1, "jack")
            osc.send("/midi/note_on", 1, 60, 100)
            dump.wait_for(lambda events: bool(with_data(events, 0x90, 60, 100)), what="the first note")
            timing(osc, reset=1)

            assert jack.process is not None
            jack.process.kill()  # as a crash would: no goodbye to its clients
            jack.process.wait()

            # Gone: said in a push, /status and the log; sends refused and not counted as sent.
            assert wait_for_push(listener, "/midi/ok", lambda a: a[0] == 0).args == (0, GONE)
            assert osc.pairs()["midi_ok"] == 0
            refused = osc.request("/midi/note", 1, 62, 100, reply="/error")
            assert refused.args == ("/midi/note", GONE)
            assert osc.request("/midi/cc", 1, 7, 100, reply="/error").args[1] == GONE
            assert timing(osc)["count"] == 0
            wait_until(lambda: any("JACK server is gone" in line for line in server.log), what="a log line")

        # Back: the same names, /midi/ok 1 pushed, and the monitor, started again later, connected again.
        again = start_jack(name=jack.name)
        try:
            assert wait_for_push(listener, "/midi/ok", lambda a: a[0] == 1).args == (1, "jack")
            status = wait_status(osc, "midi_outputs", lambda value: value == "oscserver:out")
            assert status["midi_ok"] == 1
            again.wait_for_port("oscserver:out")
            with MidiDump(again) as monitor:
                wait_until(
                    lambda: connected_to(again, "oscserver:out") == [MidiDump.PORT],
                    what="oscserver:out connected to the monitor again",
                )
                osc.send("/midi/note_on", 1, 64, 90)
                monitor.wait_for(lambda events: bool(with_data(events, 0x90, 64, 90)), what="a note after")
            assert int(timing(osc)["count"]) >= 1
            assert server.alive()
        finally:
            again.stop()


def synth_and_keys() -> tuple[Any, Any]:
    """A synth to play (an input port ``synth:in``) and a keyboard (an output port ``keys:out``)."""
    synth = rtmidi.MidiIn(JACK, name="synth")
    synth.open_virtual_port("in")
    keys = rtmidi.MidiOut(JACK, name="keys")
    keys.open_virtual_port("out")
    return synth, keys


def test_named_outputs_and_inputs_are_bound_again_on_the_new_jack_server(
    jack: JackDummy, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("JACK_DEFAULT_SERVER", jack.name)  # for this process's own rtmidi clients
    synth, keys = synth_and_keys()
    args = ["--audio", "none", "--midi-api", "jack", "--midi-out", "bass=synth", "--midi-in", "keys"]
    with ServerProcess(*args, env=jack.env) as server, server.client() as osc, server.client() as listener:
        wait_status(osc, "midi_outputs", lambda value: value == "oscserver:out, bass=synth:in")
        wait_status(osc, "midi_inputs", lambda value: value == "keys:out")
        listener.request("/subscribe", reply="/subscribed")
        assert jack.process is not None
        jack.process.kill()
        jack.process.wait()
        assert wait_for_push(listener, "/midi/ok", lambda a: a[0] == 0).args == (0, GONE)
        assert osc.request("/midi/bass/note_on", 1, 61, 100, reply="/error").args[1] == GONE
        for port in (synth, keys):
            port.delete()

        again = start_jack(name=jack.name)
        try:
            synth, keys = synth_and_keys()
            assert wait_for_push(listener, "/midi/ok", lambda a: a[0] == 1).args == (1, "jack")
            wait_status(osc, "midi_outputs", lambda value: value == "oscserver:out, bass=synth:in")
            wait_status(osc, "midi_inputs", lambda value: value == "keys:out")

            def heard(message: tuple[int, ...]) -> bool:
                while (event := synth.get_message()) is not None:
                    if tuple(event[0]) == message:
                        return True
                return False

            osc.send("/midi/bass/note_on", 1, 62, 90)
            wait_until(lambda: heard((0x90, 62, 90)), what="a note on the synth")

            def played() -> bool:  # a new JACK connection goes live a cycle or more later
                keys.send_message([0xB0, 1, 64])
                return any(m.address == "/midi/in/cc" for m in listener.receive(0.3))

            wait_until(played, what="a push of the keyboard's controller")
            assert server.alive()
        finally:
            for port in (synth, keys):
                port.delete()
            again.stop()
