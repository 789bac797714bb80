"""MIDI encoding, the validity rules with their exact /error messages, and decoding of input."""

from __future__ import annotations

import pytest

from oscserver.engine import midi_messages as mm
from oscserver.exceptions import InvalidArgument


def test_channel_voice_messages_encode_with_channels_counted_from_one() -> None:
    assert mm.note_on(1, 60, 100) == bytes((0x90, 60, 100))
    assert mm.note_on(16, 127, 0) == bytes((0x9F, 127, 0))
    assert mm.note_off(10, 36) == bytes((0x89, 36, 0))
    assert mm.note_off(2, 36, 64) == bytes((0x81, 36, 64))
    assert mm.control_change(3, 7, 127) == bytes((0xB2, 7, 127))
    assert mm.program_change(4, 5) == bytes((0xC3, 5))
    assert mm.channel_aftertouch(5, 90) == bytes((0xD4, 90))
    assert mm.all_notes_off(1) == bytes((0xB0, 123, 0))


def test_pitch_bend_is_signed_with_the_centre_at_zero() -> None:
    assert mm.pitch_bend(1, 0) == bytes((0xE0, 0x00, 0x40))
    assert mm.pitch_bend(1, -8192) == bytes((0xE0, 0x00, 0x00))
    assert mm.pitch_bend(1, 8191) == bytes((0xE0, 0x7F, 0x7F))
    assert mm.pitch_bend(2, 1) == bytes((0xE1, 0x01, 0x40))


def test_song_position_pointer_is_fourteen_bits_low_first() -> None:
    assert mm.song_position(0) == bytes((0xF2, 0, 0))
    assert mm.song_position(200) == bytes((0xF2, 200 & 0x7F, 200 >> 7))


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda: mm.note_on(17, 60, 100), "channel must be between 1 and 16, got 17"),
        (lambda: mm.note_on(0, 60, 100), "channel must be between 1 and 16, got 0"),
        (lambda: mm.note_on(1, 128, 100), "note must be between 0 and 127, got 128"),
        (lambda: mm.note_on(1, 60, -1), "velocity must be between 0 and 127, got -1"),
        (lambda: mm.control_change(1, 200, 0), "control must be between 0 and 127, got 200"),
        (lambda: mm.control_change(1, 1, 128), "value must be between 0 and 127, got 128"),
        (lambda: mm.program_change(1, 128), "program must be between 0 and 127, got 128"),
        (lambda: mm.pitch_bend(1, 8192), "value must be between -8192 and 8191, got 8192"),
        (lambda: mm.pitch_bend(1, -8193), "value must be between -8192 and 8191, got -8193"),
        (lambda: mm.channel_aftertouch(1, 300), "value must be between 0 and 127, got 300"),
    ],
)
def test_out_of_range_values_name_the_argument(make, message: str) -> None:
    with pytest.raises(InvalidArgument) as caught:
        make()
    assert str(caught.value) == message


@pytest.mark.parametrize(
    "data",
    [
        [0x90, 60, 100],
        [0xC0, 5],
        [0xF0, 0x7E, 0x7F, 0x09, 0x01, 0xF7],
        [0xF0, 0xF7],
        [0xF8],
        [0xFA],
        [0xF2, 0, 0],
        [0xFF],
    ],
)
def test_well_formed_raw_messages_pass_unchanged(data: list[int]) -> None:
    assert mm.check_raw(data) == bytes(data)


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ([], "raw MIDI needs at least one byte"),
        ([60, 100], "raw MIDI must start with a status byte (0x80-0xFF), got 0x3C"),
        ([0x90, 60], "a 0x90 message takes 2 data bytes, got 1"),
        ([0xC0, 5, 6], "a 0xC0 message takes 1 data byte, got 2"),
        ([0xF8, 1], "a 0xF8 message takes 0 data bytes, got 1"),
        ([0x90, 60, 200], "byte 3 must be a data byte (0-127), got 200 (0xC8)"),
        ([0x90, 256, 1], "byte must be between 0 and 255, got 256"),
        ([0x90, -1, 1], "byte must be between 0 and 255, got -1"),
        ([0xF0, 1, 2], "sysex must be framed: start with 0xF0 and end with 0xF7"),
        ([0xF0], "sysex must be framed: start with 0xF0 and end with 0xF7"),
        ([0xF0, 1, 0x90, 0xF7], "byte 3 must be a data byte (0-127), got 144 (0x90)"),
        ([0xF7], "0xF7 ends a sysex message; it cannot start one"),
        ([0xF4], "status byte 0xF4 is undefined in MIDI 1.0"),
        ([0xFD], "status byte 0xFD is undefined in MIDI 1.0"),
        ([0xF0, *([1] * 5000), 0xF7], "raw MIDI is limited to 4096 bytes, got 5002"),
    ],
)
def test_malformed_raw_messages_are_refused_with_the_reason(data: list[int], message: str) -> None:
    with pytest.raises(InvalidArgument) as caught:
        mm.check_raw(data)
    assert str(caught.value) == message


def test_note_classification_treats_velocity_zero_as_a_release() -> None:
    assert mm.is_note_on(bytes((0x90, 60, 1)))
    assert not mm.is_note_on(bytes((0x90, 60, 0)))
    assert mm.is_note_off(bytes((0x90, 60, 0)))
    assert mm.is_note_off(bytes((0x8F, 60, 64)))
    assert not mm.is_note_off(bytes((0xB0, 123, 0)))
    assert mm.note_key(bytes((0x9F, 61, 1))) == (16, 61)


@pytest.mark.parametrize(
    ("message", "address", "args"),
    [
        ([0x90, 60, 100], "/midi/in/note", (1, 60, 100)),
        ([0x9F, 60, 0], "/midi/in/note", (16, 60, 0)),
        ([0x83, 62, 40], "/midi/in/note", (4, 62, 0)),
        ([0xB1, 74, 127], "/midi/in/cc", (2, 74, 127)),
        ([0xC9, 12], "/midi/in/program", (10, 12)),
        ([0xE0, 0x00, 0x40], "/midi/in/pitchbend", (1, 0)),
        ([0xE0, 0x00, 0x00], "/midi/in/pitchbend", (1, -8192)),
        ([0xE0, 0x7F, 0x7F], "/midi/in/pitchbend", (1, 8191)),
        ([0xD2, 33], "/midi/in/aftertouch", (3, 33)),
    ],
)
def test_input_decodes_to_pushes(message: list[int], address: str, args: tuple[int, ...]) -> None:
    event = mm.decode(message)
    assert event is not None
    assert (event.address, event.args) == (address, args)


@pytest.mark.parametrize(
    "message", [[0xF8], [0xFA], [0xF0, 1, 0xF7], [0x90, 60], [0x90, 60, 200], [0xA0, 60, 10], [], [60, 1]]
)
def test_input_that_is_not_pushed_decodes_to_none(message: list[int]) -> None:
    assert mm.decode(message) is None
