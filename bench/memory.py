"""Resident memory of the server before and after 100,000 messages of every kind.

Memory must not grow with what the server is sent: each message kind is one a stage session sends all night
(pings, tempo sets, asks, patterns, subscriptions renewed, /sync waits, refusals, garbage). The reference is
the growth of the same server over the same time with no messages, measured in the same run.
"""

from __future__ import annotations

import argparse
import contextlib
import socket
import sys
import time

import psutil

from oscserver.osc.codec import encode_message
from tests.support.server import ServerProcess

MESSAGES = [
    encode_message("/ping", (1, 2.5, "x")),
    encode_message("/link/tempo", (121.0,)),
    encode_message("/link/tempo", (122.0,)),
    encode_message("/link/tempo"),
    encode_message("/link/{tempo,quantum,peers}"),
    encode_message("/status"),
    encode_message("/subscribe"),
    encode_message("/sync", (0.25, 0.0, "tag")),
    encode_message("/link/tempo", (5000.0,)),
    encode_message("/nowhere", (1,)),
    b"\x00garbage\xff",
]


def rss_mib(pid: int) -> float:
    return psutil.Process(pid).memory_info().rss / 2**20


def send_messages(port: int, count: int, rate: float) -> None:
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as sock:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 1 << 20)
        sock.connect(("127.0.0.1", port))
        sock.setblocking(False)
        start = time.perf_counter()
        for i in range(count):
            while i > (time.perf_counter() - start) * rate:
                time.sleep(0.0005)
            with contextlib.suppress(BlockingIOError, ConnectionRefusedError):
                sock.send(MESSAGES[i % len(MESSAGES)])
            try:  # drain answers and pushes so our socket never refuses them
                while True:
                    sock.recv(65536)
            except (BlockingIOError, ConnectionRefusedError):
                pass


def run(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="bench memory")
    parser.add_argument("--messages", type=int, default=100_000)
    parser.add_argument("--rate", type=float, default=5000.0, help="messages per second")
    args = parser.parse_args(argv or [])
    duration = args.messages / args.rate

    with (
        ServerProcess("--audio", "none", "--midi-api", "none") as idle,
        ServerProcess("--audio", "none", "--midi-api", "none") as busy,
    ):
        assert idle.process is not None and busy.process is not None
        time.sleep(2.0)  # let both settle after start-up
        idle_before, busy_before = rss_mib(idle.process.pid), rss_mib(busy.process.pid)
        send_messages(busy.port, args.messages, args.rate)
        time.sleep(2.0)  # /sync waits and answers finish
        idle_after, busy_after = rss_mib(idle.process.pid), rss_mib(busy.process.pid)
        with busy.client() as osc:
            figures = osc.pairs()
    print(
        f"resident memory (MiB) over {duration:.0f} s, {args.messages} messages at {args.rate:.0f}/s "
        f"({len(MESSAGES)} kinds in turn)"
    )
    for label, before, after in (
        ("idle server (reference)", idle_before, idle_after),
        ("server under messages", busy_before, busy_after),
    ):
        print(f"  {label:<24} {before:7.1f} -> {after:7.1f}  ({after - before:+.1f})")
    print(f"  the server counted {figures['received']} datagrams, answered {figures['errors']} with /error")


if __name__ == "__main__":
    run(sys.argv[1:])
