"""A loop put back in place of a track's loop (undo, redo) through the renderer, sample for sample: a steady
440 Hz tone loop replaced by a 660 Hz one crossfades in phase over the renderer's fade, with no gap, and the
loop then goes back into the track's own buffer without a trace."""

from __future__ import annotations

import numpy as np
import numpy.typing as npt
import pytest

from oscserver.audio.looptable import LoopShape, LoopStatus
from oscserver.audio.memory import Stat
from oscserver.engine.looper import Clear, Play
from oscserver.exceptions import Unavailable
from tests.unit.audio.audio_rig import RATE, Rig, silence

F32 = npt.NDArray[np.float32]
BAR = 96000  # at 120 BPM
SHAPE = LoopShape(frames=BAR, exact=float(BAR), offset=0.0, loop_beats=4.0, anchor=0.0)
BLOCK = 128  # (the fade, 240 frames, spans two blocks and a part)


def tone(hertz: float) -> F32:
    """A bar of a steady tone (a whole number of cycles: it loops without a seam)."""
    wave = 0.5 * np.sin(2.0 * np.pi * hertz * np.arange(BAR) / RATE)
    return np.stack([wave, wave], axis=1).astype(np.float32)


LOW, HIGH = tone(440.0), tone(660.0)


def playing_low() -> Rig:
    """Track 1 playing the 440 Hz loop from beat 4 (frame 96000), up to frame 120064."""
    rig = Rig(seconds=4, block=BLOCK, source=silence)
    rig.control.install_loop(0, SHAPE, LOW)
    rig.send([Play(1, 4.0)])
    rig.run_to_frame(BAR + 24000)
    return rig


def crossfade(frames: npt.NDArray[np.int64], switch: int, fade: int) -> F32:
    """The two loops at those frames, the low one fading out and the high one in from frame ``switch``."""
    rising = np.clip((frames - switch) / fade, 0.0, 1.0)[:, None]
    low = (LOW[frames % BAR].astype(np.float64) * (1.0 - rising)).astype(np.float32)
    high = (HIGH[frames % BAR].astype(np.float64) * rising).astype(np.float32)
    return high + low


def test_a_loop_put_back_crossfades_in_phase_with_no_gap_and_returns_to_its_buffer_unheard():
    rig = playing_low()
    switch = rig.frame
    rig.control.replace_loop(0, SHAPE, HIGH)
    rig.run_to_frame(switch + 4 * BLOCK)
    fade = rig.renderer.fade_frames
    frames = np.arange(switch - BLOCK, rig.frame)
    np.testing.assert_allclose(rig.output[frames], crossfade(frames, switch, fade), rtol=0, atol=2e-7)
    # No gap: every 32 frames around the switch sound (a hole in the sound would be a run of zeros).
    windows = rig.output[frames, 0].reshape(-1, 32)
    assert np.abs(windows).max(axis=1).min() > 0.1
    # The old loop faded out, the track's own buffer is the server's; the spare is read until it is back.
    assert rig.control.loop_status(0) is LoopStatus.SPARE
    assert rig.control.stat(Stat.SPARE_READER) == 1.0
    with pytest.raises(Unavailable, match="another loop"):
        rig.control.replace_loop(1, SHAPE, LOW)
    rig.control.return_loop(0, HIGH)
    back = rig.frame
    rig.run_to_frame(back + 8 * BLOCK)
    assert rig.control.loop_status(0) is LoopStatus.LOOP and rig.control.stat(Stat.SPARE_READER) == 0.0
    after = np.arange(switch + fade, rig.frame)
    np.testing.assert_array_equal(rig.output[after], HIGH[after % BAR])
    loop = rig.control.read_loop(0)
    assert loop is not None and loop[0] == SHAPE
    np.testing.assert_array_equal(loop[1], HIGH)


def test_a_track_without_a_whole_loop_refuses_a_replacement_and_a_clear_ends_one():
    rig = Rig(seconds=4, block=BLOCK, source=silence)
    with pytest.raises(Unavailable, match="no whole loop"):
        rig.control.replace_loop(0, SHAPE, HIGH)
    rig.control.install_loop(0, SHAPE, LOW)
    rig.run_to_frame(BLOCK)
    rig.control.replace_loop(0, SHAPE, HIGH)  # a loop that is not playing: swapped at once, silently
    rig.run_to_frame(2 * BLOCK)
    assert rig.control.loop_status(0) is LoopStatus.SPARE
    rig.send([Clear(1)])
    rig.run_to_frame(4 * BLOCK)
    assert rig.control.loop_status(0) is LoopStatus.FREE and rig.control.stat(Stat.SPARE_READER) == 0.0
    with pytest.raises(Unavailable, match="not playing from the spare"):
        rig.control.return_loop(0, HIGH)
    assert not rig.output.any()
