"""What the renderer keeps per track: the loop it plays and when, in beats (:class:`Voice`); what the
track's buffer holds (:class:`Contents`), from which the status the server reads in the loop table follows;
and a take on its way from the input history into the track (:class:`Take`), one :class:`TakePhase` after
another (:mod:`.takes` moves it along).

Plain records with slots: the callback reads and writes their fields every block.
"""

from __future__ import annotations

import enum
import math

from oscserver.audio.looptable import LoopStatus, LoopTable
from oscserver.audio.realtime.commands import RescaleLoop
from oscserver.engine.loop_windows import loop_position
from oscserver.engine.timeline import BEAT_EPSILON

INF = math.inf


class Contents(enum.Enum):
    """What a track's buffer holds. ``frames`` is 0 exactly when it is EMPTY or RECORDING."""

    EMPTY = enum.auto()  # nothing: the server may install a loop here
    RECORDING = enum.auto()  # a take is being copied in as it is recorded; its length is not known yet
    PARTIAL = enum.auto()  # a loop of known length not wholly copied (a take still arriving, or cut short)
    WHOLE = enum.auto()  # every frame of the loop (a take completely copied, or a loop installed)
    CLEARING = enum.auto()  # a cleared loop fading out; EMPTY once it is silent
    HANDOVER = enum.auto()  # a loop put in its place from the spare buffer, the one before fading out
    SPARE = enum.auto()  # that loop, alone, from the spare buffer: the track's buffer is the server's

    @property
    def status(self) -> LoopStatus:
        """What the server may do with the track's buffer."""
        if self is Contents.EMPTY:
            return LoopStatus.FREE
        if self is Contents.WHOLE:
            return LoopStatus.LOOP
        if self is Contents.SPARE:
            return LoopStatus.SPARE
        return LoopStatus.BUSY


class TakePhase(enum.IntEnum):
    WAITING = 0  # for the old loop to fall silent and the first bar line to be rendered
    COPYING = 1  # its first input frame is known; its end is not yet
    INSTALLED = 2  # its length is known and the track plays it; the rest is being copied
    SEALED = 3  # the seam is crossfaded; done once the last frames are copied


class Take:
    """A take on its way from the input history into a track."""

    __slots__ = (
        "copied",
        "end",
        "exact",
        "frames",
        "heard_start",
        "input_start",
        "latency",
        "offset",
        "origin",
        "phase",
        "play_from",
        "start",
        "stop",
    )

    def __init__(self, start: float, end: float, play_from: float) -> None:
        self.phase = TakePhase.WAITING
        self.start = start  # its bar lines, in beats
        self.end = end
        self.play_from = play_from
        self.stop = INF  # a stop asked for before it was installed
        self.heard_start = 0.0  # the (fractional) output frame its first bar line was heard at
        self.input_start = 0  # its first input frame
        self.latency = 0  # the round-trip latency it was taken with, in frames
        self.frames = -1  # unknown until the end bar line is rendered
        self.exact = 0.0
        self.offset = 0.0
        self.origin = 0  # the loop frame copying started from (the playhead, for a take that plays at once)
        self.copied = 0

    @property
    def length_known(self) -> bool:
        return self.phase >= TakePhase.INSTALLED


class Voice:
    """A track as the renderer sees it: its loop and when it sounds, in beats."""

    __slots__ = (
        "anchor",
        "contents",
        "env_end",
        "exact",
        "frames",
        "gain",
        "in_spare",
        "index",
        "inputs",
        "loop_beats",
        "misplaced",
        "next_pos",
        "od_keep",
        "od_start",
        "od_stop",
        "offset",
        "rescale",
        "reverse_at",
        "reverse_next",
        "reversed",
        "start",
        "stop",
        "take",
    )

    def __init__(self, index: int) -> None:
        self.index = index
        self.contents = Contents.EMPTY
        self.frames = 0  # stored frames: 0, nothing to play
        self.exact = 0.0  # its true length in frames
        self.offset = 0.0  # how far its first stored frame lies after its exact start
        self.loop_beats = 1.0
        self.anchor = 0.0  # a beat at which the loop is at its start
        self.start = INF  # full gain from this beat (ramping in just before)
        self.stop = INF  # ramping out from this beat
        self.gain = 1.0
        self.od_start = INF  # overdubbing over beats [od_start, od_stop)
        self.od_stop = INF
        self.inputs = (1, 2)  # the input channels feeding its left and right (0: none)
        self.od_keep = 1.0  # what an overdub pass keeps of the loop under it
        self.reversed = False  # played backwards
        self.reverse_at = INF  # a change of direction due at this beat
        self.reverse_next = False  # to this direction
        self.rescale: RescaleLoop | None = None  # a change of length due at its beat
        self.env_end = 0.0  # the gain its last frame was played at
        self.next_pos = math.nan  # where the loop should be at the next block, if it continues
        self.misplaced = False  # it continues, but not where it must be: it jumps there (fades out and in)
        self.take: Take | None = None  # a take on its way into the track
        self.in_spare = False  # its loop is read from the spare buffer, not its own

    def empty(self) -> None:
        """The loop is gone (dropped, lost, or faded out after a clear)."""
        self.frames = 0
        self.contents = Contents.EMPTY
        self.rescale = None
        self.in_spare = False

    def due(self, b0: float, track_frames: int) -> None:
        """Carry out a change of direction or of length due by beat ``b0`` (the block's first beat)."""
        # A turn is made from silence: a loop that sounded on into this block (its turn arrived after the
        # block before its beat was played, so nothing faded out for it) fades out over this block first
        # (playback sees the turn due) and turns at the next.
        if self.reverse_at <= b0 + BEAT_EPSILON:
            if self.reverse_next == self.reversed:
                self.reverse_at = INF  # (turned and turned back before its beat: nothing to do)
            elif self.next_pos != self.next_pos:
                self.reversed, self.reverse_at = self.reverse_next, INF
        rescale = self.rescale
        if rescale is None or rescale.at > b0 + BEAT_EPSILON:
            return
        self.rescale = None
        if self.frames <= 0 or self.take is not None:
            return  # (the loop it was for is gone)
        shape = self.reshaped(rescale, track_frames)
        if shape is None:
            return
        exact, beats, frames, anchor = shape
        if not rescale.restart and self.next_pos == self.next_pos:
            # Where it plays on from, as the reshaped loop counts it (the same frame: no jump). Played on
            # past its beat at the old shape (it came after that block was played), it is not where the new
            # shape has it: it jumps there (a fade out and in), rather than glide for a second.
            self.next_pos = self.carried(self.next_pos, exact)
            target = loop_position(b0, anchor, beats, exact, self.offset)
            error = (target - self.next_pos + exact / 2.0) % exact - exact / 2.0
            self.misplaced = rescale.at < b0 - BEAT_EPSILON and abs(error) > 1.0
        self.exact, self.loop_beats, self.frames, self.anchor = exact, beats, frames, anchor

    def reshaped(self, rescale: RescaleLoop, track_frames: int) -> tuple[float, float, int, float] | None:
        """The loop's true length, beats, stored frames and anchor once ``rescale`` is carried out; None when
        its stored frames would not fit the track."""
        phase = ((rescale.at - self.anchor) / self.loop_beats) % 1.0 * self.exact  # where it is at ``at``
        exact, beats = self.exact * rescale.length, self.loop_beats * rescale.beats
        frames = rescale.frames or math.ceil(exact - self.offset - 1e-6)
        if not 1 <= frames <= track_frames:
            return None
        anchor = rescale.at if rescale.restart else rescale.at - (phase % exact) / exact * beats
        return exact, beats, frames, anchor

    def carried(self, position: float, exact: float) -> float:
        """A position in the loop as a loop of true length ``exact`` (reshaped from it) counts it."""
        return (position + self.offset) % self.exact % exact - self.offset

    def publish(self, table: LoopTable) -> None:
        """Copy the track's loop as it is now into the shared loop table."""
        status = self.contents.status
        table.write(self.index, status, self.frames, self.exact, self.offset, self.loop_beats, self.anchor)
