"""The UDP socket: datagrams in, answers and pushes out, all from the server's one port.

The socket is read and written directly from the event loop (``add_reader``), not through asyncio's
datagram transport, for three reasons:

* asyncio reads one datagram per loop iteration; draining every queued datagram per wake-up more than
  doubles the rate the server can answer under load. What is read waits in a queue per sender
  (:class:`~oscserver.osc.inbox.FairInbox`) and is handled one sender at a time in turn, so a flood from one
  client delays only that client.
* ``IP_RECVERR`` is set so that a push that bounced (ICMP port unreachable) can be traced, through the
  socket's error queue, to the subscriber it was meant for.
* With ``IP_RECVERR``, Linux also reports such an error on the socket's *next* call, whatever its
  destination; asyncio's transport would drop that unrelated datagram. Here any error a call reports is
  first taken for an earlier datagram's: the error queue is read (each entry is a bounce, traced to its
  destination) and, when it held one, the send is retried or the reading goes on. Every entry must be read:
  the kernel charges them to the receive buffer, so a queue left to fill (a host unreachable is reported as
  EHOSTUNREACH, not as a refused port) would take the room of incoming datagrams, the largest first.
"""

from __future__ import annotations

import asyncio
import collections
import logging
import os
import socket
import struct
import sys
import time
from collections.abc import Callable, Hashable

from oscserver.exceptions import StartupError
from oscserver.osc.faultlog import FaultLog
from oscserver.osc.inbox import FairInbox
from oscserver.osc.peers import UdpPeer

log = logging.getLogger(__name__)

# Linux's IP_RECVERR (include/uapi/linux/in.h); the socket module does not export it.
IP_RECVERR = 11
MAX_DATAGRAM = 65_507  # the largest UDP payload over IPv4
# Datagrams read per wake-up: reading is cheap, and reading all that waits keeps the kernel's one queue
# from overflowing (it would drop any sender's datagram, not the flooder's).
MAX_READS_PER_WAKE = 1024
# Datagrams handled per turn of the event loop before timers and other sockets get theirs.
MAX_HANDLED_PER_TURN = 64
# While handling, the socket is read again every this many datagrams: a request that has just arrived then
# waits for a few handlings, not for a whole turn of them (under a flood of slow requests, tens of ms).
READ_EVERY = 8
# Kernel receive buffer: enough for a burst from a busy tablet, small enough that a flood cannot queue
# more than a few tens of milliseconds of stale requests (a fader value 300 ms late is worse than lost).
RECEIVE_BUFFER_BYTES = 256 * 1024
SEND_BUFFER_BYTES = 1024 * 1024
# Sends waiting for room in the kernel buffer; beyond this they are dropped and counted. One destination
# may hold only a share of them, so a client that never reads cannot crowd the others' answers out.
MAX_QUEUED_SENDS = 4096
MAX_QUEUED_SENDS_PER_DESTINATION = 512
# Entries read from the error queue at once: a full receive buffer holds fewer than this many (each is
# charged at least 512 bytes), and the bound keeps a queue refilled faster than it drains from trapping the
# loop; what is left re-arms the socket's error, so the next call reports it again.
MAX_ERRORS_READ = 1024
# Tries of one send whose attempts fail on earlier datagrams' bounces: each try reads the whole error queue,
# so a further failure needs a bounce that arrived since.
MAX_SEND_ATTEMPTS = 4

DatagramHandler = Callable[[bytes, UdpPeer], None]
FailureHandler = Callable[[Hashable, str], None]


class UdpTransport:
    def __init__(
        self,
        sock: socket.socket,
        loop: asyncio.AbstractEventLoop,
        on_datagram: DatagramHandler,
        on_send_failed: FailureHandler,
    ) -> None:
        self._sock = sock
        self._loop = loop
        self._on_datagram = on_datagram
        self._on_send_failed = on_send_failed
        self._queue: collections.deque[tuple[bytes, tuple[str, int]]] = collections.deque()
        self._queued_for: collections.Counter[tuple[str, int]] = collections.Counter()
        self.inbox: FairInbox[tuple[str, int]] = FairInbox()
        # A handler's unforeseen error is logged with its traceback, but a client repeating it cannot flood.
        self.faults = FaultLog(log, time.monotonic)
        self._serve_scheduled = False
        self._writing = False
        self._closed = False
        self.send_errors = 0
        self.dropped_sends = 0

    @classmethod
    async def open(
        cls, host: str, port: int, on_datagram: DatagramHandler, on_send_failed: FailureHandler
    ) -> UdpTransport:
        sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        try:
            if sys.platform.startswith("linux"):
                sock.setsockopt(socket.IPPROTO_IP, IP_RECVERR, 1)
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, RECEIVE_BUFFER_BYTES)
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_SNDBUF, SEND_BUFFER_BYTES)
            sock.bind((host, port))
        except OSError as err:
            sock.close()
            raise StartupError(f"cannot listen for OSC on {host}:{port}: {err.strerror or err}") from err
        sock.setblocking(False)
        loop = asyncio.get_running_loop()
        transport = cls(sock, loop, on_datagram, on_send_failed)
        loop.add_reader(sock.fileno(), transport._read_ready)
        return transport

    @property
    def port(self) -> int:
        return int(self._sock.getsockname()[1])

    def peer(self, address: tuple[str, int]) -> UdpPeer:
        return UdpPeer(address[0], address[1], self.sendto)

    # -- receiving -----------------------------------------------------------------------------------

    def _read_ready(self) -> None:
        self._read_waiting()
        self._serve()

    def _read_waiting(self) -> None:
        for _ in range(MAX_READS_PER_WAKE):
            try:
                data, address = self._sock.recvfrom(MAX_DATAGRAM)
            except (BlockingIOError, InterruptedError):
                return
            except OSError as err:
                if self._closed:
                    return
                if self._bounced(err):  # an earlier send's bounce, reported on this call: keep reading
                    continue
                log.warning("receiving failed: %s", err)
                return
            self.inbox.put(address, data)

    def _serve(self) -> None:
        """Handle a turn's worth of what waits, one sender at a time; the rest on the loop's next turn."""
        for handled in range(MAX_HANDLED_PER_TURN):
            if handled and handled % READ_EVERY == 0:
                self._read_waiting()  # a quiet client's datagram joins its turn without waiting for the loop
            if not self.inbox or self._closed:
                return
            address, data = self.inbox.take()
            try:
                self._on_datagram(data, self.peer(address))
            except Exception as err:  # the server never stops because of what it receives
                self.faults.fault("udp", err, "unhandled error for a datagram from %s:%s", *address)
        if self.inbox and not self._serve_scheduled:
            self._serve_scheduled = True
            self._loop.call_soon(self._serve_next_turn)

    def _serve_next_turn(self) -> None:
        self._serve_scheduled = False
        self._serve()

    # -- sending -------------------------------------------------------------------------------------

    def sendto(self, data: bytes, address: tuple[str, int]) -> None:
        if self._closed:
            return
        if self._queue:  # keep order behind what already waits for room
            self._enqueue(data, address)
            return
        for _ in range(MAX_SEND_ATTEMPTS):
            try:
                self._sock.sendto(data, address)
                return
            except (BlockingIOError, InterruptedError):
                self._enqueue(data, address)
                return
            except OSError as err:
                if not self._bounced(err):  # this send's own failure
                    self._send_failed(address, err)
                    return
                # an earlier datagram bounced, reported on this call: this one was not sent, so again
        self._send_failed(address, "bounces of earlier datagrams kept failing it")

    def _enqueue(self, data: bytes, address: tuple[str, int]) -> None:
        if (
            len(self._queue) >= MAX_QUEUED_SENDS
            or self._queued_for[address] >= MAX_QUEUED_SENDS_PER_DESTINATION
        ):
            self.dropped_sends += 1
            return
        self._queue.append((data, address))
        self._queued_for[address] += 1
        if not self._writing:
            self._writing = True
            self._loop.add_writer(self._sock.fileno(), self._write_ready)

    def _write_ready(self) -> None:
        while self._queue:
            data, address = self._queue[0]
            try:
                self._sock.sendto(data, address)
            except (BlockingIOError, InterruptedError):
                return
            except OSError as err:
                if self._bounced(err):  # an earlier datagram's bounce: this one was not sent yet
                    continue
                self._send_failed(address, err)
            self._queue.popleft()
            self._queued_for[address] -= 1
            if not self._queued_for[address]:
                del self._queued_for[address]
        self._loop.remove_writer(self._sock.fileno())
        self._writing = False

    # -- bounces ---------------------------------------------------------------------------------------

    def _send_failed(self, address: tuple[str, int], reason: object) -> None:
        self.send_errors += 1
        log.debug("send to %s:%s failed: %s", address[0], address[1], reason)

    def _bounced(self, err: OSError) -> bool:
        """Whether ``err`` was earlier datagrams' bounce reported on this call (which then did nothing).

        Every bounce waiting in the error queue is read and reported to its destination's owner. A refused
        port is always an earlier datagram's (its entry may have found no room in the queue); any other
        error is when the queue held an entry, and is this call's own otherwise.
        """
        bounces = self._drain_error_queue()
        self.send_errors += len(bounces)
        for address, reason in bounces:
            self._on_send_failed(("udp", address[0], address[1]), reason)
        return bool(bounces) or isinstance(err, ConnectionRefusedError)

    def _drain_error_queue(self) -> list[tuple[tuple[str, int], str]]:
        """The destinations whose sends bounced, and why, read from the socket's error queue (Linux)."""
        bounces: list[tuple[tuple[str, int], str]] = []
        if not hasattr(socket, "MSG_ERRQUEUE"):
            return bounces
        for _ in range(MAX_ERRORS_READ):
            try:
                _data, ancillary, _flags, address = self._sock.recvmsg(1, 1024, socket.MSG_ERRQUEUE)
            except (BlockingIOError, InterruptedError):
                break
            except OSError as err:
                log.debug("reading the error queue failed: %s", err)
                break
            if isinstance(address, tuple) and len(address) >= 2:
                bounces.append(((str(address[0]), int(address[1])), _reason(ancillary)))
        return bounces

    def stop_reading(self) -> None:
        if not self._closed:
            self._loop.remove_reader(self._sock.fileno())

    def close(self) -> None:
        if self._closed:
            return
        self._closed = True
        self._loop.remove_reader(self._sock.fileno())
        if self._writing:
            self._loop.remove_writer(self._sock.fileno())
        self._sock.close()


def _reason(ancillary: list[tuple[int, int, bytes]]) -> str:
    """The error of one error-queue entry: ``struct sock_extended_err`` starts with its errno."""
    for level, kind, data in ancillary:
        if level == socket.IPPROTO_IP and kind == IP_RECVERR and len(data) >= 4:
            return os.strerror(struct.unpack_from("=I", data)[0])
    return "the send bounced"
