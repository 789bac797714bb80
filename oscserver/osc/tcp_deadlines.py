"""When a TCP connection has held its slot long enough: idle, or sending a packet too slowly.

A connection slot is a scarce thing (there are 64); one that sends nothing, or one byte a second, would hold
it for ever. Sans I/O: the connection reports what it received and when, and asks whether a deadline passed.
"""

from __future__ import annotations

from dataclasses import dataclass

# A connection that sends no packet for this long is closed; clients keep a subscription alive every 5 s.
IDLE_SECONDS = 60.0
# A packet whose first byte has arrived must be whole within this time: 64 KB in 10 s is 6.5 KB/s, which
# any network a performer uses carries, and a sender dripping one byte a second is cut after 10.
FRAME_SECONDS = 10.0


@dataclass
class StreamDeadlines:
    idle_seconds: float
    frame_seconds: float
    last_packet: float  # when the connection opened or last delivered a whole packet
    frame_started: float | None = None  # when the first byte of the packet still incomplete arrived

    def received(self, now: float, packets: int, partial: bool) -> None:
        """``packets`` arrived whole at ``now``; ``partial`` when the bytes of another are still coming."""
        if packets:
            self.last_packet = now
        if not partial:
            self.frame_started = None
        elif self.frame_started is None or packets:
            self.frame_started = now

    def expired(self, now: float) -> str | None:
        """Why the connection must close now, or None."""
        if self.frame_started is not None and now - self.frame_started > self.frame_seconds:
            return (
                f"a packet took more than {self.frame_seconds:g} s to arrive: the connection is too slow "
                "to keep its slot"
            )
        if now - self.last_packet > self.idle_seconds:
            return (
                f"no packet for {self.idle_seconds:g} s: an idle connection is closed (send /ping or renew "
                "/subscribe to keep one open)"
            )
        return None
