"""The ``/error address message`` reply, always small enough for one datagram.

An ``/error`` quotes what it refuses: the address, and often the address again inside the message. A 40 KB
address quoted twice no longer fits a UDP datagram, so the sender heard nothing. Both strings are shortened
here, keeping their beginning and end around an ellipsis, so that every ``/error`` fits one Ethernet frame.
"""

from __future__ import annotations

from oscserver.osc.codec import encode_message

MAX_QUOTED_ADDRESS_BYTES = 256
MAX_ERROR_MESSAGE_BYTES = 1024  # with the address: at most 1,300 bytes in all, below a 1,400-byte frame
ELLIPSIS = "…"


def shorten(text: str, limit: int) -> str:
    """``text`` if its UTF-8 form is at most ``limit`` bytes, else its head and tail around an ellipsis."""
    encoded = text.encode("utf-8", errors="replace")
    if len(encoded) <= limit:
        return text
    room = limit - len(ELLIPSIS.encode())
    head = room * 2 // 3
    # A character cut in two at either edge is dropped rather than sent half.
    return (
        encoded[:head].decode("utf-8", errors="ignore")
        + ELLIPSIS
        + encoded[len(encoded) - (room - head) :].decode("utf-8", errors="ignore")
    )


def fitted(address: str, message: str) -> tuple[str, str]:
    """The address and message an ``/error`` carries, each shortened to its bound."""
    return shorten(address, MAX_QUOTED_ADDRESS_BYTES), shorten(message, MAX_ERROR_MESSAGE_BYTES)


def error_reply(address: str, message: str) -> bytes:
    return encode_message("/error", fitted(address, message))
