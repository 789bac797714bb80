"""Arguments are read whole or not at all: a message cut anywhere is malformed, never zero-filled."""

from __future__ import annotations

import struct
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pythonosc.osc_message import OscMessage
from pythonosc.osc_message_builder import OscMessageBuilder

from oscserver.exceptions import MalformedPacket
from oscserver.osc.arguments import MAX_ARRAY_DEPTH, Timetag
from oscserver.osc.codec import encode_message, parse_packet


def message(tags: str, payload: bytes = b"", address: bytes = b"/x\x00\x00") -> bytes:
    tag_string = ("," + tags).encode()
    tag_string += b"\x00" * (4 - len(tag_string) % 4)
    return address + tag_string + payload


FIXED_SIZES = {"i": 4, "f": 4, "r": 4, "m": 4, "h": 8, "d": 8, "t": 8}


@pytest.mark.parametrize(("tag", "size"), FIXED_SIZES.items())
def test_a_fixed_size_argument_cut_short_is_malformed(tag: str, size: int) -> None:
    for present in range(size):
        # Issue 16: a float cut to one byte (or none) was zero-filled and set the Link tempo to 128.
        with pytest.raises(MalformedPacket, match=f"argument 1 \\('{tag}'\\) needs {size} bytes"):
            parse_packet(message(tag, b"\x43" * present))
    [whole] = parse_packet(message(tag, b"\x43" * size))
    assert len(whole.args) == 1


def test_the_second_argument_cut_short_is_named() -> None:
    with pytest.raises(MalformedPacket, match=r"argument 2 \('f'\) needs 4 bytes, the message has 2 left"):
        parse_packet(message("if", struct.pack(">i", 7) + b"\x42\xf0"))


@pytest.mark.parametrize("size", [-1, -(2**31), 5, 2**31 - 1])
def test_a_blob_size_outside_what_remains_is_malformed(size: int) -> None:
    with pytest.raises(MalformedPacket, match=f"size {size}; it must be between 0 and the 4 bytes left"):
        parse_packet(message("b", struct.pack(">i", size) + b"abcd"))


def test_blob_sizes_from_zero_to_what_remains() -> None:
    [empty] = parse_packet(message("b", struct.pack(">i", 0)))
    [full] = parse_packet(message("b", struct.pack(">i", 4) + b"abcd"))
    assert empty.args == (b"",) and full.args == (b"abcd",)
    with pytest.raises(MalformedPacket, match="padding is missing"):
        parse_packet(message("b", struct.pack(">i", 3) + b"abc"))
    with pytest.raises(MalformedPacket, match="needs a 4-byte size"):
        parse_packet(message("b", b"\x00\x00"))


def test_a_string_argument_must_be_terminated_and_padded() -> None:
    with pytest.raises(MalformedPacket, match="not NUL-terminated"):
        parse_packet(message("s", b"abcd"))
    with pytest.raises(MalformedPacket, match="padding is missing"):
        parse_packet(message("s", b"abcd\x00"))
    [ok] = parse_packet(message("s", b"abcd\x00\x00\x00\x00"))
    assert ok.args == ("abcd",)


def test_a_timetag_argument_is_kept_and_echoed_exactly() -> None:
    ntp = 0xE5A1_2B3C_8000_0001
    [received] = parse_packet(message("t", struct.pack(">Q", ntp)))
    assert received.args == (Timetag(ntp),)
    assert encode_message("/x", received.args) == message("t", struct.pack(">Q", ntp))


def test_arrays_nest_up_to_the_bound() -> None:
    deepest = "[" * MAX_ARRAY_DEPTH + "i" + "]" * MAX_ARRAY_DEPTH
    [ok] = parse_packet(message(deepest, struct.pack(">i", 1)))
    value = ok.args[0]
    for _ in range(MAX_ARRAY_DEPTH - 1):
        value = value[0]
    assert value == [1]
    for depth in (MAX_ARRAY_DEPTH + 1, 600):
        with pytest.raises(MalformedPacket, match=f"nested more than {MAX_ARRAY_DEPTH} deep"):
            parse_packet(message("[" * depth + "]" * depth))


@pytest.mark.parametrize(("tags", "problem"), [("]", "never opened"), ("[i", "not closed"), ("[]]", "never")])
def test_unbalanced_arrays_are_malformed(tags: str, problem: str) -> None:
    with pytest.raises(MalformedPacket, match=problem):
        parse_packet(message(tags, struct.pack(">i", 1)))


def test_the_same_values_as_python_osc_for_whole_messages() -> None:
    builder = OscMessageBuilder("/every/type")
    every_type: list[tuple[Any, str]] = [
        (1, "i"),
        (2**40, "h"),
        (0.5, "f"),
        (1e300, "d"),
        ("text", "s"),
        (b"\x01\x02\x03", "b"),
        (True, "T"),
        (False, "F"),
        (None, "N"),
        (0x11223344, "r"),
        ((1, 0x90, 60, 100), "m"),
    ]
    for value, tag in every_type:
        builder.add_arg(value, tag)
    data = builder.build().dgram
    [ours] = parse_packet(data)
    assert list(ours.args) == OscMessage(data).params


argument_values = st.lists(
    st.one_of(
        st.integers(-(2**31), 2**31 - 1),
        st.integers(2**31, 2**62),
        st.floats(width=32, allow_nan=False),
        st.text(max_size=9).filter(lambda s: "\x00" not in s),
        st.binary(max_size=9),
        st.booleans(),
        st.none(),
        st.builds(Timetag, st.integers(0, 2**64 - 1)),
        st.lists(st.integers(-5, 5), max_size=3),
    ),
    min_size=1,
    max_size=5,
)


@settings(max_examples=300, deadline=None)
@given(args=argument_values)
def test_a_message_cut_at_any_byte_is_malformed(args: list[object]) -> None:
    data = encode_message("/some/address", args)
    address_end = len(b"/some/address\x00\x00\x00")
    for cut in range(len(data)):
        if cut == address_end:
            continue  # the address alone is a whole message with no arguments (no type tag string)
        with pytest.raises(MalformedPacket):
            parse_packet(data[:cut])
    [whole] = parse_packet(data)
    assert len(whole.args) == len(args)


def test_a_nul_inside_a_string_is_malformed_not_a_shorter_string() -> None:
    # Issue 16: /session/save "ab\0cd" saved as "ab", overwriting it.
    with pytest.raises(MalformedPacket, match=r"argument 1 \('s'\) holds a NUL byte inside its text"):
        parse_packet(message("s", b"ab\x00cd\x00\x00\x00"))
    with pytest.raises(MalformedPacket, match="the address holds a NUL byte"):
        parse_packet(message("", address=b"/x\x00y\x00\x00\x00\x00"))


def test_bytes_after_the_last_announced_argument_are_malformed() -> None:
    # "ab\0\0cd" pads like "ab" and leaves "cd" behind: the text was not what it seemed.
    with pytest.raises(MalformedPacket, match="4 bytes follow the last argument"):
        parse_packet(message("s", b"ab\x00\x00cd\x00\x00"))
    [whole] = parse_packet(message("s", b"ab\x00\x00"))
    assert whole.args == ("ab",)
