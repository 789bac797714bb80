"""A subscriber that went away must cost nobody else an answer.

A push to a closed port comes back as ICMP port-unreachable, which the kernel reports on the server socket's
NEXT call: when that call is the answer to another client, the answer must still go out.
"""

from __future__ import annotations

import pytest

from oscserver.cli.client import OscClient
from tests.support.server import ServerProcess

pytestmark = pytest.mark.integration


def test_the_answer_after_a_push_to_a_vanished_subscriber_still_arrives(
    server: ServerProcess, client: OscClient
) -> None:
    for value in (1, 0, 1):
        with server.client() as gone:
            gone.request("/subscribe", reply="/subscribed")
        # The set pushes once to the vanished subscriber (bounces), then answers this client.
        assert client.request("/link/startstopsync", value).args == (value,)
    assert client.pairs()["subscribers"] == 0
