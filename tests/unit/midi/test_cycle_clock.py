"""Host time <-> JACK frames on made-up cycle times: exact offsets, one period late, input the mirror."""

from __future__ import annotations

import itertools
import random
from collections.abc import Callable, Iterator

import pytest

from oscserver.midi.cycle_clock import CycleClock, CycleFilter, CycleTimes

RATE = 48000
PERIOD = 256
PERIOD_USECS = PERIOD * 1_000_000 / RATE  # 5333.33 us


def clock(frames: int = 480_000, usecs: int = 10_000_000, offset: float = 0.0) -> CycleClock:
    """A cycle starting at frame ``frames`` at JACK time ``usecs``; host time is JACK's plus ``offset``."""
    cycle = CycleTimes(frames, usecs, usecs + round(PERIOD_USECS), PERIOD_USECS)
    return CycleClock.of(cycle, PERIOD, offset)


def test_an_event_for_the_cycle_start_goes_one_period_later() -> None:
    c = clock()
    assert c.output_offset(10.0) == PERIOD  # belongs to the next block, at its first frame
    assert c.output_offset(10.0 - PERIOD_USECS * 1e-6) == 0  # a period back: this block's first frame


def test_events_in_the_previous_period_land_at_their_own_offsets() -> None:
    c = clock()
    span = round(PERIOD_USECS) * 1e-6 / PERIOD  # seconds per frame as JACK's estimate says
    start = 10.0 - PERIOD * span
    for frame in (0, 1, 37, 100, 255):
        assert c.output_offset(start + frame * span) == frame
        assert c.output_offset(start + (frame + 0.49) * span) == frame  # rounded to the nearest frame
        assert c.output_offset(start + (frame - 0.49) * span) == frame


def test_a_passed_event_has_a_negative_offset_and_a_future_one_is_past_the_block() -> None:
    c = clock()
    assert c.output_offset(10.0 - 2 * PERIOD_USECS * 1e-6) == -PERIOD
    assert c.output_offset(10.0 + 0.001) >= PERIOD


def test_the_clock_offset_between_host_and_jack_is_applied() -> None:
    plain, shifted = clock(), clock(offset=123.5)
    for when in (9.995, 9.997, 9.9991):
        assert shifted.output_offset(when + 123.5) == plain.output_offset(when)


def test_the_slope_comes_from_jacks_own_cycle_times() -> None:
    """A frame clock running 1% slow (a cycle taking longer in host time) spreads fewer frames a second."""
    slow = CycleClock.of(CycleTimes(0, 10_000_000, 10_000_000 + 5387, PERIOD_USECS), PERIOD, 0.0)
    start = 10.0 - 5387e-6
    assert slow.output_offset(start + 5387e-6 / 2) == PERIOD // 2
    assert slow.output_offset(start + 5387e-6 * 100 / PERIOD) == 100


def test_clock_pulses_at_120_bpm_are_1000_frames_apart_across_cycles() -> None:
    """Pulses 1/48 s apart at 48 kHz, each placed in whichever cycle it falls in: 1000 frames apart."""
    frames_of = []
    for pulse in range(10):
        when = 10.0 + pulse / 48
        # the cycle that writes it: the first one starting after ``when``
        cycle_index = int((when - 10.0) * RATE // PERIOD) + 1
        c = clock(frames=cycle_index * PERIOD, usecs=10_000_000 + round(cycle_index * PERIOD_USECS))
        offset = c.output_offset(when)
        assert 0 <= offset < PERIOD
        frames_of.append(c.frame_of_output(offset))
    assert [b - a for a, b in itertools.pairwise(frames_of)] == pytest.approx([1000] * 9, abs=1)


def test_input_is_stamped_with_the_time_an_output_at_that_frame_stood_for() -> None:
    c = clock(offset=5.0)
    for frame in (0, 64, 255):
        assert c.input_time(frame) == c.output_time(frame)
        assert c.output_offset(c.input_time(frame)) == frame  # what this server writes for t reads back as t
    assert c.input_time(PERIOD) == pytest.approx(15.0)  # the next cycle's first frame: this one's start


def test_a_cycle_with_no_span_uses_the_nominal_period() -> None:
    c = CycleClock.of(CycleTimes(0, 10_000_000, 10_000_000, PERIOD_USECS), PERIOD, 0.0)
    assert c.output_offset(10.0) == PERIOD


def cycles(count: int, lateness: Callable[[int], float], rate: float = RATE) -> Iterator[CycleTimes]:
    """Cycles of a frame clock at ``rate`` frames per host second, each woken ``lateness(i)`` s late."""
    for index in range(count):
        start = 10.0 + index * PERIOD / rate
        usecs = round((start + lateness(index)) * 1e6)
        period_usecs = PERIOD / rate * 1e6  # as JACK's own loop estimates it
        yield CycleTimes(index * PERIOD, usecs, usecs + round(period_usecs), period_usecs)


def test_the_filter_on_a_steady_clock_puts_each_event_on_its_frame() -> None:
    loop = CycleFilter()
    for index, cycle in enumerate(cycles(200, lambda _: 0.0)):
        c = loop.clock(cycle, PERIOD, 0.0)
        previous_start = 10.0 + (index - 1) * PERIOD / RATE
        for frame in (0, 1, 100, 255):
            assert c.output_offset(previous_start + frame / RATE) == frame


def test_the_filter_takes_out_the_wake_up_jitter() -> None:
    """Woken up to 1 ms late at random (a loaded machine): straight mapping misses by up to 48 frames, the
    filtered one puts pulses 1000 frames apart to the frame once locked (a few seconds)."""
    jitter = random.Random(14)
    late = [jitter.uniform(0.0, 0.001) for _ in range(2000)]
    loop = CycleFilter()
    clocks = [loop.clock(cycle, PERIOD, 0.0) for cycle in cycles(2000, late.__getitem__)]
    frames = []
    for pulse in range(400, 500):  # pulses from about 8 s on
        when = 10.0 + pulse / 48
        index = int((when - 10.0) * RATE // PERIOD) + 1  # the cycle after the one it falls in
        frames.append(clocks[index].frame_of_output(clocks[index].output_offset(when)))
    assert max(abs(step - 1000) for step in (b - a for a, b in itertools.pairwise(frames))) <= 1


def test_the_filter_follows_a_frame_clock_slower_than_nominal() -> None:
    loop = CycleFilter()
    slow = RATE * 0.99  # the frame clock runs 1% slow against the host clock
    clocks = [loop.clock(cycle, PERIOD, 0.0) for cycle in cycles(1000, lambda _: 0.0, rate=slow)]
    assert clocks[-1].output_time(PERIOD) - clocks[-1].output_time(0) == pytest.approx(
        PERIOD / slow, rel=1e-6
    )


def test_the_filter_starts_over_when_frames_jump() -> None:
    loop = CycleFilter()
    for cycle in cycles(50, lambda _: 0.0):
        loop.clock(cycle, PERIOD, 0.0)
    jumped = CycleTimes(10**6, 99_000_000, 99_000_000 + round(PERIOD_USECS), PERIOD_USECS)
    assert loop.clock(jumped, PERIOD, 0.0).output_time(PERIOD) == pytest.approx(99.0)


def test_a_step_of_the_drivers_wake_ups_is_taken_whole_on_the_sixth_cycle() -> None:
    """JACK's dummy driver woken 12 ms late starts its clock again from then, its frames going on: every
    cycle after is 12 ms later on the host clock. Slewed in as jitter, that took over two seconds, with
    the period up to 3,400 ppm wrong."""
    loop = CycleFilter()
    clocks = [loop.clock(cycle, PERIOD, 0.0) for cycle in cycles(1400, lambda i: 0.012 * (i >= 1000))]
    for index in range(1005, 1400):  # the sixth cycle after the step, and every one after it
        start = 10.0 + index * PERIOD / RATE + 0.012
        assert clocks[index].output_time(PERIOD) == pytest.approx(start, abs=1e-6)
    # The period is what it was before the step: pulses 1000 frames apart, to the frame.
    last = clocks[-1]
    assert last.output_time(PERIOD) - last.output_time(0) == pytest.approx(PERIOD / RATE, rel=1e-6)


def test_wake_ups_late_for_a_few_cycles_are_not_a_step() -> None:
    """Five cycles woken 4 ms late (a busy moment), then on time: the loop moves by a hair, not 4 ms."""
    loop = CycleFilter()
    late = {1000, 1001, 1002, 1003, 1004}
    clocks = [loop.clock(cycle, PERIOD, 0.0) for cycle in cycles(1100, lambda i: 0.004 * (i in late))]
    start = 10.0 + 1099 * PERIOD / RATE
    assert abs(clocks[-1].output_time(PERIOD) - start) < 0.5e-3
