"""The Link session as the server shows it: controls, beat pushes, ``/sync`` answers, changes from peers.

Changes made here and changes made by other peers take the same road: Link reports them, the timeline is
re-sampled, timers re-planned, and the new value pushed to subscribers (deduplicated, so a change we made
ourselves and then hear back from Link goes out once).
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Sequence
from typing import Protocol

from oscserver.engine.timeline import (
    MAX_QUANTUM,
    MAX_TEMPO,
    MIN_QUANTUM,
    MIN_TEMPO,
    BarPosition,
    Timeline,
    next_boundary,
)
from oscserver.exceptions import InvalidArgument, Overloaded
from oscserver.link.clock import LinkClock
from oscserver.link.commits import RECHECK_SECONDS, OwnCommits
from oscserver.link.port import LinkPort
from oscserver.link.timer import BeatTimer
from oscserver.osc.codec import OscArg
from oscserver.osc.scheduler import TimerHandle

log = logging.getLogger(__name__)

# How often Link is re-sampled for timeline corrections that come without a tempo change (peer clock sync).
RESAMPLE_INTERVAL_SECONDS = 0.5
MAX_PENDING_SYNCS = 1024


class Pushes(Protocol):
    def publish(self, address: str, args: Sequence[OscArg], *, force: bool = False) -> None: ...

    def event(self, address: str, args: Sequence[OscArg]) -> None: ...


class LinkService:
    def __init__(
        self,
        port: LinkPort,
        clock: LinkClock,
        timer: BeatTimer,
        pushes: Pushes,
        call_later: Callable[[float, Callable[[], None]], TimerHandle],
    ) -> None:
        self.port = port
        self.clock = clock
        self._timer = timer
        self._pushes = pushes
        self._call_later = call_later
        self._beat_entry: int | None = None
        self._resample_handle: TimerHandle | None = None
        self._pending_syncs = 0
        self._beat_listeners: list[Callable[[float, BarPosition], None]] = []
        self._playing_listeners: list[Callable[[bool], None]] = []
        self._tempo_listeners: list[Callable[[float], None]] = []
        self._closed = False
        self._tempo = port.tempo
        self._playing = port.playing
        self._tempo_commits: OwnCommits[float] = OwnCommits()
        self._playing_commits: OwnCommits[bool] = OwnCommits()

    # -- lifecycle ---------------------------------------------------------------------------------

    def start(self) -> None:
        self.port.on_tempo(self._tempo_reported)
        self.port.on_playing(self._playing_reported)
        self.port.on_peers(self._peers_reported)
        self.clock.on_change(self._timeline_moved)
        self.clock.refresh(force=True)
        self._schedule_resample()

    async def join(self, enable: bool, window: float = 0.5) -> None:
        """Enable Link (the last step of start-up) and give a running session a moment to take us in.

        Nothing is committed from here on: our own tempo went to Link while it was still off (see
        :meth:`~oscserver.server.app.App.start`), so it holds only when we are alone. A commit made after
        enabling lands in whatever session Link has joined by the time its network thread handles it,
        which can already be the band's even while the peer count still reads 0 (Link switches session
        before it counts the peers), and would then impose our tempo on everyone.
        """
        if not enable:
            return
        self.port.enabled = True
        loop = asyncio.get_running_loop()
        deadline = loop.time() + window
        while self.port.peers == 0 and loop.time() < deadline:
            await asyncio.sleep(0.02)
        if self.port.peers > 0:
            log.info("joined a Link session with %d peer(s) at %.2f BPM", self.port.peers, self.port.tempo)
            # The session's tempo and transport, even if Link's reports of them are still on their way.
            self._accept_tempo(self.port.tempo)
            self._accept_playing(self.port.playing)
        self.clock.refresh(force=True)

    def close(self) -> None:
        self._closed = True
        if self._resample_handle is not None:
            self._resample_handle.cancel()
        self._timer.close()
        self.port.close()

    # -- state -------------------------------------------------------------------------------------

    @property
    def tempo(self) -> float:
        """The tempo in force: our own latest commit, or what a peer set since (never a stale echo)."""
        return self._tempo

    def set_tempo(self, tempo: float) -> None:
        if not MIN_TEMPO <= tempo <= MAX_TEMPO:
            raise InvalidArgument(f"tempo must be between 20 and 999 BPM, got {tempo:g}")
        self.port.tempo = tempo
        self._tempo = self.port.tempo
        self._tempo_commits.committed(self._tempo, self.clock.now())
        self.clock.refresh(force=True)
        self._notify_tempo()

    @property
    def playing(self) -> bool:
        return self._playing

    def set_playing(self, playing: bool) -> None:
        self.port.playing = playing
        self._playing = playing
        self._playing_commits.committed(playing, self.clock.now())
        self._notify_playing(playing)

    @property
    def quantum(self) -> float:
        return self.port.quantum

    def set_quantum(self, quantum: float) -> None:
        if not MIN_QUANTUM <= quantum <= MAX_QUANTUM:
            raise InvalidArgument(f"quantum must be between 1 and 16 beats, got {quantum:g}")
        self.port.quantum = quantum
        self.clock.refresh(force=True)

    @property
    def enabled(self) -> bool:
        return self.port.enabled

    def set_enabled(self, enabled: bool) -> None:
        self.port.enabled = enabled
        self._pushes.publish("/link/enabled", (int(enabled),))
        self._pushes.publish("/link/peers", (self.port.peers,))

    @property
    def start_stop_sync(self) -> bool:
        return self.port.start_stop_sync

    def set_start_stop_sync(self, enabled: bool) -> None:
        self.port.start_stop_sync = enabled

    @property
    def peers(self) -> int:
        return self.port.peers

    def timeline(self) -> Timeline:
        return self.clock.timeline()

    def beat_now(self) -> float:
        return self.clock.beat()

    def position(self, beat: float) -> BarPosition:
        return self.clock.timeline().bar_position(beat)

    # -- listeners for other subsystems (MIDI clock, looper) ---------------------------------------

    def on_beat(self, listener: Callable[[float, BarPosition], None]) -> None:
        self._beat_listeners.append(listener)

    def on_playing(self, listener: Callable[[bool], None]) -> None:
        self._playing_listeners.append(listener)

    def on_tempo(self, listener: Callable[[float], None]) -> None:
        self._tempo_listeners.append(listener)

    # -- /sync -------------------------------------------------------------------------------------

    def sync(self, every: float, offset: float, reached: Callable[[float], None]) -> float:
        """Call ``reached(beat)`` when the timeline reaches the next multiple of ``every`` plus ``offset``."""
        if self._pending_syncs >= MAX_PENDING_SYNCS:
            raise Overloaded(f"{MAX_PENDING_SYNCS} /sync requests are already waiting; try again later")
        target = next_boundary(self.beat_now(), every, offset)
        self._pending_syncs += 1

        def fire(beat: float) -> None:
            self._pending_syncs -= 1
            reached(beat)

        self._timer.at(target, fire)
        return target

    # -- what Link reports -------------------------------------------------------------------------

    def _tempo_reported(self, tempo: float) -> None:
        if self._closed:
            return
        if self._tempo_commits.is_stale_echo(tempo, self.clock.now()):
            self._call_later(RECHECK_SECONDS, self._recheck_tempo)
            return
        self._accept_tempo(tempo)

    def _recheck_tempo(self) -> None:
        """After an echo: what Link says now is what stands (a peer may really have set that value)."""
        if not self._closed and self.port.tempo != self._tempo:
            self._accept_tempo(self.port.tempo)

    def _accept_tempo(self, tempo: float) -> None:
        self._tempo = tempo
        self.clock.refresh(force=True)
        self._notify_tempo()

    def _playing_reported(self, playing: bool) -> None:
        if self._closed:
            return
        if self._playing_commits.is_stale_echo(playing, self.clock.now()):
            self._call_later(RECHECK_SECONDS, self._recheck_playing)
            return
        self._accept_playing(playing)

    def _recheck_playing(self) -> None:
        if not self._closed and self.port.playing != self._playing:
            self._accept_playing(self.port.playing)

    def _accept_playing(self, playing: bool) -> None:
        self._playing = playing
        self._notify_playing(playing)

    def _peers_reported(self, peers: int) -> None:
        if self._closed:
            return
        self._pushes.publish("/link/peers", (int(peers),))
        # A session joined or left may have moved the timeline.
        self.clock.refresh()

    def _notify_tempo(self) -> None:
        tempo = self._tempo
        self._pushes.publish("/link/tempo", (float(tempo),))
        for listener in list(self._tempo_listeners):
            listener(tempo)

    def _notify_playing(self, playing: bool) -> None:
        self._pushes.publish("/link/playing", (int(playing),))
        for listener in list(self._playing_listeners):
            listener(playing)

    def _timeline_moved(self, timeline: Timeline) -> None:
        self._timer.timeline_changed()
        self._plan_next_beat()
        self._pushes.publish("/link/quantum", (float(timeline.quantum),))

    def _schedule_resample(self) -> None:
        if self._closed:
            return
        self.clock.refresh()
        self._resample_handle = self._call_later(RESAMPLE_INTERVAL_SECONDS, self._schedule_resample)

    # -- beat pushes -------------------------------------------------------------------------------

    def _plan_next_beat(self) -> None:
        if self._beat_entry is not None:
            self._timer.cancel(self._beat_entry)
        self._beat_entry = self._timer.at(next_boundary(self.beat_now(), 1.0), self._beat_reached)

    def _beat_reached(self, beat: float) -> None:
        self._beat_entry = None
        position = self.position(beat)
        self._pushes.event("/link/beat", (float(beat), position.bar, position.beat_in_bar))
        for listener in list(self._beat_listeners):
            listener(beat, position)
        # From "now" rather than from ``beat``: after a jump forward in the timeline, skipped beats are not
        # pushed in a burst.
        self._beat_entry = self._timer.at(next_boundary(max(beat, self.beat_now()), 1.0), self._beat_reached)
