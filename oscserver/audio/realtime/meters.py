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
        self.samplerate = samplerate
        self._scratch = scratch  # (max block, 2)
        self._fall = 0.0
        self._fall_block = -1  # the block size ``_fall`` is for

    def fall(self, n: int) -> None:
        """Let every meter fall for a block of ``n`` frames."""
        if self._fall_block != n:
            self._fall_block = n
            self._fall = math.exp(-n / (METER_FALL_SECONDS * self.samplerate))
        self.levels *= self._fall

    def measure(self, block_in: F32, block_out: F32) -> None:
        """The block's input and output, (n, 2) each."""
        n = block_in.shape[0]
        levels = self._scratch[:n]
        np.abs(block_in, out=levels)
        peaks = levels.max(axis=0)
        self._peak(0, float(peaks[0]))
        self._peak(1, float(peaks[1]))
        np.abs(block_out, out=levels)
        peaks = levels.max(axis=0)
        self._peak(2, float(peaks[0]))
        self._peak(3, float(peaks[1]))

    def track(self, index: int, value: float) -> None:
        self._peak(FIRST_TRACK + index, value)

    def _peak(self, slot: int, value: float) -> None:
        if value > self.levels[slot]:
            self.levels[slot] = value
