"""Pitch-true tempo and export on a real server with no sound card (``--audio none``, the silent device).

One server for the module, one loop. A one-bar loop at 240 BPM (a quantum of 2: half a second), set to
``pitch``, is rendered again on the server's thread when the tempo changes and swapped in at a bar line (the
server says so in its log, when the renderer reports it sounding); the export is the loop as recorded,
written under the data directory's ``exports/``. The audio process killed while a rendering is under way:
the server answers throughout, starts a fresh one, the loop plays there and is stretched there.
"""

from __future__ import annotations

import signal
from collections.abc import Iterator
from pathlib import Path

import pytest
import soundfile

from tests.support.audio_process import audio_children
from tests.support.client import ScaledOscClient
from tests.support.server import ServerProcess
from tests.support.waiting import wait_for_history, wait_until

pytestmark = pytest.mark.integration


@pytest.fixture(scope="module")
def server() -> Iterator[ServerProcess]:
    with ServerProcess("--audio", "none", "--midi-api", "none", "--tempo", "240", "--tracks", "2") as process:
        with process.client() as osc:
            assert osc.request("/link/quantum", 2.0).args == (2.0,)
        yield process


@pytest.fixture
def osc(server: ServerProcess) -> Iterator[ScaledOscClient]:
    with server.client() as client:
        yield client


@pytest.fixture(scope="module")
def pitch_loop(server: ServerProcess) -> None:
    """A one-bar loop on track 1, set to ``pitch``, playing."""
    with server.client() as osc:
        wait_for_history(osc, 1.5)
        assert osc.request("/looper/1/stretch", "pitch").args == ("pitch",)
        # (RECORDING for the few milliseconds its take is still being copied in, then PLAYING.)
        assert osc.request("/looper/1/record", 1, reply="/looper/1/state").args in (
            ("PLAYING", 1),
            ("RECORDING", 1),
        )
        wait_until(lambda: osc.request("/looper/1/state").args == ("PLAYING", 1), what="the take playing")


def said(server: ServerProcess, text: str) -> list[int]:
    """Where in the server's log ``text`` is, in order."""
    return [index for index, line in enumerate(list(server.log)) if text in line]


def stretched_to(server: ServerProcess, tempo: float) -> list[int]:
    """Where the server's log says track 1's rendering at ``tempo`` sounds (the renderer reported it)."""
    return said(server, f"track 1: time-stretched to {tempo:.2f} BPM")


def test_a_pitch_loop_is_stretched_at_a_new_tempo_and_exported_as_recorded(
    server: ServerProcess, osc: ScaledOscClient, pitch_loop: None
) -> None:
    assert osc.request("/link/tempo", 200.0).args == (200.0,)
    wait_until(lambda: stretched_to(server, 200.0), 10.0, "the rendering at 200 BPM to sound")
    position = osc.request("/looper/1/position").args[0]
    assert isinstance(position, float) and 0.0 <= position < 1.0

    done = osc.request("/looper/1/export", reply="/done", timeout=10.0)
    assert done.args[0] == "/looper/1/export"
    path = Path(str(done.args[1]))
    assert path.parent == server.data_dir / "exports" and path.exists()
    info = soundfile.info(str(path))
    assert (info.samplerate, info.channels, info.subtype) == (48000, 2, "FLOAT")
    assert abs(info.frames - 24000) <= 1  # one bar of 2 beats at 240 BPM: the recording, not the stretch
    assert [p.name for p in path.parent.iterdir()] == [path.name]  # nothing half-written beside it

    error = osc.request("/looper/2/export", reply="/error")
    assert "track 2 is empty" in str(error.args)


def test_the_audio_process_killed_while_a_rendering_is_under_way_comes_back_and_stretches_again(
    server: ServerProcess, osc: ScaledOscClient, pitch_loop: None
) -> None:
    osc.request("/subscribe", reply="/subscribed")
    osc.catch_up()  # the state dump
    [first] = audio_children(server)
    reconnects = osc.pairs("/audio/status")["reconnects"]
    assert isinstance(reconnects, int)

    # A new tempo starts a rendering (on the server's next poll); the audio process is killed at once,
    # before the rendering can be swapped in (a quarter of a beat before a bar line at the earliest).
    assert osc.request("/link/tempo", 180.0).args == (180.0,)
    first.send_signal(signal.SIGKILL)
    assert osc.request("/ping", 1, reply="/pong").args == (1,)
    down = osc.wait_for("/audio/ok", timeout=5)
    assert down.args[0] == 0 and "killed by signal 9" in str(down.args[1]), down
    assert osc.wait_for("/audio/ok", timeout=10).args[0] == 1
    assert osc.pairs("/audio/status")["reconnects"] == reconnects + 1
    [second] = audio_children(server)
    assert second.pid != first.pid
    # The loop is back in the fresh renderer, playing: half way through it on every other beat (its
    # position is 0 on every beat while the renderer holds no loop).
    assert osc.request("/looper/1/state").args == ("PLAYING", 1)
    assert osc.request("/looper/1/stretch").args == ("pitch",)
    osc.wait_for_args("/looper/1/position", (0.5,), timeout=5)

    # Nothing was swapped in before the kill; the fresh renderer gets its own rendering at 180 BPM, and
    # one at the next tempo.
    [gone] = wait_until(
        lambda: said(server, "(the audio process was killed by signal 9)"), what="the loss logged"
    )
    wait_until(lambda: stretched_to(server, 180.0), 10.0, "the rendering at 180 BPM to sound")
    assert all(index > gone for index in stretched_to(server, 180.0))
    assert osc.request("/link/tempo", 160.0).args == (160.0,)
    wait_until(lambda: stretched_to(server, 160.0), 10.0, "the rendering at 160 BPM to sound")
    assert osc.request("/ping", 2, reply="/pong").args == (2,)
    assert server.alive()
