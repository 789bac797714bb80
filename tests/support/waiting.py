"""Waiting on conditions, never on fixed sleeps: every deadline in the integration tests comes from here.

``OSCSERVER_TEST_TIMEOUT_FACTOR`` (default 1) scales every deadline, for a slow or heavily loaded machine: a
deadline only bounds how long a failing test takes, so raising it never makes a passing test slower.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from typing import Any, TypeVar

from oscserver.cli.client import OscClient
from oscserver.osc.codec import OscArg

T = TypeVar("T")

TIMEOUT_FACTOR = float(os.environ.get("OSCSERVER_TEST_TIMEOUT_FACTOR", "1") or 1)
POLL = 0.01  # seconds between looks at a condition


def scaled(seconds: float) -> float:
    """A deadline of ``seconds`` on this machine (see the module's note)."""
    return seconds * TIMEOUT_FACTOR


def wait_until(
    condition: Callable[[], T | None], timeout: float = 10.0, what: str = "the condition", poll: float = POLL
) -> T:
    """Poll ``condition`` until it returns something true, and return that; TimeoutError naming ``what``.

    ``poll`` is the time between looks (shorter for a moment that passes quickly)."""
    deadline = time.monotonic() + scaled(timeout)
    while True:
        result = condition()
        if result:
            return result
        if time.monotonic() > deadline:
            raise TimeoutError(f"{what} did not happen within {scaled(timeout):g} s")
        time.sleep(poll)


def wait_status(
    osc: OscClient,
    key: str,
    check: Callable[[Any], bool],
    timeout: float = 10.0,
    address: str = "/status",
) -> dict[str, OscArg]:
    """Poll ``address`` until ``check(value of key)`` holds; the whole answer then."""
    deadline = time.monotonic() + scaled(timeout)
    while True:
        current = osc.pairs(address)
        if check(current.get(key)):
            return current
        if time.monotonic() > deadline:
            raise TimeoutError(f"{address} {key} is {current.get(key)!r}")
        time.sleep(0.05)


def wait_for_history(osc: OscClient, seconds: float, timeout: float = 30.0) -> None:
    """Until the looper has heard ``seconds`` of input: a retroactive take keeps only what was heard."""
    wait_status(osc, "history", lambda held: float(held) >= seconds, timeout, address="/audio/status")
