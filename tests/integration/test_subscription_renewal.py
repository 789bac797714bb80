"""Renewing a subscription re-sends nothing; a restarted server says so with a new instance id.

The clients renew every 5 s; here a subscriber renews every 0.2 s for 3 s (15 renewals, as many as 75 s of
the clients' period), which shows the same thing as the issue's 30 s without taking 30 s of wall time.
"""

from __future__ import annotations

import signal
import subprocess
import sys
import threading
import time
from collections import Counter

import pytest

from oscserver.osc.codec import Message
from tests.support.client import ScaledOscClient
from tests.support.server import ServerProcess
from tests.support.waiting import wait_until

pytestmark = pytest.mark.integration

RENEW_EVERY = 0.2
RENEW_FOR = 3.0
EVENTS = {"/link/beat", "/audio/meters"}  # pushed as they happen or continuously, not state


def subscribe(client: ScaledOscClient) -> tuple[Message, dict[str, Message]]:
    """Subscribe and read the answer and the state dump that follows it (up to the last track's state)."""
    client.send("/subscribe")
    # The dump leaves right after the answer, before the answer to a /ping sent now.
    received = client.catch_up()
    answer = next(m for m in received if m.address == "/subscribed")
    return answer, {m.address: m for m in received if m.address not in EVENTS | {"/subscribed"}}


def test_a_subscriber_renewing_receives_no_repeated_dump(server: ServerProcess) -> None:
    with server.client() as client:
        first, dump = subscribe(client)
        assert first.args[0] == client.port and isinstance(first.args[1], str)
        assert {"/link/tempo", "/link/playing", "/looper/1/state"} <= set(dump)

        received: list[Message] = []
        renewals = 0
        end = time.monotonic() + RENEW_FOR
        while time.monotonic() < end:
            client.send("/subscribe")
            renewals += 1
            received.extend(client.messages(RENEW_EVERY))
        # A /dump afterwards is answered after every renewal (one socket, in order): its state marks the end.
        client.send("/dump")
        received.extend(client.catch_up())  # the whole dump, answered before the /ping that follows it

    counts = Counter(m.address for m in received if m.address not in EVENTS)
    assert counts["/subscribed"] == renewals >= 10
    assert {m.args for m in received if m.address == "/subscribed"} == {first.args}  # one server, one id
    assert {address: counts[address] for address in dump} == dict.fromkeys(dump, 1)  # only /dump's


def test_dump_sends_the_state_to_the_port_it_names(server: ServerProcess) -> None:
    with server.client() as asker, server.client() as listener:
        asker.send("/dump", listener.port)
        assert listener.wait_for("/link/tempo").args == (120.0,)
        assert listener.wait_for("/looper/1/state").args == ("EMPTY", 0)
        assert asker.request("/dump", 0, reply="/error").args[0] == "/dump"  # a bad port changes nothing
        assert asker.pairs()["subscribers"] == 0  # asking for the state subscribes nobody


def test_a_restarted_server_has_a_new_instance_and_sends_its_state_again() -> None:
    with ServerProcess("--audio", "none", "--midi-api", "none") as first, first.client() as client:
        port, own_port = first.port, client.port
        before, dump = subscribe(client)
        assert dump["/link/tempo"].args == (120.0,)
        first.stop()
        with ServerProcess("--audio", "none", "--midi-api", "none", "--port", str(port), "--tempo", "90"):
            # The client renews as usual; the new server has no subscription for it, so it sends the state.
            after, dump = subscribe(client)
    assert before.args[0] == after.args[0] == own_port
    assert after.args[1] != before.args[1]
    assert dump["/link/tempo"].args == (90.0,)


def test_monitor_prints_the_state_once_and_again_for_a_restarted_server() -> None:
    printed: list[str] = []
    with ServerProcess("--audio", "none", "--midi-api", "none") as first:
        port = first.port
        monitor = subprocess.Popen(
            [sys.executable, "-m", "oscserver", "monitor", "--port", str(port), "--renew", str(RENEW_EVERY)],
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
        )
        assert monitor.stdout is not None
        threading.Thread(target=lambda: printed.extend(monitor.stdout or ()), daemon=True).start()
        try:
            wait_until(lambda: any(line.endswith("/link/tempo 120.0\n") for line in printed), 10, "the dump")
            with first.client() as client:  # a change after some renewals, printed once
                wait_until(lambda: client.pairs()["subscribers"] == 1, 5, "the monitor's subscription")
                client.send("/link/tempo", 121)
            wait_until(lambda: any(line.endswith("/link/tempo 121.0\n") for line in printed), 5, "the change")
            first.stop()
            with ServerProcess("--audio", "none", "--midi-api", "none", "--port", str(port), "--tempo", "90"):
                wait_until(
                    lambda: any(line.endswith("/link/tempo 90.0\n") for line in printed), 10, "restart"
                )
        finally:
            monitor.send_signal(signal.SIGINT)
            monitor.wait(10)
    shown = [
        line.split("  ", 1)[1].strip()
        for line in printed
        if not line.split("  ", 1)[1].startswith("/link/beat")
    ]
    subscribed = [line for line in shown if line.startswith("/subscribed")]
    assert len(subscribed) == 2 and subscribed[0] != subscribed[1]  # the first answer, then the new instance
    assert [line for line in shown if line.startswith("/link/tempo")] == [
        "/link/tempo 120.0",
        "/link/tempo 121.0",
        "/link/tempo 90.0",
    ]
