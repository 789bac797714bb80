"""Where time comes from. The engine asks a :class:`Clock`; it never reads a system clock itself.

The server runs on a Link-backed clock (``oscserver.link.clock``); tests run on :class:`ManualClock`, whose
time only moves when the test moves it, so every timing rule can be checked with exact numbers.
"""

from __future__ import annotations

import time
from typing import Protocol

from oscserver.engine.timeline import Timeline


def host_time() -> float:
    """The host clock Link uses on Linux: ``CLOCK_MONOTONIC_RAW``, in seconds.

    ``time.monotonic()`` is a different clock (NTP-slewed); mixing the two drifts by up to 500 ppm.
    """
    return time.clock_gettime(time.CLOCK_MONOTONIC_RAW)


class Clock(Protocol):
    """A source of host time and of the beat timeline in force."""

    def now(self) -> float:
        """Host time in seconds (the clock Link's timeline is expressed in)."""
        ...

    def timeline(self) -> Timeline:
        """The linear piece of the beat timeline in force now."""
        ...


class ManualClock:
    """A clock whose time and tempo change only when told to. For tests and offline rendering."""

    def __init__(self, time: float = 0.0, beat: float = 0.0, tempo: float = 120.0, quantum: float = 4.0):
        self._now = time
        self._timeline = Timeline(time=time, beat=beat, tempo=tempo, quantum=quantum)

    def now(self) -> float:
        return self._now

    def timeline(self) -> Timeline:
        return self._timeline

    def beat(self) -> float:
        return self._timeline.beat_at(self._now)

    def advance(self, seconds: float) -> None:
        if seconds < 0:
            raise ValueError("a manual clock does not go backwards")
        self._now += seconds

    def advance_to_beat(self, beat: float) -> None:
        self.advance(self._timeline.time_at(beat) - self._now)

    def set_tempo(self, tempo: float) -> None:
        """Change tempo now; the beat at this moment is kept, as Link does."""
        self._timeline = self._timeline.with_tempo(tempo, self._now)

    def set_quantum(self, quantum: float) -> None:
        self._timeline = self._timeline.with_quantum(quantum)
