"""A loop time-stretched to another length with its pitch kept (Rubber Band, through ``pylibrb``).

Offline mode: it sees the whole loop before it renders (the best quality, and an exact output length), and
its R2 ("faster") engine renders an 8 s stereo loop in about 0.4 s here, where the R3 engine takes about
1.5 s (docs/looper.md has the figures). Rubber Band releases the GIL while it works, so the server runs it
on a thread of its own.

A loop has no start or end: it is stretched with a copy of its end before it and of its start after it, and
the middle is kept. Rubber Band keeps the sound but not its exact phase, so the middle's last frame does not
quite lead into its first: its first ``SEAM_SECONDS`` are crossfaded from what the rendering went on with
after the middle (which does lead on from its last frame) into the middle itself.
"""

from __future__ import annotations

import numpy as np
import numpy.typing as npt

F32 = npt.NDArray[np.float32]

WRAP_SECONDS = 0.25  # of the loop's own sound on each side while stretching, cut off afterwards
SEAM_SECONDS = 0.01


def stretch_loop(loop: F32, frames_out: int, samplerate: int) -> F32:
    """``loop`` ((frames, 2) float32) stretched to ``frames_out`` frames, its pitch kept."""
    import pylibrb  # (lazily: the server runs without it until a track is set to ``pitch``)

    frames = loop.shape[0]
    if frames <= 0 or frames_out <= 0:
        raise ValueError("a loop and its stretched length must have frames")
    ratio = frames_out / frames
    wrap = min(frames, round(WRAP_SECONDS * samplerate))
    # The loop with its own end before it and start after it, channels first, as Rubber Band takes it.
    padded = np.concatenate((loop[frames - wrap :], loop, loop[:wrap])).T.copy()
    options = pylibrb.Option.PROCESS_OFFLINE | pylibrb.Option.ENGINE_FASTER
    stretcher = pylibrb.RubberBandStretcher(samplerate, 2, options, initial_time_ratio=ratio)
    stretcher.set_max_process_size(padded.shape[1])
    stretcher.study(padded, final=True)
    stretcher.process(padded, final=True)
    parts = []
    while (available := stretcher.available()) > 0:
        parts.append(stretcher.retrieve(available))
    rendered = np.concatenate(parts, axis=1) if parts else np.zeros((2, 0), dtype=np.float32)
    first = round(wrap * ratio)
    out = np.zeros((frames_out, 2), dtype=np.float32)
    middle = rendered[:, first : first + frames_out].T
    out[: middle.shape[0]] = middle
    after = rendered[:, first + frames_out : first + frames_out + round(SEAM_SECONDS * samplerate)].T
    seam = min(after.shape[0], frames_out // 2)
    if seam > 0:
        rising = ((np.arange(seam) + 0.5) / seam).astype(np.float32)[:, None]
        out[:seam] = out[:seam] * rising + after[:seam] * (1.0 - rising)
    return out
