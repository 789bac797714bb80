"""``oscserver send`` and ``sessions`` tell the truth: every failure is a message and a non-zero exit."""

from __future__ import annotations

import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.support.server import ServerProcess
from tests.support.waiting import scaled

pytestmark = pytest.mark.integration

ROOT = Path(__file__).resolve().parents[2]


def oscserver(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "oscserver", *args],
        capture_output=True,
        text=True,
        timeout=scaled(60),
        cwd=ROOT,
    )


def free_udp_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def test_nothing_listening_is_a_message_and_exit_1() -> None:
    result = oscserver("send", "--port", str(free_udp_port()), "/status")
    assert result.returncode == 1
    assert result.stdout == ""
    assert "is the server running?" in result.stderr
    assert "Traceback" not in result.stderr


def test_a_server_that_does_not_answer_is_a_timeout_and_exit_1() -> None:
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as mute:  # bound, so no ICMP bounce: just silence
        mute.bind(("127.0.0.1", 0))
        result = oscserver("send", "--port", str(mute.getsockname()[1]), "--timeout", "0.3", "/status")
    assert result.returncode == 1
    assert "no answer within 0.3 s" in result.stderr


def test_an_unknown_host_is_one_line_and_a_non_zero_exit() -> None:
    result = oscserver("send", "--host", "nosuchhost.invalid", "/status")
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1, result.stderr
    assert "nosuchhost.invalid" in result.stderr


def test_negative_numbers_pass_without_a_double_dash(server: ServerProcess) -> None:
    result = oscserver("send", "--port", str(server.port), "/ping", "-8192", "-0.5", "i:-3")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "/pong -8192 -0.5 -3"


def test_send_returns_as_soon_as_its_answer_has_come(server: ServerProcess) -> None:
    # The timeout is long: a send that waited it out (or any fixed time near it) would show in the duration.
    timeout = scaled(30)
    started = time.monotonic()
    result = oscserver("send", "--port", str(server.port), "--timeout", str(timeout), "/ping")
    elapsed = time.monotonic() - started
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "/pong"
    assert elapsed < timeout * 0.8


def test_a_refusal_prints_the_error_and_the_value_that_stands(server: ServerProcess) -> None:
    result = oscserver("send", "--port", str(server.port), "/link/tempo", "-5")
    assert result.returncode == 1
    assert result.stdout.splitlines() == [
        "/error /link/tempo 'tempo must be between 20 and 999 BPM, got -5'",
        "/link/tempo 120.0",
    ]


def test_a_bad_typed_argument_is_a_message(server: ServerProcess) -> None:
    result = oscserver("send", "--port", str(server.port), "/ping", "i:abc")
    assert result.returncode == 1
    assert "Traceback" not in result.stderr and "abc" in result.stderr


def test_sessions_lists_what_the_server_saved(server: ServerProcess) -> None:
    port = str(server.port)
    assert oscserver("sessions", "--port", port).stdout == ""
    for name in ("verse", "chorus"):
        saved = oscserver("send", "--port", port, "--timeout", str(scaled(20)), "/session/save", name)
        assert saved.returncode == 0, saved.stdout + saved.stderr
    listed = oscserver("sessions", "--port", port)
    assert listed.returncode == 0, listed.stderr
    assert sorted(listed.stdout.split()) == ["chorus", "verse"]


def test_sessions_without_a_server_is_a_message_and_exit_1() -> None:
    result = oscserver("sessions", "--port", str(free_udp_port()))
    assert result.returncode == 1 and "is the server running?" in result.stderr
