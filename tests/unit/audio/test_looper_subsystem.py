"""The looper subsystem on a manual clock: what it tells the renderer, and when it pushes state.

The audio process is replaced by its shared memory alone (no device, no process): every command the
renderer would get is read back from the mailbox, with its exact beats, and every push from a subscriber's
socket stand-in.
"""

from __future__ import annotations

import asyncio
import heapq
import itertools
from collections.abc import Callable
from dataclasses import dataclass, field

import pytest

from oscserver.audio.devices import DeviceRequest
from oscserver.audio.memory import EngineMemory
from oscserver.audio.process import DeviceReport
from oscserver.audio.realtime.commands import Op
from oscserver.audio.realtime.renderer import RendererSpec
from oscserver.audio.subsystem import LooperSubsystem
from oscserver.engine.clock import ManualClock
from oscserver.exceptions import Unavailable
from oscserver.link.clock import LinkClock
from oscserver.link.fake import FakeLinkPort
from oscserver.link.service import LinkService
from oscserver.link.timer import BeatTimer
from oscserver.osc.codec import Message, parse_packet
from oscserver.osc.registry import Registry
from oscserver.osc.service import OscService
from oscserver.server.config import ServeConfig


class Timers:
    """``call_later`` on the manual clock: callbacks run when the test moves time past them."""

    def __init__(self, clock: ManualClock) -> None:
        self.clock = clock
        self._heap: list[tuple[float, int, Callable[[], None], list[bool]]] = []
        self._ids = itertools.count()

    def call_later(self, delay: float, callback: Callable[[], None]) -> Handle:
        cancelled = [False]
        heapq.heappush(self._heap, (self.clock.now() + delay, next(self._ids), callback, cancelled))
        return Handle(cancelled)

    def advance_to(self, time: float) -> None:
        while self._heap and self._heap[0][0] <= time:
            due, _, callback, cancelled = heapq.heappop(self._heap)
            self.clock.advance(max(0.0, due - self.clock.now()))
            if not cancelled[0]:
                callback()
        self.clock.advance(max(0.0, time - self.clock.now()))


@dataclass
class Handle:
    cancelled: list[bool]

    def cancel(self) -> None:
        self.cancelled[0] = True


@dataclass
class Listener:
    """A subscriber: keeps what is sent to it, with the manual time it was sent at."""

    clock: ManualClock
    received: list[tuple[float, Message]] = field(default_factory=list)
    host: str = "127.0.0.1"
    port: int = 9999

    @property
    def key(self) -> tuple[str, str, int]:
        return ("test", self.host, self.port)

    def send(self, data: bytes) -> None:
        for message in parse_packet(data):
            self.received.append((self.clock.now(), message))

    def at_port(self, port: int) -> Listener:
        return self

    def states(self) -> list[tuple[float, tuple[object, ...]]]:
        return [(t, m.args) for t, m in self.received if m.address == "/looper/1/state"]


class MemoryOnly:
    """The audio side as shared memory only."""

    def __init__(self) -> None:
        self.memory: EngineMemory | None = None

    async def start(
        self,
        request: DeviceRequest,
        spec_for: Callable[[int], RendererSpec],
        prepare: Callable[[EngineMemory], None],
    ) -> DeviceReport:
        spec = spec_for(request.samplerate)
        self.memory = EngineMemory.in_process(spec.layout)
        prepare(self.memory)
        self.memory.stats[0] = 48000 * 30  # the renderer has captured 30 s
        return DeviceReport("test", request.samplerate, request.blocksize, 2, 2, False, "", 0.004)

    def alive(self) -> bool:
        return True

    def ended(self) -> str | None:
        return None

    async def stop(self, abandon: bool = False) -> None:
        pass


@dataclass
class Setup:
    clock: ManualClock
    timers: Timers
    link: LinkService
    looper: LooperSubsystem
    listener: Listener
    backend: MemoryOnly

    def commands(self) -> list[list[float]]:
        memory = self.backend.memory
        assert memory is not None
        found = []
        while (record := memory.commands.get()) is not None:
            found.append(record[:6])
        return found


def setup() -> Setup:
    clock = ManualClock(time=1000.0, beat=0.0, tempo=120.0)
    timers = Timers(clock)
    port = FakeLinkPort(clock)
    link_clock = LinkClock(port, now=clock.now)
    registry = Registry()
    osc = OscService(
        registry,
        host_now=clock.now,
        wall_now=clock.now,
        call_later=timers.call_later,
        create_task=asyncio.get_running_loop().create_task,
    )
    link = LinkService(
        port, link_clock, BeatTimer(link_clock, timers.call_later), osc.publisher, timers.call_later
    )
    link.start()
    backend = MemoryOnly()
    looper = LooperSubsystem(
        ServeConfig(tracks=2, history=20.0), link, osc, registry, timers.call_later, backend=backend
    )
    registry.extend(looper.endpoints())
    listener = Listener(clock)
    osc.subscribers.add(listener)
    return Setup(clock, timers, link, looper, listener, backend)


def run(test: Callable[[Setup], None]) -> None:
    async def body() -> None:
        s = setup()
        await s.looper.start()
        s.commands()  # the start-up settings
        try:
            test(s)
        finally:
            await s.looper.stop()

    asyncio.run(body())


def at_beat(s: Setup, beat: float) -> None:
    s.timers.advance_to(s.link.timeline().time_at(beat))


def test_record_sends_the_take_in_beats_and_pushes_playing_at_once() -> None:
    def test(s: Setup) -> None:
        at_beat(s, 17.0)
        s.looper.record(1, 2)
        assert s.commands() == [[Op.CAPTURE, 0.0, 8.0, 16.0, 16.0, 17.0]]
        assert s.listener.states() == [(1000.0 + 17 * 0.5, ("PLAYING", 2))]

    run(test)


def test_arm_pushes_each_state_exactly_at_its_bar_line() -> None:
    def test(s: Setup) -> None:
        at_beat(s, 5.0)
        s.looper.arm(1, 1)
        assert s.commands() == [[Op.CAPTURE, 0.0, 8.0, 12.0, 12.0, 8.0]]
        at_beat(s, 13.0)
        assert s.listener.states() == [
            (1002.5, ("TRIGGERED", 1)),
            (1004.0, ("RECORDING", 1)),  # beat 8
            (1006.0, ("PLAYING", 1)),  # beat 12
        ]

    run(test)


def test_a_tempo_change_reaches_the_renderer_and_moves_the_bar_line_pushes_with_the_grid() -> None:
    def test(s: Setup) -> None:
        at_beat(s, 13.0)
        s.looper.record(1, 1)
        s.looper.stop_track(1)  # at beat 16
        s.link.set_tempo(60.0)  # beat 13 -> 16 now takes 3 s
        memory = s.backend.memory
        assert memory is not None
        timeline = memory.timeline_cell().read()
        assert timeline is not None and timeline.tempo == 60.0
        assert timeline.beat_at(s.clock.now()) == pytest.approx(13.0)
        at_beat(s, 17.0)
        when, state = s.listener.states()[-1]
        assert state == ("STOPPED", 1)
        assert when == pytest.approx(1006.5 + 3.0)

    run(test)


def test_volume_mute_and_click_reach_the_renderer() -> None:
    def test(s: Setup) -> None:
        s.looper.set_volume(2, 0.5)
        s.looper.set_muted(2, True)
        s.looper.set_click(enabled=True, volume=0.3)
        s.looper.set_latency(0.01)
        assert s.commands() == [
            [Op.GAIN, 1.0, 0.5, 0, 0, 0],
            [Op.GAIN, 1.0, 0.0, 0, 0, 0],
            [Op.CLICK, 0.0, 1.0, 0.3, 0, 0],
            [Op.LATENCY, 0.0, 480.0, 0, 0, 0],
        ]

    run(test)


def test_the_devices_latency_is_the_starting_compensation() -> None:
    def test(s: Setup) -> None:
        assert s.looper.latency == 0.004

    run(test)


def test_a_latency_set_before_the_audio_engine_is_up_is_kept_and_given_to_it() -> None:
    async def body() -> None:
        s = setup()
        s.looper.set_latency(0.25)  # answered while the audio engine starts
        await s.looper.start()
        try:
            assert s.looper.latency == 0.25
            assert s.commands()[0] == [Op.LATENCY, 0.0, 12000.0, 0, 0, 0]
        finally:
            await s.looper.stop()

    asyncio.run(body())


def test_a_verb_before_the_audio_engine_is_up_is_refused_saying_so() -> None:
    async def body() -> None:
        s = setup()
        with pytest.raises(Unavailable, match="the audio engine is starting; try again in a moment"):
            s.looper.record(1, 1)
        await s.looper.start()
        await s.looper.stop()

    asyncio.run(body())
