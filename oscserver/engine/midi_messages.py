"""MIDI 1.0 messages: the ranges the OSC verbs accept, their encoding to bytes, and decoding of input.

Pure functions, no I/O. Channels count from 1 to 16 here, as the OSC contract says; the wire carries 0..15.
Every refusal raises :class:`~oscserver.exceptions.InvalidArgument` whose message names the argument, what
was expected and what arrived (``channel must be between 1 and 16, got 17``): the OSC layer sends it back as
``/error`` unchanged.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from oscserver.exceptions import InvalidArgument


@dataclass(frozen=True)
class Range:
    """An inclusive integer range for one named argument."""

    name: str
    low: int
    high: int

    def check(self, value: int) -> int:
        if not self.low <= value <= self.high:
            raise InvalidArgument(f"{self.name} must be between {self.low} and {self.high}, got {value}")
        return value


CHANNEL = Range("channel", 1, 16)
NOTE = Range("note", 0, 127)
VELOCITY = Range("velocity", 0, 127)
CONTROL = Range("control", 0, 127)
VALUE = Range("value", 0, 127)
PROGRAM = Range("program", 0, 127)
PITCH_BEND = Range("value", -8192, 8191)
BYTE = Range("byte", 0, 255)

# Status bytes (the high nibble for channel messages).
NOTE_OFF = 0x80
NOTE_ON = 0x90
POLY_AFTERTOUCH = 0xA0
CONTROL_CHANGE = 0xB0
PROGRAM_CHANGE = 0xC0
CHANNEL_AFTERTOUCH = 0xD0
PITCH_BEND_CHANGE = 0xE0
SYSEX_START = 0xF0
SONG_POSITION = 0xF2
SYSEX_END = 0xF7
CLOCK_TICK = 0xF8
CLOCK_START = 0xFA
CLOCK_CONTINUE = 0xFB
CLOCK_STOP = 0xFC

ALL_NOTES_OFF = 123  # the channel-mode controller every synth understands as "release everything"

# Data bytes that follow each status: channel messages by high nibble, system messages by status byte.
# Statuses absent from both tables (0xF4, 0xF5, 0xF9, 0xFD) are undefined in MIDI 1.0.
_CHANNEL_DATA_BYTES = {0x80: 2, 0x90: 2, 0xA0: 2, 0xB0: 2, 0xC0: 1, 0xD0: 1, 0xE0: 2}
_SYSTEM_DATA_BYTES = {
    0xF1: 1,  # MIDI time code quarter frame
    0xF2: 2,  # song position pointer
    0xF3: 1,  # song select
    0xF6: 0,  # tune request
    0xF8: 0,  # timing clock
    0xFA: 0,  # start
    0xFB: 0,  # continue
    0xFC: 0,  # stop
    0xFE: 0,  # active sensing
    0xFF: 0,  # system reset
}

# Longer raw messages are refused: a JACK MIDI port buffer holds one period's events, and a sysex dump
# bigger than this is better sent by a librarian than squeezed through OSC datagrams.
MAX_RAW_BYTES = 4096


def _status(kind: int, channel: int) -> int:
    return kind | (CHANNEL.check(channel) - 1)


def note_on(channel: int, note: int, velocity: int) -> bytes:
    return bytes((_status(NOTE_ON, channel), NOTE.check(note), VELOCITY.check(velocity)))


def note_off(channel: int, note: int, velocity: int = 0) -> bytes:
    return bytes((_status(NOTE_OFF, channel), NOTE.check(note), VELOCITY.check(velocity)))


def control_change(channel: int, control: int, value: int) -> bytes:
    return bytes((_status(CONTROL_CHANGE, channel), CONTROL.check(control), VALUE.check(value)))


def program_change(channel: int, program: int) -> bytes:
    return bytes((_status(PROGRAM_CHANGE, channel), PROGRAM.check(program)))


def channel_aftertouch(channel: int, value: int) -> bytes:
    return bytes((_status(CHANNEL_AFTERTOUCH, channel), VALUE.check(value)))


def pitch_bend(channel: int, value: int) -> bytes:
    """``value`` is signed, 0 the centre: the wire carries value + 8192 as 14 bits, low 7 bits first."""
    raw = PITCH_BEND.check(value) + 8192
    return bytes((_status(PITCH_BEND_CHANGE, channel), raw & 0x7F, raw >> 7))


def song_position(sixteenths: int) -> bytes:
    """Song Position Pointer: the position in MIDI beats (sixteenth notes, 6 clock ticks each)."""
    if not 0 <= sixteenths <= 0x3FFF:
        raise InvalidArgument(f"song position must be between 0 and 16383, got {sixteenths}")
    return bytes((SONG_POSITION, sixteenths & 0x7F, sixteenths >> 7))


def all_notes_off(channel: int) -> bytes:
    return control_change(channel, ALL_NOTES_OFF, 0)


def check_raw(data: Sequence[int]) -> bytes:
    """One complete, well-formed MIDI message, as bytes; anything else is refused with the reason.

    Running status is not accepted (every message starts with its status byte), nor are several messages
    in one: the scheduler tracks sounding notes from what it sends, and needs to see whole messages.
    """
    for value in data:
        BYTE.check(value)
    if not data:
        raise InvalidArgument("raw MIDI needs at least one byte")
    if len(data) > MAX_RAW_BYTES:
        raise InvalidArgument(f"raw MIDI is limited to {MAX_RAW_BYTES} bytes, got {len(data)}")
    status = data[0]
    if status < 0x80:
        raise InvalidArgument(f"raw MIDI must start with a status byte (0x80-0xFF), got 0x{status:02X}")
    if status == SYSEX_START:
        return _check_sysex(data)
    if status == SYSEX_END:
        raise InvalidArgument("0xF7 ends a sysex message; it cannot start one")
    expected = _CHANNEL_DATA_BYTES.get(status & 0xF0) if status < 0xF0 else _SYSTEM_DATA_BYTES.get(status)
    if expected is None:
        raise InvalidArgument(f"status byte 0x{status:02X} is undefined in MIDI 1.0")
    if len(data) - 1 != expected:
        raise InvalidArgument(
            f"a 0x{status:02X} message takes {expected} data byte{'s' if expected != 1 else ''}, "
            f"got {len(data) - 1}"
        )
    _check_data_bytes(data, 1, len(data))
    return bytes(data)


def _check_sysex(data: Sequence[int]) -> bytes:
    if data[-1] != SYSEX_END or len(data) < 2:
        raise InvalidArgument("sysex must be framed: start with 0xF0 and end with 0xF7")
    _check_data_bytes(data, 1, len(data) - 1)
    return bytes(data)


def _check_data_bytes(data: Sequence[int], start: int, end: int) -> None:
    for index in range(start, end):
        if data[index] >= 0x80:
            raise InvalidArgument(
                f"byte {index + 1} must be a data byte (0-127), got {data[index]} (0x{data[index]:02X})"
            )


# -- what a message is, for note tracking and input ----------------------------------------------------


def is_note_on(data: bytes) -> bool:
    """A note-on with a velocity: one that starts a sound (velocity 0 is a note-off by convention)."""
    return len(data) == 3 and data[0] & 0xF0 == NOTE_ON and data[2] > 0


def is_note_off(data: bytes) -> bool:
    return len(data) == 3 and (data[0] & 0xF0 == NOTE_OFF or (data[0] & 0xF0 == NOTE_ON and data[2] == 0))


def note_key(data: bytes) -> tuple[int, int]:
    """(channel counted from 1, note) of a note message."""
    return (data[0] & 0x0F) + 1, data[1]


@dataclass(frozen=True)
class InputEvent:
    """An incoming message as an OSC push: ``/midi/in/<kind>`` with channel (from 1) and values."""

    kind: str
    args: tuple[int, ...]

    @property
    def address(self) -> str:
        return f"/midi/in/{self.kind}"


def decode(message: Sequence[int]) -> InputEvent | None:
    """The push for an incoming channel message; None for what is not pushed (clock, sysex, malformed)."""
    if len(message) < 2 or not 0x80 <= message[0] < 0xF0:
        return None
    kind, channel = message[0] & 0xF0, (message[0] & 0x0F) + 1
    if len(message) != 1 + _CHANNEL_DATA_BYTES[kind] or any(b >= 0x80 for b in message[1:]):
        return None
    if kind == NOTE_ON:
        return InputEvent("note", (channel, message[1], message[2]))
    if kind == NOTE_OFF:
        # A release reads as velocity 0, the way a note-on with velocity 0 does.
        return InputEvent("note", (channel, message[1], 0))
    if kind == CONTROL_CHANGE:
        return InputEvent("cc", (channel, message[1], message[2]))
    if kind == PROGRAM_CHANGE:
        return InputEvent("program", (channel, message[1]))
    if kind == PITCH_BEND_CHANGE:
        return InputEvent("pitchbend", (channel, (message[1] | (message[2] << 7)) - 8192))
    if kind == CHANNEL_AFTERTOUCH:
        return InputEvent("aftertouch", (channel, message[1]))
    return None  # polyphonic aftertouch is not part of the contract's pushes
