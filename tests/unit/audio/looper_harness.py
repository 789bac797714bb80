"""The looper subsystem on a manual clock with its renderer in this process: a whole server's looper, the
audio process replaced by a renderer the test drives block by block (and can "lose", like a device).

Time moves only when the test calls :meth:`Harness.run`: each block advances the manual clock by its
length, runs the server's timers due by then, and renders the block heard at that moment, so the renderer
and the server agree on every beat exactly.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from typing import Any, TypeVar

import numpy as np
import numpy.typing as npt

from oscserver.audio.devices import DeviceRequest
from oscserver.audio.memory import EngineMemory, Stat
from oscserver.audio.process import DeviceReport
from oscserver.audio.realtime.renderer import Renderer, RendererSpec
from oscserver.audio.subsystem import LooperSubsystem
from oscserver.engine.clock import ManualClock
from oscserver.exceptions import StartupError
from oscserver.link.clock import LinkClock
from oscserver.link.fake import FakeLinkPort
from oscserver.link.service import LinkService
from oscserver.link.timer import BeatTimer
from oscserver.osc.registry import Registry
from oscserver.osc.service import OscService
from oscserver.server.config import ServeConfig
from tests.support.fakes import ManualTimers, RecordingPeer
from tests.unit.audio.audio_rig import ramp

RATE = 48000
BLOCK = 256
T = TypeVar("T")
Source = Callable[[int, int], npt.NDArray[np.float32]]


class InProcessBackend:
    """The audio side as a renderer in this process; :meth:`lose` makes it end as a vanished device does,
    :meth:`die` as a killed audio process does."""

    def __init__(self, device: Device) -> None:
        self._device = device
        self.memory: EngineMemory | None = None
        self.renderer: Renderer | None = None
        self.running = False
        self.lost = False
        self.hung = False  # the stream neither calls back nor says it stopped
        self.killed = False
        self.stopped = False
        self.frame = 0

    async def start(
        self,
        request: DeviceRequest,
        spec_for: Callable[[int], RendererSpec],
        prepare: Callable[[EngineMemory], None],
    ) -> DeviceReport:
        self._device.attempts += 1
        self._device.requests.append(request.audio)
        if not self._device.present:
            raise StartupError(f"--audio {request.audio}: no output device matches")
        spec = spec_for(self._device.samplerate)
        self.memory = EngineMemory.in_process(spec.layout)
        prepare(self.memory)
        self.renderer = Renderer(spec, self.memory)
        self.running = True
        self._device.current = self
        device = self._device
        return DeviceReport(
            device.name,
            device.samplerate,
            BLOCK,
            2,
            2,
            device.silent,
            device.note,
            0.0,
            jack_client=device.jack_client,
        )

    def alive(self) -> bool:
        return self.running

    def ended(self) -> str | None:
        if self.killed:
            return "the audio process was killed by signal 9"
        return "its stream stopped by itself" if self.lost else None

    async def stop(self, abandon: bool = False) -> None:
        self.running = False
        self.stopped = True

    def lose(self) -> None:
        """The device goes away: the stream stops and the audio process ends, flagging it."""
        assert self.memory is not None
        self.memory.stats[Stat.DEVICE_LOST] = 1.0
        self.running, self.lost = False, True

    def die(self) -> None:
        """The audio process is killed: it ends without a word (its device is still there)."""
        self.running, self.killed = False, True


class Device:
    """A sound device that can vanish and come back; every backend started on it renders the same input."""

    def __init__(
        self,
        name: str = "test card",
        samplerate: int = RATE,
        source: Source = ramp,
        silent: bool = False,
        note: str = "",
        jack_client: str = "",
    ) -> None:
        self.name = name
        self.samplerate = samplerate
        self.source = source
        self.silent = silent  # reported as the built-in silent device
        self.note = note
        self.jack_client = jack_client  # the name JACK gives the next backend started on it
        self.present = True
        self.attempts = 0
        self.requests: list[str] = []  # the ``--audio`` of every start
        self.current: InProcessBackend | None = None
        self.output: list[npt.NDArray[np.float32]] = []

    def backend(self) -> InProcessBackend:
        return InProcessBackend(self)


class Harness:
    def __init__(
        self, tracks: int = 2, history: float = 20.0, tempo: float = 120.0, device: Device | None = None
    ) -> None:
        self._origin = 1000.0
        self._blocks = 0
        self.clock = ManualClock(time=self._origin, beat=0.0, tempo=tempo)
        self.timers = ManualTimers(self.clock)
        port = FakeLinkPort(self.clock, tempo=tempo)
        link_clock = LinkClock(port, now=self.clock.now)
        registry = Registry()
        self.osc = OscService(
            registry,
            host_now=self.clock.now,
            wall_now=self.clock.now,
            call_later=self.timers.call_later,
            create_task=asyncio.get_running_loop().create_task,
        )
        self.link = LinkService(
            port,
            link_clock,
            BeatTimer(link_clock, self.timers.call_later),
            self.osc.publisher,
            self.timers.call_later,
        )
        self.link.start()
        self.device = device or Device()
        self.looper = LooperSubsystem(
            ServeConfig(tracks=tracks, history=history, blocksize=BLOCK),
            self.link,
            self.osc,
            registry,
            self.timers.call_later,
            backends=self.device.backend,
        )
        registry.extend(self.looper.endpoints())
        self.subscriber = RecordingPeer()
        self.osc.subscribers.add(self.subscriber)

    async def start(self) -> None:
        await self.looper.start()
        self.link.set_quantum(4.0)

    @property
    def renderer(self) -> Renderer:
        backend = self.device.current
        assert backend is not None and backend.renderer is not None
        return backend.renderer

    def beat(self) -> float:
        return self.link.timeline().beat_at(self.clock.now())

    async def step(self) -> None:
        """One block: the time moves on, timers due run, the block is rendered (if a device runs)."""
        # (Each block's time from its count, not by adding block lengths: no float error builds up.)
        self._blocks += 1
        self.timers.run_until(self._origin + self._blocks * BLOCK / RATE)
        backend = self.device.current
        if backend is not None and backend.running and not backend.hung and backend.renderer is not None:
            incoming = self.device.source(backend.frame, BLOCK)
            out = np.zeros((BLOCK, 2), dtype=np.float32)
            backend.renderer.process(incoming, out, self.clock.now())
            assert backend.memory is not None
            backend.memory.stats[Stat.HEARTBEAT] = self.clock.now()
            backend.frame += BLOCK
            self.device.output.append(out)
        for _ in range(5):  # let tasks woken by the timers run up to their next wait
            await asyncio.sleep(0)

    async def run(self, seconds: float) -> None:
        for _ in range(round(seconds * RATE / BLOCK)):
            await self.step()

    async def run_to_beat(self, beat: float) -> None:
        while self.beat() < beat:
            await self.step()

    async def until(self, awaitable: Awaitable[T], most_seconds: float = 10.0) -> T:
        """Run blocks until ``awaitable`` is done (it may need the renderer to move on)."""
        task = asyncio.ensure_future(awaitable)
        for _ in range(round(most_seconds * RATE / BLOCK)):
            for _ in range(5):
                await asyncio.sleep(0)
            if task.done():
                return task.result()
            await self.step()
        task.cancel()
        raise TimeoutError("not done within the time given")

    def pushes(self, address: str) -> list[tuple[object, ...]]:
        return [m.args for m in self.subscriber.messages if m.address == address]

    def heard_frame(self, beat: float) -> float:
        """The output frame (counted by the backend running now) at which ``beat`` is heard."""
        backend = self.device.current
        assert backend is not None
        time = self.link.timeline().time_at(beat)
        return backend.frame + (time - self.clock.now()) * RATE - BLOCK

    def output_since(self, blocks: int) -> npt.NDArray[np.float32]:
        return np.concatenate(self.device.output[-blocks:])


def run_started(
    test: Callable[[Harness], Awaitable[object]],
    prepare: Callable[[Harness], None] | None = None,
    **options: Any,
) -> None:
    """Run ``test`` on a started ``Harness(**options)`` in an event loop of its own, the looper stopped after
    however the test ends; ``prepare`` sees the harness before its looper starts."""

    async def body() -> None:
        harness = Harness(**options)
        if prepare is not None:
            prepare(harness)
        await harness.start()
        try:
            await test(harness)
        finally:
            await harness.looper.stop()

    asyncio.run(body())


async def record_a_bar(h: Harness) -> None:
    """Record one bar on track 1 (beats 8..12 with the quantum of 4, playing at once) and let the take in."""
    await h.run_to_beat(13.0)
    h.looper.record(1, 1)
    await h.run(0.1)  # (the take is copied within a few blocks)


def stored(start: int, frames: int, fade: int) -> npt.NDArray[np.float32]:
    """What a loop of input ramp frames [start, start + frames) holds: the ramp, its last ``fade`` frames
    crossfaded (equal power) with the ramp just before its start."""
    data = ramp(start, frames)
    angles = (np.arange(fade) + 1.0) / (fade + 1.0) * (np.pi / 2.0)
    tail = data[frames - fade :]
    tail *= np.cos(angles).astype(np.float32)[:, None]
    tail += ramp(start - fade, fade) * np.sin(angles).astype(np.float32)[:, None]
    return data
