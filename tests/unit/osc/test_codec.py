from __future__ import annotations

import struct

import pytest
from pythonosc.osc_message_builder import OscMessageBuilder

from oscserver.exceptions import MalformedPacket
from oscserver.osc.codec import (
    NTP_UNIX_OFFSET,
    bundles_of,
    encode_bundle,
    encode_message,
    parse_packet,
    unix_to_ntp_bytes,
)
from oscserver.osc.patterns import MAX_PATTERN_CHARACTERS_PER_PACKET


def test_round_trip_of_every_reply_type() -> None:
    data = encode_message("/x", (1, 2.5, "s", b"\x01\x02", True, False, None, 2**40))
    [message] = parse_packet(data)
    assert message.address == "/x"
    assert message.args == (1, 2.5, "s", b"\x01\x02", True, False, None, 2**40)
    assert message.timetag is None


def test_floats_are_sent_as_32_bit_f_and_ints_as_i() -> None:
    data = encode_message("/link/tempo", (128.0,))
    assert b",f\x00\x00" in data
    assert b",i\x00\x00" in encode_message("/link/peers", (3,))


def test_a_message_without_a_type_tag_string_has_no_arguments() -> None:
    [message] = parse_packet(b"/ping\x00\x00\x00")
    assert message.args == ()


@pytest.mark.parametrize(
    "data",
    [
        b"",
        b"hello",
        b"/x\x00",  # address not padded to 4 bytes
        b"/x\x00\x00,i\x00\x00",  # int argument missing
        b"/x\x00\x00,q\x00\x00",  # unknown type tag
        b"/x\x00\x00i\x00\x00\x00",  # type tags without the comma
        b"#bundle\x00\x00\x00",  # truncated timetag
        b"#bundle\x00" + b"\x00" * 8 + struct.pack(">i", 100) + b"/x\x00\x00",  # element size lies
    ],
)
def test_malformed_packets_raise_malformed_packet(data: bytes) -> None:
    with pytest.raises(MalformedPacket):
        parse_packet(data)


def _bundle(timetag: float, *contents: bytes) -> bytes:
    elements = b"".join(struct.pack(">i", len(c)) + c for c in contents)
    return b"#bundle\x00" + unix_to_ntp_bytes(timetag) + elements


def test_bundle_timetags_are_unix_times_and_nested_bundles_are_flattened() -> None:
    inner = _bundle(1_700_000_001.5, encode_message("/b", (2,)))
    outer = _bundle(1_700_000_000.25, encode_message("/a", (1,)), inner)
    messages = parse_packet(outer)
    assert [(m.address, m.args) for m in messages] == [("/a", (1,)), ("/b", (2,))]
    assert messages[0].timetag == pytest.approx(1_700_000_000.25, abs=1e-6)
    assert messages[1].timetag == pytest.approx(1_700_000_001.5, abs=1e-6)


def test_immediate_bundle_has_no_timetag() -> None:
    [message] = parse_packet(encode_bundle([encode_message("/a")]))
    assert message.timetag is None


def test_a_nested_bundle_earlier_than_its_parent_is_malformed() -> None:
    inner = _bundle(1_700_000_000.0, encode_message("/b"))
    outer = _bundle(1_700_000_005.0, inner)
    with pytest.raises(MalformedPacket, match="earlier"):
        parse_packet(outer)


def test_ntp_offset() -> None:
    # The NTP epoch is 1900-01-01; the Unix epoch 70 years (17 of them leap) later.
    assert NTP_UNIX_OFFSET == (70 * 365 + 17) * 86400


def test_bundles_of_respects_the_size_limit() -> None:
    messages = [encode_message("/api", ("/some/address", "iif", "x" * 40)) for _ in range(100)]
    bundles = bundles_of(messages, max_size=1400)
    assert all(len(b) <= 1400 for b in bundles)
    assert sum(len(parse_packet(b)) for b in bundles) == 100
    assert len(bundles) > 1


def test_python_osc_built_messages_parse() -> None:
    builder = OscMessageBuilder("/midi/note")
    for value in (1, 60, 100, 0.5):
        builder.add_arg(value)
    [message] = parse_packet(builder.build().dgram)
    assert message.args == (1, 60, 100, 0.5)


def test_strings_that_are_not_utf8_are_malformed() -> None:
    with pytest.raises(MalformedPacket):
        parse_packet(b"/\xfe\xff\x00")
    with pytest.raises(MalformedPacket):
        parse_packet(b"/x\x00\x00,s\x00\x00\xff\xfe\x00\x00")


def test_empty_blobs_and_doubles_beyond_float32_round_trip() -> None:
    [message] = parse_packet(encode_message("/x", (b"", 1e300, 1.5)))
    assert message.args == (b"", 1e300, 1.5)


def test_the_address_patterns_of_one_packet_are_bounded() -> None:
    pattern = "/looper/*/" + "*" * 90 + "stop"  # 104 characters
    fits = MAX_PATTERN_CHARACTERS_PER_PACKET // len(pattern)
    plain = [encode_message("/looper/1/stop")] * 50  # plain addresses cost no matching and do not count
    assert len(parse_packet(encode_bundle([encode_message(pattern)] * fits + plain))) == fits + 50
    with pytest.raises(MalformedPacket, match=f"at most {MAX_PATTERN_CHARACTERS_PER_PACKET} characters"):
        parse_packet(encode_bundle([encode_message(pattern)] * (fits + 1)))
