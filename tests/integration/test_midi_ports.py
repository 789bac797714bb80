"""MIDI ports on a private JACK dummy server: input pushed to OSC subscribers, an external clock driving Link,
a named output that disappears and comes back, and the choice of backend.

The other JACK clients are real: python-rtmidi ports in this test process (its bundled libjack talks to
Debian's jackd2), found by the server by name like any app's ports.
"""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from typing import Any

import psutil
import pytest
import rtmidi

from oscserver.osc.codec import Message
from tests.support.client import ScaledOscClient
from tests.support.jack import JackDummy
from tests.support.requirements import need_programs
from tests.support.server import ServerProcess
from tests.support.waiting import scaled, wait_status, wait_until

pytestmark = pytest.mark.integration

JACK = rtmidi.API_UNIX_JACK


@pytest.fixture(scope="module")
def jack() -> Iterator[JackDummy]:
    need_programs("jackd", "jack_lsp")
    with JackDummy() as server, pytest.MonkeyPatch.context() as patch:
        patch.setenv("JACK_DEFAULT_SERVER", server.name)  # for this process's own rtmidi clients
        yield server


def virtual_out(client: str) -> Any:
    port = rtmidi.MidiOut(JACK, name=client)
    port.open_virtual_port("out")
    return port


def virtual_in(client: str) -> Any:
    port = rtmidi.MidiIn(JACK, name=client)
    port.open_virtual_port("in")
    return port


@pytest.fixture(scope="module")
def keys(jack: JackDummy) -> Iterator[Any]:
    port = virtual_out("keys")
    yield port
    port.delete()


@pytest.fixture(scope="module")
def drum_machine(jack: JackDummy) -> Iterator[Any]:
    port = virtual_out("drummachine")
    yield port
    port.delete()


@pytest.fixture(scope="module")
def served(jack: JackDummy, keys: Any, drum_machine: Any) -> Iterator[tuple[ServerProcess, ScaledOscClient]]:
    args = ["--midi-api", "jack", "--midi-in", "keys", "--midi-clock-in", "drummachine"]
    args += ["--midi-in", "pads", "--midi-out", "bass=synth"]
    with ServerProcess("--audio", "none", *args, env=jack.env) as process, process.client() as osc:
        wait_status(osc, "midi_inputs", lambda v: v == "keys:out, missing (pads)")
        wait_status(osc, "midi_clock_in", lambda v: v == "drummachine:out")
        osc.request("/subscribe", reply="/subscribed")
        yield process, osc


@pytest.fixture
def osc(served: tuple[ServerProcess, ScaledOscClient]) -> ScaledOscClient:
    client = served[1]
    # Pushes left by the previous test: a window, as MIDI input reaches the server from the MIDI process,
    # which no /ping barrier orders.
    client.drain(scaled(0.2))
    return client


def pushes(osc: ScaledOscClient, prefix: str, count: int, timeout: float = 10.0) -> list[Message]:
    found: list[Message] = []
    deadline = time.monotonic() + scaled(timeout)
    while len(found) < count and (left := deadline - time.monotonic()) > 0:
        found += [m for m in osc.receive(left) if m.address.startswith(prefix)]
    return found


def hit_until_pushed(osc: ScaledOscClient, port: Any, message: list[int]) -> list[Message]:
    """Send ``message`` every half second until a push of MIDI input arrives; the pushes."""

    def hit() -> list[Message]:
        port.send_message(message)
        return pushes(osc, "/midi/in/", 1, timeout=0.5)

    return wait_until(hit, what="a push of the MIDI input")


def test_input_reaches_subscribers_as_pushes(osc: ScaledOscClient, keys: Any) -> None:
    for message in (
        [0x90, 60, 100],
        [0x80, 60, 30],
        [0xB1, 74, 127],
        [0xC9, 12],
        [0xE0, 0x00, 0x60],
        [0xD2, 33],
        [0xF8],  # clock on a note input: not pushed
    ):
        keys.send_message(message)
    received = pushes(osc, "/midi/in/", 6)
    assert [(m.address, m.args) for m in received] == [
        ("/midi/in/note", (1, 60, 100, "keys:out")),
        ("/midi/in/note", (1, 60, 0, "keys:out")),
        ("/midi/in/cc", (2, 74, 127, "keys:out")),
        ("/midi/in/program", (10, 12, "keys:out")),
        ("/midi/in/pitchbend", (1, 0x60 * 128 - 8192, "keys:out")),
        ("/midi/in/aftertouch", (3, 33, "keys:out")),
    ]


def test_an_input_that_appears_late_or_comes_back_is_bound_again(osc: ScaledOscClient) -> None:
    for _ in range(2):  # it appears after the server started; then it goes away and comes back
        pads = virtual_out("pads")
        try:
            wait_status(osc, "midi_inputs", lambda v: v == "keys:out, pads:out")
            # JACK makes a new connection live at a later cycle: what is sent before that is lost, as it
            # would be from a real device, so the pad is hit until one push arrives.
            received = hit_until_pushed(osc, pads, [0x99, 36, 127])
            assert [(m.address, m.args) for m in received] == [("/midi/in/note", (10, 36, 127, "pads:out"))]
        finally:
            pads.delete()
        wait_status(osc, "midi_inputs", lambda v: v == "keys:out, missing (pads)")
        osc.drain(scaled(0.2))  # pushes of extra hits (a window: see the osc fixture)


def test_an_external_clock_drives_the_link_tempo_and_transport(
    osc: ScaledOscClient, drum_machine: Any
) -> None:
    stop = threading.Event()

    def play(tempo: float) -> None:
        interval = 60.0 / (tempo * 24)
        drum_machine.send_message([0xFA])
        next_pulse = time.monotonic()
        while not stop.is_set():
            drum_machine.send_message([0xF8])
            next_pulse += interval
            stop.wait(max(next_pulse - time.monotonic(), 0.0))  # the clock's own pace

    player = threading.Thread(target=play, args=(100.0,), daemon=True)
    player.start()
    try:
        assert wait_for_push(osc, "/link/playing", lambda args: args == (1,)).args == (1,)
        tempo = wait_for_push(osc, "/link/tempo", lambda args: abs(args[0] - 100.0) < 0.5, timeout=20)
        assert tempo.args[0] == pytest.approx(100.0, abs=0.5)
    finally:
        stop.set()
        player.join()
    drum_machine.send_message([0xFC])
    assert wait_for_push(osc, "/link/playing", lambda args: args == (0,)).args == (0,)


def wait_for_push(osc: ScaledOscClient, address: str, check: Any, timeout: float = 10.0) -> Message:
    deadline = time.monotonic() + scaled(timeout)
    while (left := deadline - time.monotonic()) > 0:
        for message in osc.receive(left):
            if message.address == address and check(message.args):
                return message
    raise TimeoutError(f"no {address} push as expected within {scaled(timeout):g} s")


def test_a_named_output_that_disappears_is_reported_and_rebound_when_it_returns(osc: ScaledOscClient) -> None:
    synth = virtual_in("synth")
    try:
        wait_status(osc, "midi_outputs", lambda v: "bass=synth:in" in str(v))
        osc.send("/midi/bass/cc", 1, 7, 100)
        assert receive(synth) == [0xB0, 7, 100]
    finally:
        synth.delete()
    wait_status(osc, "midi_outputs", lambda v: "bass=missing (synth)" in str(v))
    answer = osc.request("/midi/bass/cc", 1, 7, 100, reply="/error")
    assert answer.args == ("/midi/bass/cc", "MIDI output bass is not connected: no port matches 'synth'")

    synth = virtual_in("synth")
    try:
        wait_status(osc, "midi_outputs", lambda v: "bass=synth:in" in str(v))
        osc.send("/midi/bass/note_on", 2, 64, 90)
        assert receive(synth) == [0x91, 64, 90]
    finally:
        synth.delete()
    assert osc.pairs()["midi"] == "jack"  # nothing crashed on the way


def receive(port: Any, timeout: float = 10.0) -> list[int]:
    event = wait_until(port.get_message, timeout, what="a MIDI message at the port")
    return list(event[0])


def test_a_midi_process_that_dies_is_restarted_and_nothing_else_stops(
    served: tuple[ServerProcess, ScaledOscClient], osc: ScaledOscClient, keys: Any
) -> None:
    process, _ = served
    assert process.process is not None
    children = psutil.Process(process.process.pid).children()
    (worker,) = [child for child in children if "oscserver.midi.worker" in child.cmdline()]
    worker.kill()
    worker.wait(scaled(10))
    wait_until(
        lambda: any("restarting the MIDI process" in line for line in process.log),
        what="the server noticing",
    )
    answer = osc.request("/midi/note", 1, 60, 100, reply="/error")
    assert answer.args[1] == "the MIDI process stopped and is being restarted; try again shortly"
    assert osc.request("/ping", 1, reply="/pong").args == (1,)  # the server itself carries on
    wait_status(osc, "midi_inputs", lambda v: v == "keys:out, missing (pads)")
    received = hit_until_pushed(osc, keys, [0xB0, 1, 64])  # until JACK has made the new connection live
    assert [(m.address, m.args) for m in received] == [("/midi/in/cc", (1, 1, 64, "keys:out"))]
    assert process.alive()
    osc.drain(scaled(0.2))  # pushes of extra hits (a window: see the osc fixture)


def test_port_lists_and_devices_show_the_jack_ports(osc: ScaledOscClient, jack: JackDummy) -> None:
    assert "keys:out" in osc.request("/midi/inputs").args
    assert "drummachine:out" in osc.request("/midi/inputs").args
    devices = [sys.executable, "-m", "oscserver", "devices"]
    listed = subprocess.run(devices, env=jack.env, capture_output=True, text=True, timeout=scaled(60)).stdout
    assert "keys:out" in listed and "drummachine:out" in listed


def test_auto_takes_a_running_jack_server(
    jack: JackDummy, served: tuple[ServerProcess, ScaledOscClient]
) -> None:
    auto = ServerProcess("--audio", "none", "--midi-api", "auto", env=jack.env)
    with auto as process, process.client() as osc:
        expected = "alsa" if os.path.exists("/dev/snd/seq") else "jack"
        assert osc.pairs()["midi"] == expected
        assert f"Midi: {expected}" in "".join(process.output)


def test_auto_without_any_backend_runs_without_midi_and_says_why() -> None:
    if os.path.exists("/dev/snd/seq"):
        pytest.skip("this machine has an ALSA sequencer, which auto would take")
    env = {**os.environ, "JACK_DEFAULT_SERVER": "oscserver-test-no-such-server"}
    server = ServerProcess("--audio", "none", "--midi-api", "auto", "--midi-out", "drums=Circuit", env=env)
    with server as process, process.client() as osc:
        assert osc.pairs()["midi"] == "none"
        wait_until(lambda: any("MIDI ports are not bound: drums=Circuit" in line for line in process.log))
        answer = osc.request("/midi/note", 1, 60, 100, reply="/error")
        assert answer.args[1].startswith("MIDI is not available: ALSA: no sequencer")
        assert "JACK server not running" in answer.args[1]
        [banner] = [line for line in process.output if "Midi:" in line]
        assert "Midi: none. MIDI is not available: ALSA: no sequencer" in banner  # the banner says why too


def test_an_explicit_backend_that_is_missing_stops_the_start_with_the_reason() -> None:
    env = {**os.environ, "JACK_DEFAULT_SERVER": "oscserver-test-no-such-server"}
    argv = [sys.executable, "-m", "oscserver", "serve", "--port", "0", "--no-link", "--audio", "none"]
    argv += ["--midi-api", "jack"]
    result = subprocess.run(argv, env=env, capture_output=True, text=True, timeout=scaled(60))
    assert result.returncode == 1
    reason = "--midi-api jack: Jack: JACK server not running? (client oscserver: cannot connect)"
    assert reason in result.stderr


def test_with_midi_off_every_verb_says_so(client: ScaledOscClient) -> None:
    assert client.pairs()["midi"] == "none"
    for address, args in (("/midi/note", (1, 60, 100)), ("/midi/panic", ()), ("/midi/outputs", ())):
        answer = client.request(address, *args, reply="/error")
        assert answer.args == (address, "MIDI is off (the server runs with --midi-api none)")
    answer = client.request("/midi/note", 0, 60, 100, reply="/error")  # checked before anything else
    assert answer.args[1] == "channel must be between 1 and 16, got 0"
