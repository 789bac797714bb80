"""Packets from a source outside --allow are dropped unanswered, and counted."""

from __future__ import annotations

import pytest

from oscserver.cli.client import OscClient
from tests.support.server import ServerProcess

pytestmark = pytest.mark.integration


def test_a_second_loopback_address_outside_allow_is_ignored() -> None:
    with (
        ServerProcess("--audio", "none", "--midi-api", "none", "--allow", "127.0.0.1/32") as server,
        # 127.0.0.2 is another address on lo: a different source the test can send from without root.
        OscClient("127.0.0.1", server.port, bind=("127.0.0.2", 0)) as stranger,
    ):
        stranger.send("/link/tempo", 180)
        stranger.send("/ping")
        with server.client() as friend:
            assert friend.request("/link/tempo").args == (120.0,)
            assert friend.pairs()["refused"] == 2
        # The friend's packets came after the stranger's and were answered: an answer to the stranger
        # would have been sent before them, and a datagram on loopback is there once it is sent.
        assert stranger.receive(0) == []


def test_the_default_admits_loopback(client: OscClient) -> None:
    assert client.request("/ping", reply="/pong").args == ()
    assert client.pairs()["refused"] == 0
