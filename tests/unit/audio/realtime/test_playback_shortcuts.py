"""Playback's shortcuts give what the plain forms give, bit for bit.

It reads every row at the positions the plain form gives: each row wrapped at its loop's exact length and
into its stored frames (and mirrored, played backwards) with every remainder applied to every row, where
playback applies them only to the rows that reach a bound in the block, whether a row wraps once, many
times, never, or runs backwards. And a block in which every row is steady (at its gain throughout) gets the
envelope the full computation gives."""

from __future__ import annotations

import math

import numpy as np
import pytest

from oscserver.audio.memory import EngineMemory
from oscserver.audio.realtime.inplace import round_to_micro
from oscserver.audio.realtime.renderer import Renderer, RendererSpec

TRACKS = 6
TRACK_FRAMES = 64  # short loops, so that rows wrap often within a block
BLOCK = 37


def renderer(rng: np.random.Generator) -> Renderer:
    spec = RendererSpec(48000, TRACKS, TRACK_FRAMES, max_block=BLOCK)
    made = Renderer(spec, EngineMemory.in_process(spec.layout))
    loops = made.memory.loop_buffers
    loops[:] = rng.standard_normal(loops.shape).astype(np.float32)
    return made


def plain_read(loops_flat: np.ndarray, rows: list[dict[str, float]], n: int) -> np.ndarray:
    """The read as every row would be wrapped: (rows x n, 2)."""
    out = []
    for row in rows:
        pos = np.arange(n, dtype=np.float64) * row["rate"] + row["position"]
        round_to_micro(pos)
        pos = np.remainder(pos + row["offset"], row["exact"]) - row["offset"]
        pos = np.remainder(pos, row["frames"])
        sign, mirror = (-1.0, row["frames"] - 1.0) if row["reversed"] else (1.0, 0.0)
        pos = np.remainder(pos * sign + mirror, row["frames"])
        floor = np.floor(pos)
        frac = pos - floor
        i0 = floor.astype(np.int64)
        i1 = (i0 + 1) % int(row["frames"])
        base = int(row["base"])
        g0 = loops_flat.take(i0 + base, axis=0, mode="clip")
        g1 = loops_flat.take(i1 + base, axis=0, mode="clip")
        step = np.multiply(g1 - g0, frac[:, None], dtype=np.float64).astype(np.float32)
        out.append(g0 + step)
    return np.concatenate(out)


def random_rows(rng: np.random.Generator, count: int) -> list[dict[str, float]]:
    rows = []
    for track in rng.permutation(TRACKS)[:count]:
        offset = float(rng.choice([0.0, rng.random()]))
        exact = float(rng.uniform(2.0, TRACK_FRAMES - 1))
        frames = max(1, math.ceil(exact - offset - 1e-6))
        exact = float(rng.choice([exact, float(frames)]))  # whole-frame loops too
        period = exact
        rows.append(
            {
                # anywhere from well before the loop to well past it, or just short of a bound
                "position": float(
                    rng.choice(
                        [rng.uniform(-2 * period, 3 * period), period - offset - 1e-7, frames - 1.5, -offset]
                    )
                ),
                "rate": float(rng.choice([1.0, rng.uniform(0.5, 1.5), rng.uniform(-1.5, -0.5), 3.7, 1e-3])),
                "offset": offset,
                "exact": exact,
                "frames": float(frames),
                "base": float(int(track) * TRACK_FRAMES),
                "reversed": float(rng.random() < 0.3),
            }
        )
    return rows


@pytest.mark.parametrize("seed", range(60))
def test_rows_wrapped_only_where_they_reach_a_bound_read_what_wrapping_every_row_reads(seed):
    rng = np.random.default_rng(seed)
    loops = (made := renderer(rng)).memory.loop_buffers
    playback = made.playback
    rows = random_rows(rng, int(rng.integers(1, TRACKS + 1)))
    cells = playback.cells
    for index, row in enumerate(rows):
        cells.position[index], cells.rate[index] = row["position"], row["rate"]
        cells.offset[index], cells.exact[index] = row["offset"], row["exact"]
        cells.last[index], cells.base[index] = row["frames"] - 1.0, int(row["base"])
        cells.forward[index] = not row["reversed"]
    n = int(rng.integers(1, BLOCK + 1))
    read = playback._read(len(rows), n)
    expected = plain_read(loops.reshape(-1, 2), rows, n)
    np.testing.assert_array_equal(read.view(np.int32), expected.view(np.int32))


@pytest.mark.parametrize("seed", range(20))
def test_a_steady_block_gets_the_envelope_the_full_computation_gives(seed):
    rng = np.random.default_rng(seed)
    playback = renderer(rng).playback
    count, n = int(rng.integers(1, TRACKS + 1)), int(rng.integers(1, BLOCK + 1))
    b0, per_frame = float(rng.uniform(0.0, 100.0)), 120.0 / 60.0 / 48000.0 * float(rng.uniform(0.5, 2.0))
    fade = playback.fade_frames * per_frame
    cells = playback.cells
    for row in range(count):
        gain = float(rng.choice([1.0, 0.0, rng.random(), 2.0]))
        cells.start[row] = float(rng.choice([b0, b0 - rng.random(), -math.inf]))  # started, by the first beat
        cells.stop[row] = float(rng.choice([b0 + n * per_frame, math.inf]))  # not stopping before the last
        cells.gain[row] = gain
        cells.jump[row] = gain + float(rng.choice([0.0, 1e-12]))  # (a step within a ramp's is no jump)
    jump = playback.scratch.row_jump[:count].copy()
    playback._steady = True
    steady = playback._envelope(count, n, b0, per_frame, fade).copy()
    playback._steady = False
    playback.scratch.row_jump[:count] = jump  # (the full computation leaves the step to now there)
    full = playback._envelope(count, n, b0, per_frame, fade)
    np.testing.assert_array_equal(steady.view(np.int64), full.view(np.int64))
