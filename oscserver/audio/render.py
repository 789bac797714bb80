"""The audio callback: input history, loops, overdub, click and meters, one block at a time.

:meth:`Renderer.process` is what the sound card calls. It is pure: it reads its arguments and the shared
arrays, writes the output and the shared arrays, and nothing else. It allocates no audio-sized memory (every
buffer is made once, here), takes no lock, logs nothing, does no I/O, and always fills the output. Tests
call it directly with synthetic input.

Time, per block:

1. the device's observation of when the block will be heard goes through the :class:`FrameClock`, giving
   host times [t0, t1) that join up block to block;
2. the beat timeline the server published (a seqlock, never waited for) turns them into beats [b0, b1),
   linear across the block, recorded in a :class:`BeatHistory`;
3. everything musical is then decided in beats and placed on frames: a beat falls on the first frame at or
   after it. A take is the input frames heard between its two bar lines, shifted by the round-trip latency.

Playback reads each loop at the phase the beat is at (``loop_position``), so a loop stays on the grid
whatever the tempo does. The read step is ``loop frames per beat x beats per frame``: at the recording tempo
it is 1 and the loop plays back sample for sample; at another tempo the loop is resampled (linear
interpolation) as it plays, which changes its pitch with the tempo, like tape: 10 % faster is about 1.65
semitones higher (12 x log2(new / old)).

Clicks are avoided four ways: a take's last few milliseconds are crossfaded (equal power) with the input
just before its start, so the seam where the loop wraps joins up as the sound itself did; starts and stops
at bar lines ramp over a few milliseconds; any jump in a track's gain (mute, volume, a late start, clear) is
spread over a short ramp from the last value played; and a jump in position (tempo change, timeline
correction) glides when small and fades out and back in when large.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from oscserver.audio.clicktrack import ClickTrack
from oscserver.audio.commands import Event, Op
from oscserver.audio.frameclock import FrameClock
from oscserver.audio.looptable import LoopStatus
from oscserver.audio.memory import EngineMemory, Layout, Stat
from oscserver.audio.sounds import calibration_signal
from oscserver.audio.voices import Take, Voice
from oscserver.engine.loop_windows import (
    BeatHistory,
    first_frame_at_or_after,
    loop_position,
    take_frames,
)
from oscserver.engine.timeline import BEAT_EPSILON

F32 = npt.NDArray[np.float32]
F64 = npt.NDArray[np.float64]
I64 = npt.NDArray[np.int64]

FADE_SECONDS = 0.005  # bar-line ramps, gain ramps and the seam crossfade
COPY_FRAMES_PER_BLOCK = 32768  # how much of a take moves from the history into its track per callback
GLIDE_PER_BLOCK = 0.02  # a small position error is taken up at most 2 % faster or slower for a block
JUMP_SECONDS = 0.05  # a larger position error than this is a jump: fade out, then in at the new place
METER_FALL_SECONDS = 0.3  # meters fall back by 1/e in this time
MAX_COMMANDS_PER_BLOCK = 256
INF = math.inf


@dataclass(frozen=True)
class RendererSpec:
    samplerate: int
    tracks: int
    history_frames: int  # input history (and longest loop) in frames
    max_block: int = 8192
    latency_frames: int = 0  # until the server says otherwise

    @property
    def layout(self) -> Layout:
        frames = self.history_frames
        return Layout(tracks=self.tracks, history_frames=frames, track_frames=frames)


class Renderer:
    def __init__(self, spec: RendererSpec, memory: EngineMemory) -> None:
        if memory.layout != spec.layout:
            raise ValueError("the memory is laid out for another renderer")
        self.spec = spec
        self.samplerate = spec.samplerate
        self.memory = memory
        self.history = memory.history
        self.history_frames = spec.history_frames
        self.loops = memory.loops
        self.track_frames = memory.loops.shape[1]
        self._loops_flat = memory.loops.reshape(-1, 2)
        self.stats = memory.stats
        self.meters = memory.meters
        self.commands = memory.commands
        self.events = memory.events
        self.table = memory.loop_table
        self.cell = memory.timeline_cell()
        self.clock = FrameClock(spec.samplerate)
        # Blocks of 32 frames or more are remembered as far back as the input history reaches.
        self.beats = BeatHistory(spec.history_frames // 32 + 1024)
        self.voices = [Voice(index) for index in range(spec.tracks)]
        self.frame = 0  # output frames rendered = input frames captured
        self.latency_frames = spec.latency_frames
        self.fade_frames = max(16, round(FADE_SECONDS * spec.samplerate))
        self.silenced = False

        tracks, block = spec.tracks, spec.max_block
        self._ramp = np.arange(block, dtype=np.float64)
        self._beat = np.zeros(block, dtype=np.float64)
        self._guard = np.zeros(block, dtype=np.float64)
        self._pos = np.zeros(tracks * block, dtype=np.float64)
        self._floor = np.zeros(tracks * block, dtype=np.float64)
        self._frac = np.zeros(tracks * block, dtype=np.float64)
        self._env = np.zeros(tracks * block, dtype=np.float64)
        self._tmp = np.zeros(tracks * block, dtype=np.float64)
        self._i0 = np.zeros(tracks * block, dtype=np.int64)
        self._i1 = np.zeros(tracks * block, dtype=np.int64)
        self._g0 = np.zeros((tracks * block, 2), dtype=np.float32)
        self._g1 = np.zeros((tracks * block, 2), dtype=np.float32)
        self._row_p0 = np.zeros(tracks, dtype=np.float64)
        self._row_rate = np.zeros(tracks, dtype=np.float64)
        self._row_len = np.zeros(tracks, dtype=np.float64)
        self._row_exact = np.zeros(tracks, dtype=np.float64)
        self._row_offset = np.zeros(tracks, dtype=np.float64)
        self._row_len_int = np.zeros(tracks, dtype=np.int64)
        self._row_base = np.zeros(tracks, dtype=np.int64)
        self._row_start = np.zeros(tracks, dtype=np.float64)
        self._row_stop = np.zeros(tracks, dtype=np.float64)
        self._row_gain = np.zeros(tracks, dtype=np.float64)
        self._row_prev = np.zeros(tracks, dtype=np.float64)
        self._rows: list[Voice] = []
        self._mix = np.zeros((block, 2), dtype=np.float32)
        self._input = np.zeros((block, 2), dtype=np.float32)
        self._abs = np.zeros((block, 2), dtype=np.float32)
        self._od_beat = np.zeros(block, dtype=np.float64)
        self._od_pos = np.zeros(block, dtype=np.float64)
        self._od_weight = np.zeros(block, dtype=np.float64)
        self._od_tmp = np.zeros(block, dtype=np.float64)
        self._od_index = np.zeros(block, dtype=np.int64)
        self._od_values = np.zeros((block, 2), dtype=np.float32)
        angles = (np.arange(self.fade_frames) + 1.0) / (self.fade_frames + 1.0) * (np.pi / 2.0)
        self._fade_out = np.cos(angles).astype(np.float32)[:, None]
        self._fade_in = np.sin(angles).astype(np.float32)[:, None]
        self._seam = np.zeros((self.fade_frames, 2), dtype=np.float32)
        self.click = ClickTrack(spec.samplerate, block)
        self._calibration = calibration_signal(spec.samplerate)
        self._calibration_pos = -1
        self._meter_fall = 0.0
        self._meter_block = -1

    # -- the callback ---------------------------------------------------------------------------------

    def process(self, indata: F32, outdata: F32, heard_at: float, xrun: bool = False) -> None:
        """Render one block.

        ``indata`` is (frames, 0..n) input, ``outdata`` (frames, 1..n) output, both float32; ``heard_at`` the
        host time (``CLOCK_MONOTONIC_RAW``) at which the block's first output frame is heard; ``xrun`` that
        the device lost audio just before this block.
        """
        n = outdata.shape[0]
        stats = self.stats
        if xrun:
            stats[Stat.XRUNS] += 1.0
        if n > self.spec.max_block or n == 0:
            outdata.fill(0.0)
            return
        first = self.frame
        self._fall_meters(n)
        t0, t1 = self.clock.block(heard_at, n)
        self._capture(indata, first, n)
        self.frame = first + n
        timeline = self.cell.read()
        mix = self._mix[:n]
        if timeline is None:
            mix.fill(0.0)
        else:
            b0, b1 = timeline.beat_at(t0), timeline.beat_at(t1)
            self.beats.append(first, n, b0, b1)
            per_frame = (b1 - b0) / n
            fade = self.fade_frames * per_frame
            self._commands(b0, first)
            self._takes(b0, b1, fade, per_frame)
            self._render(n, b0, per_frame, fade)
            self._overdub(n, first, fade)
            self.click.add(mix, b0, b1, per_frame, timeline.quantum)
            stats[Stat.BEAT] = b0
        self._add_calibration(n)
        self._write_output(outdata, mix)
        self._meter(n, mix)
        stats[Stat.FRAMES] = float(self.frame)
        stats[Stat.BLOCKS] += 1.0
        stats[Stat.BLOCK_FRAMES] = float(n)
        stats[Stat.RATE] = self.clock.rate
        stats[Stat.CLOCK_RESETS] = float(self.clock.resets)
        stats[Stat.LATENCY_FRAMES] = float(self.latency_frames)

    # -- input ----------------------------------------------------------------------------------------

    def _capture(self, indata: F32, first: int, n: int) -> None:
        block = self._input[:n]
        channels = indata.shape[1] if indata.ndim == 2 else 0
        if channels == 0:
            block.fill(0.0)
        elif channels == 1:
            block[:, 0] = indata[:, 0]
            block[:, 1] = indata[:, 0]
        else:
            block[:] = indata[:, :2]
        start = first % self.history_frames
        head = min(n, self.history_frames - start)
        self.history[start : start + head] = block[:head]
        if head < n:
            self.history[: n - head] = block[head:]

    def _read_history(self, target: F32, first: int) -> None:
        """Copy input frames [first, first + len(target)) into ``target``."""
        count = target.shape[0]
        start = first % self.history_frames
        head = min(count, self.history_frames - start)
        target[:head] = self.history[start : start + head]
        if head < count:
            target[head:] = self.history[: count - head]

    def _oldest_input(self) -> int:
        return max(0, self.frame - self.history_frames)

    # -- commands -------------------------------------------------------------------------------------

    def _commands(self, b0: float, first: int) -> None:
        for _ in range(MAX_COMMANDS_PER_BLOCK):
            record = self.commands.get()
            if record is None:
                return
            self.stats[Stat.COMMANDS] += 1.0
            self._apply(int(record[0]), record, b0, first)

    def _apply(self, op: int, record: list[float], b0: float, first: int) -> None:
        if op == Op.CLICK:
            self.click.enabled, self.click.volume = record[2] != 0.0, record[3]
            return
        if op == Op.LATENCY:
            self.latency_frames = max(0, int(record[2]))
            return
        if op == Op.CALIBRATE:
            self._calibration_pos = 0
            self.events.put((Event.CALIBRATION_STARTED, float(first), float(self._calibration.shape[0])))
            return
        if op == Op.SILENCE:
            self.silenced = True
            for voice in self.voices:
                voice.gain = 0.0
            self.click.enabled = False
            return
        track = int(record[1])
        if not 0 <= track < len(self.voices):
            return
        voice = self.voices[track]
        self._track_command(op, voice, record, b0)
        self._publish_loop(voice)

    def _track_command(self, op: int, voice: Voice, record: list[float], b0: float) -> None:
        if op == Op.CAPTURE:
            self._lose_take(voice)
            voice.take = Take(start=record[2], end=record[3], play_from=record[4])
            release = max(record[5], b0)
            voice.start = INF if voice.start > release else voice.start
            voice.stop = min(voice.stop, release)
            voice.od_stop = min(voice.od_stop, release)
        elif op == Op.PLAY:
            take = voice.take
            if take is not None and not take.installed:
                take.stop = INF
            elif voice.stop > b0 and voice.start <= record[2] + BEAT_EPSILON:
                voice.stop = INF  # sounding (or about to): keep going
            else:
                voice.start, voice.stop = record[2], INF
        elif op == Op.STOP:
            at = max(record[2], b0)
            take = voice.take
            if take is not None and not take.installed:
                take.stop = record[2]
            if voice.start > at:
                voice.start = INF
            voice.stop = min(voice.stop, at)
        elif op == Op.CANCEL:
            self._lose_take(voice)
        elif op == Op.CLEAR:
            voice.take = None
            voice.start, voice.stop = INF, -INF
            voice.od_start = voice.od_stop = INF
            # Only a loop still sounding needs its fade out before it is dropped; on an empty track the flag
            # would outlive the clear and drop the next take the first time it is silent.
            voice.clear_after = voice.frames > 0
        elif op == Op.OVERDUB:
            voice.od_start, voice.od_stop = record[2], record[3]
        elif op == Op.GAIN:
            voice.gain = 0.0 if self.silenced else max(0.0, record[2])
        elif op == Op.INSTALL:
            self._install_loop(voice, record)

    def _install_loop(self, voice: Voice, record: list[float]) -> None:
        """Take a loop the server wrote into the track's buffer: only into a FREE track (the server checks
        that before it writes, and holds back every capture meanwhile); silent until a PLAY."""
        frames = int(record[2])
        free = voice.frames == 0 and voice.take is None and not voice.clear_after
        if not free or not 0 < frames <= self.track_frames:
            self.events.put((Event.INSTALL_REFUSED, float(voice.index)))
            return
        voice.frames, voice.exact, voice.offset = frames, record[3], record[4]
        voice.loop_beats, voice.anchor = record[5], record[6]
        voice.whole = True
        voice.start = voice.stop = INF
        voice.od_start = voice.od_stop = INF
        voice.env_end, voice.next_pos, voice.jump = 0.0, math.nan, False

    def _publish_loop(self, voice: Voice) -> None:
        """Copy the track's loop as it is now into the shared loop table."""
        taking = voice.take is not None and voice.take.began
        if voice.frames > 0 and voice.whole and not taking and not voice.clear_after:
            status = LoopStatus.LOOP
        elif voice.frames == 0 and not taking and not voice.clear_after:
            status = LoopStatus.FREE
        else:
            status = LoopStatus.BUSY
        self.table.write(
            voice.index, status, voice.frames, voice.exact, voice.offset, voice.loop_beats, voice.anchor
        )

    def _lose_take(self, voice: Voice) -> None:
        """Drop a take. One that began copying but is not playing yet has overwritten the old loop, so
        the track is empty now; one playing keeps playing what was copied (the part it reads first)."""
        take = voice.take
        voice.take = None
        if take is not None and take.began and not take.installed:
            voice.frames = 0
            self.events.put((Event.TAKE_LOST, float(voice.index)))

    # -- takes ----------------------------------------------------------------------------------------

    def _takes(self, b0: float, b1: float, fade: float, per_frame: float) -> None:
        for voice in self.voices:
            take = voice.take
            if take is None:
                continue
            if not take.began and not self._begin(voice, take, b0, fade):
                continue
            if not take.installed and not self._install(voice, take, b0, b1, fade):
                if take.began and voice.take is take:
                    self._copy(voice, take)
                continue
            self._copy(voice, take)

    def _begin(self, voice: Voice, take: Take, b0: float, fade: float) -> bool:
        """Start copying once the old loop is silent and the take's first bar line has been rendered."""
        released = voice.frames == 0 or (
            voice.env_end == 0.0 and (voice.stop + fade <= b0 or voice.start == INF)
        )
        if not released:
            return False
        heard = self.beats.frame_of(take.start)
        if heard is None:
            if take.start < self.beats.start_beat:
                self._take_lost(voice)
            return False
        take.latency = self.latency_frames
        take.heard_start = heard
        take.input_start = first_frame_at_or_after(heard) + take.latency
        if take.input_start < self._oldest_input():
            self._take_lost(voice)
            return False
        take.began = True
        voice.frames = 0  # the old loop is being replaced
        voice.clear_after = False
        voice.whole = False
        voice.next_pos = math.nan
        voice.od_start = voice.od_stop = INF
        self._publish_loop(voice)
        return True

    def _install(self, voice: Voice, take: Take, b0: float, b1: float, fade: float) -> bool:
        """Once the take's last bar line has been rendered: its length is known, and the track plays it."""
        if not take.began:
            return False
        heard_end = self.beats.frame_of(take.end)
        if heard_end is None:
            return False
        frames = take_frames(take.heard_start, heard_end, take.latency)
        if frames.frames > self.track_frames or frames.frames <= 0:
            self._take_lost(voice)
            return False
        take.frames, take.exact, take.offset = frames.frames, frames.exact_frames, frames.offset
        take.installed = True
        voice.frames, voice.exact, voice.offset = take.frames, take.exact, take.offset
        voice.loop_beats, voice.anchor = take.end - take.start, take.start
        # A new take's tail (read by a ramp before its first bar line) is not recorded yet: it ramps in
        # just after it instead.
        voice.start = take.play_from + fade if take.play_from + fade > b0 else take.play_from
        voice.stop = take.stop
        if voice.stop <= take.play_from:
            voice.start = INF  # stopped while it was being recorded: kept, silent
        voice.env_end, voice.next_pos, voice.jump = 0.0, math.nan, False
        if take.copied == 0 and take.play_from < b1:
            # Playing at once, mid-loop: copy from the playhead on, so the frames it needs come first.
            playhead = loop_position(b0, voice.anchor, voice.loop_beats, voice.exact, voice.offset)
            take.origin = min(max(0, math.floor(playhead) - 2), take.frames - 1)
        return True

    def _take_lost(self, voice: Voice) -> None:
        voice.take = None
        voice.frames = 0
        self._publish_loop(voice)
        self.stats[Stat.TAKES_LOST] += 1.0
        self.events.put((Event.TAKE_LOST, float(voice.index)))

    def _copy(self, voice: Voice, take: Take) -> None:
        """Move the next part of the take from the input history into the track (as far as it is recorded)."""
        captured = self.frame
        total = take.frames if take.installed else self.track_frames
        budget = COPY_FRAMES_PER_BLOCK
        loop = self.loops[voice.index]
        while budget > 0 and take.copied < total:
            at = (take.origin + take.copied) % total
            if take.input_start + at < self._oldest_input():
                self._take_lost(voice)  # overwritten before it could be copied (a history far too short)
                return
            run = min(budget, total - take.copied, total - at, captured - (take.input_start + at))
            if run <= 0:
                break
            self._read_history(loop[at : at + run], take.input_start + at)
            take.copied += run
            budget -= run
        if not take.installed:
            return
        if not take.baked and self._tail_copied(take):
            self._bake_seam(loop, take)
        if take.copied >= take.frames and take.baked:
            voice.take = None
            voice.whole = True
            self._publish_loop(voice)
            self.events.put((Event.TAKE_DONE, float(voice.index), float(take.frames)))

    def _tail_copied(self, take: Take) -> bool:
        fade = min(self.fade_frames, take.frames // 2)
        if take.copied >= take.frames:
            return True
        return take.origin <= take.frames - fade and take.copied >= take.frames - take.origin

    def _bake_seam(self, loop: F32, take: Take) -> None:
        """Crossfade the loop's last frames into the input just before its first frame, so the wrap joins
        up the way the sound did."""
        take.baked = True
        fade = self.fade_frames
        if take.frames < 2 * fade or take.input_start - fade < self._oldest_input():
            return
        seam = self._seam
        self._read_history(seam, take.input_start - fade)
        tail = loop[take.frames - fade : take.frames]
        tail *= self._fade_out
        seam *= self._fade_in
        tail += seam

    # -- loops ----------------------------------------------------------------------------------------

    def _render(self, n: int, b0: float, per_frame: float, fade: float) -> None:
        b1 = b0 + n * per_frame
        rows = self._rows
        rows.clear()
        for voice in self.voices:
            if voice.frames <= 0:
                voice.env_end, voice.next_pos = 0.0, math.nan
                continue
            due = voice.start - fade < b1 and voice.stop + fade > b0
            overdubbing = voice.od_start - fade < b1 and voice.od_stop + fade > b0
            if not (voice.env_end > 0.0 or (due and (voice.gain > 0.0 or overdubbing))):
                voice.env_end, voice.next_pos = 0.0, math.nan
                if voice.clear_after:
                    voice.frames, voice.clear_after = 0, False
                    self._publish_loop(voice)
                continue
            row = len(rows)
            rows.append(voice)
            rate = per_frame * voice.exact / voice.loop_beats
            target = loop_position(b0, voice.anchor, voice.loop_beats, voice.exact, voice.offset)
            position = target
            voice.jump = False
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
                        voice.jump = True  # fade out here, come back in at the right place next block
            self._row_p0[row] = position
            self._row_rate[row] = rate
            self._row_len[row] = float(voice.frames)
            self._row_exact[row] = voice.exact
            self._row_offset[row] = voice.offset
            self._row_len_int[row] = voice.frames
            self._row_base[row] = voice.index * self.track_frames
            self._row_start[row] = voice.start
            self._row_stop[row] = voice.stop if not voice.jump else -INF
            self._row_gain[row] = voice.gain
            self._row_prev[row] = voice.env_end
        mix = self._mix[:n]
        count = len(rows)
        if count == 0:
            mix.fill(0.0)
            return
        size = count * n
        pos = self._pos[:size].reshape(count, n)
        np.multiply(self._row_rate[:count, None], self._ramp[None, :n], out=pos)
        pos += self._row_p0[:count, None]
        # A micro-frame off a whole frame is that frame: otherwise a step of 1 - 1e-12 per frame would read
        # every frame as 99.9999999 % of the next one and leave a trace of it in its neighbour.
        np.round(pos, 6, out=pos)
        # Wrap at the loop's exact length (its period), then into the stored frames: a loop between whole
        # frames has a seam narrower than a frame, read between its last and first frames.
        pos += self._row_offset[:count, None]
        np.remainder(pos, self._row_exact[:count, None], out=pos)
        pos -= self._row_offset[:count, None]
        np.remainder(pos, self._row_len[:count, None], out=pos)
        floor = self._floor[:size].reshape(count, n)
        np.floor(pos, out=floor)
        frac = self._frac[:size].reshape(count, n)
        np.subtract(pos, floor, out=frac)
        i0 = self._i0[:size].reshape(count, n)
        i1 = self._i1[:size].reshape(count, n)
        np.copyto(i0, floor, casting="unsafe")
        np.add(i0, 1, out=i1)
        np.remainder(i1, self._row_len_int[:count, None], out=i1)
        i0 += self._row_base[:count, None]
        i1 += self._row_base[:count, None]
        g0, g1 = self._g0[:size], self._g1[:size]
        np.take(self._loops_flat, self._i0[:size], axis=0, out=g0)
        np.take(self._loops_flat, self._i1[:size], axis=0, out=g1)
        np.subtract(g1, g0, out=g1)
        np.multiply(g1, self._frac[:size, None], out=g1, casting="same_kind")
        g0 += g1

        beat = self._beat[:n]
        np.multiply(self._ramp[:n], per_frame, out=beat)
        beat += b0
        env = self._env[:size].reshape(count, n)
        tmp = self._tmp[:size].reshape(count, n)
        np.subtract(beat[None, :], self._row_start[:count, None], out=env)
        env /= fade
        env += 1.0
        np.clip(env, 0.0, 1.0, out=env)
        np.subtract(self._row_stop[:count, None], beat[None, :], out=tmp)
        tmp /= fade
        tmp += 1.0
        np.clip(tmp, 0.0, 1.0, out=tmp)
        env *= tmp
        env *= self._row_gain[:count, None]
        # Whatever changed since the last block (gain, a late start, a jump), go there from the last value
        # played over a short ramp rather than at once.
        guard = self._guard[:n]
        span = min(n, self.fade_frames)
        np.add(self._ramp[:n], 1.0, out=guard)
        guard /= -span
        guard += 1.0
        np.maximum(guard, 0.0, out=guard)  # 1 - (k + 1) / span: the new value is reached on frame span - 1
        jump = self._row_prev[:count]
        np.subtract(jump, env[:, 0], out=jump)
        # (A step no bigger than a bar-line ramp's is that ramp going on, not a jump.)
        jump[np.abs(jump) <= self._row_gain[:count] * (1.01 / self.fade_frames) + 1e-9] = 0.0
        np.multiply(jump[:, None], guard[None, :], out=tmp)
        env += tmp

        voiced = g0.reshape(count, n, 2)
        np.multiply(voiced, env[:, :, None], out=voiced, casting="same_kind")
        np.sum(voiced, axis=0, out=mix)
        np.abs(g0, out=g1)
        peaks = g1.reshape(count, n, 2).max(axis=(1, 2))
        for row, voice in enumerate(rows):
            voice.env_end = float(env[row, n - 1])
            ahead = float(self._row_p0[row] + self._row_rate[row] * n)
            voice.next_pos = math.nan if voice.jump else ahead
            self._peak(4 + voice.index, float(peaks[row]))
            if voice.clear_after and voice.env_end == 0.0:
                voice.frames, voice.clear_after, voice.next_pos = 0, False, math.nan
                self._publish_loop(voice)

    # -- overdub --------------------------------------------------------------------------------------

    def _overdub(self, n: int, first: int, fade: float) -> None:
        """Add this block's input to every loop overdubbing, at the loop position it was heard against."""
        for voice in self.voices:
            if voice.frames <= 0 or voice.od_start >= voice.od_stop or voice.take is not None:
                continue
            low, high = max(voice.od_start, voice.start), min(voice.od_stop, voice.stop)
            if low >= high:
                continue
            beat = self._od_beat[:n]
            if not self.beats.beats_of_frames(first - self.latency_frames, beat):
                continue
            if beat[n - 1] < low or beat[0] >= high:
                continue
            weight, tmp = self._od_weight[:n], self._od_tmp[:n]
            np.subtract(beat, low, out=weight)
            weight /= fade
            np.clip(weight, 0.0, 1.0, out=weight)
            np.subtract(high, beat, out=tmp)
            tmp /= fade
            np.clip(tmp, 0.0, 1.0, out=tmp)
            weight *= tmp
            # Each input frame lands between two loop frames: split it between them (the rate keeps the
            # level right when the loop plays faster or slower than it was recorded).
            rate = (beat[n - 1] - beat[0]) / max(n - 1, 1) * voice.exact / voice.loop_beats if n > 1 else 1.0
            weight *= rate
            pos = self._od_pos[:n]
            np.subtract(beat, voice.anchor, out=pos)
            pos /= voice.loop_beats
            np.remainder(pos, 1.0, out=pos)
            pos *= voice.exact
            pos -= voice.offset
            np.round(pos, 6, out=pos)  # a position a hair below a whole frame is that frame
            np.remainder(pos, float(voice.frames), out=pos)
            index = self._od_index[:n]
            np.floor(pos, out=tmp)
            np.copyto(index, tmp, casting="unsafe")
            np.subtract(pos, tmp, out=pos)  # the fraction
            loop = self.loops[voice.index]
            values = self._od_values[:n]
            block = self._input[:n]
            np.subtract(1.0, pos, out=tmp)
            tmp *= weight
            np.multiply(block, tmp[:, None], out=values, casting="same_kind")
            np.add.at(loop, index, values)
            pos *= weight
            np.multiply(block, pos[:, None], out=values, casting="same_kind")
            index += 1
            np.remainder(index, voice.frames, out=index)
            np.add.at(loop, index, values)

    # -- click, calibration, output, meters ------------------------------------------------------------

    def _add_calibration(self, n: int) -> None:
        """While calibrating, the output is the calibration signal and nothing else."""
        position = self._calibration_pos
        if position < 0:
            return
        mix = self._mix[:n]
        mix.fill(0.0)
        count = min(n, self._calibration.shape[0] - position)
        mix[:count, 0] = self._calibration[position : position + count]
        mix[:count, 1] = self._calibration[position : position + count]
        position += count
        self._calibration_pos = -1 if position >= self._calibration.shape[0] else position

    def _write_output(self, outdata: F32, mix: F32) -> None:
        channels = outdata.shape[1]
        if channels >= 2:
            outdata[:, :2] = mix
            if channels > 2:
                outdata[:, 2:] = 0.0
        else:
            np.add(mix[:, 0], mix[:, 1], out=outdata[:, 0])
            outdata[:, 0] *= 0.5

    def _fall_meters(self, n: int) -> None:
        if self._meter_block != n:
            self._meter_block = n
            self._meter_fall = math.exp(-n / (METER_FALL_SECONDS * self.samplerate))
        self.meters *= self._meter_fall

    def _meter(self, n: int, mix: F32) -> None:
        levels = self._abs[:n]
        np.abs(self._input[:n], out=levels)
        peaks = levels.max(axis=0)
        self._peak(0, float(peaks[0]))
        self._peak(1, float(peaks[1]))
        np.abs(mix, out=levels)
        peaks = levels.max(axis=0)
        self._peak(2, float(peaks[0]))
        self._peak(3, float(peaks[1]))

    def _peak(self, slot: int, value: float) -> None:
        if value > self.meters[slot]:
            self.meters[slot] = value
