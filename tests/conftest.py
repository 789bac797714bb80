from __future__ import annotations

from collections.abc import Iterator

import pytest

from oscserver.cli.client import OscClient
from tests.support.server import ServerProcess


@pytest.fixture
def server() -> Iterator[ServerProcess]:
    """A server on a free loopback port, Link off, no audio device, no MIDI."""
    with ServerProcess("--audio", "none", "--midi-api", "none") as process:
        yield process


@pytest.fixture
def client(server: ServerProcess) -> Iterator[OscClient]:
    with server.client() as osc:
        yield osc
