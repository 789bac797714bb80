"""Bounces reported on the UDP socket's next call: traced, read off the error queue, costing no datagram.

Real sockets on loopback. The kernel answers a datagram to a closed port itself; a host unreachable (what a
router says of a tablet that left the Wi-Fi) is made by hand and sent through a raw socket (root only).
"""

from __future__ import annotations

import logging
import socket
from collections.abc import Callable, Hashable, Iterator

import pytest

from oscserver.osc.peers import UdpPeer
from oscserver.osc.transport import IP_RECVERR, RECEIVE_BUFFER_BYTES, UdpTransport
from tests.support.fakes import FakeLoop
from tests.support.icmp import IcmpSender
from tests.support.requirements import need_root

GONE = ("127.0.0.1", 9)  # the destination the made-up bounces are about


class Harness:
    def __init__(self, handle: Callable[[bytes, UdpPeer], None] | None = None) -> None:
        self.sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        self.sock.setsockopt(socket.IPPROTO_IP, IP_RECVERR, 1)
        self.sock.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, RECEIVE_BUFFER_BYTES)
        self.sock.bind(("127.0.0.1", 0))
        self.sock.setblocking(False)
        self.handled: list[tuple[bytes, tuple[str, int]]] = []
        self.failed: list[tuple[Hashable, str]] = []
        self.loop = FakeLoop()
        self.transport = UdpTransport(
            self.sock,
            self.loop,  # type: ignore[arg-type]
            handle or (lambda data, peer: self.handled.append((data, peer.address))),
            lambda key, reason: self.failed.append((key, reason)),
        )

    @property
    def address(self) -> tuple[str, int]:
        return ("127.0.0.1", self.transport.port)

    def wake(self) -> None:
        """What the event loop does when the socket is readable (or has an error to report)."""
        self.transport._read_ready()
        while self.loop.soon:
            self.loop.soon.pop(0)()

    def error_queue_is_empty(self) -> bool:
        try:
            self.sock.recvmsg(1, 1024, socket.MSG_ERRQUEUE)
        except BlockingIOError:
            return True
        return False


@pytest.fixture
def harness() -> Iterator[Harness]:
    made = Harness()
    yield made
    made.transport.close()


@pytest.fixture
def icmp() -> Iterator[IcmpSender]:
    need_root("send a made-up ICMP host unreachable through a raw socket")
    with IcmpSender() as sender:
        yield sender


def client() -> socket.socket:
    sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    sock.bind(("127.0.0.1", 0))
    sock.settimeout(2.0)
    return sock


def test_a_host_unreachable_reported_on_a_read_is_traced_and_the_datagram_still_read(
    harness: Harness, icmp: IcmpSender
) -> None:
    icmp.host_unreachable(harness.address, GONE)
    with client() as sender:
        sender.sendto(b"x" * 1024, harness.address)
        harness.wake()
        assert harness.handled == [(b"x" * 1024, sender.getsockname())]
    assert harness.failed == [(("udp", *GONE), "No route to host")]
    assert harness.error_queue_is_empty()


def test_an_answer_sent_right_after_a_host_unreachable_still_goes_out(
    harness: Harness, icmp: IcmpSender
) -> None:
    icmp.host_unreachable(harness.address, GONE)
    with client() as receiver:
        harness.transport.sendto(b"answer", receiver.getsockname())
        assert receiver.recv(100) == b"answer"
    assert harness.failed == [(("udp", *GONE), "No route to host")]
    assert harness.transport.send_errors == 1  # the bounce; the answer itself went out
    assert harness.error_queue_is_empty()


def test_bounces_never_fill_the_receive_buffer_so_a_large_datagram_is_still_read(
    harness: Harness, icmp: IcmpSender
) -> None:
    # The kernel charges each error-queue entry to the receive buffer (832 bytes each here): left there,
    # some 630 of them fill it, and from then on no datagram fits, the largest first.
    with client() as sender:
        for _ in range(1000):
            icmp.host_unreachable(harness.address, GONE)
            sender.sendto(b"/ping", harness.address)
            harness.wake()
            harness.wake()  # what an error reported on the first call may have held back
    with client() as fresh:
        fresh.sendto(b"y" * 1024, harness.address)
        harness.wake()
        assert harness.handled[-1] == (b"y" * 1024, fresh.getsockname())
    assert len(harness.handled) == 1001
    assert len(harness.failed) == 1000
    assert harness.error_queue_is_empty()


def test_an_answer_to_a_closed_port_is_traced_and_the_next_answer_still_goes_out(harness: Harness) -> None:
    gone = client()
    gone_address = gone.getsockname()
    gone.close()
    with client() as receiver:
        harness.transport.sendto(b"lost", gone_address)  # bounces: reported on the next call
        harness.transport.sendto(b"answer", receiver.getsockname())
        assert receiver.recv(100) == b"answer"
    assert harness.failed == [(("udp", *gone_address), "Connection refused")]
    assert harness.error_queue_is_empty()


def test_a_handler_fault_repeated_by_a_client_is_logged_a_bounded_number_of_times(
    caplog: pytest.LogCaptureFixture,
) -> None:
    def crash(data: bytes, peer: UdpPeer) -> None:
        raise ZeroDivisionError("division by zero")

    harness = Harness(crash)
    try:
        with client() as sender, caplog.at_level(logging.ERROR, logger="oscserver.osc.transport"):
            for _ in range(50):
                sender.sendto(b"/crash", harness.address)
            harness.wake()
        assert len(caplog.records) == 3  # the fault log's burst; the other 47 are counted
        assert all(r.exc_info and r.exc_info[0] is ZeroDivisionError for r in caplog.records)
        assert caplog.records[0].getMessage().startswith("unhandled error for a datagram from 127.0.0.1:")
    finally:
        harness.transport.close()
