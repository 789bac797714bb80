"""Things to do at given beats, in beat order.

An agenda is keyed by beat, not by time: when the tempo changes, every entry moves with the beat grid
automatically, and the caller asks again when the next entry falls due.
"""

from __future__ import annotations

import heapq
import itertools
from dataclasses import dataclass, field
from typing import Generic, TypeVar

from oscserver.engine.timeline import BEAT_EPSILON

T = TypeVar("T")


@dataclass(order=True)
class _Entry(Generic[T]):
    beat: float
    ident: int
    item: T = field(compare=False)


class BeatAgenda(Generic[T]):
    def __init__(self) -> None:
        self._heap: list[_Entry[T]] = []
        self._cancelled: set[int] = set()
        self._ids = itertools.count()

    def add(self, beat: float, item: T) -> int:
        ident = next(self._ids)
        heapq.heappush(self._heap, _Entry(beat, ident, item))
        return ident

    def cancel(self, ident: int) -> None:
        if any(entry.ident == ident for entry in self._heap):
            self._cancelled.add(ident)
            self._prune()

    def next_beat(self) -> float | None:
        self._prune()
        return self._heap[0].beat if self._heap else None

    def pop_due(self, beat_now: float) -> list[tuple[float, T]]:
        """Every entry at or before ``beat_now``, earliest first (ties in the order they were added)."""
        due: list[tuple[float, T]] = []
        while self._heap and self._heap[0].beat <= beat_now + BEAT_EPSILON:
            entry = heapq.heappop(self._heap)
            if entry.ident in self._cancelled:
                self._cancelled.discard(entry.ident)
                continue
            due.append((entry.beat, entry.item))
        return due

    def __len__(self) -> int:
        return len(self._heap) - len(self._cancelled)

    def _prune(self) -> None:
        while self._heap and self._heap[0].ident in self._cancelled:
            self._cancelled.discard(heapq.heappop(self._heap).ident)
