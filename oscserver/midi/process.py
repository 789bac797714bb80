"""The server's end of the MIDI process (:mod:`oscserver.midi.worker`): start it, command it, hear from it.

Everything here runs on the event loop: packets from the process are read by a loop reader on the socket
(no thread of the server touches rtmidi or waits on the process), and sends never block: a packet the
socket cannot take now waits in a bounded queue until the loop sees the socket writable again.

The process's death is heard from the process itself (a pidfd, readable once it has exited), so it is
reaped at once and its exit status is known when it is reported; the socket closing is only the first
sign (a process that dropped its end of the socket but lingers is killed after a grace period).
"""

from __future__ import annotations

import asyncio
import collections
import itertools
import logging
import os
import signal
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
EXIT_GRACE = 5.0  # from the socket closing until a process that has not exited yet is killed


class ProcessHandle(Protocol):
    """What the MIDI subsystem needs of its process; :class:`MidiProcess` is the real one."""

    async def start(self, timeout: float = START_TIMEOUT) -> p.Ready: ...

    def send(self, command: object) -> None: ...

    async def ask(self, make: Callable[[int], object], timeout: float = REQUEST_TIMEOUT) -> Any: ...

    async def stop(self, timeout: float = 10.0) -> None: ...

    async def kill(self, grace: float = 0.0) -> None: ...


# (configuration, on_packet(packet), on_exit(why)): on_exit only for a process that was up and was not stopped
ProcessFactory = Callable[[p.Configure, Callable[[object], None], Callable[[str], None]], ProcessHandle]


def describe_exit(returncode: int | None) -> str:
    """``killed by SIGKILL``, ``exit status 1``: how a process ended, for the log and ``/midi/ok``."""
    if returncode is None:
        return "exit status unknown"
    if returncode < 0:
        try:
            return f"killed by {signal.Signals(-returncode).name}"
        except ValueError:
            return f"killed by signal {-returncode}"
    return f"exit status {returncode}"


class MidiProcess:
    def __init__(
        self,
        config: p.Configure,
        on_packet: Callable[[object], None],
        on_exit: Callable[[str], None],
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
        self._up = False  # it said it is ready, with a backend: its death from now on is news
        self._exit_watch: int | None = None  # a pidfd, readable once the process has exited

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
        self._watch_exit(self._process.pid)
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
                self._socket_closed()
                return
            try:
                self._dispatch(p.decode(data))
            except Exception:  # a listener's bug must not stop MIDI input
                log.exception("handling a packet from the MIDI process failed")

    def _dispatch(self, packet: object) -> None:
        if isinstance(packet, p.Ready):
            if packet.api is None:
                self._stopping = True  # nothing to run: the process exits, as it should
            else:
                self._up = True
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

    def _socket_closed(self) -> None:
        self._close_socket()
        if self._exit_watch is None:  # no pidfd on this system: the socket is all there is to go by
            self._report_exit()
        elif not self._stopping:
            self._loop.call_later(EXIT_GRACE, self._kill_if_lingering)

    def _kill_if_lingering(self) -> None:
        if self._process is not None and self._process.poll() is None:
            log.error("the MIDI process closed its socket but did not exit: killing it")
            self._process.kill()

    def _close_socket(self) -> None:
        if self._sock is not None:
            self._loop.remove_reader(self._sock.fileno())
            self._loop.remove_writer(self._sock.fileno())
            self._sock.close()
            self._sock = None
        self._queued.clear()
        waiting: list[asyncio.Future[Any]] = [self._ready, self._bye, *self._requests.values()]
        for future in waiting:
            if not future.done():
                future.set_exception(Unavailable("the MIDI process exited"))
                future.exception()  # retrieved: nobody may be waiting for it

    # -- its exit ------------------------------------------------------------------------------------

    def _watch_exit(self, pid: int) -> None:
        try:
            self._exit_watch = os.pidfd_open(pid)
        except (AttributeError, OSError):  # before Linux 5.3: only the socket closing tells
            return
        self._loop.add_reader(self._exit_watch, self._exited)

    def _unwatch_exit(self) -> None:
        if self._exit_watch is not None:
            self._loop.remove_reader(self._exit_watch)
            os.close(self._exit_watch)
            self._exit_watch = None

    def _exited(self) -> None:
        self._unwatch_exit()
        if self._sock is not None:
            self._readable()  # what it sent before it died (a Bye, say) comes first; then the end
        self._close_socket()
        self._report_exit()

    def _report_exit(self) -> None:
        returncode = None if self._process is None else self._process.poll()  # poll() reaps it
        if self._up and not self._stopping:
            self._stopping = True  # reported once
            why = describe_exit(returncode)
            log.error("the MIDI process died (%s)", why)
            self._on_exit(why)

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
        self._unwatch_exit()
        self._close_socket()
