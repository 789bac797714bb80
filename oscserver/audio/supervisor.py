"""Keeping the audio side running: the audio process and its device, noticed when they go away, started
afresh until they are back.

When the device goes away under the server (the JACK server quits, a card is unplugged), or the audio
process itself ends (killed, crashed; on every device, the silent one too), the server stays up: the looper
keeps every whole loop it had (read back from the shared memory), audio verbs answer ``/error``, and a fresh
audio process is tried every second or two until it runs; then the looper installs its loops again and
those that were playing play on, in phase. What the looper does at each of those moments is its own
business: the supervisor tells it through :class:`Supervised`.
"""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import logging
from collections.abc import Callable
from typing import Protocol

from oscserver.audio.control import AudioControl
from oscserver.audio.devices import DeviceRequest
from oscserver.audio.memory import EngineMemory
from oscserver.audio.process import AudioBackend, DeviceReport
from oscserver.audio.realtime.renderer import RendererSpec
from oscserver.audio.reporting import running_description
from oscserver.audio.timers import Call, sleep_on
from oscserver.audio.watch import Backoff, audio_problem
from oscserver.exceptions import Overloaded, Unavailable

log = logging.getLogger(__name__)

FADE_OUT_SECONDS = 0.05  # the renderer fades everything out over a few milliseconds when told to be silent


class Supervised(Protocol):
    """What the supervisor tells the looper it keeps an audio side running for."""

    def spec_for(self, samplerate: int) -> RendererSpec:
        """The renderer's spec for a device running at ``samplerate``."""
        ...

    def prepare(self, memory: EngineMemory) -> None:
        """The shared memory exists; the stream has not started yet."""
        ...

    def connect(self, control: AudioControl, device: DeviceReport) -> None:
        """A fresh renderer runs: give it everything it keeps (latency, click, gains, the timeline)."""
        ...

    def went_down(self, control: AudioControl) -> None:
        """The audio side is gone: keep what its renderer held (its memory outlives it)."""
        ...

    def came_back(self, control: AudioControl) -> int:
        """A fresh renderer runs after a loss: give it back what was kept; how many loops came back."""
        ...

    def audio_changed(self) -> None:
        """Whether audio runs has changed (push it)."""
        ...


class AudioSupervisor:
    """The audio side as it runs now (its process, device and control), and whether it does."""

    def __init__(
        self,
        looper: Supervised,
        request: DeviceRequest,
        call_later: Call,
        now: Callable[[], float],
        backends: Callable[[], AudioBackend],
        backend: AudioBackend | None = None,
    ) -> None:
        self._looper = looper
        self._request = request
        self._call_later = call_later
        self._now = now
        self._backends = backends  # a fresh audio side for each reconnection attempt
        self.process: AudioBackend = backend or backends()
        self.device: DeviceReport | None = None
        self.control: AudioControl | None = None
        self.ok = True  # False from a loss until the audio side is back
        self.reason = ""  # why it is down
        self.reconnects = 0
        self.backoff = Backoff()
        self.stopped = False
        self._recovery: asyncio.Task[None] | None = None

    async def start(self) -> DeviceReport:
        self.device = await self.process.start(self._request, self._looper.spec_for, self._looper.prepare)
        self.control = self._connect(self.process, self.device)
        return self.device

    def _connect(self, backend: AudioBackend, device: DeviceReport) -> AudioControl:
        assert backend.memory is not None
        control = AudioControl(backend.memory, device.samplerate)
        self._looper.connect(control, device)
        return control

    async def stop(self) -> None:
        self.stopped = True
        if self._recovery is not None:
            self._recovery.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._recovery
        if self.control is not None and self.process.alive():
            try:
                self.control.silence()
                await asyncio.sleep(FADE_OUT_SECONDS)
            except Overloaded:
                pass
        await self.process.stop()
        self.control = None

    @property
    def watches_device(self) -> bool:
        """Whether the device's heartbeat is watched too (not the built-in silent device's: its clock
        stalls only with the whole machine). The audio process's end is noticed on every device."""
        return self.device is not None and not self.device.silent

    @property
    def process_ended(self) -> bool:
        """The audio process has ended and nobody has noticed yet."""
        return not self.stopped and not self.process.alive()

    def require(self) -> AudioControl:
        """The running renderer's control; :class:`Unavailable` saying why there is none."""
        self.check()  # (so a verb right after the device went is refused as such)
        if not self.ok:
            raise Unavailable(self.down_message())
        if self.device is None and not self.stopped:
            raise Unavailable("the audio engine is starting; try again in a moment")
        if self.control is None or self.stopped:
            raise Unavailable("the audio engine is not running")
        return self.control

    def down_message(self) -> str:
        name = self.device.name if self.device is not None else "the audio device"
        return f"audio is down: {name} is gone ({self.reason}); the server reconnects when it is back"

    # -- going away ---------------------------------------------------------------------------------------

    def check(self) -> None:
        """Look whether the audio side still runs (every poll, and before every verb)."""
        control = self.control
        if not self.ok or control is None or self.stopped:
            return
        problem = audio_problem(self.process, control, self._now(), heartbeat_watched=self.watches_device)
        if problem is not None:
            self._lost(control, problem)

    def _lost(self, control: AudioControl, reason: str) -> None:
        """The device is gone: the looper keeps its loops, audio verbs are refused, reconnecting starts."""
        self.ok, self.reason = False, reason
        log.warning(
            "audio: %s is gone (%s); the server stays up and reconnects when it is back",
            self.device.name if self.device else "the device",
            reason,
        )
        self.control = None
        self._looper.went_down(control)
        self._looper.audio_changed()
        self._recovery = asyncio.get_running_loop().create_task(self._recover(self.process))

    # -- coming back --------------------------------------------------------------------------------------

    async def _recover(self, gone: AudioBackend) -> None:
        await gone.stop(abandon=True)
        self.backoff.reset()
        while not self.stopped:
            await sleep_on(self._call_later, self.backoff.next())
            if await self._attempt():
                return

    async def _attempt(self) -> bool:
        """One try at a fresh audio process on the device that went away; True when it runs."""
        device = self.device
        assert device is not None
        # The device the server found at start, by name (an index, or "auto", could now be another one);
        # the silent device as such.
        audio = "none" if device.silent else device.name
        request = DeviceRequest(audio, self._request.samplerate, self._request.blocksize)
        backend = self._backends()
        try:
            report = await backend.start(request, self._looper.spec_for, self._looper.prepare)
        except asyncio.CancelledError:
            await backend.stop(abandon=True)
            raise
        except Exception as err:  # whatever it is, the device is not back yet: try again later
            log.debug("audio: %s is not back yet: %s", device.name, err)
            await backend.stop(abandon=True)
            return False
        if self.stopped:
            await backend.stop()
            return False
        self._back(backend, report)
        return True

    def _back(self, backend: AudioBackend, report: DeviceReport) -> None:
        if report.silent and self.device is not None:  # (why silent, when "auto" found no sound card)
            report = dataclasses.replace(report, note=self.device.note)
        self.process, self.device = backend, report
        control = self._connect(backend, report)
        self.control = control
        restored = self._looper.came_back(control)
        self.ok, self.reason = True, ""
        self.reconnects += 1
        log.info("audio: back on %s; %d loop(s) restored", running_description(report, control), restored)
        self._looper.audio_changed()
