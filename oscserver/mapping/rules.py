"""The value rules of a binding, as pure functions: what a MIDI message means to the endpoint it drives.

A binding drives one endpoint in one of three ways, decided once when it is made (see
:mod:`oscserver.mapping.planning`):

- a **button** acts on a press (a note-on, a cc rising to 64 or more, a program change) and ignores the
  release (a note-off, a cc falling below 64);
- a **toggle** (a 0/1 parameter) flips on each press;
- a **number** takes the cc value or the note-on velocity, 0-127 scaled linearly onto the parameter's range.

Fixed arguments of the binding come first, as they are; the MIDI value, when there is one, follows them.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

from oscserver.osc.codec import OscArg
from oscserver.osc.params import Kind, Param

KINDS = ("note", "cc", "program")
MIDI_MAX = 127
PRESS_THRESHOLD = 64  # a cc at or above it is a pressed switch (a sustain pedal's rule)


@dataclass(frozen=True)
class MidiEvent:
    """An incoming note, cc or program change, reduced to what a binding matches and reads."""

    kind: str  # note, cc or program
    channel: int  # 1-16
    number: int  # note, controller or program number
    value: int  # velocity (0 for a note-off), cc value; a program change has none and reads as 127


def event_of(data: bytes) -> MidiEvent | None:
    """The event a binding can match in raw MIDI bytes; None for anything else (pitch bend, clock, ...)."""
    if len(data) < 2 or not 0x80 <= data[0] < 0xF0 or any(b >= 0x80 for b in data[1:]):
        return None
    kind, channel = data[0] & 0xF0, (data[0] & 0x0F) + 1
    if kind in (0x80, 0x90) and len(data) == 3:
        return MidiEvent("note", channel, data[1], data[2] if kind == 0x90 else 0)
    if kind == 0xB0 and len(data) == 3:
        return MidiEvent("cc", channel, data[1], data[2])
    if kind == 0xC0 and len(data) == 2:
        return MidiEvent("program", channel, data[1], MIDI_MAX)
    return None


@dataclass(frozen=True)
class Trigger:
    """Which messages a binding answers: a kind, a channel (0 any) and a number."""

    kind: str
    channel: int
    number: int

    def matches(self, event: MidiEvent) -> bool:
        return (
            event.kind == self.kind
            and event.number == self.number
            and (self.channel == 0 or event.channel == self.channel)
        )


def is_pressed(event: MidiEvent) -> bool:
    """Whether the message holds the control down: a note-on, a cc at 64 or more, any program change."""
    if event.kind == "cc":
        return event.value >= PRESS_THRESHOLD
    return event.value > 0


class Behaviour(enum.Enum):
    BUTTON = "button"
    TOGGLE = "toggle"
    NUMBER = "number"


@dataclass(frozen=True)
class Plan:
    """How a binding drives its endpoint: the behaviour and, for a toggle or a number, the parameter fed."""

    behaviour: Behaviour
    free: Param | None = None  # the parameter the MIDI value sets (after the fixed args)


def press(event: MidiEvent, was_held: bool) -> bool:
    """True when this message is a press: every note-on and program change; a cc only as it crosses up to
    64, so a pedal or knob sending 64, 70, 90 ... presses once."""
    if not is_pressed(event):
        return False
    return event.kind != "cc" or not was_held


def scale(value: int, param: Param) -> OscArg:
    """0-127 onto the parameter's range, linearly: 0 is its minimum, 127 its maximum (rounded for an int)."""
    assert param.minimum is not None and param.maximum is not None
    low, high = param.minimum, param.maximum
    exact = low + (high - low) * value / MIDI_MAX
    if param.kind is Kind.INT:
        return int(min(high, max(low, round(exact))))
    return float(exact)


def unscale(value: float, param: Param) -> int:
    """The parameter's value back onto 0-127 (for LED feedback), clamped."""
    assert param.minimum is not None and param.maximum is not None
    low, high = param.minimum, param.maximum
    if high == low:
        return 0
    return max(0, min(MIDI_MAX, round((value - low) * MIDI_MAX / (high - low))))


def arguments(
    plan: Plan, fixed: tuple[OscArg, ...], event: MidiEvent, pressed: bool, current: bool | None
) -> tuple[OscArg, ...] | None:
    """The arguments to call the endpoint with for this message, or None when it does nothing.

    ``pressed``: whether it is a press (see :func:`press`); ``current``: a toggle's value now (None unknown,
    taken as off).
    """
    if plan.behaviour is Behaviour.BUTTON:
        return fixed if pressed else None
    if plan.behaviour is Behaviour.TOGGLE:
        return (*fixed, 0 if current else 1) if pressed else None
    assert plan.free is not None
    if event.kind == "note" and event.value == 0:
        return None  # a pad's release leaves the value its hit set
    return (*fixed, scale(event.value, plan.free))
