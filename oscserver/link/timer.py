"""Run callbacks when the beat timeline reaches given beats, on the asyncio loop.

Entries are kept by beat (a :class:`BeatAgenda`); one loop timer is armed for the earliest, and re-armed
whenever the timeline changes, so a tempo change moves every pending entry with the grid.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from oscserver.engine.agenda import BeatAgenda
from oscserver.engine.clock import Clock
from oscserver.osc.scheduler import TimerHandle

log = logging.getLogger(__name__)

BeatCallback = Callable[[float], None]


class BeatTimer:
    def __init__(self, clock: Clock, call_later: Callable[[float, Callable[[], None]], TimerHandle]) -> None:
        self._clock = clock
        self._call_later = call_later
        self._agenda: BeatAgenda[BeatCallback] = BeatAgenda()
        self._armed: TimerHandle | None = None
        self._armed_for: float | None = None

    def __len__(self) -> int:
        return len(self._agenda)

    def at(self, beat: float, callback: BeatCallback) -> int:
        """Call ``callback(beat)`` when the timeline reaches ``beat`` (at once if it already has)."""
        ident = self._agenda.add(beat, callback)
        if self._armed_for is None or beat < self._armed_for:
            self._rearm()
        return ident

    def cancel(self, ident: int) -> None:
        self._agenda.cancel(ident)

    def timeline_changed(self) -> None:
        self._rearm()

    def close(self) -> None:
        if self._armed is not None:
            self._armed.cancel()
        self._armed = None
        self._armed_for = None

    def _rearm(self) -> None:
        if self._armed is not None:
            self._armed.cancel()
            self._armed = None
        beat = self._agenda.next_beat()
        self._armed_for = beat
        if beat is None:
            return
        delay = self._clock.timeline().time_at(beat) - self._clock.now()
        self._armed = self._call_later(max(delay, 0.0), self._fire)

    def _fire(self) -> None:
        self._armed = None
        beat_now = self._clock.timeline().beat_at(self._clock.now())
        for beat, callback in self._agenda.pop_due(beat_now):
            try:
                callback(beat)
            except Exception:
                log.exception("beat callback failed")
        self._rearm()
