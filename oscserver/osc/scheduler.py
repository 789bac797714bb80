"""Bundles with a future timetag wait here, never in the event loop: each is a timer, and there are bounds.

A bundle is carried out at its timetag (NTP time mapped onto the host clock); nothing else waits for it. The
bundles of one packet are admitted together or refused together, so a packet never runs in part; and no
single sender may hold more than its share of the slots, so one client cannot lock the others out.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Hashable, Sequence
from typing import Protocol

from oscserver.exceptions import Overloaded

# A bundle further ahead than this is refused: it would hold a slot for longer than any performance needs.
MAX_HORIZON_SECONDS = 3600.0

Action = Callable[[], None]


class TimerHandle(Protocol):
    def cancel(self) -> None: ...


class BundleScheduler:
    def __init__(
        self,
        call_later: Callable[[float, Action], TimerHandle],
        limit: int = 1024,
        per_sender: int = 256,
    ) -> None:
        self._call_later = call_later
        self.limit = limit
        self.per_sender = per_sender
        self._pending: dict[int, TimerHandle] = {}
        self._held: Counter[Hashable] = Counter()  # bundles waiting, per sender
        self._next_id = 0
        self.refused = 0

    @property
    def pending(self) -> int:
        return len(self._pending)

    def waiting_for(self, sender: Hashable) -> int:
        return self._held[sender]

    def schedule_all(self, sender: Hashable, bundles: Sequence[tuple[float, Action]]) -> None:
        """Admit every ``(delay, action)`` of one packet, or none of them (:class:`Overloaded`)."""
        self._check(sender, bundles)
        for delay, action in bundles:
            self._add(sender, delay, action)

    def _check(self, sender: Hashable, bundles: Sequence[tuple[float, Action]]) -> None:
        furthest = max(delay for delay, _ in bundles)
        if furthest > MAX_HORIZON_SECONDS:
            self.refused += 1
            raise Overloaded(
                f"bundle timetag is {furthest:.0f} s ahead; at most {MAX_HORIZON_SECONDS:.0f} s is accepted"
            )
        count = len(bundles)
        if self._held[sender] + count > self.per_sender:
            self.refused += 1
            raise Overloaded(
                f"{self._held[sender]} of your bundles are already waiting and this packet adds {count}; "
                f"at most {self.per_sender} may wait per sender: nothing of it was scheduled"
            )
        if len(self._pending) + count > self.limit:
            self.refused += 1
            raise Overloaded(
                f"{len(self._pending)} bundles are already waiting for their timetags and this packet adds "
                f"{count}; at most {self.limit} may wait: nothing of it was scheduled, try again later"
            )

    def _add(self, sender: Hashable, delay: float, action: Action) -> None:
        ident = self._next_id
        self._next_id += 1
        self._held[sender] += 1

        def fire() -> None:
            if self._pending.pop(ident, None) is not None:
                self._release(sender)
            action()

        self._pending[ident] = self._call_later(max(delay, 0.0), fire)

    def _release(self, sender: Hashable) -> None:
        self._held[sender] -= 1
        if self._held[sender] <= 0:
            del self._held[sender]

    def cancel_all(self) -> None:
        for handle in self._pending.values():
            handle.cancel()
        self._pending.clear()
        self._held.clear()
