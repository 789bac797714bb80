"""Real JACK MIDI peers for tests: ``jack_midi_dump`` as a receiver with frame times, rtmidi as a source."""

from __future__ import annotations

import contextlib
import re
import subprocess
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from types import TracebackType

from tests.support.client import ScaledOscClient
from tests.support.jack import PORTS_POLL, JackDummy
from tests.support.server import ServerProcess
from tests.support.waiting import scaled, wait_until

_LINE = re.compile(r"^\s*(\d+):((?: [0-9a-f]{2})+)")


@dataclass(frozen=True)
class Received:
    frame: int  # JACK frame time (``-a``: absolute since the dump started)
    data: bytes


class MidiDump:
    """``jack_midi_dump -a``: every MIDI event that reaches its input, with its frame time."""

    PORT = "midi-monitor:input"

    def __init__(self, jack: JackDummy) -> None:
        self.jack = jack
        self.events: list[Received] = []
        self._lock = threading.Lock()
        self._process: subprocess.Popen[str] | None = None

    def __enter__(self) -> MidiDump:
        self._process = subprocess.Popen(
            ["stdbuf", "-oL", "jack_midi_dump", "-a"],
            env=self.jack.env,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
        )
        threading.Thread(target=self._read, daemon=True).start()
        self.jack.wait_for_port(self.PORT)
        return self

    def __exit__(self, *exc: type[BaseException] | BaseException | TracebackType | None) -> None:
        if self._process is not None:
            self._process.terminate()
            self._process.wait(scaled(10))
            # Until jackd has removed the client, stopping jackd makes it wait ~6 s for the dead client
            # (slower, not wrong: so a port still there after the deadline is left to jackd).
            with contextlib.suppress(TimeoutError):
                wait_until(
                    lambda: self.PORT not in self.jack.ports(),
                    10,
                    what=f"{self.PORT} going away",
                    poll=PORTS_POLL,
                )

    def _read(self) -> None:
        assert self._process is not None and self._process.stdout is not None
        for line in self._process.stdout:
            match = _LINE.match(line)
            if match:
                data = bytes.fromhex(match.group(2).replace(" ", ""))
                with self._lock:
                    self.events.append(Received(int(match.group(1)), data))

    def snapshot(self) -> list[Received]:
        with self._lock:
            return list(self.events)

    def clear(self) -> None:
        with self._lock:
            self.events.clear()

    def wait_for(
        self, done: Callable[[list[Received]], bool], timeout: float = 10.0, what: str = "MIDI events"
    ) -> list[Received]:
        def finished() -> list[Received] | None:
            events = self.snapshot()
            return events if done(events) else None

        try:
            return wait_until(finished, timeout, what=f"{what} arriving")
        except TimeoutError as err:
            raise TimeoutError(f"{err}; received {self.snapshot()[-20:]}") from err


def with_data(events: list[Received], *data: int) -> list[Received]:
    return [event for event in events if event.data == bytes(data)]


@contextlib.contextmanager
def jack_midi_server(jack: JackDummy, destination: str) -> Iterator[tuple[ServerProcess, ScaledOscClient]]:
    """A server playing MIDI through ``jack`` (no audio), its MIDI output connected to ``destination``, and
    a client of it."""
    with ServerProcess("--audio", "none", "--midi-api", "jack", env=jack.env) as process:
        jack.wait_for_port("oscserver:out")
        jack.connect("oscserver:out", destination)
        with process.client() as osc:
            yield process, osc
