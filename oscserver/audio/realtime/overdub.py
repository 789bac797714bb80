"""Overdub: each block's input added into every loop overdubbing, at the loop position it was heard against.

The input heard over a block was played ``latency`` frames earlier, so its frames are placed by the beats
those earlier output frames were heard at (the beat history), not by this block's beats. Each input frame
lands between two loop frames and is split between them; starts and stops ramp like playback's.
"""

from __future__ import annotations

import numpy as np
import numpy.typing as npt

from oscserver.audio.realtime.inplace import clamp, round_to_micro, scale, scatter_add
from oscserver.audio.realtime.scratch import Scratch
from oscserver.audio.realtime.voices import Voice
from oscserver.engine.loop_windows import BeatHistory

F32 = npt.NDArray[np.float32]
F64 = npt.NDArray[np.float64]
I64 = npt.NDArray[np.int64]


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
            if voice.in_spare:
                continue  # (its own buffer is being written by the server: see handover)
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
        first_beat, last_beat = beat.item(0), beat.item(n - 1)
        if last_beat < low or first_beat >= high:
            return
        weight, tmp = s.overdub_weight[:n], s.overdub_work[:n]
        fade_beats = s.f64.set(1, fade)
        np.subtract(beat, s.f64.set(0, low), out=weight)
        weight /= fade_beats
        clamp(weight, s.zero, s.one)
        np.subtract(s.f64.set(0, high), beat, out=tmp)
        tmp /= fade_beats
        clamp(tmp, s.zero, s.one)
        weight *= tmp
        keep = s.overdub_keep[:n]
        if voice.od_keep < 1.0:  # 1 - (1 - keep) x weight: all of the loop kept outside the pass
            np.multiply(weight, s.f64.set(0, voice.od_keep - 1.0), out=keep)
            keep += s.one
        # Each input frame lands between two loop frames: split it between them (the rate keeps the level
        # right when the loop plays faster or slower than it was recorded).
        rate = (last_beat - first_beat) / max(n - 1, 1) * voice.exact / voice.loop_beats if n > 1 else 1.0
        weight *= s.f64.set(0, rate)
        pos = s.overdub_position[:n]
        np.subtract(beat, s.f64.set(0, voice.anchor), out=pos)
        pos /= s.f64.set(0, voice.loop_beats)
        np.remainder(pos, s.one, out=pos)
        pos *= s.f64.set(0, voice.exact)
        pos -= s.f64.set(0, voice.offset)
        round_to_micro(pos)  # a position a hair below a whole frame is that frame
        np.remainder(pos, s.f64.set(0, voice.frames), out=pos)
        if voice.reversed:  # the input lands where the loop was heard: mirrored, as playback reads it
            np.subtract(s.f64.set(0, voice.frames - 1.0), pos, out=pos)
            np.remainder(pos, s.f64.set(0, voice.frames), out=pos)
        index = s.overdub_index[:n]
        np.floor(pos, out=tmp)
        np.copyto(index, tmp, casting="unsafe")
        np.subtract(pos, tmp, out=pos)  # the fraction
        loop = self.loops[voice.index, : voice.frames]
        values = s.overdub_values[:n]
        if voice.od_keep < 1.0:
            self._fade_under(loop, index, keep, values)
        # The frames the block lands on repeat only next to each other unless it spans the whole loop (a
        # loop shorter than a block): then numpy's own add.at, which allocates, does it.
        spans = (last_beat - first_beat) / voice.loop_beats * voice.exact + 2.0 >= voice.frames
        add = np.add.at if spans else self._add_in_order
        np.subtract(s.one, pos, out=tmp)
        tmp *= weight
        self._routed(values, block, voice.inputs)
        scale(values, tmp, s.sample_f64[:n], s.factor_f64[:n])
        add(loop, index, values)
        pos *= weight
        self._routed(values, block, voice.inputs)
        scale(values, pos, s.sample_f64[:n], s.factor_f64[:n])
        index += s.one_int
        np.remainder(index, s.i64.set(0, voice.frames), out=index)
        add(loop, index, values)

    @staticmethod
    def _routed(values: F32, block: F32, inputs: tuple[int, int]) -> None:
        """The block's input as the track takes it: each channel from its input channel (0: silence)."""
        if inputs == (1, 2):
            np.copyto(values, block)
            return
        for out, source in enumerate(inputs):
            if source == 0:
                values[:, out] = 0.0
            else:
                values[:, out] = block[:, source - 1]

    def _fade_under(self, loop: F32, index: I64, keep: F64, values: F32) -> None:
        """Scale the loop frames the block lands on by what the pass keeps of them (a frame landed on twice
        is scaled once: each is read, scaled and written back)."""
        s = self.scratch
        n = index.shape[0]
        loop.take(index, axis=0, out=values, mode="clip")
        scale(values, keep, s.sample_f64[:n], s.factor_f64[:n])
        flat = s.overdub_scatter.flat_index[:n]
        np.multiply(index, s.overdub_scatter.two_int, out=flat[:, 0])
        np.add(flat[:, 0], s.one_int, out=flat[:, 1])
        loop.reshape(-1).put(flat, values, mode="clip")

    def _add_in_order(self, loop: F32, index: I64, values: F32) -> None:
        scatter_add(loop, index, values, self.scratch.overdub_scatter)
