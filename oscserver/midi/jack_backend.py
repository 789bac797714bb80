"""MIDI ports on JACK that put every event on its own frame: JACK clients of the MIDI process's own.

rtmidi's JACK backend hands each message to a ring buffer that its process callback empties at frame 0 of
the next period, so on JACK every event lands on a period boundary, however exactly it was sent. Here each
port is a JACK-Client port whose process callback writes an event at the offset where its host time falls
(:class:`~.cycle_clock.CycleClock`, from ``jack_get_cycle_times``): events are handed over ahead of time
(:data:`LOOKAHEAD`) with the host time they are for, and the stream comes out one period late, exactly.

An event sent "now" (no timetag, no quantize) is for the host time the MIDI process took it from its socket:
it lands one period after that, at the offset where that instant fell. Input is stamped the same way: the
host time of its frame, one period back, so that an event this server writes for ``t`` reads back as ``t``.

The classes mimic the part of python-rtmidi's ``MidiOut``/``MidiIn`` the port set uses (one client per
object, at most one port, found and named the same way), so binding by name, reconnection and the JACK
restart watch are the same code for both. ``send_at`` is the addition.

Events wait in a :class:`~.handover.HandOver` (a deque and the callback's own heap, no locks). Python in
a JACK callback needs the GIL, so the MIDI process shortens the interval at which its other thread must
give it up (:data:`SWITCH_INTERVAL`).
"""

from __future__ import annotations

import ctypes.util
import logging
import time
from collections import deque
from collections.abc import Callable, Sequence
from time import perf_counter
from typing import Any, NamedTuple

from oscserver.engine.clock import host_time
from oscserver.midi.cycle_clock import CycleClock, CycleFilter, CycleTimes
from oscserver.midi.handover import HandOver, Written
from oscserver.midi.jack_graph import library

log = logging.getLogger("oscserver.midi.jack")

# Events are handed to the process callback this long before they are due. It must cover the MIDI process's
# wake-up lateness (at most ~1.6 ms measured without real-time scheduling, see worker.py); an event handed
# over is past recall (a panic does not stop it), so it is no longer than that needs.
LOOKAHEAD = 0.005
# How long the other thread of the MIDI process may hold the GIL while a JACK callback waits for it (Python's
# default, 5 ms, is more than a whole 256-frame period).
SWITCH_INTERVAL = 0.0001
KEEP = 8192  # reports kept for the worker (written events) and the bench (callback times)
CLOSE_DRAIN_SECONDS = 0.5  # closing waits this long at most for what was handed over to be written
STALLED_SECONDS = 0.1  # ...and gives up sooner when no callback came for this long (five 1024-frame periods)
CLOCK_READ_USECS = 20  # a host/JACK clock reading that took longer than this was preempted midway

Received = Callable[[tuple[bytes, float], Any], None]  # rtmidi's callback shape: ((message, delta), data)


class _CycleTimesCall:
    """``jack_get_cycle_times`` and ``jack_get_time``, which JACK-Client does not bind.

    Through cffi's ABI mode, as JACK-Client itself calls libjack: a call costs ~3 us where ctypes' argument
    conversion costs 11-20 us, and at a 64-frame period the whole callback has 133 us to stay within 10 %.
    """

    def __init__(self, jack: Any, client: Any) -> None:
        ffi = _cycle_ffi()
        self._call = ffi.lib.jack_get_cycle_times
        self._time = ffi.lib.jack_get_time
        self._client = ffi.ffi.cast("void *", int(jack._ffi.cast("uintptr_t", client._ptr)))
        self._filter = CycleFilter()
        self._offset: float | None = None
        # Made once: a new one on every cycle would allocate in the callback.
        self._frames = ffi.ffi.new("uint32_t *")
        self._usecs = ffi.ffi.new("uint64_t *")
        self._next = ffi.ffi.new("uint64_t *")
        self._period = ffi.ffi.new("float *")

    def clock(self, nframes: int) -> CycleClock | None:
        if self._call(self._client, self._frames, self._usecs, self._next, self._period) != 0:
            return None
        cycle = CycleTimes(self._frames[0], self._usecs[0], self._next[0], self._period[0])
        return self._filter.clock(cycle, nframes, self.host_minus_jack())

    def host_minus_jack(self) -> float:
        """Host time minus JACK's clock, read now: the two clocks may drift apart, so never read once. A
        reading taken while the thread was preempted between the clocks is passed over for the last one."""
        before = self._time()
        host = host_time()
        after = self._time()
        if after - before <= CLOCK_READ_USECS or self._offset is None:
            self._offset = float(host - (before + after) * 0.5e-6)
        return self._offset


class _CycleFfi(NamedTuple):
    ffi: Any
    lib: Any


_cycle_functions: _CycleFfi | None = None


def _cycle_ffi() -> _CycleFfi:
    global _cycle_functions
    if _cycle_functions is None:
        import cffi  # type: ignore[import-untyped]  # JACK-Client's own dependency

        ffi = cffi.FFI()
        ffi.cdef(
            "int jack_get_cycle_times(void *client, uint32_t *current_frames, uint64_t *current_usecs,"
            " uint64_t *next_usecs, float *period_usecs);"
            "uint64_t jack_get_time(void);"
        )
        path = ctypes.util.find_library("jack")
        if path is None:
            raise RuntimeError("no libjack")
        _cycle_functions = _CycleFfi(ffi, ffi.dlopen(path))
    return _cycle_functions


def _jack() -> Any:
    # Lazily: a machine without libjack still runs the server on ALSA. (JACK-Client has no type hints.)
    import jack  # type: ignore[import-untyped]

    return jack


class _JackMidi:
    """One JACK client with at most one MIDI port, in the shape of an rtmidi object."""

    _sends = True

    def __init__(self, name: str) -> None:
        try:
            jack = _jack()
        except (ImportError, OSError) as err:  # JACK-Client is there but this machine has no libjack
            raise RuntimeError(f"JACK-Client cannot load libjack: {err}") from err
        if library() is None:  # loaded once with libjack's complaints sent to the log
            raise RuntimeError("no libjack")
        try:
            self._client = jack.Client(name, no_start_server=True)
        except jack.JackOpenError as err:
            if err.status.server_failed:  # what a user needs to hear: start jackd (or name the right one)
                raise RuntimeError(f"JACK server not running? (client {name}: cannot connect)") from err
            raise RuntimeError(f"cannot open JACK client {name}: {err}") from err
        except jack.JackError as err:
            raise RuntimeError(f"cannot open JACK client {name}: {err}") from err
        self._rate = self._client.samplerate
        self._cycle = _CycleTimesCall(jack, self._client)
        self._port: Any = None
        self._queue = HandOver()
        self._callback: Received | None = None
        self._cycles = 0
        self._gone = False
        self.written: deque[Written] = deque(maxlen=KEEP)  # callback -> worker, for /midi/timing
        self.loads: deque[float] = deque(maxlen=KEEP)  # the callback's time as a share of the period
        self.late_cycles = 0  # cycles with no cycle times (never seen from JACK)
        # Bound once: the callback would otherwise make these objects anew on every cycle.
        self._jack_error = jack.JackError
        self._writing: Any = None
        self._write_bound = self._write_event
        self._report = self.written.append
        self._client.set_process_callback(self._process)
        self._client.set_shutdown_callback(self._shut_down)
        self._client.activate()

    # -- rtmidi's interface --------------------------------------------------------------------------

    def get_ports(self) -> list[str]:
        """The MIDI ports this object can connect to: inputs for an output, outputs for an input."""
        if self._gone:
            return []
        ports = self._client.get_ports(is_midi=True, is_input=self._sends, is_output=not self._sends)
        return [port.name for port in ports]

    def open_virtual_port(self, name: str) -> None:
        self._register(name)

    def open_port(self, index: int, name: str) -> None:
        target = self.get_ports()[index]
        port = self._register(name)
        try:
            if self._sends:
                self._client.connect(port, target)
            else:
                self._client.connect(target, port)
        except _jack().JackError as err:
            self.close_port()
            raise RuntimeError(f"cannot connect to {target}: {err}") from err

    def set_port_name(self, name: str) -> None:
        if self._port is None:
            raise RuntimeError("no port to name")
        self._port.shortname = name

    def close_port(self) -> None:
        if self._port is None:
            return
        if not self._gone:
            self._drain()
        port, self._port = self._port, None
        self._wait_cycles(2)  # the callback may still hold the port it read at its start
        if not self._gone:
            port.unregister()

    def delete(self) -> None:
        self.close_port()
        self._client.deactivate(ignore_errors=True)
        self._client.close(ignore_errors=True)

    def send_message(self, data: Sequence[int] | bytes) -> None:
        self.send_at(bytes(data), host_time())

    def ignore_types(self, sysex: bool = True, timing: bool = True, active_sense: bool = True) -> None:
        """Accepted for rtmidi's sake: what an input keeps is decided by its callback."""

    def set_callback(self, callback: Received) -> None:
        self._callback = callback

    # -- the addition --------------------------------------------------------------------------------

    def send_at(self, data: bytes, when: float) -> None:
        """Write ``data`` at the frame of host time ``when`` (one period late; a time passed: at once)."""
        self._queue.put(data, when)

    # -- JACK's threads ------------------------------------------------------------------------------

    def _process(self, nframes: int) -> None:
        started = perf_counter()
        port = self._port
        try:
            if port is not None:
                clock = self._cycle.clock(nframes)
                if clock is None:
                    self.late_cycles += 1
                elif self._sends:
                    self._write(port, clock)
                else:
                    self._read(port, clock)
        except Exception:  # an exception would end the callbacks for good: the port would go silent
            log.exception("JACK MIDI process callback")
        self._cycles += 1
        self.loads.append((perf_counter() - started) * self._rate / nframes)

    def _write(self, port: Any, clock: CycleClock) -> None:
        port.clear_buffer()
        if self._queue.waiting():
            self._writing = port
            self._queue.write_due(clock, self._write_bound, self._report)

    def _write_event(self, offset: int, data: bytes) -> bool:
        try:
            self._writing.write_midi_event(offset, data)
        except self._jack_error:  # this block's MIDI buffer is full
            return False
        return True

    def _read(self, port: Any, clock: CycleClock) -> None:
        callback = self._callback
        for offset, data in port.incoming_midi_events():
            if callback is not None:
                callback((bytes(data), 0.0), clock.input_time(offset))

    def _shut_down(self, status: object, reason: str) -> None:
        self._gone = True

    # -- helpers -------------------------------------------------------------------------------------

    def _register(self, name: str) -> Any:
        if self._port is not None:
            raise RuntimeError("a port is open already")
        ports = self._client.midi_outports if self._sends else self._client.midi_inports
        try:
            self._port = ports.register(name)
        except _jack().JackError as err:
            raise RuntimeError(f"cannot register JACK port {name}: {err}") from err
        return self._port

    def _wait(self, done: Callable[[], bool]) -> None:
        """Until ``done()``, at most CLOSE_DRAIN_SECONDS, and no longer than the callbacks keep coming (a
        server that died is heard of through the graph watch first, maybe before its shutdown call here)."""
        deadline = host_time() + CLOSE_DRAIN_SECONDS
        cycles, moved = self._cycles, host_time()
        while not done() and not self._gone:
            now = host_time()
            if self._cycles != cycles:
                cycles, moved = self._cycles, now
            if now > deadline or now - moved > STALLED_SECONDS:
                return
            time.sleep(0.0005)

    def _wait_cycles(self, count: int) -> None:
        target = self._cycles + count
        self._wait(lambda: self._cycles >= target)

    def _drain(self) -> None:
        """Let the callback write what it was handed (rtmidi too waits for JACK to take what it was sent)."""
        self._wait(lambda: not self._queue.waiting())
        self._wait_cycles(2)  # ...and for JACK to deliver the last block


class JackMidiOut(_JackMidi):
    _sends = True


class JackMidiIn(_JackMidi):
    _sends = False
