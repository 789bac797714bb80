"""A private JACK server with the dummy driver: real audio and MIDI ports on a machine with no sound card.

Each test server has its own name (``jackd -n NAME``; clients find it through ``JACK_DEFAULT_SERVER``), so
tests never share one.
"""

from __future__ import annotations

import contextlib
import os
import subprocess
import tempfile
import uuid
from collections.abc import Iterator, Sequence
from pathlib import Path
from types import TracebackType
from typing import IO

import pytest

from tests.support.waiting import scaled, wait_until

# How often a wait looks at the ports: each look runs ``jack_lsp``, a JACK client of its own, and a client
# coming and going a hundred times a second keeps jackd (and the clients it notifies) busy.
PORTS_POLL = 0.05
# What jackd 1.9's timed drivers (the dummy's) log when they wake too late and re-anchor their clock.
DRIVER_STALL = "JackTimedDriver::Process XRun"


class JackDummy:
    def __init__(
        self,
        rate: int = 48000,
        period: int = 256,
        name: str | None = None,
        realtime: bool = False,
        log: Path | None = None,
        log_is_temporary: bool = False,
    ) -> None:
        self.name = name or f"oscs-{uuid.uuid4().hex[:8]}"
        self.rate = rate
        self.period = period
        # Real-time scheduling keeps the dummy driver's clock from stalling when the machine is busy
        # (without it, its frames lag the host clock by up to a few ms under load); it needs root.
        self.realtime = realtime
        self.log = log  # where jackd's own messages go (its xrun reports, for benchmarks)
        self.log_is_temporary = log_is_temporary  # (removed when the server is stopped)
        self.process: subprocess.Popen[bytes] | None = None
        self._clients: list[subprocess.Popen[bytes]] = []

    @property
    def env(self) -> dict[str, str]:
        return {**os.environ, "JACK_DEFAULT_SERVER": self.name, "JACK_NO_AUDIO_RESERVATION": "1"}

    def start(self) -> JackDummy:
        log_file = self.log.open("ab") if self.log else None
        try:
            self.process = self._spawn(log_file)
        finally:
            if log_file is not None:
                log_file.close()  # jackd has its own copy
        process = self.process
        try:
            wait_until(
                lambda: process.poll() is not None or "system:playback_1" in self.ports(),
                10,
                what="jackd's start",
                poll=PORTS_POLL,
            )
        except TimeoutError as err:
            raise RuntimeError(str(err)) from err
        if process.poll() is not None:
            raise RuntimeError(f"jackd exited with {process.returncode}")
        return self

    def _spawn(self, log_file: IO[bytes] | None) -> subprocess.Popen[bytes]:
        return subprocess.Popen(
            [
                "jackd",
                "-n",
                self.name,
                "-R" if self.realtime else "--no-realtime",
                "-d",
                "dummy",
                "-r",
                str(self.rate),
                "-p",
                str(self.period),
            ],
            env=self.env,
            stdout=log_file or subprocess.DEVNULL,
            stderr=subprocess.STDOUT if log_file else subprocess.DEVNULL,
        )

    def stop(self) -> None:
        self.stop_clients()
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                # jackd waits up to ~6 s for a client that died just before; SIGKILL instead would leave its
                # slot in JACK's machine-wide registry of 8 servers taken for good ("Too many servers").
                self.process.wait(scaled(20))
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        if self.log is not None and self.log_is_temporary:
            self.log.unlink(missing_ok=True)

    def __enter__(self) -> JackDummy:
        return self.start()

    def __exit__(self, *exc: type[BaseException] | BaseException | TracebackType | None) -> None:
        self.stop()

    def ports(self, *flags: str) -> list[str]:
        result = subprocess.run(
            ["jack_lsp", *flags], env=self.env, capture_output=True, text=True, timeout=scaled(10)
        )
        return [line.strip() for line in result.stdout.splitlines() if line.strip()]

    def connect(self, source: str, destination: str) -> None:
        subprocess.run(
            ["jack_connect", source, destination],
            env=self.env,
            check=True,
            capture_output=True,
            timeout=scaled(10),
        )

    def start_client(self, argv: Sequence[str]) -> subprocess.Popen[bytes]:
        """A JACK client program on this server (``jack_metro``, ``jack_rec``, ...), stopped with it."""
        process = subprocess.Popen(
            list(argv), env=self.env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )
        self._clients.append(process)
        return process

    def stop_clients(self) -> None:
        while self._clients:
            process = self._clients.pop()
            if process.poll() is None:
                process.terminate()
                try:
                    process.wait(scaled(5))
                except subprocess.TimeoutExpired:
                    process.kill()
                    process.wait()

    def _logged(self) -> list[str]:
        if self.log is None or not self.log.exists():
            return []
        return self.log.read_text(errors="replace").splitlines()

    def xruns_logged(self) -> int:
        """How many xruns jackd has reported in its log so far (0 without a log)."""
        return sum("xrun" in line.lower() for line in self._logged())

    def driver_stalls(self) -> int:
        """How many times the dummy driver overslept and started its frames again at a new phase, as its
        log says so far (0 without a log). Not a client's late cycle: JACK's frames go on through those."""
        return sum(line.startswith(DRIVER_STALL) for line in self._logged())

    def wait_for_port(self, name: str, timeout: float = 10.0) -> None:
        try:
            wait_until(
                lambda: name in self.ports(), timeout, what=f"JACK port {name} appearing", poll=PORTS_POLL
            )
        except TimeoutError as err:
            raise TimeoutError(f"{err}; ports: {self.ports()}") from err


def start_on_time(rate: int = 48000, period: int = 256, name: str | None = None) -> JackDummy:
    """A started JACK server scheduled in real time where that is allowed (as root), so that the dummy
    driver keeps time on a busy machine; without real time where jackd refuses it. Its log (a temporary
    file) says when the driver lost time all the same (:meth:`JackDummy.driver_stalls`)."""
    with tempfile.NamedTemporaryFile(prefix="jackd-", suffix=".log", delete=False) as file:
        log = Path(file.name)

    def server(realtime: bool) -> JackDummy:
        return JackDummy(
            rate=rate, period=period, name=name, realtime=realtime, log=log, log_is_temporary=True
        )

    try:
        try:
            return server(realtime=os.geteuid() == 0).start()
        except RuntimeError:
            return server(realtime=False).start()
    except RuntimeError:
        log.unlink(missing_ok=True)
        raise


@contextlib.contextmanager
def jack_for_this_process() -> Iterator[JackDummy]:
    """A JACK server that this test process's own rtmidi ports join too (``JACK_DEFAULT_SERVER`` set for
    as long as it runs)."""
    with JackDummy() as server, pytest.MonkeyPatch.context() as patch:
        patch.setenv("JACK_DEFAULT_SERVER", server.name)
        yield server


def record_ports(jack: JackDummy, path: Path, seconds: int, ports: Sequence[str]) -> None:
    """``seconds`` of ``ports`` written to ``path`` by ``jack_rec``; returns when it has finished."""
    recorder = subprocess.Popen(
        ["jack_rec", "-f", str(path), "-d", str(seconds), *ports],
        env=jack.env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        recorder.wait(timeout=scaled(seconds + 20))
    finally:
        if recorder.poll() is None:
            recorder.kill()
            recorder.wait(timeout=scaled(10))
