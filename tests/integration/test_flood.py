"""Two senders flood the server; a third client keeps getting answers, and the server keeps running.

The figures (answered rate, loss, the third client's round trips) are measured by `make bench`; here they
are printed, and only survival and service are asserted.
"""

from __future__ import annotations

import socket
import threading
import time

import pytest

from bench.common import summary_ms
from oscserver.osc.codec import encode_message
from tests.support.server import ServerProcess

pytestmark = pytest.mark.integration


RATE_PER_SENDER = 5000.0  # messages/s: together about half of what the server answers on this machine


def flood(port: int, stop: threading.Event, sent: list[int]) -> None:
    ping = encode_message("/ping", (1,))
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as sock:
        sock.connect(("127.0.0.1", port))
        sock.setblocking(False)
        count = 0
        start = time.perf_counter()
        while not stop.is_set():
            due = int((time.perf_counter() - start) * RATE_PER_SENDER)
            while count < due:
                try:
                    sock.send(ping)
                    count += 1
                except (BlockingIOError, ConnectionRefusedError):
                    break
            stop.wait(0.001)  # the sending rate's tick (and an end as soon as the test is done)
            try:
                while True:
                    sock.recv(64)
            except (BlockingIOError, ConnectionRefusedError):
                pass
        sent.append(count)


def test_a_third_client_is_answered_during_a_flood(server: ServerProcess) -> None:
    stop = threading.Event()
    sent: list[int] = []
    floods = [threading.Thread(target=flood, args=(server.port, stop, sent)) for _ in range(2)]
    for thread in floods:
        thread.start()
    answered: list[float] = []
    try:
        with server.client() as probe:
            for i in range(40):
                start = time.perf_counter()
                try:
                    probe.request("/ping", i, reply="/pong", timeout=0.5)
                    answered.append(time.perf_counter() - start)
                except TimeoutError:
                    pass
                time.sleep(0.02)  # the probe's own rate, spreading its pings over the flood: not a wait
    finally:
        stop.set()
        for thread in floods:
            thread.join()
    figures = summary_ms(answered)
    print(
        f"\nflood: {sum(sent)} pings sent by two senders; probe answered {len(answered)}/40, "
        f"p50 {figures['p50']:.2f} ms, p99 {figures['p99']:.2f} ms"
    )
    assert len(answered) >= 30
    assert server.alive()
    with server.client() as after:
        assert after.request("/ping", reply="/pong").args == ()
