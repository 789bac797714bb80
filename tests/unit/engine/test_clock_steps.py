"""Telling a step in a stream's clock from lateness: six blocks alike, no fewer, no mixture."""

from __future__ import annotations

from oscserver.engine.clock_steps import STEP_BLOCKS, StepWatch

PERIOD = 256 / 48000  # 5.33 ms


def watched(errors: list[float]) -> list[float | None]:
    watch = StepWatch()
    return [watch.observe(error, PERIOD, 1.0) for error in errors]


def test_six_blocks_alike_are_a_step_of_the_least_of_them() -> None:
    assert STEP_BLOCKS == 6
    found = watched([0.0, 0.025, 0.0201, 0.0203, 0.0200, 0.0215, 0.0202])
    assert found == [None] * 6 + [0.0200]


def test_a_step_back_is_a_step_too() -> None:
    assert watched([-0.010] * 6)[-1] == -0.010


def test_a_block_on_time_starts_the_count_again() -> None:
    found = watched([0.02] * 5 + [0.001] + [0.02] * 5)
    assert found == [None] * 11


def test_late_and_early_blocks_mixed_are_no_step() -> None:
    assert watched([0.02, -0.02] * 3) == [None] * 6


def test_a_stall_made_up_block_by_block_is_no_step() -> None:
    """Errors shrinking by 4 ms a block: the two least are further apart than half a block."""
    assert watched([0.025, 0.021, 0.017, 0.013, 0.009, 0.005]) == [None] * 6


def test_lateness_within_half_a_block_is_not_counted() -> None:
    watch = StepWatch()
    for _ in range(10):
        assert watch.observe(0.002, PERIOD, 1.0) is None
    assert not watch.disturbed


def test_the_rate_from_before_the_disturbance_is_kept() -> None:
    watch = StepWatch()
    assert watch.observe(0.0, PERIOD, 1.0) is None
    for rate in (2.0, 3.0, 4.0, 5.0, 6.0):  # (the loop's rate, pulled by each late block)
        assert watch.observe(0.01, PERIOD, rate) is None
    assert watch.observe(0.01, PERIOD, 7.0) == 0.01
    assert watch.rate_before == 2.0
