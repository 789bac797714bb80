"""The MIDI loops as pure logic on the beat grid: verbs, the takes they keep, and what sounds when.

The states and their timing are the audio looper's own (:class:`~oscserver.engine.looper.Looper`, driven with
the same verbs), so a MIDI loop behaves exactly as an audio track does. What the looper calls effects become,
here, *segments*: a take sounding from one beat to another, locked to the beat at which its loop starts
(``anchor``). Playback is then a question with an exact answer: which notes start within beats [a, b)
(:meth:`MidiLoopBank.due`).

A take is cut from the history when it is first needed (a retroactive take at once, an armed one when its
first notes are due) and cut again, for good, once its last beat is :data:`SETTLE_SECONDS` past, so input
that arrives a moment after the bar line it was played before still belongs to it.

``undo`` takes back the last take or clear of a loop (repeatedly, up to :data:`UNDO_DEPTH` steps): the loop
it replaced comes back, playing if it was playing.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from oscserver.engine.loop_windows import BeatSpan
from oscserver.engine.looper import CancelCapture, Capture, Change, Clear, Effect, Looper, Play, Stop
from oscserver.engine.timeline import BEAT_EPSILON, Timeline
from oscserver.exceptions import InvalidArgument
from oscserver.midiloop.history import InputHistory
from oscserver.midiloop.take import LoopMessage, LoopNote, MidiTake, capture, occurrences

UNDO_DEPTH = 8
SETTLE_SECONDS = 0.05  # how late input may arrive after the bar line that ends its take
OPEN = math.inf


@dataclass
class TakeRef:
    """A loop's content: cut from the history over ``span`` (once ``final``), or given whole."""

    span: BeatSpan
    bars: int
    take: MidiTake | None = None
    final: bool = False


@dataclass
class Segment:
    ref: TakeRef
    anchor: float  # a beat at which the loop is at its start
    start: float
    end: float = OPEN
    handed_until: float = -math.inf  # what starts before this beat was handed over (or had passed)


@dataclass(frozen=True)
class UndoStep:
    ref: TakeRef | None
    playing: bool


@dataclass
class Slot:
    number: int
    current: TakeRef | None = None  # the loop stored
    pending: TakeRef | None = None  # a take under way that replaces it at its end
    segments: list[Segment] = field(default_factory=list)
    undo: list[UndoStep] = field(default_factory=list)
    output: str = "out"
    quantize: float = 0.0


@dataclass(frozen=True)
class Due:
    """A note or message of loop ``loop`` to send at ``beat``; a note lasts ``length`` beats."""

    loop: int
    beat: float
    item: LoopNote | LoopMessage
    length: float


class MidiLoopBank:
    def __init__(self, loops: int, history: InputHistory) -> None:
        self.looper = Looper(
            loops, history_seconds=history.max_age, capacity_seconds=history.max_age, noun="midiloop"
        )
        self.slots = [Slot(n) for n in range(1, loops + 1)]
        self._history = history

    def slot(self, number: int) -> Slot:
        self.looper.track(number)  # the range check and its message
        return self.slots[number - 1]

    # -- verbs (each returns the beats from which what already sounds must be released) ---------------

    def record(self, number: int, bars: int, beat: float, timeline: Timeline) -> list[float]:
        playing = self.looper.track(number).meant_to_play
        return self._apply(number, self.looper.record(number, bars, beat, timeline), beat, bars, playing)

    def arm(self, number: int, bars: int, beat: float, timeline: Timeline) -> list[float]:
        playing = self.looper.track(number).meant_to_play
        return self._apply(number, self.looper.arm(number, bars, beat, timeline), beat, bars, playing)

    def play(self, number: int, beat: float, timeline: Timeline) -> list[float]:
        return self._apply(number, self.looper.play(number, beat, timeline), beat)

    def stop(self, number: int, beat: float, timeline: Timeline) -> list[float]:
        return self._apply(number, self.looper.stop(number, beat, timeline), beat)

    def clear(self, number: int, beat: float) -> list[float]:
        playing = self.looper.track(number).meant_to_play
        return self._apply(number, self.looper.clear(number), beat, playing=playing)

    def undo(self, number: int, beat: float) -> list[float]:
        slot = self.slot(number)
        if not slot.undo:
            raise InvalidArgument(f"midiloop {number} has nothing to undo")
        step = slot.undo.pop()
        slot.pending = None
        slot.current = step.ref
        self._cut(slot, beat)
        slot.segments = []
        if step.ref is None:
            self.looper.clear(number)
        else:
            self.looper.restore(number, step.ref.bars, step.playing)
            if step.playing:
                slot.segments.append(Segment(step.ref, step.ref.span.start, beat, handed_until=beat))
        return [beat]

    def restore(self, number: int, take: MidiTake, bars: int, playing: bool, beat: float) -> list[float]:
        """A loop put in from outside (a session): anchored at beat 0, playing from ``beat`` or stopped."""
        slot = self.slot(number)
        self.looper.restore(number, bars, playing)
        self._cut(slot, beat)
        ref = TakeRef(BeatSpan(0.0, take.beats), bars, take, final=True)
        slot.current, slot.pending, slot.undo = ref, None, []
        slot.segments = [Segment(ref, 0.0, beat, handed_until=beat)] if playing else []
        return [beat]

    def _apply(
        self, number: int, effects: list[Effect], beat: float, bars: int = 0, playing: bool = False
    ) -> list[float]:
        slot = self.slots[number - 1]
        cuts: list[float] = []
        for effect in effects:
            if isinstance(effect, Capture):
                ref = TakeRef(effect.span, bars)
                self._remember(slot, UndoStep(slot.current, playing))
                cuts.append(self._cut(slot, effect.release_at))
                slot.segments.append(Segment(ref, effect.span.start, effect.play_from, handed_until=beat))
                if effect.span.end <= beat + BEAT_EPSILON:
                    slot.current, slot.pending = ref, None
                else:
                    slot.pending = ref
            elif isinstance(effect, Play):
                last = slot.segments[-1] if slot.segments else None
                if last is not None and last.end >= effect.at - BEAT_EPSILON:
                    last.end = OPEN  # a pending stop called off
                else:
                    stored = slot.pending or slot.current
                    if stored is not None:
                        slot.segments.append(Segment(stored, stored.span.start, effect.at, handed_until=beat))
            elif isinstance(effect, Stop):
                cuts.append(self._cut(slot, effect.at))
            elif isinstance(effect, CancelCapture):
                slot.segments = [s for s in slot.segments if s.ref is not slot.pending]
                slot.pending = None
                if slot.undo:
                    slot.undo.pop()  # the take that never happened is nothing to undo
            elif isinstance(effect, Clear):
                self._remember(slot, UndoStep(slot.current, playing))
                cuts.append(self._cut(slot, beat))
                slot.current, slot.pending, slot.segments = None, None, []
        return cuts

    @staticmethod
    def _remember(slot: Slot, step: UndoStep) -> None:
        slot.undo.append(step)
        del slot.undo[:-UNDO_DEPTH]

    @staticmethod
    def _cut(slot: Slot, at: float) -> float:
        """Whatever sounds on ``slot`` stops sounding at beat ``at``."""
        kept = []
        for segment in slot.segments:
            segment.end = min(segment.end, at)
            if segment.end > segment.start + BEAT_EPSILON:
                kept.append(segment)
        slot.segments = kept
        return at

    # -- time ---------------------------------------------------------------------------------------------

    def advance(self, beat: float, settled: float) -> list[Change]:
        """State changes due by ``beat``; takes whose end is at or before ``settled`` are cut for good."""
        for slot in self.slots:
            if slot.pending is not None and slot.pending.span.end <= beat + BEAT_EPSILON:
                slot.current, slot.pending = slot.pending, None
            for ref in (slot.current, slot.pending):
                if ref is not None and not ref.final and ref.span.end <= settled + BEAT_EPSILON:
                    ref.take, ref.final = capture(ref.span, self._history.after(ref.span.start)), True
        return self.looper.advance(beat)

    def due(self, start: float, end: float) -> list[Due]:
        """Every note and message that starts within beats [start, end) and was not handed over yet, by loop,
        in time order; it counts as handed over from here on. A loop that starts sounding (a take, an undo)
        while others play is so looked ahead for from the moment it starts, not from where they were."""
        found: list[Due] = []
        for slot in self.slots:
            slot.segments = [s for s in slot.segments if s.end > start + BEAT_EPSILON]
            for segment in slot.segments:
                low = max(start, segment.start, segment.handed_until)
                high = min(end, segment.end)
                segment.handed_until = max(segment.handed_until, end)
                if high <= low:
                    continue
                take = self.take_of(segment.ref)
                if take.beats <= 0:
                    continue
                for occurrence in occurrences(take, segment.anchor, low, high, slot.quantize):
                    item = occurrence.item
                    length = 0.0
                    if isinstance(item, LoopNote):
                        length = min(item.length, segment.end - occurrence.beat)
                    found.append(Due(slot.number, occurrence.beat, item, length))
        return found

    def rewind(self, beat: float) -> None:
        """The timeline went back to ``beat``: what starts from there on is due again."""
        for slot in self.slots:
            for segment in slot.segments:
                segment.handed_until = min(segment.handed_until, beat)

    def take_of(self, ref: TakeRef) -> MidiTake:
        if ref.take is None:
            ref.take = capture(ref.span, self._history.after(ref.span.start))
        return ref.take

    def stored(self, number: int) -> MidiTake | None:
        """The loop stored in ``number`` (a take still under way is not stored yet)."""
        ref = self.slot(number).current
        return None if ref is None else self.take_of(ref)

    @property
    def active(self) -> bool:
        """Whether anything sounds or waits: the caller keeps looking ahead while it does."""
        return any(slot.segments or slot.pending for slot in self.slots) or self.looper.next_due() is not None
