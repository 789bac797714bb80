"""OSC over a byte stream: both framings decode whatever way the bytes are cut, and refuse what they must."""

from __future__ import annotations

import struct

import pytest
from hypothesis import given
from hypothesis import strategies as st

from oscserver.osc.codec import encode_message
from oscserver.osc.framing import (
    BadFrame,
    Framing,
    LengthPrefixDecoder,
    SlipDecoder,
    StreamDecoder,
    StreamError,
    detect,
    encode,
)

PING = encode_message("/ping", (1, "a"))
# Bytes SLIP must escape (END 0xC0, ESC 0xDB) inside a blob: the frame must still come out whole.
TRICKY = encode_message("/midi/raw", (b"\xc0\xdb\xdc\xdd\xc0\xc0",))


def feed_in_pieces(decoder: StreamDecoder, data: bytes, cuts: list[int]) -> list[bytes | BadFrame]:
    out: list[bytes | BadFrame] = []
    start = 0
    for cut in [*sorted(set(cuts)), len(data)]:
        out += decoder.feed(data[start:cut])
        start = cut
    return out


def test_length_prefixed_frame_is_the_osc_1_0_int32_size_then_the_packet() -> None:
    assert encode(Framing.LENGTH, PING) == struct.pack(">i", len(PING)) + PING


def test_slip_frame_is_double_end_with_escapes() -> None:
    assert encode(Framing.SLIP, b"a\xc0b\xdbc") == b"\xc0a\xdb\xdcb\xdb\xddc\xc0"


@pytest.mark.parametrize(
    ("first", "framing"),
    [(0xC0, Framing.SLIP), (ord("/"), Framing.SLIP), (ord("#"), Framing.SLIP), (0x00, Framing.LENGTH)],
)
def test_framing_is_told_from_the_first_byte(first: int, framing: Framing) -> None:
    assert detect(first) is framing


def test_a_first_byte_that_fits_neither_framing_is_not_guessed() -> None:
    assert detect(0x41) is None
    decoder = StreamDecoder()
    with pytest.raises(StreamError, match=r"cannot tell the framing from the first byte 0x41"):
        decoder.feed(b"ABCD")


@given(
    packets=st.lists(st.sampled_from([PING, TRICKY, b"#bundle\x00" + bytes(8)]), min_size=1, max_size=6),
    framing=st.sampled_from(list(Framing)),
    cuts=st.lists(st.integers(min_value=0, max_value=400), max_size=12),
)
def test_packets_come_out_whole_however_the_stream_is_cut(
    packets: list[bytes], framing: Framing, cuts: list[int]
) -> None:
    stream = b"".join(encode(framing, p) for p in packets)
    decoder = StreamDecoder()
    assert feed_in_pieces(decoder, stream, [c for c in cuts if c < len(stream)]) == packets
    assert decoder.framing is framing


def test_slip_from_a_sender_that_writes_only_the_closing_end() -> None:
    decoder = StreamDecoder()
    assert decoder.feed(PING + b"\xc0" + PING + b"\xc0") == [PING, PING]
    assert decoder.framing is Framing.SLIP


def test_forced_framing_is_not_detected() -> None:
    decoder = StreamDecoder(forced=Framing.LENGTH)
    framed = encode(Framing.LENGTH, PING)
    assert decoder.feed(framed) == [PING]
    assert decoder.framing is Framing.LENGTH


def test_a_bad_slip_escape_is_reported_and_the_next_frame_still_read() -> None:
    decoder = SlipDecoder()
    frames = decoder.feed(b"\xc0/x\xdb\x01\xc0" + encode(Framing.SLIP, PING))
    assert frames == [
        BadFrame("malformed SLIP frame: ESC must be followed by ESC_END or ESC_ESC"),
        PING,
    ]


def test_a_length_prefix_over_the_limit_ends_the_stream_at_once() -> None:
    decoder = LengthPrefixDecoder(max_frame=1000)
    with pytest.raises(StreamError, match=r"^frame of 1001 bytes is over the limit of 1000 bytes$"):
        decoder.feed(struct.pack(">i", 1001))


def test_a_frame_of_exactly_the_limit_is_accepted() -> None:
    packet = encode_message("/ping", (b"x" * (1000 - 16),))
    assert len(packet) == 1000
    assert LengthPrefixDecoder(max_frame=1000).feed(encode(Framing.LENGTH, packet)) == [packet]
    assert SlipDecoder(max_frame=1000).feed(encode(Framing.SLIP, packet)) == [packet]


def test_a_negative_length_prefix_ends_the_stream() -> None:
    with pytest.raises(StreamError, match=r"invalid frame size -1"):
        LengthPrefixDecoder().feed(b"\xff\xff\xff\xff")


def test_an_endless_slip_frame_ends_the_stream_without_buffering_more_than_twice_the_limit() -> None:
    decoder = SlipDecoder(max_frame=100)
    decoder.feed(b"\xc0" + b"a" * 200)  # an escaped frame of 100 bytes can take 200
    with pytest.raises(StreamError, match=r"over the limit of 100 bytes"):
        decoder.feed(b"a")


def test_a_complete_slip_frame_over_the_limit_ends_the_stream() -> None:
    decoder = SlipDecoder(max_frame=100)
    with pytest.raises(StreamError, match=r"^frame of 101 bytes is over the limit of 100 bytes$"):
        decoder.feed(encode(Framing.SLIP, b"/" + b"a" * 100))


def test_slip_scans_each_byte_once_while_a_frame_trickles_in() -> None:
    decoder = SlipDecoder()
    framed = encode(Framing.SLIP, TRICKY)
    frames: list[bytes | BadFrame] = []
    for byte in framed:
        frames += decoder.feed(bytes([byte]))
    assert frames == [TRICKY]
