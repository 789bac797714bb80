"""Takes cut from the history by beats, and where their notes recur."""

from __future__ import annotations

from oscserver.engine import midi_messages as mm
from oscserver.engine.loop_windows import BeatSpan
from oscserver.engine.timeline import Timeline
from oscserver.midiloop.history import HeardEvent, InputHistory
from oscserver.midiloop.take import LoopMessage, LoopNote, MidiTake, Occurrence, capture, occurrences

TIMELINE = Timeline(time=0.0, beat=0.0, tempo=120.0)  # 2 beats a second


def heard(beat: float, data: bytes) -> HeardEvent:
    return HeardEvent(TIMELINE.time_at(beat), beat, data)


def test_a_take_keeps_exactly_the_notes_of_its_beats_with_their_lengths() -> None:
    events = [
        heard(3.5, mm.note_on(1, 60, 100)),  # before the span: not part of it
        heard(4.0, mm.note_off(1, 60)),  # the note-off of a note from before: ignored
        heard(4.0, mm.note_on(1, 62, 90)),
        heard(4.5, mm.note_off(1, 62)),
        heard(5.25, mm.control_change(2, 7, 64)),
        heard(7.5, mm.note_on(1, 64, 80)),
        heard(8.5, mm.note_off(1, 64)),  # held across the take's end: keeps its length
        heard(8.0, mm.note_on(1, 65, 70)),  # at the end: the next take's
    ]
    take = capture(BeatSpan(4.0, 8.0), events)
    assert take == MidiTake(
        4.0,
        (LoopNote(0.0, 0.5, 1, 62, 90), LoopNote(3.5, 1.0, 1, 64, 80)),
        (LoopMessage(1.25, mm.control_change(2, 7, 64)),),
    )


def test_a_note_still_held_lasts_to_the_end_and_a_retriggered_note_ends_at_the_retrigger() -> None:
    events = [
        heard(0.0, mm.note_on(1, 60, 100)),
        heard(1.0, mm.note_on(1, 60, 50)),
        heard(1.5, mm.note_off(1, 60)),
        heard(3.0, mm.note_on(10, 36, 127)),  # no note-off yet
    ]
    take = capture(BeatSpan(0.0, 4.0), events)
    assert take.notes == (
        LoopNote(0.0, 1.0, 1, 60, 100),
        LoopNote(1.0, 0.5, 1, 60, 50),
        LoopNote(3.0, 1.0, 10, 36, 127),
    )


def test_no_note_is_longer_than_the_loop() -> None:
    events = [heard(0.0, mm.note_on(1, 60, 100)), heard(9.0, mm.note_off(1, 60))]
    assert capture(BeatSpan(0.0, 4.0), events).notes == (LoopNote(0.0, 4.0, 1, 60, 100),)


def test_occurrences_recur_every_loop_from_the_anchor_in_time_order() -> None:
    a, b = LoopNote(0.0, 0.5, 1, 60, 100), LoopNote(3.5, 1.0, 1, 64, 80)
    cc = LoopMessage(1.0, mm.control_change(1, 1, 5))
    take = MidiTake(4.0, (a, b), (cc,))
    assert occurrences(take, 8.0, 10.0, 17.0, 0.0) == [
        Occurrence(11.5, b),
        Occurrence(12.0, a),
        Occurrence(13.0, cc),
        Occurrence(15.5, b),
        Occurrence(16.0, a),
    ]
    assert occurrences(take, 8.0, 12.0, 12.0, 0.0) == []


def test_quantize_moves_each_start_to_the_nearest_step_and_wraps_at_the_end() -> None:
    early, late = LoopNote(0.9, 0.25, 1, 60, 100), LoopNote(3.9, 0.25, 1, 62, 100)
    take = MidiTake(4.0, (early, late))
    assert occurrences(take, 0.0, 0.0, 4.0, 0.5) == [Occurrence(0.0, late), Occurrence(1.0, early)]
    assert occurrences(take, 0.0, 0.0, 4.0, 0.0) == [Occurrence(0.9, early), Occurrence(3.9, late)]


def test_the_history_keeps_channel_messages_bounded_by_count_and_by_age() -> None:
    history = InputHistory(max_age=10.0, max_events=3)
    history.add(bytes((mm.CLOCK_TICK,)), 0.0, TIMELINE)  # not loop material
    for second in range(5):
        history.add(mm.note_on(1, 60 + second, 100), float(second), TIMELINE)
    assert [e.data[1] for e in history.after(0.0)] == [62, 63, 64]  # by count
    history.add(mm.note_on(1, 70, 100), 13.5, TIMELINE)
    assert [(e.beat, e.data[1]) for e in history.after(0.0)] == [(8.0, 64), (27.0, 70)]  # by age: 3.5 s on
    assert [e.data[1] for e in history.between(BeatSpan(8.0, 27.0))] == [64]
