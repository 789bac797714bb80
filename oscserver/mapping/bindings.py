"""The bindings: a bounded table by id, and their JSON form (mappings.json and the sessions' section).

Each binding is a trigger (kind, channel, number), a target (an address and fixed arguments) and, when LED
feedback is on, the MIDI output its value goes back to (``out`` or an alias).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, replace
from typing import Any

from oscserver.exceptions import InvalidArgument, Overloaded
from oscserver.mapping.rules import KINDS, Trigger
from oscserver.osc.codec import OscArg

MAX_BINDINGS = 512
MAX_CHANNEL = 16
MAX_NUMBER = 127


@dataclass(frozen=True)
class Binding:
    id: int
    trigger: Trigger
    address: str
    args: tuple[OscArg, ...] = ()
    feedback: str | None = None  # the output (``out`` or an alias) its value is shown on; None: none

    def described(self) -> tuple[OscArg, ...]:
        """``i:id s:kind i:channel i:number s:address [args ...]``, as /map/added and /map/binding say it."""
        trigger = self.trigger
        return (self.id, trigger.kind, trigger.channel, trigger.number, self.address, *self.args)


def check_trigger(kind: str, channel: int, number: int) -> Trigger:
    if kind not in KINDS:
        raise InvalidArgument(f"kind must be one of {', '.join(KINDS)}, got {kind!r}")
    if not 0 <= channel <= MAX_CHANNEL:
        raise InvalidArgument(f"channel must be between 0 (any) and 16, got {channel}")
    if not 0 <= number <= MAX_NUMBER:
        raise InvalidArgument(f"number must be between 0 and 127, got {number}")
    return Trigger(kind, channel, number)


class BindingTable:
    def __init__(self, limit: int = MAX_BINDINGS) -> None:
        self.limit = limit
        self._bindings: dict[int, Binding] = {}
        self._next_id = 1

    def __iter__(self) -> Iterator[Binding]:
        return iter(list(self._bindings.values()))

    def __len__(self) -> int:
        return len(self._bindings)

    def get(self, ident: int) -> Binding:
        binding = self._bindings.get(ident)
        if binding is None:
            raise InvalidArgument(f"no binding {ident}; /map/list lists them")
        return binding

    def check_room(self) -> None:
        if len(self._bindings) >= self.limit:
            raise Overloaded(f"there are already {self.limit} bindings; remove one first")

    def add(self, trigger: Trigger, address: str, args: tuple[OscArg, ...]) -> Binding:
        self.check_room()
        binding = Binding(self._next_id, trigger, address, args)
        self._bindings[binding.id] = binding
        self._next_id += 1
        return binding

    def set_feedback(self, ident: int, output: str | None) -> Binding:
        binding = replace(self.get(ident), feedback=output)
        self._bindings[ident] = binding
        return binding

    def remove(self, ident: int) -> Binding:
        binding = self.get(ident)
        del self._bindings[ident]
        return binding

    def clear(self) -> None:
        self._bindings.clear()

    def replace_all(self, bindings: list[Binding]) -> None:
        """Put these in place of every binding (a load, a clear). Ids are never given twice in a run, so a
        client's /map/remove of a binding gone meanwhile cannot remove a newer one."""
        self._bindings = {binding.id: binding for binding in bindings}
        self._next_id = max(self._next_id, max(self._bindings, default=0) + 1)


# -- JSON ---------------------------------------------------------------------------------------------


def to_json(bindings: list[Binding]) -> list[dict[str, Any]]:
    return [
        {
            "id": b.id,
            "kind": b.trigger.kind,
            "channel": b.trigger.channel,
            "number": b.trigger.number,
            "address": b.address,
            "args": list(b.args),
            "feedback": b.feedback,
        }
        for b in bindings
    ]


def from_json(items: object, where: str) -> list[Binding]:
    """Bindings from their JSON form, every field checked; InvalidArgument naming the first thing wrong.
    (Whether each target exists and takes its args is for :mod:`oscserver.mapping.planning`.)"""
    if not isinstance(items, list):
        raise InvalidArgument(f"{where}: bindings must be a list")
    if len(items) > MAX_BINDINGS:
        raise InvalidArgument(f"{where}: {len(items)} bindings, at most {MAX_BINDINGS} are kept")
    bindings: list[Binding] = []
    seen: set[int] = set()
    for index, item in enumerate(items):
        at = f"{where}: binding {index + 1}"
        if not isinstance(item, dict):
            raise InvalidArgument(f"{at} must be an object")
        ident = _field(item, "id", int, at)
        if ident < 1 or ident in seen:
            raise InvalidArgument(f"{at}: id must be a positive number used once, got {ident}")
        seen.add(ident)
        try:
            kind, channel = _field(item, "kind", str, at), _field(item, "channel", int, at)
            trigger = check_trigger(kind, channel, _field(item, "number", int, at))
        except InvalidArgument as err:
            raise InvalidArgument(f"{at}: {err}") from None
        args = _field(item, "args", list, at)
        if not all(isinstance(a, bool | int | float | str) for a in args):
            raise InvalidArgument(f"{at}: args must be numbers, strings or booleans")
        feedback = item.get("feedback")
        if feedback is not None and not isinstance(feedback, str):
            raise InvalidArgument(f"{at}: feedback must be an output name or null, got {feedback!r}")
        bindings.append(Binding(ident, trigger, _field(item, "address", str, at), tuple(args), feedback))
    return bindings


def _field(item: dict[str, Any], key: str, kind: type, at: str) -> Any:
    value = item.get(key)
    if not isinstance(value, kind) or (isinstance(value, bool) and kind is int):
        raise InvalidArgument(f"{at}: {key} is missing or of the wrong type ({value!r})")
    return value
