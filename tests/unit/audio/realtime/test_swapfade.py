"""The swap to a time-stretched rendering, sample for sample: a crossfade, not a cut.

A bar of a 440 Hz tone recorded at 120 BPM (96000 frames) plays from beat 0; at beat 4 (frame 96000) the
tempo goes to 144 BPM, where a bar is 80000 frames, so every bar line falls on a block's first frame. The
loop varispeeds (1.2 of its frames a frame) until the rendering asked for from the next bar line takes over;
a rendering of 80000 frames plays there exactly one of its frames a frame. The renderings here are tones of
other pitches and phases, so that a cut between the two would show.
"""

from __future__ import annotations

import numpy as np
import numpy.typing as npt

from oscserver.audio.looptable import LoopShape
from oscserver.audio.memory import Stat
from oscserver.audio.realtime.commands import Event
from oscserver.engine.looper import Clear, Play, Stop
from tests.unit.audio.audio_rig import RATE, Rig, silence

F32 = npt.NDArray[np.float32]
F64 = npt.NDArray[np.float64]
I64 = npt.NDArray[np.int64]

BAR = 96000  # the recording: a bar at 120 BPM
SHAPE = LoopShape(frames=BAR, exact=float(BAR), offset=0.0, loop_beats=4.0, anchor=0.0)
FAST_BAR = 80000  # a bar at 144 BPM
CHANGE = 96000  # the frame of beat 4, where the tempo changes
BLOCK = 128  # (the fade, 240 frames, spans two blocks)


def tone(hertz: float, frames: int, phase: float = 0.0) -> F32:
    wave = 0.5 * np.sin(2.0 * np.pi * hertz * np.arange(frames) / RATE + phase)
    return np.stack([wave, wave], axis=1).astype(np.float32)


RECORDINGS = (tone(440.0, BAR), tone(660.0, BAR))
RENDERINGS = (tone(550.0, FAST_BAR, 1.0), tone(330.0, FAST_BAR, 2.0))
SECOND_RENDERING = tone(495.0, FAST_BAR, 2.5)


def bar_frame(beat: float) -> int:
    """The frame a bar line at 144 BPM falls on."""
    return CHANGE + round((beat - 4.0) * FAST_BAR / 4.0)


def varispeeding(recording: F32, frames: I64) -> F64:
    """The recording as the renderer reads it at 144 BPM: at beat b, position (b / 4 mod 1) of the bar,
    interpolated linearly between its stored frames."""
    beats = 4.0 + (frames - CHANGE) * (144.0 / 60.0 / RATE)
    position = (beats / 4.0) % 1.0 * BAR
    first = np.floor(position).astype(np.int64)
    fraction = (position - first)[:, None]
    before = recording[first % BAR].astype(np.float64)
    after = recording[(first + 1) % BAR].astype(np.float64)
    result: F64 = before + (after - before) * fraction
    return result


def rendered(rendering: F32, frames: I64, bar: int) -> F64:
    """A rendering at 144 BPM, read one of its frames a frame from its start at a bar line."""
    return rendering[(frames - bar) % FAST_BAR].astype(np.float64)


def crossfade(outgoing: F64, incoming: F64, frames: I64, switch: int, fade: int) -> F64:
    """Linear, from the switch: the two gains add up to 1 at every frame."""
    rising = np.clip((frames - switch) / fade, 0.0, 1.0)[:, None]
    return outgoing * (1.0 - rising) + incoming * rising


class Swapping:
    """A rig whose tracks play the recordings from beat 0, at 144 BPM from beat 4; the server's events
    are collected after every block, with the frame the block ended at."""

    def __init__(self, tracks: int) -> None:
        self.rig = rig = Rig(tracks=tracks, seconds=4, block=BLOCK, source=silence)
        self.events: list[tuple[int, int, int, float]] = []  # (frame after the block, event, track, ticket)
        for track in range(tracks):
            rig.control.install_loop(track, SHAPE, RECORDINGS[track])
            rig.send([Play(track + 1, 0.0)])
        self.run_to(CHANGE)
        rig.set_tempo(144.0)
        self.run_to(CHANGE + 10 * BLOCK)

    def run_to(self, frame: int) -> None:
        while self.rig.frame < frame:
            self.rig.step()
            for event in self.rig.control.events():
                self.events.append((self.rig.frame, int(event[0]), int(event[1]), event[2]))

    def stretch(self, track: int, ticket: float, rendering: F32, beat: float) -> None:
        """What the server asks for once a rendering is made: from the bar line at ``beat``."""
        read = self.rig.control.stat(Stat.BEAT)
        self.rig.control.stretch_loop(track, ticket, rendering, float(FAST_BAR), beat, read)

    def reported(self, code: Event) -> list[tuple[int, float]]:
        """When (the frame after the block) each event of that kind came, and its ticket."""
        return [(frame, ticket) for frame, event, _, ticket in self.events if event == code]


def test_the_swap_crossfades_from_the_varispeeding_recording_then_plays_the_rendering_alone() -> None:
    swapping = Swapping(tracks=1)
    rig = swapping.rig
    switch = bar_frame(8.0)
    swapping.stretch(0, 2.0, RENDERINGS[0], 8.0)
    swapping.run_to(switch + 8 * BLOCK)
    fade = rig.renderer.fade_frames
    frames = np.arange(switch - 4 * BLOCK, switch + fade)
    expected = crossfade(
        varispeeding(RECORDINGS[0], frames), rendered(RENDERINGS[0], frames, switch), frames, switch, fade
    )
    np.testing.assert_allclose(rig.output[frames], expected, rtol=0, atol=1e-6)
    # No discontinuity: no step between neighbouring frames larger than the tones' own steepest.
    steps = np.abs(np.diff(rig.output[frames, 0].astype(np.float64)))
    assert steps.max() < 0.5 * 2.0 * np.pi * 660.0 / RATE
    # After the fade, the rendering alone, exactly.
    after = np.arange(switch + fade, rig.frame)
    np.testing.assert_array_equal(rig.output[after], RENDERINGS[0][(after - switch) % FAST_BAR])
    assert not rig.renderer.stretches.readings[0].fading


def test_a_rendering_replacing_one_crossfades_and_its_slot_is_reported_free_only_once_silent() -> None:
    swapping = Swapping(tracks=1)
    rig = swapping.rig
    swapping.stretch(0, 2.0, RENDERINGS[0], 8.0)
    first = bar_frame(8.0)
    swapping.run_to(first + 8 * BLOCK)
    swapping.stretch(0, 5.0, SECOND_RENDERING, 12.0)  # into the other slot
    switch = bar_frame(12.0)
    swapping.run_to(switch + 8 * BLOCK)
    fade = rig.renderer.fade_frames
    frames = np.arange(switch - 4 * BLOCK, rig.frame)
    expected = crossfade(
        rendered(RENDERINGS[0], frames, first),
        rendered(SECOND_RENDERING, frames, switch),
        frames,
        switch,
        fade,
    )
    np.testing.assert_allclose(rig.output[frames], expected, rtol=0, atol=1e-6)
    # Each reported sounding (the slot before it free) only after the block in which the fade ended: the
    # fade's last frame is switch + 239, in the block [switch + 128, switch + 256); the next block says so.
    last_block_end = switch + 2 * BLOCK
    assert swapping.reported(Event.STRETCH_SOUNDING) == [
        (first + 3 * BLOCK, 2.0),
        (last_block_end + BLOCK, 5.0),
    ]
    assert swapping.reported(Event.STRETCH_DROPPED) == []


def test_a_slot_fading_out_is_not_reported_dropped_until_silent() -> None:
    swapping = Swapping(tracks=1)
    rig = swapping.rig
    swapping.stretch(0, 2.0, RENDERINGS[0], 8.0)
    swapping.run_to(bar_frame(8.0) + 8 * BLOCK)
    swapping.stretch(0, 5.0, SECOND_RENDERING, 12.0)
    switch = bar_frame(12.0)
    swapping.run_to(switch + BLOCK)  # slot 0 fading out, slot 1 fading in
    rig.send([Clear(1)])  # the recording goes: every rendering of it is stale
    swapping.run_to(switch + 2 * BLOCK)
    # Slot 0 was read in that block (the clear's ramp ends with it): not free yet.
    assert swapping.reported(Event.STRETCH_DROPPED) == []
    swapping.run_to(switch + 3 * BLOCK)
    assert swapping.reported(Event.STRETCH_DROPPED) == [(switch + 3 * BLOCK, 5.0)]
    # The swap's own report was held back with it, and is superseded: the drop says every ticket is done.
    assert swapping.reported(Event.STRETCH_SOUNDING) == [(bar_frame(8.0) + 3 * BLOCK, 2.0)]
    reading = rig.renderer.stretches.readings[0]
    assert reading.slot == -1 and reading.outgoing.env_end == 0.0
    assert not reading.fading


def test_two_tracks_swapping_at_the_same_bar_line_both_crossfade() -> None:
    swapping = Swapping(tracks=2)
    rig = swapping.rig
    switch = bar_frame(8.0)
    swapping.stretch(0, 2.0, RENDERINGS[0], 8.0)
    swapping.stretch(1, 2.0, RENDERINGS[1], 8.0)
    swapping.run_to(switch + 8 * BLOCK)
    fade = rig.renderer.fade_frames
    frames = np.arange(switch - 4 * BLOCK, rig.frame)
    expected = sum(
        crossfade(
            varispeeding(RECORDINGS[track], frames),
            rendered(RENDERINGS[track], frames, switch),
            frames,
            switch,
            fade,
        )
        for track in range(2)
    )
    np.testing.assert_allclose(rig.output[frames], expected, rtol=0, atol=2e-6)
    sounding = sorted(
        (track, frame) for frame, event, track, _ in swapping.events if event == Event.STRETCH_SOUNDING
    )
    assert sounding == [(0, switch + 3 * BLOCK), (1, switch + 3 * BLOCK)]


def test_a_track_stopping_at_the_swap_fades_out_as_it_was_and_swaps_once_silent() -> None:
    swapping = Swapping(tracks=1)
    rig = swapping.rig
    switch = bar_frame(8.0)
    swapping.stretch(0, 2.0, RENDERINGS[0], 8.0)
    rig.send([Stop(1, 8.0)])
    swapping.run_to(switch + 8 * BLOCK)
    fade = rig.renderer.fade_frames
    frames = np.arange(switch - 4 * BLOCK, rig.frame)
    falling = np.clip(1.0 - (frames - switch) / fade, 0.0, 1.0)[:, None]
    expected = varispeeding(RECORDINGS[0], frames) * falling  # the stop's ramp, and nothing over it
    np.testing.assert_allclose(rig.output[frames], expected, rtol=0, atol=1e-6)
    # Swapped in silence, in the block after the ramp's last frame (switch + 239): nothing left to fade.
    assert swapping.reported(Event.STRETCH_SOUNDING) == [(switch + 3 * BLOCK, 2.0)]
    assert rig.renderer.stretches.readings[0].slot == 0


def test_back_to_the_recording_crossfades_from_the_rendering() -> None:
    swapping = Swapping(tracks=1)
    rig = swapping.rig
    first = bar_frame(8.0)
    swapping.stretch(0, 2.0, RENDERINGS[0], 8.0)
    swapping.run_to(first + 8 * BLOCK)
    read = rig.control.stat(Stat.BEAT)
    rig.control.stretch_loop(0, 4.0, None, 0.0, 12.0, read)  # (as the server asks it: no length)
    switch = bar_frame(12.0)
    swapping.run_to(switch + 8 * BLOCK)
    fade = rig.renderer.fade_frames
    frames = np.arange(switch - 4 * BLOCK, rig.frame)
    expected = crossfade(
        rendered(RENDERINGS[0], frames, first), varispeeding(RECORDINGS[0], frames), frames, switch, fade
    )
    np.testing.assert_allclose(rig.output[frames], expected, rtol=0, atol=1e-6)
    assert swapping.reported(Event.STRETCH_SOUNDING)[-1] == (switch + 3 * BLOCK, 4.0)
