from __future__ import annotations

import math
from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from oscserver.engine.clock import ManualClock
from oscserver.engine.timeline import BarPosition, Timeline, bar_position, last_boundary, next_boundary


def test_beat_and_time_are_inverse_linear_maps() -> None:
    timeline = Timeline(time=10.0, beat=4.0, tempo=120.0)
    assert timeline.beat_at(10.0) == 4.0
    assert timeline.beat_at(11.0) == 6.0  # 120 BPM: two beats a second
    assert timeline.time_at(8.0) == 12.0
    assert timeline.time_at(0.0) == 8.0


def test_tempo_change_keeps_the_beat_at_the_moment_of_change() -> None:
    timeline = Timeline(time=0.0, beat=0.0, tempo=120.0).with_tempo(60.0, at_time=2.0)
    assert timeline.beat_at(2.0) == 4.0
    assert timeline.beat_at(3.0) == 5.0  # now one beat a second
    assert timeline.time_at(8.0) == 6.0


@pytest.mark.parametrize(
    ("beat", "quantum", "expected"),
    [
        (0.0, 4.0, BarPosition(1, 1)),
        (0.999, 4.0, BarPosition(1, 1)),
        (1.0, 4.0, BarPosition(1, 2)),
        (3.5, 4.0, BarPosition(1, 4)),
        (4.0, 4.0, BarPosition(2, 1)),
        (3.9999999999, 4.0, BarPosition(2, 1)),  # float noise just under a bar line counts as on it
        (7.0, 3.0, BarPosition(3, 2)),
        (-1.0, 4.0, BarPosition(0, 4)),  # before the first bar
    ],
)
def test_bar_positions_count_from_one(beat: float, quantum: float, expected: BarPosition) -> None:
    assert bar_position(beat, quantum) == expected


@pytest.mark.parametrize(
    ("beat", "every", "offset", "expected"),
    [
        (0.0, 1.0, 0.0, 1.0),  # exactly on a boundary: the next one
        (0.2, 1.0, 0.0, 1.0),
        (3.0, 4.0, 0.0, 4.0),
        (4.0, 4.0, 0.0, 8.0),
        (4.1, 4.0, 0.5, 4.5),
        (4.6, 4.0, 0.5, 8.5),
        (5.0, 0.25, 0.0, 5.25),
        (-0.5, 1.0, 0.0, 0.0),
    ],
)
def test_next_boundary(beat: float, every: float, offset: float, expected: float) -> None:
    assert next_boundary(beat, every, offset) == expected


def test_last_boundary() -> None:
    assert last_boundary(5.5, 4.0) == 4.0
    assert last_boundary(8.0, 4.0) == 8.0
    assert last_boundary(7.9999999999, 4.0) == 8.0


finite_beats = st.fractions(min_value=-1000, max_value=1000, max_denominator=96)
periods = st.sampled_from(
    [
        Fraction(1, 24),
        Fraction(1, 4),
        Fraction(1, 2),
        Fraction(1),
        Fraction(3),
        Fraction(4),
        Fraction(7, 2),
        Fraction(16),
    ]
)


@given(beat=finite_beats, every=periods, offset=st.fractions(min_value=-8, max_value=8, max_denominator=8))
def test_next_boundary_against_brute_force(beat: Fraction, every: Fraction, offset: Fraction) -> None:
    # Brute force in exact arithmetic: walk the grid from far below until strictly past the beat.
    k = math.floor((beat - offset) / every) - 2
    while offset + k * every <= beat:
        k += 1
    expected = offset + k * every
    assert next_boundary(float(beat), float(every), float(offset)) == pytest.approx(float(expected), abs=1e-9)


def test_manual_clock_moves_only_when_told() -> None:
    clock = ManualClock(tempo=120.0)
    assert clock.now() == 0.0 and clock.beat() == 0.0
    clock.advance(1.5)
    assert clock.beat() == 3.0
    clock.set_tempo(90.0)
    clock.advance(2.0)
    assert clock.beat() == 6.0
    clock.advance_to_beat(8.0)
    assert clock.now() == pytest.approx(3.5 + 4 / 3)
    with pytest.raises(ValueError):
        clock.advance(-1)
