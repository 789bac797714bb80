"""A loop's thumbnail: its peak level in a fixed number of equal slices, for the control page to draw.

``GET /waveform/<n>`` answers ``{"track": n, "peaks": [...]}``: 200 numbers from 0 to 1 (the loudest sample of
each slice, over both channels), or an empty list for a track without a loop. Reading a loop copies it out of
the renderer's memory, so the work runs in a thread: the event loop keeps serving OSC meanwhile.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
import numpy.typing as npt

from oscserver.audio.subsystem import LooperSubsystem

PEAKS = 200

LoopFrames = Callable[[int], npt.NDArray[np.float32] | None]


def peaks(frames: npt.NDArray[np.float32] | None, count: int = PEAKS) -> list[float]:
    """The peak of each of ``count`` equal slices of ``frames`` (frames x channels, or mono), 0 to 1."""
    if frames is None or frames.shape[0] == 0:
        return []
    levels = np.abs(frames.reshape(frames.shape[0], -1)).max(axis=1)
    # Where each slice starts; a loop shorter than ``count`` frames repeats frames (reduceat then takes one).
    starts = (np.arange(count, dtype=np.int64) * levels.shape[0]) // count
    sliced = np.maximum.reduceat(levels, starts)
    return [round(float(min(1.0, v)), 4) for v in sliced]


def loop_frames(looper: LooperSubsystem) -> LoopFrames:
    """Track ``n``'s loop (counted from 1) as its frames, from the renderer or, while the device is away,
    from what the server keeps; None when the track holds no whole loop."""

    def frames(number: int) -> npt.NDArray[np.float32] | None:
        control = looper.control
        if control is not None:
            loop = control.read_loop(number - 1)
            return None if loop is None else loop[1]
        kept = looper.loops.kept().get(number)
        return None if kept is None else kept.frames

    return frames
