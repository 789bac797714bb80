"""Datagrams read but not yet handled, one queue per sender, served in turn.

The kernel keeps one receive queue for the whole socket: when senders together send faster than the server
answers, it drops whatever arrives next, whoever sent it, and a flood from one client costs every other
client its requests. So the socket is drained quickly into a queue per sender (reading costs far less than
handling), each bounded, and handling takes one datagram from each sender in turn: a flooding sender
loses its own excess and waits behind itself, while a client that sends little is served at once.
"""

from __future__ import annotations

import collections
from collections.abc import Hashable
from typing import Generic, TypeVar

Sender = TypeVar("Sender", bound=Hashable)

# A sender may have this many datagrams waiting; beyond it, its newest are dropped. A tablet's burst
# (a fader moved fast) is a few dozen; more than this is a backlog the server could only answer late.
MAX_WAITING_PER_SENDER = 128
# All senders together: bytes of datagrams waiting (64 datagrams of the largest size).
MAX_WAITING_BYTES = 4 * 1024 * 1024


class FairInbox(Generic[Sender]):
    def __init__(
        self, per_sender: int = MAX_WAITING_PER_SENDER, total_bytes: int = MAX_WAITING_BYTES
    ) -> None:
        self.per_sender = per_sender
        self.total_bytes = total_bytes
        self._queues: dict[Sender, collections.deque[bytes]] = {}
        self._turns: collections.deque[Sender] = collections.deque()  # senders with something waiting
        self._bytes = 0
        self.dropped = 0

    def __len__(self) -> int:
        return len(self._turns)

    def __bool__(self) -> bool:
        return bool(self._turns)

    def put(self, sender: Sender, data: bytes) -> bool:
        """Keep ``data`` for its turn; False (and counted) when the sender's queue or the whole is full."""
        queue = self._queues.get(sender)
        if (queue is not None and len(queue) >= self.per_sender) or self._bytes + len(
            data
        ) > self.total_bytes:
            self.dropped += 1
            return False
        if queue is None:
            queue = self._queues[sender] = collections.deque()
            self._turns.append(sender)
        queue.append(data)
        self._bytes += len(data)
        return True

    def take(self) -> tuple[Sender, bytes]:
        """The oldest datagram of the sender whose turn it is; that sender then goes to the back."""
        sender = self._turns.popleft()
        queue = self._queues[sender]
        data = queue.popleft()
        self._bytes -= len(data)
        if queue:
            self._turns.append(sender)
        else:
            del self._queues[sender]
        return sender, data
