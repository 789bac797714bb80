"""In-memory stand-ins for unit tests: a peer that records what it is sent, timers on a manual clock."""

from __future__ import annotations

import heapq
import itertools
from collections.abc import Callable, Hashable
from dataclasses import dataclass, field
from typing import Any

from oscserver.engine.clock import ManualClock
from oscserver.osc.codec import Message, parse_packet


@dataclass
class RecordingPeer:
    """A Peer that keeps every datagram sent to it, decoded."""

    host: str = "127.0.0.1"
    port: int = 9000
    datagrams: list[bytes] = field(default_factory=list)
    fail: bool = False

    @property
    def key(self) -> Hashable:
        return ("udp", self.host, self.port)

    def send(self, data: bytes) -> None:
        if self.fail:
            raise ConnectionRefusedError("port unreachable")
        self.datagrams.append(data)

    def at_port(self, port: int) -> RecordingPeer:
        return RecordingPeer(self.host, port)

    @property
    def messages(self) -> list[Message]:
        return [m for d in self.datagrams for m in parse_packet(d)]

    def take(self) -> list[tuple[str, tuple[object, ...]]]:
        """Everything received since the last take, as (address, args)."""
        out = [(m.address, m.args) for m in self.messages]
        self.datagrams.clear()
        return out


class _Handle:
    def __init__(self, timers: ManualTimers, ident: int) -> None:
        self._timers = timers
        self._ident = ident

    def cancel(self) -> None:
        self._timers.cancelled.add(self._ident)


class ManualTimers:
    """``call_later`` on a ManualClock: callbacks run only when the test advances time."""

    def __init__(self, clock: ManualClock) -> None:
        self.clock = clock
        self._heap: list[tuple[float, int, Callable[[], None]]] = []
        self._ids = itertools.count()
        self.cancelled: set[int] = set()

    def call_later(self, delay: float, callback: Callable[[], None]) -> _Handle:
        ident = next(self._ids)
        heapq.heappush(self._heap, (self.clock.now() + max(delay, 0.0), ident, callback))
        return _Handle(self, ident)

    def pending(self) -> int:
        return sum(1 for _, ident, _ in self._heap if ident not in self.cancelled)

    def run_until(self, time: float) -> None:
        """Advance the clock to ``time``, running every timer due on the way, each at its own moment."""
        while self._heap and self._heap[0][0] <= time:
            due, ident, callback = heapq.heappop(self._heap)
            if ident in self.cancelled:
                self.cancelled.discard(ident)
                continue
            if due > self.clock.now():
                self.clock.advance(due - self.clock.now())
            callback()
        if time > self.clock.now():
            self.clock.advance(time - self.clock.now())

    def advance(self, seconds: float) -> None:
        self.run_until(self.clock.now() + seconds)


class FakeLoop:
    """Only what the UDP transport asks of an event loop; nothing runs unless the test calls it."""

    def __init__(self) -> None:
        self.soon: list[Callable[[], None]] = []

    def add_reader(self, fd: int, callback: Callable[[], None]) -> None:
        pass

    def remove_reader(self, fd: int) -> None:
        pass

    def add_writer(self, fd: int, callback: Callable[[], None]) -> None:
        pass

    def remove_writer(self, fd: int) -> None:
        pass

    def call_soon(self, callback: Callable[[], None], *args: Any) -> None:
        self.soon.append(callback)
