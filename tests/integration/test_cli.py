"""The command line as a user types it."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
from pathlib import Path
from typing import IO

import pytest

from tests.support.server import ServerProcess
from tests.support.waiting import scaled, wait_status, wait_until

pytestmark = pytest.mark.integration

ROOT = Path(__file__).resolve().parents[2]
LISTEN = str(scaled(0.5))  # `send --wait`: how long the command listens, whatever comes
ANSWER_DEADLINE = str(scaled(1.0))  # `send --timeout`: how long it waits for an answer (1 s by default)


def oscserver(*args: str, timeout: float = 30) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "oscserver", *args],
        capture_output=True,
        text=True,
        timeout=scaled(timeout),
        cwd=ROOT,
    )


def test_send_prints_answers_with_inferred_and_explicit_types(server: ServerProcess) -> None:
    port = str(server.port)
    result = oscserver(
        "send", "--port", port, "--wait", LISTEN, "/ping", "1", "2.5", "word", "s:42", "f:3", "i:-4"
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "/pong 1 2.5 word 42 3.0 -4"
    result = oscserver("send", "--port", port, "--timeout", ANSWER_DEADLINE, "/link/tempo", "128")
    assert result.stdout.strip() == "/link/tempo 128.0"


def test_send_exits_1_on_an_error(server: ServerProcess) -> None:
    port = str(server.port)
    result = oscserver("send", "--port", port, "--timeout", ANSWER_DEADLINE, "/link/tempo", "5000")
    assert result.returncode == 1
    assert result.stdout.splitlines() == [
        "/error /link/tempo 'tempo must be between 20 and 999 BPM, got 5000'",
        "/link/tempo 120.0",  # the value that stands
    ]


def start_monitor(server: ServerProcess, ignore_sigint: bool = False) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "oscserver", "monitor", "--port", str(server.port)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=ROOT,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},  # each line as it is printed, for the test to wait on
        preexec_fn=(lambda: signal.signal(signal.SIGINT, signal.SIG_IGN)) if ignore_sigint else None,
    )


def collect_lines(stream: IO[str], sink: list[str]) -> None:
    for line in stream:
        sink.append(line.rstrip("\n"))


def test_monitor_subscribes_and_prints_pushes(server: ServerProcess) -> None:
    monitor = start_monitor(server)
    assert monitor.stdout is not None and monitor.stderr is not None
    lines: list[str] = []
    reader = threading.Thread(target=collect_lines, args=(monitor.stdout, lines), daemon=True)
    reader.start()
    try:
        with server.client() as osc:
            wait_status(osc, "subscribers", lambda count: count == 1, timeout=20)
        oscserver("send", "--port", str(server.port), "--wait", "0", "/link/tempo", "141")
        wait_until(
            lambda: (
                any(line.endswith("/link/tempo 141.0") for line in lines)
                and any("/link/beat" in line for line in lines)
            ),
            what="the monitor printing the new tempo and a beat",
        )
    finally:
        monitor.send_signal(signal.SIGINT)
        monitor.wait(scaled(10))
        reader.join(scaled(10))
    err = monitor.stderr.read()
    assert any("/subscribed" in line for line in lines)
    assert any(line.endswith("/link/tempo 120.0") for line in lines)
    assert any(line.endswith("/link/tempo 141.0") for line in lines)
    assert any("/link/beat" in line for line in lines)
    assert "monitoring" in err


def test_api_prints_the_endpoint_table() -> None:
    result = oscserver("api")
    assert result.returncode == 0
    assert any(line.startswith("/link/tempo") and "[f:tempo]" in line for line in result.stdout.splitlines())


def test_the_committed_api_reference_is_current() -> None:
    result = oscserver("api", "--markdown")
    committed = (ROOT / "docs" / "osc-api.md").read_text()
    assert result.stdout == committed, "docs/osc-api.md is stale: run `make docs`"


def test_devices_lists_audio_and_midi_without_failing() -> None:
    result = oscserver("devices")
    assert result.returncode == 0, result.stderr
    assert "Audio devices:" in result.stdout and "MIDI ports:" in result.stdout


def test_serve_refuses_a_port_in_use(server: ServerProcess) -> None:
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "oscserver",
            "serve",
            "--no-link",
            "--host",
            "127.0.0.1",
            "--port",
            str(server.port),
        ],
        capture_output=True,
        text=True,
        timeout=scaled(30),
        cwd=ROOT,
        env={**os.environ},
    )
    assert result.returncode != 0
    assert f"cannot listen for OSC on 127.0.0.1:{server.port}" in result.stderr


def test_the_banner_lists_every_address_a_tablet_can_use() -> None:
    with ServerProcess("--audio", "none", "--midi-api", "none", host="0.0.0.0") as process:
        banner = "\n".join(process.output)
    assert "point TouchOSC, Max, Pd or SuperCollider at:" in banner
    assert f"127.0.0.1:{process.port}  (lo)" in banner
    assert "Link: disabled" in banner


def test_sigint_stops_the_server_like_sigterm() -> None:
    process = ServerProcess("--audio", "none", "--midi-api", "none").start()
    assert process.stop(signal.SIGINT) == 0


def test_a_second_signal_exits_at_once() -> None:
    process = ServerProcess("--audio", "none", "--midi-api", "none").start()
    assert process.process is not None
    # The first asks for a clean shutdown (notes off, fade, autosave); the second, sent while that runs,
    # ends the process at once: an impatient stage hand is obeyed.
    process.process.send_signal(signal.SIGTERM)
    # Two signals sent at once would arrive as one: the second goes once the first has been taken, at once
    # (looked for every millisecond: the clean shutdown it starts may be short).
    wait_until(
        lambda: any("shutting down" in line for line in process.log),
        what="the first SIGTERM being taken",
        poll=0.001,
    )
    process.process.send_signal(signal.SIGTERM)
    assert process.process.wait(scaled(20)) == 128 + signal.SIGTERM
    assert any("second SIGTERM: exiting at once" in line for line in process.log)


@pytest.mark.parametrize("stop", [signal.SIGINT, signal.SIGTERM])
def test_monitor_stops_on_a_signal_even_when_started_with_sigint_ignored(
    server: ServerProcess, stop: signal.Signals
) -> None:
    # A shell starts a background command with SIGINT ignored; Python then sets no Ctrl-C handler itself.
    monitor = start_monitor(server, ignore_sigint=True)
    try:
        with server.client() as osc:
            wait_status(osc, "subscribers", lambda count: count == 1, timeout=20)
    finally:
        monitor.send_signal(stop)
        monitor.communicate(timeout=scaled(10))
    assert monitor.returncode == 0
    with server.client() as osc:
        assert osc.pairs()["subscribers"] == 0  # it unsubscribed on its way out
