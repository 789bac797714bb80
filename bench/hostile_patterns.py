"""Time to an answer for the costliest address patterns the server takes, beside a /ping in the same run.

Issue 16: ``/link/`` and 40 ``*`` and an ``x`` (47 bytes) went unanswered for 20 s. Patterns now match in time
linear in their length, at most 256 characters each and 1,024 per packet; the figures below show what the
worst of those costs against the answer to a /ping.
"""

from __future__ import annotations

import argparse
import socket
import time

from bench.common import print_table, summary_ms
from oscserver.osc.codec import encode_bundle, encode_message
from oscserver.osc.patterns import MAX_PATTERN_CHARACTERS_PER_PACKET, MAX_PATTERN_LENGTH
from tests.support.server import ServerProcess


def longest(unit: str, prefix: str = "/", suffix: str = "") -> str:
    """``prefix`` + as many ``unit`` as fit in one pattern of the greatest length + ``suffix``."""
    room = MAX_PATTERN_LENGTH - len(prefix) - len(suffix)
    return prefix + unit * (room // len(unit)) + suffix


SET_STARS = longest("*[!x]")  # a character set against every distinct character of every text
IN_ONE_PACKET = MAX_PATTERN_CHARACTERS_PER_PACKET // len(SET_STARS)
# name: (packet, how many answers it gets)
CASES: dict[str, tuple[bytes, int]] = {
    "/ping (reference)": (encode_message("/ping", (1,)), 1),
    "issue 16: /link/ 40 stars x": (encode_message("/link/" + "*" * 40 + "x"), 1),
    "256 chars of *[!x]": (encode_message(SET_STARS), 1),
    "256 chars of [a-z], 3 segments": (encode_message(longest("[a-z]", "/*/*/")), 1),
    "256 chars of {,o,p,l,e}": (encode_message(longest("{,o,p,l,e}", "/looper/")), 1),
    "bundle: 1,024 chars of patterns": (
        encode_bundle([encode_message(SET_STARS)] * IN_ONE_PACKET),
        IN_ONE_PACKET,
    ),
    "40 KB address (no pattern)": (encode_message("/" + "x" * 40_000), 1),
}


def answer_times(port: int, packet: bytes, answers: int, count: int) -> list[float]:
    """Send ``packet`` ``count`` times, one after another; seconds until every answer to it has come."""
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as sock:
        sock.settimeout(5.0)
        sock.connect(("127.0.0.1", port))
        times = []
        for _ in range(count):
            start = time.perf_counter()
            sock.send(packet)
            for _ in range(answers):  # a bundle of patterns has one answer per message
                sock.recv(65536)
            times.append(time.perf_counter() - start)
        return times


def run(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="bench hostile_patterns")
    parser.add_argument("--count", type=int, default=300)
    args = parser.parse_args(argv)
    with ServerProcess("--audio", "none", "--midi-api", "none") as server:
        rows = []
        reference = 0.0
        for name, (packet, answers) in CASES.items():
            answer_times(server.port, packet, answers, 20)  # warm up
            figures = summary_ms(answer_times(server.port, packet, answers, args.count))
            reference = reference or figures["p50"]
            rows.append(
                [
                    name,
                    len(packet),
                    figures["p50"],
                    figures["p99"],
                    figures["max"],
                    figures["p50"] / reference,
                ]
            )
    print_table(
        f"time until every answer, {args.count} each, one at a time",
        ["packet", "bytes", "p50 ms", "p99 ms", "max ms", "p50 / ping"],
        rows,
    )


if __name__ == "__main__":
    run()
