"""Waiting for the server to report something in ``/status`` or ``/audio/status``, with a deadline."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

from oscserver.cli.client import OscClient
from oscserver.osc.codec import OscArg


def wait_status(
    osc: OscClient,
    key: str,
    check: Callable[[Any], bool],
    timeout: float = 10.0,
    address: str = "/status",
) -> dict[str, OscArg]:
    """Poll ``address`` until ``check(value of key)`` holds; the whole answer then."""
    deadline = time.monotonic() + timeout
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
