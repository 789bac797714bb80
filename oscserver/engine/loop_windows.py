"""Which beats a take covers, which sample frames those are, and where a loop is at a given beat.

Three clocks meet here. Musical time is the Link beat. The audio stream counts *frames*: output frame ``g`` is
heard at one host time, and the beat heard then is what the renderer computed for it, block by block. Input
frame ``f`` carries the sound that was in the room when output frame ``f - latency`` was heard (``latency``
is the round-trip latency in frames), so a take of beats [b0, b1) is the input frames whose *heard frame*
lies in that span.

The rules, in the order a take meets them:

* **Retroactive span** (:func:`retro_span`): a ``record`` request ends the take at the bar line it is nearest
  to, counting a press up to a quarter of a bar early (at or after 75 % of a bar the take ends at the *coming*
  bar line) and up to three quarters of a bar late (before 75 % it ends at the bar line just passed). This is
  backlooper's rule: musicians hit "record" a little before or a little after the downbeat that closes the
  phrase, and mean that downbeat either way.
* **Armed span** (:func:`armed_span`): starts at the next bar line strictly after the request.
* **Frames of a beat** (:class:`BeatHistory`): a beat falls at the first frame at or after it, found from
  the beats the renderer actually gave each block, so a take lines up exactly with what was heard (click
  included).
* **Loop position** (:func:`loop_position`): playback reads the loop at the phase the beat is at, so a loop is
  locked to the beat grid whatever the tempo does.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from oscserver.engine.timeline import BEAT_EPSILON, last_boundary, next_boundary

# A press at or after this fraction of a bar counts as early for the coming bar line.
RETRO_LATE_FRACTION = 0.75

# A frame position computed as 23999.9999999 is frame 24000: far below a sample, far above float noise.
FRAME_EPSILON = 1e-6


@dataclass(frozen=True)
class BeatSpan:
    """Beats [start, end) of a take."""

    start: float
    end: float

    @property
    def beats(self) -> float:
        return self.end - self.start


def retro_end(request_beat: float, quantum: float) -> float:
    """The bar line a retroactive take ends at (see the module docstring for the rule)."""
    last = last_boundary(request_beat, quantum)
    if request_beat - last >= RETRO_LATE_FRACTION * quantum - BEAT_EPSILON:
        return last + quantum
    return last


def retro_span(request_beat: float, bars: int, quantum: float) -> BeatSpan:
    """The ``bars`` bars a ``record`` request at ``request_beat`` keeps."""
    end = retro_end(request_beat, quantum)
    return BeatSpan(end - bars * quantum, end)


def armed_span(request_beat: float, bars: int, quantum: float) -> BeatSpan:
    """The ``bars`` bars an ``arm`` request at ``request_beat`` records: from the next bar line on."""
    start = next_boundary(request_beat, quantum)
    return BeatSpan(start, start + bars * quantum)


def bars_within(end: float, earliest: float, quantum: float) -> int:
    """How many whole bars end at beat ``end`` and start at or after beat ``earliest`` (0 when none do, or
    when ``earliest`` is +inf: nothing is held)."""
    if not math.isfinite(earliest) or earliest >= end:
        return 0
    return max(math.floor((end - earliest) / quantum + BEAT_EPSILON), 0)


def first_frame_at_or_after(position: float) -> int:
    """The first whole frame at or after a fractional frame position."""
    return math.ceil(position - FRAME_EPSILON)


@dataclass(frozen=True)
class TakeFrames:
    """A take located in the input: frames [start, stop) of the input history.

    ``exact_frames`` is the take's length as a fractional number of frames (bar lines rarely fall on whole
    frames) and ``offset`` how far the first stored frame lies after the take's exact start (0 <= offset < 1);
    playback uses both so that a loop whose bar lines fall between frames is read at the right sub-sample
    phase.
    """

    start: int
    stop: int
    exact_frames: float
    offset: float

    @property
    def frames(self) -> int:
        return self.stop - self.start


def take_frames(heard_start: float, heard_end: float, latency_frames: int) -> TakeFrames:
    """The input frames of a take whose span was heard from frame ``heard_start`` to ``heard_end``."""
    first = first_frame_at_or_after(heard_start)
    last = first_frame_at_or_after(heard_end)
    return TakeFrames(
        start=first + latency_frames,
        stop=last + latency_frames,
        exact_frames=heard_end - heard_start,
        offset=first - heard_start,
    )


def loop_position(beat: float, anchor: float, loop_beats: float, exact_frames: float, offset: float) -> float:
    """Where in the stored loop (a fractional frame index, not yet wrapped) the loop is at ``beat``.

    ``anchor`` is a beat at which the loop is at its start (the take's first beat).
    """
    phase = ((beat - anchor) / loop_beats) % 1.0
    return snap_frame(phase * exact_frames - offset)


def snap_frame(position: float) -> float:
    """A position within :data:`FRAME_EPSILON` of a whole frame is that frame.

    Without this, a position computed as -1e-11 wraps to the far end of the loop: one whole frame off.
    """
    nearest = round(position)
    return float(nearest) if abs(position - nearest) < FRAME_EPSILON else position


class BeatHistory:
    """Which beat each rendered block started and ended at, newest last, bounded.

    Each entry is one block: its first output frame, its frame count and the beats at its start and end (the
    renderer maps beats linearly within a block). Looking a beat up gives the fractional output frame at which
    it was (or, within the newest block, will be) heard. Beats are assumed not to run backwards; a forward
    jump in the timeline leaves a gap, and a beat inside a gap is placed at the first frame after it.
    """

    def __init__(self, capacity: int) -> None:
        if capacity < 2:
            raise ValueError("a beat history needs room for at least two blocks")
        self.capacity = capacity
        self._frame: npt.NDArray[np.int64] = np.zeros(capacity, dtype=np.int64)
        self._frames: npt.NDArray[np.int64] = np.zeros(capacity, dtype=np.int64)
        self._start: npt.NDArray[np.float64] = np.zeros(capacity, dtype=np.float64)
        self._end: npt.NDArray[np.float64] = np.zeros(capacity, dtype=np.float64)
        self._count = 0  # blocks ever appended
        # For beats_of_frames, which the audio callback calls: 0, 1, 2, ... as long as the longest block
        # (grown by append, on the first block of a new size) and the step and start as 0-d arrays (a
        # Python number given to numpy becomes a new array each time).
        self._ramp: npt.NDArray[np.float64] = np.zeros(0, dtype=np.float64)
        self._step: npt.NDArray[np.float64] = np.zeros((), dtype=np.float64)
        self._start_beat: npt.NDArray[np.float64] = np.zeros((), dtype=np.float64)

    def __len__(self) -> int:
        return min(self._count, self.capacity)

    def append(self, frame: int, frames: int, beat_start: float, beat_end: float) -> None:
        if frames > self._ramp.shape[0]:
            self._ramp = np.arange(frames, dtype=np.float64)
        slot = self._count % self.capacity
        self._frame[slot] = frame
        self._frames[slot] = frames
        self._start[slot] = beat_start
        self._end[slot] = beat_end
        self._count += 1

    def _slot(self, index: int) -> int:
        """Slot of the ``index``-th retained block, oldest first."""
        return (self._count - len(self) + index) % self.capacity

    @property
    def end_beat(self) -> float:
        """The beat at the end of the newest block (-inf before any)."""
        if self._count == 0:
            return -math.inf
        return float(self._end[(self._count - 1) % self.capacity])

    @property
    def start_beat(self) -> float:
        """The beat at the start of the oldest retained block (+inf before any)."""
        if self._count == 0:
            return math.inf
        return float(self._start[self._slot(0)])

    @property
    def start_frame(self) -> int:
        """The first output frame of the oldest retained block (0 before any)."""
        return int(self._frame[self._slot(0)]) if self._count else 0

    def beat_of_frame(self, frame: int) -> float | None:
        """The beat heard at output frame ``frame``; None if it is not rendered yet or forgotten."""
        if self._count == 0 or frame < self.start_frame:
            return None
        slot = self._slot(self._block_at_frame(frame))
        into, frames = frame - int(self._frame[slot]), int(self._frames[slot])
        if into >= frames:
            return None
        start, end = float(self._start[slot]), float(self._end[slot])
        return start + (end - start) * into / frames

    def _block_at_frame(self, frame: int) -> int:
        """The index of the newest retained block starting at or before ``frame`` (binary search)."""
        low, high = 0, len(self) - 1
        while low < high:
            middle = (low + high + 1) // 2
            if int(self._frame[self._slot(middle)]) <= frame:
                low = middle
            else:
                high = middle - 1
        return low

    def frame_of(self, beat: float) -> float | None:
        """The fractional output frame at which ``beat`` was heard; None if not yet rendered or forgotten."""
        count = len(self)
        if count == 0 or beat > self.end_beat + BEAT_EPSILON or beat < self.start_beat - BEAT_EPSILON:
            return None
        # The newest block whose start is at or before the beat (binary search over the retained blocks).
        low, high = 0, count - 1
        while low < high:
            middle = (low + high + 1) // 2
            if self._start[self._slot(middle)] <= beat + BEAT_EPSILON:
                low = middle
            else:
                high = middle - 1
        slot = self._slot(low)
        start, end = float(self._start[slot]), float(self._end[slot])
        frame, frames = int(self._frame[slot]), int(self._frames[slot])
        if beat >= end and low + 1 < count:
            # In the gap after a forward jump: the first frame of the next block.
            return float(self._frame[self._slot(low + 1)])
        if end <= start:
            return float(frame)
        return frame + frames * (beat - start) / (end - start)

    def beats_of_frames(self, first: int, out: npt.NDArray[np.float64]) -> bool:
        """Fill ``out`` with the beat heard at each frame from ``first`` on; False if some were not rendered
        yet or are forgotten."""
        count = len(self)
        wanted = out.shape[0]
        if count == 0 or wanted == 0:
            return bool(wanted == 0)
        if first < int(self._frame[self._slot(0)]):
            return False
        filled = 0
        index = self._block_at_frame(first)
        while filled < wanted:
            if index >= count:
                return False
            slot = self._slot(index)
            frame, frames = int(self._frame[slot]), int(self._frames[slot])
            start, end = float(self._start[slot]), float(self._end[slot])
            into = first + filled - frame
            if into >= frames:
                index += 1
                continue
            run = min(frames - into, wanted - filled)
            self._step[()] = (end - start) / frames
            self._start_beat[()] = start
            np.multiply(self._ramp[into : into + run], self._step, out=out[filled : filled + run])
            out[filled : filled + run] += self._start_beat
            filled += run
            index += 1
        return True
