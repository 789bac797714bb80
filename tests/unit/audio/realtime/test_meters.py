"""The meters hold each channel's peak as numpy's own maximum of the absolute values finds it."""

from __future__ import annotations

import numpy as np

from oscserver.audio.realtime.meters import FIRST_TRACK, Meters


def meters(block: int = 64) -> tuple[Meters, np.ndarray]:
    levels = np.zeros(FIRST_TRACK + 2)
    return Meters(levels, 48000, np.zeros(2 * block, dtype=np.float32)), levels


def test_each_channel_holds_its_largest_absolute_value_until_a_larger_one():
    rng = np.random.default_rng(3)
    meter, levels = meters()
    block_in = rng.standard_normal((50, 2)).astype(np.float32)
    block_out = rng.standard_normal((50, 2)).astype(np.float32) * 0.1
    meter.measure(block_in, block_out)
    expected = np.concatenate([np.abs(block_in).max(axis=0), np.abs(block_out).max(axis=0)])
    np.testing.assert_array_equal(levels[:FIRST_TRACK], expected)
    meter.measure(block_in * 0.5, block_out * 2.0)  # inputs quieter (held), outputs louder (taken)
    np.testing.assert_array_equal(levels[:2], expected[:2])
    np.testing.assert_array_equal(levels[2:FIRST_TRACK], np.abs(block_out * 2.0).max(axis=0))


def test_a_nan_in_a_channel_leaves_its_meter_as_it_was():
    meter, levels = meters()
    block = np.full((64, 2), -0.25, dtype=np.float32)
    block[10, 0] = np.nan  # as np.max finds it: the channel's peak is NaN, never above a level
    levels[:FIRST_TRACK] = 0.125
    meter.measure(block, block)
    np.testing.assert_array_equal(levels[:FIRST_TRACK], [0.125, 0.25, 0.125, 0.25])
