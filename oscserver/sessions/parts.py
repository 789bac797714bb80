"""What each subsystem puts into a session, and how it takes it back.

A load first asks every part to *check* its section (and the audio it owns) and only when all agree asks
them to *apply* it, so a bad file changes nothing.
"""

from __future__ import annotations

from collections.abc import Awaitable
from typing import Any, Protocol

from oscserver.engine.timeline import MAX_TEMPO, MIN_TEMPO
from oscserver.exceptions import InvalidArgument
from oscserver.link.service import LinkService
from oscserver.sessions.store import Audio

Captured = tuple[dict[str, Any], Audio]


class SessionPart(Protocol):
    key: str  # the section of session.json this part owns

    def capture(self) -> Captured | Awaitable[Captured]:
        """This part's state (JSON-able) and the audio it owns, by file stem; or an awaitable of them (a part
        that must let a device finish something first)."""
        ...

    def check(self, state: dict[str, Any], audio: Audio, samplerate: int) -> None:
        """Raise :class:`InvalidArgument` when ``state`` cannot be applied; change nothing."""
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

    def check(self, state: dict[str, Any], audio: Audio, samplerate: int) -> None:
        tempo = require(state, "tempo", (int, float), "link")
        quantum = require(state, "quantum", (int, float), "link")
        require(state, "start_stop_sync", bool, "link")
        if not MIN_TEMPO <= tempo <= MAX_TEMPO:
            raise InvalidArgument(
                f"link.tempo must be between {MIN_TEMPO:g} and {MAX_TEMPO:g} BPM, got {tempo}"
            )
        if not 1 <= quantum <= 16:
            raise InvalidArgument(f"link.quantum must be between 1 and 16 beats, got {quantum}")

    def apply(self, state: dict[str, Any], audio: Audio, samplerate: int) -> None:
        self._link.set_tempo(float(state["tempo"]))
        self._link.set_quantum(float(state["quantum"]))
        self._link.set_start_stop_sync(state["start_stop_sync"])
