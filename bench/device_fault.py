"""The audio device lost and found: how soon the server notices that its JACK server is gone, and how soon
audio is back (with its loop) once a JACK server of the same name runs again.

A private JACK dummy server, the server on it with a loop playing; then, several times: ``jackd`` killed
(SIGKILL), the time until ``/status`` says ``audio_ok 0``; a new ``jackd`` of the same name up (its system
ports listed), the time until ``/status`` says ``audio_ok 1`` with the loop still PLAYING.

References, measured in the same run: the time ``jack_lsp`` (a fresh JACK client) takes to fail once the
server is gone, and the time a fresh JACK client (``jack_metro``) takes from its start to its port on the
new server: the floor for any client noticing, and for any client connecting.

``python -m bench device_fault`` (``BENCH_QUICK=1``: 2 cycles instead of 5).
"""

from __future__ import annotations

import os
import subprocess
import time
import uuid
from collections.abc import Callable

from bench.common import print_table, summary_ms
from tests.support.jack import JackDummy
from tests.support.server import ServerProcess

POLL_SECONDS = 0.005


def _wait(check: Callable[[], bool], timeout: float = 60.0) -> float:
    start = time.monotonic()
    while not check():
        if time.monotonic() - start > timeout:
            raise TimeoutError("timed out")
        time.sleep(POLL_SECONDS)
    return time.monotonic() - start


def _client_fails(jack: JackDummy) -> float:
    start = time.monotonic()
    subprocess.run(["jack_lsp"], env=jack.env, capture_output=True, timeout=10)
    return time.monotonic() - start


def _client_connects(jack: JackDummy) -> float:
    name = f"metro-{uuid.uuid4().hex[:6]}"
    start = time.monotonic()
    metro = subprocess.Popen(
        ["jack_metro", "-n", name, "-b", "120"],
        env=jack.env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        _wait(lambda: f"{name}:120_bpm" in jack.ports(), timeout=20)
        return time.monotonic() - start
    finally:
        metro.terminate()
        metro.wait(timeout=10)


def run(args: list[str] | None = None) -> None:
    cycles = 2 if os.environ.get("BENCH_QUICK") else 5
    jack = JackDummy(rate=48000, period=256).start()
    notice, back, notice_ref, back_ref = [], [], [], []
    try:
        with (
            ServerProcess(
                "--audio", "system", "--midi-api", "none", "--tempo", "240", env=jack.env
            ) as server,
            server.client() as osc,
        ):
            _wait(lambda: float(osc.pairs("/audio/status")["history"]) >= 2.0)
            osc.request("/looper/1/record", 1, reply="/looper/1/state")
            _wait(lambda: osc.request("/looper/1/state").args == ("PLAYING", 1))
            time.sleep(
                0.2
            )  # (a take is copied into its track within a few blocks; one lost with them is lost)
            for _ in range(cycles):
                assert jack.process is not None
                jack.process.kill()
                jack.process.wait()
                notice.append(_wait(lambda: osc.pairs()["audio_ok"] == 0))
                notice_ref.append(_client_fails(jack))
                time.sleep(0.5)
                jack = JackDummy(rate=48000, period=256, name=jack.name).start()
                back.append(_wait(lambda: osc.pairs()["audio_ok"] == 1))
                state = osc.request("/looper/1/state").args
                assert state == ("PLAYING", 1), (state, server.log)
                back_ref.append(_client_connects(jack))
    finally:
        jack.stop()
    rows = []
    for label, values in (
        ("server notices the JACK server is gone", notice),
        ("  reference: a fresh JACK client fails", notice_ref),
        ("server has audio (and its loop) back", back),  # (mostly the retry schedule: 1 s, then 2 s)
        ("  reference: a fresh JACK client connects", back_ref),
    ):
        figures = summary_ms(values)
        rows.append([label, int(figures["n"]), figures["p50"], figures["max"]])
    print_table(
        "device lost and found (ms; 'back' counts from the new jackd's ports being listed)",
        ["", "n", "p50", "max"],
        rows,
    )
