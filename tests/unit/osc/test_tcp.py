"""The TCP glue with real sockets on a free loopback port, and a recording handler in place of the service."""

from __future__ import annotations

import asyncio
import logging
import socket
from collections.abc import Awaitable, Callable

import pytest

from oscserver.osc.codec import encode_message, parse_packet
from oscserver.osc.framing import Framing, StreamDecoder, encode
from oscserver.osc.peers import Peer
from oscserver.osc.tcp import OscTcpServer, TcpLimits, TcpPeer

PING = encode_message("/ping", (1,))


class Recorder:
    """Stands in for OscService.handle_datagram: records packets and echoes each one back."""

    def __init__(self) -> None:
        self.packets: list[tuple[bytes, Peer]] = []
        self.closed: list[Peer] = []

    def on_packet(self, data: bytes, peer: Peer) -> None:
        self.packets.append((data, peer))
        peer.send(data)

    def on_closed(self, peer: Peer) -> None:
        self.closed.append(peer)


def run(test: Callable[[OscTcpServer, Recorder], Awaitable[None]], **options: object) -> None:
    async def main() -> None:
        recorder = Recorder()
        server = OscTcpServer("127.0.0.1", lambda: 0, recorder.on_packet, recorder.on_closed, **options)  # type: ignore[arg-type]
        await server.start()
        try:
            await test(server, recorder)
        finally:
            await server.stop()

    asyncio.run(main())


async def read_frames(reader: asyncio.StreamReader, framing: Framing, count: int) -> list[bytes]:
    decoder = StreamDecoder(framing)
    frames: list[bytes] = []
    while len(frames) < count:
        data = await asyncio.wait_for(reader.read(65536), 5)
        assert data, f"connection closed after {frames}"
        frames += [f for f in decoder.feed(data) if isinstance(f, bytes)]
    return frames


async def wait_until(condition: Callable[[], bool]) -> None:
    for _ in range(500):
        if condition():
            return
        await asyncio.sleep(0.01)
    raise TimeoutError("condition not reached")


def test_answers_go_back_on_the_connection_in_its_own_framing() -> None:
    async def test(server: OscTcpServer, recorder: Recorder) -> None:
        for framing in Framing:
            reader, writer = await asyncio.open_connection("127.0.0.1", server.port)
            writer.write(encode(framing, PING) * 2)
            assert await read_frames(reader, framing, 2) == [PING, PING]
            writer.close()
        assert len(recorder.packets) == 4

    run(test)


def test_each_connection_is_its_own_peer_and_subscribing_elsewhere_means_itself() -> None:
    async def test(server: OscTcpServer, recorder: Recorder) -> None:
        connections = [await asyncio.open_connection("127.0.0.1", server.port) for _ in range(2)]
        for reader, writer in connections:
            writer.write(encode(Framing.LENGTH, PING))
            await read_frames(reader, Framing.LENGTH, 1)
        peers = [peer for _, peer in recorder.packets]
        assert isinstance(peers[0], TcpPeer)
        assert peers[0].key != peers[1].key
        assert peers[0].key == ("tcp", "127.0.0.1", peers[0].port, 1)
        assert peers[0].at_port(9999) is peers[0]
        assert server.status() == [
            ("tcp", f"port {server.port}, length-prefixed or SLIP"),
            ("tcp_connections", 2),
        ]
        for _, writer in connections:
            writer.close()

    run(test)


def test_a_closed_connection_is_reported_so_its_subscription_is_dropped() -> None:
    async def test(server: OscTcpServer, recorder: Recorder) -> None:
        reader, writer = await asyncio.open_connection("127.0.0.1", server.port)
        writer.write(encode(Framing.SLIP, PING))
        await read_frames(reader, Framing.SLIP, 1)
        writer.close()
        await wait_until(lambda: bool(recorder.closed))
        assert recorder.closed[0].key == recorder.packets[0][1].key
        assert ("tcp_connections", 0) in server.status()

    run(test)


def test_an_oversized_frame_gets_an_error_then_the_end_of_the_stream() -> None:
    async def test(server: OscTcpServer, recorder: Recorder) -> None:
        reader, writer = await asyncio.open_connection("127.0.0.1", server.port)
        writer.write(encode(Framing.LENGTH, b"/" + bytes(2000)))
        error = await read_frames(reader, Framing.LENGTH, 1)
        assert parse_packet(error[0])[0].args == ("", "frame of 2001 bytes is over the limit of 1000 bytes")
        assert await asyncio.wait_for(reader.read(), 5) == b""  # the server half-closed
        writer.close()
        assert recorder.packets == []

    run(test, limits=TcpLimits(max_frame=1000))


def test_a_first_byte_that_fits_no_framing_is_answered_in_osc_1_0_framing_then_closed() -> None:
    async def test(server: OscTcpServer, recorder: Recorder) -> None:
        reader, writer = await asyncio.open_connection("127.0.0.1", server.port)
        writer.write(b"HELLO\r\n")
        error = await read_frames(reader, Framing.LENGTH, 1)
        assert (
            parse_packet(error[0])[0].args[1].startswith("cannot tell the framing from the first byte 0x48")
        )
        assert await asyncio.wait_for(reader.read(), 5) == b""
        writer.close()

    run(test)


def test_a_client_that_never_reads_does_not_hold_up_the_shutdown() -> None:
    async def main() -> None:
        recorder = Recorder()
        server = OscTcpServer(
            "127.0.0.1",
            lambda: 0,
            recorder.on_packet,
            recorder.on_closed,
            limits=TcpLimits(close_seconds=0.2, max_write_buffer=64 << 20),
        )
        await server.start()
        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4096)
        sock.setblocking(False)
        await asyncio.get_running_loop().sock_connect(sock, ("127.0.0.1", server.port))
        sock.send(encode(Framing.LENGTH, PING))
        await wait_until(lambda: bool(recorder.packets))
        peer = recorder.packets[0][1]
        for _ in range(150):  # 9 MB: more than the kernel's socket buffers, so most waits in asyncio's
            peer.send(encode_message("/blob", (bytes(60_000),)))
        await asyncio.wait_for(server.stop(), 10)
        assert recorder.closed
        sock.close()

    asyncio.run(main())


def test_connections_over_the_limit_are_told_why_in_their_framing_and_closed() -> None:
    async def test(server: OscTcpServer, recorder: Recorder) -> None:
        first = await asyncio.open_connection("127.0.0.1", server.port)
        reader, writer = await asyncio.open_connection("127.0.0.1", server.port)
        writer.write(encode(Framing.SLIP, PING))
        error = await read_frames(reader, Framing.SLIP, 1)
        assert parse_packet(error[0])[0].args == (
            "",
            "the server already has 1 TCP connections; close one or use UDP",
        )
        assert await asyncio.wait_for(reader.read(), 5) == b""
        assert recorder.packets == []
        assert server.refused == 1
        writer.close()
        first[1].close()

    run(test, limits=TcpLimits(max_connections=1))


def test_a_client_that_does_not_read_is_cut_off_instead_of_piling_up_memory() -> None:
    async def test(server: OscTcpServer, recorder: Recorder) -> None:
        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4096)
        sock.setblocking(False)
        await asyncio.get_running_loop().sock_connect(sock, ("127.0.0.1", server.port))
        sock.send(encode(Framing.LENGTH, PING))
        await wait_until(lambda: bool(recorder.packets))
        peer = recorder.packets[0][1]
        blob = encode_message("/blob", (bytes(60_000),))
        for _ in range(2000):  # 120 MB if nothing stopped it: far more than any socket buffer
            peer.send(blob)
            if recorder.closed:
                break
            await asyncio.sleep(0)
        await wait_until(lambda: bool(recorder.closed))
        sock.close()

    run(test, limits=TcpLimits(max_write_buffer=100_000))


def test_forced_framing_and_off() -> None:
    async def test(server: OscTcpServer, recorder: Recorder) -> None:
        assert server.status()[0] == ("tcp", f"port {server.port}, SLIP (OSC 1.1)")

    run(test, framing=Framing.SLIP)

    async def off() -> None:
        server = OscTcpServer(
            "127.0.0.1", lambda: 0, Recorder().on_packet, Recorder().on_closed, enabled=False
        )
        await server.start()
        assert server.status() == [("tcp", "off")]
        assert server.port == 0
        await server.stop()

    asyncio.run(off())


def test_a_packet_fault_repeated_by_a_client_is_logged_a_bounded_number_of_times(
    caplog: pytest.LogCaptureFixture,
) -> None:
    async def test(server: OscTcpServer, recorder: Recorder) -> None:
        crashes: list[bytes] = []

        def crash(data: bytes, peer: Peer) -> None:
            crashes.append(data)
            raise ZeroDivisionError("division by zero")

        server.on_packet = crash
        _reader, writer = await asyncio.open_connection("127.0.0.1", server.port)
        with caplog.at_level(logging.ERROR, logger="oscserver.osc.tcp"):
            writer.write(encode(Framing.LENGTH, PING) * 50)
            await wait_until(lambda: len(crashes) == 50)
        writer.close()
        assert len(caplog.records) == 3  # the fault log's burst; the other 47 are counted
        assert all(r.exc_info and r.exc_info[0] is ZeroDivisionError for r in caplog.records)
        assert caplog.records[0].getMessage().startswith("unhandled error for a packet from tcp:127.0.0.1:")

    run(test)
