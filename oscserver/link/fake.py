"""An in-memory Link session on a manual clock: for unit tests, and for ``oscserver api`` (no network)."""

from __future__ import annotations

from collections.abc import Callable

from oscserver.engine.clock import ManualClock


class FakeLinkPort:
    """Behaves like one Link app alone in its session (or with pretend peers), on a :class:`ManualClock`."""

    def __init__(self, clock: ManualClock | None = None, tempo: float = 120.0) -> None:
        self.clock = clock or ManualClock(tempo=tempo)
        if clock is not None:
            self.clock.set_tempo(tempo)
        self.playing_ = False
        self.enabled_ = False
        self.start_stop_sync_ = False
        self._peers = 0
        self._tempo_callbacks: list[Callable[[float], None]] = []
        self._playing_callbacks: list[Callable[[bool], None]] = []
        self._peers_callbacks: list[Callable[[int], None]] = []
        self.closed = False
        # What the app did to Link, in order: ("tempo", 90.0), ("playing", True), ("enabled", True)... so
        # that tests can check the order of commits and enabling (never a peer's change).
        self.actions: list[tuple[str, float | bool]] = []

    @property
    def tempo(self) -> float:
        return self.clock.timeline().tempo

    @tempo.setter
    def tempo(self, value: float) -> None:
        self.actions.append(("tempo", value))
        self.clock.set_tempo(value)

    @property
    def playing(self) -> bool:
        return self.playing_

    @playing.setter
    def playing(self, value: bool) -> None:
        self.actions.append(("playing", value))
        self.playing_ = value

    @property
    def quantum(self) -> float:
        return self.clock.timeline().quantum

    @quantum.setter
    def quantum(self, value: float) -> None:
        self.clock.set_quantum(value)

    @property
    def enabled(self) -> bool:
        return self.enabled_

    @enabled.setter
    def enabled(self, value: bool) -> None:
        self.actions.append(("enabled", value))
        self.enabled_ = value
        if not value:
            self.peer_count_changed(0)

    @property
    def start_stop_sync(self) -> bool:
        return self.start_stop_sync_

    @start_stop_sync.setter
    def start_stop_sync(self, value: bool) -> None:
        self.start_stop_sync_ = value

    @property
    def peers(self) -> int:
        return self._peers

    def sample(self) -> tuple[float, float]:
        return self.clock.now(), self.clock.beat()

    def on_tempo(self, callback: Callable[[float], None]) -> None:
        self._tempo_callbacks.append(callback)

    def on_playing(self, callback: Callable[[bool], None]) -> None:
        self._playing_callbacks.append(callback)

    def on_peers(self, callback: Callable[[int], None]) -> None:
        self._peers_callbacks.append(callback)

    def close(self) -> None:
        self.closed = True

    # What another peer in the session would do:
    def peer_sets_tempo(self, tempo: float) -> None:
        self.clock.set_tempo(tempo)
        self.report_tempo(tempo)

    def peer_sets_playing(self, playing: bool) -> None:
        self.playing_ = playing
        self.report_playing(playing)

    # What Link's callbacks report (a peer's change, or a late echo of one of our own commits):
    def report_tempo(self, tempo: float) -> None:
        for callback in list(self._tempo_callbacks):
            callback(tempo)

    def report_playing(self, playing: bool) -> None:
        for callback in list(self._playing_callbacks):
            callback(playing)

    def peer_count_changed(self, count: int) -> None:
        self._peers = count
        for callback in list(self._peers_callbacks):
            callback(count)
