"""The looper's part of a session over UDP, on the silent device (``--audio none``): a recorded loop is
saved with its shape and its frames, comes back on load (at the next bar line), and a session whose loop
does not match its audio is refused and changes nothing. (The silent device records silence: lengths and
metadata are checked here; the sound itself, and its phase, in the JACK test.)"""

from __future__ import annotations

import json
import time
from collections.abc import Iterator

import numpy as np
import pytest
import soundfile

from tests.support.client import ScaledOscClient
from tests.support.server import ServerProcess
from tests.support.waiting import scaled, wait_until

pytestmark = pytest.mark.integration

RATE = 48000
BAR_FRAMES = 24000  # 240 BPM, 2 beats a bar: half a second


@pytest.fixture(scope="module")
def looper() -> Iterator[tuple[ServerProcess, ScaledOscClient]]:
    with (
        ServerProcess(
            "--audio", "none", "--midi-api", "none", "--tempo", "240", "--tracks", "3", "--history", "20"
        ) as process,
        process.client() as osc,
    ):
        assert osc.request("/link/quantum", 2.0).args == (2.0,)
        yield process, osc


def history(osc: ScaledOscClient) -> float:
    values = osc.request("/audio/status").args
    return float(dict(zip(values[::2], values[1::2], strict=True))["history"])


def state(osc: ScaledOscClient, track: int) -> tuple[object, ...]:
    return osc.request(f"/looper/{track}/state").args


def test_a_loop_is_saved_with_its_shape_and_comes_back_on_load(
    looper: tuple[ServerProcess, ScaledOscClient],
) -> None:
    process, osc = looper
    wait_until(lambda: history(osc) >= 2.0, 20, what="two seconds of input history")
    osc.request("/looper/2/record", 2, reply="/looper/2/state")
    wait_until(lambda: state(osc, 2) == ("PLAYING", 2), 20, what="track 2 playing")
    osc.request("/looper/3/volume", 0.25)
    osc.request("/looper/3/mute", 1)
    osc.request("/click/volume", 0.75)
    assert osc.request("/session/save", "jam", reply="/done", timeout=15).args == ("/session/save", "jam")

    document = json.loads((process.data_dir / "jam" / "session.json").read_text())
    section = document["parts"]["looper"]
    assert [t["state"] for t in section["tracks"]] == ["EMPTY", "PLAYING", "EMPTY"], (section, process.log)
    saved = section["tracks"][1]
    assert saved["bars"] == 2 and saved["loop"]["loop_beats"] == 4.0
    # (The silent device's clock follows the host's, so a bar is 24000 frames give or take one.)
    length = saved["loop"]["frames"]
    assert abs(length - 2 * BAR_FRAMES) <= 1 and abs(saved["loop"]["exact"] - length) <= 1.0
    assert saved["loop"]["anchor"] % 2.0 == 0.0  # a bar line
    settings = {"reverse": False, "speed": 1.0, "feedback": 1.0, "input": [1, 2], "solo": False}
    empty = {"state": "EMPTY", "bars": 0, "volume": 0.25, "muted": True, "stretch": "tape", "loop": None}
    empty.update(settings)
    assert section["tracks"][2] == empty
    assert section["click"] == {"enabled": False, "volume": 0.75}
    frames, rate = soundfile.read(process.data_dir / "jam" / "track-2.wav", dtype="float32", always_2d=True)
    assert rate == RATE and frames.shape == (length, 2) and not np.any(frames)  # silence, recorded
    assert sorted(p.name for p in (process.data_dir / "jam").iterdir()) == ["session.json", "track-2.wav"]

    osc.request("/looper/clear", reply="/looper/1/state")
    osc.request("/looper/3/volume", 1.0)
    osc.request("/looper/3/mute", 0)
    osc.request("/click/volume", 0.5)
    assert state(osc, 2) == ("EMPTY", 0)
    osc.request("/subscribe", reply="/subscribed")
    osc.catch_up()  # the state dump
    try:
        osc.send("/session/load", "jam")
        heard: list[tuple[str, tuple[object, ...]]] = []
        deadline = time.monotonic() + scaled(15)
        while ("/looper/2/state", ("PLAYING", 2)) not in heard and time.monotonic() < deadline:
            heard += [(m.address, m.args) for m in osc.receive(deadline - time.monotonic())]
        assert ("/done", ("/session/load", "jam")) in heard
        # Pushed as it happens: waiting for the next bar line, then playing from it.
        states = [args for address, args in heard if address == "/looper/2/state"]
        assert states == [("TRIGGERED", 2), ("PLAYING", 2)]
    finally:
        osc.request("/unsubscribe", reply="/unsubscribed")
    assert osc.request("/looper/3/volume").args == (0.25,)
    assert osc.request("/looper/3/mute").args == (1,)
    assert osc.request("/click/volume").args == (0.75,)
    # Saved again, the loop is what was loaded, to the last bit of its shape.
    osc.request("/session/save", "again", reply="/done", timeout=15)
    again = json.loads((process.data_dir / "again" / "session.json").read_text())["parts"]["looper"]
    assert again == section


def test_a_loop_that_does_not_match_its_audio_is_refused_and_changes_nothing(
    looper: tuple[ServerProcess, ScaledOscClient],
) -> None:
    process, osc = looper
    osc.request("/looper/clear", reply="/looper/1/state")
    wait_until(lambda: history(osc) >= 1.0, 20, what="a second of input history")
    osc.request("/looper/1/record", 1, reply="/looper/1/state")
    wait_until(lambda: state(osc, 1) == ("PLAYING", 1), 20, what="track 1 playing")
    osc.request("/session/save", "bent", reply="/done", timeout=15)
    osc.request("/looper/1/clear", reply="/looper/1/state")
    osc.request("/looper/2/record", 1, reply="/looper/2/state")
    wait_until(lambda: state(osc, 2) == ("PLAYING", 1), 20, what="track 2 playing")

    document_path = process.data_dir / "bent" / "session.json"
    document = json.loads(document_path.read_text())
    length = document["parts"]["looper"]["tracks"][0]["loop"]["frames"]
    document["parts"]["looper"]["tracks"][0]["loop"].update(frames=length - 1, exact=length - 1.0)
    document_path.write_text(json.dumps(document))
    error = osc.request("/session/load", "bent", reply="/done", timeout=15)
    assert error.address == "/error"
    assert error.args == (
        "/session/load",
        f"looper.tracks[0]: track-1.wav holds {length} frames of 2 channels; "
        f"the loop is {length - 1} stereo float frames",
    )
    assert (state(osc, 1), state(osc, 2)) == (("EMPTY", 0), ("PLAYING", 1))
    osc.request("/looper/clear", reply="/looper/1/state")
