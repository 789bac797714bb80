"""Overdub: each block's input added into every loop overdubbing, at the loop position it was heard against.

The input heard over a block was played ``latency`` frames earlier, so its frames are placed by the beats
those earlier output frames were heard at (the beat history), not by this block's beats. Each input frame
lands between two loop frames and is split between them; starts and stops ramp like playback's.
"""

from __future__ import annotations

import numpy as np
import numpy.typing as npt

from oscserver.audio.realtime.scratch import Scratch
from oscserver.audio.realtime.voices import Voice
from oscserver.engine.loop_windows import BeatHistory

F32 = npt.NDArray[np.float32]


class Overdub:
    def __init__(self, loops: F32, beats: BeatHistory, scratch: Scratch) -> None:
        self.loops = loops  # (tracks, track frames, 2)
        self.beats = beats
        self.scratch = scratch

    def add(self, voices: list[Voice], block: F32, first: int, fade: float, latency: int) -> None:
        """Add ``block`` (the input frames from ``first`` on) to every loop overdubbing."""
        for voice in voices:
            if voice.frames <= 0 or voice.od_start >= voice.od_stop or voice.take is not None:
                continue
            low, high = max(voice.od_start, voice.start), min(voice.od_stop, voice.stop)
            if low >= high:
                continue
            self._add(voice, block, first, fade, latency, low, high)

    def _add(
        self, voice: Voice, block: F32, first: int, fade: float, latency: int, low: float, high: float
    ) -> None:
        s = self.scratch
        n = block.shape[0]
        beat = s.overdub_beat[:n]
        if not self.beats.beats_of_frames(first - latency, beat):
            return
        if beat[n - 1] < low or beat[0] >= high:
            return
        weight, tmp = s.overdub_weight[:n], s.overdub_work[:n]
        np.subtract(beat, low, out=weight)
        weight /= fade
        np.clip(weight, 0.0, 1.0, out=weight)
        np.subtract(high, beat, out=tmp)
        tmp /= fade
        np.clip(tmp, 0.0, 1.0, out=tmp)
        weight *= tmp
        # Each input frame lands between two loop frames: split it between them (the rate keeps the level
        # right when the loop plays faster or slower than it was recorded).
        rate = (beat[n - 1] - beat[0]) / max(n - 1, 1) * voice.exact / voice.loop_beats if n > 1 else 1.0
        weight *= rate
        pos = s.overdub_position[:n]
        np.subtract(beat, voice.anchor, out=pos)
        pos /= voice.loop_beats
        np.remainder(pos, 1.0, out=pos)
        pos *= voice.exact
        pos -= voice.offset
        np.round(pos, 6, out=pos)  # a position a hair below a whole frame is that frame
        np.remainder(pos, float(voice.frames), out=pos)
        index = s.overdub_index[:n]
        np.floor(pos, out=tmp)
        np.copyto(index, tmp, casting="unsafe")
        np.subtract(pos, tmp, out=pos)  # the fraction
        loop = self.loops[voice.index]
        values = s.overdub_values[:n]
        np.subtract(1.0, pos, out=tmp)
        tmp *= weight
        np.multiply(block, tmp[:, None], out=values, casting="same_kind")
        np.add.at(loop, index, values)
        pos *= weight
        np.multiply(block, pos[:, None], out=values, casting="same_kind")
        index += 1
        np.remainder(index, voice.frames, out=index)
        np.add.at(loop, index, values)
