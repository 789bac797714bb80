"""The loops, played into the block's mix at the phase the beat is at.

Every track that sounds in the block is one *row*; all rows are computed at once over the scratch arrays.
A loop is read at ``loop_position`` of each frame's beat, with linear interpolation between stored frames,
so it stays on the grid whatever the tempo does (and changes pitch with the tempo, like tape).

Clicks are avoided three ways here: starts and stops at bar lines ramp over a few milliseconds; any jump in a
track's gain (mute, volume, a late start, clear) is spread over a short ramp from the last value played; and
a jump in position (tempo change, timeline correction) glides when small and fades out and back in when
large, or whenever the clock took a step (an xrun lost frames: the sound broke there already, and a glide
would play every loop off the beat and 2 % out of tune for a second).
"""

from __future__ import annotations

import math

import numpy as np
import numpy.typing as npt

from oscserver.audio.looptable import LoopTable
from oscserver.audio.realtime.handover import Handover
from oscserver.audio.realtime.inplace import clamp, round_to_micro, scale, spread
from oscserver.audio.realtime.meters import Meters
from oscserver.audio.realtime.scratch import RowCells, Scratch
from oscserver.audio.realtime.stretched import ORIGINAL, StretchedReading
from oscserver.audio.realtime.voices import INF, Contents, Voice
from oscserver.engine.loop_windows import loop_position
from oscserver.engine.timeline import BEAT_EPSILON

F32 = npt.NDArray[np.float32]
F64 = npt.NDArray[np.float64]
B8 = npt.NDArray[np.bool_]

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
        self.cells = RowCells(scratch)
        self._row_views: list[F32] = []  # see _row_samples
        self._row_views_frames = 0
        self._steady = self._unity = False  # the block's rows all at their gains throughout; those all 1
        self._clock_stepped = False  # in this block: every row out of place jumps
        self.meters = meters
        self.table = table

    def render(
        self,
        voices: list[Voice],
        n: int,
        b0: float,
        per_frame: float,
        fade: float,
        clock_stepped: bool = False,
    ) -> None:
        """Play every sounding loop into ``scratch.mix[:n]`` for the block heard from beat ``b0`` on;
        ``clock_stepped`` that the frame clock took a step at this block."""
        self._clock_stepped = clock_stepped
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
        if not self._unity:  # (times 1, a float32 sample is itself)
            scale(samples, s.envelope[:size], s.sample_f64[:size], s.factor_f64[:size])
        voiced = self._row_samples(n)
        # The rows added one after another, as np.sum(voiced, axis=0) does.
        np.copyto(mix, voiced[0])
        for row in range(1, count):
            mix += voiced[row]
        # Each row's peak: the largest of its |samples| (found by an arg-reduction into ``out``: ``max``
        # would make numpy allocate an iterator).
        levels = s.peaks[: 2 * size].reshape(count, 2 * n)
        np.abs(samples.reshape(count, 2 * n), out=levels)
        loudest = s.loudest[:count]
        levels.argmax(axis=1, out=loudest)
        cells = self.cells
        for row, voice in enumerate(s.rows):
            voice.env_end = envelope.item(row, n - 1)
            ahead = cells.position[row] + cells.rate[row] * n
            voice.next_pos = math.nan if s.row_jumping[row] else ahead
            self.meters.track(voice.index, levels.item(row, cells.loudest[row]))
            if voice.contents is Contents.CLEARING and voice.env_end == 0.0:
                self._cleared(voice)

    def _row_samples(self, n: int) -> list[F32]:
        """Each row's samples as :meth:`_read` leaves them, (n, 2): views made again only when the block
        size changes (making one costs a good part of adding it)."""
        if self._row_views_frames != n:
            self._row_views_frames = n
            samples, tracks = self.scratch.sample0, self.scratch.row_rate.shape[0]
            self._row_views = [samples[row * n : (row + 1) * n] for row in range(tracks)]
        return self._row_views

    def _rows(self, voices: list[Voice], n: int, b0: float, per_frame: float, fade: float) -> int:
        """Lay out a row for each track that sounds in the block; returns how many."""
        s = self.scratch
        b1 = b0 + n * per_frame
        rows = s.rows
        rows.clear()
        # Whether every row plays at its gain all through the block (see _envelope): started by the block's
        # first beat, not stopping before its last (both as _envelope computes them), no jump in gain.
        first_beat, last_beat = 0.0 * per_frame + b0, (n - 1) * per_frame + b0
        earliest, latest = min(first_beat, last_beat), max(first_beat, last_beat)
        steady, unity = fade > 0.0, True
        handover = self.handover
        for voice in voices if not handover.active else (*voices, handover.outgoing):
            misplaced, voice.misplaced = voice.misplaced, False
            if voice.frames <= 0:
                voice.env_end, voice.next_pos = 0.0, math.nan
                continue
            if not voice.env_end > 0.0:  # (one still sounding is a row whatever else holds)
                due = voice.start - fade < b1 and voice.stop + fade > b0
                overdubbing = voice.od_start - fade < b1 and voice.od_stop + fade > b0
                if not (due and (voice.gain > 0.0 or overdubbing)):
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
            # (A jump fades out here and comes back in at the right place next block.)
            position, rate, jumping = self._continuing(voice, target, exact, rate, n)
            if misplaced:  # (a change of shape carried out after its beat: see Voice.due)
                jumping = True
            elif reading.slot == ORIGINAL and voice.next_pos == voice.next_pos:
                rate += self._landing(voice, position, rate, n, b0, b1) / n
            if voice.reverse_at <= b1 + BEAT_EPSILON and voice.reverse_next != voice.reversed:
                jumping = True  # turning round at the block's end: fade out, back in the other way
            stop = self._lay_out(row, voice, jumping, position, rate, frames, exact, offset, base)
            if steady:
                jumps = self._jump(voice.env_end - voice.gain, voice.gain)
                steady = voice.start <= earliest and latest <= stop and not jumps
                unity = unity and voice.gain == 1.0
        self._steady, self._unity = steady, steady and unity
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
            target = loop_position(b0, out.anchor, out.loop_beats, exact, out.offset)
            # (On a jump it fades out here, as it does anyway: no need to come back.)
            position, rate, jumping = self._continuing(out, target, exact, rate, n)
            self._lay_out(row, out, jumping, position, rate, frames, exact, out.offset, reading.outgoing_base)
            self._steady = self._unity = False  # (it fades out: see _envelope)
        return count

    def _lay_out(
        self,
        row: int,
        voice: Voice,
        jumping: bool,
        position: float,
        rate: float,
        frames: int,
        exact: float,
        offset: float,
        base: int,
    ) -> float:
        """Row ``row``: ``voice`` read from ``position`` at ``rate`` in the ``frames`` stored at ``base`` (its
        own buffer, or a stretch's); its stop, which is -inf when it jumps (it fades out in this block)."""
        self.scratch.row_jumping[row] = jumping
        cells = self.cells
        cells.forward[row] = not voice.reversed
        cells.position[row] = position
        cells.rate[row] = rate
        cells.last[row] = frames - 1.0
        cells.exact[row] = exact
        cells.offset[row] = offset
        cells.base[row] = base
        stop = voice.stop if not jumping else -INF
        cells.start[row] = voice.start
        cells.stop[row] = stop
        cells.gain[row] = voice.gain
        cells.jump[row] = voice.env_end
        return stop

    def _continuing(
        self, voice: Voice, target: float, exact: float, rate: float, n: int
    ) -> tuple[float, float, bool]:
        """Where a row that played the last block goes on from, its rate, and whether it must jump: a small
        error from ``target`` is glided away (at most GLIDE_PER_BLOCK faster or slower), a larger one is a
        jump, as is any after a step of the clock. Compared modulo the loop's exact length, its true period,
        not its whole frames."""
        if voice.next_pos != voice.next_pos:  # it did not play the last block: it starts where it is due
            return target, rate, False
        error = (target - voice.next_pos + exact / 2.0) % exact - exact / 2.0
        if abs(error) <= 1e-6:
            return target, rate, False
        position = target - error  # where it would be, continuing
        glide = GLIDE_PER_BLOCK * n
        if abs(error) > JUMP_SECONDS * self.samplerate or (self._clock_stepped and abs(error) > glide):
            return position, rate, True
        return position, rate + max(-glide, min(glide, error)) / n, False

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
        # frames has a seam narrower than a frame, read between its last and first frames. A row wrapped
        # nowhere in the block (the common case: a loop wraps once in hundreds of blocks) would get every
        # value back from each remainder, so only the rows that reach a bound are wrapped, one by one.
        offset = s.wide[:size].reshape(count, n)
        spread(offset, s.row_offset[:count])
        pos += offset
        regular = s.row_regular[:count]
        self._within(pos, s.row_exact[:count], regular)
        for row in self._irregular(regular):
            np.remainder(pos[row], s.f64.set(0, self.cells.exact[row]), out=pos[row])
        pos -= offset
        # Regular from here on: within [0, exact) before, within [0, frames - 1) now (so its next frame
        # needs no wrapping either), played forwards.
        inside = s.row_inside[:count]
        self._within(pos, s.row_last[:count], inside)
        np.logical_and(regular, inside, out=regular)
        np.logical_and(regular, s.row_forward[:count], out=regular)
        irregular = self._irregular(regular)
        for row in irregular:
            self._wrap_into_frames(pos[row], self.cells.last[row], self.cells.forward[row])
        floor = s.floor[:size].reshape(count, n)
        np.floor(pos, out=floor)
        frac = s.fraction[:size].reshape(count, n)
        np.subtract(pos, floor, out=frac)
        i0 = s.index0[:size].reshape(count, n)
        i1 = s.index1[:size].reshape(count, n)
        per_row_int = s.spread_int[:size].reshape(count, n)
        np.copyto(i0, floor, casting="unsafe")
        np.add(i0, s.one_int, out=i1)
        for row in irregular:
            np.remainder(i1[row], s.i64.set(0, round(self.cells.last[row]) + 1), out=i1[row])
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

    def _within(self, pos: F64, limit: F64, inside: B8) -> None:
        """Whether each row's positions all lie in [0, limit): each row runs one way through the block
        (every step that made it keeps the order of its frames), so its first and last frames bound it.
        A NaN is never inside."""
        s = self.scratch
        count = pos.shape[0]
        lowest, highest = s.row_lowest[:count], s.row_highest[:count]
        np.minimum(pos[:, 0], pos[:, -1], out=lowest)
        np.maximum(pos[:, 0], pos[:, -1], out=highest)
        np.greater_equal(lowest, s.zero, out=inside)
        below = s.row_below[:count]
        np.less(highest, limit, out=below)
        np.logical_and(inside, below, out=inside)

    def _irregular(self, regular: B8) -> list[int]:
        """The rows not regular, in a list kept for the purpose (empty when every row is)."""
        rows = self.scratch.irregular
        rows.clear()
        if np.count_nonzero(regular) < regular.shape[0]:
            for row in range(regular.shape[0]):
                if not regular.item(row):
                    rows.append(row)
        return rows

    def _wrap_into_frames(self, pos: F64, last: float, forward: bool) -> None:
        """One row's positions into its stored frames [0, last]; played backwards, a loop reads frame
        (frames - 1 - p) where it would read p: its last frame first."""
        s = self.scratch
        frames = s.f64.set(0, last + 1.0)
        np.remainder(pos, frames, out=pos)
        if not forward:
            np.multiply(pos, s.f64.set(1, -1.0), out=pos)
            np.add(pos, s.f64.set(1, last), out=pos)
        np.remainder(pos, frames, out=pos)

    def _envelope(self, count: int, n: int, b0: float, per_frame: float, fade: float) -> F64:
        """Each row's gain at each frame: (count, n)."""
        s = self.scratch
        size = count * n
        env = s.envelope[:size].reshape(count, n)
        if self._steady:
            # Every ramp below would be 1 throughout and every jump 0: each row is at its gain.
            spread(env, s.row_gain[:count])
            return env
        beat = s.beat[:n]
        np.multiply(s.ramp[:n], s.f64.set(0, per_frame), out=beat)
        beat += s.f64.set(0, b0)
        fade_beats = s.f64.set(1, fade)
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
        for row in range(count):
            if not self._jump(jump.item(row), s.row_gain.item(row)):
                jump[row] = 0.0
        spread(tmp, jump)
        np.copyto(beats, guard)
        tmp *= beats
        env += tmp
        return env

    def _jump(self, step: float, gain: float) -> bool:
        """Whether a step in a row's gain from where the last block ended, towards ``gain``, is a jump, to be
        ramped over: a step no bigger than a bar-line ramp's is that ramp going on."""
        return not abs(step) <= gain * (1.01 / self.fade_frames) + 1e-9

    def _cleared(self, voice: Voice) -> None:
        """A cleared loop has faded out: the track is empty."""
        voice.empty()
        voice.next_pos = math.nan
        voice.publish(self.table)
