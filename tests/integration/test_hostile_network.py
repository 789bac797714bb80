"""A hostile network (issue 16): strangers on TCP, silent connections, amplifying and flooding datagrams.

Counts are compared, never wall times: what comes back to an amplifying request, who is refused, whether
another client is still answered.
"""

from __future__ import annotations

import contextlib
import socket
import time
from collections.abc import Iterator

import pytest

from oscserver.osc.codec import encode_bundle, encode_message
from oscserver.osc.framing import Framing
from tests.support.server import ServerProcess
from tests.support.tcp_client import TcpOscClient
from tests.support.waiting import wait_status, wait_until

pytestmark = pytest.mark.integration

STRANGER = "127.0.0.2"  # another address on lo, outside --allow 127.0.0.1/32


def tcp_from(host: str, port: int) -> TcpOscClient:
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.bind((host, 0))
    return TcpOscClient("127.0.0.1", port, Framing.LENGTH, sock=sock)


def test_a_stranger_on_tcp_is_cut_at_accept_and_cannot_take_the_slots() -> None:
    with ServerProcess("--audio", "none", "--midi-api", "none", "--allow", "127.0.0.1/32") as server:
        strangers = [tcp_from(STRANGER, server.port) for _ in range(70)]  # more than the 64 slots
        try:
            with contextlib.suppress(OSError):  # already reset: the server cut it at accept
                strangers[0].send("/ping")
            assert strangers[0].receive(5.0) == [] and strangers[0].closed_by_server  # not a byte back
            with server.client() as udp:
                wait_status(udp, "tcp_connections", lambda n: n == 0)
            with TcpOscClient("127.0.0.1", server.port, Framing.LENGTH) as friend:
                assert friend.request("/ping", reply="/pong").address == "/pong"
        finally:
            for stranger in strangers:
                stranger.close()


def test_one_address_holds_at_most_a_share_of_the_slots_and_idle_ones_are_closed() -> None:
    options = ("--audio", "none", "--midi-api", "none", "--tcp-idle-timeout", "1")
    with ServerProcess(*options) as server, server.client() as udp:
        silent = [TcpOscClient("127.0.0.1", server.port, Framing.LENGTH) for _ in range(20)]
        try:
            wait_status(udp, "tcp_connections", lambda n: n == 16)  # 16 of 64: the rest stay free
            with tcp_from("127.0.0.3", server.port) as other:
                assert other.request("/ping", reply="/pong").address == "/pong"
            wait_status(udp, "tcp_connections", lambda n: n == 0)  # the silent ones timed out
            # (Stops at the first one told: each client's messages are read for up to half a second.)
            told = (message for client in silent[:16] for message in client.messages(0.5))
            assert any(m.address == "/error" and "idle connection" in str(m.args[1]) for m in told)
        finally:
            for client in silent:
                client.close()


@pytest.fixture(scope="module")
def server() -> Iterator[ServerProcess]:
    with ServerProcess("--audio", "none", "--midi-api", "none", "--tracks", "64") as process:
        yield process


def looper_state_bundle(count: int) -> bytes:
    message = encode_message("/looper/*/state", ())
    return encode_bundle([message] * count)


# A datagram full of patterns is refused for its pattern characters before anything is resolved; fewer
# patterns that still match more than the budget are refused for their targets.
AMPLIFYING = [
    (looper_state_bundle((65_000 - 16) // 24), "at most 1024 characters of address patterns"),
    (looper_state_bundle(20), "more than 256 targets"),  # 20 x 64 tracks
    (encode_message("/*/*/*", ()), "more than 256 targets"),
]


@pytest.mark.parametrize(("request_bytes", "refusal"), AMPLIFYING, ids=["state-x2700", "state-x20", "all"])
def test_an_amplifying_datagram_gets_one_error_while_another_client_is_answered(
    server: ServerProcess, request_bytes: bytes, refusal: str
) -> None:
    with server.client() as attacker, server.client() as other:
        attacker.send_raw(request_bytes)
        other.send("/ping", 7)
        assert other.wait_for("/pong", timeout=10.0).args == (7,)
        first = wait_until(lambda: attacker.receive(1.0), 10.0, "an answer to the amplifying datagram")
        rest = list(attacker.messages(1.0))
        answers = [*first, *rest]
        assert [m.address for m in answers] == ["/error"]
        assert refusal in str(answers[0].args[1])


def test_bundles_over_a_senders_share_are_refused_whole(server: ServerProcess) -> None:
    ahead = time.time() + 3000

    def packet(first: int) -> bytes:
        # 200 bundles at distinct timetags: one packet is within every bound, two are over one sender's 256.
        return encode_bundle(
            [encode_bundle([encode_message("/link/tempo", (130.0,))], ahead + first + i) for i in range(200)]
        )

    with server.client() as client:
        client.send_raw(packet(0))
        wait_status(client, "pending_bundles", lambda n: n == 200)
        client.send_raw(packet(200))
        error = client.wait_for("/error", timeout=10.0)
        assert error.args[0] == "#bundle" and "nothing of it was scheduled" in str(error.args[1])
        assert client.pairs()["pending_bundles"] == 200
