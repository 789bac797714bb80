"""The server's address space as OSCQuery describes it, generated from the endpoint registry.

OSCQuery (Vidvox's OSCQueryProposal) gives each node of the OSC address space as JSON: a container has
``CONTENTS``, a method has ``TYPE`` (its type tag string), ``ACCESS`` (1 the value can be read, 2 it can be
set, 3 both), ``RANGE`` (one object per argument: ``MIN``/``MAX`` or ``VALS``), ``VALUE`` (one entry per
argument) and ``DESCRIPTION``. Templates are expanded: ``/looper/<n>/play`` becomes ``/looper/1/play`` ...
for every track, so a generic control surface sees every address it can send to. Values come from the state
dump a new subscriber gets, so a node's ``VALUE`` is exactly what a subscriber would be told.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from oscserver import __version__
from oscserver.exceptions import RequestError
from oscserver.osc.codec import OscArg
from oscserver.osc.params import Kind, Param
from oscserver.osc.registry import Endpoint, Registry, Role

# What the server implements of the proposal's optional parts (the keys of HOST_INFO's EXTENSIONS).
EXTENSIONS: dict[str, bool] = {
    "ACCESS": True,
    "VALUE": True,
    "RANGE": True,
    "DESCRIPTION": True,
    "LISTEN": True,
    "TAGS": False,
    "EXTENDED_TYPE": False,
    "UNIT": False,
    "CRITICAL": False,
    "CLIPMODE": False,
    "OVERLOADS": False,
    "PATH_CHANGED": False,
    "PATH_ADDED": False,
    "PATH_REMOVED": False,
    "PATH_RENAMED": False,
}
# The attributes a node may be asked for alone (``GET /link/tempo?VALUE``).
ATTRIBUTES = ("FULL_PATH", "CONTENTS", "TYPE", "ACCESS", "RANGE", "VALUE", "DESCRIPTION")

READ = 1
WRITE = 2


class UnknownAttribute(Exception):
    """A query asked for an attribute OSCQuery does not define: HTTP 400."""


@dataclass
class _Node:
    path: str
    endpoint: Endpoint | None = None
    children: dict[str, _Node] = field(default_factory=dict)


def host_info(name: str, osc_port: int) -> dict[str, Any]:
    """``GET /?HOST_INFO``: who answers, where its OSC is, and what of the proposal it speaks."""
    return {
        "NAME": name,
        "OSC_PORT": osc_port,
        "OSC_TRANSPORT": "UDP",
        "EXTENSIONS": dict(EXTENSIONS),
    }


class OscQueryTree:
    """The address space of one registry as it stands now (tracks and named MIDI outputs included)."""

    def __init__(self, registry: Registry) -> None:
        self._registry = registry
        self._root = _Node("/")
        for address, endpoint in self.addresses():
            self._insert(address, endpoint)
        self._values: dict[str, tuple[OscArg, ...]] | None = None

    def addresses(self) -> Iterator[tuple[str, Endpoint]]:
        """Every concrete address, with its endpoint; a template whose variable has no values yields none."""
        for endpoint in self._registry:
            if "<" not in endpoint.template:
                yield endpoint.template, endpoint
                continue
            wildcard = "/" + "/".join("*" if s.startswith("<") else s for s in endpoint.segments)
            try:
                targets = self._registry.resolve(wildcard)
            except RequestError:
                continue
            for target in targets:
                if target.endpoint is endpoint:
                    yield target.address, endpoint

    def _insert(self, address: str, endpoint: Endpoint) -> None:
        node = self._root
        for segment in address.strip("/").split("/"):
            child = node.children.get(segment)
            if child is None:
                child = node.children[segment] = _Node(f"{node.path.rstrip('/')}/{segment}")
            node = child
        node.endpoint = endpoint

    def _find(self, path: str) -> _Node | None:
        node = self._root
        for segment in (s for s in path.strip("/").split("/") if s):
            child = node.children.get(segment)
            if child is None:
                return None
            node = child
        return node

    def __contains__(self, path: str) -> bool:
        return self._find(path) is not None

    def values(self) -> Mapping[str, tuple[OscArg, ...]]:
        """Every value a subscriber's state dump holds, by address (read once per tree)."""
        if self._values is None:
            self._values = {address: tuple(args) for address, args in self._registry.dump()}
        return self._values

    def node(self, path: str) -> dict[str, Any] | None:
        """The JSON of the node at ``path`` with everything under it, or None when there is none."""
        found = self._find(path)
        return None if found is None else self._describe(found)

    def attribute(self, path: str, name: str) -> tuple[bool, Any]:
        """One attribute of a node: (False, None) when the node has no such attribute (HTTP 204).

        :class:`UnknownAttribute` for a name OSCQuery does not define; KeyError when there is no node."""
        if name not in ATTRIBUTES:
            raise UnknownAttribute(name)
        found = self._find(path)
        if found is None:
            raise KeyError(path)
        description = self._describe(found) if name == "CONTENTS" else self._describe(found, deep=False)
        if name not in description:
            return False, None
        return True, description[name]

    def _describe(self, node: _Node, deep: bool = True) -> dict[str, Any]:
        out: dict[str, Any] = {"FULL_PATH": node.path}
        if node.endpoint is not None:
            out.update(self._method(node.path, node.endpoint))
        else:
            out["DESCRIPTION"] = f"oscserver {__version__}" if node.path == "/" else _container(node)
            out["ACCESS"] = 0
        if node.children:
            out["CONTENTS"] = {
                name: self._describe(child) if deep else {"FULL_PATH": child.path}
                for name, child in node.children.items()
            }
        return out

    def _method(self, address: str, endpoint: Endpoint) -> dict[str, Any]:
        value = self.values().get(address)
        params = _typed_params(endpoint)
        access = READ if value is not None else 0
        if endpoint.role is Role.CONTROL or not (value is not None and not endpoint.params):
            access |= WRITE  # a read-only node is one that only reports (a track's state, the peers)
        out: dict[str, Any] = {"DESCRIPTION": endpoint.summary, "ACCESS": access}
        if params:
            out["TYPE"] = "".join(p.tag for p in params)
            out["RANGE"] = [_range(p) for p in params]
        elif value is not None and (tags := _tags_of(value)):
            out["TYPE"] = tags  # a node that only reports: the type of what it reports
        if value is not None:
            out["VALUE"] = [_json_value(v) for v in value]
        return out


def _typed_params(endpoint: Endpoint) -> Sequence[Param] | None:
    """The parameters as one fixed type tag string can say them; None when they cannot (any kind, or a
    variable number of arguments)."""
    if any(p.variadic or p.kind is Kind.ANY for p in endpoint.params):
        return None
    return endpoint.params


def _range(param: Param) -> dict[str, Any]:
    if param.choices:
        return {"VALS": list(param.choices)}
    if param.kind is Kind.BOOL:
        return {"MIN": 0, "MAX": 1}
    out: dict[str, Any] = {}
    if param.minimum is not None:
        out["MIN"] = param.minimum
    if param.maximum is not None:
        out["MAX"] = param.maximum
    return out


def _tags_of(values: Sequence[OscArg]) -> str:
    tags = []
    for value in values:
        if isinstance(value, bool):
            tags.append("T" if value else "F")
        elif isinstance(value, int):
            tags.append("i")
        elif isinstance(value, float):
            tags.append("f")
        elif isinstance(value, str):
            tags.append("s")
        elif isinstance(value, bytes | bytearray):
            tags.append("b")
        else:
            return ""  # a value JSON and a tag string cannot both say (an array, a timetag)
    return "".join(tags)


def _json_value(value: OscArg) -> Any:
    if isinstance(value, bytes | bytearray):
        return list(value)
    if isinstance(value, bool | int | float | str) or value is None:
        return value
    return str(value)


def _container(node: _Node) -> str:
    names = ", ".join(list(node.children)[:6])
    more = ", ..." if len(node.children) > 6 else ""
    return f"{node.path}: {names}{more}"
