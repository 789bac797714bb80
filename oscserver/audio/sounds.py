"""The few sounds the server makes itself: the click, and the signal that measures round-trip latency."""

from __future__ import annotations

import numpy as np
import numpy.typing as npt

F32 = npt.NDArray[np.float32]

CLICK_SECONDS = 0.03
ACCENT_HZ = 1500.0
BEAT_HZ = 1000.0
ACCENT_LEVEL = 1.0
BEAT_LEVEL = 0.6

BURST_FRAMES = 512
BURSTS = 6
BURST_SPACING_SECONDS = 0.15
CALIBRATION_LEVEL = 0.5


def click(samplerate: int, accent: bool) -> F32:
    """A short decaying sine: higher and louder on the first beat of a bar."""
    frames = int(CLICK_SECONDS * samplerate)
    t = np.arange(frames) / samplerate
    attack = np.minimum(t / 0.001, 1.0)  # 1 ms: no click of its own at the start
    decay = np.exp(-t / 0.006)
    tail = np.minimum((CLICK_SECONDS - t) / 0.003, 1.0)  # and none at the end
    tone = np.sin(2 * np.pi * (ACCENT_HZ if accent else BEAT_HZ) * t)
    level = ACCENT_LEVEL if accent else BEAT_LEVEL
    return (level * attack * decay * tail * tone).astype(np.float32)


def calibration_signal(samplerate: int) -> F32:
    """A train of pseudo-random noise bursts.

    Noise correlates with itself at one lag only, so the delay through a loopback shows as one sharp peak in
    the cross-correlation, sample-exact, even through a sound card's filters and some room noise; several
    bursts make the peak stand far above a stray click.
    """
    spacing = int(BURST_SPACING_SECONDS * samplerate)
    signal = np.zeros(spacing * BURSTS, dtype=np.float32)
    noise = np.random.default_rng(20240917).choice([-1.0, 1.0], size=(BURSTS, BURST_FRAMES))
    for index in range(BURSTS):
        signal[index * spacing : index * spacing + BURST_FRAMES] = CALIBRATION_LEVEL * noise[index]
    return signal
