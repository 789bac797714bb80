"""Peak meters in the shared memory: input left, right, output left, right, then each track. Each holds the
highest absolute value since it last fell, and falls back by 1/e in :data:`METER_FALL_SECONDS`."""

from __future__ import annotations

import math

import numpy as np
import numpy.typing as npt

F32 = npt.NDArray[np.float32]
F64 = npt.NDArray[np.float64]

METER_FALL_SECONDS = 0.3
FIRST_TRACK = 4


class Meters:
    def __init__(self, levels: F64, samplerate: int, scratch: F32) -> None:
        self.levels = levels
        self._cells = levels.data.cast("B").cast("d")  # the same: one value is read faster here
        self.samplerate = samplerate
        self._scratch = scratch  # (2 x max block,): a block's absolute values, a channel after the other
        self._loudest = np.zeros(2, dtype=np.intp)  # where each channel's largest one is
        self._fall = np.zeros((), dtype=np.float64)
        self._fall_block = -1  # the block size ``_fall`` is for

    def fall(self, n: int) -> None:
        """Let every meter fall for a block of ``n`` frames."""
        if self._fall_block != n:
            self._fall_block = n
            self._fall[()] = math.exp(-n / (METER_FALL_SECONDS * self.samplerate))
        self.levels *= self._fall  # (a 0-d array: a Python number would be a new one each time)

    def measure(self, block_in: F32, block_out: F32) -> None:
        """The block's input and output, (n, 2) each."""
        self._measure(block_in, 0)
        self._measure(block_out, 2)

    def _measure(self, block: F32, slot: int) -> None:
        """Each channel's peak: its absolute values in a row of their own, and where the largest is (a
        reduction like ``max`` would make numpy allocate an iterator, an arg-reduction into ``out`` does not;
        a NaN is found as ``max`` finds it)."""
        n = block.shape[0]
        levels = self._scratch[: 2 * n].reshape(2, n)
        np.abs(block[:, 0], out=levels[0])
        np.abs(block[:, 1], out=levels[1])
        loudest = self._loudest
        levels.argmax(axis=1, out=loudest)
        self._peak(slot, levels.item(0, loudest.item(0)))
        self._peak(slot + 1, levels.item(1, loudest.item(1)))

    def track(self, index: int, value: float) -> None:
        self._peak(FIRST_TRACK + index, value)

    def _peak(self, slot: int, value: float) -> None:
        if value > self._cells[slot]:
            self._cells[slot] = value
