"""OSC packets on a byte stream (TCP), sans I/O: OSC 1.0 length-prefixed frames and OSC 1.1 SLIP frames.

OSC 1.0 puts a big-endian int32 size before each packet; OSC 1.1 wraps each packet in RFC 1055 SLIP with
an END byte (0xC0) on both sides ("double-END"). TouchOSC offers both, so the framing of a connection is
told from its first byte: 0xC0 opens a SLIP frame, and so do ``/`` and ``#`` (the start of a packet from a
sender that writes only the closing END); a length prefix starts with 0x00 for any frame under 16 MiB.

Decoders are fed whatever the socket delivered and return what is complete: packets, and
:class:`BadFrame` for a SLIP frame that cannot be read (SLIP resynchronises at the next END, so the
connection goes on). A frame over the size limit, or a length prefix that cannot be trusted, raises
:class:`StreamError`: the stream cannot be resynchronised and the connection must close.
"""

from __future__ import annotations

import enum
import struct
from dataclasses import dataclass
from typing import Protocol

from pythonosc import slip

DEFAULT_MAX_FRAME = 65_536  # bytes of one decoded packet; UDP cannot carry more than 65,507 either

_END = 0xC0
_LENGTH = struct.Struct(">i")
_SLIP_FIRST_BYTES = frozenset({_END, ord("/"), ord("#")})


class Framing(enum.Enum):
    LENGTH = "length"  # OSC 1.0: int32 size, then the packet
    SLIP = "slip"  # OSC 1.1: SLIP, double END

    @property
    def description(self) -> str:
        return "length-prefixed (OSC 1.0)" if self is Framing.LENGTH else "SLIP (OSC 1.1)"


@dataclass(frozen=True)
class BadFrame:
    """A frame that arrived whole but is not valid SLIP; the sender gets an /error and the stream goes on."""

    reason: str


class StreamError(Exception):
    """The stream cannot be read any further (oversized frame, impossible length): close the connection."""


def detect(first_byte: int) -> Framing | None:
    """The framing a stream starting with ``first_byte`` uses, or None when that byte fits neither."""
    if first_byte in _SLIP_FIRST_BYTES:
        return Framing.SLIP
    if first_byte == 0x00:
        return Framing.LENGTH
    return None


def encode(framing: Framing, packet: bytes) -> bytes:
    if framing is Framing.LENGTH:
        return _LENGTH.pack(len(packet)) + packet
    return slip.encode(packet)


class Decoder(Protocol):
    def feed(self, data: bytes) -> list[bytes | BadFrame]: ...

    @property
    def partial(self) -> bool:
        """True while the bytes of an incomplete frame are held."""
        ...


class LengthPrefixDecoder:
    def __init__(self, max_frame: int = DEFAULT_MAX_FRAME) -> None:
        self.max_frame = max_frame
        self._buffer = bytearray()

    @property
    def partial(self) -> bool:
        return bool(self._buffer)

    def feed(self, data: bytes) -> list[bytes | BadFrame]:
        self._buffer += data
        frames: list[bytes | BadFrame] = []
        while len(self._buffer) >= _LENGTH.size:
            (size,) = _LENGTH.unpack_from(self._buffer)
            if size < 0:
                raise StreamError(f"invalid frame size {size}: a length prefix cannot be negative")
            if size > self.max_frame:
                raise StreamError(f"frame of {size} bytes is over the limit of {self.max_frame} bytes")
            end = _LENGTH.size + size
            if len(self._buffer) < end:
                break
            frames.append(bytes(self._buffer[_LENGTH.size : end]))
            del self._buffer[:end]
        return frames


class SlipDecoder:
    def __init__(self, max_frame: int = DEFAULT_MAX_FRAME) -> None:
        self.max_frame = max_frame
        self._buffer = bytearray()
        self._scanned = 0  # bytes of the buffer already known to hold no END: each byte is searched once

    @property
    def partial(self) -> bool:
        return bool(self._buffer)

    def feed(self, data: bytes) -> list[bytes | BadFrame]:
        self._buffer += data
        frames: list[bytes | BadFrame] = []
        while (end := self._buffer.find(_END, self._scanned)) >= 0:
            raw = bytes(self._buffer[:end])
            del self._buffer[: end + 1]
            self._scanned = 0
            if raw:  # the empty "frame" between two ENDs is the opening END of double-END framing
                frames.append(self._decode(raw))
        self._scanned = len(self._buffer)
        # Escaping at most doubles a frame; more undelimited bytes than that cannot fit in the limit.
        if len(self._buffer) > 2 * self.max_frame:
            raise StreamError(f"frame is over the limit of {self.max_frame} bytes")
        return frames

    def _decode(self, raw: bytes) -> bytes | BadFrame:
        try:
            packet = slip.decode(raw)
        except slip.ProtocolError:
            return BadFrame("malformed SLIP frame: ESC must be followed by ESC_END or ESC_ESC")
        if len(packet) > self.max_frame:
            raise StreamError(f"frame of {len(packet)} bytes is over the limit of {self.max_frame} bytes")
        return packet


def decoder_for(framing: Framing, max_frame: int = DEFAULT_MAX_FRAME) -> Decoder:
    if framing is Framing.LENGTH:
        return LengthPrefixDecoder(max_frame)
    return SlipDecoder(max_frame)


class StreamDecoder:
    """Decodes one connection: the framing is forced, or told from the first byte the peer sends."""

    def __init__(self, forced: Framing | None = None, max_frame: int = DEFAULT_MAX_FRAME) -> None:
        self.max_frame = max_frame
        self.framing: Framing | None = forced
        self._decoder: Decoder | None = None if forced is None else decoder_for(forced, max_frame)

    @property
    def partial(self) -> bool:
        """True while the bytes of an incomplete frame are held."""
        return self._decoder is not None and self._decoder.partial

    def feed(self, data: bytes) -> list[bytes | BadFrame]:
        if not data:
            return []
        if self._decoder is None:
            framing = detect(data[0])
            if framing is None:
                # Answer in OSC 1.0 framing: whoever sent this is more likely to read that than SLIP.
                self.framing = Framing.LENGTH
                raise StreamError(
                    f"cannot tell the framing from the first byte 0x{data[0]:02x}: expected 0xC0 or a packet "
                    "(SLIP) or 0x00 (a length prefix); the server can be started with --tcp-framing"
                )
            self.framing = framing
            self._decoder = decoder_for(framing, self.max_frame)
        return self._decoder.feed(data)
