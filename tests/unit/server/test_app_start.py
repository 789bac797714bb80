"""The order of start-up: Link is enabled last, and only by a server that is otherwise up."""

from __future__ import annotations

import asyncio
from collections.abc import Iterable
from pathlib import Path

import pytest

from oscserver.engine.clock import ManualClock
from oscserver.exceptions import StartupError
from oscserver.link.fake import FakeLinkPort
from oscserver.osc.codec import OscArg
from oscserver.osc.registry import Endpoint
from oscserver.server.app import App
from oscserver.server.config import ServeConfig


class WatchingSubsystem:
    """Notes whether Link was enabled when it started; fails to start when told to."""

    def __init__(self, name: str, port: FakeLinkPort, fails: bool = False) -> None:
        self.name = name
        self._port = port
        self._fails = fails
        self.link_enabled_at_start: bool | None = None

    def endpoints(self) -> Iterable[Endpoint]:
        return ()

    def status(self) -> Iterable[tuple[str, OscArg]]:
        return ()

    async def start(self) -> None:
        self.link_enabled_at_start = self._port.enabled
        if self._fails:
            raise StartupError(f"{self.name}: no such device")

    async def stop(self) -> None:
        pass


def start_app(port: FakeLinkPort, tmp_path: Path, failing: str | None = None) -> list[WatchingSubsystem]:
    """Start (and stop) an app whose subsystems watch Link; our own tempo is 90, the fake Link's 120."""

    async def main() -> list[WatchingSubsystem]:
        config = ServeConfig(host="127.0.0.1", port=0, tempo=90.0, data_dir=tmp_path)
        app = App(config, port, now=port.clock.now)
        watchers = [WatchingSubsystem(name, port, fails=name == failing) for name in ("audio", "midi")]
        app.subsystems = list(watchers)
        try:
            await app.start()
        finally:
            await app.stop()
        return watchers

    return asyncio.run(main())


def test_link_is_enabled_after_every_subsystem_started_and_our_tempo_before(tmp_path: Path) -> None:
    port = FakeLinkPort(ManualClock(), tempo=120.0)
    watchers = start_app(port, tmp_path)
    assert [w.link_enabled_at_start for w in watchers] == [False, False]
    assert port.actions == [("tempo", 90.0), ("enabled", True)]
    assert port.closed


def test_a_server_that_fails_to_start_never_enables_link(tmp_path: Path) -> None:
    port = FakeLinkPort(ManualClock(), tempo=120.0)
    with pytest.raises(StartupError, match="midi: no such device"):
        start_app(port, tmp_path, failing="midi")
    assert ("enabled", True) not in port.actions
    assert port.actions[0] == ("tempo", 90.0)  # committed while Link was off: our own session's only
