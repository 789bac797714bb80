"""Each track's undo and redo history: what its loop was before each change, within a memory budget.

A level is a :class:`Snapshot`: the track's whole loop (its frames and shape, copied out of the renderer's
memory by the server, never in the audio callback) and how it played (bars, direction, speed). A change
pushes the loop as it was before it and forgets the redo levels; undo pushes the loop as it is onto the redo
levels and gives back the last level, redo the reverse.

Memory is bounded two ways: each track keeps at most :data:`TRACK_BYTES` of levels and all tracks together
:data:`TOTAL_BYTES`; beyond either the oldest levels go first (a track's own, then the oldest of all). A loop
costs 8 bytes a frame (two float32 channels): a minute at 48 kHz is 23 MB, so a track keeps 16 levels of a
loop up to 21 s long at 48 kHz, more of shorter ones (:data:`MAX_LEVELS` at most).
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field, replace

from oscserver.audio.looptable import StoredLoop
from oscserver.exceptions import InvalidArgument

TRACK_BYTES = 192 * 1024 * 1024
TOTAL_BYTES = 512 * 1024 * 1024
MAX_LEVELS = 64


@dataclass(frozen=True)
class Snapshot:
    """A track's loop as it was (``loop`` None: empty)."""

    loop: StoredLoop | None
    bars: int
    reverse: bool = False
    speed: float = 1.0
    playing: bool = False  # it was playing (or about to): undoing a clear plays it on
    stamp: int = 0  # when it was kept: the oldest of all goes first when the total is over budget

    @property
    def size(self) -> int:
        return 0 if self.loop is None else int(self.loop.frames.nbytes)


@dataclass
class Levels:
    undo: list[Snapshot] = field(default_factory=list)
    redo: list[Snapshot] = field(default_factory=list)

    @property
    def size(self) -> int:
        return sum(s.size for s in self.undo) + sum(s.size for s in self.redo)


class UndoHistory:
    def __init__(
        self,
        tracks: int,
        track_bytes: int = TRACK_BYTES,
        total_bytes: int = TOTAL_BYTES,
        levels: int = MAX_LEVELS,
    ) -> None:
        self._tracks = {n: Levels() for n in range(1, tracks + 1)}
        self.track_bytes = track_bytes
        self.total_bytes = total_bytes
        self.max_levels = levels
        self._stamps = itertools.count(1)

    def push(self, number: int, snapshot: Snapshot) -> None:
        """A change is about to be made: keep the loop as it is; the redo levels are forgotten."""
        levels = self._tracks[number]
        levels.redo.clear()
        levels.undo.append(self._stamped(snapshot))
        self._trim(number)

    def undo(self, number: int, current: Snapshot) -> Snapshot:
        """The level to go back to; ``current`` becomes a redo level."""
        levels = self._tracks[number]
        if not levels.undo:
            raise InvalidArgument(f"track {number} has nothing to undo")
        back = levels.undo.pop()
        levels.redo.append(self._stamped(current))
        self._trim(number)
        return back

    def redo(self, number: int, current: Snapshot) -> Snapshot:
        """The level undone last; ``current`` becomes an undo level again."""
        levels = self._tracks[number]
        if not levels.redo:
            raise InvalidArgument(f"track {number} has nothing to redo")
        forward = levels.redo.pop()
        levels.undo.append(self._stamped(current))
        self._trim(number)
        return forward

    def forget(self, number: int) -> None:
        """The track is replaced from outside (a session): its history no longer applies."""
        self._tracks[number] = Levels()

    def levels(self, number: int) -> tuple[int, int]:
        """How many undo and redo levels the track has."""
        levels = self._tracks[number]
        return len(levels.undo), len(levels.redo)

    @property
    def size(self) -> int:
        """Bytes held by every track's levels."""
        return sum(levels.size for levels in self._tracks.values())

    @property
    def count(self) -> int:
        return sum(len(levels.undo) + len(levels.redo) for levels in self._tracks.values())

    def _stamped(self, snapshot: Snapshot) -> Snapshot:
        return replace(snapshot, stamp=next(self._stamps))

    def _trim(self, number: int) -> None:
        levels = self._tracks[number]
        while len(levels.undo) + len(levels.redo) > self.max_levels or levels.size > self.track_bytes:
            if not self._drop_oldest(levels):
                break
        while self.size > self.total_bytes:
            oldest = min(
                (lv for lv in self._tracks.values() if lv.undo or lv.redo),
                key=lambda lv: min(s.stamp for s in [*lv.undo, *lv.redo]),
                default=None,
            )
            if oldest is None or not self._drop_oldest(oldest):
                break

    @staticmethod
    def _drop_oldest(levels: Levels) -> bool:
        """Drop the oldest undo level (the far end of the redo levels once no undo level is left)."""
        if levels.undo:
            levels.undo.pop(0)
            return True
        if levels.redo:
            levels.redo.pop(0)
            return True
        return False
