"""The page's parts that need no browser: the loop thumbnail, the origin rule, what a WebSocket may hold."""

from __future__ import annotations

import asyncio
import json
from typing import Any

import aiohttp
import numpy as np
import pytest

from oscserver.engine.clock import ManualClock
from oscserver.osc.access import AccessPolicy
from oscserver.osc.codec import encode_message, parse_packet
from oscserver.osc.controls import control
from oscserver.osc.params import Kind, Param
from oscserver.osc.registry import Endpoint, Registry
from oscserver.osc.service import OscService
from oscserver.server.core_endpoints import core_endpoints
from oscserver.server.status import StatusBoard
from oscserver.web.origin import same_origin
from oscserver.web.oscquery import OscQueryTree
from oscserver.web.server import WebServer
from oscserver.web.waveform import peaks
from oscserver.web.websocket import WebSocketLimits, WebSocketSession
from tests.support.fakes import ManualTimers
from tests.support.ports import free_tcp_port

# -- the thumbnail ---------------------------------------------------------------------------------------


def test_peaks_are_the_loudest_sample_of_each_slice_over_both_channels() -> None:
    frames = np.zeros((400, 2), dtype=np.float32)
    frames[0, 1] = -0.5  # slice 0, right channel, negative
    frames[3, 0] = 0.25  # slice 1
    frames[399, 0] = 2.0  # the last slice, clipped to 1
    assert peaks(frames, count=200)[:3] == [0.5, 0.25, 0.0]
    assert peaks(frames, count=200)[-1] == 1.0
    assert len(peaks(frames)) == 200


def test_a_loop_shorter_than_the_thumbnail_and_no_loop() -> None:
    frames = np.array([[0.1, 0.0], [0.0, 0.2], [0.3, 0.3]], dtype=np.float32)
    summary = peaks(frames, count=6)
    assert summary == pytest.approx([0.1, 0.1, 0.2, 0.2, 0.3, 0.3])
    assert peaks(None) == [] and peaks(np.zeros((0, 2), dtype=np.float32)) == []


# -- the origin rule -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("origin", "host", "opens"),
    [
        (None, "192.168.1.5:8080", True),  # not a browser (a script, an OSCQuery client)
        ("http://192.168.1.5:8080", "192.168.1.5:8080", True),  # the server's own page
        ("http://PI-1.local:8080", "pi-1.local:8080", True),
        ("https://example.com", "192.168.1.5:8080", False),  # a page on the internet
        ("http://192.168.1.5:8081", "192.168.1.5:8080", False),  # another port is another origin
        ("null", "192.168.1.5:8080", False),  # a file or a sandboxed frame
        ("file://", "192.168.1.5:8080", False),
    ],
)
def test_a_websocket_opens_from_the_page_itself_or_from_no_browser(
    origin: str | None, host: str, opens: bool
) -> None:
    assert same_origin(origin, host) is opens


# -- what one connection may hold ------------------------------------------------------------------------


class FakeSocket:
    """A WebSocket whose browser never reads: what is written stays written; a close is recorded."""

    def __init__(self) -> None:
        self.closed_with: tuple[int, bytes] | None = None

    async def send_bytes(self, data: bytes) -> None:
        await asyncio.Event().wait()  # blocked, as behind a full TCP window

    async def close(self, *, code: int, message: bytes) -> bool:
        self.closed_with = (code, message)
        return True


class Rig:
    def __init__(self) -> None:
        clock = ManualClock()
        self.registry = Registry()
        self.osc = OscService(
            self.registry,
            host_now=clock.now,
            wall_now=clock.now,
            call_later=ManualTimers(clock).call_later,
            create_task=lambda coro: asyncio.get_running_loop().create_task(coro),
        )
        self.registry.extend(core_endpoints(self.osc, StatusBoard()))
        self.values = {"tempo": 120.0, "quantum": 4.0}
        for name in self.values:
            self.registry.add(self._control(name))
        self.ws = FakeSocket()
        self.sent: list[bytes] = []

    def _control(self, name: str) -> Endpoint:
        def get(_: object) -> tuple[float]:
            return (self.values[name],)

        def set_value(_: object, value: float) -> None:
            self.values[name] = value

        param = Param(name, Kind.FLOAT, 1, 999, default=None)
        return control(f"/link/{name}", param, get=get, set=set_value, summary=name)

    def session(self, limits: WebSocketLimits | None = None) -> WebSocketSession:
        session = WebSocketSession(
            self.ws,  # type: ignore[arg-type]
            "127.0.0.1",
            50000,
            1,
            self.osc,
            lambda: OscQueryTree(self.registry),
            limits or WebSocketLimits(),
        )
        session.send_packet = self._recording(session.send_packet)  # type: ignore[method-assign]
        return session

    def _recording(self, send: Any) -> Any:
        def record(data: bytes) -> None:
            self.sent.append(data)
            send(data)

        return record

    def heard(self) -> list[tuple[str, tuple[Any, ...]]]:
        out = [(m.address, m.args) for data in self.sent for m in parse_packet(data)]
        self.sent.clear()
        return out


def test_a_connection_that_does_not_read_is_closed_rather_than_let_its_pushes_pile_up() -> None:
    async def scenario() -> None:
        rig = Rig()
        session = rig.session(WebSocketLimits(max_queued_bytes=1000))
        rig.osc.handle_datagram(encode_message("/subscribe", ()), session.peer)
        for tempo in range(30, 130):
            rig.osc.publisher.publish("/link/tempo", (float(tempo),))
        await asyncio.sleep(0)
        assert session.overflowed
        assert rig.ws.closed_with is not None and rig.ws.closed_with[0] == 1013
        assert session._queued_bytes == 0  # what waited is let go at once

    asyncio.run(scenario())


def test_listen_passes_on_the_changes_of_that_address_only_and_its_value_at_once() -> None:
    async def scenario() -> None:
        rig = Rig()
        session = rig.session()
        session.command(json.dumps({"COMMAND": "LISTEN", "DATA": "/link/tempo"}))
        assert rig.heard() == [("/link/tempo", (120.0,))]
        rig.osc.publisher.publish("/link/tempo", (90.0,))
        rig.osc.publisher.publish("/link/quantum", (3.0,))
        assert rig.heard() == [("/link/tempo", (90.0,))]
        session.command(json.dumps({"COMMAND": "IGNORE", "DATA": "/link/tempo"}))
        rig.osc.publisher.publish("/link/tempo", (100.0,))
        assert rig.heard() == []
        assert len(rig.osc.subscribers) == 0  # nothing listened to: no subscriber left behind

    asyncio.run(scenario())


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("LISTEN /link/tempo", "JSON"),
        ("[1, 2]", "JSON object"),
        ('{"COMMAND": "SHOUT", "DATA": "/link/tempo"}', "LISTEN or IGNORE"),
        ('{"COMMAND": "LISTEN", "DATA": 7}', "LISTEN or IGNORE"),
        ('{"COMMAND": "LISTEN", "DATA": "/link/nothing"}', "no address /link/nothing"),
    ],
)
def test_a_bad_command_is_answered_with_an_error_and_changes_nothing(text: str, said: str) -> None:
    async def scenario() -> None:
        rig = Rig()
        session = rig.session()
        session.command(text)
        [(address, args)] = rig.heard()
        assert address == "/error" and said in args[1]
        assert not session.listening and len(rig.osc.subscribers) == 0

    asyncio.run(scenario())


def test_a_connection_subscribed_whole_hears_a_listened_change_once() -> None:
    async def scenario() -> None:
        rig = Rig()
        session = rig.session()
        session.command(json.dumps({"COMMAND": "LISTEN", "DATA": "/link/tempo"}))
        rig.osc.handle_datagram(encode_message("/subscribe", ()), session.peer)
        rig.heard()
        rig.osc.publisher.publish("/link/tempo", (91.0,))
        assert rig.heard() == [("/link/tempo", (91.0,))]

    asyncio.run(scenario())


# -- the HTTP server on a loopback port ------------------------------------------------------------------


def web_server(rig: Rig, allow: tuple[str, ...], port: int) -> WebServer:
    rig.osc.access = AccessPolicy(allow)
    return WebServer(host="127.0.0.1", port=port, osc=rig.osc, udp_port=lambda: 8000, instance="test")


def test_a_source_outside_allow_is_cut_unanswered_and_counted() -> None:
    async def scenario() -> None:
        rig = Rig()
        server = web_server(rig, ("10.0.0.0/8",), free_tcp_port())
        await server.start()
        try:
            reader, writer = await asyncio.open_connection("127.0.0.1", server.port)
            writer.write(b"GET /?HOST_INFO HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
            try:
                answer = await reader.read()
            except ConnectionResetError:
                answer = b""
            writer.close()
            assert answer == b""  # not even a 403: nothing tells a stranger that a server is here
            assert rig.osc.access.refused == 1
        finally:
            await server.stop()

    asyncio.run(scenario())


def test_a_port_already_taken_leaves_the_page_off_and_the_server_running() -> None:
    async def scenario() -> None:
        rig = Rig()
        first = web_server(rig, ("127.0.0.0/8",), free_tcp_port())
        await first.start()
        second = web_server(rig, ("127.0.0.0/8",), first.port)
        try:
            await second.start()  # no exception: OSC goes on without its page
            [(key, state), _] = second.status()
            assert key == "http" and state.startswith(f"failed: cannot listen on 127.0.0.1:{first.port}")
            assert second.port == 0
            address = f"http://127.0.0.1:{first.port}/link/tempo?VALUE"
            async with aiohttp.ClientSession() as session, session.get(address) as response:
                assert await response.json() == {"VALUE": [120.0]}
        finally:
            await second.stop()
            await first.stop()

    asyncio.run(scenario())


def test_the_page_off_binds_nothing() -> None:
    async def scenario() -> None:
        server = web_server(Rig(), ("127.0.0.0/8",), 0)
        await server.start()
        assert server.port == 0 and server.status()[0] == ("http", "off")
        await server.stop()

    asyncio.run(scenario())


def test_sockets_and_their_messages_are_bounded() -> None:
    async def scenario() -> None:
        rig = Rig()
        rig.osc.access = AccessPolicy(("127.0.0.0/8",))
        limits = WebSocketLimits(max_connections=1, max_message=1024)
        server = WebServer(
            host="127.0.0.1",
            port=free_tcp_port(),
            osc=rig.osc,
            udp_port=lambda: 8000,
            instance="t",
            limits=limits,
        )
        await server.start()
        url = f"http://127.0.0.1:{server.port}/"
        try:
            async with aiohttp.ClientSession() as session, session.ws_connect(url) as first:
                with pytest.raises(aiohttp.WSServerHandshakeError) as refused:
                    await session.ws_connect(url)
                assert refused.value.status == 503  # one connection at most here
                await first.send_bytes(encode_message("/ping", ("x" * 2000,)))  # over 1024 bytes
                closing = await first.receive(timeout=5)
                assert closing.type is aiohttp.WSMsgType.CLOSE and closing.data == 1009  # message too big
            for _ in range(200):  # its slot is freed once the server has seen the close
                if server.status()[1] == ("websockets", 0):
                    break
                await asyncio.sleep(0.01)
            assert server.status()[1] == ("websockets", 0)
        finally:
            await server.stop()

    asyncio.run(scenario())
