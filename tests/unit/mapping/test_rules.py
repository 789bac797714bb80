"""The value rules of a binding and its check against the registry, exactly, with no server."""

from __future__ import annotations

import pytest

from oscserver.exceptions import InvalidArgument, UnknownAddress
from oscserver.mapping.planning import plan_binding
from oscserver.mapping.rules import (
    Behaviour,
    MidiEvent,
    Plan,
    Trigger,
    arguments,
    event_of,
    press,
    scale,
    unscale,
)
from oscserver.osc.controls import control, verb
from oscserver.osc.params import Kind, Param
from oscserver.osc.registry import Endpoint, Registry

GAIN = Param("gain", Kind.FLOAT, 0.0, 2.0, default=None)
BARS = Param("bars", Kind.INT, 1, 64, default=4)


def registry() -> Registry:
    registry = Registry()
    registry.extend(
        [
            verb("/play", lambda r: None, "Play."),
            verb("/record", lambda r: None, "Record.", params=(BARS,)),
            control("/gain", GAIN, get=lambda _: (1.0,), set=lambda _, v: None, summary="Gain."),
            control(
                "/on", Param("on", Kind.BOOL, default=None), lambda _: (0,), lambda _, v: None, summary="On."
            ),
            Endpoint("/name", "Name.", lambda r: None, params=(Param("name", Kind.STRING),)),
            Endpoint(
                "/cc",
                "A cc.",
                lambda r: None,
                params=(
                    Param("channel", Kind.INT, 1, 16),
                    Param("control", Kind.INT, 0, 127),
                    Param("value", Kind.INT, 0, 127),
                ),
            ),
            verb("/map/clear", lambda r: None, "Clear."),
        ]
    )
    return registry


def test_midi_bytes_become_the_events_a_binding_matches() -> None:
    assert event_of(b"\x91\x24\x64") == MidiEvent("note", 2, 36, 100)
    assert event_of(b"\x81\x24\x40") == MidiEvent("note", 2, 36, 0)  # a note-off reads as velocity 0
    assert event_of(b"\x91\x24\x00") == MidiEvent("note", 2, 36, 0)
    assert event_of(b"\xbf\x07\x7f") == MidiEvent("cc", 16, 7, 127)
    assert event_of(b"\xc0\x05") == MidiEvent("program", 1, 5, 127)
    for other in (b"\xe0\x00\x40", b"\xf8", b"\xd0\x10", b"\x90\x80\x10", b"\x90\x24"):
        assert event_of(other) is None


def test_a_trigger_matches_its_kind_and_number_on_its_channel_or_any() -> None:
    event = MidiEvent("cc", 3, 7, 10)
    assert Trigger("cc", 0, 7).matches(event)
    assert Trigger("cc", 3, 7).matches(event)
    assert not Trigger("cc", 4, 7).matches(event)
    assert not Trigger("cc", 0, 8).matches(event)
    assert not Trigger("note", 0, 7).matches(event)


def test_a_cc_presses_as_it_crosses_up_to_64_and_every_note_on_presses() -> None:
    held, presses = False, []
    for value in (10, 64, 90, 127, 30, 63, 127):
        event = MidiEvent("cc", 1, 64, value)
        presses.append(press(event, held))
        held = value >= 64
    assert presses == [False, True, False, False, False, False, True]
    assert press(MidiEvent("note", 1, 36, 1), True)  # a pad hit twice without a release presses twice
    assert not press(MidiEvent("note", 1, 36, 0), False)
    assert press(MidiEvent("program", 1, 5, 127), True)


def test_values_scale_linearly_onto_the_range_and_back() -> None:
    assert [scale(v, GAIN) for v in (0, 127)] == [0.0, 2.0]
    assert scale(64, GAIN) == pytest.approx(128 / 127)
    bars = Param("bars", Kind.INT, 1, 16)
    assert [scale(v, bars) for v in (0, 1, 8, 9, 64, 127)] == [1, 1, 2, 2, 9, 16]
    assert [unscale(v, GAIN) for v in (0.0, 1.0, 2.0, 3.0, -1.0)] == [0, 64, 127, 127, 0]


def test_arguments_follow_the_behaviour() -> None:
    on, off = MidiEvent("note", 1, 36, 100), MidiEvent("note", 1, 36, 0)
    button = Plan(Behaviour.BUTTON)
    assert arguments(button, (8,), on, True, None) == (8,)
    assert arguments(button, (8,), off, False, None) is None
    toggle = Plan(Behaviour.TOGGLE, Param("on", Kind.BOOL))
    assert arguments(toggle, (), on, True, None) == (1,)
    assert arguments(toggle, (), on, True, True) == (0,)
    assert arguments(toggle, (), off, False, True) is None
    number = Plan(Behaviour.NUMBER, GAIN)
    assert arguments(number, (), MidiEvent("cc", 1, 7, 0), False, None) == (0.0,)
    assert arguments(number, (), MidiEvent("cc", 1, 7, 127), True, None) == (2.0,)
    assert arguments(number, (), on, True, None) == (200 / 127,)  # the velocity
    assert arguments(number, (), off, False, None) is None  # a pad's release leaves the value


def test_each_endpoint_shape_gets_its_behaviour() -> None:
    r = registry()
    assert plan_binding(r, "note", "/play", ()) == Plan(Behaviour.BUTTON)
    assert plan_binding(r, "note", "/record", ()) == Plan(Behaviour.BUTTON)  # a verb, never scaled
    assert plan_binding(r, "cc", "/record", (8,)) == Plan(Behaviour.BUTTON)
    assert plan_binding(r, "cc", "/gain", ()) == Plan(Behaviour.NUMBER, GAIN)
    assert plan_binding(r, "program", "/gain", (0.5,)) == Plan(Behaviour.BUTTON)  # a preset
    assert plan_binding(r, "note", "/on", ()).behaviour is Behaviour.TOGGLE
    assert plan_binding(r, "note", "/name", ("intro",)) == Plan(Behaviour.BUTTON)
    number = plan_binding(r, "cc", "/cc", (1, 7))
    assert number.behaviour is Behaviour.NUMBER and number.free is not None
    assert number.free.name == "value"


@pytest.mark.parametrize(
    ("kind", "address", "args", "error", "message"),
    [
        ("note", "/nothing", (), UnknownAddress, "no endpoint at /nothing"),
        ("note", "/record", (99,), InvalidArgument, "bars must be between 1 and 64, got 99"),
        ("note", "/record", ("x",), InvalidArgument, "bars must be an int, got 'x'"),
        ("note", "/record", (0,), InvalidArgument, "a first argument of 0 is a button's release"),
        ("note", "/play", (1, 2), InvalidArgument, "/play takes no arguments"),
        ("cc", "/gain", (3.0,), InvalidArgument, "gain must be between 0 and 2, got 3"),
        ("program", "/gain", (), InvalidArgument, "a program change has no value to set gain with"),
        ("note", "/name", (), InvalidArgument, "its parameter name (s) cannot take a MIDI value"),
        ("cc", "/cc", (17, 7), InvalidArgument, "channel must be between 1 and 16, got 17"),
        ("cc", "/cc", (1, 7, 5, 9), InvalidArgument, "/cc expects"),
        ("cc", "/cc", (1, b"\x07"), InvalidArgument, "fixed arguments are numbers or strings"),
        ("note", "/map/clear", (), InvalidArgument, "a binding cannot change the bindings themselves"),
        ("note", "/*/clear", (), InvalidArgument, "a binding cannot change the bindings themselves"),
    ],
)
def test_a_binding_that_could_never_act_is_refused(
    kind: str, address: str, args: tuple[object, ...], error: type[Exception], message: str
) -> None:
    with pytest.raises(error, match=message.replace("(", r"\(").replace(")", r"\)")):
        plan_binding(registry(), kind, address, args)
