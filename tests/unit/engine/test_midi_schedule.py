"""Every MIDI timing rule on a manual clock, against exact expected event lists.

The clock starts at host time 100 s on beat 0 at 120 BPM, so a beat is exactly 0.5 s and note times are exact
binary fractions: note events are compared with ``==``. Clock ticks fall on multiples of 1/24 beat, which
no binary float holds exactly; they are compared to the nanosecond against times computed independently
with fractions.
"""

from __future__ import annotations

from fractions import Fraction

import pytest

from oscserver.engine import midi_messages as mm
from oscserver.engine.clock import ManualClock
from oscserver.engine.midi_schedule import MidiScheduler, Outgoing, quantized_beat
from oscserver.engine.timeline import Timeline
from oscserver.exceptions import InvalidArgument

T0 = 100.0
ON = 0x90
OFF = 0x80
TICK = bytes((0xF8,))
START = bytes((0xFA,))
STOP = bytes((0xFC,))
SPP0 = bytes((0xF2, 0, 0))


def at_beat(beat: float) -> float:
    return T0 + beat * 0.5


def out(time: float, *data: int, port: str = "") -> Outgoing:
    return Outgoing(time, port, bytes(data))


def run_until(scheduler: MidiScheduler, clock: ManualClock, time: float) -> list[Outgoing]:
    """What a sender does: wait for each due time in turn, and take what is due then."""
    sent: list[Outgoing] = []
    while (due := scheduler.next_due()) is not None and due <= time:
        clock.advance(max(due - clock.now(), 0.0))
        sent.extend(scheduler.pop_due())
    clock.advance(max(time - clock.now(), 0.0))
    sent.extend(scheduler.pop_due())
    return sent


def assert_events(actual: list[Outgoing], expected: list[tuple[Fraction | float, str, bytes]]) -> None:
    assert [(o.port, o.data) for o in actual] == [(port, data) for _, port, data in expected]
    for got, (time, _, _) in zip(actual, expected, strict=True):
        assert got.time == pytest.approx(float(time), abs=1e-9)


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock(time=T0, beat=0.0, tempo=120.0, quantum=4.0)


@pytest.fixture
def scheduler(clock: ManualClock) -> MidiScheduler:
    return MidiScheduler(clock)


# -- notes ------------------------------------------------------------------------------------------


def test_a_note_plays_now_and_ends_its_length_in_beats_later(scheduler, clock) -> None:
    scheduler.note("", 1, 60, 100, beats=1.5)
    assert scheduler.next_due() == T0
    assert scheduler.pop_due() == [out(T0, ON, 60, 100)]
    assert scheduler.next_due() == at_beat(1.5)
    assert run_until(scheduler, clock, at_beat(4)) == [out(at_beat(1.5), OFF, 60, 0)]
    assert scheduler.next_due() is None
    assert scheduler.sounding() == set()


def test_quantize_starts_on_the_next_multiple(scheduler, clock) -> None:
    clock.advance_to_beat(0.3)
    start = scheduler.note("", 2, 64, 90, beats=0.5, quantize=1.0)
    assert start == 1.0
    clock.advance_to_beat(1.25)
    scheduler.note("", 2, 67, 90, beats=1.0, quantize=4.0)
    assert run_until(scheduler, clock, at_beat(8)) == [
        out(at_beat(1.0), ON + 1, 64, 90),
        out(at_beat(1.5), OFF + 1, 64, 0),
        out(at_beat(4.0), ON + 1, 67, 90),
        out(at_beat(5.0), OFF + 1, 67, 0),
    ]


def test_a_request_on_the_grid_plays_on_that_beat_not_the_next() -> None:
    assert quantized_beat(4.0, 1.0) == 4.0
    assert quantized_beat(4.0 - 1e-12, 1.0) == 4.0
    assert quantized_beat(4.0 + 1e-6, 1.0) == 5.0
    assert quantized_beat(5.0, 4.0) == 8.0
    assert quantized_beat(0.1, 0.25) == 0.25


def test_a_bundle_timetag_is_the_exact_start(scheduler, clock) -> None:
    scheduler.note("", 1, 60, 100, beats=1.0, at=at_beat(2.25))
    scheduler.note("", 1, 62, 100, beats=1.0, quantize=1.0, at=at_beat(2.25))
    assert run_until(scheduler, clock, at_beat(5)) == [
        out(at_beat(2.25), ON, 60, 100),
        out(at_beat(3.0), ON, 62, 100),
        out(at_beat(3.25), OFF, 60, 0),
        out(at_beat(4.0), OFF, 62, 0),
    ]


def test_a_tempo_change_while_a_note_sounds_keeps_its_length_in_beats(scheduler, clock) -> None:
    scheduler.note("", 1, 60, 100, beats=2.0)
    assert scheduler.pop_due() == [out(T0, ON, 60, 100)]
    clock.advance_to_beat(1.0)  # t = 100.5
    clock.set_tempo(60.0)  # one beat per second from here
    assert scheduler.next_due() == 101.5
    assert run_until(scheduler, clock, 103.0) == [out(101.5, OFF, 60, 0)]


def test_a_note_retriggered_while_sounding_is_released_first_and_the_newer_length_wins(
    scheduler, clock
) -> None:
    scheduler.note("", 1, 60, 100, beats=1.0)
    scheduler.note("", 1, 60, 80, beats=1.0, at=at_beat(0.5))
    assert run_until(scheduler, clock, at_beat(4)) == [
        out(at_beat(0), ON, 60, 100),
        out(at_beat(0.5), OFF, 60, 0),
        out(at_beat(0.5), ON, 60, 80),
        out(at_beat(1.5), OFF, 60, 0),
    ]


def test_a_note_released_by_hand_does_not_get_its_note_off_twice(scheduler, clock) -> None:
    scheduler.note("", 1, 60, 100, beats=4.0)
    scheduler.send("", mm.note_off(1, 60), at=at_beat(1))
    assert run_until(scheduler, clock, at_beat(8)) == [
        out(at_beat(0), ON, 60, 100),
        out(at_beat(1), OFF, 60, 0),
    ]


def test_note_on_sent_raw_is_tracked_like_any_other(scheduler, clock) -> None:
    scheduler.send("", mm.check_raw([0x93, 40, 99]))
    scheduler.send("", mm.note_on(4, 41, 0))  # velocity 0: a release, never counted as sounding
    scheduler.pop_due()
    assert scheduler.sounding() == {("", 4, 40)}


def test_different_ports_and_channels_are_tracked_apart(scheduler, clock) -> None:
    scheduler.note("", 1, 60, 100, beats=1.0)
    scheduler.note("", 2, 60, 100, beats=1.0)
    scheduler.note("bass", 1, 60, 100, beats=1.0)
    assert run_until(scheduler, clock, at_beat(2)) == [
        out(T0, ON, 60, 100),
        out(T0, ON + 1, 60, 100),
        out(T0, ON, 60, 100, port="bass"),
        out(at_beat(1), OFF, 60, 0),
        out(at_beat(1), OFF + 1, 60, 0),
        out(at_beat(1), OFF, 60, 0, port="bass"),
    ]


def test_note_lengths_and_quantize_must_make_sense(scheduler) -> None:
    with pytest.raises(InvalidArgument, match="beats must be positive, got 0"):
        scheduler.note("", 1, 60, 100, beats=0.0)
    with pytest.raises(InvalidArgument, match="quantize must be 0"):
        scheduler.note("", 1, 60, 100, beats=1.0, quantize=-1.0)
    with pytest.raises(InvalidArgument, match="channel must be between 1 and 16, got 17"):
        scheduler.note("", 17, 60, 100, beats=1.0)
    assert scheduler.pending() == 0


# -- panic and shutdown -----------------------------------------------------------------------------


def all_notes_off(time: float, port: str = "") -> list[Outgoing]:
    return [out(time, 0xB0 + channel, 123, 0, port=port) for channel in range(16)]


def test_panic_releases_sounding_notes_drops_waiting_ones_and_sends_all_notes_off(scheduler, clock) -> None:
    scheduler.note("", 1, 64, 100, beats=4.0)
    scheduler.note("bass", 3, 40, 100, beats=4.0)
    scheduler.note("", 1, 60, 100, beats=4.0)
    scheduler.note("", 1, 67, 100, beats=1.0, quantize=2.0, at=at_beat(0.5))  # waiting for beat 2
    scheduler.send("", mm.control_change(1, 7, 100), at=at_beat(3))  # not a note: survives the panic
    scheduler.pop_due()
    clock.advance_to_beat(1.0)
    scheduler.panic(["", "bass"])
    assert scheduler.pop_due() == [
        out(at_beat(1), OFF, 60, 0),
        out(at_beat(1), OFF, 64, 0),
        out(at_beat(1), OFF + 2, 40, 0, port="bass"),
        *all_notes_off(at_beat(1)),
        *all_notes_off(at_beat(1), port="bass"),
    ]
    assert scheduler.sounding() == set()
    assert run_until(scheduler, clock, at_beat(8)) == [out(at_beat(3), 0xB0, 7, 100)]


def test_panic_on_one_output_leaves_the_others_playing(scheduler, clock) -> None:
    scheduler.note("", 1, 60, 100, beats=1.0)
    scheduler.note("bass", 1, 40, 100, beats=1.0)
    scheduler.pop_due()
    scheduler.panic(["bass"])
    assert run_until(scheduler, clock, at_beat(2)) == [
        out(T0, OFF, 40, 0, port="bass"),
        *all_notes_off(T0, port="bass"),
        out(at_beat(1), OFF, 60, 0),
    ]


def test_shutdown_leaves_nothing_sounding_nothing_waiting_and_the_clock_stopped(scheduler, clock) -> None:
    scheduler.set_clock("", True)
    scheduler.set_playing(True)
    run_until(scheduler, clock, at_beat(4.5))  # started on the bar line at beat 4
    scheduler.note("drums", 10, 36, 127, beats=1.0)
    scheduler.note("", 1, 60, 100, beats=1.0, quantize=8.0)  # waiting
    scheduler.pop_due()
    scheduler.shutdown([""])
    assert scheduler.pop_due() == [
        out(at_beat(4.5), OFF + 9, 36, 0, port="drums"),
        *all_notes_off(at_beat(4.5)),
        *all_notes_off(at_beat(4.5), port="drums"),
        out(at_beat(4.5), 0xFC),
    ]
    assert scheduler.next_due() is None
    assert scheduler.pending() == 0


# -- the 24-ppqn clock ------------------------------------------------------------------------------


def tick_times(first: int, last: int, anchor_time: Fraction, anchor_beat: Fraction, tempo: int):
    """Exact tick times from tick ``first`` to ``last`` on one linear piece of the timeline."""
    return [
        anchor_time + (Fraction(k, 24) - anchor_beat) * Fraction(60, tempo) for k in range(first, last + 1)
    ]


def test_ticks_fall_on_every_24th_of_a_beat(scheduler, clock) -> None:
    scheduler.set_clock("", True)
    sent = run_until(scheduler, clock, at_beat(1))
    assert_events(sent, [(t, "", TICK) for t in tick_times(1, 24, Fraction(100), Fraction(0), 120)])


def test_ticks_follow_a_tempo_change_in_the_middle_of_a_beat(scheduler, clock) -> None:
    scheduler.set_clock("", True)
    change_at = Fraction(10026, 100)  # t = 100.26 s: beat 0.52, between ticks 12 and 13
    sent = run_until(scheduler, clock, float(change_at))
    clock.set_tempo(90.0)
    sent += run_until(scheduler, clock, 101.0)
    before = tick_times(1, 12, Fraction(100), Fraction(0), 120)
    # After the change the timeline is anchored where the change happened: beat 0.52 at 100.26 s, 90 BPM;
    # at 101 s it is on beat 0.52 + 0.74 * 1.5 = 1.63, past tick 39.
    after = tick_times(13, 39, change_at, Fraction(52, 100), 90)
    assert_events(sent, [(t, "", TICK) for t in before + after])


def test_start_goes_out_on_the_next_bar_line_with_song_position_before_it(scheduler, clock) -> None:
    scheduler.set_clock("", True)
    run_until(scheduler, clock, at_beat(1.3))
    scheduler.set_playing(True)
    sent = run_until(scheduler, clock, at_beat(4.0))
    assert sent[0] == out(at_beat(1.3), 0xF2, 0, 0)
    ticks = tick_times(32, 96, Fraction(100), Fraction(0), 120)  # beat 1.3 lies between ticks 31 and 32
    expected = [(Fraction(13, 20) + 100, "", SPP0)] + [(t, "", TICK) for t in ticks[:-1]]
    expected += [(ticks[-1], "", START), (ticks[-1], "", TICK)]  # Start, then the downbeat's tick
    assert_events(sent, expected)


def test_start_and_stop_follow_the_transport(scheduler, clock) -> None:
    scheduler.set_clock("", True)
    scheduler.set_playing(True)
    sent = run_until(scheduler, clock, at_beat(5.5))
    scheduler.set_playing(False)
    sent += run_until(scheduler, clock, at_beat(6))
    control = [(o.time, o.data) for o in sent if o.data != TICK]
    assert control == [(T0, SPP0), (at_beat(4), START), (at_beat(5.5), STOP)]
    assert sum(1 for o in sent if o.data == TICK) == 6 * 24  # the clock keeps ticking while stopped


def test_a_stop_before_the_bar_line_cancels_the_start(scheduler, clock) -> None:
    scheduler.set_clock("", True)
    scheduler.set_playing(True)
    run_until(scheduler, clock, at_beat(2))
    scheduler.set_playing(False)
    sent = run_until(scheduler, clock, at_beat(9))
    assert [o.data for o in sent if o.data != TICK] == []


def test_a_clock_enabled_while_playing_joins_at_the_next_bar(scheduler, clock) -> None:
    scheduler.set_playing(True)
    run_until(scheduler, clock, at_beat(5))
    scheduler.set_clock("drums", True)
    scheduler.note("", 1, 60, 100, beats=1.0, quantize=8.0)
    sent = run_until(scheduler, clock, at_beat(9))
    control = [(o.time, o.port, o.data) for o in sent if o.data not in (TICK,)]
    assert control == [
        (at_beat(5), "drums", SPP0),
        (at_beat(8), "drums", START),
        (at_beat(8), "", bytes((ON, 60, 100))),  # clock messages first at the same moment
        (at_beat(9), "", bytes((OFF, 60, 0))),
    ]


def test_disabling_a_running_clock_sends_stop_and_ends_the_ticks(scheduler, clock) -> None:
    scheduler.set_clock("", True)
    scheduler.set_clock("bass", True)
    scheduler.set_playing(True)
    run_until(scheduler, clock, at_beat(4.5))
    scheduler.set_clock("bass", False)
    sent = run_until(scheduler, clock, at_beat(5))
    assert sent[0] == out(at_beat(4.5), 0xFC, port="bass")
    assert {o.port for o in sent[1:]} == {""}
    scheduler.set_clock("", False)
    assert scheduler.pop_due() == [out(at_beat(5), 0xFC)]
    assert scheduler.next_due() is None
    assert not scheduler.clock_enabled("")


def test_every_clock_output_ticks_together_in_port_order(scheduler, clock) -> None:
    scheduler.set_clock("drums", True)
    scheduler.set_clock("", True)
    sent = run_until(scheduler, clock, at_beat(1 / 24 + 1e-9))
    assert [(o.port, o.data) for o in sent] == [("", TICK), ("drums", TICK)]


class JumpingClock:
    """A clock whose timeline can be replaced outright, as Link does when it joins a session."""

    def __init__(self) -> None:
        self.time = T0
        self.line = Timeline(time=T0, beat=0.0, tempo=120.0)

    def now(self) -> float:
        return self.time

    def timeline(self) -> Timeline:
        return self.line


def test_a_jump_in_the_timeline_moves_the_clock_without_a_burst_of_ticks() -> None:
    clock = JumpingClock()
    scheduler = MidiScheduler(clock)
    scheduler.set_clock("", True)
    scheduler.set_playing(True)
    clock.time = at_beat(1 / 24)
    assert len(scheduler.pop_due()) == 2  # the song position, then tick 1
    clock.line = Timeline(time=clock.time, beat=10.5, tempo=120.0)  # the session is 10 beats ahead
    sent = scheduler.pop_due()
    assert [o.data for o in sent] == [TICK]  # one tick where the timeline is now, not 240 to catch up
    assert sent[0].time == clock.time
    due = scheduler.next_due()
    assert due == pytest.approx(clock.time + 0.5 / 24, abs=1e-9)
    clock.time = clock.line.time_at(12.0)  # the Start was re-cued for the next bar line after the jump
    sent = []
    while (due := scheduler.next_due()) is not None and due <= clock.time + 1e-12:
        sent += scheduler.pop_due(due)
    assert [o.data for o in sent if o.data != TICK] == [START]
