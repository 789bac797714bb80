"""The endpoint registry: every address the server serves, its parameters, and how a request reaches it.

An endpoint is an address template such as ``/looper/<n>/play`` (``<n>`` a path variable with a known set of
values), typed parameters with ranges and defaults, a one-line summary and a handler. The registry resolves
incoming addresses, including OSC 1.0 patterns, to endpoints; binds and validates arguments; answers ``/api``;
and is the single source of ``docs/osc-api.md``.
"""

from __future__ import annotations

import enum
import itertools
from collections.abc import Awaitable, Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, TypeVar

from oscserver.exceptions import InvalidArgument, UnknownAddress
from oscserver.osc.codec import OscArg
from oscserver.osc.params import Param, describe_value, is_release
from oscserver.osc.patterns import (
    MAX_MATCH_STEPS,
    MAX_PATTERN_LENGTH,
    MatchCounter,
    is_pattern,
    match_segment,
    split_address,
)
from oscserver.osc.peers import Peer

T = TypeVar("T")
Reply = tuple[str, Sequence[OscArg]]
HandlerResult = Iterable[Reply] | None
Handler = Callable[["Request"], HandlerResult | Awaitable[HandlerResult]]


class Role(enum.Enum):
    """How an endpoint answers.

    CONTROL: with an argument it sets, without it asks; the answer is the value, and a set is pushed to every
    subscriber (so a fader on one tablet moves the fader on the others).
    ACTION: does something (a verb) or answers a question; the answer goes to the sender only.
    """

    CONTROL = "control"
    ACTION = "action"


@dataclass(frozen=True)
class PathVar:
    """A variable path segment, such as the track number in ``/looper/<n>/play``."""

    name: str
    values: Callable[[], Sequence[str]]
    invalid: Callable[[str], str]  # the /error message for a segment that is not one of the values
    convert: Callable[[str], Any] = str


@dataclass(frozen=True)
class Request:
    """One call of an endpoint, with its path variables and arguments checked and converted.

    Handlers read values through the typed accessors (``request.integer("bars")``), which say what type a
    handler relies on and fail loudly when a parameter's kind does not give it; ``path`` and ``args`` are
    the raw bound values, for the generic controls that pass them through by name.
    """

    address: str
    path: Mapping[str, Any]
    args: Mapping[str, Any]
    sender: Peer
    at: float | None = None  # host time the request is meant for (a bundle's timetag); None is now

    def integer(self, name: str) -> int:
        return _typed(self.args, name, int, self.address)

    def number(self, name: str) -> float:
        value = self.args[name]
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise TypeError(f"{self.address}: {name} is {type(value).__name__}, the handler expects a number")
        return float(value)

    def flag(self, name: str) -> bool:
        return _typed(self.args, name, bool, self.address)

    def text(self, name: str) -> str:
        return _typed(self.args, name, str, self.address)

    def optional_integer(self, name: str) -> int | None:
        return None if self.args.get(name) is None else self.integer(name)

    def optional_text(self, name: str) -> str | None:
        return None if self.args.get(name) is None else self.text(name)

    def value(self, name: str) -> OscArg | None:
        """A parameter of any kind, as it came (None when it was left out)."""
        value: OscArg | None = self.args.get(name)
        return value

    def values(self, name: str) -> tuple[OscArg, ...]:
        """A variadic parameter's values, each checked by its parameter."""
        return tuple(_typed(self.args, name, tuple, self.address))

    def path_integer(self, name: str) -> int:
        """A path variable's value, such as the track number of ``/looper/<n>/play``."""
        return _typed(self.path, name, int, self.address)

    def path_text(self, name: str) -> str:
        return _typed(self.path, name, str, self.address)


def _typed(values: Mapping[str, Any], name: str, kind: type[T], address: str) -> T:
    value = values[name]
    # bool is an int to isinstance; an int parameter never hands a handler a bool, nor the reverse.
    if not isinstance(value, kind) or (isinstance(value, bool) and kind is not bool):
        raise TypeError(f"{address}: {name} is {type(value).__name__}, the handler expects {kind.__name__}")
    return value


@dataclass(frozen=True)
class Endpoint:
    template: str
    summary: str
    handler: Handler
    params: tuple[Param, ...] = ()
    role: Role = Role.ACTION
    button: bool = False  # a verb: a lone 0 (a button's release) does nothing
    timed: bool = False  # the handler honours Request.at itself, so a future bundle need not wait for it
    dump: Callable[[], Iterable[Reply]] | None = None  # current value(s) for a new subscriber's state dump
    reply: str = ""  # what comes back, for /api and the docs
    segments: tuple[str, ...] = field(init=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "segments", tuple(split_address(self.template)))
        variadic = [p for p in self.params if p.variadic]
        if variadic and self.params[-1] is not variadic[0]:
            raise ValueError(f"{self.template}: only the last parameter may be variadic")

    @property
    def type_tags(self) -> str:
        """Type tags for /api: required ones plain, optional ones in brackets, a variadic one ``[x...]``."""
        out = []
        for param in self.params:
            if param.variadic:
                out.append(f"[{param.tag}...]")
            elif param.required:
                out.append(param.tag)
            else:
                out.append(f"[{param.tag}]")
        return "".join(out)

    def signature(self) -> str:
        return " ".join(p.signature() for p in self.params)

    def bind(self, args: Sequence[OscArg]) -> dict[str, Any] | None:
        """Checked, converted arguments by name; None when a button's release means there is nothing to do."""
        if self.button and args and is_release(args[0]):
            return None
        if self.button and len(args) == 1 and args[0] is True:
            args = ()  # a toggle's or Max's True is a press: the verb with its defaults (never a number)
        if self.button and not self.params:
            # A bare verb: a TouchOSC button or a Max bang may send one value with its press.
            if len(args) > 1 or (args and not _is_button_value(args[0])):
                raise InvalidArgument(
                    f"{self.template} takes no arguments (or one non-zero button value), got "
                    f"{', '.join(describe_value(a) for a in args)}"
                )
            return {}
        required = sum(1 for p in self.params if p.required)
        variadic = bool(self.params) and self.params[-1].variadic
        fixed = len(self.params) - (1 if variadic else 0)
        if len(args) < required or (not variadic and len(args) > fixed):
            raise InvalidArgument(
                f"{self.template} expects {self.signature() or 'no arguments'}, got {_count(len(args))}"
            )
        bound: dict[str, Any] = {}
        for index, param in enumerate(self.params):
            if param.variadic:
                bound[param.name] = tuple(param.convert(a) for a in args[index:])
            elif index < len(args):
                bound[param.name] = param.convert(args[index])
            else:
                bound[param.name] = param.default
        return bound


def _is_button_value(value: Any) -> bool:
    return isinstance(value, bool | int | float)


def _count(n: int) -> str:
    return "no arguments" if n == 0 else f"{n} argument{'s' if n != 1 else ''}"


@dataclass(frozen=True)
class Target:
    """An endpoint an incoming address resolved to, with the concrete address and path values."""

    endpoint: Endpoint
    address: str
    path: Mapping[str, Any]


class Registry:
    def __init__(self) -> None:
        self._endpoints: dict[str, Endpoint] = {}
        self._exact: dict[str, Endpoint] = {}
        self._path_vars: dict[str, PathVar] = {}

    def add_path_var(self, var: PathVar) -> None:
        self._path_vars[var.name] = var

    def add(self, endpoint: Endpoint) -> Endpoint:
        if endpoint.template in self._endpoints:
            raise ValueError(f"{endpoint.template} is registered twice")
        for segment in endpoint.segments:
            name = _var_name(segment)
            if name is not None and name not in self._path_vars:
                raise ValueError(f"{endpoint.template}: unknown path variable <{name}>")
        self._endpoints[endpoint.template] = endpoint
        if not any(_var_name(s) for s in endpoint.segments):
            self._exact[endpoint.template] = endpoint
        return endpoint

    def extend(self, endpoints: Iterable[Endpoint]) -> None:
        for endpoint in endpoints:
            self.add(endpoint)

    def __iter__(self) -> Iterator[Endpoint]:
        return iter(self._endpoints.values())

    def __len__(self) -> int:
        return len(self._endpoints)

    def resolve(self, address: str) -> list[Target]:
        """Every endpoint the address (or OSC pattern) names; an /error-ready exception when there is none."""
        if not address.startswith("/"):
            raise UnknownAddress(f"an OSC address must start with '/', got {address!r}")
        exact = self._exact.get(address)
        if exact is not None:
            return [Target(exact, address, {})]
        pattern = is_pattern(address)
        if pattern and len(address) > MAX_PATTERN_LENGTH:
            raise InvalidArgument(
                f"an address pattern may be at most {MAX_PATTERN_LENGTH} characters long, got {len(address)}"
            )
        segments = _Segments(split_address(address), MatchCounter(limit=MAX_MATCH_STEPS))
        targets: list[Target] = []
        near_miss: str | None = None
        for endpoint in self._endpoints.values():
            if len(endpoint.segments) != len(segments.texts):
                continue
            matched, miss = self._match(endpoint, segments, pattern)
            targets.extend(matched)
            near_miss = near_miss or miss
        if not targets:
            if near_miss is not None:
                raise InvalidArgument(near_miss)
            kind = "pattern matches" if pattern else "endpoint at"
            raise UnknownAddress(f"no {kind} {address}; /api lists every address")
        return targets

    def _match(
        self, endpoint: Endpoint, segments: _Segments, pattern: bool
    ) -> tuple[list[Target], str | None]:
        choices: list[Sequence[tuple[str, str | None, Any]]] = []  # per segment: (text, var name, value)
        for index, (template_segment, segment) in enumerate(
            zip(endpoint.segments, segments.texts, strict=True)
        ):
            name = _var_name(template_segment)
            if name is None:
                if not segments.match(index, template_segment):
                    return [], None
                choices.append([(template_segment, None, None)])
                continue
            var = self._path_vars[name]
            values = var.values()
            if pattern:
                options = [(v, name, var.convert(v)) for v in values if segments.match(index, v)]
            elif segment in values:
                options = [(segment, name, var.convert(segment))]
            else:
                return [], var.invalid(segment) if self._literals_match(endpoint, segments) else None
            if not options:
                return [], None
            choices.append(options)
        targets = []
        for combination in itertools.product(*choices):
            address = "/" + "/".join(text for text, _, _ in combination)
            path = {name: value for _, name, value in combination if name is not None}
            targets.append(Target(endpoint, address, path))
        return targets, None

    @staticmethod
    def _literals_match(endpoint: Endpoint, segments: _Segments) -> bool:
        return all(
            _var_name(t) is not None or segments.match(index, t) for index, t in enumerate(endpoint.segments)
        )

    def dump(self) -> list[Reply]:
        """Every control's current value, for a new subscriber."""
        replies: list[Reply] = []
        for endpoint in self._endpoints.values():
            if endpoint.dump is not None:
                replies.extend(endpoint.dump())
        return replies


class _Segments:
    """An incoming address's segments, each matched once against each text however many endpoints share it.

    Every match of one address draws on one step counter, so a hostile pattern costs a bounded amount of work.
    """

    def __init__(self, texts: list[str], counter: MatchCounter) -> None:
        self.texts = texts
        self._counter = counter
        self._known: dict[tuple[int, str], bool] = {}

    def match(self, index: int, text: str) -> bool:
        key = (index, text)
        known = self._known.get(key)
        if known is None:
            known = self._known[key] = match_segment(self.texts[index], text, self._counter)
        return known


def _var_name(segment: str) -> str | None:
    if segment.startswith("<") and segment.endswith(">"):
        return segment[1:-1]
    return None
