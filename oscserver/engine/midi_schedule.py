"""When each MIDI message leaves: notes on the beat grid, their note-offs, and a 24-ppqn clock.

The :class:`MidiScheduler` decides; it sends nothing. The sender asks :meth:`MidiScheduler.next_due` for
the host time of the next message, waits for it, and takes :meth:`MidiScheduler.pop_due`: the messages due
by then, each with the exact time it was meant for. Times are computed from the clock's timeline at the
moment they are asked for, so anything keyed by beat (note-offs, quantized note-ons, clock ticks, Start at
the bar line) moves with a tempo change made after it was scheduled; only messages keyed by host time (a
bundle's timetag, "now") stay put.

Every note-on gets exactly one note-off. The scheduler tracks sounding notes from the messages it emits (so
``/midi/raw`` and ``/midi/note_on`` count too); a note retriggered while it sounds is released first and the
newer note's length wins; :meth:`panic` and :meth:`shutdown` release everything that sounds and drop every
note still waiting.
"""

from __future__ import annotations

import heapq
import itertools
import math
from collections.abc import Iterable
from dataclasses import dataclass

from oscserver.engine import midi_messages as mm
from oscserver.engine.clock import Clock
from oscserver.engine.timeline import BEAT_EPSILON, Timeline
from oscserver.exceptions import InvalidArgument

TICKS_PER_BEAT = 24  # MIDI clock: 24 pulses per quarter note

# A timeline that moved by more than this since the last tick (Link joining a session, a beat request) is
# a jump, not a tempo change: the clock carries on from the new position instead of catching up in a burst.
JUMP_BEATS = 1.0

VIRTUAL_PORT = ""  # the key of the server's own virtual output; named outputs are keyed by their alias


@dataclass(frozen=True)
class Outgoing:
    """A message due: the host time it is meant to leave at, the output it goes to, and its bytes."""

    time: float
    port: str
    data: bytes


class _Entry:
    """One waiting message. Mutable so it can be cancelled in place (a panic, a retriggered note)."""

    __slots__ = ("cancelled", "data", "paired_off", "port")

    def __init__(self, port: str, data: bytes) -> None:
        self.port = port
        self.data = data
        self.cancelled = False
        self.paired_off: _Entry | None = None  # a /midi/note's own note-off, cancelled with it


class _Queue:
    """Entries keyed by a number (a beat or a host time), earliest first, ties in the order added."""

    def __init__(self, sequence: itertools.count[int]) -> None:
        self._heap: list[tuple[float, int, _Entry]] = []
        self._sequence = sequence

    def add(self, key: float, entry: _Entry) -> None:
        heapq.heappush(self._heap, (key, next(self._sequence), entry))

    def first(self) -> float | None:
        while self._heap and self._heap[0][2].cancelled:
            heapq.heappop(self._heap)
        return self._heap[0][0] if self._heap else None

    def pop_until(self, key: float) -> list[tuple[float, int, _Entry]]:
        due = []
        while self._heap and self._heap[0][0] <= key + BEAT_EPSILON:
            item = heapq.heappop(self._heap)
            if not item[2].cancelled:
                due.append(item)
        return due

    def entries(self) -> Iterable[_Entry]:
        return (item[2] for item in self._heap if not item[2].cancelled)

    def __len__(self) -> int:
        return sum(1 for _ in self.entries())


@dataclass
class _ClockOutput:
    running: bool = False  # Start has been sent and Stop not yet
    start_tick: int | None = None  # the tick at which Start goes out


def quantized_beat(beat: float, quantize: float) -> float:
    """The first multiple of ``quantize`` at or after ``beat`` (a beat already on the grid stays there).

    "At or after" rather than "strictly after": a bundle timetagged for beat 4 with quantize 1 must play on
    beat 4, even when the timetag's conversion lands a nanobeat early.
    """
    return math.ceil((beat - BEAT_EPSILON) / quantize) * quantize


def next_bar_tick(beat: float, quantum: float) -> int:
    """The first clock tick at or after the first bar line strictly after ``beat``."""
    bar = (math.floor((beat + BEAT_EPSILON) / quantum) + 1) * quantum
    return math.ceil(bar * TICKS_PER_BEAT - BEAT_EPSILON)


class MidiScheduler:
    def __init__(self, clock: Clock) -> None:
        self._clock = clock
        sequence = itertools.count()
        self._sequence = sequence
        self._by_beat = _Queue(sequence)
        self._by_time = _Queue(sequence)
        self._sounding: dict[tuple[str, int, int], _Entry | None] = {}  # (port, ch, note) -> its note-off
        self._clock_outputs: dict[str, _ClockOutput] = {}
        self._next_tick: int | None = None
        self._playing = False

    # -- scheduling ----------------------------------------------------------------------------------

    def send(self, port: str, data: bytes, at: float | None = None) -> None:
        """Send ``data`` (already checked) at host time ``at``, or now."""
        self._by_time.add(self._at(at), _Entry(port, data))

    def note(
        self,
        port: str,
        channel: int,
        note: int,
        velocity: int,
        beats: float,
        quantize: float = 0.0,
        at: float | None = None,
    ) -> float:
        """A note ``beats`` long, starting at ``at`` (or now), or at the next multiple of ``quantize`` beats.

        Returns the beat it starts on. The note-off is keyed by beat, so a tempo change while the note
        sounds changes its length in seconds and keeps it in beats.
        """
        if not beats > 0:
            raise InvalidArgument(f"beats must be positive, got {beats:g}")
        if quantize < 0:
            raise InvalidArgument(f"quantize must be 0 (now) or a positive number of beats, got {quantize:g}")
        on = _Entry(port, mm.note_on(channel, note, velocity))
        off = _Entry(port, mm.note_off(channel, note))
        on.paired_off = off
        when = self._at(at)
        timeline = self._clock.timeline()
        if quantize > 0:
            start = quantized_beat(timeline.beat_at(when), quantize)
            self._by_beat.add(start, on)
        else:
            start = timeline.beat_at(when)
            self._by_time.add(when, on)
        self._by_beat.add(start + beats, off)
        return start

    # -- the clock -----------------------------------------------------------------------------------

    def clock_enabled(self, port: str) -> bool:
        return port in self._clock_outputs

    def set_clock(self, port: str, enabled: bool, at: float | None = None) -> None:
        """Send (or stop sending) 24-ppqn clock to ``port``; a running transport is joined at the next bar."""
        when = self._at(at)
        if enabled and port not in self._clock_outputs:
            output = self._clock_outputs[port] = _ClockOutput()
            if self._next_tick is None:
                self._next_tick = math.floor(self._clock.timeline().beat_at(when) * TICKS_PER_BEAT) + 1
            if self._playing:
                self._cue_start(port, output, when)
        elif not enabled and port in self._clock_outputs:
            if self._clock_outputs.pop(port).running:
                self._by_time.add(when, _Entry(port, bytes((mm.CLOCK_STOP,))))
            if not self._clock_outputs:
                self._next_tick = None

    def set_playing(self, playing: bool, at: float | None = None) -> None:
        """The transport started or stopped: Start at the next bar line (SPP before it), or Stop now."""
        if playing == self._playing:
            return
        self._playing = playing
        when = self._at(at)
        for port, output in self._clock_outputs.items():
            if playing:
                self._cue_start(port, output, when)
            else:
                self._stop_clock(port, output, when)

    def _cue_start(self, port: str, output: _ClockOutput, when: float) -> None:
        # SPP 0 now, Start on the bar line: the receiver rewinds at once and starts on the downbeat.
        self._by_time.add(when, _Entry(port, mm.song_position(0)))
        timeline = self._clock.timeline()
        output.start_tick = next_bar_tick(timeline.beat_at(when), timeline.quantum)

    def _stop_clock(self, port: str, output: _ClockOutput, when: float) -> None:
        if output.running:
            self._by_time.add(when, _Entry(port, bytes((mm.CLOCK_STOP,))))
        output.running = False
        output.start_tick = None

    # -- stopping everything -------------------------------------------------------------------------

    def panic(self, ports: Iterable[str], at: float | None = None) -> None:
        """Release every sounding note on ``ports``, drop their waiting notes, and send All Notes Off.

        Explicit note-offs go first because some synths ignore controller 123.
        """
        when = self._at(at)
        targets = set(ports)
        for queue in (self._by_beat, self._by_time):
            for entry in queue.entries():
                if entry.port in targets and (mm.is_note_on(entry.data) or mm.is_note_off(entry.data)):
                    entry.cancelled = True
        for port, channel, note in sorted(self._sounding):
            if port in targets:
                self._by_time.add(when, _Entry(port, mm.note_off(channel, note)))
        for port in sorted(targets):
            for channel in range(mm.CHANNEL.low, mm.CHANNEL.high + 1):
                self._by_time.add(when, _Entry(port, mm.all_notes_off(channel)))

    def shutdown(self, ports: Iterable[str], at: float | None = None) -> None:
        """Leave nothing sounding and nothing running: :meth:`panic`, then Stop to every running clock."""
        when = self._at(at)
        # Ports with a note waiting or sounding are released even when the caller forgot them.
        used = {port for port, _, _ in self._sounding}
        used.update(entry.port for queue in (self._by_beat, self._by_time) for entry in queue.entries())
        self.panic(used.union(ports), when)
        for port, output in self._clock_outputs.items():
            self._stop_clock(port, output, when)
        self._clock_outputs.clear()
        self._next_tick = None

    # -- running -------------------------------------------------------------------------------------

    def next_due(self) -> float | None:
        """Host time of the next message under the timeline in force now; None when nothing waits."""
        timeline = self._clock.timeline()
        times = []
        beat = self._by_beat.first()
        if beat is not None:
            times.append(timeline.time_at(beat))
        time = self._by_time.first()
        if time is not None:
            times.append(time)
        if self._next_tick is not None:
            times.append(timeline.time_at(self._next_tick / TICKS_PER_BEAT))
        return min(times) if times else None

    def pop_due(self, now: float | None = None) -> list[Outgoing]:
        """Every message due at or before ``now``, in time order, with note tracking applied."""
        now = self._clock.now() if now is None else now
        timeline = self._clock.timeline()
        beat_now = timeline.beat_at(now)
        # Sort key: time, then clock messages before others at the same moment (a receiver must see Start
        # before the downbeat's notes), then the order they were scheduled in.
        due: list[tuple[float, int, int, _Entry]] = []
        for beat, order, entry in self._by_beat.pop_until(beat_now):
            due.append((timeline.time_at(beat), 1, order, entry))
        for time, order, entry in self._by_time.pop_until(now):
            due.append((time, 1, order, entry))
        due.extend(self._due_ticks(timeline, beat_now))
        due.sort(key=lambda item: item[:3])
        out: list[Outgoing] = []
        for time, _, _, entry in due:
            if not entry.cancelled:  # a retrigger earlier in this same batch may have cancelled it
                self._emit(time, entry, out)
        return out

    def _due_ticks(self, timeline: Timeline, beat_now: float) -> list[tuple[float, int, int, _Entry]]:
        if self._next_tick is None:
            return []
        if abs(beat_now - self._next_tick / TICKS_PER_BEAT) > JUMP_BEATS:
            self._next_tick = math.floor(beat_now * TICKS_PER_BEAT + BEAT_EPSILON)
            for output in self._clock_outputs.values():
                if output.start_tick is not None:
                    output.start_tick = next_bar_tick(beat_now, timeline.quantum)
        ticks: list[tuple[float, int, int, _Entry]] = []
        tick_message = bytes((mm.CLOCK_TICK,))
        while self._next_tick / TICKS_PER_BEAT <= beat_now + BEAT_EPSILON:
            time = timeline.time_at(self._next_tick / TICKS_PER_BEAT)
            for port in sorted(self._clock_outputs):
                output = self._clock_outputs[port]
                if output.start_tick is not None and output.start_tick <= self._next_tick:
                    output.start_tick = None
                    output.running = True
                    ticks.append((time, 0, next(self._sequence), _Entry(port, bytes((mm.CLOCK_START,)))))
                ticks.append((time, 0, next(self._sequence), _Entry(port, tick_message)))
            self._next_tick += 1
        return ticks

    def _emit(self, time: float, entry: _Entry, out: list[Outgoing]) -> None:
        data = entry.data
        if mm.is_note_on(data):
            channel, note = mm.note_key(data)
            key = (entry.port, channel, note)
            if key in self._sounding:
                # Retriggered while sounding: release it first, and let the newer note's length win.
                earlier_off = self._sounding[key]
                if earlier_off is not None:
                    earlier_off.cancelled = True
                out.append(Outgoing(time, entry.port, mm.note_off(channel, note)))
            self._sounding[key] = entry.paired_off
        elif mm.is_note_off(data):
            channel, note = mm.note_key(data)
            own_off = self._sounding.pop((entry.port, channel, note), None)
            if own_off is not None and own_off is not entry:
                own_off.cancelled = True  # released early by hand: the note's own note-off is not sent twice
        out.append(Outgoing(time, entry.port, data))

    # -- state ---------------------------------------------------------------------------------------

    @property
    def playing(self) -> bool:
        return self._playing

    def sounding(self) -> set[tuple[str, int, int]]:
        """(port, channel, note) of every note on and not yet released."""
        return set(self._sounding)

    def pending(self) -> int:
        """Messages waiting (clock ticks, generated as they fall due, are not counted)."""
        return len(self._by_beat) + len(self._by_time)

    def _at(self, at: float | None) -> float:
        return self._clock.now() if at is None else at
