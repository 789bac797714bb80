"""MIDI loops as Standard MIDI Files (type 0, 960 ticks a beat: a note lands within 1/1920 beat of where it
was played, about a quarter of a millisecond at 120 BPM).

A note keeps its whole length, so one held across the loop's end ends after it; the file's end-of-track is at
the loop's end or at that note-off, whichever is later, and a ``loop end`` marker sits at the loop's end. The
loop's length is therefore told separately when a file is read (sessions keep it beside the file).
"""

from __future__ import annotations

import io
from typing import TYPE_CHECKING

from oscserver.engine.loop_windows import BeatSpan
from oscserver.exceptions import InvalidArgument
from oscserver.midiloop.history import HeardEvent, is_channel_message
from oscserver.midiloop.take import MidiTake, capture

TICKS_PER_BEAT = 960
MAX_FILE_BYTES = 4 * 1024 * 1024
LOOP_END_MARKER = "loop end"

if TYPE_CHECKING:
    import mido


def to_smf(take: MidiTake, tempo: float, quantum: float) -> bytes:
    import mido  # (here, not at the top: it costs every server start a tenth of a second, for an export)

    timed: list[tuple[int, int, mido.Message | mido.MetaMessage]] = []  # (tick, order, message)
    for note in take.notes:
        on = round(note.start * TICKS_PER_BEAT)
        off = max(round((note.start + note.length) * TICKS_PER_BEAT), on + 1)
        channel = note.channel - 1
        timed.append(
            (on, 2, mido.Message("note_on", channel=channel, note=note.note, velocity=note.velocity))
        )
        timed.append((off, 0, mido.Message("note_off", channel=channel, note=note.note, velocity=0)))
    for message in take.messages:
        timed.append((round(message.start * TICKS_PER_BEAT), 1, mido.Message.from_bytes(list(message.data))))
    loop_end = round(take.beats * TICKS_PER_BEAT)
    timed.append((loop_end, 3, mido.MetaMessage("marker", text=LOOP_END_MARKER)))
    timed.sort(key=lambda item: item[:2])
    track = mido.MidiTrack()
    track.append(mido.MetaMessage("set_tempo", tempo=mido.bpm2tempo(tempo), time=0))
    if float(quantum).is_integer():
        track.append(mido.MetaMessage("time_signature", numerator=int(quantum), denominator=4, time=0))
    tick = 0
    for at, _, message in timed:
        track.append(message.copy(time=at - tick))
        tick = at
    track.append(mido.MetaMessage("end_of_track", time=0))
    midi_file = mido.MidiFile(type=0, ticks_per_beat=TICKS_PER_BEAT)
    midi_file.tracks.append(track)
    out = io.BytesIO()
    midi_file.save(file=out)
    return out.getvalue()


def from_smf(data: bytes, beats: float, where: str) -> MidiTake:
    """The loop of ``beats`` beats in a Standard MIDI File; :class:`InvalidArgument` saying why not."""
    import mido

    if len(data) > MAX_FILE_BYTES:
        raise InvalidArgument(
            f"{where}: the MIDI file is {len(data)} bytes; at most {MAX_FILE_BYTES} are read"
        )
    try:
        midi_file = mido.MidiFile(file=io.BytesIO(data))
    except Exception as err:  # mido raises many kinds (OSError, EOFError, ValueError, KeyError) on bad input
        raise InvalidArgument(f"{where}: not a Standard MIDI File ({err or type(err).__name__})") from err
    if midi_file.type == 2 or midi_file.ticks_per_beat <= 0:
        raise InvalidArgument(f"{where}: only MIDI files of type 0 or 1 with ticks per beat are read")
    events: list[HeardEvent] = []
    for track in midi_file.tracks:
        tick = 0
        for message in track:
            tick += message.time
            if message.is_meta:
                continue
            raw = bytes(message.bytes())
            if is_channel_message(raw):
                events.append(HeardEvent(0.0, tick / midi_file.ticks_per_beat, raw))
    events.sort(key=lambda event: event.beat)  # stable: the order within a tick is kept
    return capture(BeatSpan(0.0, beats), events)
