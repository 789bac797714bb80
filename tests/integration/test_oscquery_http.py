"""OSCQuery over HTTP and its WebSocket, against a running server, with aiohttp's client (as an OSCQuery
client on the network would ask)."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Iterator
from typing import Any

import aiohttp
import pytest

from oscserver.osc.codec import encode_message, parse_packet
from tests.support.ports import free_tcp_port
from tests.support.server import ServerProcess
from tests.support.waiting import scaled

TRACKS = 2


@pytest.fixture(scope="module")
def server() -> Iterator[ServerProcess]:
    with ServerProcess(
        "--audio", "none", "--midi-api", "none", "--tracks", str(TRACKS), "--http-port", str(free_tcp_port())
    ) as running:
        yield running


def url(server: ServerProcess, path: str = "/") -> str:
    return f"http://127.0.0.1:{server.http_port}{path}"


async def get(server: ServerProcess, path: str, **headers: str) -> tuple[int, Any]:
    async with (
        aiohttp.ClientSession() as session,
        session.get(url(server, path), headers=headers) as response,
    ):
        body = await response.text()
        is_json = response.content_type == "application/json"
        return response.status, json.loads(body) if is_json else body


def test_host_info_and_the_tree(server: ServerProcess) -> None:
    async def scenario() -> None:
        status, info = await get(server, "/?HOST_INFO")
        assert status == 200 and info["OSC_PORT"] == server.port and info["OSC_TRANSPORT"] == "UDP"
        assert info["EXTENSIONS"]["LISTEN"] is True
        status, root = await get(server, "/")
        assert status == 200 and root["FULL_PATH"] == "/"
        assert set(root["CONTENTS"]["looper"]["CONTENTS"]) >= {"1", "2", "stop", "clear"}
        tempo = root["CONTENTS"]["link"]["CONTENTS"]["tempo"]
        assert (tempo["TYPE"], tempo["ACCESS"], tempo["VALUE"]) == ("f", 3, [120.0])

    asyncio.run(scenario())


def test_attributes_and_refusals(server: ServerProcess) -> None:
    async def scenario() -> None:
        assert await get(server, "/looper/2/state?VALUE") == (200, {"VALUE": ["EMPTY", 0]})
        assert (await get(server, "/looper/1/play?VALUE"))[0] == 204
        assert (await get(server, "/looper/3/play"))[0] == 404  # two tracks
        assert (await get(server, "/link/tempo?COLOUR"))[0] == 400
        status, page = await get(server, "/", Accept="text/html,application/xhtml+xml")
        assert status == 200 and "<title>oscserver</title>" in page  # a browser gets the page, not JSON

    asyncio.run(scenario())


def test_a_change_is_heard_through_listen_and_osc_on_the_socket_is_served_as_over_udp(
    server: ServerProcess,
) -> None:
    async def scenario() -> None:
        async with aiohttp.ClientSession() as session, session.ws_connect(url(server)) as ws:
            await ws.send_str(json.dumps({"COMMAND": "LISTEN", "DATA": "/link/tempo"}))
            assert await frame(ws) == ("/link/tempo", (120.0,))  # the value now, at once
            with server.client() as udp:
                udp.request("/link/tempo", 93.0, reply="/link/tempo")
            assert await frame(ws) == ("/link/tempo", (93.0,))
            await ws.send_bytes(encode_message("/ping", ("over the socket",)))
            assert await frame(ws) == ("/pong", ("over the socket",))
            await ws.send_bytes(encode_message("/link/tempo", (120.0,)))  # heard as the listened change
            assert await frame(ws) == ("/link/tempo", (120.0,))

    asyncio.run(scenario())


def test_subscribe_on_the_socket_subscribes_the_socket(server: ServerProcess) -> None:
    async def scenario() -> None:
        async with aiohttp.ClientSession() as session, session.ws_connect(url(server)) as ws:
            await ws.send_bytes(encode_message("/subscribe", ()))
            assert (await frame(ws))[0] == "/subscribed"
            while (await frame(ws))[0] != "/looper/2/state":  # the state dump follows
                pass
            with server.client() as udp:
                udp.request("/link/quantum", 3.0, reply="/link/quantum")
            while (message := await frame(ws))[0] != "/link/quantum":
                pass
            assert message == ("/link/quantum", (3.0,))
            with server.client() as udp:
                udp.request("/link/quantum", 4.0, reply="/link/quantum")

    asyncio.run(scenario())


def test_a_page_of_another_origin_cannot_open_the_socket(server: ServerProcess) -> None:
    async def scenario() -> None:
        async with aiohttp.ClientSession() as session:
            with pytest.raises(aiohttp.WSServerHandshakeError) as refused:
                await session.ws_connect(url(server), headers={"Origin": "https://example.com"})
            assert refused.value.status == 403
            own = f"http://127.0.0.1:{server.http_port}"
            async with session.ws_connect(url(server), headers={"Origin": own}) as ws:
                await ws.send_bytes(encode_message("/ping", ()))
                assert await frame(ws) == ("/pong", ())

    asyncio.run(scenario())


async def frame(ws: aiohttp.ClientWebSocketResponse[bool]) -> tuple[str, tuple[Any, ...]]:
    message = await ws.receive(timeout=scaled(5.0))
    assert message.type is aiohttp.WSMsgType.BINARY, message
    [parsed] = parse_packet(message.data)
    return parsed.address, parsed.args
