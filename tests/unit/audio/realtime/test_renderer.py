"""The audio callback driven directly with synthetic ramps on a manual timeline: exact frames everywhere.

At 120 BPM and 48 kHz a beat is 24000 frames and a bar (4 beats) 96000, so bar lines fall on whole frames
and every expectation below is a frame number.
"""

from __future__ import annotations

import math

import numpy as np
import pytest

from oscserver.audio.memory import Stat
from oscserver.audio.realtime.commands import Event
from oscserver.audio.sounds import calibration_signal, click
from oscserver.engine.looper import TrackState
from tests.unit.audio.audio_rig import RATE, Rig, decode, ramp, silence

BEAT = 24000
BAR = 96000


def plays(rig: Rig, first: int, last: int, take_start: int, take_frames: int, phase_frame: int) -> None:
    """Output frames [first, last) are the loop of input [take_start, +take_frames), at phase 0 on frame
    ``phase_frame``, sample for sample (seam crossfade included)."""
    stored = rig.stored(take_start, take_frames)
    frames = np.arange(first, last)
    expected = stored[(frames - phase_frame) % take_frames]
    np.testing.assert_array_equal(rig.output[first:last], expected)


@pytest.mark.parametrize("block", [128, 256, 1000])
@pytest.mark.parametrize("latency", [0, 300])
def test_record_keeps_the_previous_bar_exactly_and_plays_it_at_once_in_phase(block, latency):
    rig = Rig(block=block, latency=latency)
    rig.run_to_beat(13.0)  # a quarter into the fourth bar
    asked = rig.frame
    rig.record(1, 1)  # the bar from beat 8 to 12: heard frames 192000..288000
    assert rig.looper.state(1) == (TrackState.PLAYING, 1)
    rig.run_beats(9)
    out = rig.output
    assert not out[:asked].any()  # nothing played before the request
    fade = rig.renderer.fade_frames
    ramp_in = min(block, fade)
    # Right after the request the loop comes in, at the phase of the beat, over a short ramp...
    assert 0 < abs(out[asked + 1, 0]) < abs(rig.stored(2 * BAR + latency, BAR)[(asked + 1) % BAR, 0])
    # ...and from there on it is the take, sample for sample, locked to the bar lines.
    plays(rig, asked + ramp_in, rig.frame, 2 * BAR + latency, BAR, phase_frame=3 * BAR)


def test_a_record_request_late_in_a_bar_records_until_the_coming_bar_line():
    rig = Rig()
    rig.run_to_beat(15.2)  # 80 % into the fourth bar
    rig.record(1, 1)  # ends at the coming bar line: beats 12..16
    assert rig.looper.state(1) == (TrackState.RECORDING, 1)
    rig.run_to_beat(16.0)
    assert not rig.output.any()
    assert [c.state for c in rig.changes] == [TrackState.PLAYING]
    rig.run_beats(9)
    fade = rig.renderer.fade_frames
    start = 4 * BAR
    ramp_in = rig.output[start : start + fade, 0]
    assert abs(ramp_in[0]) < 1e-6 and np.all(np.diff(np.abs(ramp_in)) > 0)  # ramps in just after the bar line
    plays(rig, start + fade, rig.frame, 3 * BAR, BAR, phase_frame=start)


@pytest.mark.parametrize("latency", [0, 480])
def test_arm_records_the_next_bar_from_the_bar_line_and_plays_it_from_the_bar_line_after(latency):
    rig = Rig(latency=latency)
    rig.run_to_beat(5.3)
    rig.arm(1, 1)  # beats 8..12
    assert rig.looper.state(1) == (TrackState.TRIGGERED, 1)
    rig.run_to_beat(12.0)
    assert not rig.output.any()
    rig.run_beats(9)
    fade = rig.renderer.fade_frames
    plays(rig, 3 * BAR + fade, rig.frame, 2 * BAR + latency, BAR, phase_frame=3 * BAR)
    events = rig.control.events()
    assert [e[0] for e in events] == [Event.TAKE_DONE]


def test_stop_lets_the_loop_play_to_the_bar_line_then_ramps_out_and_play_brings_it_in_on_the_bar_line():
    rig = Rig(seconds=12)
    rig.run_to_beat(13.0)
    rig.record(1, 1)
    rig.run_to_beat(17.5)
    rig.stop(1)  # at beat 20
    rig.run_to_beat(21.5)
    rig.play(1)  # at beat 24
    rig.run_beats(6)
    out, fade = rig.output, rig.renderer.fade_frames
    stop, start = 5 * BAR, 6 * BAR
    plays(rig, stop - 3 * BEAT, stop, 2 * BAR, BAR, phase_frame=3 * BAR)
    expected = rig.stored(2 * BAR, BAR)
    ramp_out = out[stop : stop + fade, 0] / expected[np.arange(stop, stop + fade) % BAR, 0]
    assert ramp_out[0] == pytest.approx(1.0) and np.all(np.diff(ramp_out) < 0)
    assert not out[stop + fade : start - fade].any()
    # It comes back in just before the bar line (reading the loop's end) so the downbeat is whole.
    assert out[start - fade : start].any()
    plays(rig, start, rig.frame, 2 * BAR, BAR, phase_frame=start)


def test_a_take_stopped_while_it_was_recorded_is_kept_silent_and_plays_when_asked():
    rig = Rig(seconds=12)
    rig.run_to_beat(5.0)
    rig.arm(1, 1)  # beats 8..12
    rig.run_to_beat(9.0)
    rig.stop(1)
    rig.run_to_beat(17.0)
    assert rig.looper.state(1) == (TrackState.STOPPED, 1)
    assert not rig.output.any()
    rig.play(1)  # at beat 20
    rig.run_beats(6)
    plays(rig, 5 * BAR, rig.frame, 2 * BAR, BAR, phase_frame=5 * BAR)


def test_a_take_stopped_while_recorded_after_the_empty_track_was_cleared_is_still_kept():
    rig = Rig(seconds=12)
    rig.run_to_beat(1.0)
    rig.send(rig.looper.clear(1))  # as /looper/clear does to every track, empty ones too
    rig.run_to_beat(5.0)
    rig.arm(1, 1)  # beats 8..12
    rig.run_to_beat(9.0)
    rig.stop(1)
    rig.run_to_beat(17.0)
    assert rig.renderer.voices[0].frames == BAR
    rig.play(1)  # at beat 20
    rig.run_beats(6)
    plays(rig, 5 * BAR, rig.frame, 2 * BAR, BAR, phase_frame=5 * BAR)


def test_overdub_adds_the_input_at_the_loop_position_it_was_heard_against_from_bar_line_to_bar_line():
    latency = 300
    pulses = {15 * BEAT, 17 * BEAT + 1000, 21 * BEAT}  # before, inside, after the overdub's bars

    def source(first: int, count: int) -> np.ndarray:
        block = np.zeros((count, 2), dtype=np.float32)
        for heard in pulses:
            if first <= heard + latency < first + count:
                block[heard + latency - first] = (0.5, 0.25)
        return block

    rig = Rig(seconds=12, latency=latency, source=source)
    rig.run_to_beat(13.0)
    rig.record(1, 1)  # a bar of silence: beats 8..12
    rig.run_to_beat(14.0)
    rig.overdub(1, True)  # from beat 16
    rig.run_to_beat(19.0)
    rig.overdub(1, False)  # until beat 20
    rig.run_to_beat(34.0)
    out = rig.output[6 * BAR : 8 * BAR + BEAT]  # two cycles later, heard frames 576000..
    heard = np.flatnonzero(out[:, 0])
    # Only the pulse inside the overdub's bars, a whole number of loops later, at its exact frame.
    assert list(heard + 6 * BAR) == [17 * BEAT + 1000 + 2 * BAR, 17 * BEAT + 1000 + 3 * BAR]
    assert out[heard[0]].tolist() == [0.5, 0.25]


def test_the_seam_where_the_loop_wraps_is_crossfaded_so_it_does_not_click():
    frequency = 443.3  # a bar is not a whole number of periods: the raw seam jumps

    def sine(first: int, count: int) -> np.ndarray:
        t = np.arange(first, first + count) / RATE
        wave = 0.5 * np.sin(2 * np.pi * frequency * t)
        return np.stack([wave, wave], axis=1).astype(np.float32)

    rig = Rig(source=sine)
    rig.run_to_beat(13.0)
    rig.record(1, 1)
    rig.run_beats(10)
    step = 0.5 * 2 * np.pi * frequency / RATE  # the sine's largest change from one frame to the next
    raw = rig.input[2 * BAR : 3 * BAR, 0]
    assert abs(raw[-1] - raw[0]) > 20 * step  # without the crossfade the seam would jump
    played = rig.output[rig.frame - 2 * BAR : rig.frame, 0]  # includes two seams
    assert np.max(np.abs(np.diff(played))) < 1.5 * step


def on_the_grid(
    rig: Rig, frames: np.ndarray, take_start: int, anchor: float, loop_beats: float, lost: float = 0.0
) -> None:
    """Each output frame reads the (fractional) input frame at its beat's phase in the take; the ramp's
    float32 values are good to 1/64 of a frame. (``lost``: the seconds the device lost before them.)"""
    out = decode(rig.output[frames, 0])
    beats = np.array([rig.timeline.beat_at(Rig.heard(int(g)) + lost) for g in frames])
    phase = ((beats - anchor) / loop_beats) % 1.0
    inside = (phase * BAR > 2) & (phase * BAR < BAR - rig.renderer.fade_frames - 2)  # away from the seam
    np.testing.assert_allclose(out[inside], take_start + phase[inside] * BAR, atol=1 / 32)


def a_bar_playing() -> Rig:
    """A rig whose track 1 plays the bar of input from beat 8 (recorded at beat 13), now at beat 17."""
    rig = Rig(seconds=12)
    rig.run_to_beat(13.0)
    rig.record(1, 1)
    rig.run_to_beat(17.0)
    return rig


def read_rate(rig: Rig, frames: np.ndarray) -> float:
    """Input frames read per output frame, from a straight-line fit (leaving out the loop's wraps)."""
    out = decode(rig.output[frames, 0])
    steps = np.diff(out)
    return float(np.mean(steps[np.abs(steps - np.median(steps)) < 0.5]))


def test_a_tempo_change_keeps_the_loop_on_the_beat_and_resamples_it():
    rig = a_bar_playing()
    change = rig.frame
    rig.set_tempo(132.0)  # 10 % faster, from the next block on
    rig.run_beats(10)
    on_the_grid(rig, np.arange(change, rig.frame), 2 * BAR, anchor=8.0, loop_beats=4.0)
    # It reads the take 1.1 frames per frame: higher by 12 * log2(1.1) = 1.65 semitones.
    assert read_rate(rig, np.arange(change, rig.frame)) == pytest.approx(1.1, abs=1e-4)
    assert read_rate(rig, np.arange(change - 20000, change)) == pytest.approx(1.0, abs=1e-4)


def test_a_tempo_change_that_moves_the_beat_glides_back_onto_the_grid_without_a_jump():
    rig = a_bar_playing()
    change = rig.frame
    rig.set_tempo(132.0, at_frame=change - 480)  # decided 10 ms ago: the beat here jumps ahead
    rig.run_beats(10)
    out = decode(rig.output[:, 0])
    steps = np.diff(out[change - 256 : change + 40 * 256])
    steps = steps[np.abs(steps) < 1000]  # leave out the loop's wraps
    assert steps.min() >= 1.0 * 0.98 - 1 / 32
    assert steps.max() <= 1.1 * 1.02 + 1 / 32
    # ...and a few blocks later it is exactly on the new grid again.
    on_the_grid(rig, np.arange(change + 40 * 256, rig.frame), 2 * BAR, anchor=8.0, loop_beats=4.0)


def test_frames_lost_in_an_xrun_put_the_loop_back_on_the_beat_at_once_not_by_a_glide():
    rig = a_bar_playing()
    lost_at = rig.frame
    rig.lose(0.012)  # every frame from here on is heard 12 ms later: a 576-frame step of the beat
    rig.run_beats(4)
    assert rig.renderer.clock.resets == 1
    # The step is taken on the sixth block; the loop fades out in it and comes back in, in place, in the next.
    # (Glided at 2 %, it would have been 12 ms off the beat, and out of tune, for 115 blocks.)
    back = lost_at + 7 * rig.block + rig.renderer.fade_frames
    on_the_grid(rig, np.arange(back, rig.frame), 2 * BAR, anchor=8.0, loop_beats=4.0, lost=0.012)


def test_the_click_sounds_on_every_beat_from_its_frame_with_an_accent_on_the_bar():
    rig = Rig(source=silence)
    rig.control.set_click(True, 1.0)
    rig.run_to_beat(6.0)
    out = rig.output[:, 0]
    accent, beat = click(RATE, True), click(RATE, False)
    for index in range(6):
        wave = accent if index % 4 == 0 else beat
        np.testing.assert_array_equal(out[index * BEAT : index * BEAT + wave.size], wave)
        assert not out[index * BEAT + wave.size : (index + 1) * BEAT].any()


def test_click_volume_scales_it():
    rig = Rig(source=silence)
    rig.control.set_click(True, 0.25)
    rig.run_to_beat(0.5)
    np.testing.assert_allclose(rig.output[: click(RATE, True).size, 0], 0.25 * click(RATE, True), rtol=1e-6)


def test_clear_silences_at_once_over_a_short_ramp():
    rig = Rig()
    rig.run_to_beat(13.0)
    rig.record(1, 1)
    rig.run_beats(1)
    cleared = rig.frame
    rig.send(rig.looper.clear(1))
    rig.run_beats(2)
    out = rig.output
    fade = min(rig.block, rig.renderer.fade_frames)
    assert out[cleared].any()
    assert not out[cleared + fade :].any()
    assert rig.renderer.voices[0].frames == 0


def test_mute_and_volume_ramp_rather_than_jump():
    rig = Rig()
    rig.run_to_beat(13.0)
    rig.record(1, 1)
    rig.run_beats(1)
    changed = rig.frame
    rig.send(rig.looper.set_volume(1, 0.5))
    rig.run_beats(1)
    muted = rig.frame
    rig.send(rig.looper.set_muted(1, True))
    rig.run_beats(1)
    out, fade = rig.output, min(rig.block, rig.renderer.fade_frames)
    stored = rig.stored(2 * BAR, BAR)
    gain = out[changed : changed + 2 * fade, 0] / stored[np.arange(changed, changed + 2 * fade) % BAR, 0]
    assert gain[0] == pytest.approx(1.0, abs=3e-3) and gain[-1] == pytest.approx(0.5, abs=1e-6)
    assert np.all(np.diff(gain) <= 1e-6)
    halved = 0.5 * stored[np.arange(changed + fade, muted) % BAR]
    np.testing.assert_allclose(out[changed + fade : muted], halved)
    assert not out[muted + fade :].any()


def test_two_tracks_mix():
    rig = Rig()
    rig.run_to_beat(13.0)
    rig.record(1, 1)  # beats 8..12
    rig.record(2, 2)  # beats 4..12
    rig.run_beats(9)
    first = 13 * BEAT + 1024
    frames = np.arange(first, rig.frame)
    one = rig.stored(2 * BAR, BAR)[(frames - 3 * BAR) % BAR]
    two = rig.stored(BAR, 2 * BAR)[(frames - 3 * BAR) % (2 * BAR)]
    np.testing.assert_allclose(rig.output[first:], one + two, atol=1e-6)


def test_a_take_older_than_the_history_is_lost_and_reported():
    rig = Rig(seconds=5)
    rig.run_to_beat(13.0)  # 6.5 s: beats 0..3 are overwritten already
    rig.send(rig.looper.record(1, 1, 13.0, rig.timeline)[:0])  # (the looper would refuse; tell the renderer)
    from oscserver.engine.loop_windows import BeatSpan
    from oscserver.engine.looper import Capture

    rig.send([Capture(1, BeatSpan(0.0, 4.0), play_from=4.0, release_at=13.0)])
    rig.run_beats(1)
    assert [e[0] for e in rig.control.events()] == [Event.TAKE_LOST]
    assert not rig.output.any()


def test_calibration_plays_its_signal_alone_from_the_frame_it_reports():
    rig = Rig()
    rig.run_to_beat(1.0)
    rig.record(1, 1)
    rig.control.set_click(True, 1.0)
    rig.control.calibrate()
    start = rig.frame
    rig.run_beats(4)
    (event,) = [e for e in rig.control.events() if e[0] == Event.CALIBRATION_STARTED]
    signal = calibration_signal(RATE)
    assert (event[1], event[2]) == (start, signal.size)
    np.testing.assert_array_equal(rig.output[start : start + signal.size, 0], signal)


def test_the_output_is_always_filled_even_before_a_timeline_or_with_an_oversized_block():
    rig = Rig(block=256)
    rig.renderer.cell._cell[:] = 0.0  # nothing published
    rig.renderer.cell._seen, rig.renderer.cell._timeline = -1.0, None
    out = np.full((256, 2), 7.0, dtype=np.float32)
    rig.renderer.process(ramp(0, 256), out, 100.0)
    assert not out.any()
    big = np.full((300, 2), 7.0, dtype=np.float32)
    rig.renderer.process(ramp(0, 300), big, 100.1)
    assert not big.any()


def test_stats_report_frames_rate_and_latency():
    rig = Rig(latency=123)
    rig.run_to_beat(2.0)
    assert rig.control.stat(Stat.FRAMES) == rig.frame
    assert rig.control.stat(Stat.RATE) == pytest.approx(RATE, rel=1e-9)
    assert rig.control.stat(Stat.LATENCY_FRAMES) == 123
    assert rig.control.stat(Stat.BEAT) == pytest.approx((rig.frame - 256) / BEAT)
    read = rig.control.read_input(1000, 10)
    assert read is not None
    np.testing.assert_array_equal(read, ramp(1000, 10))


def test_meters_follow_input_output_and_tracks():
    rig = Rig()
    rig.run_to_beat(13.0)
    rig.record(1, 1)
    rig.run_beats(1)
    meters = rig.control.meters()
    assert meters[0] == pytest.approx(float(np.abs(rig.input[-256:, 0]).max()), rel=0.1)
    assert meters[2] > 0 and meters[4] > 0 and meters[5] == 0.0


def test_frames_of_a_loop_never_drift_over_many_loops():
    rig = Rig(seconds=6, block=512)
    rig.run_to_beat(5.0)
    rig.record(1, 1)  # beats 0..4
    rig.run_to_frame(200 * BEAT)  # 50 loops
    plays(rig, rig.frame - BAR, rig.frame, 0, BAR, phase_frame=0)


def test_loops_with_bar_lines_between_frames_stay_on_the_beat():
    rig = Rig(tempo=130.0)  # a beat is 22153.85 frames
    rig.run_to_beat(9.0)
    asked = rig.frame
    rig.record(1, 1)  # beats 4..8
    rig.run_beats(12)
    out = decode(rig.output[:, 0])
    frames = np.arange(asked + 256, rig.frame)
    beats = frames / RATE * 130 / 60
    phase = ((beats - 4.0) / 4.0) % 1.0
    exact = 4 * 60 / 130 * RATE
    heard_start = exact  # beat 4
    expected = heard_start + phase * exact  # the input frame heard at the same phase
    inside = (phase * exact > 2) & (phase * exact < exact - rig.renderer.fade_frames - 2)
    np.testing.assert_allclose(out[frames[inside]], expected[inside], atol=1 / 32)
    assert math.ceil(heard_start) - heard_start > 0.1  # this case really falls between frames
