"""A renderer driven directly, block by block, on a manual timeline: the looper with no sound card.

The input is a ramp that encodes each input frame's number in its value, so an output value says exactly
which input frame it is (and, between two, how far along).
"""

from __future__ import annotations

import math
from collections.abc import Callable

import numpy as np
import numpy.typing as npt

from oscserver.audio.control import AudioControl
from oscserver.audio.memory import EngineMemory
from oscserver.audio.realtime.renderer import Renderer, RendererSpec
from oscserver.engine.looper import Change, Effect, Looper
from oscserver.engine.timeline import Timeline

RATE = 48000
CODE = 2**19  # ramp values (k + 1) / CODE are exact in float32; frames must stay below CODE
START = 100.0  # host time of frame 0

Source = Callable[[int, int], npt.NDArray[np.float32]]


def ramp(first: int, count: int) -> npt.NDArray[np.float32]:
    """Input frame f is ((f mod CODE) + 1) / CODE on the left, its negative on the right."""
    frames = np.arange(first, first + count)
    values = ((frames % CODE) + 1) / CODE
    return np.stack([values, -values], axis=1).astype(np.float32)


def decode(values: npt.NDArray[np.floating]) -> npt.NDArray[np.float64]:
    """The (fractional) input frame a ramp value came from."""
    return np.asarray(values, dtype=np.float64) * CODE - 1.0


def silence(first: int, count: int) -> npt.NDArray[np.float32]:
    return np.zeros((count, 2), dtype=np.float32)


class Rig:
    def __init__(
        self,
        tracks: int = 2,
        seconds: float = 10.0,
        tempo: float = 120.0,
        latency: int = 0,
        block: int = 256,
        source: Source = ramp,
    ) -> None:
        self.spec = RendererSpec(RATE, tracks, int(seconds * RATE), max_block=block, latency_frames=latency)
        self.memory = EngineMemory.in_process(self.spec.layout)
        self.renderer = Renderer(self.spec, self.memory)
        self.control = AudioControl(self.memory, RATE)
        self.timeline = Timeline(time=START, beat=0.0, tempo=tempo, quantum=4.0)
        self.control.publish(self.timeline, True)
        self.looper = Looper(tracks, history_seconds=seconds - 1.0, capacity_seconds=seconds)
        self.block = block
        self.source = source
        self.frame = 0
        self.lost = 0.0  # seconds the device has lost (xruns): its frames are heard that much later
        self._xrun = False
        self.changes: list[Change] = []
        self._output: list[npt.NDArray[np.float32]] = []
        self._input: list[npt.NDArray[np.float32]] = []

    # -- time ------------------------------------------------------------------------------------------

    @staticmethod
    def heard(frame: int) -> float:
        return START + frame / RATE

    def frame_of(self, beat: float) -> float:
        """The (fractional) frame a beat falls on, under the timeline in force."""
        return (self.timeline.time_at(beat) - START) * RATE

    def beat_now(self) -> float:
        """The beat a request handled now is stamped with: the beat of the next frame to be heard."""
        return self.timeline.beat_at(self.heard(self.frame))

    def step(self) -> None:
        n = self.block
        incoming = self.source(self.frame, n)
        out = np.zeros((n, 2), dtype=np.float32)
        self.renderer.process(incoming, out, self.heard(self.frame) + self.lost, self._xrun)
        self._xrun = False
        self._input.append(incoming)
        self._output.append(out)
        self.frame += n
        # The server's beat timer: state changes at their bar lines.
        self.changes.extend(self.looper.advance(self.beat_now()))

    def lose(self, seconds: float) -> None:
        """The device loses ``seconds`` before the next block (an xrun, reported with that block)."""
        self.lost += seconds
        self._xrun = True

    def run_to_frame(self, frame: float) -> None:
        while self.frame < frame:
            self.step()

    def run_to_beat(self, beat: float) -> None:
        self.run_to_frame(math.ceil(self.frame_of(beat)))

    def run_beats(self, beats: float) -> None:
        self.run_to_beat(self.beat_now() + beats)

    def set_tempo(self, tempo: float, at_frame: int | None = None) -> None:
        """A tempo change at the given frame's time (default: the next block), as Link makes one."""
        at = self.heard(self.frame if at_frame is None else at_frame)
        self.timeline = self.timeline.with_tempo(tempo, at)
        self.control.publish(self.timeline, True)

    # -- the looper ------------------------------------------------------------------------------------

    def send(self, effects: list[Effect]) -> None:
        self.control.send(effects)

    def record(self, track: int, bars: int) -> None:
        self.send(self.looper.record(track, bars, self.beat_now(), self.timeline))

    def arm(self, track: int, bars: int) -> None:
        self.send(self.looper.arm(track, bars, self.beat_now(), self.timeline))

    def play(self, track: int) -> None:
        self.send(self.looper.play(track, self.beat_now(), self.timeline))

    def stop(self, track: int) -> None:
        self.send(self.looper.stop(track, self.beat_now(), self.timeline))

    def overdub(self, track: int, on: bool) -> None:
        self.send(self.looper.set_overdub(track, on, self.beat_now(), self.timeline))

    # -- results ---------------------------------------------------------------------------------------

    @property
    def output(self) -> npt.NDArray[np.float32]:
        return np.concatenate(self._output) if self._output else np.zeros((0, 2), dtype=np.float32)

    @property
    def input(self) -> npt.NDArray[np.float32]:
        return np.concatenate(self._input) if self._input else np.zeros((0, 2), dtype=np.float32)

    def stored(self, start: int, frames: int) -> npt.NDArray[np.float32]:
        """What a loop of input frames [start, start + frames) holds: the input, its seam crossfaded with
        the input just before it (equal power over the renderer's fade)."""
        fade = self.renderer.fade_frames
        data = ramp(start, frames) if self.source is ramp else self.input[start : start + frames].copy()
        if frames >= 2 * fade and start >= fade:  # (no crossfade without the input before the take)
            angles = (np.arange(fade) + 1.0) / (fade + 1.0) * (np.pi / 2.0)
            pre = ramp(start - fade, fade) if self.source is ramp else self.input[start - fade : start]
            tail = data[frames - fade :]
            tail *= np.cos(angles).astype(np.float32)[:, None]
            tail += pre * np.sin(angles).astype(np.float32)[:, None]
        return data
