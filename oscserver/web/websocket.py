"""OSC over a WebSocket: binary frames are OSC packets, served exactly as datagrams; text frames are
OSCQuery's ``{"COMMAND": "LISTEN" | "IGNORE", "DATA": "/path"}``.

Each connection is a :class:`WebSocketPeer`, so ``/subscribe`` sent on it subscribes the connection (as over
TCP, a port argument means nothing here). ``LISTEN`` asks for the changes of one address only: the connection
then also holds a second, filtering subscriber that lets through the pushes of the addresses it listens to.

A browser that stops reading (a phone put to sleep) must not make the server hold its pushes: what waits to
be written to one connection is bounded, and a connection over the bound is closed; the page reconnects and
subscribes again, and so gets the whole state afresh rather than a backlog.
"""

from __future__ import annotations

import asyncio
import collections
import contextlib
import json
import logging
from collections.abc import Callable, Hashable
from dataclasses import dataclass, field
from typing import Any

from aiohttp import WSCloseCode, WSMsgType, web

from oscserver.exceptions import Overloaded
from oscserver.osc.codec import encode_message
from oscserver.osc.service import OscService
from oscserver.web.limits import MAX_OSC_PACKET as MAX_OSC_PACKET
from oscserver.web.limits import WebSocketLimits as WebSocketLimits
from oscserver.web.oscquery import OscQueryTree

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class WebSocketPeer:
    """One WebSocket connection, as the OSC service sees a sender."""

    host: str
    port: int
    serial: int
    session: WebSocketSession = field(compare=False, repr=False)

    @property
    def key(self) -> Hashable:
        return ("ws", self.host, self.port, self.serial)

    def send(self, data: bytes) -> None:
        self.session.send_packet(data)

    def at_port(self, port: int) -> WebSocketPeer:
        return self  # answers and pushes travel on the connection, whatever port is asked for

    def __str__(self) -> str:
        return f"ws:{self.host}:{self.port}"


@dataclass(frozen=True)
class ListeningPeer:
    """The subscriber of a connection's LISTENs: it passes on the pushes of the addresses listened to."""

    session: WebSocketSession = field(compare=False)
    serial: int

    @property
    def key(self) -> Hashable:
        return ("ws-listen", self.serial)

    @property
    def host(self) -> str:
        return self.session.peer.host

    @property
    def port(self) -> int:
        return self.session.peer.port

    def send(self, data: bytes) -> None:
        self.session.send_listened(data)

    def at_port(self, port: int) -> ListeningPeer:
        return self

    def __str__(self) -> str:
        return f"{self.session.peer} (listening)"


class WebSocketSession:
    def __init__(
        self,
        ws: web.WebSocketResponse,
        host: str,
        port: int,
        serial: int,
        osc: OscService,
        tree: Callable[[], OscQueryTree],
        limits: WebSocketLimits,
    ) -> None:
        self._ws = ws
        self._osc = osc
        self._tree = tree
        self._limits = limits
        self.peer = WebSocketPeer(host, port, serial, self)
        self._listener = ListeningPeer(self, serial)
        self.listening: set[str] = set()
        self._queue: collections.deque[bytes] = collections.deque()
        self._queued_bytes = 0
        self._ready = asyncio.Event()
        self._closing = False
        self.overflowed = False

    # -- output -----------------------------------------------------------------------------------------

    def send_packet(self, data: bytes) -> None:
        if self._closing:
            return
        if self._queued_bytes + len(data) > self._limits.max_queued_bytes:
            self.overflowed = True
            log.warning("%s: closed, it did not read %d bytes of pushes", self.peer, self._queued_bytes)
            self._close_soon(WSCloseCode.TRY_AGAIN_LATER, "too slow: reconnect for the current state")
            return
        self._queue.append(data)
        self._queued_bytes += len(data)
        self._ready.set()

    def send_listened(self, data: bytes) -> None:
        end = data.find(b"\0")
        address = data[:end].decode("utf-8", "replace") if end > 0 else ""
        # A connection that also subscribed whole hears every push once, as its own subscriber.
        if address in self.listening and self.peer.key not in self._osc.subscribers:
            self.send_packet(data)

    async def _write(self) -> None:
        while not self._closing:
            if not self._queue:
                self._ready.clear()
                await self._ready.wait()
                continue
            data = self._queue.popleft()
            self._queued_bytes -= len(data)
            try:
                await self._ws.send_bytes(data)
            except (ConnectionError, RuntimeError):
                return  # the connection went; the reader sees it and cleans up

    def _close_soon(self, code: int, reason: str) -> None:
        self._closing = True
        self._queue.clear()
        self._queued_bytes = 0
        self._ready.set()
        asyncio.get_running_loop().create_task(self._ws.close(code=code, message=reason.encode()))

    async def close_for_shutdown(self) -> None:
        self._closing = True
        self._ready.set()
        await self._ws.close(code=WSCloseCode.GOING_AWAY, message=b"the server is shutting down")

    # -- input ------------------------------------------------------------------------------------------

    async def run(self) -> None:
        """Serve the connection until it closes; everything it held is let go then."""
        writer = asyncio.get_running_loop().create_task(self._write())
        try:
            async for message in self._ws:
                if message.type is WSMsgType.BINARY:
                    self._osc.handle_datagram(bytes(message.data), self.peer)
                elif message.type is WSMsgType.TEXT:
                    self.command(str(message.data))
        finally:
            self._closing = True
            self._ready.set()
            writer.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await writer
            self._osc.subscribers.remove(self.peer.key)
            self._osc.subscribers.remove(self._listener.key)

    def command(self, text: str) -> None:
        """One OSCQuery command; anything else is answered with an /error and changes nothing."""
        try:
            parsed: Any = json.loads(text)
        except ValueError:
            self._refuse(
                "a text frame must be an OSCQuery command in JSON, such as "
                '{"COMMAND": "LISTEN", "DATA": "/link/tempo"}'
            )
            return
        if not isinstance(parsed, dict):
            self._refuse("an OSCQuery command is a JSON object with COMMAND and DATA")
            return
        command, path = parsed.get("COMMAND"), parsed.get("DATA")
        if command not in ("LISTEN", "IGNORE") or not isinstance(path, str):
            self._refuse(f"COMMAND must be LISTEN or IGNORE with DATA an address, got {str(command)[:40]!r}")
            return
        if command == "IGNORE":
            self.listening.discard(path)
            if not self.listening:
                self._osc.subscribers.remove(self._listener.key)
            return
        self.listen(path)

    def listen(self, path: str) -> None:
        if path in self.listening:
            return
        tree = self._tree()
        if path not in {address for address, _ in tree.addresses()}:
            self._refuse(f"LISTEN: no address {path[:200]}; GET / lists every address")
            return
        if len(self.listening) >= self._limits.max_listens:
            self._refuse(f"LISTEN: one connection may listen to at most {self._limits.max_listens} addresses")
            return
        try:
            self._osc.subscribers.add(self._listener)
        except Overloaded as err:
            self._refuse(str(err))
            return
        self.listening.add(path)
        value = tree.values().get(path)
        if value is not None:  # what it is now, so that a listener need not ask before the first change
            self.send_packet(encode_message(path, value))

    def _refuse(self, message: str) -> None:
        self._osc.send_error(self.peer, "", message)
