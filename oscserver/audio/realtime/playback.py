"""The loops, played into the block's mix at the phase the beat is at.

Every track that sounds in the block is one *row*; all rows are computed at once over the scratch arrays.
A loop is read at ``loop_position`` of each frame's beat, with linear interpolation between stored frames,
so it stays on the grid whatever the tempo does (and changes pitch with the tempo, like tape).

Clicks are avoided three ways here: starts and stops at bar lines ramp over a few milliseconds; any jump in a
track's gain (mute, volume, a late start, clear) is spread over a short ramp from the last value played; and
a jump in position (tempo change, timeline correction) glides when small and fades out and back in when
large.
"""

from __future__ import annotations

import math

import numpy as np
import numpy.typing as npt

from oscserver.audio.looptable import LoopTable
from oscserver.audio.realtime.meters import Meters
from oscserver.audio.realtime.scratch import Scratch
from oscserver.audio.realtime.voices import INF, Contents, Voice
from oscserver.engine.loop_windows import loop_position

F32 = npt.NDArray[np.float32]
F64 = npt.NDArray[np.float64]

GLIDE_PER_BLOCK = 0.02  # a small position error is taken up at most 2 % faster or slower for a block
JUMP_SECONDS = 0.05  # a larger position error than this is a jump: fade out, then in at the new place


class Playback:
    def __init__(
        self,
        loops: F32,
        samplerate: int,
        fade_frames: int,
        scratch: Scratch,
        meters: Meters,
        table: LoopTable,
    ) -> None:
        self.track_frames = loops.shape[1]
        self._loops_flat = loops.reshape(-1, 2)  # every track's buffer end to end
        self.samplerate = samplerate
        self.fade_frames = fade_frames
        self.scratch = scratch
        self.meters = meters
        self.table = table

    def render(self, voices: list[Voice], n: int, b0: float, per_frame: float, fade: float) -> None:
        """Play every sounding loop into ``scratch.mix[:n]`` for the block heard from beat ``b0`` on."""
        count = self._rows(voices, n, b0, per_frame, fade)
        mix = self.scratch.mix[:n]
        if count == 0:
            mix.fill(0.0)
            return
        samples = self._read(count, n)
        envelope = self._envelope(count, n, b0, per_frame, fade)
        s = self.scratch
        voiced = samples.reshape(count, n, 2)
        np.multiply(voiced, envelope[:, :, None], out=voiced, casting="same_kind")
        np.sum(voiced, axis=0, out=mix)
        levels = s.sample1[: count * n]
        np.abs(samples, out=levels)
        peaks = levels.reshape(count, n, 2).max(axis=(1, 2))
        for row, voice in enumerate(s.rows):
            voice.env_end = float(envelope[row, n - 1])
            ahead = float(s.row_position[row] + s.row_rate[row] * n)
            voice.next_pos = math.nan if s.row_jumping[row] else ahead
            self.meters.track(voice.index, float(peaks[row]))
            if voice.contents is Contents.CLEARING and voice.env_end == 0.0:
                self._cleared(voice)

    def _rows(self, voices: list[Voice], n: int, b0: float, per_frame: float, fade: float) -> int:
        """Lay out a row for each track that sounds in the block; returns how many."""
        s = self.scratch
        b1 = b0 + n * per_frame
        rows = s.rows
        rows.clear()
        for voice in voices:
            if voice.frames <= 0:
                voice.env_end, voice.next_pos = 0.0, math.nan
                continue
            due = voice.start - fade < b1 and voice.stop + fade > b0
            overdubbing = voice.od_start - fade < b1 and voice.od_stop + fade > b0
            if not (voice.env_end > 0.0 or (due and (voice.gain > 0.0 or overdubbing))):
                voice.env_end, voice.next_pos = 0.0, math.nan
                if voice.contents is Contents.CLEARING:
                    self._cleared(voice)
                continue
            row = len(rows)
            rows.append(voice)
            rate = per_frame * voice.exact / voice.loop_beats
            target = loop_position(b0, voice.anchor, voice.loop_beats, voice.exact, voice.offset)
            position = target
            jumping = False
            if voice.next_pos == voice.next_pos:  # it played the last block: stay continuous
                # (Compared modulo the loop's exact length, its true period, not its whole frames.)
                period = voice.exact
                error = (target - voice.next_pos + period / 2.0) % period - period / 2.0
                if abs(error) > 1e-6:
                    position = target - error  # where it would be, continuing
                    if abs(error) <= JUMP_SECONDS * self.samplerate:
                        glide = GLIDE_PER_BLOCK * n
                        rate += max(-glide, min(glide, error)) / n
                    else:
                        jumping = True  # fade out here, come back in at the right place next block
            s.row_jumping[row] = jumping
            s.row_position[row] = position
            s.row_rate[row] = rate
            s.row_frames[row] = float(voice.frames)
            s.row_exact[row] = voice.exact
            s.row_offset[row] = voice.offset
            s.row_whole_frames[row] = voice.frames
            s.row_base[row] = voice.index * self.track_frames
            s.row_start[row] = voice.start
            s.row_stop[row] = voice.stop if not jumping else -INF
            s.row_gain[row] = voice.gain
            s.row_jump[row] = voice.env_end
        return len(rows)

    def _read(self, count: int, n: int) -> F32:
        """Each row's loop at each frame's position, interpolated: (count * n, 2), rows one after another."""
        s = self.scratch
        size = count * n
        pos = s.position[:size].reshape(count, n)
        np.multiply(s.row_rate[:count, None], s.ramp[None, :n], out=pos)
        pos += s.row_position[:count, None]
        # A micro-frame off a whole frame is that frame: otherwise a step of 1 - 1e-12 per frame would read
        # every frame as 99.9999999 % of the next one and leave a trace of it in its neighbour.
        np.round(pos, 6, out=pos)
        # Wrap at the loop's exact length (its period), then into the stored frames: a loop between whole
        # frames has a seam narrower than a frame, read between its last and first frames.
        pos += s.row_offset[:count, None]
        np.remainder(pos, s.row_exact[:count, None], out=pos)
        pos -= s.row_offset[:count, None]
        np.remainder(pos, s.row_frames[:count, None], out=pos)
        floor = s.floor[:size].reshape(count, n)
        np.floor(pos, out=floor)
        frac = s.fraction[:size].reshape(count, n)
        np.subtract(pos, floor, out=frac)
        i0 = s.index0[:size].reshape(count, n)
        i1 = s.index1[:size].reshape(count, n)
        np.copyto(i0, floor, casting="unsafe")
        np.add(i0, 1, out=i1)
        np.remainder(i1, s.row_whole_frames[:count, None], out=i1)
        i0 += s.row_base[:count, None]
        i1 += s.row_base[:count, None]
        g0, g1 = s.sample0[:size], s.sample1[:size]
        np.take(self._loops_flat, s.index0[:size], axis=0, out=g0)
        np.take(self._loops_flat, s.index1[:size], axis=0, out=g1)
        np.subtract(g1, g0, out=g1)
        np.multiply(g1, s.fraction[:size, None], out=g1, casting="same_kind")
        g0 += g1
        return g0

    def _envelope(self, count: int, n: int, b0: float, per_frame: float, fade: float) -> F64:
        """Each row's gain at each frame: (count, n)."""
        s = self.scratch
        size = count * n
        beat = s.beat[:n]
        np.multiply(s.ramp[:n], per_frame, out=beat)
        beat += b0
        env = s.envelope[:size].reshape(count, n)
        tmp = s.work[:size].reshape(count, n)
        np.subtract(beat[None, :], s.row_start[:count, None], out=env)
        env /= fade
        env += 1.0
        np.clip(env, 0.0, 1.0, out=env)
        np.subtract(s.row_stop[:count, None], beat[None, :], out=tmp)
        tmp /= fade
        tmp += 1.0
        np.clip(tmp, 0.0, 1.0, out=tmp)
        env *= tmp
        env *= s.row_gain[:count, None]
        # Whatever changed since the last block (gain, a late start, a jump), go there from the last value
        # played over a short ramp rather than at once.
        guard = s.guard[:n]
        span = min(n, self.fade_frames)
        np.add(s.ramp[:n], 1.0, out=guard)
        guard /= -span
        guard += 1.0
        np.maximum(guard, 0.0, out=guard)  # 1 - (k + 1) / span: the new value is reached on frame span - 1
        jump = s.row_jump[:count]
        np.subtract(jump, env[:, 0], out=jump)
        # (A step no bigger than a bar-line ramp's is that ramp going on, not a jump.)
        jump[np.abs(jump) <= s.row_gain[:count] * (1.01 / self.fade_frames) + 1e-9] = 0.0
        np.multiply(jump[:, None], guard[None, :], out=tmp)
        env += tmp
        return env

    def _cleared(self, voice: Voice) -> None:
        """A cleared loop has faded out: the track is empty."""
        voice.empty()
        voice.next_pos = math.nan
        voice.publish(self.table)
