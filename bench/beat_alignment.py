"""Beat alignment between two hosts in one Link session: how far apart their ``/sync`` answers land.

Two servers run in two network namespaces joined by a veth pair (two hosts on one Ethernet segment). Each
round asks both for ``/sync`` at the next quarter beat and takes the kernel's arrival stamps of the
answers; the difference is how far apart the two hosts' beats are, as a client sees them. The reference,
measured in the same rounds, is the same difference for two clients of ONE server: no network or Link in
it, only the measurement's own spread (event-loop order, socket delivery).

    python -m bench.beat_alignment [--seconds 60] [--every 0.25]
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections.abc import Sequence

from oscserver.cli.client import OscClient
from tests.support.alignment import SyncProbe, percentile, sync_round
from tests.support.netns import NetNamespace, two_hosts
from tests.support.server import ServerProcess

DEFAULT_SECONDS = 60.0
SETTLE_SECONDS = 2.0  # Link measures the peers' clock offset for a moment after they meet


def start(namespace: NetNamespace) -> ServerProcess:
    return ServerProcess(
        "--audio", "none", "--midi-api", "none", link=True, host="0.0.0.0", prefix=namespace.command([])
    ).start()


def wait_for_peer(namespace: NetNamespace, server: ServerProcess, timeout: float = 20.0) -> None:
    with OscClient("127.0.0.1", server.port, sock=namespace.socket()) as osc:
        deadline = time.monotonic() + timeout
        while osc.request("/link/peers").args != (1,):
            if time.monotonic() > deadline:
                raise TimeoutError("the two servers did not find each other over the veth link")
            time.sleep(0.1)


def describe(name: str, offsets: Sequence[float]) -> str:
    magnitudes = [abs(x) for x in offsets]
    mean = sum(offsets) / len(offsets)
    return (
        f"  {name:<38} |diff| p50 {percentile(magnitudes, 0.5) * 1e3:7.3f} ms   "
        f"p99 {percentile(magnitudes, 0.99) * 1e3:7.3f} ms   max {max(magnitudes) * 1e3:7.3f} ms   "
        f"mean signed {mean * 1e3:+.3f} ms"
    )


def measure(seconds: float = DEFAULT_SECONDS, every: float = 0.25) -> None:
    if os.geteuid() != 0:
        print("skipped: needs root to create two network namespaces joined by a veth pair")
        return
    with two_hosts() as (a, b):
        first, second = start(a), start(b)
        probes: list[SyncProbe] = []
        try:
            wait_for_peer(a, first)
            time.sleep(SETTLE_SECONDS)
            probes = [
                SyncProbe(a.socket(), ("127.0.0.1", first.port)),
                SyncProbe(a.socket(), ("127.0.0.1", first.port)),  # the reference: a second client of A
                SyncProbe(b.socket(), ("127.0.0.1", second.port)),
            ]
            with OscClient("127.0.0.1", first.port, sock=a.socket()) as osc:
                tempo = float(osc.request("/link/tempo").args[0])
                quantum = float(osc.request("/link/quantum").args[0])
            between_hosts: list[float] = []
            one_server: list[float] = []
            skipped = 0
            deadline = time.monotonic() + seconds
            tag = 0
            while time.monotonic() < deadline:
                tag += 1
                answers = sync_round(probes, every, tag)
                if not (answers.same_beat(0, 1, quantum) and answers.same_beat(0, 2, quantum)):
                    skipped += 1  # a boundary fell between the requests: answers for different beats
                    continue
                between_hosts.append(answers.offset(0, 2))
                one_server.append(answers.offset(0, 1))
        finally:
            for probe in probes:
                probe.close()
            first.stop()
            second.stop()
    stamps = "kernel arrival stamps" if probes and probes[0].kernel_stamps else "user-space arrival times"
    print(
        f"/sync every {every:g} beat at {tempo:g} BPM for {seconds:g} s: {len(between_hosts)} rounds "
        f"({skipped} skipped: a beat boundary between the requests); {stamps}"
    )
    print(describe("two hosts (veth, one Link session):", between_hosts))
    print(describe("reference: two clients of one server:", one_server))


def run(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="Beat alignment between two hosts in one Link session.")
    parser.add_argument("--seconds", type=float, default=DEFAULT_SECONDS, help="how long to measure")
    parser.add_argument("--every", type=float, default=0.25, help="beats between /sync answers")
    options = parser.parse_args(argv or [])
    measure(options.seconds, options.every)


if __name__ == "__main__":
    run(sys.argv[1:])
