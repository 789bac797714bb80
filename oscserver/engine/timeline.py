"""The beat timeline: how host time maps to beats, and where bars and quantum boundaries fall.

Link's timeline is piecewise linear: between two tempo changes the beat advances at ``tempo / 60`` beats per
second. A :class:`Timeline` is one linear piece, anchored at a host time and the beat at that time.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace

# Beats are floats that come out of multiplications; a beat computed as 3.9999999999 must still count as
# beat 4 when it is a bar line. One nanobeat is far below anything audible (at 999 BPM it is 60 ps).
BEAT_EPSILON = 1e-9

MIN_TEMPO = 20.0
MAX_TEMPO = 999.0
MIN_QUANTUM = 1.0
MAX_QUANTUM = 16.0


@dataclass(frozen=True)
class Timeline:
    """One linear piece of the beat timeline.

    ``time`` is a host-clock time in seconds, ``beat`` the beat at that time, ``tempo`` in beats per minute
    and ``quantum`` the number of beats in a bar.
    """

    time: float
    beat: float
    tempo: float
    quantum: float = 4.0

    @property
    def seconds_per_beat(self) -> float:
        return 60.0 / self.tempo

    def beat_at(self, time: float) -> float:
        return self.beat + (time - self.time) * self.tempo / 60.0

    def time_at(self, beat: float) -> float:
        return self.time + (beat - self.beat) * 60.0 / self.tempo

    def with_tempo(self, tempo: float, at_time: float) -> Timeline:
        """The timeline after a tempo change at ``at_time``: the beat there is kept, the slope changes."""
        return Timeline(time=at_time, beat=self.beat_at(at_time), tempo=tempo, quantum=self.quantum)

    def with_quantum(self, quantum: float) -> Timeline:
        return replace(self, quantum=quantum)

    def bar_position(self, beat: float) -> BarPosition:
        return bar_position(beat, self.quantum)


@dataclass(frozen=True)
class BarPosition:
    """Where a beat falls, counted from 1 as musicians count: bar 1 beat 1 is beat 0.0."""

    bar: int
    beat_in_bar: int


def floor_beat(beat: float) -> int:
    """``floor`` that treats a beat within :data:`BEAT_EPSILON` below an integer as that integer."""
    return math.floor(beat + BEAT_EPSILON)


def bar_position(beat: float, quantum: float) -> BarPosition:
    bar_index = math.floor((beat + BEAT_EPSILON) / quantum)
    beat_in_bar = floor_beat(beat - bar_index * quantum)
    return BarPosition(bar=bar_index + 1, beat_in_bar=beat_in_bar + 1)


def next_boundary(beat: float, every: float, offset: float = 0.0) -> float:
    """The first beat strictly after ``beat`` that is ``offset`` plus a whole multiple of ``every``.

    "Strictly after" (beyond :data:`BEAT_EPSILON`) means an event asked for exactly on a boundary waits for
    the next one, so an answer always lies in the future of the request.
    """
    if every <= 0:
        raise ValueError(f"every must be positive, got {every}")
    steps = math.floor((beat - offset + BEAT_EPSILON) / every) + 1
    return offset + steps * every


def last_boundary(beat: float, every: float, offset: float = 0.0) -> float:
    """The last beat at or before ``beat`` that is ``offset`` plus a whole multiple of ``every``."""
    if every <= 0:
        raise ValueError(f"every must be positive, got {every}")
    steps = math.floor((beat - offset + BEAT_EPSILON) / every)
    return offset + steps * every
