"""Tap tempo: the tempo a musician taps, from the intervals between the last few taps.

Pure logic on times given to it (host seconds): the server passes its clock's time, tests a manual one.
A pause of more than ``reset_after`` seconds starts a new count, so a tap after a break is a first tap, not
a very slow beat. The tempo is the mean of the last ``intervals`` intervals: enough to smooth a human hand,
few enough to follow a deliberate change within a bar.
"""

from __future__ import annotations

from collections import deque

from oscserver.engine.timeline import MAX_TEMPO, MIN_TEMPO

RESET_SECONDS = 2.0
INTERVALS = 4


class TapTempo:
    def __init__(self, reset_after: float = RESET_SECONDS, intervals: int = INTERVALS) -> None:
        self.reset_after = reset_after
        self._taps: deque[float] = deque(maxlen=intervals + 1)

    def tap(self, now: float) -> float | None:
        """Count a tap at ``now``; the tempo the taps so far give (BPM), or None after a first tap.

        The tempo is kept within Link's range (a very fast double tap cannot ask for 5000 BPM)."""
        if self._taps and not 0.0 < now - self._taps[-1] <= self.reset_after:
            self._taps.clear()  # a pause (or time that went backwards): this tap starts a new count
        self._taps.append(now)
        if len(self._taps) < 2:
            return None
        mean = (self._taps[-1] - self._taps[0]) / (len(self._taps) - 1)
        return min(MAX_TEMPO, max(MIN_TEMPO, 60.0 / mean))

    @property
    def taps(self) -> int:
        """Taps in the current count."""
        return len(self._taps)
