"""The looper as the server runs it: state machine, audio process, timeline publishing, pushes, status.

Requests are decided at once by the state machine (:mod:`oscserver.engine.looper`) on the beat they
arrive at; the resulting effects go to the renderer through the shared memory; state changes due at bar
lines are fired by a :class:`BeatTimer` on the Link timeline and pushed to subscribers. The timeline itself is
republished to the renderer whenever Link moves it (tempo, quantum, peer corrections).

When the device goes away under the server (the JACK server quits, a card is unplugged) the server stays
up: every whole loop is read back from the shared memory (:mod:`oscserver.audio.looptable`) and held, audio
verbs answer ``/error``, and a fresh audio process is tried every second or two until the device is back;
then the loops are installed again and those that were playing play on, in phase.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import math
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass

from oscserver.audio.calibration import measure_delay
from oscserver.audio.commands import Event
from oscserver.audio.control import AudioControl
from oscserver.audio.devices import DeviceRequest
from oscserver.audio.looptable import LoopStatus, StoredLoop
from oscserver.audio.memory import EngineMemory, Stat
from oscserver.audio.process import AudioBackend, AudioProcess, DeviceReport
from oscserver.audio.render import RendererSpec
from oscserver.audio.sounds import calibration_signal
from oscserver.audio.watch import Backoff, device_problem
from oscserver.engine.looper import Change, Effect, Looper, Play, Track, TrackState
from oscserver.engine.timeline import Timeline
from oscserver.exceptions import Overloaded, Unavailable
from oscserver.link.service import LinkService
from oscserver.link.timer import BeatTimer
from oscserver.osc.codec import OscArg
from oscserver.osc.registry import Endpoint, PathVar, Registry, Reply
from oscserver.osc.scheduler import TimerHandle
from oscserver.osc.service import OscService
from oscserver.server.config import ServeConfig
from oscserver.server.status import flatten

log = logging.getLogger(__name__)

# The input history must outlast a take by the time it takes to copy it into its track.
COPY_MARGIN_SECONDS = 2.0
POLL_SECONDS = 0.02  # events and meters from the renderer (meters are pushed at most 50 times a second)
MAX_LATENCY_SECONDS = 1.0
CALIBRATION_TIMEOUT_SECONDS = 10.0
CLICK_VOLUME = 0.5
RELEASE_TIMEOUT_SECONDS = 3.0  # for the renderer to let go of every track's buffer when a session loads
RELEASE_POLL_SECONDS = 0.005
# For a take whose bar lines have passed to be copied whole into its track (a 104 s take takes about 150
# blocks): a save waits for that rather than leave the loop out.
SETTLE_TIMEOUT_SECONDS = 3.0

Call = Callable[[float, Callable[[], None]], TimerHandle]


@dataclass(frozen=True)
class TrackSetting:
    """One track as a session keeps it."""

    number: int
    volume: float = 1.0
    muted: bool = False
    loop: StoredLoop | None = None
    bars: int = 0  # the loop's bars (0 without a loop)
    playing: bool = False  # the loop was playing (or about to)


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
        self.process: AudioBackend = backend or backends()
        self._backends = backends  # a fresh audio side for each reconnection attempt
        self.control: AudioControl | None = None
        self.device: DeviceReport | None = None
        # Whether the device runs; while it does not, the whole loops it had are held here, by track.
        self.audio_ok = True
        self.down_reason = ""
        self.reconnects = 0
        self.backoff = Backoff()
        self._held: dict[int, StoredLoop] = {}
        # Loops written into the renderer's memory that it has not taken yet (it does at its next block):
        # until then they are still the server's, for a save or a device lost meanwhile.
        self._installing: dict[int, StoredLoop] = {}
        self._recovery: asyncio.Task[None] | None = None
        self._restoring = False
        self.click_enabled = False
        self.click_volume = CLICK_VOLUME
        self.latency = 0.0
        self._published: dict[int, tuple[str, int]] = {}
        self._published_overdub: dict[int, int] = {}
        self._timer_entry: int | None = None
        self._poll_handle: TimerHandle | None = None
        self._calibration: asyncio.Future[tuple[int, int]] | None = None
        self._last_meters: list[float] = []
        self._stopped = False
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
        from oscserver.audio.endpoints import looper_endpoints

        return looper_endpoints(self)

    def status(self) -> list[tuple[str, OscArg]]:
        items: list[tuple[str, OscArg]] = [
            ("tracks", self.tracks),
            ("audio", self.describe_device()),
            ("audio_ok", int(self.audio_ok)),
        ]
        control = self.control
        if control is not None:
            items += [
                ("xruns", int(control.stat(Stat.XRUNS))),
                ("audio_load", round(100.0 * control.stat(Stat.LOAD_MEAN), 2)),
            ]
        return items

    async def start(self) -> None:
        request = DeviceRequest(self.config.audio, self.config.samplerate, self.config.blocksize)
        self.device = await self.process.start(request, self._spec_for, self._prepare)
        self.latency = min(self.device.latency, MAX_LATENCY_SECONDS)
        self.control = self._connect(self.process, self.device)
        self.link.clock.on_change(self._timeline_moved)
        self.link.on_playing(lambda _: self._publish_timeline(self.link.timeline()))
        self._publish_timeline(self.link.timeline())
        self._poll_handle = self._call_later(POLL_SECONDS, self._poll)
        log.info("audio: %s", self.describe_device())

    def _spec_for(self, samplerate: int) -> RendererSpec:
        return RendererSpec(
            samplerate=samplerate,
            tracks=self.tracks,
            history_frames=math.ceil(self.config.history * samplerate),
            max_block=max(8192, self.config.blocksize),
        )

    def _prepare(self, memory: EngineMemory) -> None:
        # The renderer reads the timeline from its first block on.
        memory.timeline_cell().publish(self.link.timeline(), self.link.playing)

    def _connect(self, process: AudioBackend, device: DeviceReport) -> AudioControl:
        """Give a freshly started renderer everything it keeps: latency, click, each track's gain."""
        assert process.memory is not None
        control = AudioControl(process.memory, device.samplerate)
        control.set_latency(self.latency)
        control.set_click(self.click_enabled, self.click_volume)
        for track in self.looper.tracks:
            control.send(self.looper.set_volume(track.number, track.volume))
        return control

    @property
    def supervised(self) -> bool:
        """Whether a lost device is noticed and reconnected (not for the built-in silent device)."""
        return self.device is not None and not self.device.silent

    @property
    def samplerate(self) -> int:
        return self.device.samplerate if self.device is not None else self.config.samplerate

    async def stop(self) -> None:
        self._stopped = True
        if self._poll_handle is not None:
            self._poll_handle.cancel()
        self.timer.close()
        if self._recovery is not None:
            self._recovery.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._recovery
        if self.control is not None and self.process.alive():
            try:
                self.control.silence()
                await asyncio.sleep(0.05)  # the renderer fades everything out over a few milliseconds
            except Overloaded:
                pass
        await self.process.stop()
        self.control = None

    # -- what the server shows ------------------------------------------------------------------------

    def describe_device(self) -> str:
        device = self.device
        if device is None:
            return "not started"
        if not self.audio_ok:
            return f"{device.name}: down, {self.down_reason}; reconnecting"
        if not self._stopped and not self.process.alive():
            return f"{device.name}: the audio process has ended"
        note = f" ({device.note})" if device.note else ""
        return f"{device.name}{note}, {device.samplerate} Hz, {self.block_description()}"

    def block_description(self) -> str:
        device, control = self.device, self.control
        if device is None or device.blocksize:
            return f"{device.blocksize if device else 0} frames"
        frames = int(control.stat(Stat.BLOCK_FRAMES)) if control is not None else 0
        return f"{frames} frames (the JACK period)" if frames else "the JACK period"

    def audio_status(self) -> list[OscArg]:
        device, control = self.device, self.control
        if device is not None and not self.audio_ok:
            return ["device", device.name, "ok", 0, "problem", self.down_reason]
        if device is None or control is None:
            raise Unavailable("the audio engine is not running")
        items: list[tuple[str, OscArg]] = [
            ("device", device.name),
            ("silent", int(device.silent)),
            ("samplerate", device.samplerate),
            ("blocksize", device.blocksize or int(control.stat(Stat.BLOCK_FRAMES))),
            ("inputs", device.inputs),
            ("outputs", device.outputs),
            ("latency", float(self.latency)),
            ("device_latency", float(device.latency)),
            ("xruns", int(control.stat(Stat.XRUNS))),
            ("load", round(100.0 * control.stat(Stat.LOAD_MEAN), 2)),
            ("load_peak", round(100.0 * control.take_load_peak(), 2)),
            ("measured_rate", round(control.stat(Stat.RATE), 3)),
            ("clock_resets", int(control.stat(Stat.CLOCK_RESETS))),
            ("realtime", int(control.stat(Stat.REALTIME))),
            ("history", round(control.recorded_seconds(), 3)),
            ("tracks", self.tracks),
            ("frames", control.frames),
            ("ok", 1),
            ("reconnects", self.reconnects),
        ]
        return flatten(items)

    def meters(self) -> list[float]:
        control = self._require_audio()
        return [round(v, 6) for v in control.meters()[: 4 + self.tracks]]

    def ok_reply(self) -> Reply:
        """``/audio/ok i:ok s:what``: whether the device runs, pushed when that changes."""
        device = self.device
        name = device.name if device is not None else "no device"
        if self.audio_ok:
            return ("/audio/ok", (1, name))
        return ("/audio/ok", (0, f"{name} is gone ({self.down_reason}); reconnecting"))

    def state_reply(self, number: int) -> Reply:
        state, bars = self.looper.state(number)
        return (f"/looper/{number}/state", (state.value, bars))

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
        effects = self.looper.record(number, bars, beat, timeline)
        self._installing.pop(number, None)  # (replaced: the capture follows the install in the mailbox)
        return self._carry_out(number, effects)

    def arm(self, number: int, bars: int) -> bool:
        self._require_audio()
        beat, timeline = self._moment()
        effects = self.looper.arm(number, bars, beat, timeline)
        self._installing.pop(number, None)
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
        self._installing.pop(number, None)
        return self._carry_out(number, self.looper.clear(number))

    def set_overdub(self, number: int, on: bool) -> None:
        self._require_audio()
        beat, timeline = self._moment()
        effects = self.looper.set_overdub(number, on, beat, timeline)
        # The control's own answer is the push of the new value; do not push it twice.
        self._published_overdub[number] = int(self.looper.track(number).overdub)
        self._carry_out(number, effects)

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
        # Kept while the device is away, and given to the next renderer.
        self.latency = seconds
        if self.control is not None:
            self.control.set_latency(seconds)

    async def calibrate(self) -> list[Reply]:
        """Play the calibration signal, find it in the input, and use the delay as the latency."""
        control, device = self._require_audio(), self.device
        assert device is not None
        if device.silent or device.inputs == 0:
            raise Unavailable(
                f"calibration needs a device with an input and an output connected by a loopback; "
                f"{device.name} has no input"
            )
        if self._calibration is not None:
            raise Overloaded("a calibration is already running")
        loop = asyncio.get_running_loop()
        self._calibration = loop.create_future()
        try:
            control.calibrate()
            first, length = await asyncio.wait_for(self._calibration, CALIBRATION_TIMEOUT_SECONDS)
            rate = device.samplerate
            longest = int(MAX_LATENCY_SECONDS * rate)
            deadline = loop.time() + CALIBRATION_TIMEOUT_SECONDS
            while control.frames < first + length + longest:
                if loop.time() > deadline:
                    raise Unavailable("the audio engine stopped while calibrating")
                await asyncio.sleep(0.05)
            recorded = control.read_input(first, length + longest)
            if recorded is None:
                raise Unavailable("the calibration's input was overwritten before it could be read")
            delay = measure_delay(recorded.mean(axis=1), calibration_signal(rate), longest)
        except asyncio.TimeoutError as err:
            raise Unavailable("the audio engine did not start the calibration signal") from err
        finally:
            self._calibration = None
        if delay is None:
            raise Unavailable(
                "the calibration signal did not come back through the input: connect an output to an "
                "input (a loopback cable, or a JACK connection) and try again"
            )
        self.set_latency(delay / rate)
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
        if self.audio_ok and self.supervised and self.control is not None and not self._stopped:
            self._watch(self.control)  # (so a verb right after the device went is refused as such)
        if not self.audio_ok:
            raise Unavailable(self._down_message())
        if self.control is None or self._stopped:
            raise Unavailable("the audio engine is not running")
        if not self.process.alive():
            raise Unavailable("the audio process has ended; restart the server")
        return self.control

    def _down_message(self) -> str:
        name = self.device.name if self.device is not None else "the audio device"
        return f"audio is down: {name} is gone ({self.down_reason}); the server reconnects when it is back"

    def _send(self, effects: Sequence[Effect]) -> None:
        if self.control is not None:
            self.control.send(effects)

    def _carry_out(self, number: int, effects: Sequence[Effect]) -> bool:
        """Send the effects, push what changed, plan the next bar-line change; True if the state changed."""
        self._send(effects)
        changed = self._publish_track(number)
        self._plan_next_change()
        return changed

    def _publish_track(self, number: int) -> bool:
        state, bars = self.looper.state(number)
        changed = self._published.get(number) != (state.value, bars)
        if changed:
            self._published[number] = (state.value, bars)
            self.osc.publisher.publish(f"/looper/{number}/state", (state.value, bars))
        overdub = int(self.looper.track(number).overdub)
        if self._published_overdub.get(number, 0) != overdub:
            self._published_overdub[number] = overdub
            self.osc.publisher.publish(f"/looper/{number}/overdub", (overdub,))
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
            self._publish_track(change.track)
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
            self._settle_installs(control)
            self._push_meters(control)
            if self.supervised and self.audio_ok:
                self._watch(control)
        self._poll_handle = self._call_later(POLL_SECONDS, self._poll)

    def _event(self, event: list[float]) -> None:
        code = int(event[0])
        if code == Event.CALIBRATION_STARTED and self._calibration is not None:
            if not self._calibration.done():
                self._calibration.set_result((int(event[1]), int(event[2])))
        elif code == Event.TAKE_LOST:
            number = int(event[1]) + 1
            log.warning("track %d: its take could not be kept (the input history no longer held it)", number)
            if self.looper.state(number)[0] is not TrackState.EMPTY:
                self.looper.clear(number)
                self._publish_track(number)
                self._plan_next_change()
        elif code == Event.INSTALL_REFUSED:
            number = int(event[1]) + 1
            log.warning("track %d: the audio engine refused a loop installed while it was in use", number)
            self._installing.pop(number, None)
            self.looper.clear(number)
            self._publish_track(number)
            self._plan_next_change()

    def _push_meters(self, control: AudioControl) -> None:
        meters = [round(v, 4) for v in control.meters()[: 4 + self.tracks]]
        if meters != self._last_meters:
            self._last_meters = meters
            self.osc.publisher.continuous("/audio/meters", meters)

    # -- the device going away and coming back ----------------------------------------------------------

    def _watch(self, control: AudioControl) -> None:
        problem = device_problem(self.process, control, self.link.clock.now())
        if problem is not None:
            self._lost(problem)

    def _lost(self, reason: str) -> None:
        """The device is gone: hold every whole loop, refuse audio verbs, and start reconnecting."""
        control = self.control
        self.audio_ok, self.down_reason = False, reason
        device = self.device
        log.warning(
            "audio: %s is gone (%s); the server stays up and reconnects when it is back",
            device.name if device else "the device",
            reason,
        )
        # The renderer's memory outlives its process: its loops are read back from there.
        self._held = self._read_loops(control) if control is not None else {}
        self._installing = {}
        self.control = None
        for track in self.looper.tracks:
            number = track.number
            loop = self._held.get(number)
            if loop is not None:
                self.looper.restore(number, self._bars_of(number, loop), playing=track.meant_to_play)
            elif track.state is not TrackState.EMPTY:
                self.looper.clear(number)  # a take under way is lost with the device
            self._publish_track(number)
        self._plan_next_change()
        self._push_ok()
        self._recovery = asyncio.get_running_loop().create_task(self._recover(self.process))

    async def _recover(self, gone: AudioBackend) -> None:
        await gone.stop(abandon=True)
        self.backoff.reset()
        while not self._stopped:
            await self._sleep(self.backoff.next())
            if await self._attempt():
                return

    async def _sleep(self, seconds: float) -> None:
        """Sleep on the server's timers (so tests can run it on a manual clock)."""
        woken: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        handle = self._call_later(seconds, lambda: None if woken.done() else woken.set_result(None))
        try:
            await woken
        finally:
            handle.cancel()

    async def _attempt(self) -> bool:
        """One try at a fresh audio process on the device that went away; True when it runs."""
        device = self.device
        assert device is not None
        # The device the server found at start, by name (an index, or "auto", could now be another one).
        request = DeviceRequest(device.name, self.config.samplerate, self.config.blocksize)
        backend = self._backends()
        try:
            report = await backend.start(request, self._spec_for, self._prepare)
        except asyncio.CancelledError:
            await backend.stop(abandon=True)
            raise
        except Exception as err:  # whatever it is, the device is not back yet: try again later
            log.debug("audio: %s is not back yet: %s", device.name, err)
            await backend.stop(abandon=True)
            return False
        if self._stopped:
            await backend.stop()
            return False
        self._back(backend, report)
        return True

    def _back(self, backend: AudioBackend, report: DeviceReport) -> None:
        self.process, self.device = backend, report
        control = self._connect(backend, report)
        self.control = control
        self._publish_timeline(self.link.timeline())
        capacity = control.memory.loops.shape[1]
        beat, _ = self._moment()
        restored = 0
        for number, loop in sorted(self._held.items()):
            problem = loop.shape.problem(capacity)
            try:
                if problem is not None:
                    raise Unavailable(f"it does not fit the device as it came back: {problem}")
                self._install(control, number, loop)
                if self.looper.track(number).state is TrackState.PLAYING:
                    control.send([Play(number, beat)])  # at once: a loop on the beat is in phase at once
                restored += 1
            except (Unavailable, Overloaded) as err:  # (never from a fresh renderer; but the rest come back)
                log.warning("track %d: its loop could not be restored: %s", number, err)
                self.looper.clear(number)
                self._publish_track(number)
        self._held = {}
        self.audio_ok, self.down_reason = True, ""
        self.reconnects += 1
        log.info("audio: back on %s; %d loop(s) restored", self.describe_device(), restored)
        self._push_ok()

    def _push_ok(self) -> None:
        self.osc.publisher.publish(*self.ok_reply())

    # -- loops in and out (sessions) ---------------------------------------------------------------------

    def _install(self, control: AudioControl, number: int, loop: StoredLoop) -> None:
        control.install_loop(number - 1, loop.shape, loop.frames)
        self._installing[number] = loop

    def _settle_installs(self, control: AudioControl) -> None:
        """Forget the loops the renderer has taken (its table no longer says FREE for them)."""
        for number in list(self._installing):
            if control.loop_status(number - 1) is not LoopStatus.FREE:
                del self._installing[number]

    def _read_loops(self, control: AudioControl) -> dict[int, StoredLoop]:
        """Every whole loop in the renderer's memory, and those on their way in, by track."""
        found: dict[int, StoredLoop] = {}
        for number in range(1, self.tracks + 1):
            loop = control.read_loop(number - 1)
            if loop is not None:
                found[number] = StoredLoop(*loop)
            elif number in self._installing and control.loop_status(number - 1) is LoopStatus.FREE:
                found[number] = self._installing[number]
        return found

    def _bars_of(self, number: int, loop: StoredLoop) -> int:
        """The bars of a loop held in a track: its beats over the bar, unless the bar has changed since."""
        bars = loop.shape.loop_beats / self.link.quantum
        whole = round(bars)
        if whole >= 1 and abs(bars - whole) < 1e-6:
            return whole
        return max(1, self.looper.track(number).loop_bars or whole)

    async def settle(self) -> None:
        """Wait (a few blocks at most) until every track the state machine says has a loop (and no take
        under way) has it whole in the renderer: a take whose bar lines have passed may still be being
        copied, or its capture may not even have reached the renderer's next block yet."""
        waited = 0.0
        while waited < SETTLE_TIMEOUT_SECONDS:
            control = self.control
            if control is None or not self.audio_ok:
                return
            if not any(self._unsettled(control, track) for track in self.looper.tracks):
                return
            await self._sleep(RELEASE_POLL_SECONDS)
            waited += RELEASE_POLL_SECONDS

    def _unsettled(self, control: AudioControl, track: Track) -> bool:
        if track.take is not None or track.loop_bars == 0:
            return False
        status = control.loop_status(track.number - 1)
        return status is LoopStatus.BUSY or (
            status is LoopStatus.FREE and track.number not in self._installing
        )

    def track_settings(self) -> list[TrackSetting]:
        """Every track as a session keeps it: gain, and its whole loop (read from the shared memory, or
        the one held while the device is away). A take still being recorded or copied is not kept."""
        control = self.control
        loops = self._read_loops(control) if self.audio_ok and control is not None else dict(self._held)
        settings = []
        for track in self.looper.tracks:
            loop = loops.get(track.number)
            settings.append(
                TrackSetting(
                    number=track.number,
                    volume=float(track.volume),
                    muted=track.muted,
                    loop=loop,
                    bars=self._bars_of(track.number, loop) if loop else 0,
                    playing=loop is not None and track.meant_to_play,
                )
            )
        return settings

    async def restore(
        self, settings: Mapping[int, TrackSetting], click_enabled: bool, click_volume: float, latency: float
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
                self._installing.pop(number, None)
                self._send(self.looper.clear(number))
                self._send(self.looper.set_volume(number, setting.volume))
                self._send(self.looper.set_muted(number, setting.muted))
            self._plan_next_change()
            control = self.control
            if control is not None and self.audio_ok:
                await self._until_released(control)
            loops = {n: s for n, s in settings.items() if s.loop is not None}
            if control is not None and self.control is control and self.audio_ok:
                beat, timeline = self._moment()
                for number, setting in sorted(loops.items()):
                    assert setting.loop is not None
                    self._install(control, number, setting.loop)
                    self.looper.restore(number, setting.bars, playing=False)
                    if setting.playing:
                        self._send(self.looper.play(number, beat, timeline))
            else:  # the device is away: held, installed when it is back (playing ones play on at once)
                self._held = {n: s.loop for n, s in loops.items() if s.loop is not None}
                for number, setting in loops.items():
                    self.looper.restore(number, setting.bars, playing=setting.playing)
            for number in range(1, self.tracks + 1):
                self._publish_track(number)
            self._plan_next_change()
            self.set_click(click_enabled, click_volume)
            self.set_latency(latency)
        finally:
            self._restoring = False

    async def _until_released(self, control: AudioControl) -> None:
        """Wait until the renderer has let go of every track (a clear fades out over a few milliseconds)."""
        waited = 0.0
        while any(control.loop_status(i) is not LoopStatus.FREE for i in range(self.tracks)):
            if self.control is not control or not self.audio_ok:
                return
            if waited > RELEASE_TIMEOUT_SECONDS:
                raise Unavailable("the audio engine did not let go of its tracks in time; they are cleared")
            await self._sleep(RELEASE_POLL_SECONDS)
            waited += RELEASE_POLL_SECONDS
