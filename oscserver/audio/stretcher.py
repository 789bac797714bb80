"""What a tempo change does to each loop: ``tape`` (it varispeeds, its pitch follows the tempo) or ``pitch``
(it is rendered again at the new tempo with its pitch kept, and swapped in at a bar line).

The server's side of :mod:`oscserver.audio.realtime.stretched`. Every poll, each ``pitch`` track whose whole
loop does not sound at the tempo in force (nor is on its way to) gets a rendering made from its recording,
on a thread (:mod:`oscserver.audio.stretching`); when it is done it is written into the slot the renderer does
not read and asked for from the next bar line. Meanwhile the loop varispeeds. One rendering per track at a
time: a tempo that moves again while one is made is caught up with by the next. A track at the tempo it
was recorded at, or set back to ``tape``, reads its recording again from the next bar line.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import enum
import logging
import math
from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

import numpy as np
import numpy.typing as npt

from oscserver.audio.control import AudioControl
from oscserver.audio.looptable import LoopShape, LoopStatus
from oscserver.audio.memory import STRETCH_SLOTS, Stat
from oscserver.audio.realtime.commands import Event
from oscserver.audio.stretching import stretch_loop
from oscserver.engine.looper import Looper
from oscserver.engine.timeline import next_boundary

log = logging.getLogger(__name__)

F32 = npt.NDArray[np.float32]

SAME_TEMPO = 1e-4  # a tempo within this share of the recording's plays the recording itself
QUIET_MARGIN_BEATS = 1.0  # after an overdub's last bar line, for its input (a latency late) to be in
SWAP_MARGIN_BEATS = 0.25  # a bar line closer than this is too near for the request to reach the renderer


class StretchMode(enum.Enum):
    TAPE = "tape"
    PITCH = "pitch"


class Transport(Protocol):
    """What the stretcher asks of Link."""

    @property
    def tempo(self) -> float: ...

    @property
    def quantum(self) -> float: ...

    def beat_now(self) -> float: ...


Done = Callable[[F32 | None], None]
Submit = Callable[[Callable[[], F32], Done], None]  # run work off the event loop, then call back on it


@dataclass
class TrackStretch:
    """The server's record of one track: what it reads (by ticket), what it was asked to read from a bar
    line, and the tempo each was made for (None: its recording)."""

    mode: StretchMode = StretchMode.TAPE
    reading_ticket: float = 0.0
    reading_slot: int = -1
    reading_tempo: float | None = None
    pending_ticket: float = 0.0
    pending_slot: int = -1
    pending_tempo: float | None = None
    rendering: bool = False
    layering: bool = False  # an overdub was seen on: the recording changes until its last bar line
    quiet_from: float = -math.inf  # the beat from which the recording is still again, after an overdub
    refused_tempo: float | None = None  # a tempo its rendering does not fit the track at

    @property
    def aims_at(self) -> float | None:
        return self.pending_tempo if self.pending_ticket > 0.0 else self.reading_tempo


def recorded_tempo(shape: LoopShape, samplerate: int) -> float:
    """The tempo a loop plays at sample for sample: its beats over its true length."""
    return shape.loop_beats * 60.0 * samplerate / shape.exact


class LoopStretcher:
    def __init__(
        self, looper: Looper, transport: Transport, samplerate: Callable[[], int], submit: Submit
    ) -> None:
        self.looper = looper
        self.transport = transport
        self.samplerate = samplerate
        self.submit = submit
        self.tracks = [TrackStretch() for _ in looper.tracks]
        self._tickets = 0

    def mode(self, number: int) -> StretchMode:
        return self.tracks[number - 1].mode

    def set_mode(self, number: int, mode: StretchMode) -> None:
        self.tracks[number - 1].mode = mode

    def renderer_gone(self) -> None:
        """The renderer is gone (its device or its process): what it read or was asked for goes with it, and
        a rendering still being made for it is dropped when done. The next one reads every track's recording
        and gets renderings of its own."""
        modes = [track.mode for track in self.tracks]
        self.tracks = [TrackStretch(mode=mode) for mode in modes]

    # -- every poll -------------------------------------------------------------------------------------

    def refresh(self, control: AudioControl) -> None:
        """Ask for, or start making, what each track should read at the tempo in force."""
        for index, track in enumerate(self.tracks):
            if track.rendering or track.pending_ticket > 0.0:
                continue  # (one at a time: the next refresh after it catches up)
            shape = self._whole_loop(control, index)
            wanted = self._wanted_tempo(track, shape)
            if _same(wanted, track.aims_at) or (wanted is not None and _same(wanted, track.refused_tempo)):
                continue
            if wanted is None:
                track.refused_tempo = None
                if track.reading_slot >= 0:
                    self._send(control, index, track, None, 0.0, None)
            elif shape is not None:
                self._render(control, index, track, shape, wanted)

    def event(self, event: list[float]) -> bool:
        """Take a stretch event from the renderer; False for any other event."""
        code, index, ticket = int(event[0]), int(event[1]), event[2] if len(event) > 2 else 0.0
        if code not in (Event.STRETCH_SOUNDING, Event.STRETCH_DROPPED) or not 0 <= index < len(self.tracks):
            return False
        track = self.tracks[index]
        if code == Event.STRETCH_SOUNDING:
            if ticket == track.pending_ticket:
                track.reading_ticket, track.reading_slot = track.pending_ticket, track.pending_slot
                track.reading_tempo = track.pending_tempo
                if track.reading_tempo is not None:
                    log.info(
                        "track %d: time-stretched to %.2f BPM, its pitch kept", index + 1, track.reading_tempo
                    )
                track.pending_ticket, track.pending_slot, track.pending_tempo = 0.0, -1, None
        else:
            if track.reading_ticket <= ticket:
                track.reading_ticket, track.reading_slot, track.reading_tempo = 0.0, -1, None
            if track.pending_ticket <= ticket:
                track.pending_ticket, track.pending_slot, track.pending_tempo = 0.0, -1, None
        return True

    # -- deciding -----------------------------------------------------------------------------------------

    def _whole_loop(self, control: AudioControl, index: int) -> LoopShape | None:
        """The track's loop, when it is whole and nothing is being layered onto it."""
        record = control.memory.loop_table.settled(index)
        engine, track = self.looper.tracks[index], self.tracks[index]
        beat = self.transport.beat_now()
        if engine.overdub:
            track.layering = True
        elif track.layering:  # the pass ends at the next bar line; its input arrives a latency later
            track.layering = False
            track.quiet_from = next_boundary(beat, self.transport.quantum) + QUIET_MARGIN_BEATS
        if record is None or record.status is not LoopStatus.LOOP or engine.overdub or engine.take:
            return None
        return record.shape if beat >= track.quiet_from else None

    def _wanted_tempo(self, track: TrackStretch, shape: LoopShape | None) -> float | None:
        """The tempo the track's rendering should be made for; None: play the recording itself."""
        if track.mode is StretchMode.TAPE or shape is None:
            return None
        tempo = self.transport.tempo
        if abs(tempo / recorded_tempo(shape, self.samplerate()) - 1.0) < SAME_TEMPO:
            return None
        return tempo

    def _render(
        self, control: AudioControl, index: int, track: TrackStretch, shape: LoopShape, tempo: float
    ) -> None:
        read_beat = control.stat(Stat.BEAT)
        loop = control.read_loop(index)
        if loop is None or loop[0] != shape:
            return  # (changed under us: the next refresh looks again)
        samplerate = self.samplerate()
        exact = shape.exact * recorded_tempo(shape, samplerate) / tempo
        frames = max(1, round(shape.frames * exact / shape.exact))
        if frames > control.memory.loops.shape[1]:
            log.warning("track %d: at %.2f BPM its loop is longer than a track holds", index + 1, tempo)
            track.refused_tempo = tempo
            return
        track.rendering = True
        recording = loop[1]

        def done(rendered: F32 | None) -> None:
            track.rendering = False
            if rendered is None:
                track.refused_tempo = tempo  # (not tried again and again: the next tempo is)
            # Sent only if nothing changed meanwhile (the renderer refuses it anyway if its recording did).
            if rendered is not None and self.tracks[index] is track and track.mode is StretchMode.PITCH:
                self._send(control, index, track, rendered, exact, tempo, read_beat)

        self.submit(lambda: stretch_loop(recording, frames, samplerate), done)

    def _send(
        self,
        control: AudioControl,
        index: int,
        track: TrackStretch,
        rendered: F32 | None,
        exact: float,
        tempo: float | None,
        read_beat: float | None = None,
    ) -> None:
        slot = -1
        if rendered is not None:
            slot = (track.reading_slot + 1) % STRETCH_SLOTS if track.reading_slot >= 0 else 0
        self._tickets += 1
        ticket = float(self._tickets * STRETCH_SLOTS + max(slot, 0))
        beat = self.transport.beat_now()
        at = next_boundary(beat + SWAP_MARGIN_BEATS, self.transport.quantum)
        read = read_beat if read_beat is not None else control.stat(Stat.BEAT)
        control.stretch_loop(index, ticket, rendered, exact, at, read)
        track.pending_ticket, track.pending_slot, track.pending_tempo = ticket, slot, tempo


def _same(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return a is b
    return abs(a / b - 1.0) < SAME_TEMPO


class ThreadSubmit:
    """Runs renderings on a thread of their own (Rubber Band lets go of the GIL) and calls back on the
    event loop."""

    def __init__(self) -> None:
        self._executor = concurrent.futures.ThreadPoolExecutor(1, thread_name_prefix="stretch")

    def __call__(self, work: Callable[[], F32], done: Done) -> None:
        future = asyncio.get_running_loop().run_in_executor(self._executor, work)

        def finished(result: asyncio.Future[F32]) -> None:
            if result.cancelled():
                return
            error = result.exception()
            if error is not None:
                log.warning("a loop could not be time-stretched: %s", error)
                done(None)
            else:
                done(result.result())

        future.add_done_callback(finished)

    def close(self) -> None:
        self._executor.shutdown(wait=False, cancel_futures=True)
