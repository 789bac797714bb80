"""HTTP and WebSocket on ``--http-port``: the control page, OSCQuery, and OSC over a WebSocket.

aiohttp runs on the server's own event loop, so a request over HTTP or the WebSocket is served by the same
:class:`OscService` as one over UDP, with the same ``--allow``: a source outside it is cut before anything is
answered. A WebSocket is opened only from the server's own page or from a client that is not a browser (one
that sends no ``Origin``): a page elsewhere on the internet, open in a listener's browser, must not be able to
drive a server on the listener's network. A port already taken leaves the page off (said in the log, the
banner and ``/status``) rather than the server: OSC is what a set depends on.
"""

from __future__ import annotations

import asyncio
import itertools
import json
import logging
from collections.abc import Awaitable, Callable
from importlib import resources
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

from aiohttp import hdrs, web

from oscserver.osc.codec import OscArg
from oscserver.osc.registry import Endpoint
from oscserver.osc.service import OscService
from oscserver.web.oscquery import OscQueryTree, UnknownAttribute, host_info
from oscserver.web.waveform import LoopFrames, peaks
from oscserver.web.websocket import WebSocketLimits, WebSocketSession

log = logging.getLogger(__name__)

PAGE_DIRECTORY = Path(str(resources.files("oscserver.web") / "page"))
PAGE_PREFIX = "/_page/"  # the page's files: a prefix no OSC address of this server starts with
Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]
DEFAULT_LIMITS = WebSocketLimits()


def same_origin(origin: str | None, host: str) -> bool:
    """Whether a WebSocket may open: no Origin (not a browser), or a page served by this very host:port."""
    if origin is None:
        return True
    parts = urlsplit(origin)
    return parts.scheme in ("http", "https") and bool(parts.netloc) and parts.netloc.lower() == host.lower()


class WebServer:
    """The page and OSCQuery as a subsystem: started after OSC over TCP, before the advertisement."""

    name = "http"

    def __init__(
        self,
        *,
        host: str,
        port: int,
        osc: OscService,
        udp_port: Callable[[], int],
        instance: str,
        loop_frames: LoopFrames | None = None,
        tracks: Callable[[], int] = lambda: 0,
        limits: WebSocketLimits = DEFAULT_LIMITS,
    ) -> None:
        self._host = host
        self._requested_port = port
        self._osc = osc
        self._udp_port = udp_port
        self._instance = instance
        self._loop_frames = loop_frames
        self._tracks = tracks
        self.limits = limits
        self._runner: web.AppRunner | None = None
        self._sessions: set[WebSocketSession] = set()
        self._serials = itertools.count(1)
        self.port = 0
        self._state = "off" if port == 0 else "starting"
        self.refused_origins = 0

    # -- Subsystem --------------------------------------------------------------------------------------

    def endpoints(self) -> list[Endpoint]:
        return []

    def status(self) -> list[tuple[str, OscArg]]:
        return [("http", self._state), ("websockets", len(self._sessions))]

    async def start(self) -> None:
        if self._requested_port == 0:
            return
        app = web.Application(middlewares=[self._admit], client_max_size=64 * 1024)
        app.router.add_static(PAGE_PREFIX, PAGE_DIRECTORY)
        app.router.add_get("/waveform/{track}", self._waveform)
        app.router.add_get("/{path:.*}", self._get)
        runner = web.AppRunner(app, access_log=None, handle_signals=False, shutdown_timeout=1.0)
        await runner.setup()
        site = web.TCPSite(runner, self._host, self._requested_port, reuse_address=True)
        try:
            await site.start()
        except OSError as err:
            await runner.cleanup()
            self._state = (
                f"failed: cannot listen on {self._host}:{self._requested_port}: {err.strerror or err}"
            )
            log.warning("the control page is off: %s", self._state.removeprefix("failed: "))
            return
        self._runner = runner
        self.port = int(runner.addresses[0][1])
        self._state = f"port {self.port}"

    async def stop(self) -> None:
        if self._runner is None:
            return
        runner, self._runner = self._runner, None
        for session in list(self._sessions):
            await session.close_for_shutdown()
        await runner.cleanup()
        self._state = "stopped"

    # -- requests -----------------------------------------------------------------------------------------

    @web.middleware
    async def _admit(self, request: web.Request, handler: Handler) -> web.StreamResponse:
        if not self._osc.access.admits(request.remote or ""):
            # Cut unanswered, as over UDP and TCP: an answer would tell a stranger the server is here.
            if request.transport is not None:
                request.transport.abort()
            raise web.HTTPForbidden()
        return await handler(request)

    async def _get(self, request: web.Request) -> web.StreamResponse:
        if request.headers.get(hdrs.UPGRADE, "").lower() == "websocket":
            return await self._websocket(request)
        path = "/" + unquote(request.match_info["path"])
        query = request.query_string
        if path == "/" and not query and "text/html" in request.headers.get(hdrs.ACCEPT, ""):
            return web.FileResponse(PAGE_DIRECTORY / "index.html", headers={"Cache-Control": "no-cache"})
        if query == "HOST_INFO":
            return _json(host_info(self._instance, self._udp_port()))
        tree = OscQueryTree(self._osc.registry)
        if not query:
            node = tree.node(path)
            if node is None:
                raise web.HTTPNotFound(text=f"no OSC address or container {path}")
            return _json(node)
        try:
            present, value = tree.attribute(path, query)
        except UnknownAttribute:
            raise web.HTTPBadRequest(text=f"unknown OSCQuery attribute {query[:40]}") from None
        except KeyError:
            raise web.HTTPNotFound(text=f"no OSC address or container {path}") from None
        if not present:
            return web.Response(status=204)
        return _json({query: value})

    async def _waveform(self, request: web.Request) -> web.StreamResponse:
        text = request.match_info["track"]
        if not text.isdigit() or not 1 <= int(text) <= self._tracks() or self._loop_frames is None:
            raise web.HTTPNotFound(text=f"no track {text[:20]}")
        number, read = int(text), self._loop_frames
        summary = await asyncio.to_thread(lambda: peaks(read(number)))
        return _json({"track": number, "peaks": summary})

    async def _websocket(self, request: web.Request) -> web.StreamResponse:
        if not same_origin(request.headers.get(hdrs.ORIGIN), request.host):
            self.refused_origins += 1
            log.warning(
                "WebSocket from a page of another origin refused: %s", request.headers[hdrs.ORIGIN][:100]
            )
            raise web.HTTPForbidden(text="a WebSocket is opened only from this server's own page")
        if len(self._sessions) >= self.limits.max_connections:
            raise web.HTTPServiceUnavailable(
                text=f"the server already has {self.limits.max_connections} WebSocket connections"
            )
        ws = web.WebSocketResponse(
            max_msg_size=self.limits.max_message, heartbeat=self.limits.heartbeat_seconds
        )
        await ws.prepare(request)
        peername = request.transport.get_extra_info("peername") if request.transport else None
        port = int(peername[1]) if peername else 0
        session = WebSocketSession(
            ws,
            request.remote or "",
            port,
            next(self._serials),
            self._osc,
            lambda: OscQueryTree(self._osc.registry),
            self.limits,
        )
        self._sessions.add(session)
        try:
            await session.run()
        finally:
            self._sessions.discard(session)
        return ws


def _json(value: Any) -> web.Response:
    return web.Response(
        text=json.dumps(value, allow_nan=False),
        content_type="application/json",
        headers={"Cache-Control": "no-store"},
    )
