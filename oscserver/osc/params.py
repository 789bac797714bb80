"""Typed OSC parameters: what an endpoint accepts, how each argument is checked and converted.

The rules follow the contract: where a number is expected int and float are both accepted (Pd and TouchOSC
send floats, Max sends ints) and an int-valued float counts as an int; booleans accept 0/1 and OSC True/False.
Every refusal names the parameter, what was expected and what arrived.
"""

from __future__ import annotations

import enum
import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from oscserver.exceptions import InvalidArgument
from oscserver.osc.arguments import Timetag


class Kind(enum.Enum):
    INT = "int"
    FLOAT = "float"
    BOOL = "bool"
    STRING = "string"
    BLOB = "blob"
    ANY = "any"


# How each kind is written in signatures and /api: OSC type tags, with booleans sent as 0/1 ints
# (the way TouchOSC buttons and Max toggles speak) and "*" for anything.
TYPE_TAGS: dict[Kind, str] = {
    Kind.INT: "i",
    Kind.FLOAT: "f",
    Kind.BOOL: "i",
    Kind.STRING: "s",
    Kind.BLOB: "b",
    Kind.ANY: "*",
}


class _Required:
    def __repr__(self) -> str:
        return "REQUIRED"


REQUIRED: Any = _Required()


def format_number(value: float) -> str:
    """``20`` for 20.0, ``0.5`` for 0.5: numbers in messages read as a musician would write them."""
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        return str(int(value))
    return f"{value:g}" if isinstance(value, float) else str(value)


def describe_value(value: Any) -> str:
    if isinstance(value, bool):
        return "True" if value else "False"
    if isinstance(value, int | float):
        return format_number(value)
    if isinstance(value, str):
        return repr(value)
    if isinstance(value, bytes | bytearray):
        return f"a blob of {len(value)} bytes"
    if value is None:
        return "nil"
    if isinstance(value, Timetag):
        return "a timetag"
    return type(value).__name__


@dataclass(frozen=True)
class Param:
    """One positional OSC argument of an endpoint."""

    name: str
    kind: Kind
    minimum: float | None = None
    maximum: float | None = None
    default: Any = REQUIRED
    unit: str = ""
    variadic: bool = False  # takes every remaining argument (a tuple, possibly empty)
    choices: Sequence[str] = ()
    check: Callable[[Any], str | None] | None = None  # extra rule: returns a message when the value is bad

    @property
    def required(self) -> bool:
        return self.default is REQUIRED and not self.variadic

    @property
    def tag(self) -> str:
        return TYPE_TAGS[self.kind]

    def signature(self) -> str:
        text = f"{self.tag}:{self.name}"
        if self.variadic:
            return f"[{text} ...]"
        if not self.required:
            if self.default is not None:
                text += f"={describe_default(self.default)}"
            return f"[{text}]"
        return text

    def convert(self, value: Any) -> Any:
        """The checked, converted value, or :class:`InvalidArgument` saying what was wrong."""
        converted = _CONVERTERS[self.kind](self, value)
        self._check_range(converted)
        if self.choices and converted not in self.choices:
            raise InvalidArgument(
                f"{self.name} must be one of {', '.join(self.choices)}, got {describe_value(value)}"
            )
        if self.check is not None:
            problem = self.check(converted)
            if problem:
                raise InvalidArgument(problem)
        return converted

    def _check_range(self, value: Any) -> None:
        if self.kind not in (Kind.INT, Kind.FLOAT):
            return
        low, high = self.minimum, self.maximum
        if (low is not None and value < low) or (high is not None and value > high):
            unit = f" {self.unit}" if self.unit else ""
            if low is not None and high is not None:
                span = f"between {format_number(low)} and {format_number(high)}{unit}"
            elif low is not None:
                span = f"at least {format_number(low)}{unit}"
            else:
                span = f"at most {format_number(high)}{unit}"  # type: ignore[arg-type]
            raise InvalidArgument(f"{self.name} must be {span}, got {format_number(value)}")


def describe_default(value: Any) -> str:
    return (
        format_number(value) if isinstance(value, int | float) and not isinstance(value, bool) else str(value)
    )


def _is_number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def _to_int(param: Param, value: Any) -> int:
    if _is_number(value):
        if isinstance(value, float) and not (math.isfinite(value) and value.is_integer()):
            raise InvalidArgument(f"{param.name} must be a whole number, got {describe_value(value)}")
        return int(value)
    raise InvalidArgument(f"{param.name} must be an int, got {describe_value(value)}")


def _to_float(param: Param, value: Any) -> float:
    if _is_number(value):
        result = float(value)
        if not math.isfinite(result):
            raise InvalidArgument(f"{param.name} must be a finite number, got {describe_value(value)}")
        return result
    raise InvalidArgument(f"{param.name} must be a number, got {describe_value(value)}")


def _to_bool(param: Param, value: Any) -> bool:
    if isinstance(value, bool):
        return value
    if _is_number(value) and value in (0, 1):
        return bool(value)
    raise InvalidArgument(f"{param.name} must be 0 or 1 (or True/False), got {describe_value(value)}")


def _to_string(param: Param, value: Any) -> str:
    if isinstance(value, str):
        return value
    raise InvalidArgument(f"{param.name} must be a string, got {describe_value(value)}")


def _to_blob(param: Param, value: Any) -> bytes:
    if isinstance(value, bytes | bytearray):
        return bytes(value)
    raise InvalidArgument(f"{param.name} must be a blob, got {describe_value(value)}")


def _to_any(param: Param, value: Any) -> Any:
    return value


_CONVERTERS: dict[Kind, Callable[[Param, Any], Any]] = {
    Kind.INT: _to_int,
    Kind.FLOAT: _to_float,
    Kind.BOOL: _to_bool,
    Kind.STRING: _to_string,
    Kind.BLOB: _to_blob,
    Kind.ANY: _to_any,
}


def is_release(value: Any) -> bool:
    """A button's release: a lone 0 (int, float or False)."""
    return value is False or (_is_number(value) and value == 0)
