"""The frame clock: when each block is heard, on the host clock, from the callbacks' noisy timestamps."""

from __future__ import annotations

import itertools

import numpy as np
import pytest

from oscserver.audio.realtime.frameclock import FrameClock

PERIOD = 256 / 48000


def locked(blocks: int = 400) -> FrameClock:
    """A clock fed ``blocks`` exact observations, block ``k`` at 100 s + k periods."""
    clock = FrameClock(48000)
    for k in range(blocks):
        clock.block(100.0 + k * PERIOD, 256)
    return clock


def test_exact_observations_give_an_exact_continuous_clock():
    clock = FrameClock(48000)
    blocks = [clock.block(100.0 + k * 256 / 48000, 256) for k in range(1000)]
    for (_, t1), (next_t0, _) in itertools.pairwise(blocks):
        assert next_t0 == t1  # each block starts where the last ended
    assert blocks[-1][0] == pytest.approx(100.0 + 999 * 256 / 48000, abs=1e-12)
    assert clock.rate == pytest.approx(48000, rel=1e-9)
    assert clock.resets == 0


def test_jittered_observations_are_smoothed_and_a_drifting_sample_clock_is_followed():
    rng = np.random.default_rng(1)
    true_rate = 48000 * (1 + 80e-6)  # a crystal 80 ppm fast
    clock = FrameClock(48000)
    errors = []
    for k in range(20000):  # 107 s
        truth = 100.0 + k * 256 / true_rate
        t0, _ = clock.block(truth + rng.uniform(0, 0.001), 256)  # woken up to 1 ms late
        if k > 5000:
            errors.append(t0 - truth)
    errors_ms = np.array(errors) * 1000
    assert clock.rate == pytest.approx(true_rate, rel=1e-5)
    # Locked in phase, not only in rate: the error does not grow with time.
    assert abs(np.mean(errors_ms[-3000:]) - np.mean(errors_ms[:3000])) < 0.02
    # The filtered clock wanders far less than the 1 ms of jitter (its steady lag, the mean jitter, is the
    # same for every block and so for in and out alike).
    assert np.std(errors_ms) < 0.05 and np.ptp(errors_ms) < 0.25
    assert clock.resets == 0


def test_a_single_late_callback_moves_the_clock_by_a_hair_not_a_jump():
    clock = FrameClock(48000)
    starts = [clock.block(100.0 + k * PERIOD, 256)[0] for k in range(400)]
    late, _ = clock.block(100.0 + 400 * PERIOD + 0.030, 256)  # woken 30 ms late
    after, _ = clock.block(100.0 + 401 * PERIOD, 256)
    assert late == pytest.approx(starts[-1] + PERIOD, abs=1e-9)  # this block was due where it was due
    assert abs(after - (100.0 + 401 * PERIOD)) < 0.2e-3  # and the late one pulled the clock < 0.2 ms
    assert clock.resets == 0


def test_frames_really_lost_relock_the_clock_after_a_few_blocks():
    clock = locked()
    for k in range(400, 410):  # from here on every block is heard 100 ms later than before
        t0, _ = clock.block(100.1 + k * PERIOD, 256)
    assert clock.resets == 1
    assert t0 == pytest.approx(100.1 + 409 * PERIOD, abs=1e-4)


def test_a_stalled_stream_relocks_at_once():
    clock = FrameClock(48000)
    clock.block(100.0, 256)
    t0, _ = clock.block(101.0, 256)
    assert (t0, clock.resets) == (101.0, 1)


def test_an_xrun_that_moved_the_stream_steps_the_clock_and_keeps_the_rate():
    clock = locked()
    rate = clock.rate
    # The device lost 12 ms and started again: every block from here on is heard 12 ms later than before.
    # (JACK's notice of the xrun comes with the third of them.)
    starts = [clock.block(100.012 + k * PERIOD, 256, xrun=k == 402)[0] for k in range(400, 800)]
    assert starts[5] == 100.012 + 405 * PERIOD  # the step taken whole on the sixth block
    assert clock.resets == 1
    assert clock.rate == pytest.approx(rate, rel=1e-9)  # only the phase was lost
    assert max(abs(t0 - (100.012 + k * PERIOD)) for k, t0 in enumerate(starts[5:], start=405)) < 1e-9


def test_a_step_seen_through_late_wake_ups_is_taken_by_its_least_lateness():
    rng = np.random.default_rng(4)
    clock = locked()
    # As JACK's dummy driver stalled 25 ms showed it: the first block at once, then each 20 ms later than
    # before, here each also woken up to 5 ms late (waiting for the GIL).
    clock.block(100.0 + 400 * PERIOD + 0.025, 256, xrun=True)
    for k in range(401, 420):
        t0, _ = clock.block(100.02 + k * PERIOD + rng.uniform(0, 0.005), 256)
    assert clock.resets == 1
    assert 0.0 <= t0 - (100.02 + 419 * PERIOD) < 0.001


def test_the_same_step_without_an_xrun_is_not_taken_at_once():
    clock = locked()
    # (Unreported, 4 late blocks may be a busy machine: they are filtered, and the rate is pulled.)
    starts = [clock.block(100.012 + k * PERIOD, 256)[0] for k in range(400, 404)]
    assert clock.resets == 0
    assert starts[3] < 100.0 + 403 * PERIOD + 0.001


def test_our_own_late_block_reported_as_an_xrun_moves_nothing():
    clock = locked()
    # JACK reports an xrun when a client (this one) is late; the blocks after it are on time again.
    late, _ = clock.block(100.0 + 400 * PERIOD + 0.004, 256, xrun=True)
    after = [clock.block(100.0 + k * PERIOD, 256)[0] for k in range(401, 420)]
    assert clock.resets == 0
    assert late == pytest.approx(100.0 + 400 * PERIOD, abs=1e-9)
    assert max(abs(t0 - (100.0 + k * PERIOD)) for k, t0 in enumerate(after, start=401)) < 0.1e-3


def test_a_stall_made_up_block_by_block_is_not_a_step():
    clock = locked()
    # 25 ms late, then blocks back to back until on time again: no frame lost, nothing to step by.
    for k, late in enumerate((0.025, 0.021, 0.017, 0.013, 0.009, 0.005, 0.001), start=400):
        clock.block(100.0 + k * PERIOD + late, 256, xrun=k == 400)
    for k in range(407, 500):
        t0, _ = clock.block(100.0 + k * PERIOD, 256)
    assert clock.resets == 0
    assert abs(t0 - (100.0 + 499 * PERIOD)) < 0.5e-3


def test_jitter_after_a_relock_does_not_swing_the_rate_it_kept():
    rng = np.random.default_rng(2)
    clock = locked(2000)
    clock.block(100.0 + 2000 * PERIOD + 0.6, 256)  # a stall: re-locked at once
    swings = []
    for k in range(2001, 2400):
        clock.block(100.6 + k * PERIOD + rng.uniform(0, 0.001), 256)  # woken up to 1 ms late
        swings.append(abs(clock.rate / 48000 - 1))
    assert clock.resets == 1
    # The rate moves while the phase finds the jitter's mean (368 ppm at most); settling afresh at the
    # first second's wide bandwidth swung it by 3,320 ppm, a loop's pitch wobbling by 6 cents.
    assert max(swings) < 500e-6


def test_a_step_under_half_a_block_after_an_xrun_is_taken_too():
    clock = locked()
    rate = clock.rate
    # As a 12 ms stall of JACK's dummy driver left it when the driver woke 2.4 ms into a period: every
    # block 2.4 ms later than before (under half a block, 2.67 ms), the xrun reported with the second.
    starts = [clock.block(100.0024 + k * PERIOD, 256, xrun=k == 401)[0] for k in range(400, 500)]
    assert clock.resets == 1
    assert clock.rate == pytest.approx(rate, rel=1e-9)
    assert max(abs(t0 - (100.0024 + k * PERIOD)) for k, t0 in enumerate(starts[7:], start=407)) < 1e-9
