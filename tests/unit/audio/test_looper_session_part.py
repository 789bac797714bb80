"""The looper's part of a session, on the in-process renderer: what is saved of a loop, a sample-exact
round trip that plays at the same phase (its refusals: test_looper_session_refusals)."""

from __future__ import annotations

import asyncio
import copy
from typing import Any

import numpy as np
import pytest

from oscserver.audio.looptable import LoopStatus
from oscserver.audio.sessionpart import LooperPart
from oscserver.exceptions import InvalidArgument, Unavailable
from tests.unit.audio.looper_harness import RATE, Harness, record_a_bar, run_started, stored

# The instrument settings of a track left as they are.
DEFAULTS = {"reverse": False, "speed": 1.0, "feedback": 1.0, "input": [1, 2], "solo": False}
BAR = 96000  # 120 BPM, 4 beats a bar, 48 kHz
TAKE_START = 8 * 24000 - 256  # beat 8 is heard on output frame 191744 (frame 0 is heard a block in)


def test_a_recorded_loop_is_saved_with_its_shape_and_frames() -> None:
    async def test(h: Harness) -> None:
        await record_a_bar(h)
        h.looper.set_volume(2, 0.25)
        h.looper.set_muted(2, True)
        h.looper.set_click(enabled=True, volume=0.75)
        h.looper.set_latency(0.0)
        state, audio = await h.until(LooperPart(h.looper).capture())
        voice = h.renderer.voices[0]
        assert state == {
            "tracks": [
                {
                    "state": "PLAYING",
                    "bars": 1,
                    "volume": 1.0,
                    "muted": False,
                    "stretch": "tape",
                    **DEFAULTS,
                    # What the renderer plays it by, exactly (the clock's float noise included)...
                    "loop": {
                        "frames": BAR,
                        "exact": voice.exact,
                        "offset": voice.offset,
                        "loop_beats": 4.0,
                        "anchor": 8.0,
                    },
                },
                {
                    "state": "EMPTY",
                    "bars": 0,
                    "volume": 0.25,
                    "muted": True,
                    "stretch": "tape",
                    "loop": None,
                    **DEFAULTS,
                },
            ],
            "click": {"enabled": True, "volume": 0.75},
            "latency": 0.0,
            "follow": True,
        }
        # ...which is the bar from beat 8 (output frame 191744) to beat 12, to a micro-frame.
        assert voice.exact == pytest.approx(BAR, abs=1e-6) and voice.offset == pytest.approx(0.0, abs=1e-6)
        assert list(audio) == ["track-1"]
        np.testing.assert_array_equal(audio["track-1"], stored(TAKE_START, BAR, h.renderer.fade_frames))

    run_started(test)


def test_the_stretch_mode_is_saved_and_loaded_and_an_old_session_without_it_is_tape() -> None:
    async def test(h: Harness) -> None:
        await record_a_bar(h)
        h.looper.tools.set_stretch_mode(1, "pitch")
        part = LooperPart(h.looper)
        saved, audio = await h.until(part.capture())
        assert [t["stretch"] for t in saved["tracks"]] == ["pitch", "tape"]
        h.looper.tools.set_stretch_mode(1, "tape")
        await h.until(part.apply(saved, audio, RATE))
        assert h.looper.tools.stretch_mode(1).value == "pitch"
        for track in saved["tracks"]:
            del track["stretch"]
        await h.until(part.apply(saved, audio, RATE))
        assert h.looper.tools.stretch_mode(1).value == "tape"
        saved["tracks"][0]["stretch"] = "rubber"
        with pytest.raises(InvalidArgument, match=r"looper.tracks\[0\].stretch must be one of tape, pitch"):
            part.check(saved, audio, RATE)

    run_started(test)


def test_a_save_right_after_a_record_waits_for_the_take_to_be_copied_whole() -> None:
    async def test(h: Harness) -> None:
        await h.run_to_beat(13.0)
        h.looper.record(1, 1)
        control = h.looper.control
        assert control is not None and control.loop_status(0) is LoopStatus.FREE  # not even begun
        state, audio = await h.until(LooperPart(h.looper).capture())
        assert state["tracks"][0]["state"] == "PLAYING"
        np.testing.assert_array_equal(audio["track-1"], stored(TAKE_START, BAR, h.renderer.fade_frames))

    run_started(test)


def test_a_stopped_loop_is_saved_stopped_and_a_take_under_way_is_not_saved() -> None:
    async def test(h: Harness) -> None:
        await record_a_bar(h)
        h.looper.stop_track(1)
        h.looper.arm(2, 1)  # from beat 16: nothing recorded yet
        state, audio = await h.until(LooperPart(h.looper).capture())
        assert [t["state"] for t in state["tracks"]] == ["STOPPED", "EMPTY"]
        assert list(audio) == ["track-1"]

    run_started(test)


def test_a_save_right_after_a_clear_keeps_no_loop_on_that_track() -> None:
    async def test(h: Harness) -> None:
        await record_a_bar(h)
        h.looper.clear(1)  # the renderer still holds the loop until its next block
        state, audio = await h.until(LooperPart(h.looper).capture())
        empty = {
            "state": "EMPTY",
            "bars": 0,
            "volume": 1.0,
            "muted": False,
            "stretch": "tape",
            "loop": None,
            **DEFAULTS,
        }
        assert state["tracks"][0] == empty
        assert list(audio) == []

    run_started(test)


def test_save_clear_load_is_sample_exact_and_plays_from_the_next_bar_line_at_the_same_phase() -> None:
    async def test(h: Harness) -> None:
        await record_a_bar(h)
        h.looper.set_volume(1, 0.5)
        part = LooperPart(h.looper)
        saved, audio = await h.until(part.capture())
        saved_copy, audio_copy = copy.deepcopy(saved), {k: v.copy() for k, v in audio.items()}
        h.looper.every_track(h.looper.clear)
        await h.run_to_beat(21.5)
        assert (await h.until(LooperPart(h.looper).capture()))[1] == {}
        part.check(saved, audio, RATE)
        await h.until(part.apply(saved, audio, RATE))
        assert h.looper.looper.state(1)[0].value == "TRIGGERED"
        assert h.looper.state_reply(1) == ("/looper/1/state", ("TRIGGERED", 1))
        # Back as it was saved, bit for bit (and the loop itself on its way in was not changed).
        again, audio_again = await h.until(part.capture())
        assert again == saved_copy  # (TRIGGERED to play is saved as PLAYING)
        np.testing.assert_array_equal(audio_again["track-1"], audio_copy["track-1"])
        # It plays from the bar line at beat 24, on the phase it had: beat 24 is the loop's start (anchor 8).
        await h.run_to_beat(24.0)
        assert h.looper.looper.state(1)[0].value == "PLAYING"
        await h.run_to_beat(28.5)
        start = round(h.heard_frame(24.0)) + h.renderer.fade_frames
        end = round(h.heard_frame(28.0))
        out = np.concatenate(h.device.output)
        expected = audio_copy["track-1"][(np.arange(start, end) - round(h.heard_frame(24.0))) % BAR] * 0.5
        np.testing.assert_array_equal(out[start:end], expected)

    run_started(test)


def test_a_synthetic_loop_between_whole_frames_round_trips_exactly() -> None:
    async def test(h: Harness) -> None:
        part = LooperPart(h.looper)
        frames = 192000
        data = (np.sin(np.arange(frames * 2, dtype=np.float32) * 0.01).reshape(frames, 2) * 0.5).astype(
            np.float32
        )
        state: dict[str, Any] = {
            "tracks": [
                {"state": "EMPTY", "bars": 0, "volume": 0.5, "muted": True, "stretch": "tape", "loop": None},
                {
                    "state": "STOPPED",
                    "bars": 2,
                    "volume": 0.75,
                    "muted": False,
                    "stretch": "pitch",
                    "loop": {
                        "frames": frames,
                        "exact": 191999.6180339887,
                        "offset": 0.3819660113,
                        "loop_beats": 8.0,
                        "anchor": 40.0,
                    },
                },
            ],
            "click": {"enabled": True, "volume": 0.125},
            "latency": 0.003,
        }
        await h.run(0.05)
        part.check(state, {"track-2": data}, RATE)
        await h.until(part.apply(state, {"track-2": data}, RATE))
        again, audio = await h.until(part.capture())
        # (A session from before the instrument settings: each comes back at its default.)
        upgraded = {**state, "tracks": [{**t, **DEFAULTS} for t in state["tracks"]], "follow": True}
        assert again == upgraded
        np.testing.assert_array_equal(audio["track-2"], data)
        assert h.looper.state_reply(2) == ("/looper/2/state", ("STOPPED", 2))
        await h.step()  # the renderer takes the loop at its next block
        assert (await h.until(part.capture()))[0] == upgraded
        voice = h.renderer.voices[1]
        assert (voice.frames, voice.exact, voice.offset, voice.loop_beats, voice.anchor) == (
            frames,
            191999.6180339887,
            0.3819660113,
            8.0,
            40.0,
        )
        assert h.renderer.click.enabled and h.renderer.click.volume == 0.125
        assert h.renderer.latency_frames == round(0.003 * RATE)

    run_started(test)


def test_loading_replaces_every_track_and_resets_those_the_session_does_not_name() -> None:
    async def test(h: Harness) -> None:
        await record_a_bar(h)
        h.looper.set_volume(2, 0.2)
        part = LooperPart(h.looper)
        empty = {"tracks": [], "click": {"enabled": False, "volume": 0.5}, "latency": 0.0}
        await h.until(part.apply(empty, {}, RATE))
        state, audio = await h.until(part.capture())
        assert audio == {}
        assert [(t["state"], t["volume"]) for t in state["tracks"]] == [("EMPTY", 1.0), ("EMPTY", 1.0)]
        assert h.looper.control is not None and h.looper.control.loop_status(0) is LoopStatus.FREE
        assert ("EMPTY", 0) in h.pushes("/looper/1/state")

    run_started(test)


def test_verbs_wait_while_a_session_loads() -> None:
    async def test(h: Harness) -> None:
        await record_a_bar(h)
        part = LooperPart(h.looper)
        saved, audio = await h.until(part.capture())
        loading = asyncio.ensure_future(part.apply(saved, audio, RATE))
        await asyncio.sleep(0)
        with pytest.raises(Unavailable, match="a session is being loaded"):
            h.looper.record(2, 1)
        await h.until(loading)
        h.looper.arm(2, 1)

    run_started(test)


def test_the_instrument_settings_round_trip_and_reverse_plays_backwards_again() -> None:
    async def test(h: Harness) -> None:
        await record_a_bar(h)
        h.looper.instrument.reverse(1, True)
        h.looper.instrument.feedback(1, 0.25)
        h.looper.instrument.set_input(2, 2, 2)
        h.looper.instrument.solo(2, True)
        h.looper.instrument.set_follow(False)
        await h.run_to_beat(17.0)
        state, audio = await h.until(LooperPart(h.looper).capture())
        first, second = state["tracks"]
        assert (first["reverse"], first["feedback"], second["input"], second["solo"]) == (
            True,
            0.25,
            [2, 2],
            True,
        )
        assert state["follow"] is False
        part = LooperPart(h.looper)
        h.looper.clear(1)
        h.looper.instrument.reverse(1, False)
        h.looper.instrument.set_follow(True)
        await h.until(part.apply(state, audio, RATE))
        await h.run(0.05)
        again, _ = await h.until(part.capture())
        assert again == state
        assert h.renderer.voices[0].reversed and h.renderer.voices[1].inputs == (2, 2)
        assert h.renderer.voices[0].gain == 0.0  # (track 2 is soloed)

    run_started(test)


@pytest.mark.parametrize(
    ("key", "value"),
    [("speed", 0.7), ("speed", 4.0), ("feedback", 1.5), ("input", [3, 1]), ("input", [1]), ("reverse", 1)],
)
def test_instrument_settings_out_of_bounds_are_refused(key: str, value: object) -> None:
    async def test(h: Harness) -> None:
        part = LooperPart(h.looper)
        entry = {"state": "EMPTY", "bars": 0, "volume": 1.0, "muted": False, "loop": None, key: value}
        state = {"tracks": [entry], "click": {"enabled": False, "volume": 0.5}, "latency": 0.0}
        with pytest.raises(InvalidArgument, match=key):
            part.check(state, {}, RATE)

    run_started(test)
