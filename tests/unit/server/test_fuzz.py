"""Random and structurally broken packets against the whole registry: nothing escapes, answers go on."""

from __future__ import annotations

import struct
from collections.abc import Iterator

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from oscserver.osc.codec import encode_message
from oscserver.server.app import App
from tests.support.fakes import RecordingPeer
from tests.support.offline import offline_app


@pytest.fixture(scope="module")
def app(tmp_path_factory: pytest.TempPathFactory) -> Iterator[App]:
    with offline_app(tmp_path_factory.mktemp("sessions")) as built:
        yield built


def still_answers(app: App) -> None:
    peer = RecordingPeer(port=4242)
    app.osc.handle_datagram(encode_message("/ping", ("alive",)), peer)
    assert peer.take() == [("/pong", ("alive",))]


osc_args = st.lists(
    st.one_of(
        st.integers(-(2**31), 2**31 - 1),
        st.floats(width=32, allow_nan=True, allow_infinity=True),
        st.text(max_size=20).filter(lambda s: "\x00" not in s),
        st.binary(max_size=20),
        st.booleans(),
        st.none(),
    ),
    max_size=6,
)


@settings(max_examples=400, suppress_health_check=[HealthCheck.function_scoped_fixture], deadline=None)
@given(data=st.binary(max_size=300))
def test_random_bytes(app: App, data: bytes) -> None:
    app.osc.handle_datagram(data, RecordingPeer())
    still_answers(app)


@settings(max_examples=400, suppress_health_check=[HealthCheck.function_scoped_fixture], deadline=None)
@given(index=st.integers(0, 10_000), args=osc_args, pattern=st.booleans())
def test_well_formed_messages_with_random_arguments_to_every_endpoint(
    app: App, index: int, args: list[object], pattern: bool
) -> None:
    endpoints = list(app.registry)
    template = endpoints[index % len(endpoints)].template
    address = template.replace("<n>", "*" if pattern else "1")
    peer = RecordingPeer()
    app.osc.handle_datagram(encode_message(address, args), peer)
    for address_out, reply in peer.take():
        assert address_out != "/error" or not str(reply[1]).startswith("internal error"), reply
    still_answers(app)


@settings(max_examples=400, suppress_health_check=[HealthCheck.function_scoped_fixture], deadline=None)
@given(
    args=osc_args,
    cut=st.integers(0, 200),
    flips=st.lists(st.tuples(st.integers(0, 200), st.integers(0, 255)), max_size=4),
    wrap=st.sampled_from(["message", "bundle", "nested"]),
    size_lie=st.integers(-8, 300),
)
def test_structurally_broken_packets(
    app: App, args: list[object], cut: int, flips: list[tuple[int, int]], wrap: str, size_lie: int
) -> None:
    message = bytearray(encode_message("/link/tempo", args))
    for position, value in flips:
        if position < len(message):
            message[position] = value
    if wrap == "message":
        packet = bytes(message)
    else:
        size = size_lie if size_lie != 0 else len(message)
        inner = b"#bundle\x00" + b"\x00" * 7 + b"\x01" + struct.pack(">i", size) + bytes(message)
        packet = (
            inner
            if wrap == "bundle"
            else (b"#bundle\x00" + b"\x00" * 7 + b"\x01" + struct.pack(">i", len(inner)) + inner)
        )
    packet = packet[: max(cut, 1)] if cut < len(packet) else packet
    app.osc.handle_datagram(packet, RecordingPeer())
    still_answers(app)
    assert app.osc.stats.internal_errors == 0
