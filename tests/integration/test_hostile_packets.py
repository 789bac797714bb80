"""Issue 16's hostile packets, as raw bytes over UDP, against a running server."""

from __future__ import annotations

import socket
import struct
from collections.abc import Iterator
from typing import Any

import pytest

from oscserver.osc.codec import encode_message, parse_packet
from tests.support.server import ServerProcess
from tests.support.waiting import scaled


@pytest.fixture(scope="module")
def server() -> Iterator[ServerProcess]:
    with ServerProcess("--audio", "none", "--midi-api", "none") as process:
        yield process


class RawClient:
    """A UDP socket that sends any bytes at all and reads each answer as it comes."""

    def __init__(self, port: int) -> None:
        self.port = port
        self.sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        self.sock.bind(("127.0.0.1", 0))
        self.sock.settimeout(scaled(10.0))

    def ask(self, packet: bytes) -> tuple[bytes, str, tuple[Any, ...]]:
        """Send one packet and wait for its one answer: the datagram, and its address and arguments."""
        self.sock.sendto(packet, ("127.0.0.1", self.port))
        data = self.sock.recv(65536)
        [message] = parse_packet(data)
        return data, message.address, message.args

    def value(self, address: str) -> tuple[Any, ...]:
        _, answered, args = self.ask(encode_message(address))
        assert answered == address
        return args


@pytest.fixture
def raw(server: ServerProcess) -> Iterator[RawClient]:
    client = RawClient(server.port)
    yield client
    client.sock.close()


def tags(text: str) -> bytes:
    data = ("," + text).encode()
    return data + b"\x00" * (4 - len(data) % 4)


PING = b"/ping\x00\x00\x00"


def test_a_run_of_40_stars_is_answered_and_the_server_goes_on(raw: RawClient) -> None:
    packet = encode_message("/link/" + "*" * 40 + "x")
    assert len(packet) == 52  # the 47-byte address of the issue, padded, with an empty type tag string
    _, address, args = raw.ask(packet)
    assert address == "/error" and args[1].startswith("no pattern matches")
    assert raw.ask(encode_message("/ping", ("alive",)))[1:] == ("/pong", ("alive",))


@pytest.mark.parametrize(
    ("address", "present"), [("/link/tempo", 1), ("/link/tempo", 3), ("/click/volume", 0)]
)
def test_a_float_cut_short_is_refused_and_changes_nothing(raw: RawClient, address: str, present: int) -> None:
    before = raw.value(address)
    whole = encode_message(address, (0.25 if address == "/click/volume" else 128.0,))
    _, answered, args = raw.ask(whole[: len(whole) - 4 + present])
    assert (answered, args[0]) == ("/error", "")
    assert args[1] == f"argument 1 ('f') needs 4 bytes, the message has {present} left"
    assert raw.value(address) == before


def test_a_blob_of_size_minus_one_is_refused(raw: RawClient) -> None:
    packet = b"/midi/raw\x00\x00\x00" + tags("b") + struct.pack(">i", -1) + b"\x90\x3c\x64\x00"
    _, address, args = raw.ask(packet)
    assert address == "/error" and "size -1" in args[1]


def test_a_40_kb_address_is_answered_with_an_error_that_fits(raw: RawClient) -> None:
    data, address, (quoted, message) = raw.ask(encode_message("/" + "x" * 40_000))
    assert address == "/error" and len(data) <= 1400
    assert quoted.startswith("/xxx") and message.endswith("/api lists every address")


def test_ping_with_a_timetag_is_echoed_exactly(raw: RawClient) -> None:
    timetag = struct.pack(">Q", 0xE5A1_2B3C_8000_0001)
    data, _, _ = raw.ask(PING + tags("t") + timetag)
    assert data == b"/pong\x00\x00\x00" + tags("t") + timetag


def test_arrays_nested_600_deep_and_a_reversed_range_get_plain_errors(raw: RawClient) -> None:
    _, address, args = raw.ask(PING + tags("[" * 600 + "]" * 600))
    assert (address, args) == ("/error", ("", "arrays nested more than 8 deep"))
    _, address, args = raw.ask(encode_message("/looper/[z-a]/play"))
    assert address == "/error" and args[1].startswith("reversed range 'z-a'")


def test_a_flood_of_faulty_packets_is_answered_and_writes_a_bounded_log(
    server: ServerProcess, raw: RawClient
) -> None:
    packets = [
        PING + tags("t") + bytes(8),
        PING + tags("[" * 600 + "]" * 600),
        encode_message("/looper/[z-a]/play"),
        encode_message("/link/" + "*" * 40 + "x"),
    ]
    logged_before = sum(len(line) + 1 for line in server.log)
    for index in range(2000):
        _, address, _ = raw.ask(packets[index % len(packets)])  # one answer each, in step
        assert address in ("/pong", "/error")
    assert raw.ask(encode_message("/ping", ("alive",)))[1:] == ("/pong", ("alive",))
    # 2,000 such packets once wrote 798 KiB of tracebacks.
    assert sum(len(line) + 1 for line in server.log) - logged_before < 4096
    assert server.alive()
