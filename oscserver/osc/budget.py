"""What one packet may cost: the targets it addresses and the bytes of replies it draws.

A packet of 64 KB can hold 2,700 copies of ``/looper/*/state``; left unbounded, one datagram (whose source
may be forged) draws megabytes of replies and holds every other client up while they are made. While its
packet is carried out, the sender is a :class:`BudgetedPeer`: replies beyond the byte budget are dropped and
counted, and the service then says so in one ``/error``. Once the packet is done the budget closes, and the
same peer (kept by a subscription, or answered later by a request that takes time) sends freely again.
"""

from __future__ import annotations

from collections.abc import Hashable
from dataclasses import dataclass, field

from oscserver.osc.peers import Peer


@dataclass
class ReplyBudget:
    """The reply bytes one packet may still draw; ``dropped`` counts replies not sent for want of it."""

    left: int
    open: bool = True
    dropped: int = 0

    def spend(self, size: int) -> bool:
        """True when a reply of ``size`` bytes may go out."""
        if not self.open:
            return True
        if size > self.left:
            self.dropped += 1
            self.left = 0  # no smaller reply slips through after a larger one was held back
            return False
        self.left -= size
        return True


@dataclass(frozen=True)
class BudgetedPeer:
    """A sender whose sends are paid from its packet's :class:`ReplyBudget`, while that is open."""

    peer: Peer
    budget: ReplyBudget = field(compare=False)

    @property
    def key(self) -> Hashable:
        return self.peer.key

    @property
    def host(self) -> str:
        return self.peer.host

    @property
    def port(self) -> int:
        return self.peer.port

    def send(self, data: bytes) -> None:
        if self.budget.spend(len(data)):
            self.peer.send(data)

    def at_port(self, port: int) -> BudgetedPeer:
        # Replies aimed at another port of the same host (``/subscribe port``) are paid the same way.
        return BudgetedPeer(self.peer.at_port(port), self.budget)

    def __str__(self) -> str:
        return str(self.peer)
