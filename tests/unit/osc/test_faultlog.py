from __future__ import annotations

import logging

import pytest

from oscserver.engine.clock import ManualClock
from oscserver.osc.faultlog import FaultLog

log = logging.getLogger("test.faultlog")


def fail(log_to: FaultLog, where: str = "/crash", error: Exception | None = None) -> None:
    try:
        raise error or ZeroDivisionError("oops")
    except Exception as err:
        log_to.fault(where, err, "internal error in %s", where)


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock()


def test_the_first_faults_of_a_kind_are_logged_with_their_traceback(
    clock: ManualClock, caplog: pytest.LogCaptureFixture
) -> None:
    faults = FaultLog(log, clock.now, burst=3, window=60.0)
    with caplog.at_level(logging.ERROR, logger=log.name):
        for _ in range(3):
            fail(faults)
    assert [r.getMessage() for r in caplog.records] == [
        "internal error in /crash",
        "internal error in /crash",
        "internal error in /crash (more of these within 60 s are counted, not logged)",
    ]
    assert all(r.exc_info and r.exc_info[0] is ZeroDivisionError for r in caplog.records)


def test_a_flood_of_one_fault_is_counted_not_logged(
    clock: ManualClock, caplog: pytest.LogCaptureFixture
) -> None:
    faults = FaultLog(log, clock.now, burst=3, window=60.0)
    with caplog.at_level(logging.WARNING, logger=log.name):
        for _ in range(2000):
            fail(faults)
            clock.advance(0.01)  # 2,000 faults in 20 s: one window
        assert len(caplog.records) == 3
        clock.advance(40.0)
        fail(faults)
    assert [r.getMessage() for r in caplog.records[3:]] == [
        "1997 more internal errors (/crash: ZeroDivisionError) in 60 s were not logged",
        "internal error in /crash",
    ]


def test_each_kind_of_fault_has_its_own_allowance(
    clock: ManualClock, caplog: pytest.LogCaptureFixture
) -> None:
    faults = FaultLog(log, clock.now, burst=2, window=60.0)
    with caplog.at_level(logging.ERROR, logger=log.name):
        for _ in range(10):
            fail(faults, "/crash")
            fail(faults, "/crash", KeyError("k"))
            fail(faults, "/other")
    assert len(caplog.records) == 6


def test_the_kinds_remembered_are_bounded(clock: ManualClock) -> None:
    faults = FaultLog(log, clock.now, burst=1, max_kinds=4)
    for index in range(100):
        fail(faults, f"/site{index}")
    assert faults.kinds == 4
