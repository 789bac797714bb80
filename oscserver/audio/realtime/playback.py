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
from oscserver.audio.realtime.handover import Handover
from oscserver.audio.realtime.inplace import clamp, fold_max, round_to_micro, scale, spread
from oscserver.audio.realtime.meters import Meters
from oscserver.audio.realtime.scratch import Scratch
from oscserver.audio.realtime.stretched import ORIGINAL, StretchedReading
from oscserver.audio.realtime.voices import INF, Contents, Voice
from oscserver.engine.loop_windows import loop_position
from oscserver.engine.timeline import BEAT_EPSILON

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
        stretched: list[StretchedReading],
        handover: Handover,
    ) -> None:
        self.track_frames = loops.shape[1]
        self._loops_flat = loops.reshape(
            -1, 2
        )  # every buffer end to end: the tracks', then the stretch slots
        self.stretched = stretched  # which buffer each track reads
        self.handover = handover  # a loop put back from the spare buffer, and the one it replaces
        self.spare_base = (loops.shape[0] - 1) * self.track_frames  # the spare: the last buffer
        self.samplerate = samplerate
        self.fade_frames = fade_frames
        self.scratch = scratch
        self.meters = meters
        self.table = table

    def render(self, voices: list[Voice], n: int, b0: float, per_frame: float, fade: float) -> None:
        """Play every sounding loop into ``scratch.mix[:n]`` for the block heard from beat ``b0`` on."""
        count = self._rows(voices, n, b0, per_frame, fade)
        count = self._swap_rows(count, n, b0, per_frame)
        mix = self.scratch.mix[:n]
        if count == 0:
            mix.fill(0.0)
            return
        samples = self._read(count, n)
        envelope = self._envelope(count, n, b0, per_frame, fade)
        s = self.scratch
        size = count * n
        scale(samples, s.envelope[:size], s.sample_f64[:size], s.factor_f64[:size])
        voiced = samples.reshape(count, n, 2)
        # The rows added one after another, as np.sum(voiced, axis=0) does.
        np.copyto(mix, voiced[0])
        for row in range(1, count):
            mix += voiced[row]
        # Each row's peak: its |samples| laid out with the rows last, folded down to one value per row.
        levels = s.peaks[: 2 * size].reshape(2 * n, count)
        np.copyto(levels, samples.reshape(count, 2 * n).T)
        np.abs(levels, out=levels)
        peaks = fold_max(levels)
        for row, voice in enumerate(s.rows):
            voice.env_end = envelope.item(row, n - 1)
            ahead = s.row_position.item(row) + s.row_rate.item(row) * n
            voice.next_pos = math.nan if s.row_jumping[row] else ahead
            self.meters.track(voice.index, peaks.item(row))
            if voice.contents is Contents.CLEARING and voice.env_end == 0.0:
                self._cleared(voice)

    def _rows(self, voices: list[Voice], n: int, b0: float, per_frame: float, fade: float) -> int:
        """Lay out a row for each track that sounds in the block; returns how many."""
        s = self.scratch
        b1 = b0 + n * per_frame
        rows = s.rows
        rows.clear()
        handover = self.handover
        for voice in voices if not handover.active else (*voices, handover.outgoing):
            misplaced, voice.misplaced = voice.misplaced, False
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
            reading = self.stretched[voice.index]
            if reading.slot == ORIGINAL:
                frames, exact, offset = voice.frames, voice.exact, voice.offset
                base = voice.index * self.track_frames if not voice.in_spare else self.spare_base
            else:  # time-stretched at the tempo it plays at (or near it: then it varispeeds the rest)
                frames, exact, offset, base = reading.frames, reading.exact, reading.offset, reading.base
            rate = per_frame * exact / voice.loop_beats
            target = loop_position(b0, voice.anchor, voice.loop_beats, exact, offset)
            position = target
            jumping = False
            if voice.next_pos == voice.next_pos:  # it played the last block: stay continuous
                # (Compared modulo the loop's exact length, its true period, not its whole frames.)
                period = exact
                error = (target - voice.next_pos + period / 2.0) % period - period / 2.0
                if abs(error) > 1e-6:
                    position = target - error  # where it would be, continuing
                    if abs(error) <= JUMP_SECONDS * self.samplerate:
                        glide = GLIDE_PER_BLOCK * n
                        rate += max(-glide, min(glide, error)) / n
                    else:
                        jumping = True  # fade out here, come back in at the right place next block
            if misplaced:  # (a change of shape carried out after its beat: see Voice.due)
                jumping = True
            elif reading.slot == ORIGINAL and voice.next_pos == voice.next_pos:
                rate += self._landing(voice, position, rate, n, b0, b1) / n
            if voice.reverse_at <= b1 + BEAT_EPSILON and voice.reverse_next != voice.reversed:
                jumping = True  # turning round at the block's end: fade out, back in the other way
            s.row_jumping[row] = jumping
            s.row_sign[row] = -1.0 if voice.reversed else 1.0
            s.row_mirror[row] = (
                frames - 1.0 if voice.reversed else 0.0
            )  # (the buffer it reads: maybe a stretch)
            s.row_position[row] = position
            s.row_rate[row] = rate
            s.row_frames[row] = float(frames)
            s.row_exact[row] = exact
            s.row_offset[row] = offset
            s.row_whole_frames[row] = frames
            s.row_base[row] = base
            s.row_start[row] = voice.start
            s.row_stop[row] = voice.stop if not jumping else -INF
            s.row_gain[row] = voice.gain
            s.row_jump[row] = voice.env_end
        return len(rows)

    def _swap_rows(self, count: int, n: int, b0: float, per_frame: float) -> int:
        """After ``count`` rows, a row for each reading fading out at a stretch swap (see
        :mod:`.stretched`): the buffer the track read before, going on from where it was; returns the rows
        in all."""
        s = self.scratch
        for reading in self.stretched:
            if not reading.fading:
                continue
            out = reading.outgoing
            row = count
            count += 1
            s.rows.append(out)
            frames, exact = out.frames, out.exact
            rate = per_frame * exact / out.loop_beats
            position = loop_position(b0, out.anchor, out.loop_beats, exact, out.offset)
            jumping = False
            if out.next_pos == out.next_pos:  # as a track's row goes on (see _rows)
                error = (position - out.next_pos + exact / 2.0) % exact - exact / 2.0
                if abs(error) > 1e-6:
                    position -= error
                    if abs(error) <= JUMP_SECONDS * self.samplerate:
                        glide = GLIDE_PER_BLOCK * n
                        rate += max(-glide, min(glide, error)) / n
                    else:
                        jumping = True  # (it fades out here anyway: no need to come back)
            s.row_jumping[row] = jumping
            s.row_sign[row] = -1.0 if out.reversed else 1.0
            s.row_mirror[row] = frames - 1.0 if out.reversed else 0.0
            s.row_position[row] = position
            s.row_rate[row] = rate
            s.row_frames[row] = float(frames)
            s.row_exact[row] = exact
            s.row_offset[row] = out.offset
            s.row_whole_frames[row] = frames
            s.row_base[row] = reading.outgoing_base
            s.row_start[row] = out.start
            s.row_stop[row] = out.stop if not jumping else -INF
            s.row_gain[row] = out.gain
            s.row_jump[row] = out.env_end
        return count

    def _landing(self, voice: Voice, position: float, rate: float, n: int, b0: float, b1: float) -> float:
        """How far the loop must go beyond ``position + rate * n`` over this block to be, at its end, where a
        change of length due inside it (multiply, divide, speed) has it: one rate a block, so the block
        that holds the bar line gets there, and the next plays on at the new shape from exactly its place."""
        rescale = voice.rescale
        if rescale is None or rescale.restart or not b0 + BEAT_EPSILON < rescale.at < b1 - BEAT_EPSILON:
            return 0.0
        shape = voice.reshaped(rescale, self.track_frames)
        if shape is None:
            return 0.0
        exact, beats, _, anchor = shape
        target = loop_position(b1, anchor, beats, exact, voice.offset)
        error = (target - voice.carried(position + rate * n, exact) + exact / 2.0) % exact - exact / 2.0
        return error if abs(error) <= n else 0.0

    def _read(self, count: int, n: int) -> F32:
        """Each row's loop at each frame's position, interpolated: (count * n, 2), rows one after another."""
        s = self.scratch
        size = count * n
        pos = s.position[:size].reshape(count, n)
        per_row = s.spread[:size].reshape(count, n)
        np.copyto(pos, s.ramp[:n])
        spread(per_row, s.row_rate[:count])
        pos *= per_row
        spread(per_row, s.row_position[:count])
        pos += per_row
        # A micro-frame off a whole frame is that frame: otherwise a step of 1 - 1e-12 per frame would read
        # every frame as 99.9999999 % of the next one and leave a trace of it in its neighbour.
        round_to_micro(pos)
        # Wrap at the loop's exact length (its period), then into the stored frames: a loop between whole
        # frames has a seam narrower than a frame, read between its last and first frames.
        offset = s.wide[:size].reshape(count, n)
        spread(offset, s.row_offset[:count])
        pos += offset
        spread(per_row, s.row_exact[:count])
        np.remainder(pos, per_row, out=pos)
        pos -= offset
        spread(per_row, s.row_frames[:count])
        np.remainder(pos, per_row, out=pos)
        # Played backwards, a loop reads frame (frames - 1 - p) where it would read p: its last frame first.
        spread(per_row, s.row_sign[:count])
        pos *= per_row
        spread(per_row, s.row_mirror[:count])
        pos += per_row
        spread(per_row, s.row_frames[:count])
        np.remainder(pos, per_row, out=pos)
        floor = s.floor[:size].reshape(count, n)
        np.floor(pos, out=floor)
        frac = s.fraction[:size].reshape(count, n)
        np.subtract(pos, floor, out=frac)
        i0 = s.index0[:size].reshape(count, n)
        i1 = s.index1[:size].reshape(count, n)
        per_row_int = s.spread_int[:size].reshape(count, n)
        np.copyto(i0, floor, casting="unsafe")
        np.add(i0, s.one_int, out=i1)
        spread(per_row_int, s.row_whole_frames[:count])
        np.remainder(i1, per_row_int, out=i1)
        spread(per_row_int, s.row_base[:count])
        i0 += per_row_int
        i1 += per_row_int
        g0, g1 = s.sample0[:size], s.sample1[:size]
        self._loops_flat.take(s.index0[:size], axis=0, out=g0, mode="clip")
        self._loops_flat.take(s.index1[:size], axis=0, out=g1, mode="clip")
        np.subtract(g1, g0, out=g1)
        scale(g1, s.fraction[:size], s.sample_f64[:size], s.factor_f64[:size])
        g0 += g1
        return g0

    def _envelope(self, count: int, n: int, b0: float, per_frame: float, fade: float) -> F64:
        """Each row's gain at each frame: (count, n)."""
        s = self.scratch
        size = count * n
        beat = s.beat[:n]
        np.multiply(s.ramp[:n], s.f64.set(0, per_frame), out=beat)
        beat += s.f64.set(0, b0)
        fade_beats = s.f64.set(1, fade)
        env = s.envelope[:size].reshape(count, n)
        tmp = s.work[:size].reshape(count, n)
        per_row = s.spread[:size].reshape(count, n)
        beats = s.wide[:size].reshape(count, n)
        np.copyto(beats, beat)
        spread(per_row, s.row_start[:count])
        np.subtract(beats, per_row, out=env)
        env /= fade_beats
        env += s.one
        clamp(env, s.zero, s.one)
        spread(tmp, s.row_stop[:count])
        tmp -= beats
        tmp /= fade_beats
        tmp += s.one
        clamp(tmp, s.zero, s.one)
        env *= tmp
        spread(per_row, s.row_gain[:count])
        env *= per_row
        # Whatever changed since the last block (gain, a late start, a jump), go there from the last value
        # played over a short ramp rather than at once.
        guard = s.guard[:n]
        span = min(n, self.fade_frames)
        np.add(s.ramp[:n], s.one, out=guard)
        guard /= s.f64.set(0, -span)
        guard += s.one
        np.maximum(guard, s.zero, out=guard)  # 1 - (k + 1) / span: the new value is reached on frame span - 1
        jump = s.row_jump[:count]
        np.subtract(jump, env[:, 0], out=jump)
        # (A step no bigger than a bar-line ramp's is that ramp going on, not a jump.)
        for row in range(count):
            if abs(jump.item(row)) <= s.row_gain.item(row) * (1.01 / self.fade_frames) + 1e-9:
                jump[row] = 0.0
        spread(tmp, jump)
        np.copyto(beats, guard)
        tmp *= beats
        env += tmp
        return env

    def _cleared(self, voice: Voice) -> None:
        """A cleared loop has faded out: the track is empty."""
        voice.empty()
        voice.next_pos = math.nan
        voice.publish(self.table)
