"""How much one WebSocket connection, and all of them, may hold (a module of its own, free of aiohttp, so the
server can be configured without importing it)."""

from __future__ import annotations

from dataclasses import dataclass

MAX_OSC_PACKET = 65_507  # the largest a UDP datagram can carry: nothing sent over UDP is refused here


@dataclass(frozen=True)
class WebSocketLimits:
    max_connections: int = 32
    max_message: int = MAX_OSC_PACKET
    # Bytes of pushes waiting to be written to one connection: a few seconds of meters and beats.
    max_queued_bytes: int = 256 * 1024
    max_listens: int = 1024  # addresses one connection may LISTEN to (every address of 64 tracks fits)
    heartbeat_seconds: float = 15.0  # a phone that vanished from the Wi-Fi is noticed and its slot freed
