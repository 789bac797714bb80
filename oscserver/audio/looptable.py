"""Each track's loop as the renderer holds it, published in the shared memory so the server can read it.

The renderer keeps a loop's exact length, phase offset, length in beats and anchor beat in its own
:class:`~oscserver.audio.realtime.voices.Voice`, inside the audio process. What the server needs of them (to
save a loop in a session, or to rebuild every loop in a new audio process after the device went away) is
copied into one small record per track, written by the renderer alone whenever a track's loop changes: a take
begins, is installed, is completely copied or lost, a clear completes, the server installs a loop.

A record is a seqlock, like the timeline cell: the sequence number is odd while the renderer writes it and
the record carries a check value, so a reader never trusts a record torn by a write under way (or by a
renderer that died half way through one). Each write advances the sequence, so a reader that copies a
loop's frames between two reads of the same sequence knows the frames were not replaced meanwhile.
"""

from __future__ import annotations

import enum
import math
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from oscserver.audio.cells import check_value
from oscserver.engine.loop_windows import FRAME_EPSILON

F64 = npt.NDArray[np.float64]

LOOP_RECORD_SIZE = 8  # seq, status, frames, exact, offset, loop beats, anchor, check
READ_ATTEMPTS = 100


class LoopStatus(enum.IntEnum):
    FREE = 0  # the renderer neither reads nor writes the track's buffer: a loop may be installed there
    LOOP = 1  # a whole loop: the record's shape holds, the buffer's first ``frames`` frames are the loop
    BUSY = 2  # in use: a take being written, a loop fading out after a clear, a loop only partly copied
    SPARE = 3  # its loop plays from the spare buffer: its own buffer is the server's to write, then give back


@dataclass(frozen=True)
class LoopShape:
    """What the renderer needs, besides its frames, to play a loop on the beat."""

    frames: int  # stored frames
    exact: float  # its true length in frames (bar lines rarely fall on whole frames)
    offset: float  # how far its first stored frame lies after its exact start (0 <= offset < 1)
    loop_beats: float  # its length in beats
    anchor: float  # a beat at which the loop is at its start (the take's first bar line)

    def problem(self, capacity: int) -> str | None:
        """Why a renderer holding ``capacity`` frames per track could not play this loop (None: it can)."""
        values = (self.exact, self.offset, self.loop_beats, self.anchor)
        if not all(math.isfinite(v) for v in values):
            return "its exact length, offset, loop beats and anchor must be finite numbers"
        if not 1 <= self.frames <= capacity:
            return f"its length must be between 1 and {capacity} frames got {self.frames}"
        # A take's stored frames are its heard frames rounded at both ends: within a frame of its length.
        if not abs(self.exact - self.frames) <= 1.0 or self.exact <= 0.0:
            return f"its exact length {self.exact} frames does not fit its {self.frames} stored frames"
        # (A take's first frame is the first at or after its start, less a micro-frame of float noise.)
        if not -FRAME_EPSILON <= self.offset < 1.0:
            return f"its offset must be at least 0 and below 1 frame, got {self.offset}"
        if not self.loop_beats > 0.0:
            return f"its length in beats must be above 0, got {self.loop_beats}"
        return None


@dataclass(frozen=True)
class LoopRecord:
    status: LoopStatus
    shape: LoopShape | None  # set for LOOP
    sequence: int  # advances with every write


@dataclass(frozen=True)
class StoredLoop:
    """A loop out of the renderer's memory (or on its way in): its shape and its frames."""

    shape: LoopShape
    frames: npt.NDArray[np.float32]  # (shape.frames, 2)


class LoopTable:
    """One record per track over a shared (tracks, :data:`LOOP_RECORD_SIZE`) float64 array."""

    def __init__(self, records: F64) -> None:
        if records.ndim != 2 or records.shape[1] != LOOP_RECORD_SIZE:
            raise ValueError(f"a loop table is a (tracks, {LOOP_RECORD_SIZE}) float64 array")
        self._records = records
        self.tracks = records.shape[0]

    # -- the renderer's side (the only writer) -----------------------------------------------------------

    def write(
        self, track: int, status: int, frames: int, exact: float, offset: float, beats: float, anchor: float
    ) -> None:
        record = self._records[track]
        sequence = float(record[0])
        record[0] = sequence + 1.0  # odd: a write is under way
        record[1] = float(status)
        record[2] = float(frames)
        record[3] = exact
        record[4] = offset
        record[5] = beats
        record[6] = anchor
        record[7] = check_value((float(status), float(frames), exact, offset, beats, anchor))
        record[0] = sequence + 2.0

    # -- the server's side -----------------------------------------------------------------------------

    def read(self, track: int) -> LoopRecord | None:
        """The track's record, or None when it is torn (a write under way, or a writer that died in one)."""
        record = self._records[track]
        sequence = float(record[0])
        if sequence % 2.0 == 1.0:
            return None
        status, frames, exact, offset, beats, anchor, check = record[1:8].tolist()
        whole = check_value((status, frames, exact, offset, beats, anchor)) == check
        if float(record[0]) != sequence or not whole:
            return None
        try:
            kind = LoopStatus(int(status))
        except ValueError:
            return None
        shape = LoopShape(int(frames), exact, offset, beats, anchor) if kind is LoopStatus.LOOP else None
        return LoopRecord(kind, shape, int(sequence))

    def settled(self, track: int) -> LoopRecord | None:
        """The track's record, reading again while a write is under way; None if it never settles (the
        renderer died in the middle of a write)."""
        for _ in range(READ_ATTEMPTS):
            record = self.read(track)
            if record is not None:
                return record
        return None
