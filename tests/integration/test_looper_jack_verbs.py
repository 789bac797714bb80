"""The looper's instrument verbs in a real JACK graph (a private dummy server): a metronome clicking once a
bar at its own phase is recorded, multiplied, reversed and slowed down, and the loop's clicks are found
where each verb puts them against the server's own bar lines.

The metronome feeds the left input only and the track takes the left channel alone (``input 1 0``), so the
loop sounds on the left output only; the server's click, accented on the bar, sounds on both. The right
output is then the click alone (the bar lines), and left minus right the loop alone.
"""

from __future__ import annotations

import itertools
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
from tests.support.waiting import scaled, wait_status, wait_until

pytestmark = pytest.mark.integration

RATE = 48000
PERIOD = 256
TEMPO = 240  # a beat is 12000 frames, a bar one second
BAR = RATE
METRO_BPM = 60  # one metronome click a bar, at the metronome's own phase
CLICK_MS = 2
TOLERANCE = RATE // 1000 + CLICK_MS * RATE // 1000  # a millisecond, and a reversed click's length
PEAK_WINDOW = 200  # frames after a click's onset that hold its peak (its attack is 1 ms)
IN = ("oscserver-audio:in_0", "oscserver-audio:in_1")
OUT = ("oscserver-audio:out_0", "oscserver-audio:out_1")


@pytest.fixture(scope="module")
def jack() -> Iterator[JackDummy]:
    need_programs("jackd", "jack_metro", "jack_rec", "jack_connect", "jack_disconnect", "jack_lsp")
    server = start_on_time(RATE, PERIOD)
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture(scope="module")
def looper(jack: JackDummy) -> Iterator[OscClient]:
    with (
        ServerProcess(
            "--audio", "auto", "--midi-api", "none", "--tempo", str(TEMPO), env=jack.env
        ) as process,
        process.client() as osc,
    ):
        for port in (*IN, *OUT):
            jack.wait_for_port(port)
        yield osc


def run(jack: JackDummy, *command: str) -> None:
    subprocess.run(list(command), env=jack.env, capture_output=True, timeout=scaled(10))


Frames = npt.NDArray[np.int64]


def record_output(jack: JackDummy, path: Path, seconds: int) -> tuple[Frames, Frames]:
    """``seconds`` of both outputs: (bar lines, the loop alone)."""
    record_ports(jack, path, seconds, OUT)
    audio = read_wav(path).astype(np.float64)
    click, loop = audio[:, 1], audio[:, 0] - audio[:, 1]
    return bar_lines(click), onsets(loop, gap=RATE // 4, threshold=0.2)


def bar_lines(click: npt.NDArray[np.float64]) -> npt.NDArray[np.int64]:
    """The accented clicks (louder than the others) of the server's click."""
    # Clicks the recording cuts, at its start (one under way: found at frame 0) or its end, are left out:
    # a cut click's peak is a fraction of a whole one's, and the place of one cut at the start is not its
    # own. Halfway from the beats' peaks (three in four: the median) to the accents' (the loudest), so one
    # low peak cannot put the line under the beats and have every beat pass for a bar line.
    found = onsets(click, gap=RATE // 10)
    beats = found[(found > 0) & (found + PEAK_WINDOW <= click.size)]
    peaks = np.array([np.abs(click[b : b + PEAK_WINDOW]).max() for b in beats])
    accented: Frames = beats[peaks > (peaks.max() + np.median(peaks)) / 2]
    return accented


def offsets(clicks: npt.NDArray[np.int64], bars: npt.NDArray[np.int64]) -> npt.NDArray[np.int64]:
    """Each click's place after the bar line before it."""
    found = [int(c - bars[bars <= c].max()) for c in clicks if (bars <= c).any()]
    return np.array(found, dtype=np.int64)


def near(values: npt.NDArray[np.int64], target: float, period: int = BAR) -> bool:
    """Every value within the tolerance of ``target`` (modulo ``period``)."""
    error = (values - target + period / 2) % period - period / 2
    return bool(values.size) and bool(np.all(np.abs(error) <= TOLERANCE))


def test_record_multiply_reverse_and_speed_put_the_clicks_where_they_must_be(
    jack: JackDummy, looper: OscClient, tmp_path: Path
) -> None:
    # (Measured again, on a fresh track, if JACK lost time meanwhile: a loop recorded or heard across the
    # step is off by it.)
    tracks = itertools.count(1)
    without_lost_time(jack, lambda: verbs_on_a_track(jack, looper, tmp_path, next(tracks)))


def verbs_on_a_track(jack: JackDummy, osc: OscClient, tmp_path: Path, track: int) -> None:
    name = f"metro-{uuid.uuid4().hex[:6]}"
    click = f"{name}:{METRO_BPM}_bpm"
    metronome = subprocess.Popen(
        ["jack_metro", "-n", name, "-b", str(METRO_BPM), "-f", "1000", "-D", str(CLICK_MS), "-A", "0.5"],
        env=jack.env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        jack.wait_for_port(click)
        run(jack, "jack_disconnect", "system:capture_1", IN[0])
        run(jack, "jack_disconnect", "system:capture_2", IN[1])
        jack.connect(click, IN[0])
        assert osc.request("/audio/latency", 0.0).args == (0.0,)  # a pure JACK graph: no round trip
        assert osc.request(f"/looper/{track}/input", 1, 0).args == (1, 0)
        assert osc.request("/click/enabled", 1).args == (1,)
        start = int(osc.pairs("/audio/status")["frames"])
        # (The bar a record keeps must be all metronome, a press up to three quarters of a bar late.)
        wait_status(
            osc, "frames", lambda f: int(f) >= start + 1.8 * RATE, timeout=30, address="/audio/status"
        )
        assert osc.request(f"/looper/{track}/record", 1, reply=f"/looper/{track}/state").args in (
            ("PLAYING", 1),
            ("RECORDING", 1),
        )
        # (Refused, changing nothing, for the few milliseconds its take is still being copied in.)
        wait_until(
            lambda: (
                osc.request(f"/looper/{track}/multiply", 2, reply=f"/looper/{track}/state").address
                == f"/looper/{track}/state"
            ),
            what="the multiply taken",
        )
        wait_until(lambda: osc.request(f"/looper/{track}/state").args == ("PLAYING", 2), what="a 2-bar loop")
        bars, clicks = record_output(jack, tmp_path / "multiplied.wav", 2)
        played = offsets(clicks, bars)
        assert len(played) >= 1, (bars.tolist(), clicks.tolist())
        phase = float(np.median(played))  # where the metronome clicks in the bar
        assert near(played, phase), played.tolist()  # once a bar: the bar and its repeat

        osc.request(f"/looper/{track}/reverse", 1)
        frames = int(osc.pairs("/audio/status")["frames"])
        wait_status(
            osc, "frames", lambda f: int(f) >= frames + 1.1 * RATE, timeout=30, address="/audio/status"
        )
        bars, clicks = record_output(jack, tmp_path / "reversed.wav", 2)
        backwards = offsets(clicks, bars)
        # Mirrored in its bar: a click p after the bar line is heard (its tail first) p before the next one.
        assert near(backwards, BAR - phase - CLICK_MS * RATE / 1000), (phase, backwards.tolist())

        # Forwards again and at half speed, both from the next bar line, as a player would ask.
        osc.request(f"/looper/{track}/reverse", 0)
        assert osc.request(f"/looper/{track}/speed", 0.5).args == (0.5,)
        assert osc.request(f"/looper/{track}/state").args == ("PLAYING", 4)
        frames = int(osc.pairs("/audio/status")["frames"])
        wait_status(
            osc, "frames", lambda f: int(f) >= frames + 1.1 * RATE, timeout=30, address="/audio/status"
        )
        bars, clicks = record_output(jack, tmp_path / "slow.wav", 3)
        slow = offsets(clicks, bars)
        # Half speed: once every two bars, twice as far after the bar line.
        assert near(slow, 2 * phase), (phase, slow.tolist())
        assert np.all(np.abs(np.diff(clicks) - 2 * BAR) <= TOLERANCE), clicks.tolist()  # (3 s: 1 or 2)
    finally:
        if metronome.poll() is None:
            metronome.terminate()
            metronome.wait(timeout=scaled(10))
        run(jack, "jack_disconnect", click, IN[0])
        jack.connect("system:capture_1", IN[0])
        jack.connect("system:capture_2", IN[1])
        osc.request(f"/looper/{track}/clear", reply=f"/looper/{track}/state")
