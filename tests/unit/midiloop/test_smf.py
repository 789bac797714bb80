"""MIDI loops to Standard MIDI Files and back."""

from __future__ import annotations

import io

import mido
import pytest

from oscserver.engine import midi_messages as mm
from oscserver.exceptions import InvalidArgument
from oscserver.midiloop.smf import TICKS_PER_BEAT, from_smf, to_smf
from oscserver.midiloop.take import LoopMessage, LoopNote, MidiTake

TAKE = MidiTake(
    8.0,
    (LoopNote(0.0, 0.5, 1, 60, 100), LoopNote(2.25, 1.0, 10, 36, 127), LoopNote(7.5, 1.5, 2, 64, 1)),
    (LoopMessage(1.0, mm.control_change(3, 74, 99)), LoopMessage(4.0, mm.pitch_bend(1, -100))),
)


def test_a_take_survives_a_round_trip_exactly_including_a_note_held_across_the_end() -> None:
    assert from_smf(to_smf(TAKE, 120.0, 4.0), 8.0, "test") == TAKE


def test_the_file_carries_tempo_bar_and_the_loop_end() -> None:
    midi_file = mido.MidiFile(file=io.BytesIO(to_smf(TAKE, 93.0, 4.0)))
    assert midi_file.type == 0 and midi_file.ticks_per_beat == TICKS_PER_BEAT
    metas = [m for m in midi_file.tracks[0] if m.is_meta]
    assert metas[0].tempo == round(60_000_000 / 93.0)  # microseconds a beat
    assert (metas[1].numerator, metas[1].denominator) == (4, 4)
    ticks, marker_at = 0, None
    for message in midi_file.tracks[0]:
        ticks += message.time
        if message.type == "marker":
            marker_at = ticks
    assert marker_at == 8 * TICKS_PER_BEAT


@pytest.mark.parametrize(
    "data", [b"", b"MThd\x00\x00\x00\x06\x00\x00", b"RIFF" + bytes(40), b"MThd" + bytes(200)]
)
def test_a_bad_file_is_refused_with_a_reason(data: bytes) -> None:
    with pytest.raises(InvalidArgument, match=r"^midiloops\.1: "):
        from_smf(data, 4.0, "midiloops.1")
