"""Answers that bounce cost no later client its answer, however many of them there are.

Linux reports a bounce (ICMP) on the server socket's NEXT call, whatever its destination, and keeps an entry
for it in the socket's error queue, charged to the receive buffer: entries the server left there would fill
it, and the server would stop hearing datagrams, the largest first.
"""

from __future__ import annotations

import socket
from collections.abc import Iterator

import pytest

from oscserver.cli.client import OscClient
from oscserver.osc.codec import encode_bundle, encode_message, parse_packet
from tests.support.icmp import IcmpSender
from tests.support.requirements import need_root
from tests.support.server import ServerProcess
from tests.support.waiting import scaled

pytestmark = pytest.mark.integration

LARGE = "x" * 1000  # a /ping of this echoes back a datagram of about 1 KB


def ask_once(server: ServerProcess, payload: bytes, timeout: float = 5.0) -> bytes | None:
    """What a fresh socket hears back for one datagram (None when nothing comes)."""
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as sock:
        sock.bind(("127.0.0.1", 0))
        sock.settimeout(scaled(timeout))
        sock.sendto(payload, ("127.0.0.1", server.port))
        try:
            return sock.recv(65536)
        except TimeoutError:
            return None


def assert_a_fresh_socket_is_answered(server: ServerProcess) -> None:
    for args in ((LARGE,), ()):
        request = encode_message("/ping", args)
        answer = ask_once(server, request)
        assert answer is not None, f"a fresh /ping of {len(request)} bytes went unanswered"
        assert parse_packet(answer)[0].args == args


def test_clients_that_close_after_one_of_four_answers_cost_a_fresh_client_nothing(
    server: ServerProcess,
) -> None:
    bundle = encode_bundle([encode_message("/status")] * 4)  # four answers of 500 bytes each
    for _ in range(400):
        with OscClient("127.0.0.1", server.port) as gone:
            gone.send_raw(bundle)
            assert gone.receive(scaled(5.0)), "the bundle went unanswered"
        # closed with three answers not yet read or not yet sent: those bounce
    assert_a_fresh_socket_is_answered(server)


@pytest.fixture
def icmp() -> Iterator[IcmpSender]:
    need_root("send a made-up ICMP host unreachable through a raw socket")
    with IcmpSender() as sender:
        yield sender


def test_host_unreachable_bounces_leave_the_server_hearing_every_client(
    server: ServerProcess, client: OscClient, icmp: IcmpSender
) -> None:
    # What a server on a LAN hears of pushes to a tablet that left the Wi-Fi, 1,000 times: each is reported
    # as EHOSTUNREACH on the socket's next call, here the answer to this client's /ping.
    for round_number in range(1000):
        icmp.host_unreachable(("127.0.0.1", server.port), ("127.0.0.1", 9))
        client.send("/ping", round_number)
        answers = client.receive(scaled(5.0))
        assert [m.args for m in answers] == [(round_number,)], f"round {round_number}: {answers}"
    assert_a_fresh_socket_is_answered(server)
    assert not [line for line in server.log if "receiving failed" in line]
