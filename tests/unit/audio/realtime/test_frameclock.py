"""The frame clock: when each block is heard, on the host clock, from the callbacks' noisy timestamps."""

from __future__ import annotations

import itertools

import numpy as np
import pytest

from oscserver.audio.realtime.frameclock import FrameClock


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
    period = 256 / 48000
    starts = [clock.block(100.0 + k * period, 256)[0] for k in range(400)]
    late, _ = clock.block(100.0 + 400 * period + 0.030, 256)  # woken 30 ms late
    after, _ = clock.block(100.0 + 401 * period, 256)
    assert late == pytest.approx(starts[-1] + period, abs=1e-9)  # this block was due where it was due
    assert abs(after - (100.0 + 401 * period)) < 0.2e-3  # and the late one pulled the clock < 0.2 ms
    assert clock.resets == 0


def test_frames_really_lost_relock_the_clock_after_a_few_blocks():
    clock = FrameClock(48000)
    period = 256 / 48000
    for k in range(400):
        clock.block(100.0 + k * period, 256)
    for k in range(400, 410):  # from here on every block is heard 100 ms later than before
        t0, _ = clock.block(100.1 + k * period, 256)
    assert clock.resets == 1
    assert t0 == pytest.approx(100.1 + 409 * period, abs=1e-4)


def test_a_stalled_stream_relocks_at_once():
    clock = FrameClock(48000)
    clock.block(100.0, 256)
    t0, _ = clock.block(101.0, 256)
    assert (t0, clock.resets) == (101.0, 1)
