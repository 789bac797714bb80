"""A loop of ``jack_metro`` in a real JACK graph (a private dummy server): saved, cleared and loaded it plays
at the phase it had; the JACK server killed under the running server, the server stays up, says audio is
down and refuses audio verbs; a new JACK server of the same name started, the server reconnects by itself
and the loop is there again, playing at the phase it had.

The phase is measured against the server's own click, on every beat: the metronome goes into the left input
only, so the loop sounds on the left output only, while the click sounds on both; the right output is the
click (the beat grid) and the left minus the right is the loop.
"""

from __future__ import annotations

import json
import subprocess
import uuid
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import numpy.typing as npt
import pytest

from oscserver.cli.client import OscClient
from tests.support.jack import JackDummy, record_ports, start_on_time
from tests.support.lost_time import without_lost_time
from tests.support.recording import onsets, read_wav
from tests.support.requirements import need_programs
from tests.support.server import ServerProcess
from tests.support.waiting import scaled, wait_until

pytestmark = pytest.mark.integration

RATE = 48000
PERIOD = 256
TEMPO = 240
BEAT = RATE * 60 // TEMPO  # 12000 frames
IN = ("oscserver-audio:in_0", "oscserver-audio:in_1")
OUT = ("oscserver-audio:out_0", "oscserver-audio:out_1")
TOLERANCE = RATE // 1000  # a millisecond (the loop and the click are placed by the same beat mapping)


@pytest.fixture
def jack() -> Iterator[JackDummy]:
    need_programs("jackd", "jack_metro", "jack_rec", "jack_connect", "jack_disconnect", "jack_lsp")
    server = start_on_time(RATE, PERIOD)
    try:
        yield server
    finally:
        server.stop()


def status(osc: OscClient, address: str = "/status") -> dict[str, object]:
    values = osc.request(address).args
    return dict(zip(values[::2], values[1::2], strict=True))


def heard_frames(osc: OscClient) -> int:
    """How many frames of input the server has taken in since its audio started."""
    frames = osc.pairs("/audio/status")["frames"]
    assert isinstance(frames, int), frames
    return frames


def disconnect(jack: JackDummy, source: str, destination: str) -> None:
    subprocess.run(
        ["jack_disconnect", source, destination], env=jack.env, capture_output=True, timeout=scaled(10)
    )


def wire(jack: JackDummy) -> None:
    """Nothing into the server's inputs (a pure JACK graph: the round trip is 0)."""
    for port in (*IN, *OUT):
        jack.wait_for_port(port)
    for index, port in enumerate(IN):
        disconnect(jack, f"system:capture_{index + 1}", port)


def record_output(jack: JackDummy, path: Path, seconds: int = 2) -> npt.NDArray[np.float64]:
    """``seconds`` of the server's two outputs, as recorded by ``jack_rec``."""
    record_ports(jack, path, seconds, OUT)
    return read_wav(path)


def loop_phase(audio: npt.NDArray[np.float64]) -> int:
    """Where the loop's clicks fall after the server's beat clicks, in frames (the median over the
    recording; a phase is circular, so taken around the first one)."""
    beats = onsets(audio[:, 1], gap=BEAT // 2, threshold=0.2)
    loop = onsets(audio[:, 0] - audio[:, 1], gap=BEAT // 2, threshold=0.2)
    assert len(beats) >= 6, f"the server's click sounded {len(beats)} times"
    after = np.array([(o - beats[beats <= o].max()) % BEAT for o in loop if (beats <= o).any()])
    assert len(after) >= 5, f"the loop sounded {len(loop)} clicks after a beat"
    around = (after - after[0] + BEAT // 2) % BEAT - BEAT // 2
    return int(after[0] + np.median(around)) % BEAT


def apart(phase: int, other: int) -> int:
    """How far apart two phases are, in frames."""
    return abs((phase - other + BEAT // 2) % BEAT - BEAT // 2)


def record_the_metronome(jack: JackDummy, osc: OscClient) -> None:
    """A bar of a metronome on the left input, kept retroactively on track 1 (then the metronome stops);
    taken again if JACK lost time during it (its clicks would not be a beat apart on the host's clock)."""

    def take() -> None:
        osc.request("/looper/1/clear", reply="/looper/1/state")
        take_the_metronome(jack, osc)

    without_lost_time(jack, take)


def phase_heard(jack: JackDummy, path: Path) -> int:
    """The loop's phase after the beat, in two seconds of the outputs without a stall of JACK's driver
    (across one, the beat steps, and the clicks before and after it disagree)."""
    return without_lost_time(jack, lambda: loop_phase(record_output(jack, path)))


def take_the_metronome(jack: JackDummy, osc: OscClient) -> None:
    name = f"metro-{uuid.uuid4().hex[:6]}"
    metronome = subprocess.Popen(
        ["jack_metro", "-n", name, "-b", str(TEMPO), "-f", "1000", "-D", "5", "-A", "0.5"],
        env=jack.env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        click = f"{name}:{TEMPO}_bpm"
        jack.wait_for_port(click)
        jack.connect(click, IN[0])
        # (A press up to three quarters into a bar keeps the bar before: up to 1.75 s back.) Counted from the
        # connection on: the server may well have heard two seconds of silence before it.
        connected_at = heard_frames(osc)
        wait_until(
            lambda: heard_frames(osc) >= connected_at + 2 * RATE, 30, what="two seconds of the metronome"
        )
        answer = osc.request("/looper/1/record", 1, reply="/looper/1/state")
        assert answer.address == "/looper/1/state", answer
        wait_until(lambda: osc.request("/looper/1/state").args == ("PLAYING", 1), 30, what="track 1 playing")
        # The take is in its track and sounding (its meter, after the four of the inputs and outputs).
        wait_until(lambda: osc.request("/audio/meters").args[4] > 0, 30, what="track 1 sounding")
    finally:
        metronome.terminate()
        metronome.wait(timeout=scaled(10))


def test_a_jack_loop_is_saved_loaded_and_survives_the_jack_server_going_and_coming_back(
    jack: JackDummy, tmp_path: Path
) -> None:
    with (
        ServerProcess(
            "--audio", "system", "--midi-api", "none", "--tempo", str(TEMPO), env=jack.env
        ) as process,
        process.client() as osc,
    ):
        wire(jack)
        assert osc.request("/audio/latency", 0.0).args == (0.0,)
        record_the_metronome(jack, osc)
        assert osc.request("/click/enabled", 1).args == (1,)
        phase = phase_heard(jack, tmp_path / "before.wav")

        # Saved, cleared, loaded: the loop plays again from the next bar line, at the same phase.
        osc.request("/session/save", "jam", reply="/done", timeout=15)
        saved = json.loads((process.data_dir / "jam" / "session.json").read_text())["parts"]["looper"]
        assert saved["tracks"][0]["state"] == "PLAYING"
        # A bar of JACK's frames: a second of the host clock, give or take the dummy driver's drift.
        assert abs(saved["tracks"][0]["loop"]["frames"] - 4 * BEAT) <= 4 * BEAT // 200
        osc.request("/looper/clear", reply="/looper/1/state")
        assert osc.request("/session/load", "jam", reply="/done", timeout=15).args == ("/session/load", "jam")
        wait_until(
            lambda: osc.request("/looper/1/state").args == ("PLAYING", 1), 30, what="the loaded loop playing"
        )
        loaded = phase_heard(jack, tmp_path / "loaded.wav")
        assert apart(loaded, phase) <= TOLERANCE, (
            f"the loop was {phase} frames after the beat, {loaded} loaded"
        )

        # The JACK server dies: the server stays up, says so (to a subscriber too), and refuses audio verbs.
        subscriber = process.client()
        subscriber.request("/subscribe", reply="/subscribed")
        assert subscriber.wait_for("/audio/ok", timeout=5).args == (1, "system")  # (in the state dump)
        assert jack.process is not None
        jack.process.kill()
        jack.process.wait()
        wait_until(lambda: status(osc)["audio_ok"] == 0, 30, what="the server noticing the JACK server gone")
        assert str(status(osc)["audio"]).startswith("system: down,")
        refused = osc.request("/looper/1/record", 1, reply="/looper/1/state")
        assert refused.address == "/error" and "system is gone" in refused.args[1]
        assert osc.request("/looper/1/state").args == ("PLAYING", 1)  # what will come back
        assert osc.request("/ping", 7, reply="/pong").args == (7,)
        pushed = subscriber.wait_for("/audio/ok", timeout=5).args
        assert pushed == (0, "system is gone (its stream stopped by itself); reconnecting")

        # A new JACK server of the same name: the server reconnects by itself, the loop plays on in phase.
        again = start_on_time(RATE, PERIOD, name=jack.name)
        try:
            wait_until(lambda: status(osc)["audio_ok"] == 1, 60, what="the server reconnecting")
            assert osc.request("/looper/1/state").args == ("PLAYING", 1)
            wire(again)
            back = phase_heard(again, tmp_path / "back.wav")
            assert apart(back, phase) <= TOLERANCE, f"the loop was {phase} frames after the beat, {back} back"
            assert status(osc, "/audio/status")["reconnects"] == 1
            assert subscriber.wait_for("/audio/ok", timeout=5).args == (1, "system")
            assert process.alive()
            log = "\n".join(process.log)
            assert log.count("is gone") == 1 and log.count("back on system") == 1, log
        finally:
            subscriber.close()
            again.stop()
