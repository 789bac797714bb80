"""HTTP and WebSocket on ``--http-port``: the control page, OSCQuery, and OSC over a WebSocket.

aiohttp runs on the server's own event loop, so a request over HTTP or the WebSocket is served by the same
:class:`OscService` as one over UDP, with the same ``--allow``: a source outside it is cut before anything is
answered. A WebSocket is opened only from the server's own page or from a client that is not a browser (one
that sends no ``Origin``): a page elsewhere on the internet, open in a listener's browser, must not be able to
drive a server on the listener's network. A port already taken leaves the page off (said in the log, the
banner and ``/status``) rather than the server: OSC is what a set depends on.
"""

from __future__ import annotations

import itertools
import logging
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING

from oscserver.osc.codec import OscArg
from oscserver.osc.registry import Endpoint
from oscserver.osc.service import OscService
from oscserver.web.limits import WebSocketLimits
from oscserver.web.waveform import LoopFrames

if TYPE_CHECKING:
    from aiohttp import web

    from oscserver.web.websocket import WebSocketSession

log = logging.getLogger(__name__)

DEFAULT_LIMITS = WebSocketLimits()


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
        self.osc_service = osc
        self.udp_port = udp_port
        self.instance = instance
        self.loop_frames = loop_frames
        self.tracks = tracks
        self.limits = limits
        self._runner: web.AppRunner | None = None
        self.sessions: set[WebSocketSession] = set()
        self.serials: Iterator[int] = itertools.count(1)
        self.port = 0
        self._state = "off" if port == 0 else "starting"
        self.refused_origins = 0

    # -- Subsystem --------------------------------------------------------------------------------------

    def endpoints(self) -> list[Endpoint]:
        return []

    def status(self) -> list[tuple[str, OscArg]]:
        return [("http", self._state), ("websockets", len(self.sessions))]

    async def start(self) -> None:
        if self._requested_port == 0:
            return
        # aiohttp is imported only here: a server with the page off (and every test server) starts without it.
        from aiohttp import web

        from oscserver.web.routes import WebRoutes

        runner = web.AppRunner(
            WebRoutes(self).application(), access_log=None, handle_signals=False, shutdown_timeout=1.0
        )
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
        for session in list(self.sessions):
            await session.close_for_shutdown()
        await runner.cleanup()
        self._state = "stopped"
