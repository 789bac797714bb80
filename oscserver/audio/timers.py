"""Waiting on the server's timers rather than on the event loop's clock, so that tests can run the looper,
its supervisor and its session steps on a manual clock."""

from __future__ import annotations

import asyncio
from collections.abc import Callable

from oscserver.osc.scheduler import TimerHandle

Call = Callable[[float, Callable[[], None]], TimerHandle]


async def sleep_on(call_later: Call, seconds: float) -> None:
    """Sleep ``seconds`` on the timers of ``call_later``."""
    woken: asyncio.Future[None] = asyncio.get_running_loop().create_future()
    handle = call_later(seconds, lambda: None if woken.done() else woken.set_result(None))
    try:
        await woken
    finally:
        handle.cancel()
