"""MIDI loops on the manual clock: what record, arm, stop, clear and undo keep, and exactly what plays."""

from __future__ import annotations

import pytest

from oscserver.engine import midi_messages as mm
from oscserver.engine.clock import ManualClock
from oscserver.engine.looper import TrackState
from oscserver.exceptions import InvalidArgument
from oscserver.midiloop.bank import Due, MidiLoopBank
from oscserver.midiloop.history import InputHistory
from oscserver.midiloop.take import LoopNote

C, E = LoopNote(0.0, 0.5, 1, 60, 100), LoopNote(2.0, 1.0, 1, 64, 90)


def play_phrase(clock: ManualClock, history: InputHistory, bar_start: float) -> None:
    """C at the downbeat (half a beat), E on beat 3 (one beat); a stray note before the bar."""
    for beat, data in [
        (bar_start - 0.5, mm.note_on(1, 50, 10)),
        (bar_start - 0.25, mm.note_off(1, 50)),
        (bar_start, mm.note_on(1, 60, 100)),
        (bar_start + 0.5, mm.note_off(1, 60)),
        (bar_start + 2.0, mm.note_on(1, 64, 90)),
        (bar_start + 3.0, mm.note_off(1, 64)),
    ]:
        clock.advance_to_beat(beat)
        history.add(data, clock.now(), clock.timeline())


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock(time=100.0, beat=0.0, tempo=120.0, quantum=4.0)


@pytest.fixture
def history() -> InputHistory:
    return InputHistory(max_age=60.0)


def test_record_keeps_exactly_the_previous_bar_and_plays_it_in_phase(
    clock: ManualClock, history: InputHistory
) -> None:
    bank = MidiLoopBank(4, history)
    play_phrase(clock, history, 4.0)
    clock.advance_to_beat(8.25)  # a little after the bar line that closes the phrase
    bank.record(1, 1, clock.beat(), clock.timeline())
    assert bank.looper.state(1) == (TrackState.PLAYING, 1)
    assert bank.stored(1) is not None and bank.stored(1).notes == (C, E)  # type: ignore[union-attr]
    assert bank.due(8.25, 16.0) == [Due(1, 10.0, E, 1.0), Due(1, 12.0, C, 0.5), Due(1, 14.0, E, 1.0)]


def test_stop_cuts_playback_and_held_notes_at_the_bar_line(clock: ManualClock, history: InputHistory) -> None:
    bank = MidiLoopBank(4, history)
    play_phrase(clock, history, 4.0)
    clock.advance_to_beat(8.0)
    bank.record(1, 1, clock.beat(), clock.timeline())
    assert bank.stop(1, 10.5, clock.timeline()) == [12.0]
    assert bank.looper.state(1) == (TrackState.STOPPING, 1)
    assert bank.due(10.5, 20.0) == []  # E at 10 was handed already; nothing starts after the bar
    assert bank.advance(12.0, 12.0)[0].state is TrackState.STOPPED


def test_a_note_held_across_the_loop_end_keeps_its_length_until_a_stop_cuts_it(
    clock: ManualClock, history: InputHistory
) -> None:
    for beat, data in [(7.0, mm.note_on(1, 67, 100)), (9.0, mm.note_off(1, 67))]:
        clock.advance_to_beat(beat)
        history.add(data, clock.now(), clock.timeline())
    held = LoopNote(3.0, 2.0, 1, 67, 100)
    playing, stopped = MidiLoopBank(1, history), MidiLoopBank(1, history)
    for bank in (playing, stopped):
        bank.record(1, 1, 9.5, clock.timeline())  # keeps [4, 8)
    assert playing.due(9.5, 16.0) == [Due(1, 11.0, held, 2.0), Due(1, 15.0, held, 2.0)]
    stopped.stop(1, 10.0, clock.timeline())
    assert stopped.due(10.0, 16.0) == [Due(1, 11.0, held, 1.0)]  # its note-off at the stop


def test_arm_records_the_next_bar_then_plays_it(clock: ManualClock, history: InputHistory) -> None:
    bank = MidiLoopBank(4, history)
    clock.advance_to_beat(2.0)
    bank.arm(1, 1, clock.beat(), clock.timeline())
    assert bank.looper.state(1) == (TrackState.TRIGGERED, 1)
    assert bank.due(2.0, 7.9) == []
    play_phrase(clock, history, 4.0)
    assert [c.state for c in bank.advance(7.0, 6.9)] == [TrackState.RECORDING]
    clock.advance_to_beat(7.9)
    assert bank.due(7.9, 12.5) == [Due(1, 8.0, C, 0.5), Due(1, 10.0, E, 1.0), Due(1, 12.0, C, 0.5)]
    assert [c.state for c in bank.advance(8.0, 7.9)] == [TrackState.PLAYING]
    assert bank.stored(1) is not None and bank.stored(1).notes == (C, E)  # type: ignore[union-attr]


def test_quantize_plays_each_note_on_the_nearest_step(clock: ManualClock, history: InputHistory) -> None:
    bank = MidiLoopBank(1, history)
    for beat, data in [
        (4.1, mm.note_on(1, 60, 100)),
        (4.4, mm.note_off(1, 60)),
        (5.8, mm.note_on(1, 62, 100)),
    ]:
        clock.advance_to_beat(beat)
        history.add(data, clock.now(), clock.timeline())
    clock.advance_to_beat(6.0)
    history.add(mm.note_off(1, 62), clock.now(), clock.timeline())
    bank.record(1, 1, 8.0, clock.timeline())
    bank.slots[0].quantize = 1.0
    assert [(d.beat, d.item.note, round(d.length, 9)) for d in bank.due(8.0, 12.0)] == [  # type: ignore[union-attr]
        (8.0, 60, 0.3),
        (10.0, 62, 0.2),
    ]


def test_clear_stops_at_once_and_undo_brings_the_loop_back_playing(
    clock: ManualClock, history: InputHistory
) -> None:
    bank = MidiLoopBank(2, history)
    play_phrase(clock, history, 4.0)
    bank.record(2, 1, 8.0, clock.timeline())
    assert bank.clear(2, 9.0) == [9.0]
    assert bank.looper.state(2) == (TrackState.EMPTY, 0)
    assert bank.due(9.0, 20.0) == []
    bank.undo(2, 13.0)
    assert bank.looper.state(2) == (TrackState.PLAYING, 1)
    assert bank.due(13.0, 17.0) == [Due(2, 14.0, E, 1.0), Due(2, 16.0, C, 0.5)]  # in phase with the take
    bank.undo(2, 17.0)  # the take itself: back to empty
    assert bank.looper.state(2) == (TrackState.EMPTY, 0)
    with pytest.raises(InvalidArgument, match="midiloop 2 has nothing to undo"):
        bank.undo(2, 18.0)


def test_a_new_take_replaces_the_old_loop_and_undo_restores_it(
    clock: ManualClock, history: InputHistory
) -> None:
    bank = MidiLoopBank(1, history)
    play_phrase(clock, history, 4.0)
    bank.record(1, 1, 8.0, clock.timeline())
    clock.advance_to_beat(12.0)
    bank.record(1, 1, 12.0, clock.timeline())  # the bar [8, 12): silent input
    assert bank.stored(1) is not None and bank.stored(1).notes == ()  # type: ignore[union-attr]
    assert bank.due(12.0, 16.0) == []
    bank.undo(1, 12.5)
    assert bank.due(12.5, 16.0) == [Due(1, 14.0, E, 1.0)]


def test_refusals_speak_of_midi_loops(history: InputHistory, clock: ManualClock) -> None:
    bank = MidiLoopBank(4, history)
    with pytest.raises(InvalidArgument, match=r"^midiloop 3 is empty: record or arm it first$"):
        bank.play(3, 0.0, clock.timeline())
    with pytest.raises(InvalidArgument, match=r"^midiloop must be between 1 and 4, got 5$"):
        bank.stop(5, 0.0, clock.timeline())


def test_what_was_handed_over_is_not_again_and_a_loop_starting_meanwhile_is_looked_ahead_for_at_once(
    clock: ManualClock, history: InputHistory
) -> None:
    bank = MidiLoopBank(2, history)
    play_phrase(clock, history, 4.0)
    bank.record(1, 1, 8.0, clock.timeline())
    assert bank.due(8.0, 10.2) == [Due(1, 8.0, C, 0.5), Due(1, 10.0, E, 1.0)]
    bank.record(2, 1, 9.9, clock.timeline())  # loop 1 was looked at up to 10.2 already; loop 2 is new
    assert bank.due(9.9, 10.5) == [Due(2, 10.0, E, 1.0)]
    bank.rewind(9.0)  # the timeline went back a beat and more
    assert bank.due(9.0, 10.5) == [Due(1, 10.0, E, 1.0), Due(2, 10.0, E, 1.0)]
