"""When there is a MIDI process: the first start, a restart after each death, backing off, and the stop.

The processes are fakes that start, fail or die when told; waits go through a fake sleep that advances a
manual clock, so the back-off is checked as an exact list of delays.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import Any

import pytest

from oscserver.engine.clock import ManualClock
from oscserver.exceptions import Unavailable
from oscserver.midi import protocol as p
from oscserver.midi.supervisor import RESTART_DELAYS, STEADY_AFTER, MidiSupervisor

READY = p.Ready(api="jack", error=None, virtual_output="oscserver:out", realtime=False)
CONFIG = p.Configure("jack", (), (), None, "info")


class FakeProcess:
    def __init__(self, on_exit: Callable[[str], None], outcome: str) -> None:
        self.on_exit = on_exit
        # "ready", "fails" (does not come up), "dies" (dies as it starts), "no backend" (none to open)
        self.outcome = outcome
        self.stopped = False

    async def start(self, timeout: float = 0.0) -> p.Ready:
        if self.outcome == "fails":
            raise Unavailable("the MIDI process did not start within 30 s")
        if self.outcome == "dies":
            self.on_exit("killed by SIGSEGV")
        if self.outcome == "no backend":
            return p.Ready(None, "Jack: JACK server not running?", None, False)
        return READY

    def send(self, command: object) -> None:
        pass

    async def ask(self, make: Callable[[int], object], timeout: float = 0.0) -> Any:
        raise NotImplementedError

    async def stop(self, timeout: float = 0.0) -> None:
        self.stopped = True

    async def kill(self, grace: float = 0.0) -> None:
        self.stopped = True


class Rig:
    def __init__(self, outcomes: list[str]) -> None:
        self.clock = ManualClock(time=100.0)
        self.outcomes = outcomes  # of the processes to come, in order; then "ready"
        self.processes: list[FakeProcess] = []
        self.slept: list[float] = []
        self.events: list[str] = []
        self.sleeps_end = True  # False: a wait lasts until the scenario ends
        self.supervisor = MidiSupervisor(
            self._make, CONFIG, lambda packet: None, self.clock.now, self._up, self._down, self._sleep
        )

    def _make(self, config: p.Configure, on_packet: Any, on_exit: Callable[[str], None]) -> FakeProcess:
        process = FakeProcess(on_exit, self.outcomes.pop(0) if self.outcomes else "ready")
        self.processes.append(process)
        return process

    def _up(self, process: Any, ready: p.Ready, after_death: bool) -> None:
        self.events.append("up after a death" if after_death else "up")

    def _down(self, why: str) -> None:
        self.events.append(why)

    async def _sleep(self, seconds: float) -> None:
        self.slept.append(seconds)
        if not self.sleeps_end:
            await asyncio.Event().wait()
        self.clock.advance(seconds)

    def kill(self) -> None:
        self.processes[-1].on_exit("killed by SIGKILL")

    async def settle(self) -> None:
        for _ in range(50):
            await asyncio.sleep(0)


def run(scenario: Callable[[Rig], Any], outcomes: list[str] | None = None) -> None:
    asyncio.run(scenario(Rig(outcomes or [])))


def test_each_failed_restart_waits_longer_and_it_never_gives_up() -> None:
    async def scenario(rig: Rig) -> None:
        assert await rig.supervisor.start()
        rig.outcomes += ["fails"] * 6
        rig.kill()
        assert rig.supervisor.process is None and rig.supervisor.restarting
        await rig.settle()
        assert rig.slept == [1.0, 2.0, 5.0, 10.0, 30.0, 30.0, 30.0]
        assert rig.events == ["up", "the MIDI process died (killed by SIGKILL)", "up after a death"]
        assert rig.supervisor.process is rig.processes[-1] and not rig.supervisor.restarting
        assert (rig.supervisor.restarts, rig.supervisor.died) == (1, "")

    run(scenario)


def test_a_death_after_a_good_while_starts_the_back_off_over() -> None:
    async def scenario(rig: Rig) -> None:
        await rig.supervisor.start()
        rig.kill()
        await rig.settle()
        rig.kill()  # at once again: a crash loop
        await rig.settle()
        rig.clock.advance(STEADY_AFTER + 1)
        rig.kill()  # after a minute up: quickly again
        await rig.settle()
        assert rig.slept == [RESTART_DELAYS[0], RESTART_DELAYS[1], RESTART_DELAYS[0]]
        assert rig.supervisor.restarts == 3

    run(scenario)


def test_a_process_that_dies_as_it_starts_is_not_taken_on() -> None:
    async def scenario(rig: Rig) -> None:
        with pytest.raises(Unavailable, match=r"died as it started \(killed by SIGSEGV\)"):
            await rig.supervisor.start()
        assert rig.supervisor.process is None and not rig.supervisor.restarting
        assert rig.supervisor.why_none == "the MIDI process died as it started (killed by SIGSEGV)"
        assert rig.events == []

    run(scenario, ["dies"])


def test_a_backend_that_cannot_open_is_told_apart_from_a_process_that_fails() -> None:
    async def scenario(rig: Rig) -> None:
        assert not await rig.supervisor.start()
        assert rig.processes[-1].stopped
        assert rig.supervisor.why_none == "Jack: JACK server not running?"
        assert rig.supervisor.process is None and not rig.supervisor.restarting

    run(scenario, ["no backend"])


def test_stopping_ends_the_process_and_any_restart_under_way() -> None:
    async def scenario(rig: Rig) -> None:
        await rig.supervisor.start()
        first = rig.processes[-1]
        await rig.supervisor.stop()
        assert first.stopped
        first.on_exit("exit status 0")  # its end, after the stop: no news, no restart
        await rig.settle()
        assert rig.events == ["up"] and len(rig.processes) == 1

    run(scenario)


def test_stopping_while_a_restart_waits_starts_nothing_more() -> None:
    async def scenario(rig: Rig) -> None:
        rig.sleeps_end = False
        await rig.supervisor.start()
        rig.kill()
        await rig.settle()
        assert rig.slept == [1.0] and rig.supervisor.restarting
        await rig.supervisor.stop()
        assert not rig.supervisor.restarting and len(rig.processes) == 1

    run(scenario)
