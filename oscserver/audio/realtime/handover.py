"""A loop put back in place of a track's loop at once (undo, redo): a crossfade, in phase, with no gap.

The server may never write a buffer the renderer reads, and the track's own buffer is read until the loop in
it has faded out. So the loop to put back goes first into the *spare* buffer (one for the whole renderer,
after the stretch slots), and a :class:`ReplaceLoop` says so:

1. from the first frame of the block that takes it, the loop the track played fades out while the one in
   the spare fades in, at the phase the beat is at, over the renderer's fade (linear: at every frame the two
   gains add up to the track's gain); the track is HANDOVER, BUSY to the server;
2. once the old loop is silent the track's own buffer is read no more: the track is SPARE, and the server
   writes the same loop into it and says :class:`ReturnLoop`;
3. the track reads its own buffer again: the same frames at the same place, so nothing is heard; the spare
   is free (:attr:`Stat.SPARE_READER` 0).

The loop fading out is a second :class:`Voice` (the *outgoing* one), a copy of the track's voice as it was,
that playback plays as one more row until it is silent. While a track's loop is in the spare nothing is
overdubbed into it (its own buffer is the server's); a clear or a take ends the handover as it ends any
loop.
"""

from __future__ import annotations

import math

from oscserver.audio.looptable import LoopTable
from oscserver.audio.realtime.commands import ReplaceLoop
from oscserver.audio.realtime.voices import INF, Contents, Voice


class Handover:
    def __init__(self, track_frames: int) -> None:
        self.track_frames = track_frames
        self.outgoing = Voice(0)  # the loop fading out (its index: the track's)
        self.active = False  # the outgoing voice is fading out
        self.taken = 0  # REPLACE commands taken, carried out or refused

    def replace(self, voice: Voice, loop: ReplaceLoop, b0: float, fade: float) -> bool:
        """Put the spare's loop in place of the track's at once; False (nothing changes) when the track holds
        no whole loop, or the spare is taken."""
        if not self.accepts(voice, loop):
            return False
        sounding = voice.env_end > 0.0 and voice.next_pos == voice.next_pos
        if sounding:
            self._fade_out(voice, b0)
        voice.contents = Contents.HANDOVER if sounding else Contents.SPARE
        voice.in_spare = True
        voice.frames, voice.exact, voice.offset = loop.frames, loop.exact, loop.offset
        voice.loop_beats, voice.anchor = loop.loop_beats, loop.anchor
        voice.od_start = voice.od_stop = INF
        voice.reversed, voice.reverse_at, voice.rescale = loop.backwards, INF, None
        voice.next_pos, voice.env_end = math.nan, 0.0  # (a new loop, at its phase: no jump from the old)
        if voice.start <= b0 + fade and voice.stop > b0:
            voice.start = b0 + fade  # ramping in from b0 as the old one ramps out
        return True

    def accepts(self, voice: Voice, loop: ReplaceLoop) -> bool:
        """Whether :meth:`replace` would carry ``loop`` out: the track holds a whole loop, the spare is free,
        and the loop fits."""
        if voice.contents is not Contents.WHOLE or voice.take is not None or self.active:
            return False
        return 0 < loop.frames <= self.track_frames and loop.exact > 0.0 and loop.loop_beats > 0.0

    def _fade_out(self, voice: Voice, b0: float) -> None:
        out = self.outgoing
        out.index, out.contents, out.in_spare = voice.index, Contents.WHOLE, False
        out.frames, out.exact, out.offset = voice.frames, voice.exact, voice.offset
        out.loop_beats, out.anchor, out.reversed = voice.loop_beats, voice.anchor, voice.reversed
        out.gain, out.env_end, out.next_pos = voice.gain, voice.env_end, voice.next_pos
        out.start, out.stop = -INF, min(voice.stop, b0)
        out.od_start = out.od_stop = INF
        out.reverse_at, out.rescale, out.take, out.misplaced = INF, None, None, False
        self.active = True

    def stretched_away(self) -> None:
        """The track read a time-stretched rendering: the outgoing voice reads the recording instead, at the
        place the beat has it (its position in the rendering means nothing there)."""
        self.outgoing.next_pos = math.nan

    def after_block(self, voices: list[Voice], table: LoopTable, b1: float, fade: float) -> None:
        """Once the outgoing loop is silent, its track's own buffer is the server's."""
        out = self.outgoing
        if not self.active or (out.env_end > 0.0 or out.stop + fade > b1):
            return
        self.active = False
        out.frames = 0
        voice = voices[out.index]
        if voice.contents is Contents.HANDOVER:
            voice.contents = Contents.SPARE
            voice.publish(table)

    @staticmethod
    def give_back(voice: Voice) -> None:
        """The server wrote the spare's loop into the track's own buffer: read it from there again."""
        if voice.contents is Contents.SPARE and voice.in_spare:
            voice.in_spare = False
            voice.contents = Contents.WHOLE

    def reader(self, voices: list[Voice]) -> int:
        """The track (from 1) that reads the spare; 0 when none does."""
        for voice in voices:
            if voice.in_spare:
                return voice.index + 1
        return 0
