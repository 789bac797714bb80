"""A step in a stream's clock, told apart from lateness: for the delay-locked loops that map an audio or MIDI
stream's frames onto the host clock.

When a stream loses frames (a sound card's xrun; JACK's driver waking late and starting its frames again at
a new phase), every block after it is heard later than the loop predicts, by the same amount. Filtered as
jitter, that step is clipped and slewed in over seconds, and taught to the loop as a rate thousands of ppm
wrong meanwhile. A late wake-up is not a step: the blocks after it are on time again; nor is a stall whose
time is made up, as by blocks back to back: its errors shrink block by block.

So a step is :data:`STEP_BLOCKS` blocks in a row that all disagree with the loop by over half a block, in
the same direction, the two least of them within half a block of each other (the others add their own
wake-ups' lateness: a Python callback waits up to the interpreter's 5 ms switch interval for the GIL). Its
size is the least of those disagreements. Six blocks: long enough that a busy machine's lateness rarely
passes for one, short enough (32 ms at 256 frames) that a step is taken before the loop has moved far.
"""

from __future__ import annotations

from collections import deque

STEP_BLOCKS = 6


class StepWatch:
    """The last blocks' disagreements, while they are over half a block, and the loop's rate from before
    them (a disturbance pulls at the rate it is learning; a step taken puts it back)."""

    def __init__(self, blocks: int = STEP_BLOCKS) -> None:
        self._outliers: deque[float] = deque(maxlen=blocks)
        self.rate_before = 0.0  # the rate handed in with the first block of the disturbance

    @property
    def disturbed(self) -> bool:
        """Whether the last block disagreed by over half a block."""
        return bool(self._outliers)

    def observe(self, error: float, period: float, rate: float, floor: float | None = None) -> float | None:
        """Take a block's disagreement (``error``, seconds; ``period``, the block's length; ``rate``, the
        loop's rate before this block teaches it, in whatever unit the loop keeps it): the step the stream
        took, once the blocks show one, else None. ``floor``: the least disagreement that counts, when the
        caller knows more than the errors do (half a block unless given)."""
        if abs(error) <= (period / 2 if floor is None else floor):
            self._outliers.clear()
            return None
        if not self._outliers:
            self.rate_before = rate
        self._outliers.append(error)
        if len(self._outliers) < (self._outliers.maxlen or 0):
            return None
        if len({e > 0.0 for e in self._outliers}) > 1:
            return None
        least, next_least = sorted(self._outliers, key=abs)[:2]
        if abs(next_least - least) > period / 2:
            return None
        return least

    def clear(self) -> None:
        self._outliers.clear()
