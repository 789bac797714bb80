"""The routes of the control page, OSCQuery and the WebSocket (aiohttp: imported only when the page is on)."""

from __future__ import annotations

import asyncio
import json
import logging
from collections.abc import Awaitable, Callable, Iterator
from importlib import resources
from pathlib import Path
from typing import Any, Protocol
from urllib.parse import unquote

from aiohttp import hdrs, web

from oscserver.osc.service import OscService
from oscserver.web.limits import WebSocketLimits
from oscserver.web.origin import same_origin
from oscserver.web.oscquery import OscQueryTree, UnknownAttribute, host_info
from oscserver.web.waveform import LoopFrames, peaks
from oscserver.web.websocket import WebSocketSession

log = logging.getLogger("oscserver.web.server")  # (one logger for the page, whichever module speaks)

PAGE_DIRECTORY = Path(str(resources.files("oscserver.web") / "page"))
PAGE_PREFIX = "/_page/"  # the page's files: a prefix no OSC address of this server starts with
Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]


class PageState(Protocol):
    """What the routes read and keep on the :class:`~oscserver.web.server.WebServer` they serve."""

    osc_service: OscService
    instance: str
    udp_port: Callable[[], int]
    tracks: Callable[[], int]
    loop_frames: LoopFrames | None
    limits: WebSocketLimits
    sessions: set[WebSocketSession]
    serials: Iterator[int]
    refused_origins: int


class WebRoutes:
    """The handlers of one :class:`WebServer`, on its OSC service and limits."""

    def __init__(self, server: PageState) -> None:
        self._server = server

    def application(self) -> web.Application:
        app = web.Application(middlewares=[self._admit], client_max_size=64 * 1024)
        app.router.add_static(PAGE_PREFIX, PAGE_DIRECTORY)
        app.router.add_get("/waveform/{track}", self._waveform)
        app.router.add_get("/{path:.*}", self._get)
        return app

    @web.middleware
    async def _admit(self, request: web.Request, handler: Handler) -> web.StreamResponse:
        if not self._server.osc_service.access.admits(request.remote or ""):
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
            return _json(host_info(self._server.instance, self._server.udp_port()))
        tree = OscQueryTree(self._server.osc_service.registry)
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
        if (
            not text.isdigit()
            or not 1 <= int(text) <= self._server.tracks()
            or self._server.loop_frames is None
        ):
            raise web.HTTPNotFound(text=f"no track {text[:20]}")
        number, read = int(text), self._server.loop_frames
        summary = await asyncio.to_thread(lambda: peaks(read(number)))
        return _json({"track": number, "peaks": summary})

    async def _websocket(self, request: web.Request) -> web.StreamResponse:
        if not same_origin(request.headers.get(hdrs.ORIGIN), request.host):
            self._server.refused_origins += 1
            log.warning(
                "WebSocket from a page of another origin refused: %s", request.headers[hdrs.ORIGIN][:100]
            )
            raise web.HTTPForbidden(text="a WebSocket is opened only from this server's own page")
        if len(self._server.sessions) >= self._server.limits.max_connections:
            raise web.HTTPServiceUnavailable(
                text=f"the server already has {self._server.limits.max_connections} WebSocket connections"
            )
        ws = web.WebSocketResponse(
            max_msg_size=self._server.limits.max_message, heartbeat=self._server.limits.heartbeat_seconds
        )
        await ws.prepare(request)
        peername = request.transport.get_extra_info("peername") if request.transport else None
        port = int(peername[1]) if peername else 0
        session = WebSocketSession(
            ws,
            request.remote or "",
            port,
            next(self._server.serials),
            self._server.osc_service,
            lambda: OscQueryTree(self._server.osc_service.registry),
            self._server.limits,
        )
        self._server.sessions.add(session)
        try:
            await session.run()
        finally:
            self._server.sessions.discard(session)
        return ws


def _json(value: Any) -> web.Response:
    return web.Response(
        text=json.dumps(value, allow_nan=False),
        content_type="application/json",
        headers={"Cache-Control": "no-store"},
    )
