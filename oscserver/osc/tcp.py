"""OSC over TCP on the UDP port's number: the same contract, answers and pushes on the connection.

Each connection is a :class:`TcpPeer`, so :meth:`OscService.handle_datagram` serves its packets exactly as it
serves datagrams. ``/subscribe`` over TCP subscribes the connection (a port argument means nothing there),
and a closed connection drops its subscription. Everything a client can fill is bounded: connections, the
size of one frame, and the bytes waiting to be written to a client that does not read. The slots are kept
for the clients the server serves: a source outside ``--allow`` is cut at accept, before a byte is read or
answered; no one source holds more than a quarter of the slots; and a connection that sends nothing for a
minute, or drips a packet slower than it could be typed, is closed (:mod:`oscserver.osc.tcp_deadlines`).
"""

from __future__ import annotations

import asyncio
import itertools
import logging
import time
from collections.abc import Callable, Hashable
from dataclasses import dataclass, field
from typing import cast

from oscserver.exceptions import StartupError
from oscserver.osc.codec import OscArg, encode_message
from oscserver.osc.faultlog import FaultLog
from oscserver.osc.framing import DEFAULT_MAX_FRAME, BadFrame, Framing, StreamDecoder, StreamError, encode
from oscserver.osc.peers import Peer
from oscserver.osc.registry import Endpoint
from oscserver.osc.tcp_deadlines import FRAME_SECONDS, IDLE_SECONDS, StreamDeadlines

log = logging.getLogger(__name__)

PacketHandler = Callable[[bytes, Peer], None]
ClosedHandler = Callable[[Peer], None]


@dataclass(frozen=True)
class TcpLimits:
    max_connections: int = 64
    # One source address may hold this many: a host that opens connections in a loop leaves the rest free.
    max_per_source: int = 16
    idle_seconds: float = IDLE_SECONDS
    frame_seconds: float = FRAME_SECONDS
    check_every: float = 0.5  # seconds between looks at the deadlines of every connection
    max_frame: int = DEFAULT_MAX_FRAME
    # A client that stops reading is cut off rather than let its pushes pile up in memory.
    max_write_buffer: int = 1 << 20
    # After an error that ends a connection the server stops writing but keeps reading (and discarding) for
    # a moment: closing a socket with unread input sends a reset, which can destroy the /error in flight.
    linger_seconds: float = 2.0
    # At shutdown, how long connections get to flush what is queued for them before they are cut.
    close_seconds: float = 1.0


@dataclass(frozen=True)
class TcpPeer:
    """One TCP connection, as the OSC service sees a sender."""

    host: str
    port: int
    serial: int  # two connections are two subscribers, even from one (ip, port) to two local addresses
    connection: TcpConnection = field(compare=False, repr=False)

    @property
    def key(self) -> Hashable:
        return ("tcp", self.host, self.port, self.serial)

    def send(self, data: bytes) -> None:
        self.connection.send_packet(data)

    def at_port(self, port: int) -> TcpPeer:
        # On TCP, answers and pushes travel on the connection: ``/subscribe port`` subscribes it all the same.
        return self

    def __str__(self) -> str:
        return f"tcp:{self.host}:{self.port}"


class TcpConnection(asyncio.Protocol):
    def __init__(self, server: OscTcpServer, serial: int) -> None:
        self._server = server
        self._serial = serial
        self._limits = server.limits
        self._decoder = StreamDecoder(server.framing, server.limits.max_frame)
        self._transport: asyncio.Transport | None = None
        self.peer: TcpPeer | None = None
        self._refusal: str | None = None
        self._lingering = False
        self._linger_handle: asyncio.TimerHandle | None = None
        self._turned_away = False  # a source outside --allow: nothing is read from it or sent to it
        self._deadlines = StreamDeadlines(self._limits.idle_seconds, self._limits.frame_seconds, server.now())

    # -- asyncio callbacks -------------------------------------------------------------------------

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self._transport = cast(asyncio.Transport, transport)
        peername = transport.get_extra_info("peername") or ("?", 0)
        if not self._server.admits(str(peername[0])):
            # Cut before a byte is read or answered: an answer would tell a stranger the server is here.
            self._turned_away = True
            self._transport.abort()
            return
        self.peer = TcpPeer(str(peername[0]), int(peername[1]), self._serial, self)
        self._refusal = self._server.opened(self)
        if self._refusal is not None:
            # The refusal is sent in the client's framing, known only once it writes; a silent one is closed.
            self._linger_handle = asyncio.get_running_loop().call_later(
                self._limits.linger_seconds, self.close
            )
        log.debug("TCP connection from %s", self.peer)

    def data_received(self, data: bytes) -> None:
        if self._lingering or self._turned_away:
            return
        try:
            frames = self._decoder.feed(data)
        except StreamError as err:
            self._close_with_error(str(err))
            return
        self._deadlines.received(self._server.now(), len(frames), self._decoder.partial)
        if self._refusal is not None:
            self._close_with_error(self._refusal)
            return
        assert self.peer is not None
        for frame in frames:
            if self._lingering:
                break
            if isinstance(frame, BadFrame):
                self._send_error(frame.reason)
                continue
            try:
                self._server.on_packet(frame, self.peer)
            except Exception as err:  # the server never stops because of what it receives
                self._server.faults.fault("tcp", err, "unhandled error for a packet from %s", self.peer)

    def connection_lost(self, exc: Exception | None) -> None:
        if self._linger_handle is not None:
            self._linger_handle.cancel()
        self._server.closed(self)
        log.debug("TCP connection from %s closed%s", self.peer, f": {exc}" if exc else "")

    # -- output ------------------------------------------------------------------------------------

    @property
    def framing(self) -> Framing:
        return self._decoder.framing or Framing.LENGTH

    def send_packet(self, data: bytes) -> None:
        transport = self._transport
        if transport is None or transport.is_closing() or self._lingering:
            return
        if transport.get_write_buffer_size() > self._limits.max_write_buffer:
            log.warning("TCP client %s does not read what it is sent: closing the connection", self.peer)
            transport.abort()
            return
        transport.write(encode(self.framing, data))

    def _send_error(self, message: str, address: str = "") -> None:
        self._server.errors += 1
        args: tuple[OscArg, ...] = (address, message)
        self.send_packet(encode_message("/error", args))

    def _close_with_error(self, message: str) -> None:
        log.info("closing TCP connection from %s: %s", self.peer, message)
        self._send_error(message)
        self._lingering = True
        transport = self._transport
        if transport is None:
            return
        if transport.can_write_eof():
            transport.write_eof()  # sent once the /error is out; the client sees the end of the stream
        if self._linger_handle is not None:
            self._linger_handle.cancel()
        self._linger_handle = asyncio.get_running_loop().call_later(self._limits.linger_seconds, self.close)

    def check_deadlines(self, now: float) -> None:
        """Close the connection with an /error once it has been idle or slow for too long."""
        if self._lingering or self._turned_away:
            return
        reason = self._deadlines.expired(now)
        if reason is not None:
            self._server.timed_out += 1
            self._close_with_error(reason)

    def close(self) -> None:
        if self._transport is not None and not self._transport.is_closing():
            self._transport.close()

    def abort(self) -> None:
        if self._transport is not None:
            self._transport.abort()


class OscTcpServer:
    """The TCP listener as a subsystem of the server; it starts after the UDP socket, on its port number."""

    name = "tcp"

    def __init__(
        self,
        host: str,
        port: Callable[[], int],
        on_packet: PacketHandler,
        on_closed: ClosedHandler,
        *,
        enabled: bool = True,
        framing: Framing | None = None,
        limits: TcpLimits = TcpLimits(),
        admits: Callable[[str], bool] = lambda host: True,
    ) -> None:
        self.host = host
        self._port = port
        self.on_packet = on_packet
        self._on_closed = on_closed
        self.enabled = enabled
        self.framing = framing
        self.limits = limits
        self.admits = admits
        self.errors = 0
        self.refused = 0
        self.timed_out = 0
        # A packet's unforeseen error is logged with its traceback, but a client repeating it cannot flood.
        self.faults = FaultLog(log, time.monotonic)
        self._sweep: asyncio.TimerHandle | None = None
        self._server: asyncio.Server | None = None
        self._connections: set[TcpConnection] = set()
        self._serials = itertools.count(1)

    # -- Subsystem ---------------------------------------------------------------------------------

    def endpoints(self) -> list[Endpoint]:
        return []

    def status(self) -> list[tuple[str, OscArg]]:
        if self._server is None:
            return [("tcp", "off")]
        framing = self.framing.description if self.framing else "length-prefixed or SLIP"
        return [
            ("tcp", f"port {self.port}, {framing}"),
            ("tcp_connections", len(self._connections)),
        ]

    async def start(self) -> None:
        if not self.enabled:
            return
        port = self._port()
        loop = asyncio.get_running_loop()
        try:
            self._server = await loop.create_server(self._new_connection, self.host, port, reuse_address=True)
        except OSError as err:
            raise StartupError(
                f"cannot listen for OSC over TCP on {self.host}:{port}: {err.strerror or err} "
                "(--no-tcp runs without TCP)"
            ) from err
        self._sweep = loop.call_later(self.limits.check_every, self._check_deadlines)

    def now(self) -> float:
        return asyncio.get_running_loop().time()

    def _check_deadlines(self) -> None:
        now = self.now()
        for connection in list(self._connections):
            connection.check_deadlines(now)
        self._sweep = asyncio.get_running_loop().call_later(self.limits.check_every, self._check_deadlines)

    async def stop(self) -> None:
        if self._server is None:
            return
        if self._sweep is not None:
            self._sweep.cancel()
            self._sweep = None
        self._server.close()
        for connection in list(self._connections):
            connection.close()
        loop = asyncio.get_running_loop()
        deadline = loop.time() + self.limits.close_seconds
        while self._connections and loop.time() < deadline:
            await asyncio.sleep(0.01)
        for connection in list(self._connections):
            connection.abort()  # a client that does not read must not hold up the shutdown
        await self._server.wait_closed()
        self._server = None

    @property
    def port(self) -> int:
        if self._server is None or not self._server.sockets:
            return 0
        return int(self._server.sockets[0].getsockname()[1])

    # -- connections -------------------------------------------------------------------------------

    def _new_connection(self) -> TcpConnection:
        return TcpConnection(self, next(self._serials))

    def opened(self, connection: TcpConnection) -> str | None:
        """Register a new connection; the reason it is refused, or None."""
        if len(self._connections) >= self.limits.max_connections:
            self.refused += 1
            return (
                f"the server already has {self.limits.max_connections} TCP connections; close one or use UDP"
            )
        host = connection.peer.host if connection.peer is not None else ""
        if sum(1 for c in self._connections if c.peer is not None and c.peer.host == host) >= (
            self.limits.max_per_source
        ):
            self.refused += 1
            return (
                f"{host} already has {self.limits.max_per_source} TCP connections, the most one address may "
                "hold; close one or use UDP"
            )
        self._connections.add(connection)
        return None

    def closed(self, connection: TcpConnection) -> None:
        if connection in self._connections:
            self._connections.discard(connection)
            if connection.peer is not None:
                self._on_closed(connection.peer)
