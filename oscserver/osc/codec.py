"""OSC packets in and out, on python-osc's type writers.

python-osc's *server* is not used (it sleeps inside the event loop for future timetags and drops bad packets
silently), nor its message parser (it zero-fills arguments cut short: see :mod:`oscserver.osc.arguments`); its
type writers are. This module adds what they lack: strict type-tag checks, arguments checked whole, explicit
argument types for replies, nested bundle timetags, and an ``/error`` for every packet it cannot read.
"""

from __future__ import annotations

import math
import struct
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from pythonosc.parsing import ntp, osc_types

from oscserver.exceptions import MalformedPacket
from oscserver.osc.arguments import Timetag, decode_arguments, padded, read_string
from oscserver.osc.patterns import MAX_PATTERN_CHARACTERS_PER_PACKET, is_pattern

# Type tags this server understands in incoming messages (OSC 1.0 plus the common 1.1 additions).
_KNOWN_TYPE_TAG_BYTES = b"ifsbhdtTFNrm[]"

# Seconds between the NTP epoch (1900) and the Unix epoch (1970).
NTP_UNIX_OFFSET = 2_208_988_800

OscArg = Any  # int | float | str | bytes | bool | None | list | tuple | Timetag: what a message carries


@dataclass(frozen=True)
class Message:
    """An OSC message as the server sees it. ``timetag`` is the Unix time of its bundle, or None for 'now'."""

    address: str
    args: tuple[OscArg, ...]
    timetag: float | None = None


_BUNDLE_TAG = b"#bundle\x00"
_IMMEDIATELY_TAG = b"\x00\x00\x00\x00\x00\x00\x00\x01"


def parse_packet(data: bytes) -> list[Message]:
    """Every message in a datagram, in order, each with the timetag of its innermost bundle."""
    if data.startswith(_BUNDLE_TAG):
        messages = list(_walk_bundle(data, outer=None, depth=0))
    elif data.startswith(b"/"):
        messages = [_parse_message(data, timetag=None)]
    else:
        raise MalformedPacket("a packet must start with '/' (a message) or '#bundle' (a bundle)")
    _check_pattern_work(messages)
    return messages


def _check_pattern_work(messages: list[Message]) -> None:
    """Matching a pattern costs work in proportion to its length; a packet's share of that is bounded."""
    characters = sum(len(m.address) for m in messages if is_pattern(m.address))
    if characters > MAX_PATTERN_CHARACTERS_PER_PACKET:
        raise MalformedPacket(
            f"a packet may carry at most {MAX_PATTERN_CHARACTERS_PER_PACKET} characters of address patterns, "
            f"this one has {characters}"
        )


def _walk_bundle(data: bytes, outer: float | None, depth: int) -> Iterator[Message]:
    """Bundle elements walked by hand: python-osc trusts element sizes that overrun the packet."""
    if depth > 8:
        raise MalformedPacket("bundles nested more than 8 deep")
    if len(data) < 16:
        raise MalformedPacket("bundle is too short for its timetag")
    timetag = _timetag(data[8:16])
    if outer is not None and (timetag is None or timetag < outer):
        # OSC 1.0: a contained bundle's time tag must be >= that of its enclosing bundle.
        raise MalformedPacket("a nested bundle's timetag is earlier than its enclosing bundle's")
    index = 16
    while index < len(data):
        if index + 4 > len(data):
            raise MalformedPacket("bundle element size is truncated")
        (size,) = struct.unpack_from(">i", data, index)
        index += 4
        if size <= 0 or size % 4 or index + size > len(data):
            raise MalformedPacket(f"bundle element size {size} does not fit the packet")
        element = data[index : index + size]
        index += size
        if element.startswith(_BUNDLE_TAG):
            yield from _walk_bundle(element, timetag, depth + 1)
        elif element.startswith(b"/"):
            yield _parse_message(element, timetag)
        else:
            raise MalformedPacket("a bundle element must be a message or a bundle")


def _timetag(raw: bytes) -> float | None:
    """NTP timetag -> Unix time; None for 'immediately'."""
    if raw == _IMMEDIATELY_TAG:
        return None
    seconds, fraction = struct.unpack(">II", raw)
    return float(seconds - NTP_UNIX_OFFSET + fraction / 2**32)


def _parse_message(data: bytes, timetag: float | None) -> Message:
    address, index = read_string(data, 0, "the address")
    if index == len(data):
        return Message(address=address, args=(), timetag=timetag)  # old style: no type tag string at all
    if data[index : index + 1] != b",":
        raise MalformedPacket(f"type tag string must start with ',', got {data[index : index + 8]!r}")
    tags_end = data.find(b"\x00", index)
    if tags_end < 0:
        raise MalformedPacket("malformed message: the type tag string is not NUL-terminated")
    tags = data[index + 1 : tags_end]
    unknown = tags.translate(None, _KNOWN_TYPE_TAG_BYTES)
    if unknown:
        shown = "".join(sorted({chr(b) for b in unknown}))
        raise MalformedPacket(f"unsupported type tag(s) {shown!r} in {address}")
    arguments_start = index + padded(tags_end - index + 1)
    if arguments_start > len(data):
        raise MalformedPacket("malformed message: the type tag string is cut short (its padding is missing)")
    return Message(address=address, args=decode_arguments(data, arguments_start, tags), timetag=timetag)


def type_tag_of(value: OscArg) -> str | list[Any]:
    """The type tag a reply argument is sent with: Python float -> f, int -> i (h beyond 32 bits), ..."""
    if isinstance(value, bool):
        return "T" if value else "F"
    if isinstance(value, int):
        return "i" if -(2**31) <= value < 2**31 else "h"
    if isinstance(value, float):
        # 32-bit unless it cannot be (a double echoed back by /ping, say).
        return "d" if math.isfinite(value) and abs(value) > _FLOAT32_MAX else "f"
    if isinstance(value, str):
        return "s"
    if isinstance(value, bytes | bytearray):
        return "b"
    if value is None:
        return "N"
    if isinstance(value, list):
        return [type_tag_of(item) for item in value]
    if isinstance(value, Timetag):
        return "t"
    if isinstance(value, tuple) and len(value) == 4 and all(isinstance(b, int) for b in value):
        return "m"  # a 4-byte MIDI message, as python-osc decodes one
    raise TypeError(f"cannot send {type(value).__name__} as an OSC argument")


_FLOAT32_MAX = 3.4028234663852886e38


def _write_blob(value: bytes) -> bytes:
    # OSC allows an empty blob (size 0, no data); python-osc's writer refuses one.
    return osc_types.write_blob(value) if value else b"\x00\x00\x00\x00"


_WRITERS: dict[str, Callable[[Any], bytes]] = {
    "i": osc_types.write_int,
    "h": osc_types.write_int64,
    "f": osc_types.write_float,
    "d": osc_types.write_double,
    "s": osc_types.write_string,
    "b": _write_blob,
    "m": osc_types.write_midi,
    "t": lambda value: struct.pack(">Q", value.ntp),
}


def encode_message(address: str, args: Sequence[OscArg] = ()) -> bytes:
    """An OSC message from python-osc's type writers.

    Its ``OscMessageBuilder.build()`` parses every message it has just built (to return an OscMessage), which
    doubles the cost of each reply and push; the writers alone do the encoding.
    """
    tags: list[str] = [","]
    payload: list[bytes] = []
    _encode_args(args, tags, payload)
    return osc_types.write_string(address) + osc_types.write_string("".join(tags)) + b"".join(payload)


def _encode_args(args: Sequence[OscArg], tags: list[str], payload: list[bytes]) -> None:
    for value in args:
        tag = type_tag_of(value)
        if isinstance(tag, list):
            tags.append("[")
            _encode_args(value, tags, payload)
            tags.append("]")
            continue
        tags.append(tag)
        writer = _WRITERS.get(tag)
        if writer is not None:
            payload.append(writer(value))


def encode_bundle(messages: Sequence[bytes], timetag: float | None = None) -> bytes:
    """A bundle of already-encoded messages; ``timetag`` is a Unix time, None for 'immediately'."""
    tag = _IMMEDIATELY_TAG if timetag is None else unix_to_ntp_bytes(timetag)
    return _BUNDLE_TAG + tag + b"".join(struct.pack(">i", len(m)) + m for m in messages)


def bundles_of(messages: Sequence[bytes], max_size: int = 1400) -> list[bytes]:
    """Group encoded messages into immediate bundles of at most ``max_size`` bytes (one Ethernet frame)."""
    bundles: list[bytes] = []
    batch: list[bytes] = []
    size = 16  # '#bundle\0' + timetag
    for data in messages:
        element = 4 + len(data)
        if batch and size + element > max_size:
            bundles.append(encode_bundle(batch))
            batch, size = [], 16
        batch.append(data)
        size += element
    if batch:
        bundles.append(encode_bundle(batch))
    return bundles


def unix_to_ntp_bytes(unix_time: float) -> bytes:
    return bytes(ntp.system_time_to_ntp(unix_time))
