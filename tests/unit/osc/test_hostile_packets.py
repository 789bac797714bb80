"""Issue 16's hostile packets against the whole registry: each gets an /error that fits (or its /pong), none
changes anything, none is an internal error."""

from __future__ import annotations

import logging
import struct
from collections.abc import Iterator
from typing import Any

import pytest

from oscserver.exceptions import RequestError
from oscserver.osc.arguments import MAX_ARRAY_DEPTH
from oscserver.osc.codec import encode_message
from oscserver.osc.params import Kind, Param
from oscserver.osc.registry import Endpoint
from oscserver.server.app import App
from tests.support.fakes import RecordingPeer
from tests.support.offline import offline_app


@pytest.fixture(scope="module")
def app(tmp_path_factory: pytest.TempPathFactory) -> Iterator[App]:
    with offline_app(tmp_path_factory.mktemp("sessions")) as built:
        yield built


def _tag_string(tags: str) -> bytes:
    data = ("," + tags).encode()
    return data + b"\x00" * (4 - len(data) % 4)


def exchange(app: App, packet: bytes) -> list[tuple[str, tuple[Any, ...]]]:
    peer = RecordingPeer()
    app.osc.handle_datagram(packet, peer)
    assert all(len(d) <= 1400 for d in peer.datagrams), "every answer fits one frame"
    return peer.take()


def state(app: App) -> tuple[object, ...]:
    """Everything a request could have changed: every control's value, and how many messages were run."""
    return (
        app.registry.dump(),
        app.osc.stats.messages,
        app.osc.scheduler.pending,
        len(app.osc.subscribers),
    )


# -- item 2: arguments cut short -------------------------------------------------------------------------


def valid_value(param: Param) -> object:
    if param.kind is Kind.INT:
        return int(param.minimum) if param.minimum is not None else 1
    if param.kind is Kind.FLOAT:
        return float(param.minimum) if param.minimum is not None else 0.5
    if param.kind is Kind.BOOL:
        return 1
    if param.kind is Kind.STRING:
        return param.choices[0] if param.choices else "name"
    if param.kind is Kind.BLOB:
        return b"\x90\x3c\x64"
    return 1


def valid_message(app: App, endpoint: Endpoint) -> bytes | None:
    """The endpoint's address with every parameter (a variadic one twice); None when it has no address."""
    wildcard = "/" + "/".join("*" if s.startswith("<") else s for s in endpoint.segments)
    try:
        targets = app.registry.resolve(wildcard)
    except RequestError:
        return None  # a path variable with no values here (no MIDI output)
    [address] = [t.address for t in targets if t.endpoint is endpoint][:1]
    args: list[object] = []
    for param in endpoint.params:
        args += [valid_value(param)] * (2 if param.variadic else 1)
    return encode_message(address, args)


def test_every_endpoint_cut_at_every_byte_gets_an_error_and_changes_nothing(app: App) -> None:
    tried = 0
    for endpoint in app.registry:
        data = valid_message(app, endpoint)
        if data is None:
            continue  # a path variable with no values here (no MIDI output): no address to send to
        address_end = data.index(b",")
        for cut in range(1, len(data)):
            if cut == address_end:
                continue  # the address alone is a whole OSC message without arguments, an ask or a press
            before = state(app)
            replies = exchange(app, data[:cut])
            assert [address for address, _ in replies] == ["/error"], (endpoint.template, cut, replies)
            assert replies[0][1][0] == "", (endpoint.template, cut, replies)
            assert state(app) == before, (endpoint.template, cut)
            tried += 1
    assert tried > 1000


def test_the_tempo_float_cut_to_one_byte_does_not_set_the_tempo(app: App) -> None:
    before = state(app)
    replies = exchange(app, encode_message("/link/tempo", (128.0,))[:-3])
    assert replies == [("/error", ("", "argument 1 ('f') needs 4 bytes, the message has 1 left"))]
    assert state(app) == before


def test_a_blob_of_size_minus_one_is_refused(app: App) -> None:
    packet = encode_message("/midi/raw", (b"\x90\x3c\x64",))
    packet = packet[: packet.index(b"\x00\x00\x00\x03")] + struct.pack(">i", -1) + b"\x90\x3c\x64\x00"
    [(address, args)] = exchange(app, packet)
    assert address == "/error" and "size -1" in args[1]


def test_a_40_kb_address_gets_an_error_that_fits(app: App) -> None:
    address = "/" + "a" * 40_000
    [(reply, (quoted, message))] = exchange(app, encode_message(address))
    assert reply == "/error" and quoted.startswith("/aaa") and "…" in quoted
    assert message.startswith("no endpoint at /aaa") and message.endswith("/api lists every address")


# -- items 1 and 8: legal OSC that used to hang or fail inside ------------------------------------------


def test_a_run_of_stars_is_answered(app: App) -> None:
    assert exchange(app, encode_message("/link/" + "*" * 40 + "x")) == [
        (
            "/error",
            (
                "/link/" + "*" * 40 + "x",
                "no pattern matches /link/" + "*" * 40 + "x; /api lists every address",
            ),
        )
    ]


def test_ping_with_a_timetag_is_answered_with_it(app: App) -> None:
    ntp = struct.pack(">Q", 0xE5A1_2B3C_8000_0001)
    peer = RecordingPeer()
    app.osc.handle_datagram(
        encode_message("/ping")[:8] + _tag_string("ti") + ntp + struct.pack(">i", 7), peer
    )
    assert peer.datagrams == [encode_message("/pong")[:8] + _tag_string("ti") + ntp + struct.pack(">i", 7)]


def test_arrays_nested_600_deep_are_refused(app: App) -> None:
    packet = encode_message("/ping")[:8] + _tag_string("[" * 600 + "]" * 600)
    assert exchange(app, packet) == [("/error", ("", f"arrays nested more than {MAX_ARRAY_DEPTH} deep"))]


def test_a_reversed_range_is_refused(app: App) -> None:
    [(reply, (address, message))] = exchange(app, encode_message("/looper/[z-a]/play"))
    assert (reply, address) == ("/error", "/looper/[z-a]/play")
    assert message.startswith("reversed range 'z-a'")


def test_a_flood_of_item_8_packets_is_answered_and_logs_nothing(
    app: App, caplog: pytest.LogCaptureFixture
) -> None:
    packets = [
        encode_message("/ping")[:8] + _tag_string("t") + bytes(8),
        encode_message("/ping")[:8] + _tag_string("[" * 600 + "]" * 600),
        encode_message("/looper/[z-a]/play"),
    ]
    internal_before = app.osc.stats.internal_errors
    with caplog.at_level(logging.INFO):
        for index in range(2000):
            replies = exchange(app, packets[index % 3])
            assert [address for address, _ in replies] in (["/pong"], ["/error"])
    assert app.osc.stats.internal_errors == internal_before
    assert caplog.records == []
