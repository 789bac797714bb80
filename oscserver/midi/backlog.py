"""A bound on the MIDI messages waiting in the MIDI process, kept on the server's side.

Timed MIDI verbs schedule themselves (the bundle scheduler's bound does not apply to them), and the MIDI
process cannot refuse a request in time for an ``/error``. So the server counts what it handed over, each
with a time by which it is certainly gone (its note-off, for a note), and refuses more past the limit.
"""

from __future__ import annotations

import heapq
from collections.abc import Callable, Iterable

from oscserver.exceptions import Overloaded

LIMIT = 4096


class Backlog:
    def __init__(self, now: Callable[[], float], limit: int = LIMIT) -> None:
        self._now = now
        self.limit = limit
        self._heap: list[tuple[float, str, bool]] = []  # (gone by, port, is a note)

    def make_room(self) -> None:
        """Forget what is gone by now; raise :class:`Overloaded` if there is still no room for one more."""
        now = self._now()
        while self._heap and self._heap[0][0] <= now:
            heapq.heappop(self._heap)
        if len(self._heap) >= self.limit:
            raise Overloaded(f"{self.limit} MIDI messages are already waiting; try again later")

    def add(self, port: str, gone_by: float, note: bool = False) -> None:
        """Count one more message for ``port``, handed over after :meth:`make_room` found room."""
        heapq.heappush(self._heap, (gone_by, port, note))

    def forget_notes(self, ports: Iterable[str]) -> None:
        """A panic dropped the notes waiting on ``ports``; other messages there still go out."""
        dropped = set(ports)
        self._heap = [item for item in self._heap if not (item[2] and item[1] in dropped)]
        heapq.heapify(self._heap)

    def clear(self) -> None:
        """The MIDI process died: nothing it held will be sent."""
        self._heap.clear()

    def __len__(self) -> int:
        return len(self._heap)
