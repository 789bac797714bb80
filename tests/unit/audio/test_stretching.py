"""Rubber Band through :func:`stretch_loop`: the length asked for, the pitch kept, the seam joined."""

from __future__ import annotations

import numpy as np
import pytest

from oscserver.audio.stretching import stretch_loop
from tests.unit.audio.audio_rig import RATE
from tests.unit.audio.realtime.test_stretched import TONE, frequency, tone


def test_a_loop_stretched_to_132_bpm_has_the_length_asked_for_and_its_pitch() -> None:
    loop = tone(0, RATE)  # one second: two beats at 120 BPM
    frames = round(RATE * 120.0 / 132.0)
    stretched = stretch_loop(loop, frames, RATE)
    assert stretched.shape == (frames, 2) and stretched.dtype == np.float32
    assert frequency(stretched) == pytest.approx(TONE, rel=0.01)


def test_the_stretched_loop_wraps_without_a_jump() -> None:
    loop = tone(0, RATE)  # a whole number of cycles: the recording wraps smoothly
    stretched = stretch_loop(loop, round(RATE * 1.2), RATE)
    steps = np.abs(np.diff(np.concatenate((stretched[-50:, 0], stretched[:50, 0]))))
    largest_inside = float(np.abs(np.diff(stretched[1000:2000, 0])).max())
    assert float(steps.max()) <= 1.5 * largest_inside


def test_an_empty_loop_is_refused() -> None:
    with pytest.raises(ValueError):
        stretch_loop(np.zeros((0, 2), dtype=np.float32), 10, RATE)
