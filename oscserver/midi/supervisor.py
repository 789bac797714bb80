"""Keeps one MIDI process running: starts it, hears of its death, and starts another, backing off.

The subsystem decides what a process is told when it comes up and what is refused while there is none; this
module only decides *when* there is a process: the first start, a restart after a death (1 s, then longer
while the new ones keep failing, never giving up), and the stop.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Awaitable, Callable

from oscserver.exceptions import Unavailable
from oscserver.midi import protocol as p
from oscserver.midi.process import ProcessFactory, ProcessHandle

log = logging.getLogger(__name__)

RESTART_DELAYS = (1.0, 2.0, 5.0, 10.0, 30.0)  # after the MIDI process dies: retry, backing off
STEADY_AFTER = 60.0  # a death after this long up is not a crash loop: the back-off starts over


def restart_delay(failures_in_a_row: int) -> float:
    """How long to wait before start attempt ``failures_in_a_row + 1`` after a death."""
    return RESTART_DELAYS[min(failures_in_a_row, len(RESTART_DELAYS) - 1)]


class MidiSupervisor:
    def __init__(
        self,
        factory: ProcessFactory,
        config: p.Configure,
        on_packet: Callable[[object], None],
        now: Callable[[], float],
        on_up: Callable[[ProcessHandle, p.Ready, bool], None],
        on_down: Callable[[str], None],
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
    ) -> None:
        """``on_up(process, ready, after_death)`` when a process is ready; ``on_down(why)`` when it died."""
        self._factory = factory
        self._config = config
        self._on_packet = on_packet
        self._now = now
        self._on_up = on_up
        self._on_down = on_down
        self._sleep = sleep
        self.process: ProcessHandle | None = None
        self.why_none = "no MIDI backend could be opened"  # why the last start brought no process up
        self.died = ""  # why the last process ended, while no other has replaced it
        self.restarts = 0  # processes started after a death
        self._failures_in_a_row = 0
        self._up_since = 0.0
        self._restart: asyncio.Task[None] | None = None
        self._stopped = False

    @property
    def restarting(self) -> bool:
        return self._restart is not None

    async def start(self, after_death: bool = False) -> bool:
        """Start a process; False when no backend could be opened (``why_none`` says why).

        Raises :class:`Unavailable` when the process itself did not come up (``why_none`` says so too).
        """
        ended: list[str] = []  # why it ended before it was taken on, if it did

        def exited(why: str) -> None:
            if process is self.process:
                self._exited(why)
            else:
                ended.append(why)

        process = self._factory(self._config, self._on_packet, exited)
        try:
            ready = await process.start()
            if ended:
                raise Unavailable(f"the MIDI process died as it started ({ended[0]})")
        except Unavailable as err:
            self.why_none = str(err)
            raise
        if ready.api is None:
            await process.kill()
            self.why_none = ready.error or self.why_none
            return False
        if self._stopped:  # the server stopped while this one was starting
            await process.stop()
            return False
        self.process = process
        self._up_since = self._now()
        self.died = ""
        if after_death:
            self.restarts += 1
        self._on_up(process, ready, after_death)
        return True

    def _exited(self, why: str) -> None:
        self.process = None
        if self._stopped:
            return
        if self._now() - self._up_since > STEADY_AFTER:
            self._failures_in_a_row = 0
        self.died = f"the MIDI process died ({why})"
        if self._restart is None:
            self._restart = asyncio.get_running_loop().create_task(self._bring_back())
        self._on_down(self.died)

    async def _bring_back(self) -> None:
        """Until a process runs again (or the server stops), wait longer after each failed attempt."""
        try:
            while self.process is None and not self._stopped:
                delay = restart_delay(self._failures_in_a_row)
                self._failures_in_a_row += 1
                log.warning("restarting the MIDI process in %g s", delay)
                await self._sleep(delay)
                if self._stopped:
                    return
                with contextlib.suppress(Unavailable):
                    await self.start(after_death=True)
                if self.process is None and not self._stopped:
                    log.error("the MIDI process did not come back: %s", self.why_none)
        finally:
            self._restart = None

    async def stop(self) -> None:
        """No more restarts; the running process, if any, releases every note and ends."""
        self._stopped = True
        if self._restart is not None:
            self._restart.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._restart
        process, self.process = self.process, None
        if process is not None:
            await process.stop()
