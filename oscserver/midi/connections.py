"""What each of the server's own MIDI ports was connected to, so a port created again gets it all back.

Pure bookkeeping, keyed by what a port is for (the virtual output, output ``drums``, input ``keys``), not by
its name, which JACK may change. Every look at a port that exists records its connections; whenever the port
is created again (its JACK server came back, its device returned) everything it had is owed to it, and what
is owed is connected as soon as the other end exists, however long that takes. The port a named output or
input is bound to by pattern is left out: binding by pattern makes that connection, to whichever port
matches then.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable


class ConnectionMemory:
    def __init__(self) -> None:
        self._peers: dict[str, set[str]] = {}
        self._owed: dict[str, set[str]] = {}

    def seen(self, key: str, connected: Iterable[str], bound: str | None = None) -> None:
        """Port ``key`` exists and is connected to ``connected`` now (``bound``: its pattern's match)."""
        peers = {peer for peer in connected if peer != bound}
        self._peers[key] = peers | self._owed.get(key, set())

    def created(self, key: str) -> None:
        """Port ``key`` was just created: every connection it had is owed to it."""
        self._owed[key] = set(self._peers.get(key, ()))

    def restore(self, key: str, connect: Callable[[str], bool]) -> list[str]:
        """Try each connection owed to ``key`` (``connect(peer)`` True: made); the peers connected now."""
        owed = self._owed.get(key, set())
        made = [peer for peer in sorted(owed) if connect(peer)]
        owed.difference_update(made)
        return made

    def owed(self, key: str) -> frozenset[str]:
        return frozenset(self._owed.get(key, ()))

    def peers(self, key: str) -> frozenset[str]:
        return frozenset(self._peers.get(key, ()))
