"""A stretched reading dropped under a loop that goes on sounding: a crossfade to the recording, not a cut.

The rig of :mod:`test_swapfade`: a bar of a tone at 120 BPM played at 144 BPM, its rendering (another tone)
swapped in at beat 8. An overdub pass (of silence: the recording stays as it was) starting at beat 16 makes
the rendering stale; from the block the overdub's fade would first reach, the rendering fades out where it
was while the recording, varispeeding, fades in at the beat's phase.
"""

from __future__ import annotations

import math

import numpy as np

from oscserver.audio.realtime.commands import Event
from oscserver.engine.looper import Clear, Overdub, Rescale
from tests.unit.audio.audio_rig import RATE
from tests.unit.audio.realtime.test_swapfade import (
    BAR,
    BLOCK,
    CHANGE,
    F32,
    F64,
    I64,
    RECORDINGS,
    RENDERINGS,
    SHAPE,
    Swapping,
    bar_frame,
    crossfade,
    rendered,
    tone,
    varispeeding,
)


def halved(recording: F32, frames: I64) -> F64:
    """The recording's first half bar, looped from beat 16 (in phase: a bar line), as the renderer reads it
    at 144 BPM: at beat b, position ((b - 16) / 2 mod 1) of the half bar, interpolated linearly."""
    half = BAR // 2
    beats = 4.0 + (frames - CHANGE) * (144.0 / 60.0 / RATE)
    position = ((beats - 16.0) / 2.0) % 1.0 * half
    first = np.floor(position).astype(np.int64)
    fraction = (position - first)[:, None]
    before = recording[first % half].astype(np.float64)
    after = recording[(first + 1) % half].astype(np.float64)
    result: F64 = before + (after - before) * fraction
    return result


def playing_the_rendering() -> tuple[Swapping, int]:
    """A track reading its rendering from beat 8 on, its swap's fade over; and the frame of beat 8."""
    swapping = Swapping(tracks=1)
    swapping.stretch(0, 2.0, RENDERINGS[0], 8.0)
    first = bar_frame(8.0)
    swapping.run_to(first + 8 * BLOCK)
    assert swapping.rig.renderer.stretches.readings[0].slot == 0
    return swapping, first


def test_an_overdub_starting_under_a_rendering_crossfades_to_the_varispeeding_recording() -> None:
    swapping, first = playing_the_rendering()
    rig = swapping.rig
    rig.send([Overdub(1, 16.0, math.inf)])
    start = bar_frame(16.0)
    swapping.run_to(start + 8 * BLOCK)
    fade = rig.renderer.fade_frames
    # The drop comes in the first block whose end lies less than the fade before the overdub's start.
    switch = (start - fade) // BLOCK * BLOCK
    frames = np.arange(switch - 4 * BLOCK, rig.frame)
    expected = crossfade(
        rendered(RENDERINGS[0], frames, first), varispeeding(RECORDINGS[0], frames), frames, switch, fade
    )
    np.testing.assert_allclose(rig.output[frames], expected, rtol=0, atol=1e-6)
    steps = np.abs(np.diff(rig.output[frames, 0].astype(np.float64)))
    assert steps.max() < 0.5 * 2.0 * np.pi * 660.0 / RATE
    # The slot reported dropped only in the block after the one in which the fade ended (its last frame,
    # switch + 239, lies in [switch + 128, switch + 256)).
    assert swapping.reported(Event.STRETCH_DROPPED) == [(switch + 3 * BLOCK, 2.0)]
    reading = rig.renderer.stretches.readings[0]
    assert reading.slot == -1 and not reading.fading


def test_a_clear_under_a_rendering_ramps_the_recording_out_and_drops_the_slot_at_once() -> None:
    swapping, _ = playing_the_rendering()
    rig = swapping.rig
    clear = rig.frame
    rig.send([Clear(1)])
    swapping.run_to(clear + 8 * BLOCK)
    # As before: the track reads its own buffer at once, its gain falling to 0 over the clear's block (a
    # jump in gain spread over a block); no second reading over it, and the slot free after that block.
    frames = np.arange(clear, clear + 8 * BLOCK)
    falling = np.clip(1.0 - (frames - clear + 1) / BLOCK, 0.0, 1.0)[:, None]
    expected = varispeeding(RECORDINGS[0], frames) * falling
    np.testing.assert_allclose(rig.output[frames], expected, rtol=0, atol=1e-6)
    assert swapping.reported(Event.STRETCH_DROPPED) == [(clear + BLOCK, 2.0)]
    assert not rig.renderer.stretches.readings[0].fading


def test_a_loop_divided_under_a_rendering_crossfades_to_its_new_shape() -> None:
    swapping, first = playing_the_rendering()
    rig = swapping.rig
    rig.send([Rescale(1, 16.0, 0.5, 0.5)])  # divide by two at the bar line of beat 16
    switch = bar_frame(16.0)
    swapping.run_to(switch + 8 * BLOCK)
    fade = rig.renderer.fade_frames
    frames = np.arange(switch - 4 * BLOCK, rig.frame)
    expected = crossfade(
        rendered(RENDERINGS[0], frames, first), halved(RECORDINGS[0], frames), frames, switch, fade
    )
    np.testing.assert_allclose(rig.output[frames], expected, rtol=0, atol=1e-6)
    assert swapping.reported(Event.STRETCH_DROPPED) == [(switch + 3 * BLOCK, 2.0)]


def test_a_loop_put_back_under_a_rendering_crossfades_from_the_rendering() -> None:
    swapping, first = playing_the_rendering()
    rig = swapping.rig
    switch = rig.frame
    put_back = tone(770.0, BAR, 0.5)  # (an undo: another bar at 120 BPM, played at 144 like the first)
    rig.control.replace_loop(0, SHAPE, put_back)
    swapping.run_to(switch + 8 * BLOCK)
    fade = rig.renderer.fade_frames
    frames = np.arange(switch - 4 * BLOCK, rig.frame)
    expected = crossfade(
        rendered(RENDERINGS[0], frames, first), varispeeding(put_back, frames), frames, switch, fade
    )
    np.testing.assert_allclose(rig.output[frames], expected, rtol=0, atol=1e-6)
    assert swapping.reported(Event.STRETCH_DROPPED) == [(switch + 3 * BLOCK, 2.0)]
