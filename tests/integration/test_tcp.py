"""OSC over TCP, both framings: the same answers as over UDP, pushes on the connection, real clients.

Real peers: liblo's ``oscsend osc.tcp://`` (length-prefixed, as liblo frames TCP) and python-osc's TCP
client in its OSC 1.0 and 1.1 modes, besides the test's own client.
"""

from __future__ import annotations

import socket
import struct
import subprocess
from collections.abc import Iterator

import pytest
from pythonosc.tcp_client import SimpleTCPClient

from oscserver.osc.codec import Message, OscArg
from oscserver.osc.framing import Framing
from tests.support.client import ScaledOscClient
from tests.support.requirements import need_programs
from tests.support.server import ServerProcess
from tests.support.tcp_client import TcpOscClient
from tests.support.waiting import scaled, wait_status, wait_until

pytestmark = pytest.mark.integration


@pytest.fixture(scope="module")
def server() -> Iterator[ServerProcess]:
    with ServerProcess("--audio", "none", "--midi-api", "none") as process:
        yield process


@pytest.fixture
def udp(server: ServerProcess) -> Iterator[ScaledOscClient]:
    with server.client() as client:
        yield client


@pytest.fixture(params=list(Framing), ids=lambda f: f.value)
def tcp(request: pytest.FixtureRequest, server: ServerProcess) -> Iterator[TcpOscClient]:
    with TcpOscClient("127.0.0.1", server.port, request.param) as client:
        yield client


@pytest.mark.parametrize(
    ("address", "args", "reply"),
    [
        ("/ping", (1, 2.5, "three"), "/pong"),
        ("/version", (), "/version"),
        ("/link/quantum", (), "/link/quantum"),
        ("/link/tempo", (5000.0,), "/error"),  # out of range
        ("/link/tempo", ("fast",), "/error"),  # wrong type
        ("/no/such/address", (), "/error"),
    ],
)
def test_tcp_answers_are_the_udp_answers(
    udp: ScaledOscClient, tcp: TcpOscClient, address: str, args: tuple[OscArg, ...], reply: str
) -> None:
    over_udp = udp.request(address, *args, reply=reply)
    over_tcp = tcp.request(address, *args, reply=reply)
    assert over_tcp.address == reply
    assert over_tcp == over_udp


def test_a_malformed_packet_gets_the_same_error(udp: ScaledOscClient, tcp: TcpOscClient) -> None:
    udp.send_raw(b"garbage!")
    tcp.send_raw(b"garbage!")
    assert tcp.wait_for("/error") == udp.wait_for("/error")
    assert tcp.request("/ping", reply="/pong").address == "/pong"  # the connection goes on


def test_set_over_tcp_then_asked_over_udp(udp: ScaledOscClient, tcp: TcpOscClient) -> None:
    assert tcp.request("/link/tempo", 131.0) == Message("/link/tempo", (131.0,))
    assert udp.request("/link/tempo").args == (131.0,)


def test_subscribe_over_tcp_gets_the_dump_then_pushes_on_the_connection(
    udp: ScaledOscClient, tcp: TcpOscClient
) -> None:
    # A port argument means nothing over TCP: the connection itself is subscribed.
    subscribed = tcp.request("/subscribe", 9, reply="/subscribed")
    assert subscribed.args[:1] == (tcp.port,)  # then the instance id
    dump = {m.address: m.args for m in tcp.catch_up()}
    assert "/link/tempo" in dump and "/link/playing" in dump
    before = udp.pairs()["subscribers"]

    # A new value (the server is shared by both framings' runs, and an unchanged value is not re-pushed).
    tempo = udp.request("/link/tempo").args[0] + 1.0
    udp.send("/link/tempo", tempo)
    pushed = tcp.wait_for("/link/tempo", timeout=5)
    assert pushed.args == (tempo,)
    beat = tcp.wait_for("/link/beat", timeout=5)  # continuous pushes travel on the connection too
    assert len(beat.args) == 3

    assert tcp.request("/unsubscribe", reply="/unsubscribed").args == (tcp.port,)
    assert udp.pairs()["subscribers"] == before - 1


def test_a_closed_connection_drops_its_subscription(server: ServerProcess, udp: ScaledOscClient) -> None:
    before = udp.pairs()["subscribers"]
    client = TcpOscClient("127.0.0.1", server.port, Framing.SLIP)
    client.request("/subscribe", reply="/subscribed")
    assert udp.pairs()["subscribers"] == before + 1
    client.close()
    wait_status(udp, "subscribers", lambda value: value == before)


def test_sync_answers_arrive_on_the_connection(tcp: TcpOscClient) -> None:
    answer = tcp.request("/sync", 0.25, 0.0, "tag", reply="/sync", timeout=10)
    assert answer.args[1] == "tag"
    assert answer.args[0] % 0.25 == 0


def test_an_oversized_frame_is_answered_with_an_error_then_the_connection_closes(
    server: ServerProcess,
) -> None:
    client = TcpOscClient("127.0.0.1", server.port, Framing.LENGTH)
    client.send_bytes(struct.pack(">i", 1_000_000))
    error = client.wait_for("/error", timeout=5)
    assert error.args == ("", "frame of 1000000 bytes is over the limit of 65536 bytes")
    assert client.receive(scaled(5)) == []  # at once when the server closes; the deadline if it does not
    assert client.closed_by_server
    client.close()


def test_a_bad_slip_frame_is_an_error_and_the_connection_goes_on(server: ServerProcess) -> None:
    with TcpOscClient("127.0.0.1", server.port, Framing.SLIP) as client:
        client.send_bytes(b"\xc0/ping\xdb\x00\xc0")
        assert client.wait_for("/error").args == (
            "",
            "malformed SLIP frame: ESC must be followed by ESC_END or ESC_ESC",
        )
        assert client.request("/ping", 7, reply="/pong").args == (7,)


def test_python_osc_tcp_clients_in_both_modes(server: ServerProcess) -> None:
    for mode in ("1.0", "1.1"):
        with SimpleTCPClient("127.0.0.1", server.port, mode=mode, timeout=scaled(10)) as client:  # type: ignore[no-untyped-call]
            client.send_message("/ping", [mode, 3])
            answer = next(client.get_messages(scaled(10)))
            assert (answer.address, answer.params) == ("/pong", [mode, 3])


def test_liblo_oscsend_over_tcp_sets_the_tempo(server: ServerProcess, udp: ScaledOscClient) -> None:
    need_programs("oscsend")
    subprocess.run(
        ["oscsend", f"osc.tcp://127.0.0.1:{server.port}", "/link/tempo", "f", "97"],
        check=True,
        timeout=scaled(10),
    )
    wait_until(lambda: udp.request("/link/tempo").args == (97.0,), 10, what="the tempo sent over TCP")
    assert udp.request("/link/tempo").args == (97.0,)


def test_no_tcp_listens_on_udp_only() -> None:
    with ServerProcess("--audio", "none", "--midi-api", "none", "--no-tcp") as process:
        with process.client() as udp:
            assert udp.pairs()["tcp"] == "off"
        with pytest.raises(ConnectionRefusedError):
            socket.create_connection(("127.0.0.1", process.port), timeout=scaled(5))


def test_forced_slip_framing() -> None:
    with ServerProcess("--audio", "none", "--midi-api", "none", "--tcp-framing", "slip") as process:
        # Forced, so no detection: a SLIP frame without the opening END is read as SLIP as well.
        with socket.create_connection(("127.0.0.1", process.port), timeout=scaled(10)) as sock:
            sock.sendall(b"/ping\x00\x00\x00\xc0")
            assert sock.recv(100) == b"\xc0/pong\x00\x00\x00,\x00\x00\x00\xc0"
        with process.client() as udp:
            assert udp.pairs()["tcp"] == f"port {process.port}, SLIP (OSC 1.1)"
