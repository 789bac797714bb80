"""The undo history's order and its memory budget, on small loops."""

from __future__ import annotations

import numpy as np
import pytest

from oscserver.audio.looptable import LoopShape, StoredLoop
from oscserver.audio.undo import Snapshot, UndoHistory
from oscserver.exceptions import InvalidArgument


def loop(frames: int, value: float) -> Snapshot:
    shape = LoopShape(frames, float(frames), 0.0, 4.0, 0.0)
    return Snapshot(StoredLoop(shape, np.full((frames, 2), value, dtype=np.float32)), bars=1)


def value(snapshot: Snapshot) -> float:
    assert snapshot.loop is not None
    return float(snapshot.loop.frames[0, 0])


def test_undo_goes_back_level_by_level_and_redo_forward_again():
    history = UndoHistory(tracks=2)
    history.push(1, Snapshot(None, 0))  # before the first take
    history.push(1, loop(10, 1.0))  # before an overdub
    assert value(history.undo(1, loop(10, 2.0))) == 1.0
    assert history.undo(1, loop(10, 1.0)).loop is None  # undoing the first take: empty
    with pytest.raises(InvalidArgument, match="nothing to undo"):
        history.undo(1, Snapshot(None, 0))
    assert value(history.redo(1, Snapshot(None, 0))) == 1.0
    assert value(history.redo(1, loop(10, 1.0))) == 2.0
    with pytest.raises(InvalidArgument, match="nothing to redo"):
        history.redo(1, loop(10, 2.0))
    assert history.levels(2) == (0, 0)


def test_a_new_change_forgets_the_redo_levels():
    history = UndoHistory(tracks=1)
    history.push(1, loop(10, 1.0))
    history.undo(1, loop(10, 2.0))
    history.push(1, loop(10, 1.0))
    assert history.levels(1) == (1, 0)


def test_a_track_over_its_budget_drops_its_oldest_levels_first():
    history = UndoHistory(tracks=2, track_bytes=3 * 80, total_bytes=10**9)
    for level in range(5):
        history.push(1, loop(10, float(level)))  # 80 bytes each
    assert history.levels(1) == (3, 0) and history.size == 240
    assert [value(history.undo(1, Snapshot(None, 0))) for _ in range(3)] == [4.0, 3.0, 2.0]


def test_all_tracks_over_the_total_drop_the_oldest_level_of_all():
    history = UndoHistory(tracks=2, track_bytes=10**9, total_bytes=3 * 80)
    history.push(1, loop(10, 1.0))
    history.push(2, loop(10, 2.0))
    history.push(1, loop(10, 3.0))
    history.push(2, loop(10, 4.0))  # over: track 1's first level goes
    assert history.levels(1) == (1, 0) and history.levels(2) == (2, 0) and history.size == 240


def test_at_least_sixteen_levels_of_a_short_loop():
    history = UndoHistory(tracks=1)
    for level in range(20):
        history.push(1, loop(48000, float(level)))
    assert history.levels(1)[0] == 20
