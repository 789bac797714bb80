"""The server as a subprocess on a free port, the way a user runs it."""

from __future__ import annotations

import contextlib
import os
import re
import signal
import subprocess
import sys
import tempfile
import threading
from collections.abc import Sequence
from pathlib import Path
from types import TracebackType

from tests.support.client import ScaledOscClient
from tests.support.waiting import scaled, wait_until

_PORT_LINE = re.compile(r"OSC on UDP port (\d+)")
_PAGE_LINE = re.compile(r"Control page .*?http://[^ ]+:(\d+)/")


class ServerProcess:
    def __init__(
        self,
        *args: str,
        env: dict[str, str] | None = None,
        prefix: Sequence[str] = (),
        link: bool = False,
        host: str = "127.0.0.1",
        zeroconf: bool = False,
        config: str | None = os.devnull,
    ) -> None:
        # Link stays off unless a test asks for it: servers of parallel tests must not join one session.
        argv = [sys.executable, "-m", "oscserver", "serve", "--host", host, "--port", "0", *args]
        if not link and "--no-link" not in args:
            argv.append("--no-link")
        # Sessions (and the autosave at shutdown) go to a directory of the test's own, never the user's.
        self._data_dir: tempfile.TemporaryDirectory[str] | None = None
        if "--data-dir" not in args:
            self._data_dir = tempfile.TemporaryDirectory(prefix="oscserver-test-")
            argv += ["--data-dir", self._data_dir.name]
        self.data_dir = (
            Path(self._data_dir.name) if self._data_dir else Path(args[args.index("--data-dir") + 1])
        )
        # Zeroconf stays off unless asked for: test servers must not advertise on the machine's networks.
        if not zeroconf and "--zeroconf" not in args:
            argv.append("--no-zeroconf")
        # The page stays off unless asked for: the default port (8080) is one for all the parallel tests.
        if "--http-port" not in args:
            argv += ["--http-port", "0"]
        # No config file from the machine (./oscserver.toml, ~/.config, /etc) changes a test server.
        if config is not None and "--config" not in args:
            argv += ["--config", config]
        self.argv = [*prefix, *argv]
        self.env = {**(env or os.environ), "PYTHONUNBUFFERED": "1"}
        self.process: subprocess.Popen[str] | None = None
        self.port = 0
        self.output: list[str] = []
        self.log: list[str] = []

    def start(self, timeout: float = 20.0) -> ServerProcess:
        self.process = subprocess.Popen(
            self.argv, env=self.env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
        )
        assert self.process.stdout is not None and self.process.stderr is not None
        threading.Thread(target=self._collect, args=(self.process.stderr, self.log), daemon=True).start()
        threading.Thread(target=self._collect, args=(self.process.stdout, self.output), daemon=True).start()
        # Up once the banner names its port; a server that exits at start-up need not be waited for.
        with contextlib.suppress(TimeoutError):
            wait_until(lambda: self._listening() or not self.alive(), timeout, what="the server's start")
        if not self.port:
            self.stop()
            raise RuntimeError("server did not start:\n" + "\n".join([*self.output, *self.log]))
        return self

    def _listening(self) -> bool:
        for line in list(self.output):
            match = _PORT_LINE.search(line)
            if match:
                self.port = int(match.group(1))
                return True
        return False

    @property
    def http_port(self) -> int:
        """The control page's port, as the banner names it (0 before it has, or when the page is off)."""
        wait_until(lambda: any("Control page" in line for line in list(self.output)), 5.0, what="the banner")
        page = next((m for m in map(_PAGE_LINE.search, list(self.output)) if m), None)
        return int(page.group(1)) if page else 0

    @staticmethod
    def _collect(stream: object, sink: list[str]) -> None:
        for line in stream:  # type: ignore[attr-defined]
            sink.append(line.rstrip("\n"))

    def client(self, host: str = "127.0.0.1") -> ScaledOscClient:
        return ScaledOscClient(host, self.port)

    def alive(self) -> bool:
        return self.process is not None and self.process.poll() is None

    def stop(self, sig: int = signal.SIGTERM, timeout: float = 15.0) -> int | None:
        if self.process is None:
            return None
        if self.process.poll() is None:
            self.process.send_signal(sig)
            try:
                self.process.wait(scaled(timeout))
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        return self.process.returncode

    def __enter__(self) -> ServerProcess:
        return self.start()

    def __exit__(self, *exc: type[BaseException] | BaseException | TracebackType | None) -> None:
        self.stop()
        if self._data_dir is not None:
            self._data_dir.cleanup()
