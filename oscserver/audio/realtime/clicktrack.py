"""The click: a sound on every beat, accented on the first beat of each bar, placed on its exact frame."""

from __future__ import annotations

import math

import numpy as np
import numpy.typing as npt

from oscserver.audio.sounds import click
from oscserver.engine.loop_windows import first_frame_at_or_after
from oscserver.engine.timeline import BEAT_EPSILON

F32 = npt.NDArray[np.float32]


class ClickTrack:
    """Adds the click to a block; a click that runs past the end of a block goes on in the next one."""

    def __init__(self, samplerate: int, scratch: F32) -> None:
        self.enabled = False
        self.volume = 0.5
        self._accent = click(samplerate, accent=True)
        self._beat = click(samplerate, accent=False)
        self._wave: F32 | None = None  # the click sounding now
        self._position = 0
        self._block = scratch  # (max block,): the click's part of a block

    def add(self, mix: F32, b0: float, b1: float, per_frame: float, quantum: float) -> None:
        """Add the click for the block heard over beats [b0, b1) to ``mix`` (frames, 2)."""
        if self._wave is None and not self.enabled:
            return
        n = mix.shape[0]
        out = self._block[:n]
        out.fill(0.0)
        cursor = 0
        if self.enabled and per_frame > 0:
            beat = math.ceil(b0 - BEAT_EPSILON)
            while beat < b1:
                offset = max(0, first_frame_at_or_after((beat - b0) / per_frame))
                if offset >= n:
                    break
                self._play(out, cursor, offset)
                bar = beat / quantum
                self._wave = self._accent if abs(bar - round(bar)) < 1e-9 else self._beat
                self._position = 0
                cursor = offset
                beat += 1
        self._play(out, cursor, n)
        out *= self.volume
        mix[:, 0] += out
        mix[:, 1] += out

    def _play(self, out: F32, start: int, stop: int) -> None:
        wave = self._wave
        if wave is None or stop <= start:
            return
        count = min(stop - start, wave.shape[0] - self._position)
        out[start : start + count] += wave[self._position : self._position + count]
        self._position += count
        if self._position >= wave.shape[0]:
            self._wave = None
