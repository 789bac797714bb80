"""The server's side of the shared memory: publish the timeline, send commands, read events, stats, meters
and the input history. Never blocks, never waits for the audio process."""

from __future__ import annotations

from collections.abc import Iterable

import numpy as np
import numpy.typing as npt

from oscserver.audio.commands import encode
from oscserver.audio.looptable import LoopShape, LoopStatus
from oscserver.audio.memory import STRETCH_SLOTS, EngineMemory, Stat
from oscserver.audio.realtime.commands import Op
from oscserver.engine.looper import Effect
from oscserver.engine.timeline import Timeline
from oscserver.exceptions import Overloaded, Unavailable

F32 = npt.NDArray[np.float32]
LOOP_READ_ATTEMPTS = 5


class AudioControl:
    def __init__(self, memory: EngineMemory, samplerate: int) -> None:
        self.memory = memory
        self.samplerate = samplerate
        self._cell = memory.timeline_cell()

    # -- to the renderer ------------------------------------------------------------------------------

    def publish(self, timeline: Timeline, playing: bool) -> None:
        self._cell.publish(timeline, playing)

    def send(self, effects: Iterable[Effect]) -> None:
        for effect in effects:
            self._put(encode(effect))

    def set_click(self, enabled: bool, volume: float) -> None:
        self._put((Op.CLICK, 0.0, 1.0 if enabled else 0.0, volume))

    def set_latency(self, seconds: float) -> None:
        self._put((Op.LATENCY, 0.0, float(round(seconds * self.samplerate))))

    def calibrate(self) -> None:
        self._put((Op.CALIBRATE, 0.0))

    def silence(self) -> None:
        self._put((Op.SILENCE, 0.0))

    def install_loop(self, track: int, shape: LoopShape, frames: F32) -> None:
        """Write a loop into track ``track``'s buffer (counted from 0) and have the renderer take it, silent
        until played. The track must be FREE in the loop table: the renderer then neither reads nor writes
        its buffer, and (the caller makes sure) no capture is on its way to it."""
        record = self.memory.loop_table.settled(track)
        if record is None or record.status is not LoopStatus.FREE:
            raise Unavailable(f"track {track + 1} is still in use by the audio engine")
        if frames.shape != (shape.frames, 2):
            raise ValueError(f"a loop of {shape.frames} frames must be a ({shape.frames}, 2) array")
        self.memory.loops[track, : shape.frames] = frames
        values = (float(shape.frames), shape.exact, shape.offset, shape.loop_beats, shape.anchor)
        self._put((Op.INSTALL, float(track), *values))

    def replace_loop(self, track: int, shape: LoopShape, frames: F32, backwards: bool = False) -> None:
        """Write a loop into the spare buffer and have track ``track`` (from 0), which holds a whole loop,
        crossfade to it at once, played ``backwards`` or not (see :mod:`oscserver.audio.realtime.handover`).
        The caller waits for each handover to end (:attr:`Stat.SPARE_READER` back to 0) before another."""
        if self.stat(Stat.SPARE_READER) != 0.0:
            raise Unavailable("the audio engine is still putting another loop back; try again in a moment")
        if self.loop_status(track) is not LoopStatus.LOOP:
            raise Unavailable(f"track {track + 1} holds no whole loop to crossfade from")
        if frames.shape != (shape.frames, 2):
            raise ValueError(f"a loop of {shape.frames} frames must be a ({shape.frames}, 2) array")
        self.memory.spare[: shape.frames] = frames
        count = -float(shape.frames) if backwards else float(shape.frames)  # (the direction, in its sign)
        values = (count, shape.exact, shape.offset, shape.loop_beats, shape.anchor)
        self._put((Op.REPLACE, float(track), *values))

    def return_loop(self, track: int, frames: F32) -> None:
        """Write the loop track ``track`` (from 0) plays from the spare into its own buffer, which it then
        reads again: only while the track is SPARE (it reads neither buffer's frames differently)."""
        if self.loop_status(track) is not LoopStatus.SPARE:
            raise Unavailable(f"track {track + 1} is not playing from the spare buffer")
        self.memory.loops[track, : frames.shape[0]] = frames
        self._put((Op.RETURN, float(track)))

    def stretch_loop(
        self, track: int, ticket: float, frames: F32 | None, exact: float, at: float, read_beat: float
    ) -> None:
        """Have track ``track`` (from 0) read ``frames``, its loop time-stretched to true length ``exact``,
        from beat ``at``; or its own buffer again (``frames`` None). The slot ``ticket`` names must be one the
        renderer neither reads nor may read (see :mod:`oscserver.audio.realtime.stretched`)."""
        count = 0
        if frames is not None:
            count = frames.shape[0]
            self.memory.stretched[track, int(ticket) % STRETCH_SLOTS, :count] = frames
        self._put((Op.STRETCH, float(track), ticket, float(count), exact, at, read_beat))

    def _put(self, record: tuple[float, ...]) -> None:
        if not self.memory.commands.put(record):
            raise Overloaded("the audio engine's command queue is full; is the audio process running?")

    # -- from the renderer ----------------------------------------------------------------------------

    def events(self) -> list[list[float]]:
        found = []
        while (event := self.memory.events.get()) is not None:
            found.append(event)
        return found

    def loop_status(self, track: int) -> LoopStatus:
        """What track ``track`` (counted from 0) holds now; BUSY while its record cannot be read."""
        record = self.memory.loop_table.settled(track)
        return LoopStatus.BUSY if record is None else record.status

    def read_loop(self, track: int) -> tuple[LoopShape, F32] | None:
        """A copy of track ``track``'s loop (counted from 0) and its shape, or None when it holds no whole
        loop. The frames are read between two equal sequence numbers of its record, so they belong to the
        loop the record describes (an overdub under way adds to them as they are read: that is kept)."""
        table = self.memory.loop_table
        for _ in range(LOOP_READ_ATTEMPTS):
            before = table.settled(track)
            if before is None or before.status is not LoopStatus.LOOP or before.shape is None:
                return None
            frames = self.memory.loops[track, : before.shape.frames].copy()
            after = table.read(track)
            if after is not None and after.sequence == before.sequence:
                return before.shape, frames
        return None

    def stat(self, slot: int) -> float:
        return float(self.memory.stats[slot])

    def take_load_peak(self) -> float:
        """The highest callback load since the last call (and start counting again)."""
        peak = float(self.memory.stats[Stat.LOAD_PEAK])
        self.memory.stats[Stat.LOAD_PEAK] = 0.0
        return peak

    @property
    def frames(self) -> int:
        """Frames the renderer has captured (and played) so far."""
        return int(self.memory.stats[Stat.FRAMES])

    def recorded_seconds(self) -> float:
        """How far back the input history reaches now."""
        return float(min(self.frames, self.memory.history.shape[0]) / self.samplerate)

    def reach_beat(self) -> float:
        """The earliest beat a retroactive take may start at now (+inf: none yet); see Stat.REACH_BEAT."""
        return float(self.memory.stats[Stat.REACH_BEAT])

    def meters(self) -> list[float]:
        """Peak levels: input left, right, output left, right, then each track."""
        return [float(v) for v in self.memory.meters]

    def read_input(self, first: int, count: int) -> npt.NDArray[np.float32] | None:
        """A copy of input frames [first, first + count), or None if they are not (or no longer) recorded."""
        history = self.memory.history
        size = history.shape[0]
        if first < max(0, self.frames - size) or first + count > self.frames:
            return None
        start = first % size
        head = min(count, size - start)
        out = np.empty((count, 2), dtype=np.float32)
        out[:head] = history[start : start + head]
        out[head:] = history[: count - head]
        if first < max(0, self.frames - size):  # overwritten while we copied
            return None
        return out
