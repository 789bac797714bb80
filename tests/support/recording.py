"""Reading what ``jack_rec`` recorded, and finding where the clicks in it start."""

from __future__ import annotations

import wave
from pathlib import Path

import numpy as np
import numpy.typing as npt


def read_wav(path: Path) -> npt.NDArray[np.float64]:
    """Frames x channels of a 16- or 32-bit PCM WAV (what ``jack_rec`` writes)."""
    with wave.open(str(path)) as recording:
        width, channels = recording.getsampwidth(), recording.getnchannels()
        raw = recording.readframes(recording.getnframes())
    dtype = {2: np.int16, 4: np.int32}[width]
    return np.frombuffer(raw, dtype=dtype).reshape(-1, channels).astype(np.float64)


def onsets(
    signal: npt.NDArray[np.float64], gap: int = 2000, threshold: float = 0.05
) -> npt.NDArray[np.int64]:
    """Frames where a sound starts: the first frame above ``threshold`` of the loudest, after a quiet gap
    of at least ``gap`` frames."""
    if not signal.any():
        return np.zeros(0, dtype=np.int64)
    loud = np.abs(signal) > threshold * np.abs(signal).max()
    starts = np.flatnonzero(loud & ~np.r_[False, loud[:-1]])
    found: list[int] = []
    for start in starts:
        if not found or start - found[-1] > gap:
            found.append(int(start))
    return np.array(found, dtype=np.int64)
