"""The Link-backed :class:`~oscserver.engine.clock.Clock`: host time, and Link's timeline as a linear piece.

aalink only tells the beat *now*. The timeline maths needs the beat at any time (when is the next bar?), so
this clock keeps a :class:`Timeline` sampled from Link and refreshes it when the tempo changes, or when a
periodic re-sample shows Link has moved it (clock corrections between peers).
"""

from __future__ import annotations

from collections.abc import Callable

from oscserver.engine.clock import host_time
from oscserver.engine.timeline import Timeline
from oscserver.link.port import LinkPort

# A re-sample that predicts the beat to within this many seconds keeps the timeline as it is: sampling itself
# is only good to a few microseconds, and replacing the timeline for noise would re-plan every timer.
DRIFT_TOLERANCE_SECONDS = 50e-6


class LinkClock:
    def __init__(self, port: LinkPort, now: Callable[[], float] = host_time) -> None:
        self._port = port
        self._now = now
        self._listeners: list[Callable[[Timeline], None]] = []
        self._timeline = self._sample()

    def now(self) -> float:
        return self._now()

    def timeline(self) -> Timeline:
        return self._timeline

    def beat(self) -> float:
        return self._timeline.beat_at(self._now())

    def on_change(self, listener: Callable[[Timeline], None]) -> None:
        self._listeners.append(listener)

    def refresh(self, force: bool = False) -> bool:
        """Re-read Link; True (and listeners told) when the timeline moved."""
        sampled = self._sample()
        current = self._timeline
        if not force and sampled.tempo == current.tempo and sampled.quantum == current.quantum:
            drift_beats = abs(current.beat_at(sampled.time) - sampled.beat)
            if drift_beats * current.seconds_per_beat <= DRIFT_TOLERANCE_SECONDS:
                return False
        self._timeline = sampled
        for listener in list(self._listeners):
            listener(sampled)
        return True

    def _sample(self) -> Timeline:
        time, beat = self._port.sample()
        return Timeline(time=time, beat=beat, tempo=self._port.tempo, quantum=self._port.quantum)
