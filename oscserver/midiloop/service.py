"""MIDI loops as a server subsystem: input into the history, verbs onto the bank, notes out to the sender.

Playback looks :data:`LOOKAHEAD_SECONDS` ahead every :data:`TICK_SECONDS` and hands each note to the MIDI
process as ``/midi/note`` does (its start at a host time, its note-off by beat, so the sender pairs them and
a tempo change moves the note-off with the beat). A note that a stop, clear or undo cuts short is released at
the cut by a plain note-off (:mod:`oscserver.midiloop.sounding`). The look-ahead is the one place a tempo
change made after a note was handed over does not reach: that note starts where the old tempo put it, at
most :data:`LOOKAHEAD_SECONDS` ahead.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from oscserver.engine import midi_messages as mm
from oscserver.engine.looper import TrackState
from oscserver.engine.midi_schedule import VIRTUAL_PORT
from oscserver.engine.timeline import Timeline
from oscserver.exceptions import InvalidArgument, RequestError
from oscserver.midiloop.bank import SETTLE_SECONDS, Due, MidiLoopBank
from oscserver.midiloop.endpoints import VIRTUAL_OUTPUT, midiloop_endpoints
from oscserver.midiloop.exporting import write_export
from oscserver.midiloop.history import InputHistory
from oscserver.midiloop.smf import to_smf
from oscserver.midiloop.sounding import HandedNote, Release, SoundingNotes
from oscserver.midiloop.take import LoopNote, MidiTake
from oscserver.osc.codec import OscArg
from oscserver.osc.registry import Endpoint, PathVar, Reply
from oscserver.osc.scheduler import TimerHandle
from oscserver.sessions.service import default_data_dir

if TYPE_CHECKING:
    from oscserver.link.service import LinkService
    from oscserver.midi.subsystem import MidiSubsystem
    from oscserver.osc.service import OscService
    from oscserver.server.config import ServeConfig

log = logging.getLogger(__name__)

LOOKAHEAD_SECONDS = 0.1
TICK_SECONDS = 0.025
JUMP_BEATS = 1.0  # the timeline moved back by more than this between ticks: play on from where it is now
# Notes that fell due during a stall of the event loop go out late, up to this late; a longer stall (or the
# timeline jumping forward) skips them rather than sending a burst.
MAX_LATE_SECONDS = 0.5


class MidiLoopSubsystem:
    name = "midiloops"

    def __init__(
        self,
        config: ServeConfig,
        link: LinkService,
        osc: OscService,
        midi: MidiSubsystem,
        call_later: Callable[[float, Callable[[], None]], TimerHandle],
    ) -> None:
        self.loops = config.midi_loops
        self._link = link
        self._clock = link.clock
        self._osc = osc
        self._midi = midi
        self._call_later = call_later
        self._exports = Path(config.data_dir or default_data_dir()) / "exports"
        self.history = InputHistory(max_age=config.history)
        self.bank = MidiLoopBank(self.loops, self.history)
        self._sounding = SoundingNotes()
        self._scheduled_until: float | None = None
        self._timer: TimerHandle | None = None
        self._stopped = False
        midi.input_listeners.append(self._heard)
        osc.registry.add_path_var(
            PathVar(
                "loop",
                values=lambda: [str(n) for n in range(1, self.loops + 1)],
                invalid=lambda text: f"midiloop must be between 1 and {self.loops}, got {text}",
                convert=int,
            )
        )

    # -- Subsystem ------------------------------------------------------------------------------------

    def endpoints(self) -> Iterable[Endpoint]:
        return midiloop_endpoints(self, self._osc.subscribers)

    def status(self) -> list[tuple[str, OscArg]]:
        states = " ".join(self.bank.looper.state(n)[0].value for n in range(1, self.loops + 1))
        return [("midiloops", states), ("midiloop_history", len(self.history))]

    async def start(self) -> None:
        pass

    async def stop(self) -> None:
        self._stopped = True
        for number in range(1, self.loops + 1):
            self._release(self._sounding.cut(number, self._clock.timeline().beat_at(self._clock.now())))
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None

    # -- the verbs --------------------------------------------------------------------------------------

    def record(self, number: int, bars: int) -> bool:
        return self._act(number, lambda beat, timeline: self.bank.record(number, bars, beat, timeline))

    def arm(self, number: int, bars: int) -> bool:
        return self._act(number, lambda beat, timeline: self.bank.arm(number, bars, beat, timeline))

    def play(self, number: int) -> bool:
        return self._act(number, lambda beat, timeline: self.bank.play(number, beat, timeline))

    def stop_loop(self, number: int) -> bool:
        return self._act(number, lambda beat, timeline: self.bank.stop(number, beat, timeline))

    def clear(self, number: int) -> bool:
        return self._act(number, lambda beat, _: self.bank.clear(number, beat))

    def undo(self, number: int) -> bool:
        return self._act(number, lambda beat, _: self.bank.undo(number, beat))

    def restore(self, number: int, take: MidiTake, bars: int, playing: bool) -> None:
        self._act(number, lambda beat, _: self.bank.restore(number, take, bars, playing, beat))

    def _act(self, number: int, verb: Callable[[float, Timeline], list[float]]) -> bool:
        """Do a verb now; True when the loop's state changed (it is then pushed)."""
        before = self.bank.looper.state(number)
        timeline = self._clock.timeline()
        for cut in verb(timeline.beat_at(self._clock.now()), timeline):
            self._release(self._sounding.cut(number, cut))
        changed = self.bank.looper.state(number) != before
        if changed:
            self._push_state(number)
        self._tick()
        return changed

    @property
    def tempo(self) -> float:
        return self._link.tempo

    @property
    def quantum(self) -> float:
        return self._link.quantum

    def output_names(self) -> tuple[str, ...]:
        return self._midi.aliases

    def output(self, number: int) -> str:
        return self.bank.slot(number).output

    def set_output(self, number: int, name: str) -> None:
        if name != VIRTUAL_OUTPUT and name not in self._midi.aliases:
            named = ", ".join(self._midi.aliases) or "none"
            raise InvalidArgument(
                f"no MIDI output named {name!r}: use {VIRTUAL_OUTPUT!r} or a named output ({named})"
            )
        self.bank.slot(number).output = name

    def quantize(self, number: int) -> float:
        return self.bank.slot(number).quantize

    def set_quantize(self, number: int, beats: float) -> None:
        self.bank.slot(number).quantize = beats

    def meant_to_play(self, number: int) -> bool:
        return self.bank.looper.track(number).meant_to_play

    def bars(self, number: int) -> int:
        return self.bank.looper.track(number).loop_bars

    def state_reply(self, number: int) -> Reply:
        state, bars = self.bank.looper.state(number)
        return (f"/midiloop/{number}/state", (state.value, bars))

    def _push_state(self, number: int) -> None:
        self._osc.publisher.publish(*self.state_reply(number))

    async def export(self, number: int) -> list[Reply]:
        take = self.bank.stored(number)
        if take is None:
            raise InvalidArgument(f"midiloop {number} is empty: record or arm it first")
        data = to_smf(take, self._link.tempo, self._link.quantum)
        stem = f"midiloop-{number}-{time.strftime('%Y%m%d-%H%M%S')}"
        path = await asyncio.to_thread(write_export, self._exports, stem, data)
        return [("/done", (f"/midiloop/{number}/export", str(path)))]

    # -- input and playback ------------------------------------------------------------------------------

    def _heard(self, data: bytes, at: float, _input: str) -> None:
        self.history.add(data, at, self._clock.timeline())

    def _tick(self) -> None:
        self._timer = None
        if self._stopped:
            return
        try:
            self._look_ahead()
        except Exception:  # a fault in one look-ahead must not end playback, nor the server
            log.exception("MIDI loops: playback failed for a moment; carrying on")
        if self.bank.active:
            self._timer = self._call_later(TICK_SECONDS, self._tick)
        else:
            self._scheduled_until = None

    def _look_ahead(self) -> None:
        """State changes due now, and every note starting before now + LOOKAHEAD_SECONDS handed over."""
        now = self._clock.now()
        timeline = self._clock.timeline()
        beat = timeline.beat_at(now)
        for change in self.bank.advance(beat, timeline.beat_at(now - SETTLE_SECONDS)):
            self._push_state(change.track)
        horizon = timeline.beat_at(now + LOOKAHEAD_SECONDS)
        last = self._scheduled_until
        late_beats = MAX_LATE_SECONDS * timeline.tempo / 60.0
        start = beat - late_beats  # nothing older goes out, however late
        if last is not None and last > horizon + JUMP_BEATS:
            self.bank.rewind(beat)  # the timeline went back
        if last is None or beat - last > late_beats:
            start = beat  # a long stall, or the timeline jumped ahead: what fell due meanwhile is skipped
        self._scheduled_until = horizon
        # The bank marks what it gives as handed over first: a fault below never sends a note twice.
        for due in self.bank.due(start, horizon):
            self._hand_over(due, timeline.time_at(due.beat))
        self._sounding.forget_ended(beat)

    def _hand_over(self, due: Due, at: float) -> None:
        slot = self.bank.slots[due.loop - 1]
        port = VIRTUAL_PORT if slot.output == VIRTUAL_OUTPUT else slot.output
        item = due.item
        try:
            if isinstance(item, LoopNote):
                self._midi.note(port, item.channel, item.note, item.velocity, due.length, 0.0, at)
                self._sounding.add(
                    HandedNote(due.loop, port, item.channel, item.note, due.beat, due.beat + due.length)
                )
            else:
                self._midi.send(port, item.data, at)
        except RequestError as err:  # MIDI down or the output unplugged: the loop plays on, unheard
            log.debug("midiloop %d: not sent: %s", due.loop, err)

    def _release(self, releases: Iterable[Release]) -> None:
        timeline = self._clock.timeline()
        now = self._clock.now()
        for release in releases:
            at = max(timeline.time_at(release.beat), now)
            try:
                self._midi.send(release.port, mm.note_off(release.channel, release.note), at)
            except RequestError as err:
                log.debug("midiloop note-off not sent: %s", err)

    def loop_numbers(self) -> range:
        return range(1, self.loops + 1)

    def is_empty(self, number: int) -> bool:
        return self.bank.looper.state(number)[0] is TrackState.EMPTY
