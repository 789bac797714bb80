"""The numpy operations the callback needs, done in preallocated arrays where numpy itself would allocate.

numpy allocates a temporary buffer (as large as the operands) for a ufunc that broadcasts or mixes float32
with float64, a new 0-d array for every Python number given to a ufunc, an iterator for every reduction
(``max``, ``sum``), and buffers for ``np.add.at``. Each function here gets the same numbers as the
allocating form it replaces, bit for bit: the same operations in the same order, only into arrays made once
(see :mod:`.scratch`).
"""

from __future__ import annotations

import numpy as np
import numpy.typing as npt

F32 = npt.NDArray[np.float32]
F64 = npt.NDArray[np.float64]
I64 = npt.NDArray[np.int64]
B8 = npt.NDArray[np.bool_]
Float = npt.NDArray[np.floating]

MICRO = np.full((), 1e6)  # np.round(x, 6) is rint(x * 1e6) / 1e6


def spread(out: npt.NDArray[np.generic], per_row: npt.NDArray[np.generic]) -> None:
    """Each row of ``out`` (rows, frames) filled with its row's value: the broadcast ``per_row[:, None]``,
    made without a buffer (``np.copyto`` broadcasts without one, a ufunc does not)."""
    np.copyto(out, per_row[:, None])


def scale(samples: F32, factor: F64, widened: F64, factor_wide: F64) -> None:
    """``samples *= factor[:, None]`` (frames, 2) as numpy's mixed product rounds it: the float32 samples
    times the float64 factor in float64, rounded once to float32. ``widened`` and ``factor_wide`` are
    float64 (frames, 2) scratch."""
    np.copyto(widened, samples)
    # The factor into each channel's column on its own: copying ``factor[:, None]`` over both columns at
    # once moves two values per inner loop, several times slower.
    np.copyto(factor_wide[:, 0], factor)
    np.copyto(factor_wide[:, 1], factor)
    np.multiply(widened, factor_wide, out=widened)
    np.copyto(samples, widened, casting="same_kind")


def round_to_micro(values: F64) -> None:
    """``np.round(values, 6, out=values)``, done the way numpy does it."""
    np.multiply(values, MICRO, out=values)
    np.rint(values, out=values)
    np.divide(values, MICRO, out=values)


def clamp(values: F64, low: F64, high: F64) -> None:
    """``np.clip(values, low, high, out=values)`` with 0-d bounds."""
    np.maximum(values, low, out=values)
    np.minimum(values, high, out=values)


class ScatterScratch:
    """What :func:`scatter_add` works in, for up to ``frames`` values."""

    def __init__(self, frames: int) -> None:
        self.sums: F32 = np.zeros((frames, 2), dtype=np.float32)  # each target frame's running sum
        self.following: F32 = np.zeros((frames, 2), dtype=np.float32)
        self.repeat: B8 = np.zeros((frames, 1), dtype=np.bool_)  # lands on the same frame as the one before
        self.deeper: B8 = np.zeros((frames, 1), dtype=np.bool_)
        self.flat_index: I64 = np.zeros((frames, 2), dtype=np.int64)  # both channels' places in the target
        self.one_int: I64 = np.ones((), dtype=np.int64)
        self.two_int: I64 = np.full((), 2, dtype=np.int64)


def scatter_add(target: F32, index: I64, values: F32, work: ScatterScratch) -> None:
    """``np.add.at(target, index, values)`` for a C-contiguous (frames, 2) target: frame ``index[k]`` gets
    ``values[k]`` added, in the order of ``k``, so that a frame hit twice gets both, one after the other.

    An index may repeat only next to itself (as the frames an input block lands on do, unless the loop is
    shorter than the block). Each frame's running sum is built in ``sums``, a run of repeats one step
    deeper per pass, and put back once: the last of a run, put last, holds its whole sum.
    """
    n = index.shape[0]
    sums, following = work.sums[:n], work.following[:n]
    target.take(index, axis=0, out=sums, mode="clip")
    sums += values
    if n > 1:
        mask, spare = work.repeat[1:n], work.deeper[1:n]  # frame k + 1 repeats frame k (and is this deep)
        np.equal(index[1:], index[:-1], out=mask[:, 0])
        while np.count_nonzero(mask):
            np.add(sums[: n - 1], values[1:], out=following[: n - 1])
            np.copyto(sums[1:], following[: n - 1], where=mask)
            # A frame is one step deeper in its run if the frame before it was too.
            spare[0] = False
            np.logical_and(mask[1:], mask[:-1], out=spare[1:])
            mask, spare = spare, mask
    # Put back through the flat target (``target[index] = sums`` would allocate an index iterator).
    flat = work.flat_index[:n]
    np.multiply(index, work.two_int, out=flat[:, 0])
    np.add(flat[:, 0], work.one_int, out=flat[:, 1])
    target.reshape(-1).put(flat, sums, mode="clip")
