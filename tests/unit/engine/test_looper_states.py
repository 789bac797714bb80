"""The track state machine: every verb from every state, with exact beats on a manual timeline."""

from __future__ import annotations

import math

import pytest

from oscserver.engine.loop_windows import BeatSpan
from oscserver.engine.looper import (
    CancelCapture,
    Capture,
    Change,
    Clear,
    Gain,
    Looper,
    Overdub,
    Play,
    Stop,
    TrackState,
)
from oscserver.engine.timeline import Timeline
from oscserver.exceptions import InvalidArgument

TIMELINE = Timeline(time=0.0, beat=0.0, tempo=120.0, quantum=4.0)
E, T, R, P, S, D = (
    TrackState.EMPTY,
    TrackState.TRIGGERED,
    TrackState.RECORDING,
    TrackState.PLAYING,
    TrackState.STOPPING,
    TrackState.STOPPED,
)


def looper(tracks: int = 2) -> Looper:
    return Looper(tracks, history_seconds=96.0, capacity_seconds=96.0)


def recorded(beat: float = 17.0, bars: int = 2) -> Looper:
    machine = looper()
    machine.record(1, bars, beat, TIMELINE)
    return machine


def test_tracks_start_empty():
    machine = looper(3)
    assert [machine.state(n) for n in (1, 2, 3)] == [(E, 0)] * 3


def test_record_just_after_a_bar_line_keeps_the_bars_that_ended_there_and_plays_at_once():
    machine = looper()
    effects = machine.record(1, 2, 16.2, TIMELINE)
    assert effects == [Capture(1, BeatSpan(8.0, 16.0), play_from=16.0, release_at=16.2)]
    assert machine.state(1) == (P, 2)
    assert machine.next_due() is None


def test_record_in_the_last_quarter_of_a_bar_records_until_the_coming_bar_line():
    machine = looper()
    effects = machine.record(1, 1, 19.0, TIMELINE)
    assert effects == [Capture(1, BeatSpan(16.0, 20.0), play_from=20.0, release_at=20.0)]
    assert machine.state(1) == (R, 1)
    assert machine.next_due() == 20.0
    assert machine.advance(19.99) == []
    assert machine.advance(20.0) == [Change(1, P, 1, False)]


def test_record_reaches_back_to_the_beat_it_is_given_whatever_the_seconds_at_this_tempo():
    machine = Looper(1, history_seconds=96.0, capacity_seconds=96.0)  # (192 beats at 120 BPM)
    with pytest.raises(InvalidArgument, match=r"at most 2 bars, got 3: .* reaches back to beat 7.50 "):
        machine.record(1, 3, 17.0, TIMELINE, earliest=7.5)  # beats 4..16
    assert machine.state(1) == (E, 0)
    assert machine.record(1, 2, 17.0, TIMELINE, earliest=7.5)  # beats 8..16
    assert machine.state(1) == (P, 2)
    with pytest.raises(InvalidArgument, match=r"at most 0 bars, got 1: the input history holds nothing yet"):
        machine.record(1, 1, 17.0, TIMELINE, earliest=math.inf)  # (before the renderer's first block)
    assert machine.state(1) == (P, 2)


def test_record_reaching_past_the_input_history_is_refused_with_the_most_bars_it_can_keep():
    machine = Looper(1, history_seconds=10.0, capacity_seconds=10.0)  # 20 beats at 120 BPM
    with pytest.raises(
        InvalidArgument,
        match=r"record can keep at most 4 bars, got 5: the input history reaches back to beat",
    ):
        machine.record(1, 5, 17.0, TIMELINE)
    assert machine.state(1) == (E, 0)
    machine.record(1, 4, 17.0, TIMELINE)  # beats 0..16: 17 beats back, within 20
    assert machine.state(1) == (P, 4)


def test_arm_records_the_next_bars_from_the_next_bar_line_then_plays():
    machine = looper()
    effects = machine.arm(1, 2, 13.5, TIMELINE)
    assert effects == [Capture(1, BeatSpan(16.0, 24.0), play_from=24.0, release_at=16.0)]
    assert machine.state(1) == (T, 2)
    assert machine.next_due() == 16.0
    assert machine.advance(16.0) == [Change(1, R, 2, False)]
    assert machine.next_due() == 24.0
    assert machine.advance(24.0) == [Change(1, P, 2, False)]
    assert machine.next_due() is None


def test_arm_longer_than_a_track_holds_is_refused():
    machine = Looper(1, history_seconds=96.0, capacity_seconds=8.0)  # 16 beats at 120 BPM
    message = r"arm can record at most 4 bars at 120 BPM \(a track holds 8 s\), got 5"
    with pytest.raises(InvalidArgument, match=message):
        machine.arm(1, 5, 1.0, TIMELINE)


def test_stop_acts_at_the_next_bar_line_and_play_brings_it_back_at_the_bar_line_after():
    machine = recorded()
    assert machine.stop(1, 17.5, TIMELINE) == [Stop(1, 20.0)]
    assert machine.state(1) == (S, 2)
    assert machine.advance(20.0) == [Change(1, D, 2, False)]
    assert machine.play(1, 21.0, TIMELINE) == [Play(1, 24.0)]
    assert machine.state(1) == (T, 2)
    assert machine.advance(24.0) == [Change(1, P, 2, False)]


def test_play_while_stopping_keeps_the_loop_going():
    machine = recorded()
    machine.stop(1, 17.5, TIMELINE)
    assert machine.play(1, 18.0, TIMELINE) == [Play(1, 18.0)]
    assert machine.state(1) == (P, 2)
    assert machine.next_due() is None


def test_stop_while_waiting_to_play_cancels_at_once():
    machine = recorded()
    machine.stop(1, 17.5, TIMELINE)
    machine.advance(20.0)
    machine.play(1, 21.0, TIMELINE)
    assert machine.stop(1, 21.5, TIMELINE) == [Stop(1, 21.5)]
    assert machine.state(1) == (D, 2)
    assert machine.next_due() is None


def test_play_and_stop_that_change_nothing_do_nothing():
    machine = recorded()
    assert machine.play(1, 18.0, TIMELINE) == []
    machine.stop(1, 18.0, TIMELINE)
    assert machine.stop(1, 18.5, TIMELINE) == []
    assert looper().stop(1, 1.0, TIMELINE) == []


def test_play_on_an_empty_track_is_refused():
    with pytest.raises(InvalidArgument, match="track 1 is empty: record or arm it first"):
        looper().play(1, 1.0, TIMELINE)


def test_stop_while_recording_keeps_the_take_stopped_and_play_undoes_that():
    machine = looper()
    machine.arm(1, 1, 1.0, TIMELINE)
    machine.advance(4.0)
    assert machine.stop(1, 5.0, TIMELINE) == [Stop(1, 8.0)]
    assert machine.state(1) == (R, 1)
    assert machine.play(1, 6.0, TIMELINE) == [Play(1, 8.0)]
    machine.stop(1, 6.5, TIMELINE)
    assert machine.advance(8.0) == [Change(1, D, 1, False)]


def test_stop_while_armed_cancels_the_take_and_a_loop_sounding_from_before_stops_at_the_bar_line():
    machine = recorded(bars=2)
    machine.arm(1, 1, 18.0, TIMELINE)
    assert machine.state(1) == (T, 1)
    assert machine.stop(1, 18.5, TIMELINE) == [CancelCapture(1), Stop(1, 20.0)]
    assert machine.state(1) == (S, 2)
    assert machine.advance(20.0) == [Change(1, D, 2, False)]


def test_stop_while_armed_on_an_empty_track_leaves_it_empty():
    machine = looper()
    machine.arm(1, 1, 1.0, TIMELINE)
    assert machine.stop(1, 2.0, TIMELINE) == [CancelCapture(1), Stop(1, 4.0)]
    assert machine.state(1) == (E, 0)
    assert machine.next_due() is None


def test_clear_empties_at_once_and_keeps_volume_and_mute():
    machine = recorded()
    machine.set_volume(1, 0.5)
    machine.set_muted(1, True)
    assert machine.clear(1) == [Clear(1)]
    assert machine.state(1) == (E, 0)
    assert (machine.track(1).volume, machine.track(1).muted) == (0.5, True)


def test_overdub_layers_from_the_next_bar_line_until_the_bar_line_after_it_is_switched_off():
    machine = recorded()
    assert machine.set_overdub(1, True, 17.5, TIMELINE) == [Overdub(1, 20.0, math.inf)]
    assert machine.track(1).overdub
    assert machine.set_overdub(1, True, 18.0, TIMELINE) == []
    assert machine.set_overdub(1, False, 25.0, TIMELINE) == [Overdub(1, 20.0, 28.0)]
    assert not machine.track(1).overdub


def test_overdub_needs_a_playing_loop():
    with pytest.raises(InvalidArgument, match="track 1 is EMPTY: overdub layers onto a playing loop"):
        looper().set_overdub(1, True, 1.0, TIMELINE)


def test_stopping_a_loop_ends_its_overdub_at_the_same_bar_line():
    machine = recorded()
    machine.set_overdub(1, True, 17.5, TIMELINE)
    machine.stop(1, 21.0, TIMELINE)
    assert machine.advance(24.0) == [Change(1, D, 2, False)]
    assert not machine.track(1).overdub


def test_a_new_take_ends_an_overdub_at_once():
    machine = recorded()
    machine.set_overdub(1, True, 17.5, TIMELINE)
    effects = machine.record(1, 1, 22.0, TIMELINE)
    assert effects[0] == Overdub(1, 20.0, 22.0)
    assert isinstance(effects[1], Capture)


def test_record_over_a_sounding_loop_replaces_it_at_the_bar_line_when_the_take_is_not_complete():
    machine = recorded()
    (capture,) = machine.record(1, 1, 19.5, TIMELINE)
    assert capture == Capture(1, BeatSpan(16.0, 20.0), play_from=20.0, release_at=20.0)
    assert machine.state(1) == (R, 1)


def test_volume_and_mute():
    machine = looper()
    assert machine.set_volume(2, 0.25) == [Gain(2, 0.25, False)]
    assert machine.set_muted(2, True) == [Gain(2, 0.25, True)]


def test_track_numbers_outside_the_looper_are_refused():
    with pytest.raises(InvalidArgument, match="track must be between 1 and 2, got 3"):
        looper().record(3, 1, 1.0, TIMELINE)


def test_several_tracks_change_at_the_same_bar_line():
    machine = looper()
    machine.arm(1, 1, 1.0, TIMELINE)
    machine.arm(2, 2, 2.0, TIMELINE)
    assert machine.advance(4.0) == [Change(1, R, 1, False), Change(2, R, 2, False)]
    assert machine.advance(8.0) == [Change(1, P, 1, False)]
    assert machine.advance(12.0) == [Change(2, P, 2, False)]
