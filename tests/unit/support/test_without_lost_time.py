"""The rule by which JACK timing tests measure again: only across a stall of JACK's driver, and never for
ever."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import cast

import pytest

from tests.support.jack import JackDummy
from tests.support.lost_time import without_lost_time


class Driver:
    """A JACK server whose logged stalls the attempts add to."""

    def __init__(self) -> None:
        self.stalls = 0

    def driver_stalls(self) -> int:
        return self.stalls


def attempts(outcomes: list[tuple[int, bool]]) -> tuple[list[int], JackDummy, Callable[[], int]]:
    """Attempts that each stall the driver some times, then pass or fail; the list of those made."""
    driver = Driver()
    made: list[int] = []

    def attempt() -> int:
        stalls, passes = outcomes[len(made)]
        made.append(len(made))
        driver.stalls += stalls
        assert passes, f"attempt {len(made)} failed"
        return len(made)

    return made, cast(JackDummy, driver), attempt


def test_a_failure_without_a_stall_stands_at_once() -> None:
    made, jack, attempt = attempts([(0, False), (0, True)])
    with pytest.raises(AssertionError, match="attempt 1 failed"):
        without_lost_time(jack, attempt)
    assert made == [0]


def test_a_failure_or_a_pass_across_a_stall_is_measured_again() -> None:
    made, jack, attempt = attempts([(1, False), (2, True), (0, True)])
    assert without_lost_time(jack, attempt) == 3
    assert made == [0, 1, 2]


def test_stalls_in_every_attempt_fail_saying_so() -> None:
    made, jack, attempt = attempts([(1, False), (1, True), (1, False), (0, True)])
    with pytest.raises(AssertionError, match="lost time in every attempt") as failure:
        without_lost_time(jack, attempt)
    assert made == [0, 1, 2]
    assert "failed across 1 stall(s): attempt 3 failed" in str(failure.value)


def test_the_stalls_are_read_from_jackds_log(tmp_path: Path) -> None:
    log = tmp_path / "jackd.log"
    log.write_text(
        "JackEngine::XRun: client = oscserver-audio was not finished, state = Triggered\n"
        "JackAudioDriver::ProcessGraphAsyncMaster: Process error\n"
        "JackTimedDriver::Process XRun = 42 usec\n"
    )
    jack = JackDummy(log=log)
    assert (jack.driver_stalls(), jack.xruns_logged()) == (1, 2)  # (a client late, the driver late)
