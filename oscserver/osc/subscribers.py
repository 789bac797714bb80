"""Subscribers and pushes: who hears about changes, and how often continuous values are sent.

Each subscriber is remembered on its own (never "last sender wins"), the set is bounded, and a subscriber
whose sends fail (an ICMP port-unreachable comes back) is dropped.

The set has an instance id, a random token drawn once per server process: subscribers are not kept across
a restart, so a client that sees a new id in ``/subscribed`` knows the server it talks to started afresh.
"""

from __future__ import annotations

import logging
import secrets
from collections.abc import Callable, Hashable, Iterator, Sequence
from dataclasses import dataclass

from oscserver.exceptions import Overloaded
from oscserver.osc.codec import OscArg, encode_message
from oscserver.osc.peers import Peer

log = logging.getLogger(__name__)

# Continuous values (beat phase, meters) go out at most this often per address.
MAX_CONTINUOUS_RATE_HZ = 50.0


def new_instance_id() -> str:
    """A token naming one run of the server: 12 hex digits, so two runs practically never share one."""
    return secrets.token_hex(6)


class Subscribers:
    def __init__(self, limit: int = 64, instance: str | None = None) -> None:
        self._peers: dict[Hashable, Peer] = {}
        self.limit = limit
        self.instance = instance if instance is not None else new_instance_id()
        self.dropped = 0

    def add(self, peer: Peer) -> bool:
        """Register ``peer``; True when it is new. Subscribing twice is harmless."""
        if peer.key in self._peers:
            return False
        if len(self._peers) >= self.limit:
            raise Overloaded(f"the server already has {self.limit} subscribers; unsubscribe one first")
        self._peers[peer.key] = peer
        log.info("subscriber %s added (%d in all)", peer, len(self._peers))
        return True

    def remove(self, key: Hashable) -> bool:
        removed = self._peers.pop(key, None) is not None
        if removed:
            log.info("subscriber %s removed", key)
        return removed

    def drop(self, key: Hashable, reason: str) -> None:
        """Remove a subscriber whose sends failed."""
        if self._peers.pop(key, None) is not None:
            self.dropped += 1
            log.warning("subscriber %s dropped: %s", key, reason)

    def __contains__(self, key: Hashable) -> bool:
        return key in self._peers

    def __iter__(self) -> Iterator[Peer]:
        return iter(list(self._peers.values()))

    def __len__(self) -> int:
        return len(self._peers)


@dataclass
class _Pending:
    args: Sequence[OscArg]
    scheduled: bool = False


class Publisher:
    """Pushes state to every subscriber.

    State pushes are deduplicated: a value equal to the last one pushed at that address is not sent again,
    so a change that arrives twice (set by a request, then reported back by Link) goes out once. Continuous
    values are rate-limited per address, latest value wins.
    """

    def __init__(
        self,
        subscribers: Subscribers,
        now: Callable[[], float],
        call_later: Callable[[float, Callable[[], None]], object],
        max_rate_hz: float = MAX_CONTINUOUS_RATE_HZ,
    ) -> None:
        self._subscribers = subscribers
        self._now = now
        self._call_later = call_later
        self._min_interval = 1.0 / max_rate_hz
        self._last_state: dict[str, tuple[OscArg, ...]] = {}
        self._last_sent_at: dict[str, float] = {}
        self._pending: dict[str, _Pending] = {}
        self.sent = 0
        # Told of every push, subscribers or not (LED feedback follows values this way); quick, never raising.
        self.taps: list[Callable[[str, Sequence[OscArg]], None]] = []

    def publish(self, address: str, args: Sequence[OscArg], *, force: bool = False) -> None:
        """Push a state value; skipped when it equals the last value pushed at ``address`` (unless forced)."""
        key = tuple(args)
        if not force and self._last_state.get(address) == key:
            return
        self._last_state[address] = key
        self._send_all(address, key)

    def event(self, address: str, args: Sequence[OscArg]) -> None:
        """Push something that happened (a beat, an incoming MIDI note): always sent, never deduplicated."""
        self._send_all(address, args)

    def continuous(self, address: str, args: Sequence[OscArg]) -> None:
        """Push a continuously changing value at most ``max_rate_hz`` times a second, latest value wins."""
        now = self._now()
        pending = self._pending.get(address)
        if pending is not None and pending.scheduled:
            pending.args = args
            return
        last = self._last_sent_at.get(address)
        if last is None or now - last >= self._min_interval:
            self._last_sent_at[address] = now
            self._send_all(address, args)
            return
        self._pending[address] = _Pending(args, scheduled=True)
        self._call_later(last + self._min_interval - now, lambda: self._flush(address))

    def _flush(self, address: str) -> None:
        pending = self._pending.pop(address, None)
        if pending is None:
            return
        self._last_sent_at[address] = self._now()
        self._send_all(address, pending.args)

    def _send_all(self, address: str, args: Sequence[OscArg]) -> None:
        for tap in self.taps:
            tap(address, args)
        subscribers = list(self._subscribers)
        if not subscribers:
            return
        data = encode_message(address, args)
        for peer in subscribers:
            try:
                peer.send(data)
            except OSError as err:
                self._subscribers.drop(peer.key, str(err))
            else:
                self.sent += 1
