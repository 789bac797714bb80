"""What the server and the audio process share: one memory-mapped file, laid out the same way by both.

The file lives in ``/dev/shm`` (memory) when that has room, else in the temporary directory. The server
creates it, the audio process maps it, and the server removes its name as soon as both have it mapped, so
nothing is left behind whatever way either process ends. Pages are only given memory when first written:
the input history fills as it records, loops as they are taken.
"""

from __future__ import annotations

import contextlib
import mmap
import os
import tempfile
import uuid
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from oscserver.audio.cells import MAILBOX_HEADER, TIMELINE_CELL_SIZE, Mailbox, TimelineCell
from oscserver.audio.looptable import LOOP_RECORD_SIZE, LoopTable

COMMAND_SLOTS = 1024
EVENT_SLOTS = 256
RECORD_WIDTH = 8
STATS_SIZE = 32
STRETCH_SLOTS = 2
_ALIGN = 64


class Stat:
    """Slots of the stats array (float64): what the audio side reports about itself."""

    FRAMES = 0  # frames processed since the stream started
    BLOCKS = 1
    XRUNS = 2
    LOAD_LAST = 3  # the last callback's duration as a share of its block period
    LOAD_PEAK = 4  # the highest load since the server last read it (the server zeroes it)
    LOAD_MEAN = 5  # a running mean of the load (about one second)
    RATE = 6  # the sample rate as measured against the host clock
    LATENCY_FRAMES = 7  # round-trip compensation in force
    CLOCK_RESETS = 8  # times the frame clock had to re-lock (xruns, stalls)
    COMMANDS = 9
    BEAT = 10  # the beat at the start of the last block
    BLOCK_FRAMES = 11
    HEARTBEAT = 12  # host time of the last callback
    TAKES_LOST = 13
    REALTIME = 14  # 1 when the callback runs with real-time scheduling
    DEVICE_LOST = 15  # 1 when the audio process found its stream stopped under it (the device went away)
    SPARE_READER = 16  # the track (from 1) whose loop is read from the spare buffer; 0 when none is
    HANDOVERS = 17  # REPLACE commands taken (carried out or refused)
    # The earliest beat a retroactive take may start at: its input is still in the history, with time to
    # spare to copy it (+inf while none is). A beat, not seconds: earlier beats came at their own tempo.
    REACH_BEAT = 18


@dataclass(frozen=True)
class Layout:
    """Sizes of everything shared, and where each part starts in the file."""

    tracks: int
    history_frames: int
    track_frames: int

    def _parts(self) -> list[tuple[str, tuple[int, ...], str]]:
        return [
            ("timeline", (TIMELINE_CELL_SIZE,), "f8"),
            ("stats", (STATS_SIZE,), "f8"),
            ("meters", (4 + self.tracks,), "f8"),
            ("command_header", (MAILBOX_HEADER,), "f8"),
            ("command_records", (COMMAND_SLOTS, RECORD_WIDTH), "f8"),
            ("event_header", (MAILBOX_HEADER,), "f8"),
            ("event_records", (EVENT_SLOTS, RECORD_WIDTH), "f8"),
            ("loop_table", (self.tracks, LOOP_RECORD_SIZE), "f8"),
            ("history", (self.history_frames, 2), "f4"),
            # Each track's loop, then two buffers a track each for its loop time-stretched (one plays while
            # the other is written), then the spare (a loop put back by undo plays from it while its track's
            # buffer is written): one array, so playback reads any of them with one gather.
            ("loop_buffers", (self.tracks * (1 + STRETCH_SLOTS) + 1, self.track_frames, 2), "f4"),
        ]

    def offsets(self) -> dict[str, tuple[int, tuple[int, ...], str]]:
        placed: dict[str, tuple[int, tuple[int, ...], str]] = {}
        offset = 0
        for name, shape, dtype in self._parts():
            placed[name] = (offset, shape, dtype)
            size = int(np.prod(shape)) * np.dtype(dtype).itemsize
            offset += (size + _ALIGN - 1) // _ALIGN * _ALIGN
        return placed

    @property
    def size(self) -> int:
        offset, shape, dtype = self.offsets()["loop_buffers"]
        return offset + int(np.prod(shape)) * np.dtype(dtype).itemsize


class EngineMemory:
    """Typed views of the shared memory (or of a plain buffer, in tests)."""

    def __init__(self, layout: Layout, buffer: memoryview | bytearray | mmap.mmap) -> None:
        self.layout = layout
        views: dict[str, npt.NDArray[np.generic]] = {}
        for name, (offset, shape, dtype) in layout.offsets().items():
            count = int(np.prod(shape))
            views[name] = np.frombuffer(buffer, dtype=dtype, count=count, offset=offset).reshape(shape)
        self.timeline_array: npt.NDArray[np.float64] = views["timeline"]  # type: ignore[assignment]
        self.stats: npt.NDArray[np.float64] = views["stats"]  # type: ignore[assignment]
        self.meters: npt.NDArray[np.float64] = views["meters"]  # type: ignore[assignment]
        self.history: npt.NDArray[np.float32] = views["history"]  # type: ignore[assignment]
        self.loop_buffers: npt.NDArray[np.float32] = views["loop_buffers"]  # type: ignore[assignment]
        tracks, frames = layout.tracks, layout.track_frames
        self.loops = self.loop_buffers[:tracks]  # (tracks, track frames, 2): the loops as recorded
        # (tracks, slots, track frames, 2): what a track plays time-stretched (see audio.realtime.stretched)
        slots = self.loop_buffers[tracks : tracks * (1 + STRETCH_SLOTS)]
        self.stretched = slots.reshape(tracks, STRETCH_SLOTS, frames, 2)
        self.spare = self.loop_buffers[tracks * (1 + STRETCH_SLOTS)]  # (see audio.realtime.handover)
        self.commands = Mailbox(views["command_header"], views["command_records"])  # type: ignore[arg-type]
        self.events = Mailbox(views["event_header"], views["event_records"])  # type: ignore[arg-type]
        self.loop_table = LoopTable(views["loop_table"])  # type: ignore[arg-type]

    def timeline_cell(self) -> TimelineCell:
        """A reader/writer of the timeline (each side keeps its own: it remembers what it saw)."""
        return TimelineCell(self.timeline_array)

    @classmethod
    def in_process(cls, layout: Layout) -> EngineMemory:
        """Memory for a renderer driven directly, in this process (tests, benchmarks)."""
        return cls(layout, bytearray(layout.size))


@dataclass(frozen=True)
class ArenaHandle:
    """How the audio process finds the shared file: picklable, sent at spawn."""

    path: str
    size: int


class SharedArena:
    """A memory-mapped file both processes see."""

    def __init__(self, handle: ArenaHandle, buffer: mmap.mmap) -> None:
        self.handle = handle
        self.buffer = buffer

    @classmethod
    def create(cls, size: int) -> SharedArena:
        directory = _directory_for(size)
        path = os.path.join(directory, f"oscserver-{os.getpid()}-{uuid.uuid4().hex[:12]}")
        fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_EXCL, 0o600)
        try:
            os.ftruncate(fd, size)
            buffer = mmap.mmap(fd, size)
        except BaseException:
            os.unlink(path)
            raise
        finally:
            os.close(fd)
        return cls(ArenaHandle(path, size), buffer)

    @classmethod
    def attach(cls, handle: ArenaHandle) -> SharedArena:
        fd = os.open(handle.path, os.O_RDWR)
        try:
            buffer = mmap.mmap(fd, handle.size)
        finally:
            os.close(fd)
        return cls(handle, buffer)

    def unlink(self) -> None:
        """Remove the file's name; the memory stays for as long as a process has it mapped."""
        with contextlib.suppress(FileNotFoundError):
            os.unlink(self.handle.path)

    def close(self) -> None:
        # Views made with numpy.frombuffer keep the map alive; then it is released with them.
        with contextlib.suppress(BufferError):
            self.buffer.close()


def _directory_for(size: int) -> str:
    """``/dev/shm`` when it can hold ``size`` bytes (a small one would kill the audio process with SIGBUS
    when it fills), else the temporary directory."""
    shm = "/dev/shm"
    if os.path.isdir(shm) and os.access(shm, os.W_OK):
        stats = os.statvfs(shm)
        if stats.f_bavail * stats.f_frsize >= size:
            return shm
    return tempfile.gettempdir()
