"""The looper in a real JACK graph (a private dummy server): a bar of ``jack_metro`` recorded retroactively
plays back on the metronome's phase; calibration through a JACK loopback measures its latency."""

from __future__ import annotations

import os
import signal
import subprocess
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest

from oscserver.cli.client import OscClient
from oscserver.engine.loop_windows import RETRO_LATE_FRACTION
from tests.support.jack import PORTS_POLL, JackDummy, start_on_time
from tests.support.lost_time import without_lost_time
from tests.support.recording import onsets, read_wav
from tests.support.requirements import need_programs
from tests.support.server import ServerProcess
from tests.support.waiting import scaled, wait_status, wait_until

pytestmark = pytest.mark.integration

RATE = 48000
PERIOD = 256
TEMPO = 240  # a beat is 12000 frames, a bar (4 beats) one second
IN = ("oscserver-audio:in_0", "oscserver-audio:in_1")
OUT = ("oscserver-audio:out_0", "oscserver-audio:out_1")


@pytest.fixture(scope="module")
def jack() -> Iterator[JackDummy]:
    need_programs("jackd", "jack_metro", "jack_rec", "jack_connect", "jack_disconnect", "jack_lsp")
    # The loop follows the host clock's beat and the metronome JACK's frames: a dummy driver stalled by a
    # busy machine would part them. Real-time scheduling (as root) keeps it on time.
    server = start_on_time(RATE, PERIOD)
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture(scope="module")
def looper(jack: JackDummy) -> Iterator[tuple[ServerProcess, OscClient]]:
    with (
        ServerProcess(
            "--audio", "auto", "--midi-api", "none", "--tempo", str(TEMPO), env=jack.env
        ) as process,
        process.client() as osc,
    ):
        for port in (*IN, *OUT):
            jack.wait_for_port(port)
        yield process, osc


def heard_frames(osc: OscClient) -> int:
    """How many frames of input the server has taken in since its audio started."""
    frames = osc.pairs("/audio/status")["frames"]
    assert isinstance(frames, int), frames
    return frames


def disconnect(jack: JackDummy, source: str, destination: str) -> None:
    subprocess.run(
        ["jack_disconnect", source, destination], env=jack.env, capture_output=True, timeout=scaled(10)
    )


def seconds_a_record_needs(osc: OscClient, bars: int) -> float:
    """The input history a ``record`` of ``bars`` bars may need at the server's tempo: its bars, and the
    press up to the retroactive rule's late fraction of a bar after their end."""
    status = osc.pairs("/status")
    beats = (bars + RETRO_LATE_FRACTION) * float(status["quantum"])
    return beats * 60.0 / float(status["tempo"])


def test_the_server_plays_through_jack(looper: tuple[ServerProcess, OscClient]) -> None:
    process, osc = looper
    status = osc.pairs("/audio/status")
    assert status["device"] == "system" and status["silent"] == 0
    assert (status["samplerate"], status["blocksize"]) == (RATE, PERIOD)
    assert (status["inputs"], status["outputs"]) == (2, 2)
    assert "Audio: system, 48000 Hz, 256 frames (the JACK period)" in "".join(process.output)


def test_a_bar_of_the_metronome_recorded_back_plays_one_bar_later_on_its_phase(
    jack: JackDummy, looper: tuple[ServerProcess, OscClient], tmp_path: Path
) -> None:
    _, osc = looper
    # (Measured again if JACK lost time meanwhile: the metronome would step against the beat.)
    without_lost_time(jack, lambda: metronome_recorded_back_on_its_phase(jack, osc, tmp_path))


def metronome_recorded_back_on_its_phase(jack: JackDummy, osc: OscClient, tmp_path: Path) -> None:
    name = f"metro-{uuid.uuid4().hex[:6]}"
    click = f"{name}:{TEMPO}_bpm"
    metronome = subprocess.Popen(
        ["jack_metro", "-n", name, "-b", str(TEMPO), "-f", "1000", "-D", "5", "-A", "0.5"],
        env=jack.env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    recorder = None
    try:
        jack.wait_for_port(click)
        for index, port in enumerate(IN):
            disconnect(jack, f"system:capture_{index + 1}", port)
            jack.connect(click, port)
        connected_at = heard_frames(osc)
        before = osc.pairs("/audio/status")
        # A pure JACK graph: what the server plays reaches the recorder in the same cycle as the
        # metronome reaches the server, so the round trip is zero.
        assert osc.request("/audio/latency", 0.0).args == (0.0,)
        # The bar a record keeps must be all metronome: wait until the input heard since it was connected
        # covers what a record may need (the history before it is silence).
        needed = connected_at + seconds_a_record_needs(osc, bars=1) * RATE
        wait_status(osc, "frames", lambda frames: int(frames) >= needed, timeout=30, address="/audio/status")
        recording = tmp_path / "out.wav"
        recorder = subprocess.Popen(
            ["jack_rec", "-f", str(recording), "-d", "4", OUT[0], click],
            env=jack.env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        wait_until(
            lambda: any(p.startswith("jackrec:") for p in jack.ports()),
            what="jack_rec's ports",
            poll=PORTS_POLL,
        )
        state = osc.request("/looper/1/record", 1, reply="/looper/1/state").args
        assert state in (("PLAYING", 1), ("RECORDING", 1))
        recorder.wait(timeout=scaled(30))
        audio = read_wav(recording)
        after = osc.pairs("/audio/status")
    finally:
        for child in (metronome, recorder):
            if child is not None and child.poll() is None:
                child.terminate()
                child.wait(timeout=scaled(10))
        for index, port in enumerate(IN):
            disconnect(jack, click, port)
            jack.connect(f"system:capture_{index + 1}", port)
        osc.request("/looper/1/clear", reply="/looper/1/state")

    ours, live = onsets(audio[:, 0]), onsets(audio[:, 1])
    assert len(live) >= 12  # the metronome, 4 s at 240 BPM
    assert len(ours) >= 8, f"the loop played {len(ours)} clicks"
    # Every click of the loop falls on a click of the live metronome (the recording holds the bar before
    # the request and plays it from then on, so these are one or more bars later).
    errors = np.array([int(o - live[np.argmin(np.abs(live - o))]) for o in ours])
    report = (
        f"phase errors in frames: {errors.tolist()}; JACK's rate against the host clock"
        f" {float(after['measured_rate']):.1f}; the server's clock re-locked"
        f" {int(after['clock_resets']) - int(before['clock_resets'])} times, told of"
        f" {int(after['xruns']) - int(before['xruns'])} xruns"
    )
    assert np.median(np.abs(errors)) <= RATE // 1000, report
    assert np.mean(np.abs(errors) <= RATE // 1000) >= 0.75, report


def test_a_stall_of_jacks_driver_is_taken_as_one_step_and_the_rate_is_kept(
    jack: JackDummy, looper: tuple[ServerProcess, OscClient]
) -> None:
    """JACK's dummy driver stopped for 12 ms wakes late, reports an xrun and starts its frames again at a
    new phase. The server takes that as one step of its clock, and the rate it has learnt stays what it
    was (filtered as jitter, as before, the step was slewed in and the rate read 4,150 ppm off a second
    later; the loops glided after it)."""
    _, osc = looper
    assert jack.process is not None
    before = osc.pairs("/audio/status")
    stalls = jack.driver_stalls()
    os.kill(jack.process.pid, signal.SIGSTOP)
    try:
        time.sleep(0.012)  # (the stall itself)
    finally:
        os.kill(jack.process.pid, signal.SIGCONT)
    wait_until(lambda: jack.driver_stalls() > stalls, what="jackd logging its driver's stall")
    wait_status(
        osc,
        "clock_resets",
        lambda resets: int(resets) > int(before["clock_resets"]),
        timeout=10,
        address="/audio/status",
    )
    # A second of frames later (the rate the filter reports moves with every block):
    frames = int(osc.pairs("/audio/status")["frames"])
    wait_status(osc, "frames", lambda f: int(f) >= frames + RATE, timeout=30, address="/audio/status")
    rate = float(osc.pairs("/audio/status")["measured_rate"])
    assert abs(rate / float(before["measured_rate"]) - 1) < 500e-6, (before["measured_rate"], rate)


def test_calibration_through_a_jack_loopback_measures_one_period(
    jack: JackDummy, looper: tuple[ServerProcess, OscClient]
) -> None:
    _, osc = looper
    try:
        for index, (out, into) in enumerate(zip(OUT, IN, strict=True)):
            disconnect(jack, f"system:capture_{index + 1}", into)
            jack.connect(out, into)
        # JACK breaks a feedback loop by one period: the server hears itself one cycle later.
        answer = osc.request("/audio/calibrate", reply="/audio/latency", timeout=30)
        assert answer.args == pytest.approx((PERIOD / RATE,), abs=1e-7)
        assert osc.request("/audio/latency").args == answer.args
    finally:
        for index, (out, into) in enumerate(zip(OUT, IN, strict=True)):
            disconnect(jack, out, into)
            jack.connect(f"system:capture_{index + 1}", into)
    # Without the loopback nothing comes back, and the latency stays as it was.
    answer = osc.request("/audio/calibrate", reply="/audio/latency", timeout=30)
    assert answer.address == "/error"
    assert "did not come back through the input" in answer.args[1]
    assert osc.request("/audio/latency").args == pytest.approx((PERIOD / RATE,), abs=1e-7)
