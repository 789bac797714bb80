"""The audio callback: input history, loops, overdub, click and meters, one block at a time.

:meth:`Renderer.process` is what the sound card calls. It is pure: it reads its arguments and the shared
arrays, writes the output and the shared arrays, and nothing else. numpy allocates nothing in it (every
array is made once, in :class:`~oscserver.audio.realtime.scratch.Scratch`, and the operations for which
numpy would make a temporary are done in them, :mod:`.inplace`), it takes no lock, logs nothing, does no
I/O, and always fills the output. Tests call it directly with synthetic input.

Time, per block:

1. the device's observation of when the block will be heard goes through the :class:`FrameClock`, giving
   host times [t0, t1) that join up block to block;
2. the beat timeline the server published (a seqlock, never waited for) turns them into beats [b0, b1),
   linear across the block, recorded in a :class:`BeatHistory`;
3. everything musical is then decided in beats and placed on frames: a beat falls on the first frame at or
   after it. A take is the input frames heard between its two bar lines, shifted by the round-trip latency.

The block's sequence: capture the input; apply the server's commands; move takes on (:mod:`.takes`); play
the loops (:mod:`.playback`); overdub (:mod:`.overdub`); add the click; or, while calibrating, play the
calibration signal alone; write the output; meter (:mod:`.meters`).

Playback reads each loop at the phase the beat is at, so a loop stays on the grid whatever the tempo does.
The read step is ``loop frames per beat x beats per frame``: at the recording tempo it is 1 and the loop
plays back sample for sample; at another tempo the loop is resampled (linear interpolation) as it plays,
which changes its pitch with the tempo, like tape: 10 % faster is about 1.65 semitones higher
(12 x log2(new / old)). A take's last few milliseconds are crossfaded (equal power) with the input just
before its start, so the seam where the loop wraps joins up as the sound itself did.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from oscserver.audio.memory import EngineMemory, Layout, Stat
from oscserver.audio.realtime.clicktrack import ClickTrack
from oscserver.audio.realtime.commands import (
    CancelTake,
    CaptureTake,
    ClearTrack,
    Command,
    Event,
    InstallLoop,
    PlayAt,
    ReplaceLoop,
    RescaleLoop,
    ReturnLoop,
    SetClick,
    SetGain,
    SetInput,
    SetLatency,
    SetOverdub,
    SetReverse,
    SilenceAll,
    StartCalibration,
    StopAt,
    StretchLoop,
    TrackCommand,
    decode,
)
from oscserver.audio.realtime.frameclock import FrameClock
from oscserver.audio.realtime.handover import Handover
from oscserver.audio.realtime.history import InputHistory
from oscserver.audio.realtime.meters import Meters
from oscserver.audio.realtime.overdub import Overdub
from oscserver.audio.realtime.playback import Playback
from oscserver.audio.realtime.scratch import Scratch
from oscserver.audio.realtime.stretched import ORIGINAL, Stretches
from oscserver.audio.realtime.takes import Takes
from oscserver.audio.realtime.voices import INF, Contents, Take, Voice
from oscserver.audio.sounds import calibration_signal
from oscserver.engine.loop_windows import BeatHistory
from oscserver.engine.timeline import BEAT_EPSILON

F32 = npt.NDArray[np.float32]

FADE_SECONDS = 0.005  # bar-line ramps, gain ramps and the seam crossfade
MAX_COMMANDS_PER_BLOCK = 256


@dataclass(frozen=True)
class RendererSpec:
    samplerate: int
    tracks: int
    history_frames: int  # input history (and longest loop) in frames
    max_block: int = 8192
    latency_frames: int = 0  # until the server says otherwise
    # How much newer than the oldest input held a retroactive take's first frame must be: time to copy it
    # before the history overwrites it (see Stat.REACH_BEAT).
    copy_margin_frames: int = 0

    @property
    def layout(self) -> Layout:
        frames = self.history_frames
        return Layout(tracks=self.tracks, history_frames=frames, track_frames=frames)


class Renderer:
    def __init__(self, spec: RendererSpec, memory: EngineMemory) -> None:
        if memory.layout != spec.layout:
            raise ValueError("the memory is laid out for another renderer")
        self.spec = spec
        self.memory = memory
        self.stats = memory.stats
        self.commands = memory.commands
        self.events = memory.events
        self.table = memory.loop_table
        self.cell = memory.timeline_cell()
        self.clock = FrameClock(spec.samplerate)
        # Blocks of 32 frames or more are remembered as far back as the input history reaches.
        self.beats = BeatHistory(spec.history_frames // 32 + 1024)
        self.voices = [Voice(index) for index in range(spec.tracks)]
        self.latency_frames = spec.latency_frames
        self.fade_frames = max(16, round(FADE_SECONDS * spec.samplerate))
        self.silenced = False
        self.fade_beats = 0.0  # the fade, in the block's beats

        # (Rows: every track, each track's reading fading out at a stretch swap, and the loop a handover
        # fades out.)
        self.scratch = scratch = Scratch(2 * spec.tracks + 1, spec.max_block, self.fade_frames)
        self.history = InputHistory(memory.history, scratch.input)
        self.meters = Meters(memory.meters, spec.samplerate, scratch.levels)
        self.takes = Takes(
            memory.loops,
            self.history,
            self.beats,
            self.fade_frames,
            scratch.seam,
            self.table,
            self.events,
            self.stats,
        )
        self.stretches = Stretches(spec.tracks, memory.loops.shape[1], self.events)
        self.handover = Handover(memory.loops.shape[1])
        self.playback = Playback(
            memory.loop_buffers,
            spec.samplerate,
            self.fade_frames,
            scratch,
            self.meters,
            self.table,
            self.stretches.readings,
            self.handover,
        )
        self.overdub = Overdub(memory.loops, self.beats, scratch)
        self.click = ClickTrack(spec.samplerate, scratch.click)
        self._calibration = calibration_signal(spec.samplerate)
        self._calibration_pos = -1  # where the calibration signal is at, while it plays
        self.stats[Stat.REACH_BEAT] = math.inf

    @property
    def frame(self) -> int:
        """Output frames rendered = input frames captured."""
        return self.history.captured

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
        first = self.history.captured
        self.meters.fall(n)
        resets = self.clock.resets
        t0, t1 = self.clock.block(heard_at, n, xrun)
        self.history.capture(indata, n)
        block_in = self.history.latest(n)
        timeline = self.cell.read()
        mix = self.scratch.mix[:n]
        if timeline is None:
            mix.fill(0.0)
        else:
            b0, b1 = timeline.beat_at(t0), timeline.beat_at(t1)
            self.beats.append(first, n, b0, b1)
            per_frame = (b1 - b0) / n
            fade = self.fade_beats = self.fade_frames * per_frame
            self._commands(b0, first)
            self._due(b0)
            self.takes.advance(self.voices, b0, b1, fade, self.latency_frames)
            self.stretches.advance(self.voices, b0, b1, fade, self.latency_frames * per_frame)
            self.playback.render(self.voices, n, b0, per_frame, fade, self.clock.resets != resets)
            self.handover.after_block(self.voices, self.table, b1, fade)
            self.overdub.add(self.voices, block_in, first, fade, self.latency_frames)
            self.click.add(mix, b0, b1, per_frame, timeline.quantum)
            stats[Stat.BEAT] = b0
            stats[Stat.REACH_BEAT] = self._reach_beat()
        self._add_calibration(mix)
        self._write_output(outdata, mix)
        self.meters.measure(block_in, mix)
        stats[Stat.FRAMES] = float(self.history.captured)
        stats[Stat.BLOCKS] += 1.0
        stats[Stat.BLOCK_FRAMES] = float(n)
        stats[Stat.RATE] = self.clock.rate
        stats[Stat.CLOCK_RESETS] = float(self.clock.resets)
        stats[Stat.LATENCY_FRAMES] = float(self.latency_frames)
        # (The reader first: a server that sees a REPLACE taken then sees whether it was carried out.)
        stats[Stat.SPARE_READER] = float(self.handover.reader(self.voices))
        stats[Stat.HANDOVERS] = float(self.handover.taken)

    def _reach_beat(self) -> float:
        """The beat heard at the first frame whose input (``latency`` frames later) is held, with the copy
        margin to spare: the earliest a retroactive take may start. +inf when no frame is."""
        history = self.history
        first_input = max(0, history.captured - history.size + self.spec.copy_margin_frames)
        heard = max(first_input - self.latency_frames, self.beats.start_frame)
        beat = self.beats.beat_of_frame(heard)
        return math.inf if beat is None else beat

    # -- commands -------------------------------------------------------------------------------------

    def _commands(self, b0: float, first: int) -> None:
        for _ in range(MAX_COMMANDS_PER_BLOCK):
            record = self.commands.get()
            if record is None:
                return
            self.stats[Stat.COMMANDS] += 1.0
            command = decode(record)
            if command is not None:
                self._apply(command, b0, first)

    def _due(self, b0: float) -> None:
        for voice in self.voices:
            if voice.reverse_at != INF or voice.rescale is not None:
                exact, beats, anchor, position = voice.exact, voice.loop_beats, voice.anchor, voice.next_pos
                voice.due(b0, self.takes.track_frames)
                if (
                    voice.exact != exact
                ):  # a new length (multiply, divide, speed): a stretch of the old one is stale
                    self.stretches.recording_changed(voice, b0, self.fade_beats, beats, anchor, position)
                voice.publish(self.table)

    def _apply(self, command: Command, b0: float, first: int) -> None:
        match command:
            case SetClick(enabled, volume):
                self.click.enabled, self.click.volume = enabled, volume
            case SetLatency(frames):
                self.latency_frames = max(0, frames)
            case StartCalibration():
                self._calibration_pos = 0
                self.events.put((Event.CALIBRATION_STARTED, float(first), float(self._calibration.shape[0])))
            case SilenceAll():
                self.silenced = True
                for voice in self.voices:
                    voice.gain = 0.0
                self.click.enabled = False
            case _:
                if 0 <= command.track < len(self.voices):
                    voice = self.voices[command.track]
                    self._track_command(command, voice, b0)
                    voice.publish(self.table)

    def _track_command(self, command: TrackCommand, voice: Voice, b0: float) -> None:
        take = voice.take
        match command:
            case CaptureTake(_, start, end, play_from, release_at):
                self.takes.cancel(voice)
                voice.take = Take(start=start, end=end, play_from=play_from)
                voice.rescale = None
                release = max(release_at, b0)
                voice.start = INF if voice.start > release else voice.start
                voice.stop = min(voice.stop, release)
                voice.od_stop = min(voice.od_stop, release)
            case PlayAt(_, at):
                if take is not None and not take.length_known:
                    take.stop = INF
                elif voice.stop > b0 and voice.start <= at + BEAT_EPSILON:
                    voice.stop = INF  # sounding (or about to): keep going
                else:
                    voice.start, voice.stop = at, INF
            case StopAt(_, at):
                if take is not None and not take.length_known:
                    take.stop = at
                at = max(at, b0)
                if voice.start > at:
                    voice.start = INF
                voice.stop = min(voice.stop, at)
            case CancelTake():
                self.takes.cancel(voice)
            case ClearTrack():
                voice.take = None
                voice.start, voice.stop = INF, -INF
                voice.od_start = voice.od_stop = INF
                # Only a loop still sounding needs its fade out before it is dropped; an empty track is
                # simply empty (a clearing flag on it would drop the next take the first time it is silent).
                voice.contents = Contents.CLEARING if voice.frames > 0 else Contents.EMPTY
                voice.rescale = None
            case SetOverdub(_, start, stop, keep):
                voice.od_start, voice.od_stop = start, stop
                voice.od_keep = min(max(keep, 0.0), 1.0)
            case SetReverse(_, at, on):
                voice.reverse_at, voice.reverse_next = max(at, b0), on
            case SetInput(_, left, right):
                voice.inputs = (min(max(left, 0), 2), min(max(right, 0), 2))
            case RescaleLoop():
                voice.rescale = command
            case SetGain(_, gain):
                voice.gain = 0.0 if self.silenced else max(0.0, gain)
            case InstallLoop():
                self._install_loop(voice, command)
            case StretchLoop():
                self.stretches.request(voice, command)
            case ReplaceLoop():
                if self.handover.accepts(voice, command):  # a slot read fades out by itself, if it can
                    self.stretches.replaced(voice, b0, self.fade_beats)
                stretched = self.stretches.readings[voice.index].slot != ORIGINAL
                if self.handover.replace(voice, command, b0, self.fade_beats) and stretched:
                    self.handover.stretched_away()
                self.handover.taken += 1
            case ReturnLoop():
                self.handover.give_back(voice)

    def _install_loop(self, voice: Voice, loop: InstallLoop) -> None:
        """Take a loop the server wrote into the track's buffer: only into a FREE track (the server checks
        that before it writes, and holds back every capture meanwhile); silent until a PLAY."""
        free = voice.contents is Contents.EMPTY and voice.take is None
        if not free or not 0 < loop.frames <= self.takes.track_frames:
            self.events.put((Event.INSTALL_REFUSED, float(voice.index)))
            return
        voice.contents = Contents.WHOLE
        voice.frames, voice.exact, voice.offset = loop.frames, loop.exact, loop.offset
        voice.loop_beats, voice.anchor = loop.loop_beats, loop.anchor
        voice.start = voice.stop = INF
        voice.od_start = voice.od_stop = INF
        voice.env_end, voice.next_pos = 0.0, math.nan
        voice.reversed, voice.reverse_at, voice.rescale = False, INF, None

    # -- calibration, output ---------------------------------------------------------------------------

    def _add_calibration(self, mix: F32) -> None:
        """While calibrating, the output is the calibration signal and nothing else."""
        position = self._calibration_pos
        if position < 0:
            return
        n = mix.shape[0]
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
            outdata[:, 0] *= self.scratch.f32.set(0, 0.5)
