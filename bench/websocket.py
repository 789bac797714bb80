"""The control page's transport: OSC over the WebSocket beside OSC over UDP, and what browsers cost a flood.

Round trip: ``/ping`` -> ``/pong`` over the WebSocket (aiohttp's client, binary frames) beside the same over
UDP, in the same run against the same server. Flood: the 21,000 msg/s ``/ping`` flood of ``osc_roundtrip``
(two senders) with a third client probing at 100 Hz, first alone, then with 20 WebSocket clients subscribed
as the page subscribes, one of them changing the tempo 20 times a second so that every client has pushes to
receive: what the flood and the probe lose against the same flood without them, and the pushes delivered.
"""

from __future__ import annotations

import argparse
import asyncio
import multiprocessing as mp
import socket
import time

import aiohttp

from bench.common import print_table, summary_ms
from bench.osc_roundtrip import flood, round_trips
from oscserver.osc.codec import encode_message, parse_packet
from tests.support.ports import free_tcp_port
from tests.support.server import ServerProcess

PAGES = 20
TEMPO_CHANGES_HZ = 20.0


async def ws_round_trips(url: str, count: int) -> list[float]:
    times = []
    async with aiohttp.ClientSession() as session, session.ws_connect(url) as ws:
        ping = encode_message("/ping", (1,))
        for _ in range(count):
            start = time.perf_counter()
            await ws.send_bytes(ping)
            while True:
                message = await ws.receive(timeout=2.0)
                if parse_packet(message.data)[0].address == "/pong":
                    break
            times.append(time.perf_counter() - start)
    return times


async def udp_change_to_page(url: str, udp_port: int, count: int) -> list[float]:
    """A tempo set over UDP until a subscribed WebSocket (a page) hears it: what a change costs to show."""
    times = []
    sender = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    sender.connect(("127.0.0.1", udp_port))
    async with aiohttp.ClientSession() as session, session.ws_connect(url) as ws:
        await ws.send_bytes(encode_message("/subscribe", ()))
        assert parse_packet((await ws.receive(timeout=2.0)).data)[0].address == "/subscribed"
        for index in range(count):
            tempo = 100.0 + index % 2
            start = time.perf_counter()
            sender.send(encode_message("/link/tempo", (tempo,)))
            while True:
                message = await ws.receive(timeout=2.0)
                parsed = parse_packet(message.data)[0]
                if parsed.address == "/link/tempo" and parsed.args == (tempo,):  # (not the dump's)
                    break
            times.append(time.perf_counter() - start)
    sender.close()
    return times


async def _pages(url: str, duration: float, ready: mp.synchronize.Event, result: mp.Queue) -> None:  # type: ignore[type-arg]
    received = [0] * PAGES
    async with aiohttp.ClientSession() as session:
        sockets = [await session.ws_connect(url) for _ in range(PAGES)]
        for ws in sockets:
            await ws.send_bytes(encode_message("/subscribe", ()))

        async def read(index: int, ws: aiohttp.ClientWebSocketResponse[bool]) -> None:
            async for message in ws:
                if message.type is aiohttp.WSMsgType.BINARY:
                    received[index] += 1

        readers = [asyncio.create_task(read(i, ws)) for i, ws in enumerate(sockets)]
        await asyncio.sleep(0.5)  # the state dumps arrive
        received[:] = [0] * PAGES
        ready.set()
        changes = 0
        end = time.perf_counter() + duration
        while time.perf_counter() < end:
            await sockets[0].send_bytes(encode_message("/link/tempo", (100.0 + changes % 2,)))
            changes += 1
            await asyncio.sleep(1.0 / TEMPO_CHANGES_HZ)
        await asyncio.sleep(0.3)
        for ws in sockets:
            await ws.close()
        for reader in readers:
            reader.cancel()
    result.put((changes, sum(received)))


def pages(url: str, duration: float, ready: mp.synchronize.Event, result: mp.Queue) -> None:  # type: ignore[type-arg]
    asyncio.run(_pages(url, duration, ready, result))


def run(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="bench websocket")
    parser.add_argument("--pings", type=int, default=500)
    parser.add_argument("--flood-rate", type=float, default=10500.0, help="messages/s per flooding sender")
    parser.add_argument("--flood-seconds", type=float, default=2.0)
    args = parser.parse_args(argv or [])

    http_port = free_tcp_port()
    server = ServerProcess("--audio", "none", "--midi-api", "none", "--http-port", str(http_port)).start()
    url = f"http://127.0.0.1:{http_port}/"
    try:
        round_trips(server.port, 200)  # warm up
        udp, udp_lost = round_trips(server.port, args.pings)
        ws = asyncio.run(ws_round_trips(url, args.pings))
        shown = asyncio.run(udp_change_to_page(url, server.port, 200))
        rows = [["UDP", *_cells(udp), udp_lost], ["WebSocket", *_cells(ws), 0]]
        print_table(
            f"/ping round trips, {args.pings} each, one after the other",
            ["transport", "p50 ms", "p99 ms", "max ms", "lost"],
            rows,
        )
        print_table(
            "a tempo set over UDP until a subscribed WebSocket hears it, 200 times",
            ["", "p50 ms", "p99 ms", "max ms"],
            [["UDP -> page", *_cells(shown)]],
        )

        alone = flood(server.port, args.flood_rate, args.flood_seconds)
        ready = mp.Event()
        result: mp.Queue = mp.Queue()  # type: ignore[type-arg]
        clients = mp.Process(target=pages, args=(url, args.flood_seconds + 0.4, ready, result))
        clients.start()
        ready.wait(30)
        with_pages = flood(server.port, args.flood_rate, args.flood_seconds)
        clients.join()
        changes, delivered = result.get()
        keys = ["offered/s", "answered/s", "lost %", "probe p50 ms", "probe p99 ms", "probe lost"]
        print_table(
            f"two senders flooding {2 * args.flood_rate:.0f} /ping/s for {args.flood_seconds:g} s, a third "
            "client pinging at 100 Hz",
            ["with", *keys],
            [
                ["nothing else (reference)", *(alone[k] for k in keys)],
                [f"{PAGES} subscribed WebSockets", *(with_pages[k] for k in keys)],
            ],
        )
        print(
            f"  the WebSockets: {changes} tempo changes sent on one of them, {delivered} pushes delivered "
            f"to the {PAGES} ({delivered / max(1, changes * PAGES):.2f} per change per client)"
        )
    finally:
        server.stop()


def _cells(times: list[float]) -> list[float]:
    summary = summary_ms(times)
    return [summary["p50"], summary["p99"], summary["max"]]
