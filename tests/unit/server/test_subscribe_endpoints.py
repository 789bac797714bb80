"""/subscribe, /dump, /unsubscribe: a renewal re-sends nothing; a new subscriber or a /dump gets the state."""

from __future__ import annotations

import asyncio
from collections.abc import Coroutine
from dataclasses import dataclass, field
from typing import Any

from oscserver.engine.clock import ManualClock
from oscserver.osc.codec import encode_message
from oscserver.osc.controls import control
from oscserver.osc.params import Kind, Param
from oscserver.osc.registry import Registry
from oscserver.osc.service import OscService
from oscserver.osc.subscribers import Subscribers
from oscserver.server.core_endpoints import core_endpoints
from oscserver.server.status import StatusBoard
from tests.support.fakes import ManualTimers, RecordingPeer

INSTANCE = "0123456789ab"


@dataclass
class Host:
    """One machine's ports: what the server sends to any (ip, port) of it lands in that port's peer."""

    ports: dict[int, RecordingPeer] = field(default_factory=dict)

    def port(self, number: int) -> HostPeer:
        self.ports.setdefault(number, RecordingPeer(port=number))
        return HostPeer(port=number, host_of=self)


@dataclass
class HostPeer(RecordingPeer):
    host_of: Host | None = None

    def send(self, data: bytes) -> None:
        assert self.host_of is not None
        self.host_of.ports[self.port].send(data)

    def at_port(self, port: int) -> HostPeer:
        assert self.host_of is not None
        return self.host_of.port(port)


class Server:
    def __init__(self, instance: str = INSTANCE) -> None:
        clock = ManualClock()
        self.registry = Registry()
        self.osc = OscService(
            self.registry,
            host_now=clock.now,
            wall_now=clock.now,
            call_later=ManualTimers(clock).call_later,
            create_task=self._create_task,
        )
        self.osc.subscribers.instance = instance
        self.tempo = 120.0
        self.registry.extend(core_endpoints(self.osc, StatusBoard()))
        self.registry.add(
            control(
                "/tempo",
                Param("bpm", Kind.FLOAT, 20, 999, default=None),
                get=lambda _: (self.tempo,),
                set=lambda _, bpm: setattr(self, "tempo", bpm),
                summary="a control in the dump",
            )
        )

    @staticmethod
    def _create_task(coro: Coroutine[Any, Any, Any]) -> asyncio.Task[Any]:
        raise AssertionError("no endpoint here takes time")

    def send(self, peer: RecordingPeer, address: str, *args: Any) -> None:
        self.osc.handle_datagram(encode_message(address, args), peer)


def test_a_new_subscriber_gets_subscribed_with_the_instance_then_the_state() -> None:
    server, host = Server(), Host()
    server.send(host.port(5000), "/subscribe")
    assert host.ports[5000].take() == [("/subscribed", (5000, INSTANCE)), ("/tempo", (120.0,))]


def test_renewing_a_subscription_answers_subscribed_only() -> None:
    server, host = Server(), Host()
    client = host.port(5000)
    server.send(client, "/subscribe")
    host.ports[5000].take()
    for _ in range(3):
        server.send(client, "/subscribe")
        assert host.ports[5000].take() == [("/subscribed", (5000, INSTANCE))]
    # Changes still reach it, once each.
    server.send(client, "/tempo", 90.0)
    assert host.ports[5000].take() == [("/tempo", (90.0,))]


def test_renewing_for_another_port_answers_both_and_dumps_to_neither() -> None:
    server, host = Server(), Host()
    sender = host.port(5000)
    server.send(sender, "/subscribe", 9000)
    assert host.ports[9000].take() == [("/subscribed", (9000, INSTANCE)), ("/tempo", (120.0,))]
    assert host.ports[5000].take() == [("/subscribed", (9000, INSTANCE))]
    server.send(sender, "/subscribe", 9000)
    assert host.ports[9000].take() == [("/subscribed", (9000, INSTANCE))]
    assert host.ports[5000].take() == [("/subscribed", (9000, INSTANCE))]


def test_dump_sends_the_state_to_the_sender_or_the_port_it_names() -> None:
    server, host = Server(), Host()
    sender = host.port(5000)
    server.send(sender, "/dump")
    assert host.ports[5000].take() == [("/tempo", (120.0,))]
    server.send(sender, "/dump", 9000)
    assert host.ports[9000].take() == [("/tempo", (120.0,))]
    assert host.ports[5000].take() == []
    assert len(server.osc.subscribers) == 0  # asking for the state subscribes nobody


def test_dump_with_a_bad_port_is_an_error_and_sends_nothing() -> None:
    server, host = Server(), Host()
    server.send(host.port(5000), "/dump", 0)
    [(address, args)] = host.ports[5000].take()
    assert address == "/error" and args[0] == "/dump" and "port" in str(args[1])
    assert list(host.ports) == [5000]


def test_unsubscribing_then_subscribing_again_is_new_and_gets_the_state() -> None:
    server, host = Server(), Host()
    client = host.port(5000)
    server.send(client, "/subscribe")
    server.send(client, "/unsubscribe")
    host.ports[5000].take()
    server.send(client, "/subscribe")
    assert host.ports[5000].take() == [("/subscribed", (5000, INSTANCE)), ("/tempo", (120.0,))]


def test_each_server_run_draws_its_own_instance_id() -> None:
    ids = {Subscribers().instance for _ in range(100)}
    assert len(ids) == 100
    assert all(len(i) == 12 and int(i, 16) >= 0 for i in ids)
