"""The window maths: retroactive and armed spans, frames of beats, take frames, loop positions.

Exact cases on round numbers first; then hypothesis checks each rule against a brute-force enumeration.
"""

from __future__ import annotations

import math

import numpy as np
import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from oscserver.engine.loop_windows import (
    FRAME_EPSILON,
    BeatHistory,
    BeatSpan,
    armed_span,
    first_frame_at_or_after,
    loop_position,
    retro_end,
    retro_span,
    take_frames,
)

# -- retroactive span: the 75 % rule -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("beat", "end"),
    [
        (16.0, 16.0),  # exactly on the bar line: the bars that just ended
        (16.001, 16.0),  # just after it
        (18.999, 16.0),  # just before 75 % of the bar
        (19.0, 20.0),  # at 75 %: early for the coming bar line
        (19.5, 20.0),
        (19.999, 20.0),
    ],
)
def test_a_record_request_ends_the_take_at_the_nearest_bar_line_counting_a_quarter_bar_early(beat, end):
    assert retro_end(beat, 4.0) == end


def test_retro_span_keeps_the_previous_bars():
    assert retro_span(17.3, 2, 4.0) == BeatSpan(8.0, 16.0)
    assert retro_span(19.2, 1, 4.0) == BeatSpan(16.0, 20.0)
    assert retro_span(7.0, 1, 3.0) == BeatSpan(3.0, 6.0)  # 1/3 into the bar at quantum 3


def test_armed_span_starts_at_the_next_bar_line_strictly_after_the_request():
    assert armed_span(17.3, 2, 4.0) == BeatSpan(20.0, 28.0)
    assert armed_span(16.0, 1, 4.0) == BeatSpan(20.0, 24.0)  # on a bar line: the next one


@given(
    beat=st.floats(-1000, 1000, allow_nan=False),
    quantum=st.sampled_from([1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 12.0, 16.0, 2.5]),
    bars=st.integers(1, 16),
)
def test_retro_span_matches_the_bar_line_whose_window_holds_the_request(beat, quantum, bars):
    # Brute force: every bar line near the request owns the window [line - q/4, line + 3q/4); exactly one of
    # them holds the request, and that is where the take ends.
    lines = [quantum * k for k in range(math.floor(beat / quantum) - 2, math.floor(beat / quantum) + 3)]
    owners = [line for line in lines if line - quantum / 4 <= beat < line + 3 * quantum / 4]
    assume(all(abs(beat - (line + 3 * quantum / 4)) > 1e-6 for line in lines))  # not on a window edge
    assert len(owners) == 1
    span = retro_span(beat, bars, quantum)
    assert span.end == pytest.approx(owners[0])
    assert span.beats == pytest.approx(bars * quantum)


@given(
    beat=st.floats(-1000, 1000, allow_nan=False),
    quantum=st.sampled_from([1.0, 3.0, 4.0, 7.0, 16.0, 2.5]),
    bars=st.integers(1, 16),
)
def test_armed_span_starts_at_the_first_bar_line_after_the_request(beat, quantum, bars):
    span = armed_span(beat, bars, quantum)
    assert span.start > beat
    assert span.start - quantum <= beat + 1e-9
    assert (span.start / quantum) == pytest.approx(round(span.start / quantum))
    assert span.beats == pytest.approx(bars * quantum)


# -- frames of beats -----------------------------------------------------------------------------------


def steady_history(blocks: int, block: int, beats_per_frame: float, first_beat: float = 0.0) -> BeatHistory:
    history = BeatHistory(capacity=blocks)
    for k in range(blocks):
        start = first_beat + k * block * beats_per_frame
        history.append(k * block, block, start, start + block * beats_per_frame)
    return history


def test_a_beat_is_found_at_its_exact_frame():
    history = steady_history(blocks=400, block=256, beats_per_frame=1 / 24000)  # 120 BPM at 48 kHz
    assert history.frame_of(0.0) == 0.0
    assert history.frame_of(1.0) == pytest.approx(24000.0)
    assert history.frame_of(4.0) == pytest.approx(96000.0)
    assert history.frame_of(4.0 + 0.5 / 24000) == pytest.approx(96000.5)


def test_beats_not_yet_rendered_or_forgotten_are_not_found():
    history = BeatHistory(capacity=4)
    assert history.frame_of(0.0) is None
    for k in range(10):
        history.append(k * 100, 100, k * 1.0, (k + 1) * 1.0)
    assert history.frame_of(10.0) == pytest.approx(1000.0)  # the end of the newest block
    assert history.frame_of(10.5) is None
    assert history.frame_of(6.0) == pytest.approx(600.0)  # the oldest block retained
    assert history.frame_of(5.5) is None


def test_a_beat_skipped_by_a_forward_jump_falls_on_the_first_frame_after_it():
    history = BeatHistory(capacity=8)
    history.append(0, 100, 0.0, 1.0)
    history.append(100, 100, 3.0, 4.0)  # the timeline jumped from beat 1 to beat 3
    assert history.frame_of(2.0) == 100.0
    assert history.frame_of(3.5) == pytest.approx(150.0)


def test_the_beat_of_a_frame_is_what_its_block_heard_across_a_tempo_change():
    history = BeatHistory(capacity=4)
    assert history.beat_of_frame(0) is None
    history.append(0, 100, 0.0, 1.0)
    history.append(100, 100, 1.0, 1.5)  # half the tempo
    history.append(200, 100, 1.5, 2.0)
    assert history.beat_of_frame(50) == 0.5
    assert history.beat_of_frame(150) == 1.25
    assert history.beat_of_frame(299) == 1.995
    assert history.beat_of_frame(300) is None  # not rendered yet
    history.append(300, 100, 2.0, 2.5)
    history.append(400, 100, 2.5, 3.0)  # the first block is forgotten
    assert history.start_frame == 100
    assert history.beat_of_frame(99) is None
    assert history.beat_of_frame(100) == 1.0


@given(
    tempo=st.floats(20, 999),
    rate=st.floats(7999, 192001),
    sizes=st.lists(st.sampled_from([64, 128, 256, 300, 512, 1024]), min_size=3, max_size=40),
    first_beat=st.floats(-100, 100),
    target=st.floats(0, 1),
)
def test_frame_of_beat_matches_brute_force_enumeration_of_frames(tempo, rate, sizes, first_beat, target):
    per_frame = tempo / 60.0 / rate
    history = BeatHistory(capacity=len(sizes))
    frame, beat = 0, first_beat
    blocks = []
    for size in sizes:
        history.append(frame, size, beat, beat + size * per_frame)
        blocks.append((frame, size, beat, beat + size * per_frame))
        frame += size
        beat += size * per_frame
    wanted = first_beat + target * (beat - first_beat)
    found = history.frame_of(wanted)
    assert found is not None
    # Brute force: the beat the renderer gives each frame, and the first frame at or after the beat.
    first = None
    for start, size, b0, b1 in blocks:
        for j in range(size):
            frame_beat = b0 + j * (b1 - b0) / size
            if frame_beat >= wanted - FRAME_EPSILON * (b1 - b0) / size:
                first = start + j
                break
        if first is not None:
            break
    if first is None:
        first = frame  # at the very end: the frame after the last one rendered
    assert first_frame_at_or_after(found) == first


# -- take frames and loop positions --------------------------------------------------------------------


def test_take_frames_shift_by_the_round_trip_latency():
    take = take_frames(96000.0, 192000.0, latency_frames=300)
    assert (take.start, take.stop, take.frames) == (96300, 192300, 96000)
    assert take.exact_frames == 96000.0
    assert take.offset == 0.0


def test_take_frames_between_frames_start_at_the_first_frame_after_the_bar_line():
    take = take_frames(100.25, 200.75, latency_frames=0)
    assert (take.start, take.stop) == (101, 201)
    assert take.offset == pytest.approx(0.75)
    assert take.exact_frames == pytest.approx(100.5)


def test_loop_position_is_the_phase_of_the_beat_in_the_loop():
    assert loop_position(16.0, anchor=8.0, loop_beats=8.0, exact_frames=192000.0, offset=0.0) == 0.0
    assert loop_position(18.0, anchor=8.0, loop_beats=8.0, exact_frames=192000.0, offset=0.0) == 48000.0
    assert loop_position(7.0, anchor=8.0, loop_beats=8.0, exact_frames=192000.0, offset=0.0) == 168000.0
    assert loop_position(8.0, anchor=8.0, loop_beats=4.0, exact_frames=100.5, offset=0.75) == -0.75


@given(
    tempo=st.floats(40, 300),
    latency=st.integers(0, 4800),
    start_beat=st.integers(0, 64),
    bars=st.integers(1, 4),
)
def test_a_take_replays_each_input_frame_exactly_one_loop_later(tempo, latency, start_beat, bars):
    # With the sample clock and tempo steady, frame g of the output plays the input heard at g minus one loop.
    rate = 48000
    per_frame = tempo / 60.0 / rate
    history = steady_history(blocks=4000, block=256, beats_per_frame=per_frame)
    loop_beats = 4.0 * bars
    end_beat = start_beat + loop_beats
    assume(end_beat + loop_beats < history.end_beat)
    heard_start, heard_end = history.frame_of(start_beat), history.frame_of(end_beat)
    assert heard_start is not None and heard_end is not None
    take = take_frames(heard_start, heard_end, latency)
    # Only frames away from the seam: when a loop is not a whole number of frames long, the seam between its
    # last and first stored frames is less than a frame wide, and reading there is only good to a frame.
    for heard in (take.start - latency + 1, take.start - latency + 1234, take.stop - latency - 2):
        g = heard + round(take.exact_frames)  # about one loop later
        position = loop_position(g * per_frame, start_beat, loop_beats, take.exact_frames, take.offset)
        stored = (position % take.frames) + take.start  # the input frame it reads
        expected = heard + latency + (round(take.exact_frames) - take.exact_frames)
        assert stored == pytest.approx(expected, abs=1e-5)


def test_beats_of_frames_follow_each_block_across_block_edges():
    history = BeatHistory(capacity=8)
    history.append(0, 4, 0.0, 4.0)
    history.append(4, 4, 4.0, 6.0)  # slower in the second block
    out = np.zeros(6)
    assert history.beats_of_frames(2, out)
    assert out.tolist() == [2.0, 3.0, 4.0, 4.5, 5.0, 5.5]
    assert not history.beats_of_frames(5, np.zeros(4))  # frame 8 is not rendered yet
