"""TCP slots are kept for the clients the server serves: access at accept, a share per source, deadlines."""

from __future__ import annotations

import asyncio

from oscserver.osc.codec import parse_packet
from oscserver.osc.framing import Framing, encode
from oscserver.osc.tcp import OscTcpServer, TcpLimits
from oscserver.osc.tcp_deadlines import StreamDeadlines
from tests.unit.osc.test_tcp import PING, Recorder, read_frames, run, wait_until


def test_deadlines_idle_after_the_last_whole_packet() -> None:
    deadlines = StreamDeadlines(idle_seconds=60.0, frame_seconds=10.0, last_packet=0.0)
    assert deadlines.expired(60.0) is None
    assert "no packet for 60 s" in str(deadlines.expired(60.5))
    deadlines.received(50.0, packets=1, partial=False)
    assert deadlines.expired(110.0) is None
    assert deadlines.expired(110.5) is not None


def test_deadlines_a_packet_dripping_in_is_cut_after_the_frame_time() -> None:
    deadlines = StreamDeadlines(idle_seconds=60.0, frame_seconds=10.0, last_packet=0.0)
    for second in range(1, 11):  # one byte a second, never a whole packet
        deadlines.received(float(second), packets=0, partial=True)
    assert deadlines.expired(11.0) is None  # the frame began at 1 s
    assert "too slow" in str(deadlines.expired(11.5))


def test_deadlines_restart_with_each_new_frame() -> None:
    deadlines = StreamDeadlines(idle_seconds=60.0, frame_seconds=10.0, last_packet=0.0)
    deadlines.received(1.0, packets=0, partial=True)
    deadlines.received(9.0, packets=1, partial=True)  # one packet ended, the next began
    assert deadlines.expired(18.0) is None
    deadlines.received(18.0, packets=1, partial=False)
    assert deadlines.expired(40.0) is None


def test_a_source_outside_the_policy_is_cut_at_accept_without_a_byte() -> None:
    async def test(server: OscTcpServer, recorder: Recorder) -> None:
        reader, writer = await asyncio.open_connection("127.0.0.1", server.port)
        writer.write(encode(Framing.LENGTH, PING))
        try:
            answer = await asyncio.wait_for(reader.read(), 5)
        except ConnectionResetError:
            answer = b""
        assert answer == b""
        assert recorder.packets == []
        assert ("tcp_connections", 0) in server.status()
        writer.close()

    run(test, admits=lambda host: host != "127.0.0.1")


def test_one_source_holds_at_most_its_share_of_the_slots() -> None:
    async def test(server: OscTcpServer, recorder: Recorder) -> None:
        held = [await asyncio.open_connection("127.0.0.1", server.port) for _ in range(2)]
        await wait_until(lambda: ("tcp_connections", 2) in server.status())
        reader, writer = await asyncio.open_connection("127.0.0.1", server.port)
        writer.write(encode(Framing.LENGTH, PING))
        [error] = await read_frames(reader, Framing.LENGTH, 1)
        assert "127.0.0.1 already has 2 TCP connections" in str(parse_packet(error)[0].args[1])
        assert server.refused == 1 and ("tcp_connections", 2) in server.status()
        for _, w in [*held, (reader, writer)]:
            w.close()

    run(test, limits=TcpLimits(max_connections=4, max_per_source=2))


def test_an_idle_connection_is_told_why_and_closed() -> None:
    async def test(server: OscTcpServer, recorder: Recorder) -> None:
        reader, writer = await asyncio.open_connection("127.0.0.1", server.port)
        writer.write(encode(Framing.LENGTH, PING))  # one packet, then silence
        await read_frames(reader, Framing.LENGTH, 1)
        [error] = await read_frames(reader, Framing.LENGTH, 1)
        assert "no packet for 0.2 s" in str(parse_packet(error)[0].args[1])
        assert await asyncio.wait_for(reader.read(), 5) == b""
        assert server.timed_out == 1
        writer.close()

    run(test, limits=TcpLimits(idle_seconds=0.2, check_every=0.05, linger_seconds=0.1))


def test_a_slow_sender_is_cut_before_its_packet_is_whole() -> None:
    async def test(server: OscTcpServer, recorder: Recorder) -> None:
        reader, writer = await asyncio.open_connection("127.0.0.1", server.port)
        frame = encode(Framing.LENGTH, PING)
        writer.write(frame[:6])  # the length and two bytes: the rest never comes
        [error] = await read_frames(reader, Framing.LENGTH, 1)
        assert "too slow" in str(parse_packet(error)[0].args[1])
        assert recorder.packets == [] and server.timed_out == 1
        writer.close()

    run(test, limits=TcpLimits(frame_seconds=0.2, check_every=0.05, linger_seconds=0.1))
