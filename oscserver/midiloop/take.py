"""A MIDI take: notes and other channel messages in beats from the loop's start, and where they recur.

A take is cut from the input history by beats (:func:`capture`). Every note-on is paired with its note-off
there, so a take holds notes (start, length) rather than loose messages: playback can then never leave a note
on. A note held across the take's end keeps its length (its note-off falls after the loop wraps); a note
still held when the take is cut lasts to the take's end; no note is longer than the loop. A note-off whose
note-on came before the take starts is not part of it.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass

from oscserver.engine import midi_messages as mm
from oscserver.engine.loop_windows import BeatSpan
from oscserver.engine.timeline import BEAT_EPSILON
from oscserver.midiloop.history import HeardEvent

# A note-off in the same beat as its note-on still sounds this long (1/960 beat: about 1 ms at 60 BPM).
MIN_NOTE_BEATS = 1.0 / 960


@dataclass(frozen=True)
class LoopNote:
    start: float  # beats from the loop's start, 0 <= start < loop length
    length: float  # beats
    channel: int  # from 1
    note: int
    velocity: int


@dataclass(frozen=True)
class LoopMessage:
    """Any other channel message (a controller, pitch bend, a program change, aftertouch)."""

    start: float
    data: bytes


@dataclass(frozen=True)
class MidiTake:
    beats: float  # the loop's length
    notes: tuple[LoopNote, ...] = ()
    messages: tuple[LoopMessage, ...] = ()


def capture(span: BeatSpan, events: Iterable[HeardEvent]) -> MidiTake:
    """The take of beats ``span`` from ``events`` (the history from the span's start on, in arrival order)."""
    notes: list[LoopNote] = []
    messages: list[LoopMessage] = []
    held: dict[tuple[int, int], tuple[float, int]] = {}  # (channel, note) -> (start beat, velocity)

    def close(key: tuple[int, int], at: float) -> None:
        start, velocity = held.pop(key)
        length = min(max(at - start, MIN_NOTE_BEATS), span.beats)
        notes.append(LoopNote(start - span.start, length, key[0], key[1], velocity))

    for event in events:
        inside = span.start - BEAT_EPSILON <= event.beat < span.end - BEAT_EPSILON
        data = event.data
        if mm.is_note_on(data):
            key = mm.note_key(data)
            if key in held:  # played again before its note-off arrived: the first one ends here
                close(key, event.beat)
            if inside:
                held[key] = (event.beat, data[2])
        elif mm.is_note_off(data):
            key = mm.note_key(data)
            if key in held:
                close(key, event.beat)
        elif inside:
            messages.append(LoopMessage(event.beat - span.start, data))
    for key in list(held):
        close(key, span.end)
    notes.sort(key=lambda n: (n.start, n.channel, n.note))
    return MidiTake(span.beats, tuple(notes), tuple(messages))


def quantized_start(start: float, quantize: float, beats: float) -> float:
    """``start`` moved to the nearest multiple of ``quantize`` (0: as recorded), wrapped into the loop."""
    if quantize <= 0:
        return start
    moved = round(start / quantize) * quantize
    return 0.0 if moved >= beats - BEAT_EPSILON else moved


@dataclass(frozen=True)
class Occurrence:
    """One note or message of a take, due at ``beat`` on the timeline."""

    beat: float
    item: LoopNote | LoopMessage


def occurrences(take: MidiTake, anchor: float, start: float, end: float, quantize: float) -> list[Occurrence]:
    """Every note and message of ``take`` starting within beats [start, end), the loop being at its start at
    beat ``anchor`` (and every ``take.beats`` from there), in time order (notes before messages at a beat)."""
    found: list[Occurrence] = []
    items: list[LoopNote | LoopMessage] = [*take.notes, *take.messages]
    for item in items:
        offset = quantized_start(item.start, quantize, take.beats)
        first = math.ceil((start - anchor - offset) / take.beats - BEAT_EPSILON)
        cycle = first
        while (beat := anchor + cycle * take.beats + offset) < end - BEAT_EPSILON:
            found.append(Occurrence(beat, item))
            cycle += 1
    found.sort(key=lambda o: (o.beat, isinstance(o.item, LoopMessage)))
    return found
