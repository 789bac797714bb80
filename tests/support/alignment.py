"""Beat alignment between servers: ``/sync`` asked of several at once, answers timed by the kernel on arrival.

Each probe is a UDP socket with ``SO_TIMESTAMPNS``: the kernel stamps every datagram as it arrives, so the
time a test process takes to get round to reading it does not enter the figure. The stamps are
CLOCK_REALTIME, taken by one kernel for sockets of every namespace, so their differences compare.

One round sends ``/sync every 0 tag`` to every probe's server back to back and collects the answers. Every
server answers when its own timeline reaches the next multiple of ``every``: in one Link session that is
one moment, so the spread of the arrival stamps is how far apart the servers keep the beat, plus the
measurement's own spread. Two probes of ONE server measure the latter alone (the reference).
"""

from __future__ import annotations

import math
import socket
import struct
import time
from collections.abc import Sequence
from dataclasses import dataclass

from oscserver.osc.codec import encode_message, parse_packet
from tests.support.waiting import scaled

# Linux's SO_TIMESTAMPNS (asm-generic/socket.h); the socket module does not export it on every version.
SO_TIMESTAMPNS = getattr(socket, "SO_TIMESTAMPNS", 35)
_TIMESPEC = struct.Struct("@qq")


class SyncProbe:
    def __init__(self, sock: socket.socket, server: tuple[str, int]) -> None:
        self.sock = sock
        self.server = server
        self.sock.bind(("0.0.0.0", 0))
        self.kernel_stamps = True
        try:
            self.sock.setsockopt(socket.SOL_SOCKET, SO_TIMESTAMPNS, 1)
        except OSError:
            self.kernel_stamps = False

    def ask(self, every: float, tag: int) -> None:
        self.sock.sendto(encode_message("/sync", (float(every), 0.0, tag)), self.server)

    def answer(self, tag: int, timeout: float) -> tuple[float, float]:
        """(beat, arrival time) of the ``/sync`` answer carrying ``tag``; other datagrams are skipped."""
        deadline = time.monotonic() + timeout
        while (left := deadline - time.monotonic()) > 0:
            self.sock.settimeout(left)
            try:
                data, ancillary, _flags, _address = self.sock.recvmsg(
                    65536, socket.CMSG_SPACE(_TIMESPEC.size)
                )
            except TimeoutError:
                break
            arrived = time.time()
            for level, kind, payload in ancillary:
                if level == socket.SOL_SOCKET and kind == SO_TIMESTAMPNS and len(payload) >= _TIMESPEC.size:
                    seconds, nanoseconds = _TIMESPEC.unpack_from(payload)
                    arrived = seconds + nanoseconds * 1e-9
            for message in parse_packet(data):
                if message.address == "/sync" and len(message.args) == 2 and message.args[1] == tag:
                    return float(message.args[0]), arrived
        raise TimeoutError(f"no /sync answer {tag} from {self.server} within {timeout} s")

    def close(self) -> None:
        self.sock.close()


@dataclass(frozen=True)
class Round:
    beats: tuple[float, ...]
    arrivals: tuple[float, ...]

    def offset(self, i: int, j: int) -> float:
        """Seconds between the answers of probes ``i`` and ``j`` (positive: ``j`` came later)."""
        return self.arrivals[j] - self.arrivals[i]

    def same_beat(self, i: int, j: int, quantum: float) -> bool:
        """Answered for the same beat of the bar: Link aligns phase within ``quantum``, not beat counts."""
        phase = (self.beats[j] - self.beats[i]) % quantum
        return min(phase, quantum - phase) < 1e-6


def sync_round(probes: Sequence[SyncProbe], every: float, tag: int, timeout: float = 10.0) -> Round:
    for probe in probes:
        probe.ask(every, tag)
    answers = [probe.answer(tag, scaled(timeout)) for probe in probes]
    return Round(tuple(b for b, _ in answers), tuple(t for _, t in answers))


def percentile(values: Sequence[float], fraction: float) -> float:
    """The nearest-rank percentile (``fraction`` 0.5 is the median)."""
    ordered = sorted(values)
    if not ordered:
        raise ValueError("no values")
    rank = max(0, min(len(ordered) - 1, math.ceil(fraction * len(ordered)) - 1))
    return ordered[rank]
