"""MIDI as a server subsystem: requests checked here and handed to the MIDI process; input pushed to OSC.

The server keeps what OSC clients can ask about (which outputs exist and are bound, whether each sends
clock) and forwards the rest to the MIDI process, which owns the ports and the timing. It tells the process
whenever Link's timeline moves or the transport starts or stops, so everything the process has scheduled by
beat follows. An external clock (``--midi-clock-in``) drives Link's tempo and transport from here.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Iterable
from typing import TYPE_CHECKING

from oscserver.engine import midi_messages as mm
from oscserver.engine.midi_clock_follow import ClockFollower
from oscserver.engine.midi_schedule import VIRTUAL_PORT
from oscserver.engine.timeline import MIN_TEMPO, Timeline
from oscserver.exceptions import InvalidArgument, Overloaded, StartupError, Unavailable
from oscserver.midi import protocol as p
from oscserver.midi.backlog import Backlog
from oscserver.midi.endpoints import midi_endpoints
from oscserver.midi.ports import OutputSpec, parse_output_specs
from oscserver.midi.process import MidiProcess, ProcessFactory, ProcessHandle
from oscserver.midi.timing import TimingReport
from oscserver.osc.codec import OscArg
from oscserver.osc.registry import Endpoint, PathVar
from oscserver.osc.scheduler import MAX_HORIZON_SECONDS

if TYPE_CHECKING:
    from oscserver.link.service import LinkService
    from oscserver.osc.service import OscService
    from oscserver.server.config import ServeConfig

log = logging.getLogger(__name__)

RESTART_DELAYS = (1.0, 2.0, 5.0, 10.0, 30.0)  # after the MIDI process dies: retry, backing off


class MidiSubsystem:
    name = "midi"

    def __init__(
        self,
        config: ServeConfig,
        link: LinkService,
        osc: OscService,
        process_factory: ProcessFactory = MidiProcess,
    ) -> None:
        self._config = config
        self._process_factory = process_factory
        self._link = link
        self._osc = osc
        self._now = link.clock.now
        self.outputs: tuple[OutputSpec, ...] = parse_output_specs(config.midi_out)
        self.aliases: tuple[str, ...] = tuple(spec.alias for spec in self.outputs)
        osc.registry.add_path_var(PathVar("output", lambda: self.aliases, self._no_such_output))
        self._clock_on: dict[str, bool] = dict.fromkeys((VIRTUAL_PORT, *self.aliases), False)
        self._bound: dict[tuple[str, str], str | None] = {}  # (role, output alias or input pattern) -> port
        self._process: ProcessHandle | None = None
        self.api = "none"  # the backend in use
        self._no_backend = "no MIDI backend could be opened"  # why, when there is none
        self._realtime = False
        self._follower = ClockFollower()
        self._backlog = Backlog(self._now)
        self._listening = False
        self._stopped = False
        self._restarts = 0  # in a row, for the back-off
        self._started_at = 0.0
        self._restart: asyncio.Task[None] | None = None  # while the MIDI process is being brought back

    def endpoints(self) -> Iterable[Endpoint]:
        return midi_endpoints(self)

    # -- life cycle ----------------------------------------------------------------------------------

    async def start(self) -> None:
        if self._config.midi_api == "none":
            return
        try:
            await self._start_process()
        except Unavailable as err:
            self._no_backend = str(err)
        if self._process is None:
            if self._config.midi_api != "auto":
                raise StartupError(f"--midi-api {self._config.midi_api}: {self._no_backend}")
            log.warning("MIDI is off: %s", self._no_backend)

    async def _start_process(self) -> None:
        config = p.Configure(
            api=self._config.midi_api,
            outputs=self.outputs,
            inputs=self._config.midi_in,
            clock_in=self._config.midi_clock_in,
            log_level=self._config.log_level,
        )
        process = self._process_factory(config, self._packet, self._process_exited)
        ready = await process.start()
        if ready.api is None:
            await process.kill()
            self._no_backend = ready.error or self._no_backend
            return
        if self._stopped:  # the server stopped while this one was starting
            await process.stop()
            return
        self._process = process
        self._started_at = self._now()
        self.api = ready.api
        self._realtime = ready.realtime
        log.info("MIDI on %s: virtual output %s", ready.api, ready.virtual_output)
        if not self._listening:
            self._listening = True
            self._link.clock.on_change(self._timeline_moved)
            self._link.on_playing(self._playing_changed)
        # The whole state, so a restarted process carries on where the last one stopped.
        process.send(p.SetTimeline(self._link.timeline()))
        process.send(p.SetPlaying(self._link.playing, self._now()))
        for port, enabled in self._clock_on.items():
            if enabled:
                process.send(p.SetClock(port, True, self._now()))

    def _process_exited(self) -> None:
        lived = self._now() - self._started_at
        self._process = None
        self._bound.clear()
        if self._stopped or self._restart is not None:
            return
        if lived > 60.0:
            self._restarts = 0  # a crash after a good while is not a crash loop: start over quickly
        self._restart = asyncio.get_running_loop().create_task(self._restart_process())

    async def _restart_process(self) -> None:
        """Bring the MIDI process back, backing off while it keeps failing; until stopped."""
        try:
            while self._process is None and not self._stopped:
                delay = RESTART_DELAYS[min(self._restarts, len(RESTART_DELAYS) - 1)]
                self._restarts += 1
                log.warning("restarting the MIDI process in %g s", delay)
                await asyncio.sleep(delay)
                if self._stopped:
                    return
                try:
                    await self._start_process()
                except Unavailable as err:
                    log.error("the MIDI process did not come back: %s", err)
        finally:
            self._restart = None

    async def stop(self) -> None:
        """Every note off and every clock stopped (the MIDI process does it), then the process ends."""
        self._stopped = True
        if self._restart is not None:
            self._restart.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._restart
        if self._process is not None:
            await self._process.stop()
            self._process = None

    # -- state ---------------------------------------------------------------------------------------

    def status(self) -> list[tuple[str, OscArg]]:
        items: list[tuple[str, OscArg]] = [("midi", self.api)]
        if self._process is None:
            return items
        outputs = [self._describe("out", VIRTUAL_PORT, "")]
        outputs += [f"{s.alias}={self._describe('out', s.alias, s.pattern)}" for s in self.outputs]
        items.append(("midi_outputs", ", ".join(outputs)))
        if self._config.midi_in:
            items.append(("midi_inputs", ", ".join(self._describe("in", n, n) for n in self._config.midi_in)))
        if self._config.midi_clock_in is not None:
            clock_in = self._config.midi_clock_in
            items.append(("midi_clock_in", self._describe("clock", clock_in, clock_in)))
        items.append(("midi_clock", int(self._clock_on[VIRTUAL_PORT])))
        items.append(("midi_realtime", int(self._realtime)))
        return items

    def _describe(self, role: str, key: str, pattern: str) -> str:
        port = self._bound.get((role, key))
        return port if port is not None else f"missing ({pattern})"

    def clock_enabled(self, port: str) -> bool:
        return self._clock_on[port]

    # -- what the endpoints ask for ------------------------------------------------------------------

    def send(self, port: str, data: bytes, at: float | None) -> None:
        process = self._require(port)
        self._backlog.admit(port, self._check_horizon(at))
        process.send(p.Send(port, data, at))

    def note(
        self,
        port: str,
        channel: int,
        note: int,
        velocity: int,
        beats: float,
        quantize: float,
        at: float | None,
    ) -> None:
        process = self._require(port)
        start = self._check_horizon(at)
        # Gone by its note-off at the latest, even if the tempo drops to the slowest Link allows meanwhile.
        self._backlog.admit(port, start + (quantize + beats) * 60.0 / MIN_TEMPO, note=True)
        process.send(p.Note(port, channel, note, velocity, beats, quantize, at))

    def set_clock(self, port: str, enabled: bool) -> None:
        self._clock_on[port] = enabled
        if self._process is not None:
            self._process.send(p.SetClock(port, enabled, self._now()))

    def panic(self, port: str | None) -> None:
        process = self._require(VIRTUAL_PORT)
        ports = None if port is None else (port,)
        self._backlog.forget_notes((VIRTUAL_PORT, *self.aliases) if port is None else (port,))
        process.send(p.Panic(ports, self._now()))

    async def ports(self) -> p.Ports:
        process = self._require(VIRTUAL_PORT)
        answer: p.Ports = await process.ask(p.ListPorts)
        return answer

    async def timing(self, reset: bool) -> TimingReport:
        process = self._require(VIRTUAL_PORT)
        answer: p.Timing = await process.ask(lambda ident: p.GetTiming(ident, reset))
        return answer.report

    def _require(self, port: str) -> ProcessHandle:
        if self._process is None:
            if self._config.midi_api == "none":
                raise Unavailable("MIDI is off (the server runs with --midi-api none)")
            if self._restart is not None:
                raise Unavailable("the MIDI process stopped and is being restarted; try again shortly")
            raise Unavailable(f"MIDI is not available: {self._no_backend}")
        if port != VIRTUAL_PORT and self._bound.get(("out", port)) is None:
            pattern = next(spec.pattern for spec in self.outputs if spec.alias == port)
            raise Unavailable(f"MIDI output {port} is not connected: no port matches {pattern!r}")
        return self._process

    def _check_horizon(self, at: float | None) -> float:
        now = self._now()
        if at is not None and at - now > MAX_HORIZON_SECONDS:
            raise Overloaded(
                f"bundle timetag is {at - now:.0f} s ahead; at most {MAX_HORIZON_SECONDS:.0f} s is accepted"
            )
        return now if at is None else at

    def _no_such_output(self, segment: str) -> str:
        named = ", ".join(self.aliases) if self.aliases else "none (bind one with --midi-out ALIAS=PORT)"
        return f"no MIDI output named {segment!r}; named outputs: {named}"

    # -- what the MIDI process and Link report -------------------------------------------------------

    def _packet(self, packet: object) -> None:
        if isinstance(packet, p.Input):
            if packet.role == "clock":
                self._clock_input(packet)
            else:
                event = mm.decode(packet.data)
                if event is not None:
                    self._osc.publisher.event(event.address, event.args)
        elif isinstance(packet, p.PortState):
            self._port_state(packet)
        else:
            log.error("unexpected packet from the MIDI process: %r", packet)

    def _port_state(self, state: p.PortState) -> None:
        key = (state.role, state.key)
        known = key in self._bound
        self._bound[key] = state.port
        what = {"out": "output", "in": "input", "clock": "clock input"}[state.role]
        name = state.key or "virtual"
        if state.port is not None:
            log.info("MIDI %s %s: %s", what, name, state.port)
        elif known:
            log.warning(
                "MIDI %s %s (%s) disappeared; reconnecting when it returns", what, name, state.pattern
            )
        else:
            log.warning("MIDI %s %s: no port matches %r yet; waiting for it", what, name, state.pattern)

    def _clock_input(self, packet: p.Input) -> None:
        status = packet.data[0]
        if status == mm.CLOCK_TICK:
            tempo = self._follower.pulse(packet.time)
            if tempo is not None:
                try:
                    self._link.set_tempo(tempo)
                except InvalidArgument as err:
                    log.warning("external clock tempo ignored: %s", err)
            return
        playing = ClockFollower.transport(status)
        if playing is not None and playing != self._link.playing:
            self._link.set_playing(playing)

    def _timeline_moved(self, timeline: Timeline) -> None:
        if self._process is not None:
            self._process.send(p.SetTimeline(timeline))

    def _playing_changed(self, playing: bool) -> None:
        if self._process is not None:
            self._process.send(p.SetPlaying(playing, self._now()))
