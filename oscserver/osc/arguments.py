"""A message's arguments read from its bytes, each one checked whole before it is read.

python-osc's message parser is not used for arguments: it zero-fills a float cut short (a ``/link/tempo``
whose float lost three bytes set the tempo), takes a blob of size -1 as an empty blob, and its readers copy
the rest of the datagram for every argument, so a packet of many arguments costs time quadratic in its size.
Here every argument must fit in the bytes that remain, a blob's size must lie between 0 and what remains,
and arrays nest at most :data:`MAX_ARRAY_DEPTH` deep; anything else is a :class:`MalformedPacket`.
"""

from __future__ import annotations

import struct
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from oscserver.exceptions import MalformedPacket

MAX_ARRAY_DEPTH = 8  # arrays deeper than any client sends; deep ones once overflowed the reply's encoder


@dataclass(frozen=True)
class Timetag:
    """An OSC timetag argument (``t``), kept as its 64-bit NTP value so that it is echoed exactly."""

    ntp: int


def _first(values: tuple[Any, ...]) -> Any:
    return values[0]


# Tags of fixed size: how each is unpacked and the Python value it becomes (as python-osc decodes them).
_FIXED: dict[int, tuple[struct.Struct, Callable[[tuple[Any, ...]], Any]]] = {
    ord("i"): (struct.Struct(">i"), _first),
    ord("h"): (struct.Struct(">q"), _first),
    ord("f"): (struct.Struct(">f"), _first),
    ord("d"): (struct.Struct(">d"), _first),
    ord("r"): (struct.Struct(">I"), _first),
    ord("m"): (struct.Struct(">4B"), tuple),  # port, status, data1, data2
    ord("t"): (struct.Struct(">Q"), lambda values: Timetag(values[0])),
}
_CONSTANTS: dict[int, Any] = {ord("T"): True, ord("F"): False, ord("N"): None}
_SIZE = struct.Struct(">i")


def padded(length: int) -> int:
    """OSC pads strings and blobs with zero bytes to a multiple of four."""
    return (length + 3) & ~3


def read_string(data: bytes, index: int, what: str) -> tuple[str, int]:
    """A NUL-terminated, padded UTF-8 string at ``index``, and the index after its padding."""
    end = data.find(b"\x00", index)
    if end < 0:
        raise MalformedPacket(f"{what} is not NUL-terminated")
    after = index + padded(end - index + 1)
    if after > len(data):
        raise MalformedPacket(f"{what} is cut short (its padding is missing)")
    # A NUL inside the text ("ab\0cd") would otherwise cut it short silently, and the rest be taken for
    # padding or for the next argument: a session saved as "ab" instead of the name that was sent.
    if data[end:after].strip(b"\x00"):
        raise MalformedPacket(f"{what} holds a NUL byte inside its text")
    try:
        return data[index:end].decode("utf-8"), after
    except UnicodeDecodeError as err:
        raise MalformedPacket(f"{what} is not UTF-8") from err


def decode_arguments(data: bytes, index: int, tags: bytes) -> tuple[Any, ...]:
    """The arguments the type tags announce, read from ``data`` from ``index`` on.

    ``tags`` holds only known tags (the caller checked them). Raises :class:`MalformedPacket` naming the first
    argument that does not fit.
    """
    top: list[Any] = []
    stack = [top]
    for number, tag in enumerate(tags, start=1):
        fixed = _FIXED.get(tag)
        if fixed is not None:
            layout, convert = fixed
            if index + layout.size > len(data):
                left = max(len(data) - index, 0)
                raise MalformedPacket(
                    f"{_argument(number, tag)} needs {layout.size} bytes, the message has {left} left"
                )
            stack[-1].append(convert(layout.unpack_from(data, index)))
            index += layout.size
        elif tag in _CONSTANTS:
            stack[-1].append(_CONSTANTS[tag])
        elif tag == ord("s"):
            text, index = read_string(data, index, _argument(number, tag))
            stack[-1].append(text)
        elif tag == ord("b"):
            blob, index = _read_blob(data, index, _argument(number, tag))
            stack[-1].append(blob)
        elif tag == ord("["):
            if len(stack) > MAX_ARRAY_DEPTH:
                raise MalformedPacket(f"arrays nested more than {MAX_ARRAY_DEPTH} deep")
            array: list[Any] = []
            stack[-1].append(array)
            stack.append(array)
        elif tag == ord("]"):
            if len(stack) == 1:
                raise MalformedPacket(f"{_argument(number, tag)} closes an array that was never opened")
            stack.pop()
        else:
            raise MalformedPacket(f"unsupported type tag {chr(tag)!r}")
    if len(stack) != 1:
        raise MalformedPacket("an array is not closed (a '[' without its ']')")
    if index != len(data):
        raise MalformedPacket(f"{len(data) - index} bytes follow the last argument its type tags announce")
    return tuple(top)


def _argument(number: int, tag: int) -> str:
    return f"argument {number} ({chr(tag)!r})"


def _read_blob(data: bytes, index: int, what: str) -> tuple[bytes, int]:
    if index + _SIZE.size > len(data):
        raise MalformedPacket(f"{what} needs a 4-byte size, the message has {max(len(data) - index, 0)} left")
    (size,) = _SIZE.unpack_from(data, index)
    start = index + _SIZE.size
    left = len(data) - start
    if not 0 <= size <= left:
        raise MalformedPacket(f"{what} has size {size}; it must be between 0 and the {left} bytes left")
    if start + padded(size) > len(data):
        raise MalformedPacket(f"{what} is cut short (its padding is missing)")
    return data[start : start + size], start + padded(size)
