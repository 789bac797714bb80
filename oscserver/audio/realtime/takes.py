"""Takes on their way from the input history into a track.

A take goes through its :class:`TakePhase` in order. It WAITS until the track's old loop is silent and the
take's first bar line has been rendered; then its first input frame is known and it is COPYING from the
input history into the track as the input is recorded, the track's old loop gone. Once its last bar line
has been rendered its length is known: it is INSTALLED, and the track plays it while the rest is copied
(from the playhead on, when it plays at once). When its tail is in, the seam where the loop wraps is
crossfaded with the input just before its first frame (SEALED), and once every frame is in, the take is
done and the track holds the whole loop.

A take is lost (reported, the track left empty) when its input is overwritten before it could be copied or
it is longer than a track holds.
"""

from __future__ import annotations

import math

import numpy as np
import numpy.typing as npt

from oscserver.audio.cells import Mailbox
from oscserver.audio.looptable import LoopTable
from oscserver.audio.memory import Stat
from oscserver.audio.realtime.commands import Event
from oscserver.audio.realtime.history import InputHistory
from oscserver.audio.realtime.voices import INF, Contents, Take, TakePhase, Voice
from oscserver.engine.loop_windows import BeatHistory, first_frame_at_or_after, loop_position, take_frames

F32 = npt.NDArray[np.float32]
F64 = npt.NDArray[np.float64]

COPY_FRAMES_PER_BLOCK = 32768  # how much of a take moves from the history into its track per callback


class Takes:
    """Moves every track's take along, a block at a time."""

    def __init__(
        self,
        loops: F32,
        history: InputHistory,
        beats: BeatHistory,
        fade_frames: int,
        seam: F32,
        table: LoopTable,
        events: Mailbox,
        stats: F64,
    ) -> None:
        self.loops = loops  # (tracks, track frames, 2)
        self.track_frames = loops.shape[1]
        self.history = history
        self.beats = beats
        self.fade_frames = fade_frames
        self.table = table
        self.events = events
        self.stats = stats
        self._seam = seam  # (fade frames, 2)
        angles = (np.arange(fade_frames) + 1.0) / (fade_frames + 1.0) * (np.pi / 2.0)
        # On both channels already: a (frames, 1) curve would make numpy allocate to broadcast it.
        self._fade_out = np.repeat(np.cos(angles).astype(np.float32)[:, None], 2, axis=1)
        self._fade_in = np.repeat(np.sin(angles).astype(np.float32)[:, None], 2, axis=1)

    def advance(self, voices: list[Voice], b0: float, b1: float, fade: float, latency: int) -> None:
        """Move each take on, in the block heard over beats [b0, b1) (``fade``: a bar-line ramp in beats)."""
        for voice in voices:
            take = voice.take
            if take is None:
                continue
            if take.phase is TakePhase.WAITING and not self._begin(voice, take, b0, fade, latency):
                continue
            if take.phase is TakePhase.COPYING:
                self._install(voice, take, b0, b1, fade)
            if voice.take is take:
                self._copy(voice, take)

    def cancel(self, voice: Voice) -> None:
        """Drop the track's take. One that began copying but is not playing yet has overwritten the old loop,
        so the track is empty now; one playing keeps playing what was copied (the part it reads first)."""
        take = voice.take
        voice.take = None
        if take is not None and take.phase is TakePhase.COPYING:
            voice.empty()
            self.events.put((Event.TAKE_LOST, float(voice.index)))

    def _begin(self, voice: Voice, take: Take, b0: float, fade: float, latency: int) -> bool:
        """Start copying once the old loop is silent and the take's first bar line has been rendered."""
        released = voice.frames == 0 or (
            voice.env_end == 0.0 and (voice.stop + fade <= b0 or voice.start == INF)
        )
        if not released:
            return False
        heard = self.beats.frame_of(take.start)
        if heard is None:
            if take.start < self.beats.start_beat:
                self._lose(voice)
            return False
        take.latency = latency
        take.heard_start = heard
        take.input_start = first_frame_at_or_after(heard) + take.latency
        if take.input_start < self.history.oldest:
            self._lose(voice)
            return False
        take.phase = TakePhase.COPYING
        voice.frames = 0  # the old loop is being replaced
        voice.in_spare = False  # (it may have been played from the spare: see handover)
        voice.contents = Contents.RECORDING
        voice.next_pos = math.nan
        voice.od_start = voice.od_stop = INF
        voice.publish(self.table)
        return True

    def _install(self, voice: Voice, take: Take, b0: float, b1: float, fade: float) -> None:
        """Once the take's last bar line has been rendered: its length is known, and the track plays it."""
        heard_end = self.beats.frame_of(take.end)
        if heard_end is None:
            return
        frames = take_frames(take.heard_start, heard_end, take.latency)
        if frames.frames > self.track_frames or frames.frames <= 0:
            self._lose(voice)
            return
        take.frames, take.exact, take.offset = frames.frames, frames.exact_frames, frames.offset
        take.phase = TakePhase.INSTALLED
        voice.contents = Contents.PARTIAL
        voice.frames, voice.exact, voice.offset = take.frames, take.exact, take.offset
        voice.loop_beats, voice.anchor = take.end - take.start, take.start
        # A new take's tail (read by a ramp before its first bar line) is not recorded yet: it ramps in
        # just after it instead.
        voice.start = take.play_from + fade if take.play_from + fade > b0 else take.play_from
        voice.stop = take.stop
        if voice.stop <= take.play_from:
            voice.start = INF  # stopped while it was being recorded: kept, silent
        voice.env_end, voice.next_pos = 0.0, math.nan
        if take.copied == 0 and take.play_from < b1:
            # Playing at once, mid-loop: copy from the playhead on, so the frames it needs come first.
            playhead = loop_position(b0, voice.anchor, voice.loop_beats, voice.exact, voice.offset)
            take.origin = min(max(0, math.floor(playhead) - 2), take.frames - 1)

    def _lose(self, voice: Voice) -> None:
        voice.take = None
        voice.empty()
        voice.publish(self.table)
        self.stats[Stat.TAKES_LOST] += 1.0
        self.events.put((Event.TAKE_LOST, float(voice.index)))

    def _copy(self, voice: Voice, take: Take) -> None:
        """Move the next part of the take from the input history into the track (as far as it is recorded)."""
        captured = self.history.captured
        total = take.frames if take.length_known else self.track_frames
        budget = COPY_FRAMES_PER_BLOCK
        loop = self.loops[voice.index]
        while budget > 0 and take.copied < total:
            at = (take.origin + take.copied) % total
            if take.input_start + at < self.history.oldest:
                self._lose(voice)  # overwritten before it could be copied (a history far too short)
                return
            run = min(budget, total - take.copied, total - at, captured - (take.input_start + at))
            if run <= 0:
                break
            self.history.read_routed(loop[at : at + run], take.input_start + at, voice.inputs)
            take.copied += run
            budget -= run
        if take.phase is TakePhase.INSTALLED and self._tail_copied(take):
            self._seal(loop, take, voice.inputs)
        if take.phase is TakePhase.SEALED and take.copied >= take.frames:
            voice.take = None
            voice.contents = Contents.WHOLE
            voice.publish(self.table)
            self.events.put((Event.TAKE_DONE, float(voice.index), float(take.frames)))

    def _tail_copied(self, take: Take) -> bool:
        fade = min(self.fade_frames, take.frames // 2)
        if take.copied >= take.frames:
            return True
        return take.origin <= take.frames - fade and take.copied >= take.frames - take.origin

    def _seal(self, loop: F32, take: Take, inputs: tuple[int, int]) -> None:
        """Crossfade the loop's last frames into the input just before its first frame, so the wrap joins
        up the way the sound did."""
        take.phase = TakePhase.SEALED
        fade = self.fade_frames
        if take.frames < 2 * fade or take.input_start - fade < self.history.oldest:
            return
        seam = self._seam
        self.history.read_routed(seam, take.input_start - fade, inputs)
        tail = loop[take.frames - fade : take.frames]
        tail *= self._fade_out
        seam *= self._fade_in
        tail += seam
