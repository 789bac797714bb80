"""The bindings' part of a session: saved with it, checked on load against the endpoints this server has
(every binding must still be able to act, or the session is refused), and then written to mappings.json
too, so the next start has them."""

from __future__ import annotations

from collections.abc import Collection, Mapping
from typing import Any

from oscserver.exceptions import InvalidArgument
from oscserver.mapping.bindings import from_json, to_json
from oscserver.mapping.service import MappingService
from oscserver.sessions.store import Audio, HasShape


class MappingPart:
    key = "mapping"

    def __init__(self, mapping: MappingService) -> None:
        self._mapping = mapping
        self.when_absent: dict[str, Any] = {"bindings": []}  # a session saved before bindings existed

    def capture(self) -> tuple[dict[str, Any], Audio]:
        return {"bindings": to_json(list(self._mapping.table))}, {}

    def check(self, state: dict[str, Any], audio: Mapping[str, HasShape], samplerate: int) -> Collection[str]:
        if not isinstance(state, dict):
            raise InvalidArgument("the mapping section must be an object")
        self._mapping.check(from_json(state.get("bindings"), "mapping"))
        return ()

    def apply(self, state: dict[str, Any], audio: Audio, samplerate: int) -> None:
        bindings = from_json(state["bindings"], "mapping")
        self._mapping.install(bindings, self._mapping.check(bindings))
