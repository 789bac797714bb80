"""Events handed from the MIDI process's loop to a JACK process callback, ahead of time, without locks.

The loop (one thread) puts ``(time, data)``; the callback (another) takes what is due in its block. The
only shared piece is a deque, whose ``append`` and ``popleft`` are atomic under the GIL. The callback moves
what arrived into a heap of its own, so that an event put "now" after one put for later still goes first,
and events put for the same time keep the order they were put in. Pure: tested on a made-up cycle.
"""

from __future__ import annotations

import heapq
import itertools
from collections import deque
from collections.abc import Callable
from typing import NamedTuple

from oscserver.midi.cycle_clock import CycleClock


class Written(NamedTuple):
    intended: float  # the host time the event was for
    stands_for: float  # the host time of the frame it was written at (one period back)
    status: int


class HandOver:
    def __init__(self) -> None:
        self._inbox: deque[tuple[float, int, bytes]] = deque()  # loop -> callback
        self._pending: list[tuple[float, int, bytes]] = []  # the callback's own heap
        self._serial = itertools.count()

    def put(self, data: bytes, when: float) -> None:
        """From the loop: ``data`` for host time ``when``."""
        self._inbox.append((when, next(self._serial), data))

    def waiting(self) -> bool:
        return bool(self._inbox or self._pending)

    def write_due(
        self,
        clock: CycleClock,
        write: Callable[[int, bytes], bool],
        report: Callable[[Written], None],
    ) -> None:
        """From the callback: ``write(offset, data)`` each event due in this block, in time order, at the
        offset of its time (a passed one at the block's start, never before an earlier one); ``write``
        returns False when the block is full, and the rest wait for the next block."""
        inbox, pending = self._inbox, self._pending
        while inbox:
            heapq.heappush(pending, inbox.popleft())
        last = 0
        while pending:
            when, _, data = pending[0]
            offset = clock.output_offset(when)
            if offset >= clock.nframes:
                return
            offset = max(offset, last)
            if not write(offset, data):
                return
            heapq.heappop(pending)
            last = offset
            report(Written(when, clock.output_time(offset), data[0]))
