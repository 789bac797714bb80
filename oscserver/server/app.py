"""The server assembled: OSC transport, endpoint registry, Link session, status, and their life cycle."""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable, Coroutine
from typing import Any

from oscserver import __version__
from oscserver.audio.sessionpart import LooperPart
from oscserver.audio.subsystem import LooperSubsystem
from oscserver.engine.clock import host_time
from oscserver.link.clock import LinkClock
from oscserver.link.endpoints import link_endpoints
from oscserver.link.port import AalinkPort, LinkPort
from oscserver.link.service import LinkService
from oscserver.link.timer import BeatTimer
from oscserver.mapping.service import MappingService
from oscserver.mapping.sessionpart import MappingPart
from oscserver.midi.sessionpart import MidiPart
from oscserver.midi.subsystem import MidiSubsystem
from oscserver.midiloop.service import MidiLoopSubsystem
from oscserver.midiloop.sessionpart import MidiLoopPart
from oscserver.osc.access import AccessPolicy
from oscserver.osc.registry import HandlerResult, Registry
from oscserver.osc.scheduler import TimerHandle
from oscserver.osc.service import OscService
from oscserver.osc.transport import UdpTransport
from oscserver.server.config import ServeConfig
from oscserver.server.core_endpoints import core_endpoints
from oscserver.server.network import network_subsystems
from oscserver.server.status import StatusBoard
from oscserver.server.subsystem import Subsystem
from oscserver.sessions.parts import LinkPart
from oscserver.sessions.service import SessionService, default_data_dir
from oscserver.sessions.store import SessionStore
from oscserver.web.waveform import loop_frames

log = logging.getLogger(__name__)


class App:
    """Everything one running server is made of. Build it inside a running event loop."""

    def __init__(
        self,
        config: ServeConfig,
        link_port: LinkPort,
        now: Callable[[], float] = host_time,
        call_later: Callable[[float, Callable[[], None]], TimerHandle] | None = None,
    ) -> None:
        loop = asyncio.get_running_loop()
        self.config = config
        self.loop = loop
        self._call_later: Callable[[float, Callable[[], None]], TimerHandle] = call_later or loop.call_later
        self.registry = Registry()
        self.status = StatusBoard()
        self.osc = OscService(
            self.registry,
            host_now=now,
            wall_now=time.time,
            call_later=self._call_later,
            create_task=self._create_task,
            access=AccessPolicy(config.allow),
        )
        clock = LinkClock(link_port, now=now)
        self.link = LinkService(
            link_port, clock, BeatTimer(clock, self._call_later), self.osc.publisher, self._call_later
        )
        self.transport: UdpTransport | None = None
        self.started_at = now()
        self._now = now

        self.registry.extend(core_endpoints(self.osc, self.status))
        self.registry.extend(link_endpoints(self.link, self.osc))
        self.status.add(self._core_status)

        # Features, in start order; each brings its endpoints and its /status lines. Sessions come last so
        # that they load into running subsystems and autosave (stopping first) while the others still run.
        self.looper = LooperSubsystem(config, self.link, self.osc, self.registry, self._call_later)
        self.midi = MidiSubsystem(config, self.link, self.osc)
        data_dir = config.data_dir or default_data_dir()
        self.mapping = MappingService(self.osc, self.midi, data_dir)
        self.midiloops = MidiLoopSubsystem(config, self.link, self.osc, self.midi, self._call_later)
        self.sessions = SessionService(
            SessionStore(data_dir),
            [
                LinkPart(self.link),
                LooperPart(self.looper),
                MidiPart(self.midi, self.osc.publisher),
                MappingPart(self.mapping),
                MidiLoopPart(self.midiloops),
            ],
            samplerate=lambda: self.looper.samplerate,
            load_at_start=config.session,
            autosave=config.autosave,
        )
        self.subsystems: list[Subsystem] = [
            *network_subsystems(config, self.osc, lambda: self.port, loop_frames(self.looper)),
            self.looper,
            self.midi,
            self.mapping,
            self.midiloops,
            self.sessions,
        ]
        self._started: list[Subsystem] = []
        for subsystem in self.subsystems:
            self.registry.extend(subsystem.endpoints())
            self.status.add(subsystem.status)

    @classmethod
    async def create(cls, config: ServeConfig) -> App:
        return cls(config, AalinkPort(config.tempo))

    def _create_task(self, coro: Coroutine[Any, Any, HandlerResult]) -> asyncio.Task[HandlerResult]:
        return self.loop.create_task(coro)

    def _core_status(self) -> list[tuple[str, Any]]:
        return [
            ("version", __version__),
            ("tempo", float(self.link.tempo)),
            ("playing", int(self.link.playing)),
            ("peers", int(self.link.peers)),
            ("beat", float(self.link.beat_now())),
            ("quantum", float(self.link.quantum)),
            ("link", int(self.link.enabled)),
            ("subscribers", len(self.osc.subscribers)),
            ("received", self.osc.stats.received),
            ("errors", self.osc.stats.errors),
            ("refused", self.osc.access.refused),
            ("pending_bundles", self.osc.scheduler.pending),
            ("uptime", round(self._now() - self.started_at, 3)),
        ]

    async def start(self) -> None:
        self.transport = await UdpTransport.open(
            self.config.host, self.config.port, self.osc.handle_datagram, self.osc.send_failed
        )
        self.link.start()
        self.link.set_quantum(self.config.quantum)
        self.link.set_start_stop_sync(self.config.start_stop_sync)
        # Our own tempo is committed while Link is still off, so that it can only ever be the tempo of a
        # session of our own: a running session we join later keeps its tempo and its start/stop.
        self.link.set_tempo(self.config.tempo)
        for subsystem in self.subsystems:
            await subsystem.start()
            self._started.append(subsystem)
        # Link last: a server that fails to start never appears in the session, and the subsystems run on
        # the local timeline until then (they follow the session's once joined, as with any peer's change).
        await self.link.join(self.config.link)

    @property
    def port(self) -> int:
        return self.transport.port if self.transport else self.config.port

    async def stop(self) -> None:
        if self.transport is not None:
            self.transport.stop_reading()  # no new requests while shutting down; pushes still go out
        self.osc.close()
        await self.osc.drain()
        # Only what started stops: a session that failed to load at start must not be autosaved over.
        while self._started:
            subsystem = self._started.pop()
            try:
                await subsystem.stop()
            except Exception:  # one failing subsystem must not keep the others from stopping cleanly
                log.exception("stopping %s failed", subsystem.name)
        self.link.close()
        if self.transport is not None:
            self.transport.close()
