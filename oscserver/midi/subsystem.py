"""MIDI as a server subsystem: requests checked here and handed to the MIDI process; input pushed to OSC.

The server keeps what OSC clients can ask about (which outputs exist and are bound, whether each sends
clock) and forwards the rest to the MIDI process, which owns the ports and the timing. It tells the process
whenever Link's timeline moves or the transport starts or stops, so everything the process has scheduled by
beat follows. An external clock (``--midi-clock-in``) drives Link's tempo and transport from here.

When the process dies (:mod:`oscserver.midi.supervisor` hears of it and brings another), ``/midi/ok 0`` is
pushed and sends are refused; the new one is given the whole state and releases what the dead one may have
left sounding, and ``/midi/ok 1`` is pushed. The same when the process's JACK server goes away and comes
back (the process itself reopens its ports then): MIDI is down meanwhile, whatever process runs.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
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
from oscserver.midi.supervisor import MidiSupervisor
from oscserver.midi.timing import TimingReport
from oscserver.osc.codec import OscArg
from oscserver.osc.registry import Endpoint, PathVar, Reply
from oscserver.osc.scheduler import MAX_HORIZON_SECONDS

if TYPE_CHECKING:
    from oscserver.link.service import LinkService
    from oscserver.osc.service import OscService
    from oscserver.server.config import ServeConfig

log = logging.getLogger(__name__)


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
        self._link = link
        self._osc = osc
        self._now = link.clock.now
        self.outputs: tuple[OutputSpec, ...] = parse_output_specs(config.midi_out)
        self.aliases: tuple[str, ...] = tuple(spec.alias for spec in self.outputs)
        osc.registry.add_path_var(PathVar("output", lambda: self.aliases, self._no_such_output))
        self._clock_on: dict[str, bool] = dict.fromkeys((VIRTUAL_PORT, *self.aliases), False)
        self._bound: dict[tuple[str, str], str | None] = {}  # (role, output alias or input pattern) -> port
        self.api = "none"  # the backend in use
        self._realtime = False
        self._follower = ClockFollower()
        self._backlog = Backlog(self._now)
        self._listening = False
        self._server_gone: str | None = None  # why the backend's server is gone, while it is
        # Who else hears MIDI input (its bytes and the host time it arrived), beside the /midi/in pushes.
        self.input_listeners: list[Callable[[bytes, float], None]] = []
        process_config = p.Configure(
            api=config.midi_api,
            outputs=self.outputs,
            inputs=config.midi_in,
            clock_in=config.midi_clock_in,
            log_level=config.log_level,
        )
        self._supervisor = MidiSupervisor(
            process_factory, process_config, self._packet, self._now, self._process_up, self._process_down
        )

    def endpoints(self) -> Iterable[Endpoint]:
        return midi_endpoints(self)

    # -- life cycle ----------------------------------------------------------------------------------

    async def start(self) -> None:
        if self._config.midi_api == "none":
            return
        try:
            started = await self._supervisor.start()
        except Unavailable:
            started = False
        if not started:
            if self._config.midi_api != "auto":
                raise StartupError(f"--midi-api {self._config.midi_api}: {self._supervisor.why_none}")
            log.warning("MIDI is off: %s", self._supervisor.why_none)
            bindings = [value for _, values in self._config.midi_ports_named() for value in values]
            if bindings:
                log.warning("so these MIDI ports are not bound: %s", ", ".join(bindings))

    @property
    def _process(self) -> ProcessHandle | None:
        return self._supervisor.process

    def _process_up(self, process: ProcessHandle, ready: p.Ready, after_death: bool) -> None:
        self.api = ready.api or self.api
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
        if after_death:  # the dead one's note-offs died with it: All Notes Off wherever it may have played
            process.send(p.Panic(None, self._now()))
            self._push_ok()

    def _process_down(self, why: str) -> None:
        self._server_gone = None  # a new process opens on whatever server runs then
        self._bound.clear()
        self._backlog.clear()  # what waited in the dead process will never be sent
        self._push_ok()

    async def stop(self) -> None:
        """Every note off and every clock stopped (the MIDI process does it), then the process ends."""
        await self._supervisor.stop()

    # -- state ---------------------------------------------------------------------------------------

    def status(self) -> list[tuple[str, OscArg]]:
        items: list[tuple[str, OscArg]] = [("midi", self.api)]
        if self.api == "none":  # never ran
            return items
        items += [("midi_ok", int(self._up)), ("midi_restarts", self._supervisor.restarts)]
        if not self._up:
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

    @property
    def _up(self) -> bool:
        return self._process is not None and self._server_gone is None

    def clock_enabled(self, port: str) -> bool:
        return self._clock_on[port]

    def ok_reply(self) -> Reply:
        """``/midi/ok i:ok s:what``: whether a MIDI process runs (and on which backend), else why not."""
        if self._server_gone is not None:
            return ("/midi/ok", (0, self.unavailable_because()))
        if self._process is not None:
            return ("/midi/ok", (1, self.api))
        if self._supervisor.restarting:
            return ("/midi/ok", (0, f"{self._supervisor.died}; restarting"))
        return ("/midi/ok", (0, self.unavailable_because()))

    def _push_ok(self) -> None:
        self._osc.publisher.publish(*self.ok_reply())

    # -- what the endpoints ask for ------------------------------------------------------------------

    def send(self, port: str, data: bytes, at: float | None) -> None:
        self._hand_over(port, p.Send(port, data, at), self._check_horizon(at))

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
        # Gone by its note-off at the latest, even if the tempo drops to the slowest Link allows meanwhile.
        gone_by = self._check_horizon(at) + (quantize + beats) * 60.0 / MIN_TEMPO
        self._hand_over(port, p.Note(port, channel, note, velocity, beats, quantize, at), gone_by, note=True)

    def _hand_over(self, port: str, command: object, gone_by: float, note: bool = False) -> None:
        """Counted as waiting only once the process has taken it: a refused send leaves no trace."""
        process = self._require(port)
        self._backlog.make_room()
        process.send(command)
        self._backlog.add(port, gone_by, note)

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
        process = self._running()
        answer: p.Ports = await process.ask(p.ListPorts)
        return answer

    async def timing(self, reset: bool) -> TimingReport:
        process = self._running()
        answer: p.Timing = await process.ask(lambda ident: p.GetTiming(ident, reset))
        return answer.report

    def _require(self, port: str) -> ProcessHandle:
        if self._process is None or self._server_gone is not None:
            raise Unavailable(self.unavailable_because())
        if port != VIRTUAL_PORT and self._bound.get(("out", port)) is None:
            pattern = next(spec.pattern for spec in self.outputs if spec.alias == port)
            raise Unavailable(f"MIDI output {port} is not connected: no port matches {pattern!r}")
        return self._process

    def _running(self) -> ProcessHandle:
        """The process, for what it can answer whether or not its server is there (timing, port lists)."""
        if self._process is None:
            raise Unavailable(self.unavailable_because())
        return self._process

    def unavailable_because(self) -> str:
        """Why MIDI is not running, in the words its refusals, ``/midi/ok`` and the start-up banner use."""
        if self._server_gone is not None:
            return f"{self._server_gone}; MIDI comes back when it returns"
        if self._config.midi_api == "none":
            return "MIDI is off (the server runs with --midi-api none)"
        if self._supervisor.restarting:
            return "the MIDI process stopped and is being restarted; try again shortly"
        return f"MIDI is not available: {self._supervisor.why_none}"

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
                for listener in self.input_listeners:
                    listener(packet.data, packet.time)
        elif isinstance(packet, p.PortState):
            self._port_state(packet)
        elif isinstance(packet, p.BackendState):
            self._backend_state(packet)
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

    def _backend_state(self, state: p.BackendState) -> None:
        """Its server went away (sends refused from now on) or is back (the ports are open again)."""
        if not state.up:
            self._server_gone = state.why
            self._bound.clear()
            log.error("MIDI: %s; its ports are closed and reopened when it returns", state.why)
        elif self._server_gone is not None:
            self._server_gone = None
            log.info("MIDI back on %s: virtual output %s", self.api, state.virtual_output)
            if self._process is not None:  # what sounded when the server went has lost its note-offs
                self._backlog.forget_notes((VIRTUAL_PORT, *self.aliases))
                self._process.send(p.Panic(None, self._now()))
        self._push_ok()

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
