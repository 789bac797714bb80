"""Pitch-true tempo changes through the renderer: a 440 Hz tone recorded at 120 BPM, played at 132.

With ``tape`` the loop is resampled as it plays: 10 % faster, 10 % higher (484 Hz). With ``pitch`` it
varispeeds the same way until the next bar line, then plays the rendering made at 132 BPM: 440 Hz again.
"""

from __future__ import annotations

import tracemalloc
from collections.abc import Callable

import numpy as np
import numpy.typing as npt
import pytest

from oscserver.audio.looptable import LoopStatus
from oscserver.audio.memory import Stat
from oscserver.audio.realtime.stretched import ORIGINAL
from oscserver.audio.stretcher import Done, LoopStretcher, StretchMode
from tests.unit.audio.audio_rig import RATE, Rig
from tests.unit.audio.realtime.test_allocation import BLOCK, INTERPRETER_ALLOWANCE

F32 = npt.NDArray[np.float32]
TONE = 440.0


def tone(first: int, count: int) -> F32:
    t = np.arange(first, first + count) / RATE
    wave = 0.5 * np.sin(2.0 * np.pi * TONE * t)
    return np.stack([wave, wave], axis=1).astype(np.float32)


def frequency(signal: F32) -> float:
    """By its rising zero crossings, each placed between two frames by linear interpolation."""
    left = signal[:, 0].astype(np.float64)
    rising = np.nonzero((left[:-1] < 0.0) & (left[1:] >= 0.0))[0]
    crossings = rising + left[rising] / (left[rising] - left[rising + 1])
    return float((len(crossings) - 1) / ((crossings[-1] - crossings[0]) / RATE))


class RigTransport:
    def __init__(self, rig: Rig) -> None:
        self.rig = rig

    @property
    def tempo(self) -> float:
        return self.rig.timeline.tempo

    @property
    def quantum(self) -> float:
        return self.rig.timeline.quantum

    def beat_now(self) -> float:
        return self.rig.beat_now()


class Looping:
    """A rig with one track holding one bar of the tone (recorded at 120 BPM), and its stretcher."""

    def __init__(
        self, submit: Callable[[Callable[[], F32], Done], None] | None = None, block: int = 1024
    ) -> None:
        self.rig = rig = Rig(tracks=1, seconds=6.0, block=block, source=tone)
        self.out = np.zeros((block, 2), dtype=np.float32)
        self.stretcher = LoopStretcher(rig.looper, RigTransport(rig), lambda: RATE, submit or self._at_once)
        rig.run_beats(4)
        rig.record(1, 1)
        self.run_beats(1)
        assert rig.control.loop_status(0) is LoopStatus.LOOP

    def _at_once(self, work: Callable[[], F32], done: Done) -> None:
        done(work())

    def run_beats(self, beats: float) -> None:
        """Render, with the server's poll after each block: events in, then a refresh."""
        end = self.rig.beat_now() + beats
        while self.rig.beat_now() < end:
            self.rig.step()
            for event in self.rig.control.events():
                self.stretcher.event(event)
            self.stretcher.refresh(self.rig.control)

    def heard(self, from_beat: float, to_beat: float) -> F32:
        first, last = (round(self.rig.frame_of(b)) for b in (from_beat, to_beat))
        return self.rig.output[first:last]

    def reading(self) -> int:
        return self.rig.renderer.stretches.readings[0].slot


def next_bar(beat: float) -> float:
    return (beat // 4.0 + 1.0) * 4.0


def test_tape_moves_the_pitch_with_the_tempo() -> None:
    looping = Looping()
    assert frequency(looping.heard(looping.rig.beat_now() - 0.9, looping.rig.beat_now())) == pytest.approx(
        TONE, rel=0.002
    )
    looping.rig.set_tempo(132.0)
    start = looping.rig.beat_now()
    looping.run_beats(4)
    assert frequency(looping.heard(start + 0.5, start + 4.0)) == pytest.approx(TONE * 1.1, rel=0.002)
    assert looping.reading() == ORIGINAL


def test_pitch_varispeeds_until_the_bar_line_then_keeps_the_pitch() -> None:
    looping = Looping()
    looping.stretcher.set_mode(1, StretchMode.PITCH)
    looping.run_beats(1)
    assert looping.reading() == ORIGINAL  # at the recorded tempo: the recording itself
    looping.rig.set_tempo(132.0)
    changed = looping.rig.beat_now()
    swap = next_bar(changed + 0.25)
    looping.run_beats(0.1)
    assert looping.reading() == ORIGINAL  # meanwhile, varispeed
    looping.run_beats(swap - looping.rig.beat_now() - 0.05)
    assert frequency(looping.heard(changed + 0.05, looping.rig.beat_now())) == pytest.approx(
        TONE * 1.1, rel=0.01
    )
    looping.run_beats(4.1)
    assert looping.reading() == 0
    assert frequency(looping.heard(swap + 0.1, swap + 4.0)) == pytest.approx(TONE, rel=0.01)


def test_back_to_the_recorded_tempo_plays_the_recording_again() -> None:
    looping = Looping()
    looping.stretcher.set_mode(1, StretchMode.PITCH)
    looping.rig.set_tempo(132.0)
    looping.run_beats(5)
    assert looping.reading() == 0
    looping.rig.set_tempo(120.0)
    looping.run_beats(5)
    assert looping.reading() == ORIGINAL
    assert looping.stretcher.tracks[0].reading_tempo is None


def test_every_rendering_is_made_from_the_recording_never_from_a_rendering() -> None:
    inputs: list[F32] = []
    looping: Looping | None = None

    def spy(work: Callable[[], F32], done: Done) -> None:
        assert looping is not None
        inputs.append(looping.rig.control.read_loop(0)[1])  # type: ignore[index]
        done(work())

    looping = Looping(spy)
    recording = looping.rig.control.read_loop(0)
    assert recording is not None
    looping.stretcher.set_mode(1, StretchMode.PITCH)
    for tempo in (132.0, 100.0, 90.0):
        looping.rig.set_tempo(tempo)
        looping.run_beats(5)
    assert len(inputs) == 3
    assert looping.reading() in (0, 1)
    for given in inputs:
        np.testing.assert_array_equal(given, recording[1])


def test_an_overdub_plays_the_recording_and_renders_again_after_it() -> None:
    looping = Looping()
    looping.stretcher.set_mode(1, StretchMode.PITCH)
    looping.rig.set_tempo(132.0)
    looping.run_beats(5)
    assert looping.reading() == 0
    looping.rig.overdub(1, True)
    looping.run_beats(5)
    assert looping.reading() == ORIGINAL  # the overdub is heard as it is layered
    assert looping.stretcher.tracks[0].aims_at is None
    looping.rig.overdub(1, False)
    looping.run_beats(12)
    assert looping.reading() in (0, 1)
    assert looping.stretcher.tracks[0].reading_tempo == 132.0


def test_a_rendering_of_a_recording_changed_since_it_was_read_is_refused() -> None:
    looping = Looping()
    rig = looping.rig
    read_at = rig.control.stat(Stat.BEAT)
    rig.overdub(1, True)
    looping.run_beats(5)
    rig.overdub(1, False)
    looping.run_beats(5)
    shape, frames = rig.control.read_loop(0)  # type: ignore[misc]
    rig.control.stretch_loop(0, 2.0, frames, shape.exact, next_bar(rig.beat_now()), read_at)
    looping.run_beats(5)
    assert looping.reading() == ORIGINAL


def test_the_swap_and_the_stretched_reading_make_numpy_allocate_nothing() -> None:
    looping = Looping(block=BLOCK)
    rig = looping.rig
    looping.stretcher.set_mode(1, StretchMode.PITCH)
    rig.set_tempo(132.0)
    looping.run_beats(0.1)  # the rendering is made and asked for
    assert rig.renderer.stretches.readings[0].pending_ticket > 0.0
    allocated = []
    crossfading = 0  # blocks in which the recording faded out as the stretch buffer faded in
    tracemalloc.start()
    try:
        for _ in range(round(6 * RATE / BLOCK)):  # past the bar line, then reading the stretch buffer
            heard = rig.heard(rig.frame)
            incoming = tone(rig.frame, BLOCK)
            before = tracemalloc.get_traced_memory()[0]
            tracemalloc.reset_peak()
            rig.renderer.process(incoming, looping.out, heard)
            allocated.append(tracemalloc.get_traced_memory()[1] - before)
            crossfading += rig.renderer.stretches.readings[0].fading
            rig.frame += BLOCK
    finally:
        tracemalloc.stop()
    assert looping.reading() == 0 and crossfading > 0
    assert max(allocated) < INTERPRETER_ALLOWANCE


def test_a_rendering_that_fails_is_not_tried_again_at_the_same_tempo() -> None:
    attempts: list[int] = []

    def failing(work: Callable[[], F32], done: Done) -> None:
        attempts.append(1)
        done(None)  # as ThreadSubmit reports a rendering that raised

    looping = Looping(failing)
    looping.stretcher.set_mode(1, StretchMode.PITCH)
    looping.rig.set_tempo(132.0)
    looping.run_beats(2)
    assert len(attempts) == 1 and looping.reading() == ORIGINAL  # it varispeeds
    looping.rig.set_tempo(140.0)
    looping.run_beats(0.5)
    assert len(attempts) == 2
