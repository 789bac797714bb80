"""A JACK client of the test's own: records every MIDI event reaching its input with its absolute frame,
writes events at chosen frames, and says which host time a frame stands for (libjack's own
``jack_frames_to_time``, not the server's mapping)."""

from __future__ import annotations

import ctypes
import threading
from collections.abc import Callable, Sequence
from types import TracebackType

import jack  # type: ignore[import-untyped]

from oscserver.engine.clock import host_time
from oscserver.midi.jack_graph import library
from tests.support.jack import JackDummy
from tests.support.waiting import wait_until


class FrameProbe:
    def __init__(self, server: JackDummy, name: str = "frames-probe") -> None:
        self.client = jack.Client(name, servername=server.name, no_start_server=True)
        self.input = self.client.midi_inports.register("in")
        self.output = self.client.midi_outports.register("out")
        self.events: list[tuple[int, bytes]] = []  # (absolute frame, data), appended by the callback
        self._lock = threading.Lock()
        self._to_write: list[tuple[int, bytes]] = []  # (offset, data) for the next cycle
        self.written: list[tuple[int, bytes]] = []  # (absolute frame, data) once written
        lib = library()
        assert lib is not None
        lib.jack_frames_to_time.restype = ctypes.c_uint64
        lib.jack_frames_to_time.argtypes = [ctypes.c_void_p, ctypes.c_uint32]
        lib.jack_get_time.restype = ctypes.c_uint64
        self._lib = lib
        self._pointer = ctypes.c_void_p(int(jack._ffi.cast("uintptr_t", self.client._ptr)))
        self.client.set_process_callback(self._process)
        self.client.activate()

    @property
    def in_name(self) -> str:
        return str(self.input.name)

    @property
    def out_name(self) -> str:
        return str(self.output.name)

    def _process(self, frames: int) -> None:
        start = self.client.last_frame_time
        for offset, data in self.input.incoming_midi_events():
            self.events.append((start + offset, bytes(data)))
        self.output.clear_buffer()
        with self._lock:
            writes, self._to_write = self._to_write, []
        for offset, data in writes:
            self.output.write_midi_event(offset, data)
            self.written.append((start + offset, data))

    def write_next_cycle(self, events: Sequence[tuple[int, bytes]]) -> None:
        """Write ``(offset, data)`` events, in offset order, in the next cycle."""
        with self._lock:
            self._to_write = list(events)

    def host_time_of(self, frame: int) -> float:
        """The host time JACK's own clock gives ``frame`` (JACK's microseconds moved onto the host clock)."""
        before = self._lib.jack_get_time()
        now = host_time()
        after = self._lib.jack_get_time()
        offset = now - (before + after) * 0.5e-6
        return float(self._lib.jack_frames_to_time(self._pointer, frame) * 1e-6 + offset)

    def wait_for(
        self, done: Callable[[list[tuple[int, bytes]]], bool], what: str, timeout: float = 10.0
    ) -> list[tuple[int, bytes]]:
        def finished() -> list[tuple[int, bytes]] | None:
            events = list(self.events)
            return events if done(events) else None

        result: list[tuple[int, bytes]] = wait_until(finished, timeout, what=what)
        return result

    def clear(self) -> None:
        self.events.clear()

    def close(self) -> None:
        self.client.deactivate()
        self.client.close()

    def __enter__(self) -> FrameProbe:
        return self

    def __exit__(self, *exc: type[BaseException] | BaseException | TracebackType | None) -> None:
        self.close()


def frames_of(events: list[tuple[int, bytes]], *data: int) -> list[int]:
    return [frame for frame, message in events if message == bytes(data)]
