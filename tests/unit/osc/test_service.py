"""The transport's core, driven with bytes and recording peers: no sockets, a manual clock for timetags."""

from __future__ import annotations

import asyncio
import struct
from collections.abc import Coroutine
from typing import Any

import pytest

from oscserver.engine.clock import ManualClock
from oscserver.exceptions import Unavailable
from oscserver.osc.codec import encode_message, unix_to_ntp_bytes
from oscserver.osc.controls import control, verb
from oscserver.osc.params import Kind, Param
from oscserver.osc.registry import Endpoint, Registry, Request
from oscserver.osc.service import Limits, OscService
from tests.support.fakes import ManualTimers, RecordingPeer

WALL_AT_ZERO = 1_800_000_000.0  # the wall-clock time when the manual host clock reads 0


class Harness:
    def __init__(self, limits: Limits | None = None) -> None:
        self.clock = ManualClock()
        self.timers = ManualTimers(self.clock)
        self.registry = Registry()
        self.tasks: list[Coroutine[Any, Any, Any]] = []
        self.osc = OscService(
            self.registry,
            host_now=self.clock.now,
            wall_now=lambda: WALL_AT_ZERO + self.clock.now(),
            call_later=self.timers.call_later,
            create_task=self._create_task,
            limits=limits or Limits(),
        )
        self.volume = 0.5
        self.calls: list[tuple[str, float | None, float]] = []
        self.registry.add(
            control(
                "/volume",
                Param("volume", Kind.FLOAT, 0, 1, default=None),
                get=lambda _: (self.volume,),
                set=lambda _, v: setattr(self, "volume", v),
                summary="a control",
            )
        )
        self.registry.add(verb("/go", self._go, "a button"))
        self.registry.add(Endpoint("/timed", "honours at", self._timed, timed=True))
        self.registry.add(Endpoint("/fail", "always unavailable", self._fail))
        self.registry.add(Endpoint("/crash", "a bug", self._crash))

    def _create_task(self, coro: Coroutine[Any, Any, Any]) -> asyncio.Task[Any]:
        self.tasks.append(coro)
        return asyncio.get_event_loop().create_task(coro)

    def _go(self, request: Request) -> list[tuple[str, tuple[Any, ...]]]:
        self.calls.append(("/go", request.at, self.clock.now()))
        return [("/went", ())]

    def _timed(self, request: Request) -> None:
        self.calls.append(("/timed", request.at, self.clock.now()))

    def _fail(self, request: Request) -> None:
        raise Unavailable("no audio device")

    def _crash(self, request: Request) -> None:
        raise ZeroDivisionError("oops")

    def send(self, peer: RecordingPeer, address: str, *args: Any) -> None:
        self.osc.handle_datagram(encode_message(address, args), peer)


def bundle_at(host_time: float, *messages: bytes) -> bytes:
    elements = b"".join(struct.pack(">i", len(m)) + m for m in messages)
    return b"#bundle\x00" + unix_to_ntp_bytes(WALL_AT_ZERO + host_time) + elements


def test_ask_answers_only_the_sender() -> None:
    h = Harness()
    asker, subscriber = RecordingPeer(port=1), RecordingPeer(port=2)
    h.osc.subscribers.add(subscriber)
    h.send(asker, "/volume")
    assert asker.take() == [("/volume", (0.5,))]
    assert subscriber.take() == []


def test_set_is_pushed_to_every_subscriber_and_answered_to_a_non_subscriber() -> None:
    h = Harness()
    setter, a, b = RecordingPeer(port=1), RecordingPeer(port=2), RecordingPeer(port=3)
    h.osc.subscribers.add(a)
    h.osc.subscribers.add(b)
    h.send(setter, "/volume", 0.25)
    assert h.volume == 0.25
    assert setter.take() == [("/volume", (0.25,))]
    assert a.take() == [("/volume", (0.25,))]
    assert b.take() == [("/volume", (0.25,))]


def test_a_subscribed_setter_hears_the_change_once() -> None:
    h = Harness()
    setter = RecordingPeer(port=1)
    h.osc.subscribers.add(setter)
    h.send(setter, "/volume", 0.75)
    assert setter.take() == [("/volume", (0.75,))]


def test_bad_value_is_an_error_and_changes_nothing() -> None:
    h = Harness()
    peer = RecordingPeer()
    h.send(peer, "/volume", 2.0)
    # The refusal, then the value that stands, so the sender's fader snaps back to it.
    assert peer.take() == [
        ("/error", ("/volume", "volume must be between 0 and 1, got 2")),
        ("/volume", (0.5,)),
    ]
    assert h.volume == 0.5


def test_unknown_address_malformed_packet_and_handler_errors_are_answered() -> None:
    h = Harness()
    peer = RecordingPeer()
    h.send(peer, "/nope")
    h.osc.handle_datagram(b"garbage", peer)
    h.send(peer, "/fail")
    h.send(peer, "/crash")
    replies = peer.take()
    assert replies[0] == ("/error", ("/nope", "no endpoint at /nope; /api lists every address"))
    assert replies[1][0] == "/error" and replies[1][1][0] == ""
    assert replies[2] == ("/error", ("/fail", "no audio device"))
    assert replies[3] == ("/error", ("/crash", "internal error: oops"))
    assert h.osc.stats.internal_errors == 1


def test_button_release_does_nothing_and_is_not_an_error() -> None:
    h = Harness()
    peer = RecordingPeer()
    h.send(peer, "/go", 0)
    assert peer.take() == [] and h.calls == []
    h.send(peer, "/go", 1.0)
    assert peer.take() == [("/went", ())]


def test_future_bundle_waits_for_its_timetag_without_blocking_others() -> None:
    h = Harness()
    peer = RecordingPeer()
    h.osc.handle_datagram(bundle_at(2.5, encode_message("/go")), peer)
    assert h.calls == [] and h.osc.scheduler.pending == 1
    h.send(peer, "/volume")  # the loop is free meanwhile
    assert peer.take() == [("/volume", (0.5,))]
    h.timers.run_until(2.4999)
    assert h.calls == []
    h.timers.run_until(3.0)
    assert h.calls == [("/go", pytest.approx(2.5), pytest.approx(2.5))]
    assert peer.take() == [("/went", ())]


def test_timed_endpoint_receives_the_timetag_at_once() -> None:
    h = Harness()
    peer = RecordingPeer()
    h.osc.handle_datagram(bundle_at(1.25, encode_message("/timed")), peer)
    assert h.calls == [("/timed", pytest.approx(1.25), 0.0)]
    assert h.osc.scheduler.pending == 0


def test_past_and_immediate_timetags_run_at_once() -> None:
    h = Harness()
    h.clock.advance(10.0)
    peer = RecordingPeer()
    h.osc.handle_datagram(bundle_at(5.0, encode_message("/go")), peer)
    assert h.calls == [("/go", None, 10.0)]


def test_future_bundle_arguments_are_checked_on_arrival() -> None:
    h = Harness()
    peer = RecordingPeer()
    h.osc.handle_datagram(bundle_at(5.0, encode_message("/volume", (7.0,))), peer)
    assert peer.take() == [
        ("/error", ("/volume", "volume must be between 0 and 1, got 7")),
        ("/volume", (0.5,)),
    ]
    assert h.osc.scheduler.pending == 0


def test_pending_bundles_are_bounded() -> None:
    h = Harness(Limits(max_pending_bundles=3))
    peer = RecordingPeer()
    for _ in range(4):
        h.osc.handle_datagram(bundle_at(5.0, encode_message("/go")), peer)
    assert h.osc.scheduler.pending == 3
    [error] = peer.take()
    assert error[0] == "/error" and "3 bundles are already waiting" in str(error[1][1])


def test_each_message_of_a_bundle_is_handled_on_its_own() -> None:
    h = Harness()
    peer = RecordingPeer()
    immediate = b"#bundle\x00" + b"\x00" * 7 + b"\x01"
    body = b"".join(
        struct.pack(">i", len(m)) + m
        for m in (encode_message("/volume", (9.0,)), encode_message("/volume", (0.25,)))
    )
    h.osc.handle_datagram(immediate + body, peer)
    assert peer.take() == [
        ("/error", ("/volume", "volume must be between 0 and 1, got 9")),
        ("/volume", (0.5,)),  # the value that stands
        ("/volume", (0.25,)),
    ]


def test_a_failing_subscriber_is_dropped() -> None:
    h = Harness()
    good, bad = RecordingPeer(port=1), RecordingPeer(port=2, fail=True)
    h.osc.subscribers.add(good)
    h.osc.subscribers.add(bad)
    h.osc.publisher.publish("/volume", (0.3,))
    assert bad.key not in h.osc.subscribers and good.key in h.osc.subscribers
    h.osc.send_failed(good.key, "port unreachable")
    assert len(h.osc.subscribers) == 0
    assert h.osc.subscribers.dropped == 2


def test_async_handlers_answer_when_done() -> None:
    async def scenario() -> list[tuple[str, tuple[object, ...]]]:
        h = Harness()

        async def slow(request: Request) -> list[tuple[str, tuple[Any, ...]]]:
            await asyncio.sleep(0)
            return [("/done", ("saved",))]

        h.registry.add(Endpoint("/save", "async", slow))
        peer = RecordingPeer()
        h.send(peer, "/save")
        assert peer.take() == []
        await h.osc.drain()
        return peer.take()

    assert asyncio.run(scenario()) == [("/done", ("saved",))]
