"""Ableton's LinkHut, the reference Link peer, driven through its keyboard and read from its status line.

LinkHut reads single keys on stdin: ``a`` enable Link, space start/stop, ``w``/``e`` tempo -1/+1 BPM,
``r``/``t`` quantum -/+, ``s`` start-stop sync, ``q`` quit. It redraws one status line with carriage
returns: enabled | peers | quantum | start-stop sync [playing] | tempo | beats | metronome. Debian's build
plays through JACK, so it needs a JACK server (a dummy one is enough).
"""

from __future__ import annotations

import re
import subprocess
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from types import TracebackType

from tests.support.waiting import scaled, wait_until

_STATUS = re.compile(
    r"(?P<enabled>yes|no)\s*\|\s*(?P<peers>\d+)\s*\|\s*(?P<quantum>[\d.]+)\s*\|\s*(?P<sync>yes|no)\s*"
    r"\[(?P<playing>playing|stopped)\]\s*\|\s*(?P<tempo>[\d.]+)\s*\|\s*(?P<beats>-?[\d.]+)"
)

# The field of the status line each key changes (``q`` quits and shows nothing).
_SHOWN_BY = {
    "a": "enabled",
    " ": "playing",
    "w": "tempo",
    "e": "tempo",
    "r": "quantum",
    "t": "quantum",
    "s": "start_stop_sync",
}


@dataclass(frozen=True)
class LinkHutState:
    enabled: bool
    peers: int
    quantum: float
    start_stop_sync: bool
    playing: bool
    tempo: float
    beats: float


class LinkHut:
    def __init__(self, env: dict[str, str], prefix: Sequence[str] = ()) -> None:
        self.argv = [*prefix, "LinkHut"]
        self.env = env
        self.process: subprocess.Popen[bytes] | None = None
        self._buffer = ""
        self._lock = threading.Lock()

    def start(self) -> LinkHut:
        self.process = subprocess.Popen(
            self.argv, env=self.env, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.STDOUT
        )
        threading.Thread(target=self._read, daemon=True).start()
        self.wait_until(lambda s: True, timeout=10, what="a first status line")
        return self

    def _read(self) -> None:
        assert self.process is not None and self.process.stdout is not None
        stdout = self.process.stdout
        while chunk := stdout.read1(4096):  # type: ignore[attr-defined]
            with self._lock:
                self._buffer = (self._buffer + chunk.decode(errors="replace"))[-4096:]

    def state(self) -> LinkHutState | None:
        with self._lock:
            matches = list(_STATUS.finditer(self._buffer))
        if not matches:
            return None
        m = matches[-1]
        return LinkHutState(
            enabled=m["enabled"] == "yes",
            peers=int(m["peers"]),
            quantum=float(m["quantum"]),
            start_stop_sync=m["sync"] == "yes",
            playing=m["playing"] == "playing",
            tempo=float(m["tempo"]),
            beats=float(m["beats"]),
        )

    def press(self, keys: str) -> None:
        """Type keys one at a time, each once the one before has shown its effect on the status line.

        LinkHut applies a key in its audio callback, reading the state it shows: a second ``e`` typed before
        the first has landed would set the same tempo again.
        """
        assert self.process is not None and self.process.stdin is not None
        for key in keys:
            before = self.state()
            self.process.stdin.write(key.encode())
            self.process.stdin.flush()
            field = _SHOWN_BY.get(key)
            if field is None or before is None:
                continue
            self._wait_for_change(field, getattr(before, field), key)

    def _wait_for_change(self, field: str, shown: object, key: str) -> None:
        self.wait_until(lambda state: getattr(state, field) != shown, what=f"key {key!r} changing {field}")

    def wait_until(
        self, condition: Callable[[LinkHutState], bool], timeout: float = 10.0, what: str = "a state"
    ) -> LinkHutState:
        def reached() -> LinkHutState | None:
            state = self.state()
            return state if state is not None and condition(state) else None

        try:
            return wait_until(reached, timeout, what=f"LinkHut reaching {what}")
        except TimeoutError as err:
            raise TimeoutError(f"{err}; last: {self.state()}") from err

    def stop(self) -> None:
        if self.process is None or self.process.poll() is not None:
            return
        try:
            self.press("q")
            self.process.wait(scaled(3))
        except (OSError, subprocess.TimeoutExpired):
            self.process.kill()
            self.process.wait()

    def __enter__(self) -> LinkHut:
        return self.start()

    def __exit__(self, *exc: type[BaseException] | BaseException | TracebackType | None) -> None:
        self.stop()
