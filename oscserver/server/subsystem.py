"""The seam between the core and each feature (MIDI, looper, sessions, network): what a subsystem offers."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Protocol

from oscserver.osc.codec import OscArg
from oscserver.osc.registry import Endpoint


class Subsystem(Protocol):
    """A feature of the server: its endpoints, its lines in ``/status``, and its life cycle.

    ``start`` runs after the OSC socket is open and before Link is enabled (the timeline is the local one
    until Link joins a session, then follows it like any peer's change); ``stop`` runs in reverse order of
    start at shutdown and must leave nothing sounding (notes off, audio faded) and nothing half-written.
    """

    name: str

    def endpoints(self) -> Iterable[Endpoint]: ...

    def status(self) -> Iterable[tuple[str, OscArg]]: ...

    async def start(self) -> None: ...

    async def stop(self) -> None: ...
