"""Pitch-true tempo changes: what they cost the audio callback, and how soon the stretched loop sounds.

1. Callback time, p50 and p99, as a share of the period at 128 frames, with 16 tracks playing one- and
   two-bar loops recorded at 120 BPM, over the two bars after a change to 132 BPM: every track ``pitch``
   (each rendered again and swapped in at a bar line, reading its stretch slot after it) beside every track
   ``tape`` (the varispeed reference, the renderer as it always was). The renderings are made between
   callbacks, untimed (the server makes them in its own process), and the garbage collector is off while
   the blocks are timed, as it is in the audio process. Target: p99 <= 20 % of the period. The
   machine's load average is printed beside: on a machine busy with other work the p99 is the scheduler's,
   for both modes alike.
2. Time from a tempo change (120 -> 132 BPM) to the stretched loop sounding: Rubber Band's rendering time
   (wall clock) for one 4-bar loop, and for 16 one-bar loops one after another (the server renders one at
   a time; four are rendered and the time multiplied by four), then the bar line the swap waits for (the
   first one at least a quarter beat after the rendering is done). Reference: the length of a bar. Target:
   within 2 bars at 120 BPM (4 s).

``python -m bench looper_stretch``; about 10 s on an idle machine.
"""

from __future__ import annotations

import gc
import math
import os
import time
from collections.abc import Callable

import numpy as np

from oscserver.audio.control import AudioControl
from oscserver.audio.memory import EngineMemory
from oscserver.audio.realtime.renderer import Renderer, RendererSpec
from oscserver.audio.stretcher import SWAP_MARGIN_BEATS, Done, LoopStretcher, StretchMode
from oscserver.audio.stretching import stretch_loop
from oscserver.engine.looper import Looper
from oscserver.engine.timeline import Timeline

RATE = 48000
TRACKS = 16
BLOCK = 128
WARM_BLOCK = 2048
START = 100.0
TARGET_P99 = 0.20
TARGET_BARS = 2


class Transport:
    def __init__(self, rig: Rig) -> None:
        self.rig = rig

    @property
    def tempo(self) -> float:
        return self.rig.timeline.tempo

    @property
    def quantum(self) -> float:
        return 4.0

    def beat_now(self) -> float:
        return self.rig.timeline.beat_at(START + self.rig.frame / RATE)


class Rig:
    """16 tracks of noise loops in a renderer driven here, and a stretcher rendering at once, untimed."""

    def __init__(self, mode: StretchMode) -> None:
        spec = RendererSpec(RATE, TRACKS, history_frames=12 * RATE, max_block=WARM_BLOCK)
        memory = EngineMemory.in_process(spec.layout)
        self.renderer = Renderer(spec, memory)
        self.control = AudioControl(memory, RATE)
        self.timeline = Timeline(time=START, beat=0.0, tempo=120.0)
        self.control.publish(self.timeline, True)
        self.looper = Looper(TRACKS, history_seconds=10.0, capacity_seconds=12.0)
        self.stretcher = LoopStretcher(self.looper, Transport(self), lambda: RATE, self._at_once)
        for number in range(1, TRACKS + 1):
            self.stretcher.set_mode(number, mode)
        self.frame = 0
        self.noise = np.random.default_rng(0).uniform(-0.5, 0.5, (WARM_BLOCK, 2)).astype(np.float32)
        self.out = np.zeros((WARM_BLOCK, 2), dtype=np.float32)
        self._warm_up()

    def _at_once(self, work: Callable[[], np.ndarray], done: Done) -> None:
        done(work())

    def block(self, frames: int) -> float:
        """Render one block (timed), then the server's poll (untimed); the block's time in seconds."""
        heard = START + self.frame / RATE
        indata, outdata = self.noise[:frames], self.out[:frames]  # (as the device hands them over)
        begin = time.perf_counter()
        self.renderer.process(indata, outdata, heard)
        spent = time.perf_counter() - begin
        self.frame += frames
        for event in self.control.events():
            self.stretcher.event(event)
        self.stretcher.refresh(self.control)
        return spent

    def _warm_up(self) -> None:
        while self.frame < 13 * 24000:  # 13 beats of input, then every track records a bar or two
            self.block(WARM_BLOCK)
        beat = self.frame / 24000
        for track in range(1, TRACKS + 1):
            self.control.send(self.looper.record(track, 1 + track % 2, beat, self.timeline))
        while self.frame < 13 * 24000 + 4 * RATE:  # the takes land in their tracks
            self.block(WARM_BLOCK)

    def tempo_change(self, tempo: float) -> None:
        self.timeline = self.timeline.with_tempo(tempo, START + self.frame / RATE)
        self.control.publish(self.timeline, True)


def callback_during_tempo_change(mode: StretchMode) -> tuple[np.ndarray, int]:
    """Callback times over the two bars after 120 -> 132 BPM; and how many tracks read a stretch then."""
    rig = Rig(mode)
    rig.tempo_change(132.0)
    blocks = math.ceil(2 * 4 * 60 / 132 * RATE / BLOCK)
    # The audio process runs with the collector off (oscserver/audio/process.py): here a collection of what
    # the untimed work between blocks left behind would land in whichever callback allocated next.
    gc.collect()
    gc.disable()
    try:
        times = np.array([rig.block(BLOCK) for _ in range(blocks)])
    finally:
        gc.enable()
    stretched = sum(reading.slot >= 0 for reading in rig.renderer.stretches.readings)
    return times, stretched


def callback_times() -> None:
    period = BLOCK / RATE
    print(
        f"callback time over the 2 bars after 120 -> 132 BPM, {TRACKS} tracks, {BLOCK} frames, as a share "
        f"of the {period * 1e3:.2f} ms period (target p99 <= {TARGET_P99:.0%}); load average "
        f"{os.getloadavg()[0]:.1f} on {os.cpu_count()} cores"
    )
    print(f"{'mode':>6} {'p50':>14} {'p99':>14} {'stretched after':>16}")
    for mode in (StretchMode.TAPE, StretchMode.PITCH):
        times, stretched = callback_during_tempo_change(mode)
        p50, p99 = np.percentile(times, 50), np.percentile(times, 99)
        verdict = "ok" if p99 <= TARGET_P99 * period else "OVER TARGET"
        reference = "  (reference)" if mode is StretchMode.TAPE else ""
        print(
            f"{mode.value:>6} {p50 * 1e6:>6.0f} us {p50 / period:>5.1%} "
            f"{p99 * 1e6:>6.0f} us {p99 / period:>5.1%} {stretched:>9} tracks  {verdict}{reference}",
            flush=True,
        )


def time_to_sound() -> None:
    bar = 4 * 60 / 120
    print(
        f"time from a tempo change (120 -> 132 BPM) to the stretched loop sounding; reference: a bar is "
        f"{bar:.1f} s (target within {TARGET_BARS} bars, {TARGET_BARS * bar:.0f} s)"
    )
    rng = np.random.default_rng(2)
    cases = [("one 4-bar loop", [8 * RATE], 1), (f"{TRACKS} one-bar loops", [2 * RATE] * 4, TRACKS // 4)]
    for label, lengths, times in cases:
        begin = time.perf_counter()
        for frames in lengths:
            loop = rng.uniform(-0.5, 0.5, (frames, 2)).astype(np.float32)
            stretch_loop(loop, round(frames * 120 / 132), RATE)
        rendered = (time.perf_counter() - begin) * times
        # The swap waits for the first bar line a margin after the rendering is done (the tempo is 132 by
        # then): just after that when a bar line falls there, a whole bar later at worst.
        soonest = rendered + SWAP_MARGIN_BEATS * 60 / 132
        latest = soonest + 4 * 60 / 132
        verdict = "ok" if latest <= TARGET_BARS * bar else "OVER TARGET"
        print(
            f"  {label}: rendered in {rendered:.2f} s; sounding {soonest:.2f} to {latest:.2f} s after the "
            f"change (the next bar line)  {verdict}",
            flush=True,
        )


def run(_: list[str]) -> None:
    callback_times()
    time_to_sound()
