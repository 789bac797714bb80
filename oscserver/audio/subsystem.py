"""The looper as the server runs it: state machine, audio process, timeline publishing, pushes, status.

Requests are decided at once by the state machine (:mod:`oscserver.engine.looper`) on the beat they
arrive at; the resulting effects go to the renderer through the shared memory; state changes due at bar
lines are fired by a :class:`BeatTimer` on the Link timeline and pushed to subscribers. The timeline itself is
republished to the renderer whenever Link moves it (tempo, quantum, peer corrections).
"""

from __future__ import annotations

import asyncio
import logging
import math
from collections.abc import Callable, Iterable, Sequence

from oscserver.audio.calibration import measure_delay
from oscserver.audio.commands import Event
from oscserver.audio.control import AudioControl
from oscserver.audio.devices import DeviceRequest
from oscserver.audio.memory import EngineMemory, Stat
from oscserver.audio.process import AudioBackend, AudioProcess, DeviceReport
from oscserver.audio.render import RendererSpec
from oscserver.audio.sounds import calibration_signal
from oscserver.config import ServeConfig
from oscserver.engine.looper import Change, Effect, Looper, TrackState
from oscserver.engine.timeline import Timeline
from oscserver.exceptions import Overloaded, Unavailable
from oscserver.link.service import LinkService
from oscserver.link.timer import BeatTimer
from oscserver.osc.codec import OscArg
from oscserver.osc.registry import Endpoint, PathVar, Registry, Reply
from oscserver.osc.scheduler import TimerHandle
from oscserver.osc.service import OscService

log = logging.getLogger(__name__)

# The input history must outlast a take by the time it takes to copy it into its track.
COPY_MARGIN_SECONDS = 2.0
POLL_SECONDS = 0.02  # events and meters from the renderer (meters are pushed at most 50 times a second)
MAX_LATENCY_SECONDS = 1.0
CALIBRATION_TIMEOUT_SECONDS = 10.0
CLICK_VOLUME = 0.5

Call = Callable[[float, Callable[[], None]], TimerHandle]


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
        self.process: AudioBackend = backend or AudioProcess()
        self.control: AudioControl | None = None
        self.device: DeviceReport | None = None
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
        items: list[tuple[str, OscArg]] = [("tracks", self.tracks), ("audio", self.describe_device())]
        control = self.control
        if control is not None:
            items += [
                ("xruns", int(control.stat(Stat.XRUNS))),
                ("audio_load", round(100.0 * control.stat(Stat.LOAD_MEAN), 2)),
            ]
        return items

    async def start(self) -> None:
        request = DeviceRequest(self.config.audio, self.config.samplerate, self.config.blocksize)

        def spec_for(samplerate: int) -> RendererSpec:
            return RendererSpec(
                samplerate=samplerate,
                tracks=self.tracks,
                history_frames=math.ceil(self.config.history * samplerate),
                max_block=max(8192, self.config.blocksize),
            )

        def prepare(memory: EngineMemory) -> None:
            # The renderer reads the timeline from its first block on.
            memory.timeline_cell().publish(self.link.timeline(), self.link.playing)

        self.device = await self.process.start(request, spec_for, prepare)
        assert self.process.memory is not None
        control = AudioControl(self.process.memory, self.device.samplerate)
        self.control = control
        self.latency = min(self.device.latency, MAX_LATENCY_SECONDS)
        control.set_latency(self.latency)
        control.set_click(self.click_enabled, self.click_volume)
        for track in self.looper.tracks:
            control.send(self.looper.set_volume(track.number, track.volume))
        self.link.clock.on_change(self._timeline_moved)
        self.link.on_playing(lambda _: self._publish_timeline(self.link.timeline()))
        self._publish_timeline(self.link.timeline())
        self._poll_handle = self._call_later(POLL_SECONDS, self._poll)
        log.info("audio: %s", self.describe_device())

    async def stop(self) -> None:
        self._stopped = True
        if self._poll_handle is not None:
            self._poll_handle.cancel()
        self.timer.close()
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
        ]
        flat: list[OscArg] = []
        for key, value in items:
            flat += [key, value]
        return flat

    def meters(self) -> list[float]:
        control = self._require_audio()
        return [round(v, 6) for v in control.meters()[: 4 + self.tracks]]

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
        return self._carry_out(number, self.looper.record(number, bars, beat, timeline))

    def arm(self, number: int, bars: int) -> bool:
        self._require_audio()
        beat, timeline = self._moment()
        return self._carry_out(number, self.looper.arm(number, bars, beat, timeline))

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
        control = self._require_audio()
        control.set_latency(seconds)
        self.latency = seconds

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
        if self.control is None or self._stopped:
            raise Unavailable("the audio engine is not running")
        if not self.process.alive():
            raise Unavailable("the audio process has ended; restart the server")
        return self.control

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
            self._push_meters(control)
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

    def _push_meters(self, control: AudioControl) -> None:
        meters = [round(v, 4) for v in control.meters()[: 4 + self.tracks]]
        if meters != self._last_meters:
            self._last_meters = meters
            self.osc.publisher.continuous("/audio/meters", meters)
