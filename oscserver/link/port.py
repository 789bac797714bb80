"""The Link adapter: the few things the server needs from a Link session, behind one small interface.

:class:`AalinkPort` is the real one (aalink, itself a binding of Ableton's Link library); the in-memory
:class:`~oscserver.link.fake.FakeLinkPort` stands in for it in unit tests and in ``oscserver api``.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any, Protocol

from oscserver.engine.clock import host_time
from oscserver.exceptions import StartupError

log = logging.getLogger(__name__)


class LinkPort(Protocol):
    """One app's view of a Link session. Callbacks are delivered on the asyncio event loop."""

    tempo: float
    playing: bool
    quantum: float
    enabled: bool
    start_stop_sync: bool

    @property
    def peers(self) -> int: ...

    def sample(self) -> tuple[float, float]:
        """A (host time, beat) pair measured together: one point of the beat timeline."""
        ...

    def on_tempo(self, callback: Callable[[float], None]) -> None: ...

    def on_playing(self, callback: Callable[[bool], None]) -> None: ...

    def on_peers(self, callback: Callable[[int], None]) -> None: ...

    def close(self) -> None: ...


class AalinkPort:
    """Link through aalink. Create it inside a running event loop: aalink binds its callbacks to that loop."""

    def __init__(self, tempo: float) -> None:
        try:
            from aalink import Link
        except ImportError as err:  # pragma: no cover - a broken install
            raise StartupError(f"aalink is not importable: {err}") from err
        self._link: Any = Link(tempo)

    # Each property reads Link's app session state afresh; none of them blocks.
    @property
    def tempo(self) -> float:
        return float(self._link.tempo)

    @tempo.setter
    def tempo(self, value: float) -> None:
        self._link.tempo = value

    @property
    def playing(self) -> bool:
        return bool(self._link.playing)

    @playing.setter
    def playing(self, value: bool) -> None:
        self._link.playing = value

    @property
    def quantum(self) -> float:
        return float(self._link.quantum)

    @quantum.setter
    def quantum(self, value: float) -> None:
        self._link.quantum = value

    @property
    def enabled(self) -> bool:
        return bool(self._link.enabled)

    @enabled.setter
    def enabled(self, value: bool) -> None:
        self._link.enabled = value

    @property
    def start_stop_sync(self) -> bool:
        return bool(self._link.start_stop_sync_enabled)

    @start_stop_sync.setter
    def start_stop_sync(self, value: bool) -> None:
        self._link.start_stop_sync_enabled = value

    @property
    def peers(self) -> int:
        return int(self._link.num_peers)

    def sample(self) -> tuple[float, float]:
        # Link's clock is CLOCK_MONOTONIC_RAW; reading the host clock on both sides of the beat bounds the
        # moment the beat was computed to a few microseconds.
        before = host_time()
        beat = float(self._link.beat)
        after = host_time()
        return (before + after) / 2.0, beat

    def on_tempo(self, callback: Callable[[float], None]) -> None:
        self._link.add_tempo_callback(callback)

    def on_playing(self, callback: Callable[[bool], None]) -> None:
        self._link.add_start_stop_callback(callback)

    def on_peers(self, callback: Callable[[int], None]) -> None:
        self._link.add_num_peers_callback(callback)

    def close(self) -> None:
        self._link.enabled = False
