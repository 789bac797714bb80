"""A whole server (every endpoint, every subsystem's registry) with no sockets, on a manual clock."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from oscserver.engine.clock import ManualClock
from oscserver.link.fake import FakeLinkPort
from oscserver.server.app import App
from oscserver.server.config import ServeConfig


@contextmanager
def offline_app(data_dir: Path) -> Iterator[App]:
    """The loop never runs while it is used: requests that take time (a session save) stay pending, and are
    run to completion (into ``data_dir``) at the end."""
    loop = asyncio.new_event_loop()
    clock = ManualClock()
    config = ServeConfig(data_dir=data_dir)

    async def build() -> App:
        return App(config, FakeLinkPort(clock), now=clock.now)

    built = loop.run_until_complete(build())
    try:
        yield built
    finally:
        loop.run_until_complete(built.osc.drain())
        loop.close()
