"""The looper as the server runs it: its life cycle and its verbs.

Requests are decided at once by the state machine (:mod:`oscserver.engine.looper`) on the beat they
arrive at; the resulting effects go to the renderer through the shared memory; state changes due at bar
lines are fired by a :class:`BeatTimer` on the Link timeline and pushed to subscribers. The timeline itself is
republished to the renderer whenever Link moves it (tempo, quantum, peer corrections).

Beside it: the audio side and its losses (:mod:`.supervisor`), the loops that are the server's until the
renderer has them (:mod:`.loopkeeper`), what is shown and pushed (:mod:`.reporting`), and the addresses
(:mod:`.endpoints`).
"""

from __future__ import annotations

import logging
import math
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import replace

from oscserver.audio.calibrator import Calibrator
from oscserver.audio.control import AudioControl
from oscserver.audio.devices import DeviceRequest
from oscserver.audio.endpoints import looper_endpoints
from oscserver.audio.instrument import LooperInstrument
from oscserver.audio.instrument_endpoints import instrument_endpoints
from oscserver.audio.loopkeeper import LoopKeeper
from oscserver.audio.loopkeeper import TrackSetting as TrackSetting  # (sessions take it from here)
from oscserver.audio.looptools import LoopTools
from oscserver.audio.memory import EngineMemory
from oscserver.audio.process import AudioBackend, AudioProcess, DeviceReport
from oscserver.audio.realtime.commands import Event
from oscserver.audio.realtime.renderer import RendererSpec
from oscserver.audio.reporting import LooperReporting
from oscserver.audio.supervisor import AudioSupervisor
from oscserver.audio.timers import Call, sleep_on
from oscserver.engine.looper import Change, Effect, Looper, Track, TrackState
from oscserver.engine.timeline import Timeline
from oscserver.exceptions import Overloaded, Unavailable
from oscserver.link.service import LinkService
from oscserver.link.timer import BeatTimer
from oscserver.osc.codec import OscArg
from oscserver.osc.registry import Endpoint, PathVar, Registry, Reply
from oscserver.osc.scheduler import TimerHandle
from oscserver.osc.service import OscService
from oscserver.server.config import ServeConfig
from oscserver.sessions.service import default_data_dir

log = logging.getLogger(__name__)

# The input history must outlast a take by the time it takes to copy it into its track.
COPY_MARGIN_SECONDS = 2.0
POLL_SECONDS = 0.02  # events and meters from the renderer (meters are pushed at most 50 times a second)
MAX_LATENCY_SECONDS = 1.0
CLICK_VOLUME = 0.5
# For a take whose bar lines have passed to be copied whole into its track (a 104 s take takes about 150
# blocks): a save waits for that rather than leave the loop out.
SETTLE_TIMEOUT_SECONDS = 3.0


class LooperSubsystem:
    name = "looper"

    def __init__(
        self,
        config: ServeConfig,
        link: LinkService,
        osc: OscService,
        registry: Registry,
        call_later: Call,
        backend: AudioBackend | None = None,
        backends: Callable[[], AudioBackend] = AudioProcess,
    ) -> None:
        self.config = config
        self.link = link
        self.osc = osc
        self.tracks = config.tracks
        self.looper = Looper(
            config.tracks,
            history_seconds=config.history - COPY_MARGIN_SECONDS,
            capacity_seconds=config.history,
        )
        self._call_later = call_later
        self.timer = BeatTimer(link.clock, call_later)
        request = DeviceRequest(config.audio, config.samplerate, config.blocksize)
        self.audio = AudioSupervisor(self, request, call_later, link.clock.now, backends, backend)
        self.loops = LoopKeeper(self.looper)
        self.instrument = LooperInstrument(
            self.looper, self.loops, self._require_audio, self._moment, self._carry_out, self._sleep
        )
        self.report = LooperReporting(self.audio, self.looper, osc.publisher, lambda: self.latency)
        self.calibrator = Calibrator(MAX_LATENCY_SECONDS)
        self.click_enabled = False
        self.click_volume = CLICK_VOLUME
        self.latency = 0.0  # the device's own report until set (a setting made while starting is kept)
        self._latency_chosen = False
        self._restoring = False
        self._timer_entry: int | None = None
        self._poll_handle: TimerHandle | None = None
        self._stopped = False
        data_dir = config.data_dir or default_data_dir()
        self.tools = LoopTools(
            self.looper, link, osc.publisher, self._require_audio, lambda: self.samplerate, data_dir
        )
        registry.add_path_var(
            PathVar(
                "n",
                values=lambda: [str(n) for n in range(1, self.tracks + 1)],
                invalid=lambda text: f"track must be between 1 and {self.tracks}, got {text}",
                convert=int,
            )
        )

    # -- Subsystem ------------------------------------------------------------------------------------

    def endpoints(self) -> Iterable[Endpoint]:
        subscribers = self.osc.subscribers
        return [
            *looper_endpoints(self, subscribers),
            *instrument_endpoints(self, self.instrument, subscribers),
            *self.tools.endpoints(),
        ]

    def status(self) -> list[tuple[str, OscArg]]:
        return self.report.status()

    async def start(self) -> None:
        await self.audio.start()
        self.link.clock.on_change(self._timeline_moved)
        self.link.on_playing(lambda _: self._publish_timeline(self.link.timeline()))
        self.link.on_playing(self._transport_changed)
        self._poll_handle = self._call_later(POLL_SECONDS, self._poll)
        self.tools.start()
        log.info("audio: %s", self.report.describe_device())

    async def stop(self) -> None:
        self._stopped = True
        if self._poll_handle is not None:
            self._poll_handle.cancel()
        self.timer.close()
        self.tools.close()
        await self.audio.stop()

    @property
    def control(self) -> AudioControl | None:
        return self.audio.control

    @property
    def samplerate(self) -> int:
        device = self.audio.device
        return device.samplerate if device is not None else self.config.samplerate

    # -- what the supervisor asks of the looper ------------------------------------------------------------

    def spec_for(self, samplerate: int) -> RendererSpec:
        return RendererSpec(
            samplerate=samplerate,
            tracks=self.tracks,
            history_frames=math.ceil(self.config.history * samplerate),
            max_block=max(8192, self.config.blocksize),
            copy_margin_frames=math.ceil(COPY_MARGIN_SECONDS * samplerate),
        )

    def prepare(self, memory: EngineMemory) -> None:
        # The renderer reads the timeline from its first block on.
        memory.timeline_cell().publish(self.link.timeline(), self.link.playing)

    def connect(self, control: AudioControl, device: DeviceReport) -> None:
        if not self._latency_chosen:
            self.latency = min(device.latency, MAX_LATENCY_SECONDS)
        control.set_latency(self.latency)
        control.set_click(self.click_enabled, self.click_volume)
        control.send(self.instrument.sounding_settings())
        control.publish(self.link.timeline(), self.link.playing)

    def went_down(self, control: AudioControl) -> None:
        self.tools.stretcher.renderer_gone()
        self.loops.keep_all(control, self.link.quantum)
        for number in range(1, self.tracks + 1):
            self.report.publish_track(number)
        self._plan_next_change()

    def came_back(self, control: AudioControl) -> int:
        beat = self._moment()[0]
        restored, cleared = self.loops.give_back(control, beat)
        control.send(self.instrument.directions(beat))
        for number in cleared:
            self.report.publish_track(number)
        return restored

    def audio_changed(self) -> None:
        self.report.push_ok()

    # -- what the endpoints show ----------------------------------------------------------------------

    def track(self, number: int) -> Track:
        return self.looper.track(number)

    def state_reply(self, number: int) -> Reply:
        return self.report.state_reply(number)

    def audio_status(self) -> list[OscArg]:
        status = self.report.audio_status()
        return [*status, *self.instrument.status()] if self.audio.ok else status

    def ok_reply(self) -> Reply:
        return self.report.ok_reply()

    def meters(self) -> list[float]:
        return self.report.meters(self._require_audio())

    # -- verbs ----------------------------------------------------------------------------------------

    def _moment(self) -> tuple[float, Timeline]:
        timeline = self.link.timeline()
        return timeline.beat_at(self.link.clock.now()), timeline

    def record(self, number: int, bars: int) -> bool:
        control = self._require_audio()
        # Until the history is full everything recorded can be taken; after that its oldest part is being
        # overwritten, and a take must leave time for it to be copied into its track.
        self.looper.history_seconds = min(
            self.config.history - COPY_MARGIN_SECONDS, control.recorded_seconds()
        )
        beat, timeline = self._moment()
        self.instrument.before_change(number)
        effects = self.looper.record(number, bars, beat, timeline, control.reach_beat())
        self.loops.forget(number)  # (replaced: the capture follows the install in the mailbox)
        return self._carry_out(number, effects)

    def arm(self, number: int, bars: int) -> bool:
        self._require_audio()
        beat, timeline = self._moment()
        self.instrument.before_change(number)
        effects = self.looper.arm(number, bars, beat, timeline)
        self.loops.forget(number)
        return self._carry_out(number, effects)

    def play(self, number: int) -> bool:
        self._require_audio()
        beat, timeline = self._moment()
        return self._carry_out(number, self.looper.play(number, beat, timeline))

    def stop_track(self, number: int) -> bool:
        self._require_audio()
        beat, timeline = self._moment()
        return self._carry_out(number, self.looper.stop(number, beat, timeline))

    def clear(self, number: int) -> bool:
        self._require_audio()
        if self.looper.state(number)[0] is not TrackState.EMPTY:
            self.instrument.before_change(number)
        self.loops.forget(number)
        return self._carry_out(number, self.looper.clear(number))

    def set_overdub(self, number: int, on: bool, replace: bool = False) -> None:
        self._require_audio()
        beat, timeline = self._moment()
        snapshot = self.instrument.snapshot_if_whole(number) if on else None
        effects = self.looper.set_overdub(number, on, beat, timeline, replace)
        if snapshot is not None and effects:
            self.instrument.history.push(number, snapshot)
        self.report.overdub_answered(number)
        self._carry_out(number, effects)

    def set_replace(self, number: int, on: bool) -> None:
        self.set_overdub(number, on, replace=True)

    def _transport_changed(self, playing: bool) -> None:
        if self.control is not None and not self._restoring:
            self.instrument.transport_changed(playing)

    def set_volume(self, number: int, volume: float) -> None:
        self._send(self.looper.set_volume(number, volume))

    def set_muted(self, number: int, muted: bool) -> None:
        self._send(self.looper.set_muted(number, muted))

    def set_click(self, enabled: bool | None = None, volume: float | None = None) -> None:
        if enabled is not None:
            self.click_enabled = enabled
        if volume is not None:
            self.click_volume = volume
        if self.control is not None:
            self.control.set_click(self.click_enabled, self.click_volume)

    def set_latency(self, seconds: float) -> None:
        # Kept while the device is away or starting, and given to the next renderer.
        self.latency, self._latency_chosen = seconds, True
        if self.control is not None:
            self.control.set_latency(seconds)

    async def calibrate(self) -> list[Reply]:
        """Play the calibration signal, find it in the input, and use the delay as the latency."""
        control, device = self._require_audio(), self.audio.device
        assert device is not None
        self.set_latency(await self.calibrator.measure(control, device))
        reply = ("/audio/latency", (float(self.latency),))
        self.osc.publisher.publish(*reply)
        return [reply]

    def every_track(self, action: Callable[[int], bool]) -> list[Reply]:
        self._require_audio()
        for number in range(1, self.tracks + 1):
            action(number)
        return [self.state_reply(n) for n in range(1, self.tracks + 1)]

    # -- plumbing -------------------------------------------------------------------------------------

    def _require_audio(self) -> AudioControl:
        if self._restoring:
            raise Unavailable("a session is being loaded into the looper; try again in a moment")
        if self._stopped:
            raise Unavailable("the audio engine is not running")
        return self.audio.require()

    def _send(self, effects: Sequence[Effect]) -> None:
        if self.control is not None:
            self.control.send(effects)

    def _carry_out(self, number: int, effects: Sequence[Effect]) -> bool:
        """Send the effects, push what changed, plan the next bar-line change; True if the state changed."""
        self._send(effects)
        changed = self.report.publish_track(number)
        self._plan_next_change()
        return changed

    def _plan_next_change(self) -> None:
        if self._timer_entry is not None:
            self.timer.cancel(self._timer_entry)
            self._timer_entry = None
        due = self.looper.next_due()
        if due is not None and not self._stopped:
            self._timer_entry = self.timer.at(due, self._due)

    def _due(self, beat: float) -> None:
        self._timer_entry = None
        changes: list[Change] = self.looper.advance(beat)
        for change in changes:
            self.report.publish_track(change.track)
        self._plan_next_change()

    def _timeline_moved(self, timeline: Timeline) -> None:
        self.timer.timeline_changed()
        self._publish_timeline(timeline)

    def _publish_timeline(self, timeline: Timeline) -> None:
        if self.control is not None:
            self.control.publish(timeline, self.link.playing)

    def _poll(self) -> None:
        if self._stopped:
            return
        control = self.control
        if control is not None:
            for event in control.events():
                self._event(event)
            self.loops.settle(control)
            self.tools.stretcher.refresh(control)
            self.report.push_meters(control)
            self.audio.check()
        self._poll_handle = self._call_later(POLL_SECONDS, self._poll)

    def _event(self, event: list[float]) -> None:
        code = int(event[0])
        if self.tools.stretcher.event(event):
            return
        if code == Event.CALIBRATION_STARTED:
            self.calibrator.signal_started(int(event[1]), int(event[2]))
        elif code == Event.TAKE_LOST:
            number = int(event[1]) + 1
            log.warning("track %d: its take could not be kept (the input history no longer held it)", number)
            if self.looper.state(number)[0] is not TrackState.EMPTY:
                self.looper.clear(number)
                self.report.publish_track(number)
                self._plan_next_change()
        elif code == Event.INSTALL_REFUSED:
            number = int(event[1]) + 1
            log.warning("track %d: the audio engine refused a loop installed while it was in use", number)
            self.loops.forget(number)
            self.looper.clear(number)
            self.report.publish_track(number)
            self._plan_next_change()

    # -- loops in and out (sessions) ---------------------------------------------------------------------

    def _running_control(self) -> AudioControl | None:
        """The renderer's control while audio runs (None while the device is away or not started)."""
        return self.control if self.audio.ok else None

    async def settle(self) -> None:
        """Wait (a few blocks at most) until every take whose bar lines have passed is whole in its track."""
        await self.loops.until_settled(self._running_control, self._sleep, SETTLE_TIMEOUT_SECONDS)

    def track_settings(self) -> list[TrackSetting]:
        """Every track as a session keeps it (see :meth:`LoopKeeper.settings`)."""
        return self.loops.settings(self._running_control(), self.link.quantum)

    async def restore(
        self,
        settings: Mapping[int, TrackSetting],
        click_enabled: bool,
        click_volume: float,
        latency: float,
        follow: bool = True,
    ) -> None:
        """Replace every track with ``settings`` (a track not in it is left empty, at full volume, unmuted):
        all cleared, loops installed, those that were playing from the next bar line, the others stopped;
        then the click and latency."""
        if self._restoring:
            raise Overloaded("a session is already being loaded into the looper")
        self._restoring = True
        try:
            for number in range(1, self.tracks + 1):
                setting = settings.get(number, TrackSetting(number))
                self.loops.forget(number)
                self._send(self.looper.clear(number))
                self.instrument.history.forget(number)
                self.looper.track(number).settings = replace(setting.settings)
                self.looper.track(number).volume = setting.volume
                self._send(self.looper.set_muted(number, setting.muted))
                self.tools.set_stretch_mode(number, setting.stretch)
            self._send(self.instrument.sounding_settings())
            self.instrument.set_follow(follow)
            self._plan_next_change()
            control = self._running_control()
            if control is not None:
                await self.loops.until_released(control, self._running_control, self._sleep)
            loops = {n: s.loop for n, s in settings.items() if s.loop is not None}
            if control is not None and self._running_control() is control:
                beat, timeline = self._moment()
                for number, loop in sorted(loops.items()):
                    self.loops.install(control, number, loop)
                    self.looper.restore(number, settings[number].bars, playing=False)
                    if settings[number].playing:
                        self._send(self.looper.play(number, beat, timeline))
                self._send(self.instrument.directions(beat))
            else:  # the device is away: held, installed when it is back (playing ones play on at once)
                self.loops.hold(loops)
                for number in loops:
                    self.looper.restore(number, settings[number].bars, playing=settings[number].playing)
            for number in range(1, self.tracks + 1):
                self.report.publish_track(number)
            self._plan_next_change()
            self.set_click(click_enabled, click_volume)
            self.set_latency(latency)
        finally:
            self._restoring = False

    async def _sleep(self, seconds: float) -> None:
        await sleep_on(self._call_later, seconds)
