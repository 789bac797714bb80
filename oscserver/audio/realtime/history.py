"""The input history: a ring of the last input frames (stereo), in the memory shared with the server, which
reads it too. Input frame ``f`` lives in slot ``f mod size``."""

from __future__ import annotations

import numpy as np
import numpy.typing as npt

F32 = npt.NDArray[np.float32]


class InputHistory:
    def __init__(self, ring: F32, block: F32) -> None:
        self.ring = ring
        self.size = int(ring.shape[0])
        self._block = block  # (max block, 2): the block being captured, as stereo
        self.captured = 0  # input frames captured so far (= output frames rendered)

    def capture(self, indata: F32, n: int) -> None:
        """Append a block of ``n`` frames of (frames, 0..n channels) input (kept as :meth:`latest`)."""
        block = self._block[:n]
        channels = indata.shape[1] if indata.ndim == 2 else 0
        if channels == 0:
            block.fill(0.0)
        elif channels == 1:
            block[:, 0] = indata[:, 0]
            block[:, 1] = indata[:, 0]
        else:
            block[:] = indata[:, :2]
        start = self.captured % self.size
        head = min(n, self.size - start)
        self.ring[start : start + head] = block[:head]
        if head < n:
            self.ring[: n - head] = block[head:]
        self.captured += n

    def read(self, target: F32, first: int) -> None:
        """Copy input frames [first, first + len(target)) into ``target``."""
        count = target.shape[0]
        start = first % self.size
        head = min(count, self.size - start)
        target[:head] = self.ring[start : start + head]
        if head < count:
            target[head:] = self.ring[: count - head]

    def read_routed(self, target: F32, first: int, channels: tuple[int, int]) -> None:
        """:meth:`read`, each of ``target``'s channels taken from input channel ``channels[c]`` (from 1; 0
        for silence)."""
        if channels == (1, 2):
            self.read(target, first)
            return
        count = target.shape[0]
        start = first % self.size
        head = min(count, self.size - start)
        for out, source in enumerate(channels):
            if source == 0:
                target[:, out] = 0.0
                continue
            target[:head, out] = self.ring[start : start + head, source - 1]
            if head < count:
                target[head:, out] = self.ring[: count - head, source - 1]

    @property
    def oldest(self) -> int:
        """The oldest input frame still in the ring."""
        return max(0, self.captured - self.size)

    def latest(self, n: int) -> F32:
        """The last block captured, of ``n`` frames, as stereo."""
        return self._block[:n]
