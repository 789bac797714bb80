"""Pitch-true tempo and export on a real server with no sound card (``--audio none``, the silent device).

One server for the module. A one-bar loop at 240 BPM (a quantum of 2: half a second), set to ``pitch``, is
rendered again on the server's thread when the tempo changes and swapped in at a bar line (the server says
so in its log); the export is the loop as recorded, written under the data directory's ``exports/``.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import soundfile

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


def test_a_pitch_loop_is_stretched_at_a_new_tempo_and_exported_as_recorded(
    server: ServerProcess, osc: ScaledOscClient
) -> None:
    wait_for_history(osc, 1.5)
    assert osc.request("/looper/1/stretch", "pitch").args == ("pitch",)
    # (RECORDING for the few milliseconds its take is still being copied in, then PLAYING.)
    assert osc.request("/looper/1/record", 1, reply="/looper/1/state").args in (
        ("PLAYING", 1),
        ("RECORDING", 1),
    )
    wait_until(lambda: osc.request("/looper/1/state").args == ("PLAYING", 1), what="the take playing")
    assert osc.request("/link/tempo", 200.0).args == (200.0,)
    wait_until(
        lambda: any("track 1: time-stretched to 200.00 BPM" in line for line in server.log),
        10.0,
        "the rendering at 200 BPM to sound",
    )
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
