"""The looper's part of a session refusing what it cannot play: every value a file can carry is checked
against the bounds the renderer plays (hostile numbers too), each refusal saying why and changing nothing."""

from __future__ import annotations

import copy
import math
from collections.abc import Callable
from typing import Any

import numpy as np
import pytest

from oscserver.audio.sessionpart import LooperPart
from oscserver.exceptions import InvalidArgument
from oscserver.sessions.store import Audio, Declared
from tests.unit.audio.audio_rig import ramp
from tests.unit.audio.looper_harness import RATE, Harness, record_a_bar, run_started


def valid(frames: int = 96000) -> tuple[dict[str, Any], Audio]:
    state = {
        "tracks": [
            {
                "state": "PLAYING",
                "bars": 1,
                "volume": 1.0,
                "muted": False,
                "loop": {
                    "frames": frames,
                    "exact": float(frames),
                    "offset": 0.0,
                    "loop_beats": 4.0,
                    "anchor": 0.0,
                },
            },
            {"state": "EMPTY", "bars": 0, "volume": 1.0, "muted": False, "loop": None},
        ],
        "click": {"enabled": False, "volume": 0.5},
        "latency": 0.0,
    }
    return state, {"track-1": ramp(0, frames)}


def damage_track(key: str, value: object, track: int = 0) -> Callable[[dict[str, Any], Audio], None]:
    def damage(state: dict[str, Any], audio: Audio) -> None:
        state["tracks"][track][key] = value

    return damage


def damage_loop(key: str, value: object) -> Callable[[dict[str, Any], Audio], None]:
    def damage(state: dict[str, Any], audio: Audio) -> None:
        state["tracks"][0]["loop"][key] = value

    return damage


def set_audio(stem: str, frames: Any) -> Callable[[dict[str, Any], Audio], None]:
    def damage(state: dict[str, Any], audio: Audio) -> None:
        if frames is None:
            del audio[stem]
        else:
            audio[stem] = frames

    return damage


def three_tracks(state: dict[str, Any], audio: Audio) -> None:
    state["tracks"].append(copy.deepcopy(state["tracks"][1]))


def nan_sample(state: dict[str, Any], audio: Audio) -> None:
    audio["track-1"] = audio["track-1"].copy()
    audio["track-1"][7, 1] = np.nan


REFUSALS: list[tuple[str, Callable[[dict[str, Any], Audio], None], str]] = [
    ("too many tracks", three_tracks, "looper.tracks holds 3 tracks; this server runs 2 (--tracks)"),
    ("no bars", damage_track("bars", 0), "looper.tracks[0].bars must be between 1 and 64, got 0"),
    ("too many bars", damage_track("bars", 65), "looper.tracks[0].bars must be between 1 and 64, got 65"),
    (
        "bars as text",
        damage_track("bars", "4"),
        "looper.tracks[0].bars is missing or of the wrong type ('4')",
    ),
    ("loud", damage_track("volume", 1.5), "looper.tracks[0].volume must be between 0 and 1, got 1.5"),
    ("negative", damage_track("volume", -0.1), "looper.tracks[0].volume must be between 0 and 1, got -0.1"),
    (
        "mute as a number",
        damage_track("muted", 1),
        "looper.tracks[0].muted is missing or of the wrong type (1)",
    ),
    (
        "unknown state",
        damage_track("state", "RECORDING"),
        "state must be one of EMPTY, PLAYING, STOPPED, got 'RECORDING'",
    ),
    ("playing without a loop", damage_track("loop", None), "looper.tracks[0] is PLAYING but has no loop"),
    (
        "empty with a loop",
        damage_track("state", "EMPTY"),
        "looper.tracks[0] is EMPTY but a loop is saved for it",
    ),
    (
        "audio missing",
        set_audio("track-1", None),
        "looper.tracks[0] has a loop but its audio track-1.wav is missing",
    ),
    (
        "audio too short",
        set_audio("track-1", ramp(0, 95999)),
        "track-1.wav holds 95999 frames of 2 channels; the loop is 96000",
    ),
    (
        "audio mono",
        set_audio("track-1", np.zeros((96000, 1), np.float32)),
        "holds 96000 frames of 1 channels",
    ),
    ("audio not finite", nan_sample, "track-1.wav holds samples that are not finite numbers"),
    (
        "stray audio",
        set_audio("track-9", ramp(0, 96000)),
        "looper: audio track-9 belongs to no track with a loop",
    ),
    (
        "offset of a frame",
        damage_loop("offset", 1.0),
        "its offset must be at least 0 and below 1 frame, got 1.0",
    ),
    (
        "exact far from frames",
        damage_loop("exact", 96100.0),
        "its exact length 96100.0 frames does not fit its 96000",
    ),
    ("no beats", damage_loop("loop_beats", 0.0), "its length in beats must be above 0, got 0.0"),
    ("infinite anchor", damage_loop("anchor", float("inf")), "loop.anchor must be a finite number, got inf"),
    (
        "frames missing",
        damage_loop("frames", None),
        "looper.tracks[0].loop.frames is missing or of the wrong type",
    ),
    (
        "too long for a track",
        damage_loop("frames", 20 * RATE + 1),
        "its length must be between 1 and 960000 frames",
    ),
    (
        "click volume",
        lambda s, a: s["click"].update(volume=2),
        "looper.click.volume must be between 0 and 1, got 2",
    ),
    ("click missing", lambda s, a: s.pop("click"), "looper.click is missing or of the wrong type (None)"),
    ("latency", lambda s, a: s.update(latency=5), "looper.latency must be between 0 and 1 seconds, got 5"),
    (
        "tracks not a list",
        lambda s, a: s.update(tracks={}),
        "looper.tracks is missing or of the wrong type ({})",
    ),
    ("track not an object", lambda s, a: s["tracks"].__setitem__(0, 7), "looper.tracks[0] must be an object"),
    # -- hostile numbers: each within "finite and positive" or past a float, none the renderer can play ----
    (
        "a vanishing length in beats",  # (the audio process died of this: a loop a million times too fast)
        damage_loop("loop_beats", 1e-300),
        "loop: its 1 bars must last between 1 and 16 beats (bars of 1 to 16 beats), got 1e-300",
    ),
    (
        "a huge length in beats",
        damage_loop("loop_beats", 1e300),
        "loop: its 1 bars must last between 1 and 16 beats (bars of 1 to 16 beats), got 1e+300",
    ),
    (
        "beats not a number",
        damage_loop("loop_beats", float("nan")),
        "loop.loop_beats must be a finite number",
    ),
    (
        "bars past a float",
        damage_loop("exact", 10**400),
        "looper.tracks[0].loop.exact must be a finite number, got an integer of 401 digits",
    ),
    (
        "frames past any track",
        damage_loop("frames", 10**30),
        "its length must be between 1 and 960000 frames, got an integer of 31 digits",
    ),
    ("negative frames", damage_loop("frames", -96000), "its length must be between 1 and 960000 frames"),
    ("a huge exact length", damage_loop("exact", 1e300), "its exact length 1e+300 frames does not fit"),
    ("a tiny exact length", damage_loop("exact", 1e-300), "its exact length 1e-300 frames does not fit"),
    ("a negative offset", damage_loop("offset", -0.5), "its offset must be at least 0"),
    (
        "a tempo no one can record at",
        lambda s, a: s["tracks"][0]["loop"].update(frames=960000, exact=960000.0),
        "4 beats in 960000 frames at 48000 Hz is 12 BPM; a loop is recorded between 20 and 999 BPM",
    ),
    (
        "a bar of 16 beats at 1920 BPM",
        lambda s, a: s["tracks"][0]["loop"].update(loop_beats=16.0, frames=24000, exact=24000.0),
        "16 beats in 24000 frames at 48000 Hz is 1920 BPM",
    ),
    ("an anchor past a float's frames", damage_loop("anchor", 1e300), "its anchor beat 1e+300 is too far"),
    (
        "bars past an integer",
        damage_track("bars", 10**20),
        "bars must be between 1 and 64, got an integer of 21",
    ),
    (
        "volume not a number",
        damage_track("volume", float("nan")),
        "tracks[0].volume must be between 0 and 1, got nan",
    ),
    ("volume tiny negative", damage_track("volume", -1e-300), "volume must be between 0 and 1, got -1e-300"),
    ("latency huge", lambda s, a: s.update(latency=1e300), "looper.latency must be between 0 and 1 seconds"),
    ("latency negative", lambda s, a: s.update(latency=-1e-300), "looper.latency must be between 0 and 1"),
    (
        "click volume not a number",
        lambda s, a: s["click"].update(volume=float("nan")),
        "looper.click.volume must be between 0 and 1, got nan",
    ),
]


@pytest.mark.parametrize(
    ("damage", "message"), [(d, m) for _, d, m in REFUSALS], ids=[i for i, _, _ in REFUSALS]
)
def test_every_refusal_says_why_and_changes_nothing(
    damage: Callable[[dict[str, Any], Audio], None], message: str
) -> None:
    async def test(h: Harness) -> None:
        await record_a_bar(h)
        part = LooperPart(h.looper)
        before = await h.until(part.capture())
        state, audio = valid()
        part.check(state, audio, RATE)  # the undamaged section is accepted
        damage(state, audio)
        with pytest.raises(InvalidArgument) as refused:
            part.check(state, audio, RATE)
        assert message in str(refused.value)
        await h.run(0.05)
        after = await h.until(part.capture())
        assert after[0] == before[0]
        np.testing.assert_array_equal(after[1]["track-1"], before[1]["track-1"])

    run_started(test)


def test_a_session_at_another_sample_rate_is_refused_with_both_rates() -> None:
    async def test(h: Harness) -> None:
        state, audio = valid()
        with pytest.raises(InvalidArgument) as refused:
            LooperPart(h.looper).check(state, audio, 44100)
        assert str(refused.value) == (
            "the session's loops are at 44100 Hz and the audio device runs at 48000 Hz; "
            "load it with the device at 44100 Hz"
        )

    run_started(test)


def test_a_section_that_is_not_an_object_is_refused() -> None:
    async def test(h: Harness) -> None:
        with pytest.raises(InvalidArgument, match="the looper section must be an object"):
            LooperPart(h.looper).check([], {}, RATE)  # type: ignore[arg-type]

    run_started(test)


def test_negative_zero_is_zero() -> None:
    async def test(h: Harness) -> None:
        state, audio = valid()
        state["tracks"][0]["volume"] = -0.0
        state["tracks"][0]["loop"]["offset"] = -0.0
        state["latency"] = -0.0
        part = LooperPart(h.looper)
        part.check(state, audio, RATE)
        await h.until(part.apply(state, audio, RATE))
        saved = (await h.until(part.capture()))[0]
        assert math.copysign(1.0, saved["tracks"][0]["volume"]) == 1.0
        assert math.copysign(1.0, saved["latency"]) == 1.0

    run_started(test)


def test_a_described_session_is_checked_before_its_audio_is_read_and_names_the_audio_it_uses() -> None:
    async def test(h: Harness) -> None:
        state, _ = valid()
        part = LooperPart(h.looper)
        declared = {"track-1": Declared("track-1.wav", "0" * 64, 96000, 2)}
        assert part.check(state, declared, RATE) == {"track-1"}
        too_long = {"track-1": Declared("track-1.wav", "0" * 64, 960000, 2)}
        with pytest.raises(InvalidArgument, match=r"track-1\.wav holds 960000 frames of 2 channels"):
            part.check(state, too_long, RATE)
        stray = {**declared, "track-9": Declared("track-9.wav", "0" * 64, 10**9, 2)}
        with pytest.raises(InvalidArgument, match="audio track-9 belongs to no track with a loop"):
            part.check(state, stray, RATE)

    run_started(test)
