"""Lock-free exchange between the server and the audio callback over shared arrays.

Neither side ever waits for the other: the audio callback must never block, and the server must never be
slowed by it. Two shapes are enough:

* :class:`TimelineCell`, a seqlock: the server rewrites one small record (the beat timeline) now and then,
  the callback reads it every block. A reader that catches a write half done keeps the value it had.
* :class:`Mailbox`, a single-producer single-consumer ring of fixed-size float64 records (commands one way,
  events the other). The producer refuses (returns False) when the ring is full rather than wait.

Both also stamp what they write with a check value, so a reader on a CPU that reorders stores across cores
sees a torn record as torn instead of trusting it.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import numpy.typing as npt

from oscserver.engine.timeline import Timeline

F64 = npt.NDArray[np.float64]

TIMELINE_CELL_SIZE = 8  # seq, time, beat, tempo, quantum, playing, check, spare


class TimelineCell:
    """The beat timeline the server publishes and the callback reads: time, beat, tempo, quantum, playing."""

    def __init__(self, cell: F64) -> None:
        if cell.shape != (TIMELINE_CELL_SIZE,):
            raise ValueError(f"a timeline cell is {TIMELINE_CELL_SIZE} float64 values")
        self._cell = cell
        self._seen = -1.0
        self._timeline: Timeline | None = None
        self._playing = False

    # -- the server's side ------------------------------------------------------------------------

    def publish(self, timeline: Timeline, playing: bool) -> None:
        cell = self._cell
        seq = float(cell[0])
        cell[0] = seq + 1.0  # odd: a write is under way
        values = (timeline.time, timeline.beat, timeline.tempo, timeline.quantum, 1.0 if playing else 0.0)
        cell[1:6] = values
        cell[6] = check_value(values)
        cell[0] = seq + 2.0

    # -- the callback's side ----------------------------------------------------------------------

    def read(self) -> Timeline | None:
        """The timeline last published completely (None before the first)."""
        cell = self._cell
        seq = float(cell[0])
        if seq == self._seen or seq % 2.0 == 1.0:
            return self._timeline
        time, beat, tempo, quantum, playing, check = cell[1:7].tolist()
        if float(cell[0]) != seq or check_value((time, beat, tempo, quantum, playing)) != check or tempo <= 0:
            return self._timeline  # torn: a write is under way; keep the last good value
        self._seen = seq
        self._timeline = Timeline(time=time, beat=beat, tempo=tempo, quantum=quantum)
        self._playing = playing != 0.0
        return self._timeline

    @property
    def playing(self) -> bool:
        return self._playing


def check_value(values: Sequence[float]) -> float:
    """A weighted sum that a record torn between two writes fails to match."""
    total = 0.0
    for index, value in enumerate(values):
        total += value * (index + 1.5)
    return total


MAILBOX_HEADER = 2  # head (records ever written), tail (records ever read)


class Mailbox:
    """A single-producer single-consumer ring of ``width``-value records; slot 0 of each is its stamp."""

    def __init__(self, header: F64, records: F64) -> None:
        if header.shape != (MAILBOX_HEADER,) or records.ndim != 2 or records.shape[1] < 2:
            raise ValueError("a mailbox is a 2-value header and a (capacity, width >= 2) record array")
        self._header = header
        self._records = records
        self.capacity = records.shape[0]
        self.width = records.shape[1]
        self.refused = 0

    def __len__(self) -> int:
        return int(self._header[0] - self._header[1])

    def put(self, values: Sequence[float]) -> bool:
        """Append one record (up to ``width - 1`` values, the rest zero); False when the ring is full."""
        head = int(self._header[0])
        if head - int(self._header[1]) >= self.capacity:
            self.refused += 1
            return False
        record = self._records[head % self.capacity]
        record[1:] = 0.0
        record[1 : 1 + len(values)] = values
        record[0] = float(head + 1)  # the stamp, written last
        self._header[0] = float(head + 1)
        return True

    def get(self) -> list[float] | None:
        """The oldest record's values (without the stamp), or None when there is none (or it is not whole)."""
        tail = int(self._header[1])
        if int(self._header[0]) <= tail:
            return None
        record = self._records[tail % self.capacity]
        values: list[float] = record.tolist()
        if values[0] != float(tail + 1):
            return None  # the stamp has not landed yet: read it next time
        self._header[1] = float(tail + 1)
        return values[1:]
