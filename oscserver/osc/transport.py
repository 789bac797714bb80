"""The UDP socket: datagrams in, answers and pushes out, all from the server's one port.

The socket is opened by hand (not by asyncio) so that ``IP_RECVERR`` can be set and the error queue read:
that is how a push that bounced (ICMP port unreachable) is traced to the subscriber it was meant for.
"""

from __future__ import annotations

import asyncio
import logging
import socket
import sys
from collections.abc import Callable, Hashable
from typing import cast

from oscserver.exceptions import StartupError
from oscserver.osc.peers import UdpPeer

log = logging.getLogger(__name__)

# Linux's IP_RECVERR (include/uapi/linux/in.h); the socket module does not export it.
IP_RECVERR = 11
MAX_DATAGRAM = 65_507  # the largest UDP payload over IPv4

DatagramHandler = Callable[[bytes, UdpPeer], None]
FailureHandler = Callable[[Hashable, str], None]


class UdpTransport(asyncio.DatagramProtocol):
    def __init__(self, on_datagram: DatagramHandler, on_send_failed: FailureHandler) -> None:
        self._on_datagram = on_datagram
        self._on_send_failed = on_send_failed
        self._transport: asyncio.DatagramTransport | None = None
        self._sock: socket.socket | None = None
        self.send_errors = 0
        self._error_during_send = False

    @classmethod
    async def open(
        cls, host: str, port: int, on_datagram: DatagramHandler, on_send_failed: FailureHandler
    ) -> UdpTransport:
        sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        try:
            if sys.platform.startswith("linux"):
                sock.setsockopt(socket.IPPROTO_IP, IP_RECVERR, 1)
            # Bursts of pushes and floods of requests need room in the kernel's buffers.
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4 * 1024 * 1024)
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_SNDBUF, 4 * 1024 * 1024)
            sock.bind((host, port))
        except OSError as err:
            sock.close()
            raise StartupError(f"cannot listen for OSC on {host}:{port}: {err.strerror or err}") from err
        sock.setblocking(False)
        protocol = cls(on_datagram, on_send_failed)
        protocol._sock = sock
        loop = asyncio.get_running_loop()
        await loop.create_datagram_endpoint(lambda: protocol, sock=sock)
        return protocol

    @property
    def port(self) -> int:
        assert self._sock is not None
        return int(self._sock.getsockname()[1])

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self._transport = cast(asyncio.DatagramTransport, transport)

    def peer(self, address: tuple[str, int]) -> UdpPeer:
        return UdpPeer(address[0], address[1], self.sendto)

    def sendto(self, data: bytes, address: tuple[str, int]) -> None:
        if self._transport is None or self._transport.is_closing():
            return
        # An ICMP error for an EARLIER send (a subscriber that went away) is reported by the kernel on the
        # socket's next call, which may be this send to someone else: asyncio then drops this datagram and
        # calls error_received. Once that stale error is consumed, the send goes through: retry it once.
        self._error_during_send = False
        self._transport.sendto(data, address)
        if self._error_during_send:
            self._error_during_send = False
            self._transport.sendto(data, address)

    def datagram_received(self, data: bytes, addr: tuple[str, int]) -> None:
        try:
            self._on_datagram(data, self.peer(addr))
        except Exception:  # the server never stops because of what it receives
            log.exception("unhandled error for a datagram from %s:%s", *addr)

    def error_received(self, exc: Exception) -> None:
        self.send_errors += 1
        self._error_during_send = True
        for address, reason in self._drain_error_queue(exc):
            self._on_send_failed(("udp", address[0], address[1]), reason)

    def _drain_error_queue(self, exc: Exception) -> list[tuple[tuple[str, int], str]]:
        """The destinations whose sends bounced, read from the socket's error queue (Linux)."""
        failures: list[tuple[tuple[str, int], str]] = []
        if self._sock is None or not hasattr(socket, "MSG_ERRQUEUE"):
            log.debug("send error without an error queue: %s", exc)
            return failures
        for _ in range(256):  # bounded: a queue refilled faster than it drains must not trap the loop
            try:
                _data, _anc, _flags, address = self._sock.recvmsg(1, 1024, socket.MSG_ERRQUEUE)
            except (BlockingIOError, InterruptedError):
                break
            except OSError as err:
                log.debug("reading the error queue failed: %s", err)
                break
            if isinstance(address, tuple) and len(address) >= 2:
                failures.append(((str(address[0]), int(address[1])), str(exc)))
        return failures

    def close(self) -> None:
        if self._transport is not None:
            self._transport.close()
