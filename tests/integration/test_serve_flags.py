"""``serve`` flags reach the running server; flags that other settings make ineffective are warned about."""

from __future__ import annotations

import pytest

from tests.support.server import ServerProcess
from tests.support.waiting import wait_until

pytestmark = pytest.mark.integration


@pytest.mark.parametrize(("flag", "expected"), [("--start-stop-sync", 1), ("--no-start-stop-sync", 0)])
def test_start_stop_sync_is_set_from_the_command_line(flag: str, expected: int) -> None:
    with ServerProcess("--audio", "none", "--midi-api", "none", flag) as server, server.client() as osc:
        assert list(osc.request("/link/startstopsync").args) == [expected]


def test_a_flag_that_midi_off_ignores_is_warned_about() -> None:
    with ServerProcess("--audio", "none", "--midi-api", "none", "--midi-out", "drums=Circuit") as server:
        wait_until(
            lambda: any("--midi-out drums=Circuit is ignored" in line for line in server.log),
            what="a warning about --midi-out",
        )
