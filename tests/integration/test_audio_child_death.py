"""The audio process killed under a running server on the silent device (``--audio none``): the server
notices, says so (``/audio/ok 0``), starts a fresh audio process with the loops it had and says so
(``/audio/ok 1``); the loop is in the new renderer, playing.

At 240 BPM with a quantum of 2 a bar is half a second; every wait is on a condition.
"""

from __future__ import annotations

import json
import signal
from collections.abc import Callable

import pytest

from oscserver.cli.client import OscClient
from oscserver.osc.codec import Message, OscArg
from tests.support.audio_process import audio_children
from tests.support.server import ServerProcess
from tests.support.waiting import wait_for_history, wait_until

pytestmark = pytest.mark.integration


def pushed(osc: OscClient, address: str, check: Callable[[tuple[OscArg, ...]], bool], what: str) -> Message:
    """The next push to ``address`` whose arguments pass ``check`` (others are skipped)."""

    def heard() -> Message | None:
        for message in osc.receive(0.1):
            if message.address == address and check(tuple(message.args)):
                return message
        return None

    message = wait_until(heard, 20.0, what)
    assert message is not None
    return message


def test_a_killed_audio_process_is_noticed_said_and_restarted_with_its_loops() -> None:
    args = ("--audio", "none", "--midi-api", "none", "--tempo", "240", "--history", "20", "--tracks", "2")
    with ServerProcess(*args) as server, server.client() as osc:
        assert osc.request("/link/quantum", 2.0).args == (2.0,)
        wait_for_history(osc, 1.5)
        osc.request("/subscribe", reply="/subscribed")
        osc.send("/looper/1/record", 1)
        pushed(osc, "/looper/1/state", lambda a: a == ("PLAYING", 1), "track 1 playing")
        [first] = wait_until(lambda: audio_children(server), 10.0, "the audio process")

        first.send_signal(signal.SIGKILL)
        down = pushed(osc, "/audio/ok", lambda a: a[0] == 0, "/audio/ok 0")
        assert "killed by signal 9" in str(down.args[1])
        pushed(osc, "/audio/ok", lambda a: a[0] == 1, "/audio/ok 1")

        [second] = audio_children(server)
        assert second.pid != first.pid
        info = osc.pairs("/audio/status")
        assert (info["ok"], info["reconnects"], info["silent"]) == (1, 1, 1)
        assert osc.pairs("/status")["audio_ok"] == 1
        assert osc.request("/looper/1/state").args == ("PLAYING", 1)
        # The loop is in the new renderer (a save reads it from there), playing.
        assert osc.request("/session/save", "after", reply="/done", timeout=15).args == (
            "/session/save",
            "after",
        )
        document = json.loads((server.data_dir / "after" / "session.json").read_text())
        track = document["parts"]["looper"]["tracks"][0]
        assert track["state"] == "PLAYING" and track["bars"] == 1 and track["loop"]["frames"] == 24000
