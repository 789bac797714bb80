"""What a hostile client can draw from the server: replies per byte sent, and a fourth client's service.

Amplification: one datagram of ``/looper/*/state`` repeated to fill 64 KB, and one ``/*/*/*``; the reply
bytes that come back per byte sent, with a second client's ``/ping`` round trip measured meanwhile.
Fairness: three senders flooding 7,000 msg/s each (subscribed on sockets that never read) while a fourth
client pings at 100 Hz: its loss and p99. The reference in the same run is that client's round trip alone.
"""

from __future__ import annotations

import argparse
import multiprocessing as mp
import socket
import time

from bench.common import print_table, summary_ms
from bench.osc_roundtrip import round_trips, round_trips_paced
from oscserver.osc.codec import encode_bundle, encode_message
from tests.support.server import ServerProcess

MAX_DATAGRAM = 65_507


def looper_state_datagram() -> bytes:
    """A bundle of ``/looper/*/state`` messages as large as one UDP datagram can be."""
    message = encode_message("/looper/*/state", ())
    count = (MAX_DATAGRAM - 16) // (len(message) + 4)
    return encode_bundle([message] * count)


def amplification(port: int, request: bytes, quiet: float = 1.0) -> tuple[int, int, list[float], int]:
    """Send ``request`` once; (reply datagrams, reply bytes, a second client's /ping times, pings lost)."""
    victim = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    victim.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 16 * 1024 * 1024)
    victim.connect(("127.0.0.1", port))
    victim.settimeout(quiet)
    bystander = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    bystander.connect(("127.0.0.1", port))
    bystander.settimeout(5.0)
    victim.send(request)
    start = time.perf_counter()
    bystander.send(encode_message("/ping", (3,)))
    ping_times: list[float] = []
    lost = 0
    try:
        bystander.recv(1024)
        ping_times.append(time.perf_counter() - start)
    except TimeoutError:
        lost += 1
    replies = reply_bytes = 0
    while True:
        try:
            reply_bytes += len(victim.recv(MAX_DATAGRAM))
            replies += 1
        except TimeoutError:
            break
    victim.close()
    bystander.close()
    return replies, reply_bytes, ping_times, lost


def subscribed_flooder(port: int, rate: float, duration: float, result: mp.Queue) -> None:  # type: ignore[type-arg]
    """Subscribe, then send tempo changes at ``rate`` per second and never read a byte."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    sock.connect(("127.0.0.1", port))
    sock.send(encode_message("/subscribe", ()))
    sock.setblocking(False)
    sent = 0
    interval = 1.0 / rate
    start = time.perf_counter()
    while (now := time.perf_counter() - start) < duration:
        due = int(now / interval) + 1
        while sent < due:
            try:
                sock.send(encode_message("/link/tempo", (100.0 + sent % 50,)))
                sent += 1
            except (BlockingIOError, ConnectionRefusedError):
                break
        time.sleep(0.0005)
    sock.send(encode_message("/unsubscribe", ()))
    sock.close()
    result.put(sent)


def fairness(port: int, rate: float, duration: float) -> tuple[list[float], int, int]:
    result: mp.Queue = mp.Queue()  # type: ignore[type-arg]
    senders = [mp.Process(target=subscribed_flooder, args=(port, rate, duration, result)) for _ in range(3)]
    for sender in senders:
        sender.start()
    time.sleep(0.2)
    times, lost = round_trips_paced(port, duration - 0.4, hz=100)
    for sender in senders:
        sender.join()
    offered = sum(result.get() for _ in senders)
    return times, lost, offered


def run(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="bench hostile_network")
    parser.add_argument("--flood-rate", type=float, default=7000.0, help="messages/s per flooding sender")
    parser.add_argument("--flood-seconds", type=float, default=3.0)
    parser.add_argument(
        "--tracks", type=int, default=64, help="looper tracks: 64 is the most, and amplifies most"
    )
    args = parser.parse_args(argv or [])

    server = ServerProcess("--audio", "none", "--midi-api", "none", "--tracks", str(args.tracks)).start()
    try:
        round_trips(server.port, 200)  # warm up
        alone, _ = round_trips(server.port, 500)
        rows = []
        for name, request in (
            ("/looper/*/state x N, one 64 KB datagram", looper_state_datagram()),
            ("/*/*/*", encode_message("/*/*/*", ())),
        ):
            replies, reply_bytes, ping, lost = amplification(server.port, request)
            rows.append(
                [
                    name,
                    len(request),
                    replies,
                    reply_bytes,
                    reply_bytes / len(request),
                    summary_ms(ping)["max"] if ping else float("nan"),
                    lost,
                ]
            )
        print_table(
            f"amplification with {args.tracks} tracks: one request datagram, everything that comes back "
            "(as much as a 16 MB receive buffer holds)",
            ["request", "bytes sent", "replies", "reply bytes", "bytes/byte", "other /ping ms", "lost"],
            rows,
        )
        reference = summary_ms(alone)
        print(f"  reference: /ping alone p50 {reference['p50']:.3f} ms, p99 {reference['p99']:.3f} ms")

        times, lost, offered = fairness(server.port, args.flood_rate, args.flood_seconds)
        probe = summary_ms(times)
        print_table(
            f"three subscribed senders never reading, {args.flood_rate:.0f} tempo sets/s each for "
            f"{args.flood_seconds:.0f} s; a fourth client pings at 100 Hz",
            ["offered/s", "probe sent", "probe lost", "probe p50 ms", "probe p99 ms", "probe max ms"],
            [
                [
                    offered / args.flood_seconds,
                    len(times) + lost,
                    lost,
                    probe["p50"],
                    probe["p99"],
                    probe["max"],
                ]
            ],
        )
        print(f"  reference: the same client alone, p99 {reference['p99']:.3f} ms")
    finally:
        server.stop()
