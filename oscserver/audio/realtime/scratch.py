"""Every array the callback works in, made once when the renderer is built: the callback itself allocates
no memory for samples. Each user takes the leading ``[:n]`` (frames) or ``[:rows * n]`` (rows of frames)
part it needs for a block.

A *row* is a track that sounds in the block: playback computes all rows at once, one row per track.

Why the extra arrays (``wide``, ``spread``, the ``*_f64`` copies, the 0-d ``Scalars``): numpy allocates a
buffer as large as its operands for any ufunc that broadcasts (a per-row value against a row of frames) or
mixes float32 and float64, and a new 0-d array for any Python number given to a ufunc. So a
per-row value is first spread over its row with ``np.copyto`` (which broadcasts without a buffer), a float32
block is widened into a float64 copy, multiplied, and narrowed back (the same roundings the mixed ufunc
made), and every number goes in through a preallocated 0-d array (:class:`Scalars`).
"""

from __future__ import annotations

from typing import Generic, TypeVar

import numpy as np
import numpy.typing as npt

from oscserver.audio.realtime.inplace import ScatterScratch
from oscserver.audio.realtime.voices import Voice

F32 = npt.NDArray[np.float32]
F64 = npt.NDArray[np.float64]
I64 = npt.NDArray[np.int64]
B8 = npt.NDArray[np.bool_]
S = TypeVar("S", bound=np.generic)


class Scalars(Generic[S]):
    """Preallocated 0-d arrays, for numbers given to ufuncs: ``np.add(a, s.f64.set(0, x), out=a)``."""

    def __init__(self, count: int, dtype: type[S]) -> None:
        self._values: npt.NDArray[S] = np.zeros(count, dtype=dtype)
        self._cells: list[npt.NDArray[S]] = [self._values[index, ...] for index in range(count)]  # 0-d views

    def set(self, slot: int, value: float) -> npt.NDArray[S]:
        """Slot ``slot`` holding ``value`` (converted to the slots' dtype), as a 0-d array."""
        cell = self._cells[slot]
        cell[()] = value
        return cell


class Scratch:
    def __init__(self, tracks: int, block: int, fade_frames: int) -> None:
        many = tracks * block

        # -- numbers for ufuncs (0-d arrays): a few slots each, so that one call can take several
        self.f64: Scalars[np.float64] = Scalars(2, np.float64)
        self.f32: Scalars[np.float32] = Scalars(1, np.float32)
        self.i64: Scalars[np.int64] = Scalars(1, np.int64)
        self.one: F64 = np.ones((), dtype=np.float64)
        self.zero: F64 = np.zeros((), dtype=np.float64)
        self.one_int: I64 = np.ones((), dtype=np.int64)

        # -- per frame of a block
        self.ramp: F64 = np.arange(block, dtype=np.float64)  # 0, 1, 2, ...: never written
        self.beat: F64 = np.zeros(block, dtype=np.float64)  # the beat each frame is heard at
        self.guard: F64 = np.zeros(block, dtype=np.float64)  # the ramp a gain jump is spread over
        self.input: F32 = np.zeros((block, 2), dtype=np.float32)  # the block's input, as stereo
        self.mix: F32 = np.zeros((block, 2), dtype=np.float32)  # what the block plays
        self.levels: F32 = np.zeros(2 * block, dtype=np.float32)  # absolute values, for the meters
        self.click: F32 = np.zeros(block, dtype=np.float32)  # the click's part of the block

        # -- playback, per row and frame (rows x frames, flattened)
        self.position: F64 = np.zeros(many, dtype=np.float64)  # where each frame reads its loop
        self.floor: F64 = np.zeros(many, dtype=np.float64)
        self.fraction: F64 = np.zeros(many, dtype=np.float64)
        self.envelope: F64 = np.zeros(many, dtype=np.float64)  # each frame's gain
        self.work: F64 = np.zeros(many, dtype=np.float64)
        self.spread: F64 = np.zeros(many, dtype=np.float64)  # a per-row value copied over its row's frames
        self.wide: F64 = np.zeros(many, dtype=np.float64)  # a per-frame value copied over every row
        self.spread_int: I64 = np.zeros(many, dtype=np.int64)
        self.index0: I64 = np.zeros(many, dtype=np.int64)  # the stored frames either side of a position
        self.index1: I64 = np.zeros(many, dtype=np.int64)
        self.sample0: F32 = np.zeros((many, 2), dtype=np.float32)  # their values
        self.sample1: F32 = np.zeros((many, 2), dtype=np.float32)
        self.sample_f64: F64 = np.zeros((many, 2), dtype=np.float64)  # float32 samples widened, for products
        self.factor_f64: F64 = np.zeros((many, 2), dtype=np.float64)  # a per-frame factor, on both channels
        self.peaks: F32 = np.zeros(2 * many, dtype=np.float32)  # |samples|, a row's after another

        # -- playback, per row
        self.rows: list[Voice] = []  # the tracks that sound in this block, in row order
        self.row_jumping = [False] * tracks  # a row leaving its place: fade out, come back in next block
        self.row_position: F64 = np.zeros(tracks, dtype=np.float64)  # at its first frame
        self.row_rate: F64 = np.zeros(tracks, dtype=np.float64)  # loop frames per output frame
        self.row_last: F64 = np.zeros(tracks, dtype=np.float64)  # its last stored frame (stored frames - 1)
        self.row_exact: F64 = np.zeros(tracks, dtype=np.float64)
        self.row_offset: F64 = np.zeros(tracks, dtype=np.float64)
        self.row_base: I64 = np.zeros(tracks, dtype=np.int64)  # its buffer's first frame among all tracks'
        self.row_start: F64 = np.zeros(tracks, dtype=np.float64)  # beats
        self.row_stop: F64 = np.zeros(tracks, dtype=np.float64)
        self.row_gain: F64 = np.zeros(tracks, dtype=np.float64)
        self.row_jump: F64 = np.zeros(tracks, dtype=np.float64)  # last block's end gain, then the step to now
        self.row_forward: B8 = np.ones(tracks, dtype=np.bool_)  # not played backwards
        # Which rows reach no bound of their loop in the block, wrapped nowhere (and the checking of it)
        self.row_regular: B8 = np.zeros(tracks, dtype=np.bool_)
        self.row_inside: B8 = np.zeros(tracks, dtype=np.bool_)
        self.row_below: B8 = np.zeros(tracks, dtype=np.bool_)
        self.row_lowest: F64 = np.zeros(tracks, dtype=np.float64)
        self.row_highest: F64 = np.zeros(tracks, dtype=np.float64)
        self.irregular: list[int] = []  # the rows that do, wrapped one by one
        self.loudest: I64 = np.zeros(tracks, dtype=np.int64)  # where its largest |sample| is (an intp)

        # -- overdub, per frame of a block
        self.overdub_beat: F64 = np.zeros(block, dtype=np.float64)  # the beat each input frame was heard at
        self.overdub_position: F64 = np.zeros(block, dtype=np.float64)
        self.overdub_weight: F64 = np.zeros(block, dtype=np.float64)
        self.overdub_work: F64 = np.zeros(block, dtype=np.float64)
        self.overdub_keep: F64 = np.zeros(block, dtype=np.float64)  # of the loop under each frame
        self.overdub_index: I64 = np.zeros(block, dtype=np.int64)
        self.overdub_values: F32 = np.zeros((block, 2), dtype=np.float32)
        self.overdub_scatter = ScatterScratch(block)  # for adding the block into the loop

        # -- a take's seam: the input just before its first frame
        self.seam: F32 = np.zeros((fade_frames, 2), dtype=np.float32)


class RowCells:
    """The per-row arrays Python writes and reads one value at a time (a dozen times a row, every block), as
    memoryviews of the same memory: indexing one is about twice as fast as indexing the numpy array."""

    __slots__ = (
        "base",
        "exact",
        "forward",
        "gain",
        "jump",
        "last",
        "loudest",
        "offset",
        "position",
        "rate",
        "start",
        "stop",
    )

    def __init__(self, scratch: Scratch) -> None:
        self.position = scratch.row_position.data.cast("B").cast("d")
        self.rate = scratch.row_rate.data.cast("B").cast("d")
        self.last = scratch.row_last.data.cast("B").cast("d")
        self.exact = scratch.row_exact.data.cast("B").cast("d")
        self.offset = scratch.row_offset.data.cast("B").cast("d")
        self.base = scratch.row_base.data.cast("B").cast("q")
        self.start = scratch.row_start.data.cast("B").cast("d")
        self.stop = scratch.row_stop.data.cast("B").cast("d")
        self.gain = scratch.row_gain.data.cast("B").cast("d")
        self.jump = scratch.row_jump.data.cast("B").cast("d")
        self.forward = scratch.row_forward.data.cast("B").cast("?")
        self.loudest = scratch.loudest.data.cast("B").cast("q")
