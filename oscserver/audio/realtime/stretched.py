"""Loops played time-stretched: which buffer each track reads, and the swap to a new one at a bar line.

A track in ``pitch`` mode keeps its pitch when the tempo changes: the server renders its loop again, off the
callback, at the new tempo (:mod:`oscserver.audio.stretching`), writes it into one of the track's two stretch
slots and asks for it from a bar line on (a :class:`StretchLoop` command). Until that bar line the track
reads what it read before, varispeeding like tape; from it, the slot, sample for sample at the new tempo.
The loop as recorded stays in the track's own buffer: every rendering starts from it, never from a stretch.

A rendering is only good for the recording it was made from. Whenever that changes under it (a take, a
clear, an install, an overdub pass) the track reads its own buffer again at once (an overdub is heard as it
is layered) and drops any slot read or asked for; a request made from a copy read before the last change is
refused. Each request carries a *ticket* (a number the server increases, times two, plus the slot), and the
renderer reports which tickets it is done with (:attr:`Event.STRETCH_DROPPED`, with the newest ticket it has
seen) and which one sounds (:attr:`Event.STRETCH_SOUNDING`): the server never writes a slot that is read, or
may still be.

The swap is a cut at the first block that starts on or after the bar line: the two buffers hold the same
music at that point, but not the same waveform.
"""

from __future__ import annotations

import math

from oscserver.audio.cells import Mailbox
from oscserver.audio.memory import STRETCH_SLOTS
from oscserver.audio.realtime.commands import Event, StretchLoop
from oscserver.audio.realtime.voices import Contents, Voice
from oscserver.engine.timeline import BEAT_EPSILON

ORIGINAL = -1  # the slot that means: the track's own buffer, the loop as recorded


def ticket_slot(ticket: float) -> int:
    """The slot a ticket asks for: its parity (see :class:`StretchLoop`)."""
    return int(ticket) % STRETCH_SLOTS


class StretchedReading:
    """What one track reads, and what it is asked to read from a bar line on."""

    __slots__ = (
        "base",
        "changed_at",
        "exact",
        "frames",
        "newest_ticket",
        "offset",
        "pending_at",
        "pending_base",
        "pending_exact",
        "pending_frames",
        "pending_offset",
        "pending_slot",
        "pending_ticket",
        "slot",
        "ticket",
    )

    def __init__(self) -> None:
        self.slot = ORIGINAL
        self.ticket = 0.0  # the ticket of the slot read (0: none)
        self.frames = 0  # the slot's loop: stored frames, true length, first frame's offset
        self.exact = 0.0
        self.offset = 0.0
        self.base = 0  # where the slot starts in the flat loop buffers, in frames
        self.pending_slot = ORIGINAL
        self.pending_ticket = 0.0  # 0: nothing asked for
        self.pending_frames = 0
        self.pending_exact = 0.0
        self.pending_offset = 0.0
        self.pending_base = 0
        self.pending_at = math.inf
        self.newest_ticket = 0.0
        self.changed_at = -math.inf  # the last beat at which the track's recording was changing


class Stretches:
    """Every track's :class:`StretchedReading`, moved on a block at a time."""

    def __init__(self, tracks: int, track_frames: int, events: Mailbox) -> None:
        self.tracks = tracks
        self.track_frames = track_frames
        self.events = events
        self.readings = [StretchedReading() for _ in range(tracks)]

    def slot_base(self, track: int, slot: int) -> int:
        """Where a track's slot starts in the flat loop buffers (its own buffer for :data:`ORIGINAL`)."""
        if slot == ORIGINAL:
            return track * self.track_frames
        return (self.tracks + track * STRETCH_SLOTS + slot) * self.track_frames

    def request(self, voice: Voice, command: StretchLoop) -> None:
        """The server asks the track to read a rendering (or its own buffer: ``frames`` 0) from a bar line."""
        reading = self.readings[voice.index]
        reading.newest_ticket = max(reading.newest_ticket, command.ticket)
        slot = ticket_slot(command.ticket) if command.frames > 0 else ORIGINAL
        usable = (
            voice.contents is Contents.WHOLE
            and voice.take is None
            and command.read_beat >= reading.changed_at  # made from the recording as it is now
            and command.frames <= self.track_frames
            and (slot == ORIGINAL or slot != reading.slot)  # (never the slot being read)
            and command.exact > 0.0
        )
        if not usable:
            self._drop(voice, reading)
            return
        reading.pending_slot, reading.pending_ticket = slot, command.ticket
        reading.pending_frames, reading.pending_exact = command.frames, command.exact
        # Its first frame lies as far after its true start as the recording's does, in proportion.
        reading.pending_offset = voice.offset * command.exact / voice.exact if voice.exact > 0.0 else 0.0
        reading.pending_base = self.slot_base(voice.index, slot)
        reading.pending_at = command.at

    def advance(self, voices: list[Voice], b0: float, b1: float, fade: float, latency_beats: float) -> None:
        """Before the block heard over beats [b0, b1) is played: drop what a change of the recording has made
        stale, and swap in what is due."""
        for voice in voices:
            reading = self.readings[voice.index]
            if self._recording_changes(voice, b0, b1, fade, latency_beats):
                reading.changed_at = b1
                if reading.slot != ORIGINAL or reading.pending_ticket > 0.0:
                    self._drop(voice, reading)
                continue
            if reading.pending_ticket > 0.0 and reading.pending_at <= b0 + BEAT_EPSILON:
                reading.slot, reading.ticket = reading.pending_slot, reading.pending_ticket
                reading.frames, reading.exact = reading.pending_frames, reading.pending_exact
                reading.offset, reading.base = reading.pending_offset, reading.pending_base
                reading.pending_ticket, reading.pending_at = 0.0, math.inf
                voice.next_pos = math.nan  # (a position in the other buffer's frames)
                self.events.put((Event.STRETCH_SOUNDING, float(voice.index), reading.ticket))

    def recording_changed(self, voice: Voice, beat: float) -> None:
        """The loop took a new shape at ``beat`` (multiply, divide): a rendering of the old one is stale."""
        reading = self.readings[voice.index]
        reading.changed_at = max(reading.changed_at, beat)
        if reading.slot != ORIGINAL or reading.pending_ticket > 0.0:
            self._drop(voice, reading)

    @staticmethod
    def _recording_changes(voice: Voice, b0: float, b1: float, fade: float, latency_beats: float) -> bool:
        """Whether the track's own buffer is being written around this block (a take on its way, a loop
        cleared or not yet whole, an overdub pass, whose input arrives ``latency_beats`` after its beats)."""
        if voice.contents is not Contents.WHOLE or voice.take is not None:
            return True
        return voice.od_start < b1 + fade and voice.od_stop + fade + latency_beats > b0

    def _drop(self, voice: Voice, reading: StretchedReading) -> None:
        """Back to the track's own buffer at once; every ticket so far is done with."""
        if reading.slot != ORIGINAL:
            voice.next_pos = math.nan  # (a position in the slot's frames)
        reading.slot, reading.ticket = ORIGINAL, 0.0
        reading.pending_ticket, reading.pending_at = 0.0, math.inf
        self.events.put((Event.STRETCH_DROPPED, float(voice.index), reading.newest_ticket))
