"""The allocation-free forms give numpy's own results bit for bit."""

from __future__ import annotations

import numpy as np
import pytest

from oscserver.audio.realtime.inplace import ScatterScratch, round_to_micro, scale, scatter_add


@pytest.mark.parametrize("seed", range(40))
def test_scatter_add_adds_in_order_like_add_at_with_runs_of_repeated_frames_and_a_wrap(seed):
    rng = np.random.default_rng(seed)
    n, frames = int(rng.integers(1, 300)), 2000
    steps = rng.choice([0, 0, 0, 1, 2], size=n)  # runs of up to many repeats, and gaps
    index = ((np.cumsum(steps) + int(rng.integers(0, frames))) % frames).astype(np.int64)
    values = rng.standard_normal((n, 2)).astype(np.float32)
    expected = rng.standard_normal((frames, 2)).astype(np.float32)
    target = expected.copy()
    np.add.at(expected, index, values)
    scatter_add(target, index, values, ScatterScratch(300))
    np.testing.assert_array_equal(target, expected)


def test_round_to_micro_is_np_round_to_six_decimals():
    values = np.random.default_rng(0).standard_normal(10000) * 1e4
    values[:1000] = np.round(values[:1000]) - 1e-7  # a hair below a whole frame
    rounded = values.copy()
    round_to_micro(rounded)
    np.testing.assert_array_equal(rounded, np.round(values, 6))


def test_scale_rounds_as_the_mixed_float32_float64_product():
    rng = np.random.default_rng(1)
    samples = rng.standard_normal((500, 2)).astype(np.float32)
    factor = rng.random(500)
    scaled = samples.copy()
    scale(scaled, factor, np.zeros((500, 2)), np.zeros((500, 2)))
    np.testing.assert_array_equal(
        scaled,
        np.multiply(samples, factor[:, None], casting="same_kind", dtype=np.float64).astype(np.float32),
    )
