"""The client profile: complete for the engine's track states, within the server's limits, and kept by the
hand-written SuperCollider quark too."""

from __future__ import annotations

import re

import pytest

from clients import profile
from oscserver.engine.looper import TrackState
from oscserver.engine.timeline import MAX_TEMPO, MIN_TEMPO
from oscserver.server.config import ServeConfig
from tests.support.repo import CLIENTS

QUARK_CLASS = CLIENTS / "supercollider" / "OscServer" / "Classes" / "OscServer.sc"


def test_every_track_state_has_a_colour() -> None:
    assert set(profile.STATE_COLOURS) == set(TrackState)
    for colour in profile.STATE_COLOURS.values():
        assert len(colour) == 3 and all(0.0 <= channel <= 1.0 for channel in colour)


def test_state_colours_are_told_apart() -> None:
    hexes = [profile.hex_colour(colour) for colour in profile.STATE_COLOURS.values()]
    assert len(set(hexes)) == len(hexes)


@pytest.mark.parametrize(
    ("rgb", "expected"),
    [
        ((0.0, 0.0, 0.0), "#000000"),
        ((1.0, 1.0, 1.0), "#ffffff"),
        ((0.25, 0.45, 0.75), "#4073bf"),
        ((0.3, 0.7, 0.3), "#4db34d"),  # 76.5 and 178.5 round up, not to even
    ],
)
def test_hex_colour(rgb: tuple[float, float, float], expected: str) -> None:
    assert profile.hex_colour(rgb) == expected


def test_tempo_is_the_servers() -> None:
    assert profile.TEMPO_LIMITS == (MIN_TEMPO, MAX_TEMPO)
    low, high = profile.TEMPO_FADER
    assert MIN_TEMPO <= low < high <= MAX_TEMPO


def test_tracks_and_port_are_the_servers_defaults() -> None:
    assert ServeConfig().tracks == profile.TRACKS
    assert ServeConfig().port == profile.SERVER_PORT


def test_midi_values_are_valid_midi() -> None:
    assert 1 <= profile.MIDI_CHANNEL <= 16
    assert len(profile.PAD_NOTES) == 16 and len(set(profile.PAD_NOTES)) == 16
    assert all(0 <= note <= 127 for note in profile.PAD_NOTES)
    assert 1 <= profile.PAD_VELOCITY <= 127  # velocity 0 would be a note off
    # Controllers 120-127 are channel mode messages (all notes off, reset...), not faders.
    assert len(set(profile.CC_NUMBERS)) == len(profile.CC_NUMBERS) == 8
    assert all(0 <= number <= 119 for number in profile.CC_NUMBERS)


def test_looper_controls_are_within_the_contract() -> None:
    """API.md: speed takes 0.5, 1 or 2; multiply a whole number of times; MIDI loops count from 1."""
    assert profile.LOOP_SPEEDS == (0.5, 1.0, 2.0)
    assert isinstance(profile.MULTIPLY_TIMES, int) and profile.MULTIPLY_TIMES >= 2
    assert isinstance(profile.MIDI_LOOPS, int) and profile.MIDI_LOOPS >= 1


def test_supercollider_quark_keeps_the_profile() -> None:
    """The quark is hand-written, so its own copies of the profile's values are read out of its source."""
    source = QUARK_CLASS.read_text()
    keep_alive = re.search(r"var <>keepAlivePeriod = ([\d.]+);", source)
    assert keep_alive is not None
    assert float(keep_alive.group(1)) * 1000 == profile.RESUBSCRIBE_MS
    nudge_clip = re.search(r"\(now \+ bpm\)\.clip\(([\d.]+), ([\d.]+)\)", source)
    assert nudge_clip is not None
    assert (float(nudge_clip.group(1)), float(nudge_clip.group(2))) == profile.TEMPO_LIMITS
    default_port = re.search(r"classvar <defaultPort = (\d+);", source)
    assert default_port is not None and int(default_port.group(1)) == profile.SERVER_PORT
    documented_states = re.search(r"state is one of ((?:\\[A-Z]+ ?)+)", source)
    assert documented_states is not None
    assert documented_states.group(1).split() == [f"\\{state.value}" for state in TrackState]
