"""The looper's instrument verbs in the audio callback, sample for sample, on the manual timeline.

At 120 BPM and 48 kHz a beat is 24000 frames and a bar 96000; blocks of 960 frames put every bar line on a
block boundary, so each verb's bar line is a whole frame.
"""

from __future__ import annotations

import math

import numpy as np
import pytest

from oscserver.audio.looptable import LoopStatus
from oscserver.audio.reshape import write_repeats
from oscserver.engine import looper_instrument as verbs
from oscserver.engine.looper import TrackState
from oscserver.exceptions import InvalidArgument
from tests.unit.audio.audio_rig import Rig, decode

BEAT = 24000
BAR = 96000
BLOCK = 960  # (a hundredth of a bar)


def recorded_bar(bars: int = 1, **options: object) -> Rig:
    """A rig whose track 1 plays the ``bars`` bars of ramp input ending at beat 12 (from input frame
    ``3 * BAR - bars * BAR``), asked for at beat 13."""
    rig = Rig(seconds=12, block=BLOCK, **options)  # type: ignore[arg-type]
    rig.run_to_beat(13.0)
    rig.record(1, bars)
    rig.run_beats(1)
    return rig


def test_reverse_plays_the_take_backwards_sample_for_sample_from_the_bar_line():
    rig = recorded_bar()
    rig.send(verbs.reverse(rig.looper, 1, True, rig.beat_now(), rig.timeline))  # at beat 16
    rig.run_to_beat(26.0)
    fade = rig.renderer.fade_frames
    stored = rig.stored(2 * BAR, BAR)
    expected = stored[BAR - 1 - (np.arange(4 * BAR, rig.frame) - 4 * BAR) % BAR]
    np.testing.assert_array_equal(rig.output[4 * BAR + fade : rig.frame], expected[fade:])
    # Before the bar line it played forwards; around it, it fades out and back in (no jump, no click).
    before = slice(BAR - BEAT, BAR - BLOCK)  # (the last block before the bar line fades out)
    np.testing.assert_array_equal(rig.output[3 * BAR :][before], stored[before])
    assert not rig.output[4 * BAR - 1].any()  # faded out by the bar line...
    ramp_in = np.abs(rig.output[4 * BAR : 4 * BAR + fade, 0] / expected[:fade, 0])
    assert np.all(np.diff(ramp_in) > 0)  # ...and in again after it


def test_reverse_off_plays_forwards_again_from_the_next_bar_line():
    rig = recorded_bar()
    rig.send(verbs.reverse(rig.looper, 1, True, rig.beat_now(), rig.timeline))
    rig.run_to_beat(17.0)
    rig.send(verbs.reverse(rig.looper, 1, False, rig.beat_now(), rig.timeline))  # at beat 20
    rig.run_to_beat(23.0)
    fade = rig.renderer.fade_frames
    stored = rig.stored(2 * BAR, BAR)
    np.testing.assert_array_equal(rig.output[5 * BAR + fade : rig.frame], stored[fade : rig.frame - 5 * BAR])


def test_speed_half_reads_every_frame_twice_as_slowly_and_makes_one_bar_two():
    rig = recorded_bar()
    rig.send(verbs.speed(rig.looper, 1, 0.5, rig.beat_now(), rig.timeline))  # at beat 16
    assert rig.looper.state(1) == (TrackState.PLAYING, 2)
    rig.run_to_beat(24.0)
    frames = np.arange(4 * BAR, 6 * BAR - 2 * rig.renderer.fade_frames - 2)  # (short of the seam's crossfade)
    heard = decode(rig.output[4 * BAR : frames[-1] + 1, 0])
    # The loop is at its start at beat 16; each output frame reads half a loop frame further on.
    np.testing.assert_allclose(heard, 2 * BAR + (frames - 4 * BAR) / 2.0, atol=1e-3)
    assert rig.renderer.voices[0].loop_beats == 8.0


def test_speed_is_the_loops_an_empty_track_refuses_it_and_a_new_take_plays_as_recorded():
    rig = Rig(block=BLOCK)
    with pytest.raises(InvalidArgument, match="needs a recorded loop"):
        verbs.speed(rig.looper, 1, 0.5, rig.beat_now(), rig.timeline)
    rig.run_to_beat(13.0)
    rig.record(1, 1)
    rig.send(verbs.speed(rig.looper, 1, 0.5, rig.beat_now(), rig.timeline))
    assert rig.looper.state(1) == (TrackState.PLAYING, 2)
    rig.run_to_beat(21.0)
    rig.record(1, 1)  # beats 16..20, replacing the slow loop
    assert rig.looper.track(1).settings.speed == 1.0 and rig.looper.state(1) == (TrackState.PLAYING, 1)
    rig.send(rig.looper.clear(1))
    assert rig.looper.track(1).settings.speed == 1.0


def test_speed_double_halves_two_bars_and_refuses_to_make_half_a_bar():
    rig = recorded_bar(bars=2)
    rig.send(verbs.speed(rig.looper, 1, 2.0, rig.beat_now(), rig.timeline))
    assert rig.looper.state(1) == (TrackState.PLAYING, 1)
    rig.run_to_beat(22.0)
    stored = rig.stored(BAR, 2 * BAR)
    # At beat 16 the loop was half way through: from there it reads two frames for every frame played.
    k = np.arange(0, BAR // 2 - rig.renderer.fade_frames)
    np.testing.assert_array_equal(rig.output[4 * BAR + k], stored[BAR + 2 * k])
    for bad in (0.7, 0.0, -1.0, 4.0):
        with pytest.raises(InvalidArgument):
            verbs.speed(rig.looper, 1, bad, rig.beat_now(), rig.timeline)
    assert rig.looper.track(1).settings.speed == 2.0 and rig.looper.state(1) == (TrackState.PLAYING, 1)
    one_bar = recorded_bar()
    with pytest.raises(InvalidArgument, match="whole number of bars"):
        verbs.speed(one_bar.looper, 1, 2.0, one_bar.beat_now(), one_bar.timeline)
    assert one_bar.looper.track(1).settings.speed == 1.0


def test_a_multiplied_loop_repeats_exactly_and_its_repeats_take_their_own_overdub_layers():
    pulse = 4 * BAR + BEAT + 500  # heard in the first bar after the multiply, in the overdub's bars

    def source(first: int, count: int) -> np.ndarray:
        block = np.zeros((count, 2), dtype=np.float32)
        if first <= pulse < first + count:
            block[pulse - first] = (0.5, -0.5)
        return block

    rig = recorded_bar(source=source)
    shape = rig.control.read_loop(0)
    assert shape is not None
    frames = write_repeats(rig.memory.loops[0], shape[0], 2)
    assert frames == 2 * BAR
    rig.send(verbs.multiply(rig.looper, 1, 2, rig.beat_now(), rig.timeline))  # from beat 16: 2 bars
    assert rig.looper.state(1) == (TrackState.PLAYING, 2)
    rig.overdub(1, True)  # beats 16..24
    rig.run_to_beat(17.0)
    rig.overdub(1, False)  # until beat 20
    rig.run_to_beat(36.0)
    voice = rig.renderer.voices[0]
    assert (voice.frames, voice.loop_beats) == (2 * BAR, 8.0)
    assert rig.memory.loops[0, BEAT + 500].any() and not rig.memory.loops[0, BAR + BEAT + 500].any()
    heard = np.flatnonzero(rig.output[5 * BAR :, 0]) + 5 * BAR
    assert list(heard) == [pulse + 2 * BAR, pulse + 4 * BAR]  # once every two bars: not in the other repeat
    assert rig.control.loop_status(0) is LoopStatus.LOOP


def test_a_multiplied_loop_plays_on_sample_for_sample_its_repeats_copies_of_it():
    rig = recorded_bar()
    shape = rig.control.read_loop(0)
    assert shape is not None
    write_repeats(rig.memory.loops[0], shape[0], 3)
    rig.send(verbs.multiply(rig.looper, 1, 3, rig.beat_now(), rig.timeline))
    assert rig.looper.state(1) == (TrackState.PLAYING, 3)
    rig.run_to_beat(34.0)
    stored = rig.stored(2 * BAR, BAR)
    np.testing.assert_array_equal(rig.memory.loops[0, : 3 * BAR], np.concatenate([stored] * 3))
    played = np.arange(4 * BAR, rig.frame)
    np.testing.assert_array_equal(rig.output[played], stored[played % BAR])
    assert (rig.renderer.voices[0].frames, rig.renderer.voices[0].loop_beats) == (3 * BAR, 12.0)
    with pytest.raises(InvalidArgument, match="between 2 and 16"):
        verbs.multiply(rig.looper, 1, 22, rig.beat_now(), rig.timeline)
    with pytest.raises(InvalidArgument):
        verbs.multiply(rig.looper, 1, 0, rig.beat_now(), rig.timeline)


def test_divide_keeps_the_first_bar_of_two_and_refuses_bars_that_do_not_divide():
    rig = recorded_bar(bars=2)
    with pytest.raises(InvalidArgument, match="do not divide evenly"):
        verbs.divide(rig.looper, 1, 3, rig.beat_now(), rig.timeline)
    with pytest.raises(InvalidArgument):
        verbs.divide(rig.looper, 1, 0, rig.beat_now(), rig.timeline)
    assert rig.looper.state(1) == (TrackState.PLAYING, 2)
    rig.send(verbs.divide(rig.looper, 1, 2, rig.beat_now(), rig.timeline))  # at beat 16
    assert rig.looper.state(1) == (TrackState.PLAYING, 1)
    rig.run_to_beat(28.0)
    stored = rig.stored(BAR, 2 * BAR)[:BAR]  # the take's first bar (its seam is at the end of the second)
    start = 5 * BAR  # (beat 16 is the second bar of the take: the first bar comes round at beat 20)
    np.testing.assert_array_equal(rig.output[start : rig.frame], stored[(np.arange(start, rig.frame)) % BAR])


def test_feedback_keeps_that_much_of_the_loop_under_an_overdub_pass_and_replace_keeps_none():
    def constant(first: int, count: int) -> np.ndarray:
        value = 0.5 if first + count <= 3 * BAR else 0.0
        return np.full((count, 2), value, dtype=np.float32)

    rig = Rig(seconds=12, source=constant, tracks=2, block=BLOCK)
    rig.run_to_beat(13.0)
    rig.record(1, 1)
    rig.record(2, 1)
    rig.run_beats(1)
    rig.send(verbs.feedback(rig.looper, 1, 0.5))
    rig.overdub(1, True)  # beats 16..20, over silence
    rig.send(rig.looper.set_overdub(2, True, rig.beat_now(), rig.timeline, replace=True))
    rig.run_to_beat(17.0)
    rig.overdub(1, False)
    rig.send(rig.looper.set_overdub(2, False, rig.beat_now(), rig.timeline, replace=True))
    rig.run_to_beat(21.0)
    middle = slice(BEAT, 2 * BEAT)
    np.testing.assert_allclose(rig.memory.loops[0, middle], 0.25, rtol=1e-6)
    assert not rig.memory.loops[1, middle].any()
    with pytest.raises(InvalidArgument):
        verbs.feedback(rig.looper, 1, 1.5)
    assert rig.looper.track(1).settings.feedback == 0.5


def test_oneshot_plays_once_from_the_loop_start_at_the_next_bar_line_then_stops():
    rig = recorded_bar(bars=2)
    rig.stop(1)  # at beat 16
    rig.run_to_beat(17.0)
    rig.send(verbs.oneshot(rig.looper, 1, rig.beat_now(), rig.timeline))  # beats 20..28
    assert rig.looper.state(1) == (TrackState.TRIGGERED, 2)
    rig.run_to_beat(40.0)
    stored = rig.stored(BAR, 2 * BAR)
    start = 5 * BAR
    np.testing.assert_array_equal(rig.output[start : start + 2 * BAR], stored)
    assert np.abs(rig.output[start + 2 * BAR + rig.renderer.fade_frames :]).max() < 1e-9
    assert [c.state for c in rig.changes][-2:] == [TrackState.PLAYING, TrackState.STOPPED]


def test_following_the_transport_stops_at_the_bar_line_and_starts_again_in_phase():
    rig = recorded_bar()
    rig.send(verbs.transport(rig.looper, False, rig.beat_now(), rig.timeline))  # stops at beat 16
    rig.run_to_beat(18.0)
    assert rig.looper.state(1) == (TrackState.STOPPED, 1)
    rig.send(verbs.transport(rig.looper, True, rig.beat_now(), rig.timeline))  # plays from beat 20
    rig.run_to_beat(26.0)
    fade = rig.renderer.fade_frames
    assert not rig.output[4 * BAR + fade : 5 * BAR - fade].any()
    stored = rig.stored(2 * BAR, BAR)
    played = np.arange(5 * BAR, rig.frame)
    np.testing.assert_array_equal(rig.output[played], stored[played % BAR])
    assert rig.looper.state(1) == (TrackState.PLAYING, 1)


def test_with_follow_off_the_transport_leaves_the_loops_alone():
    rig = recorded_bar()
    rig.looper.follow = False
    assert verbs.transport(rig.looper, False, rig.beat_now(), rig.timeline) == []
    assert rig.looper.state(1) == (TrackState.PLAYING, 1)


def test_solo_silences_every_other_track():
    rig = Rig(tracks=3)
    effects = verbs.solo(rig.looper, 2, True)
    assert [(g.track, g.muted) for g in effects] == [(1, True), (2, False), (3, True)]  # type: ignore[union-attr]
    effects = verbs.solo(rig.looper, 2, False)
    assert not any(g.muted for g in effects)  # type: ignore[union-attr]


def half_speed_from(rig: Rig, bar_line: int, first: int) -> None:
    """From frame ``first`` on, the 1-bar ramp take played forwards at half speed, at its start at frame
    ``bar_line``: each output frame reads half a loop frame further on (to short of the seam's crossfade)."""
    frames = np.arange(first, bar_line + 2 * BAR - 2 * rig.renderer.fade_frames - 2)
    np.testing.assert_allclose(decode(rig.output[frames, 0]), 2 * BAR + (frames - bar_line) / 2.0, atol=1e-3)


def test_reverse_off_and_half_speed_on_the_same_bar_line_are_in_place_from_it():
    rig = recorded_bar()
    rig.send(verbs.reverse(rig.looper, 1, True, rig.beat_now(), rig.timeline))  # at beat 16
    rig.run_to_beat(17.0)
    rig.send(verbs.reverse(rig.looper, 1, False, rig.beat_now(), rig.timeline))  # at beat 20...
    rig.send(verbs.speed(rig.looper, 1, 0.5, rig.beat_now(), rig.timeline))  # ...and so is this
    assert rig.looper.state(1) == (TrackState.PLAYING, 2)
    rig.run_to_beat(28.0)
    # (The turn fades out before the bar line and in after it, over the renderer's fade.)
    half_speed_from(rig, 5 * BAR, 5 * BAR + rig.renderer.fade_frames)


def test_a_turn_and_a_speed_that_reach_the_renderer_after_their_bar_line_jump_into_place():
    """Asked for just before a bar line that the device has already played (its output runs ahead of the
    server's clock), a turn and a speed change are carried out a block late: the loop fades out over that
    block and comes back at its place, forwards at half speed; it does not glide there for a second."""
    rig = recorded_bar()
    rig.send(verbs.reverse(rig.looper, 1, True, rig.beat_now(), rig.timeline))  # at beat 16
    rig.run_to_beat(19.9)
    asked = rig.beat_now()
    effects = verbs.reverse(rig.looper, 1, False, asked, rig.timeline)  # at beat 20...
    effects += verbs.speed(rig.looper, 1, 0.5, asked, rig.timeline)  # ...and so is this
    rig.run_to_frame(5 * BAR + BLOCK)  # ...but the block from it has been played when they arrive
    rig.send(effects)
    rig.run_to_beat(28.0)
    fade = rig.renderer.fade_frames
    assert not rig.output[5 * BAR + 2 * BLOCK - 1].any()  # faded out over the block they arrived for
    half_speed_from(rig, 5 * BAR, 5 * BAR + 2 * BLOCK + fade)


def test_a_speed_change_due_inside_a_block_is_in_place_from_the_next_block():
    """A bar line inside a block: the block that holds it goes from the old speed to the new place (one rate
    a block), and from the next block the loop plays at half speed sample for sample, with no glide."""
    rig = Rig(seconds=12, block=700)  # (a bar is 137 blocks and 100 frames)
    rig.run_to_beat(13.0)
    rig.record(1, 1)
    rig.run_beats(1)
    rig.send(verbs.speed(rig.looper, 1, 0.5, rig.beat_now(), rig.timeline))  # at beat 16
    rig.run_to_beat(24.0)
    assert rig.looper.track(1).reshaped_at == 16.0
    after = (4 * BAR // 700 + 1) * 700
    half_speed_from(rig, 4 * BAR, after)


def test_reverse_on_and_off_again_before_its_bar_line_leaves_the_loop_playing_on_untouched():
    rig = recorded_bar()
    rig.send(verbs.reverse(rig.looper, 1, True, rig.beat_now(), rig.timeline))  # at beat 16...
    rig.send(verbs.reverse(rig.looper, 1, False, rig.beat_now(), rig.timeline))  # ...and back
    rig.run_to_beat(18.0)
    voice = rig.renderer.voices[0]
    assert not voice.reversed and voice.reverse_at == math.inf  # nothing left pending
    played = np.arange(4 * BAR - BEAT, rig.frame)
    np.testing.assert_array_equal(rig.output[played], rig.stored(2 * BAR, BAR)[played % BAR])
