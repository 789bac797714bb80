"""One sender's backlog does not starve another: per-sender queues served in turn, exact counts."""

from __future__ import annotations

import socket
from collections.abc import Callable

from oscserver.osc.inbox import FairInbox
from oscserver.osc.peers import UdpPeer
from oscserver.osc.transport import MAX_HANDLED_PER_TURN, MAX_QUEUED_SENDS_PER_DESTINATION, UdpTransport
from tests.support.fakes import FakeLoop


def test_senders_are_served_in_turn_each_in_its_own_order() -> None:
    inbox: FairInbox[str] = FairInbox()
    for i in range(5):
        inbox.put("flood", b"f%d" % i)
    inbox.put("quiet", b"q0")
    inbox.put("flood", b"f5")
    order = [inbox.take() for _ in range(7)]
    assert order[:3] == [("flood", b"f0"), ("quiet", b"q0"), ("flood", b"f1")]
    assert [data for sender, data in order if sender == "flood"] == [b"f%d" % i for i in range(6)]
    assert not inbox


def test_a_sender_loses_only_its_own_excess() -> None:
    inbox: FairInbox[str] = FairInbox(per_sender=3)
    accepted = [inbox.put("flood", b"x") for _ in range(5)]
    assert accepted == [True, True, True, False, False]
    assert inbox.put("quiet", b"y") is True
    assert inbox.dropped == 2


def test_waiting_bytes_are_bounded_in_all() -> None:
    inbox: FairInbox[str] = FairInbox(per_sender=100, total_bytes=10)
    assert inbox.put("a", b"12345") and inbox.put("b", b"12345")
    assert not inbox.put("c", b"1")
    inbox.take()
    assert inbox.put("c", b"12345")


def test_a_quiet_client_is_handled_in_the_first_turn_behind_a_flood() -> None:
    server = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    server.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 1 << 20)
    server.bind(("127.0.0.1", 0))
    server.setblocking(False)
    flooder = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    quiet = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    handled: list[tuple[bytes, UdpPeer]] = []
    loop = FakeLoop()
    transport = UdpTransport(server, loop, lambda data, peer: handled.append((data, peer)), lambda *_: None)  # type: ignore[arg-type]
    try:
        for _ in range(300):
            flooder.sendto(b"flood", server.getsockname())
        quiet.sendto(b"quiet", server.getsockname())
        transport._read_ready()
        assert len(handled) == MAX_HANDLED_PER_TURN
        assert [data for data, _ in handled[:2]] == [b"flood", b"quiet"]
        while loop.soon:  # the rest, a turn at a time
            loop.soon.pop(0)()
        # The flooder's own excess was dropped at the bound of its queue; the quiet client lost nothing.
        assert len(handled) == transport.inbox.per_sender + 1
        assert transport.inbox.dropped == 300 - transport.inbox.per_sender
    finally:
        for sock in (server, flooder, quiet):
            sock.close()


class FullSocket:
    """A socket whose send buffer is full: every send would block."""

    def fileno(self) -> int:
        return -1

    def sendto(self, data: bytes, address: tuple[str, int]) -> int:
        raise BlockingIOError


class WriterLoop(FakeLoop):
    def add_writer(self, fd: int, callback: Callable[[], None]) -> None:
        pass


def test_sends_to_one_destination_that_cannot_take_them_are_capped_not_queued_without_bound() -> None:
    transport = UdpTransport(FullSocket(), WriterLoop(), lambda *_: None, lambda *_: None)  # type: ignore[arg-type]
    for _ in range(MAX_QUEUED_SENDS_PER_DESTINATION + 100):
        transport.sendto(b"x", ("127.0.0.1", 9000))
    transport.sendto(b"y", ("127.0.0.1", 9001))
    assert transport.dropped_sends == 100
    assert len(transport._queue) == MAX_QUEUED_SENDS_PER_DESTINATION + 1  # the other destination still queued
