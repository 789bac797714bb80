"""Multiply, on the server's side: the repeats of a loop written after it in its track's buffer, before the
renderer is told the loop is longer.

The renderer reads and overdubs only a loop's own frames, so the frames after them are the server's to
write while the loop plays; from the bar line the multiply takes effect the renderer plays them as the loop's
repeats (and an overdub layers onto each repeat separately). Nothing is allocated in the audio callback.
"""

from __future__ import annotations

import math

import numpy as np
import numpy.typing as npt

from oscserver.audio.looptable import LoopShape
from oscserver.exceptions import InvalidArgument

F32 = npt.NDArray[np.float32]


def multiplied_frames(shape: LoopShape, times: int) -> int:
    """The stored frames of the loop ``times`` as long: those that start within its exact length."""
    return max(1, math.ceil(shape.exact * times - shape.offset - 1e-6))


def write_repeats(buffer: F32, shape: LoopShape, times: int) -> int:
    """Write the loop's repeats after it in its track's ``buffer`` (frames, 2); returns the frames of the
    loop ``times`` as long. A repeat starts where the loop's exact length puts it (loops rarely last a whole
    number of frames), each of its frames taken from the stored frame nearest below."""
    frames = multiplied_frames(shape, times)
    if frames > buffer.shape[0]:
        seconds_note = f"{frames} frames, a track holds {buffer.shape[0]}"
        raise InvalidArgument(f"the loop {times} times as long would not fit its track ({seconds_note})")
    stored = shape.frames
    at = np.arange(stored, frames, dtype=np.float64) + shape.offset
    source = np.floor(np.mod(at, shape.exact) - shape.offset + 1e-6).astype(np.int64)
    np.clip(source, 0, stored - 1, out=source)
    buffer[stored:frames] = buffer[source]
    return frames
