"""The server's audio process, as the operating system sees it: to kill it under a running server."""

from __future__ import annotations

import psutil

from tests.support.server import ServerProcess


def audio_children(server: ServerProcess) -> list[psutil.Process]:
    """The server's spawned children (with ``--midi-api none`` only the audio process is one)."""
    assert server.process is not None
    found = []
    for child in psutil.Process(server.process.pid).children():
        try:
            if any("spawn_main" in part for part in child.cmdline()):
                found.append(child)
        except psutil.NoSuchProcess:
            pass
    return found
