"""What each subsystem puts into a session, and how it takes it back.

A load first asks every part to *check* its section (and the audio it owns) and only when all agree asks
them to *apply* it, so a bad file changes nothing.
"""

from __future__ import annotations

import math
from collections.abc import Awaitable, Collection, Mapping
from typing import Any, Protocol

from oscserver.engine.timeline import MAX_QUANTUM, MAX_TEMPO, MIN_QUANTUM, MIN_TEMPO
from oscserver.exceptions import InvalidArgument
from oscserver.link.service import LinkService
from oscserver.sessions.store import Audio, HasShape

Captured = tuple[dict[str, Any], Audio]


class SessionPart(Protocol):
    key: str  # the section of session.json this part owns

    def capture(self) -> Captured | Awaitable[Captured]:
        """This part's state (JSON-able) and the audio it owns, by file stem; or an awaitable of them (a part
        that must let a device finish something first)."""
        ...

    def check(self, state: dict[str, Any], audio: Mapping[str, HasShape], samplerate: int) -> Collection[str]:
        """Raise :class:`InvalidArgument` when ``state`` cannot be applied; change nothing. ``audio`` is the
        session's audio by stem: first as session.json describes it (its shape only, before a byte of it is
        read), then the samples themselves. Returns the stems of the audio ``state`` uses."""
        ...

    def apply(self, state: dict[str, Any], audio: Audio, samplerate: int) -> Awaitable[None] | None:
        """Carry out a state :meth:`check` accepted; may return an awaitable that the load waits for (a part
        that must wait for a device to let go of something)."""
        ...


def require(state: dict[str, Any], key: str, kind: type | tuple[type, ...], section: str) -> Any:
    value = state.get(key)
    if isinstance(value, bool) and kind in (int, float, (int, float)):
        raise InvalidArgument(f"{section}.{key} must be a number, got {value!r}")
    if not isinstance(value, kind):
        raise InvalidArgument(f"{section}.{key} is missing or of the wrong type ({value!r})")
    return value


def finite(state: dict[str, Any], key: str, section: str) -> float:
    """``state[key]``: a number a float holds (an integer too large, NaN and the infinities are refused)."""
    value = require(state, key, (int, float), section)
    try:
        converted = float(value)
    except OverflowError:
        converted = math.inf
    if not math.isfinite(converted):
        raise InvalidArgument(f"{section}.{key} must be a finite number, got {shown(value)}")
    return converted + 0.0  # (-0 is 0)


def number(state: dict[str, Any], key: str, section: str, low: float, high: float, unit: str = "") -> float:
    """``state[key]``: a finite number between ``low`` and ``high`` (an integer too large for a float, NaN
    and the infinities are refused; -0 is 0)."""
    value = require(state, key, (int, float), section)
    try:
        converted = float(value)
    except OverflowError:
        converted = math.inf
    if not low <= converted <= high:  # (NaN compares false)
        raise InvalidArgument(
            f"{section}.{key} must be between {low:g} and {high:g}{unit}, got {shown(value)}"
        )
    return converted + 0.0  # (-0 is 0)


def shown(value: float) -> str:
    if isinstance(value, int) and abs(value) > 10**15:
        return f"an integer of {len(str(abs(value)))} digits"
    return repr(value)


class LinkPart:
    """Tempo, bar length and start-stop sync. Loading a session sets the session's tempo for the band."""

    key = "link"

    def __init__(self, link: LinkService) -> None:
        self._link = link

    def capture(self) -> tuple[dict[str, Any], Audio]:
        return {
            "tempo": self._link.tempo,
            "quantum": self._link.quantum,
            "start_stop_sync": self._link.start_stop_sync,
        }, {}

    def check(self, state: dict[str, Any], audio: Mapping[str, HasShape], samplerate: int) -> Collection[str]:
        self._values(state)
        return ()

    def apply(self, state: dict[str, Any], audio: Audio, samplerate: int) -> None:
        tempo, quantum, start_stop_sync = self._values(state)
        self._link.set_tempo(tempo)
        self._link.set_quantum(quantum)
        self._link.set_start_stop_sync(start_stop_sync)

    @staticmethod
    def _values(state: Any) -> tuple[float, float, bool]:
        if not isinstance(state, dict):
            raise InvalidArgument("the link section must be an object")
        tempo = number(state, "tempo", "link", MIN_TEMPO, MAX_TEMPO, " BPM")
        quantum = number(state, "quantum", "link", MIN_QUANTUM, MAX_QUANTUM, " beats")
        return tempo, quantum, require(state, "start_stop_sync", bool, "link")
