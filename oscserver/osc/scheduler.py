"""Bundles with a future timetag wait here, never in the event loop: each is a timer, and there is a bound.

A bundle is carried out at its timetag (NTP time mapped onto the host clock); nothing else waits for it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from oscserver.exceptions import Overloaded

# A bundle further ahead than this is refused: it would hold a slot for longer than any performance needs.
MAX_HORIZON_SECONDS = 3600.0


class TimerHandle(Protocol):
    def cancel(self) -> None: ...


class BundleScheduler:
    def __init__(
        self, call_later: Callable[[float, Callable[[], None]], TimerHandle], limit: int = 1024
    ) -> None:
        self._call_later = call_later
        self.limit = limit
        self._pending: dict[int, TimerHandle] = {}
        self._next_id = 0
        self.refused = 0

    @property
    def pending(self) -> int:
        return len(self._pending)

    def schedule(self, delay: float, action: Callable[[], None]) -> None:
        """Run ``action`` after ``delay`` seconds, or raise :class:`Overloaded` when the bound is reached."""
        if delay > MAX_HORIZON_SECONDS:
            self.refused += 1
            raise Overloaded(
                f"bundle timetag is {delay:.0f} s ahead; at most {MAX_HORIZON_SECONDS:.0f} s is accepted"
            )
        if len(self._pending) >= self.limit:
            self.refused += 1
            raise Overloaded(f"{self.limit} bundles are already waiting for their timetags; try again later")
        ident = self._next_id
        self._next_id += 1

        def fire() -> None:
            self._pending.pop(ident, None)
            action()

        self._pending[ident] = self._call_later(max(delay, 0.0), fire)

    def cancel_all(self) -> None:
        for handle in self._pending.values():
            handle.cancel()
        self._pending.clear()
