"""/ping round trips and a two-sender flood, beside a bare python-osc echo server measured in the same run.

Targets (issue 2): p50 within 1.5x of the bare server and p99 under 1 ms on loopback; under two flooding
senders, >= 20,000 answered messages/s with < 1 % lost while a third client's ping p99 stays under 20 ms.
"""

from __future__ import annotations

import argparse
import multiprocessing as mp
import socket
import subprocess
import sys
import time
from pathlib import Path

from bench.common import print_table, summary_ms
from oscserver.osc.codec import encode_message
from tests.support.server import ServerProcess

HERE = Path(__file__).resolve().parent


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def start_bare_server() -> tuple[subprocess.Popen[str], int]:
    port = free_port()
    process = subprocess.Popen(
        [sys.executable, str(HERE / "bare_echo_server.py"), str(port)], stdout=subprocess.PIPE, text=True
    )
    assert process.stdout is not None and process.stdout.readline().strip() == "ready"
    return process, port


def round_trips(port: int, count: int, timeout: float = 1.0) -> tuple[list[float], int]:
    """Sequential /ping -> /pong round trips; (times in seconds, lost count)."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    sock.settimeout(timeout)
    sock.connect(("127.0.0.1", port))
    ping = encode_message("/ping", (1,))
    times: list[float] = []
    lost = 0
    for _ in range(count):
        start = time.perf_counter()
        sock.send(ping)
        try:
            sock.recv(1024)
        except TimeoutError:
            lost += 1
            continue
        times.append(time.perf_counter() - start)
    sock.close()
    return times, lost


def flood_sender(port: int, rate: float, duration: float, result: mp.Queue) -> None:  # type: ignore[type-arg]
    """Send /ping at ``rate`` per second for ``duration`` seconds; count the /pongs that come back."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 8 * 1024 * 1024)
    sock.connect(("127.0.0.1", port))
    sock.setblocking(False)
    ping = encode_message("/ping", (1,))
    sent = received = 0
    start = time.perf_counter()
    interval = 1.0 / rate
    while (now := time.perf_counter() - start) < duration:
        due = int(now / interval) + 1
        while sent < due:
            try:
                sock.send(ping)
                sent += 1
            except BlockingIOError:
                break
        while True:
            try:
                sock.recv(1024)
                received += 1
            except (BlockingIOError, ConnectionRefusedError):
                break
    drain_until = time.perf_counter() + 1.0
    sock.settimeout(0.05)
    while time.perf_counter() < drain_until:
        try:
            sock.recv(1024)
            received += 1
        except (TimeoutError, ConnectionRefusedError):
            pass
    result.put((sent, received))


def flood(port: int, rate_per_sender: float, duration: float) -> dict[str, float]:
    result: mp.Queue = mp.Queue()  # type: ignore[type-arg]
    senders = [
        mp.Process(target=flood_sender, args=(port, rate_per_sender, duration, result)) for _ in range(2)
    ]
    for sender in senders:
        sender.start()
    time.sleep(0.2)
    probe_times, probe_lost = round_trips_paced(port, duration - 0.4, hz=100)
    for sender in senders:
        sender.join()
    sent = received = 0
    for _ in senders:
        s, r = result.get()
        sent += s
        received += r
    probe = summary_ms(probe_times)
    return {
        "offered/s": sent / duration,
        "answered/s": received / duration,
        "lost %": 100.0 * (sent - received) / max(sent, 1),
        "probe p50 ms": probe["p50"],
        "probe p99 ms": probe["p99"],
        "probe lost": float(probe_lost),
    }


def round_trips_paced(port: int, duration: float, hz: float) -> tuple[list[float], int]:
    sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    sock.settimeout(0.5)
    sock.connect(("127.0.0.1", port))
    ping = encode_message("/ping", (2,))
    times: list[float] = []
    lost = 0
    end = time.perf_counter() + duration
    while time.perf_counter() < end:
        start = time.perf_counter()
        sock.send(ping)
        try:
            sock.recv(1024)
            times.append(time.perf_counter() - start)
        except TimeoutError:
            lost += 1
        time.sleep(max(0.0, 1.0 / hz - (time.perf_counter() - start)))
    sock.close()
    return times, lost


def run(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="bench osc_roundtrip")
    parser.add_argument("--pings", type=int, default=5000)
    parser.add_argument("--flood-rate", type=float, default=10500.0, help="messages/s per flooding sender")
    parser.add_argument("--flood-seconds", type=float, default=5.0)
    args = parser.parse_args(argv or [])

    bare, bare_port = start_bare_server()
    server = ServerProcess("--audio", "none", "--midi-api", "none").start()
    try:
        round_trips(server.port, 500)  # warm both up
        round_trips(bare_port, 500)
        ours: list[float] = []
        reference: list[float] = []
        lost_ours = lost_ref = 0
        # Alternate blocks so both servers see the same machine conditions.
        for _ in range(10):
            t, lost = round_trips(bare_port, args.pings // 10)
            reference += t
            lost_ref += lost
            t, lost = round_trips(server.port, args.pings // 10)
            ours += t
            lost_ours += lost
        o, r = summary_ms(ours), summary_ms(reference)
        print_table(
            f"/ping round trip on loopback, {args.pings} sequential pings each (ms)",
            ["server", "p50", "p99", "max", "lost"],
            [
                ["bare python-osc echo (reference)", r["p50"], r["p99"], r["max"], lost_ref],
                ["oscserver", o["p50"], o["p99"], o["max"], lost_ours],
            ],
        )
        print(
            f"  oscserver p50 / reference p50 = {o['p50'] / r['p50']:.2f}x  (target <= 1.5x); "
            f"p99 {o['p99']:.3f} ms (target < 1 ms)"
        )

        rows = []
        for name, port in (("bare python-osc echo (reference)", bare_port), ("oscserver", server.port)):
            f = flood(port, args.flood_rate, args.flood_seconds)
            rows.append(
                [
                    name,
                    f["offered/s"],
                    f["answered/s"],
                    f["lost %"],
                    f["probe p50 ms"],
                    f["probe p99 ms"],
                    f["probe lost"],
                ]
            )
        print_table(
            f"two senders flooding /ping at {args.flood_rate:.0f}/s each for {args.flood_seconds:.0f} s, "
            "a third client pinging at 100 Hz",
            ["server", "offered/s", "answered/s", "lost %", "probe p50 ms", "probe p99 ms", "probe lost"],
            rows,
        )
        print("  targets: >= 20,000 answered/s, < 1 % lost, probe p99 < 20 ms")
    finally:
        server.stop()
        bare.terminate()
        bare.wait()


if __name__ == "__main__":
    run(sys.argv[1:])
