"""Loops played time-stretched: which buffer each track reads, and the swap to a new one at a bar line.

A track in ``pitch`` mode keeps its pitch when the tempo changes: the server renders its loop again, off the
callback, at the new tempo (:mod:`oscserver.audio.stretching`), writes it into one of the track's two stretch
slots and asks for it from a bar line on (a :class:`StretchLoop` command). Until that bar line the track
reads what it read before, varispeeding like tape; from it, the slot, sample for sample at the new tempo.
The loop as recorded stays in the track's own buffer: every rendering starts from it, never from a stretch.

A rendering is only good for the recording it was made from. Whenever that changes under it (a take, a clear,
an install, an overdub pass, a new length) the track reads its own buffer again (an overdub is heard as it is
layered) and drops any slot read or asked for; a request made from a copy read before the last change is
refused. Each request carries a *ticket* (a number the server increases, times two, plus the slot), and the
renderer reports which tickets it is done with (:attr:`Event.STRETCH_DROPPED`, with the newest ticket it has
seen) and which one sounds (:attr:`Event.STRETCH_SOUNDING`): the server never writes a slot that is read, or
may still be.

The swap is a crossfade from the first block that starts on or after the bar line: the two buffers hold
the same music at that point, but not the same waveform, and a cut between them would click. Over the
renderer's fade the reading the track had (its own buffer varispeeding, or the slot swapped in before) fades
out, going on from where it was, while the new slot fades in at the phase the beat has it; linear, so at
every frame the two gains add up to the track's gain (as undo's hand-over does). The reading fading out is a
second :class:`Voice` per track (:attr:`StretchedReading.outgoing`), which playback plays as one more row;
it needs no buffer of its own, since both buffers already hold their loops. Until it is silent the server
must not write the slot it reads: the event that would free that slot (``STRETCH_SOUNDING`` for the new
one, or a ``STRETCH_DROPPED`` meanwhile) is held back until the fade is over.

A drop under a loop that goes on sounding (an overdub pass starting, a multiply or divide, a loop put back by
undo or redo, whose handover then has nothing of its own to fade out) is the same crossfade, through the same
outgoing voice: the slot read fades out from where it was (at the shape it was read with, the new length
notwithstanding) while the track's loop (its own buffer, or the one put back) fades in at the beat's phase,
and ``STRETCH_DROPPED`` is held back until the slot is silent. Where the loop stops sounding anyway (a clear,
a take replacing it: contents no longer whole) the track's own ramp out is all the fading there is, and the
drop is reported at once. A drop that comes while a swap's fade runs (the one outgoing voice taken) goes back
to the track's own buffer at once, as a drop always did: the simplest behaviour that never reads a freed slot,
and a coincidence within one fade. A refused request (a stale copy, a server's mistake) drops at once, as
before.
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
        "fading",
        "frames",
        "held_event",
        "held_ticket",
        "newest_ticket",
        "offset",
        "outgoing",
        "outgoing_base",
        "outgoing_slot",
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

    def __init__(self, index: int) -> None:
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
        # What the track read before a swap, fading out over the swap's first frames (its own buffer's loop,
        # or a slot's): frames, exact, offset and phase as that buffer counts them.
        self.outgoing = Voice(index)
        self.outgoing_slot = ORIGINAL
        self.outgoing_base = 0
        self.fading = False
        self.held_event = 0  # an event (Event.STRETCH_*) held back until the fade is over; 0: none
        self.held_ticket = 0.0


class Stretches:
    """Every track's :class:`StretchedReading`, moved on a block at a time."""

    def __init__(self, tracks: int, track_frames: int, events: Mailbox) -> None:
        self.tracks = tracks
        self.track_frames = track_frames
        self.events = events
        self.readings = [StretchedReading(index) for index in range(tracks)]

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
            and (slot == ORIGINAL or slot != reading.slot)  # (never the slot being read,
            and (slot == ORIGINAL or not reading.fading or slot != reading.outgoing_slot)  # nor fading out)
            and (command.exact > 0.0 or slot == ORIGINAL)  # (its own buffer: its own length)
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
        """Before the block heard over beats [b0, b1) is played: end the swaps' fades that are over, drop
        what a change of the recording has made stale, and swap in what is due (a crossfade from ``b0``)."""
        for voice in voices:
            reading = self.readings[voice.index]
            if reading.fading:
                self._follow(voice, reading, b0, fade)
            if self._recording_changes(voice, b0, b1, fade, latency_beats):
                reading.changed_at = b1
                if reading.slot != ORIGINAL or reading.pending_ticket > 0.0:
                    self._drop_fading(
                        voice, reading, b0, fade, voice.loop_beats, voice.anchor, voice.next_pos
                    )
                continue
            # A swap waits for the fade of the one before (the outgoing voice is one per track), and for a
            # track ramping out (stopped at the bar line) to be silent: its ramp is the fade.
            ramping_out = voice.stop <= b0 + BEAT_EPSILON and voice.env_end > 0.0
            due = reading.pending_ticket > 0.0 and reading.pending_at <= b0 + BEAT_EPSILON
            if due and not reading.fading and not ramping_out:
                if voice.env_end > 0.0 and voice.next_pos == voice.next_pos:  # sounding: crossfade
                    self._fade_out(voice, reading, b0, fade, voice.loop_beats, voice.anchor, voice.next_pos)
                reading.slot, reading.ticket = reading.pending_slot, reading.pending_ticket
                reading.frames, reading.exact = reading.pending_frames, reading.pending_exact
                reading.offset, reading.base = reading.pending_offset, reading.pending_base
                reading.pending_ticket, reading.pending_at = 0.0, math.inf
                voice.next_pos = math.nan  # (a position in the other buffer's frames)
                self._report(voice, reading, Event.STRETCH_SOUNDING, reading.ticket)

    def _fade_out(
        self,
        voice: Voice,
        reading: StretchedReading,
        b0: float,
        fade: float,
        loop_beats: float,
        anchor: float,
        next_pos: float,
    ) -> None:
        """From ``b0`` the reading the track had (a loop of ``loop_beats`` from ``anchor``, at ``next_pos``)
        fades out, going on from where it is, while the track fades in at what it reads now (from silence,
        as a handover's does)."""
        out = reading.outgoing
        out.contents, out.in_spare, out.take, out.misplaced = Contents.WHOLE, False, None, False
        if reading.slot == ORIGINAL:
            out.frames, out.exact, out.offset = voice.frames, voice.exact, voice.offset
        else:
            out.frames, out.exact, out.offset = reading.frames, reading.exact, reading.offset
        out.loop_beats, out.anchor, out.reversed = loop_beats, anchor, voice.reversed
        out.gain, out.env_end, out.next_pos = voice.gain, voice.env_end, next_pos
        out.start, out.stop = -math.inf, min(voice.stop, b0)
        out.od_start = out.od_stop = math.inf
        out.reverse_at, out.rescale = math.inf, None
        reading.outgoing_slot = reading.slot
        reading.outgoing_base = self.slot_base(voice.index, reading.slot)
        reading.fading = True
        voice.env_end = 0.0  # (the track's gain goes on in the outgoing voice: no jump to spread)
        if voice.start <= b0 + fade and voice.stop > b0:
            voice.start = b0 + fade  # ramping in from b0 as the old reading ramps out

    def _follow(self, voice: Voice, reading: StretchedReading, b0: float, fade: float) -> None:
        """The outgoing reading follows the track's gain and stop while it fades; once it is silent its
        buffer is no longer read, and the event held back for it goes to the server."""
        out = reading.outgoing
        out.gain, out.stop = voice.gain, min(out.stop, voice.stop)
        if out.env_end > 0.0 or out.stop + fade > b0:
            return
        reading.fading = False
        out.frames, out.next_pos = 0, math.nan
        if reading.held_event:
            self.events.put((reading.held_event, float(voice.index), reading.held_ticket))
            reading.held_event, reading.held_ticket = 0, 0.0

    def _report(self, voice: Voice, reading: StretchedReading, event: Event, ticket: float) -> None:
        """Tell the server, or, while a slot is fading out, hold it back until it is silent: both events
        say the slot read before is free. (A drop held back replaces a swap's: it is done with every
        ticket.)"""
        if reading.fading:
            reading.held_event, reading.held_ticket = int(event), ticket
        else:
            self.events.put((event, float(voice.index), ticket))

    def recording_changed(
        self, voice: Voice, b0: float, fade: float, loop_beats: float, anchor: float, next_pos: float
    ) -> None:
        """The loop took a new shape at ``b0`` (multiply, divide): a rendering of the old one is stale. The
        shape it had (``loop_beats`` from ``anchor``) and where it was read (``next_pos``) are what a slot
        read fades out with."""
        reading = self.readings[voice.index]
        reading.changed_at = max(reading.changed_at, b0)
        if reading.slot != ORIGINAL or reading.pending_ticket > 0.0:
            self._drop_fading(voice, reading, b0, fade, loop_beats, anchor, next_pos)

    def replaced(self, voice: Voice, b0: float, fade: float) -> None:
        """Another loop takes the track's place from ``b0`` (undo, redo: see :mod:`.handover`): a slot read
        fades out where it was, as the handover's outgoing loop would, and is dropped (the track, silent
        meanwhile, then ramps in at the new loop as it does from a loop faded out)."""
        reading = self.readings[voice.index]
        reading.changed_at = max(reading.changed_at, b0)
        if reading.slot != ORIGINAL or reading.pending_ticket > 0.0:
            self._drop_fading(voice, reading, b0, fade, voice.loop_beats, voice.anchor, voice.next_pos)

    @staticmethod
    def _recording_changes(voice: Voice, b0: float, b1: float, fade: float, latency_beats: float) -> bool:
        """Whether the track's own buffer is being written around this block (a take on its way, a loop
        cleared or not yet whole, an overdub pass, whose input arrives ``latency_beats`` after its beats)."""
        if voice.contents is not Contents.WHOLE or voice.take is not None:
            return True
        return voice.od_start < b1 + fade and voice.od_stop + fade + latency_beats > b0

    def _drop_fading(
        self,
        voice: Voice,
        reading: StretchedReading,
        b0: float,
        fade: float,
        loop_beats: float,
        anchor: float,
        next_pos: float,
    ) -> None:
        """A drop from ``b0`` under a loop that goes on sounding (an overdub pass, a new shape): the slot
        read fades out where it was while the track's own buffer fades in at the beat's phase, and the slot
        is reported dropped once silent. Where the loop stops sounding anyway (a clear, a take) there is
        nothing to fade into; and while a swap's fade runs the outgoing voice is taken: back at once."""
        whole = voice.contents is Contents.WHOLE and voice.take is None
        sounding = voice.env_end > 0.0 and next_pos == next_pos
        if whole and sounding and reading.slot != ORIGINAL and not reading.fading:
            self._fade_out(voice, reading, b0, fade, loop_beats, anchor, next_pos)
            voice.misplaced = False  # (it starts afresh at its phase: nothing to jump from)
        self._drop(voice, reading)

    def _drop(self, voice: Voice, reading: StretchedReading) -> None:
        """Back to the track's own buffer at once; every ticket so far is done with."""
        if reading.slot != ORIGINAL:
            voice.next_pos = math.nan  # (a position in the slot's frames)
        reading.slot, reading.ticket = ORIGINAL, 0.0
        reading.pending_ticket, reading.pending_at = 0.0, math.inf
        self._report(voice, reading, Event.STRETCH_DROPPED, reading.newest_ticket)
