"""The server's end of the MIDI process (:mod:`oscserver.midi.worker`): start it, command it, hear from it.

Everything here runs on the event loop: packets from the process are read by a loop reader on the socket
(no thread of the server touches rtmidi or waits on the process), and sends never block: a packet the
socket cannot take now waits in a bounded queue until the loop sees the socket writable again.
"""

from __future__ import annotations

import asyncio
import collections
import itertools
import logging
import socket
import subprocess
import sys
from collections.abc import Callable
from typing import Any, Protocol

from oscserver.exceptions import Overloaded, Unavailable
from oscserver.midi import protocol as p

log = logging.getLogger(__name__)

MAX_QUEUED_PACKETS = 10_000
# A fresh interpreter importing rtmidi takes ~1 s on a loaded 2-core machine; be generous.
START_TIMEOUT = 30.0
REQUEST_TIMEOUT = 5.0


class ProcessHandle(Protocol):
    """What the MIDI subsystem needs of its process; :class:`MidiProcess` is the real one."""

    async def start(self, timeout: float = START_TIMEOUT) -> p.Ready: ...

    def send(self, command: object) -> None: ...

    async def ask(self, make: Callable[[int], object], timeout: float = REQUEST_TIMEOUT) -> Any: ...

    async def stop(self, timeout: float = 10.0) -> None: ...

    async def kill(self, grace: float = 0.0) -> None: ...


ProcessFactory = Callable[[p.Configure, Callable[[object], None], Callable[[], None]], ProcessHandle]


class MidiProcess:
    def __init__(
        self,
        config: p.Configure,
        on_packet: Callable[[object], None],
        on_exit: Callable[[], None],
    ) -> None:
        self._config = config
        self._on_packet = on_packet
        self._on_exit = on_exit
        self._loop = asyncio.get_running_loop()
        self._sock: socket.socket | None = None
        self._process: subprocess.Popen[bytes] | None = None
        self._queued: collections.deque[bytes] = collections.deque()
        self._requests: dict[int, asyncio.Future[Any]] = {}
        self._ids = itertools.count(1)
        self._ready: asyncio.Future[p.Ready] = self._loop.create_future()
        self._bye: asyncio.Future[None] = self._loop.create_future()
        self._stopping = False

    @property
    def running(self) -> bool:
        return self._sock is not None

    async def start(self, timeout: float = START_TIMEOUT) -> p.Ready:
        ours, theirs = socket.socketpair(socket.AF_UNIX, socket.SOCK_SEQPACKET)
        try:
            self._process = subprocess.Popen(
                [sys.executable, "-m", "oscserver.midi.worker", str(theirs.fileno())],
                pass_fds=(theirs.fileno(),),
                stdin=subprocess.DEVNULL,
                stdout=subprocess.DEVNULL,  # stdout is the server's banner; the process logs to stderr
            )
        finally:
            theirs.close()
        ours.setblocking(False)
        self._sock = ours
        self._loop.add_reader(ours.fileno(), self._readable)
        self.send(self._config)
        try:
            return await asyncio.wait_for(asyncio.shield(self._ready), timeout)
        except asyncio.TimeoutError:
            await self.kill()
            raise Unavailable(f"the MIDI process did not start within {timeout:g} s") from None
        except asyncio.CancelledError:  # the server stops while this one starts: leave no process behind
            await self.kill()
            raise

    # -- to the process ------------------------------------------------------------------------------

    def send(self, command: object) -> None:
        if self._sock is None:
            raise Unavailable("the MIDI process is not running")
        data = p.encode(command)
        if self._queued:
            self._queue(data)
            return
        try:
            self._sock.send(data)
        except BlockingIOError:
            self._queue(data)
            self._loop.add_writer(self._sock.fileno(), self._writable)
        except OSError as err:
            raise Unavailable(f"the MIDI process is not reachable: {err}") from err

    def _queue(self, data: bytes) -> None:
        if len(self._queued) >= MAX_QUEUED_PACKETS:
            raise Overloaded("the MIDI process is not keeping up; try again later")
        self._queued.append(data)

    def _writable(self) -> None:
        assert self._sock is not None
        while self._queued:
            try:
                self._sock.send(self._queued[0])
            except BlockingIOError:
                return
            except OSError:
                break
            self._queued.popleft()
        self._loop.remove_writer(self._sock.fileno())

    async def ask(self, make: Callable[[int], object], timeout: float = REQUEST_TIMEOUT) -> Any:
        """Send the request ``make(id)`` builds and wait for the answer carrying that id."""
        ident = next(self._ids)
        future: asyncio.Future[Any] = self._loop.create_future()
        self._requests[ident] = future
        try:
            self.send(make(ident))
            return await asyncio.wait_for(future, timeout)
        except asyncio.TimeoutError:
            raise Unavailable(f"the MIDI process did not answer within {timeout:g} s") from None
        finally:
            self._requests.pop(ident, None)

    # -- from the process ----------------------------------------------------------------------------

    def _readable(self) -> None:
        assert self._sock is not None
        while True:
            try:
                data = self._sock.recv(p.MAX_PACKET)
            except BlockingIOError:
                return
            except OSError:
                data = b""
            if not data:
                self._closed()
                return
            try:
                self._dispatch(p.decode(data))
            except Exception:  # a listener's bug must not stop MIDI input
                log.exception("handling a packet from the MIDI process failed")

    def _dispatch(self, packet: object) -> None:
        if isinstance(packet, p.Ready):
            if packet.api is None:
                self._stopping = True  # nothing to run: the process exits, as it should
            if not self._ready.done():
                self._ready.set_result(packet)
        elif isinstance(packet, p.Ports | p.Timing):
            future = self._requests.get(packet.request)
            if future is not None and not future.done():
                future.set_result(packet)
        elif isinstance(packet, p.Bye):
            if not self._bye.done():
                self._bye.set_result(None)
        else:
            self._on_packet(packet)

    def _closed(self) -> None:
        if self._sock is not None:
            self._loop.remove_reader(self._sock.fileno())
            self._loop.remove_writer(self._sock.fileno())
            self._sock.close()
            self._sock = None
        self._queued.clear()
        for future in (self._ready, self._bye):
            if not future.done():
                future.set_exception(Unavailable("the MIDI process exited"))
                future.exception()  # retrieved: nobody may be waiting for it
        if not self._stopping:
            log.error("the MIDI process exited unexpectedly (exit status %s)", self._returncode())
            self._on_exit()

    def _returncode(self) -> int | None:
        return None if self._process is None else self._process.poll()

    # -- stopping ------------------------------------------------------------------------------------

    async def stop(self, timeout: float = 10.0) -> None:
        """Let the process release every note and stop every clock, then wait for it to exit."""
        self._stopping = True
        if self._sock is not None and not self._bye.done():  # done: it stopped on its own (SIGTERM)
            try:
                self.send(p.Shutdown())
                await asyncio.wait_for(asyncio.shield(self._bye), timeout)
            except (asyncio.TimeoutError, Unavailable, Overloaded) as err:
                log.warning("the MIDI process did not stop cleanly: %s", err or "timed out")
        await self.kill(grace=timeout)

    async def kill(self, grace: float = 0.0) -> None:
        self._stopping = True
        process = self._process
        if process is not None:
            try:
                await asyncio.to_thread(process.wait, grace)
            except subprocess.TimeoutExpired:
                process.kill()
                await asyncio.to_thread(process.wait)
        if self._sock is not None:
            self._closed()
