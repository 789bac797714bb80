"""The server as a subprocess on a free port, the way a user runs it."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Sequence
from pathlib import Path
from types import TracebackType

from oscserver.cli.client import OscClient

_PORT_LINE = re.compile(r"OSC on UDP port (\d+)")


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
        deadline = time.monotonic() + timeout
        for line in self.process.stdout:
            self.output.append(line)
            match = _PORT_LINE.search(line)
            if match:
                self.port = int(match.group(1))
                break
            if time.monotonic() > deadline:
                break
        if not self.port:
            self.stop()
            raise RuntimeError("server did not start:\n" + "".join(self.output) + "\n".join(self.log))
        threading.Thread(target=self._collect, args=(self.process.stdout, self.output), daemon=True).start()
        return self

    @staticmethod
    def _collect(stream: object, sink: list[str]) -> None:
        for line in stream:  # type: ignore[attr-defined]
            sink.append(line.rstrip("\n"))

    def client(self, host: str = "127.0.0.1") -> OscClient:
        return OscClient(host, self.port)

    def alive(self) -> bool:
        return self.process is not None and self.process.poll() is None

    def stop(self, sig: int = signal.SIGTERM, timeout: float = 15.0) -> int | None:
        if self.process is None:
            return None
        if self.process.poll() is None:
            self.process.send_signal(sig)
            try:
                self.process.wait(timeout)
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
