"""JACK by name: two servers on one JACK server, and every name each reports is the one JACK gave.

JACK gives the second client named ``oscserver`` the name ``oscserver-01``. The second server's log, its
``/status``, the first server's ``/midi/inputs`` and ``oscserver devices`` must all call its virtual output
``oscserver-01:out``, and each server lists the other's output among the ports it can listen to.
"""

from __future__ import annotations

import subprocess
import sys

import pytest

from tests.support.jack import JackDummy
from tests.support.requirements import need_programs
from tests.support.server import ServerProcess
from tests.support.waiting import scaled, wait_status, wait_until

pytestmark = pytest.mark.integration


def test_a_second_server_is_called_what_jack_calls_it_everywhere() -> None:
    need_programs("jackd", "jack_lsp")
    with (
        JackDummy() as jack,
        ServerProcess("--audio", "none", "--midi-api", "jack", env=jack.env) as first,
        first.client() as first_osc,
    ):
        wait_status(first_osc, "midi_outputs", lambda value: value == "oscserver:out")
        with (
            ServerProcess("--audio", "none", "--midi-api", "jack", env=jack.env) as second,
            second.client() as second_osc,
        ):
            wait_status(second_osc, "midi_outputs", lambda value: value == "oscserver-01:out")
            assert sorted(port for port in jack.ports() if ":out" in port) == [
                "oscserver-01:out",
                "oscserver:out",
            ]
            said = "MIDI on jack: virtual output oscserver-01:out"
            wait_until(lambda: any(said in line for line in second.log), what="the name in the log")
            assert not any("virtual output oscserver:out" in line for line in second.log)

            # Each lists the other's output as a port to listen to, never its own.
            assert second_osc.request("/midi/inputs").args == ("oscserver:out",)
            assert first_osc.request("/midi/inputs").args == ("oscserver-01:out",)

            devices = subprocess.run(
                [sys.executable, "-m", "oscserver", "devices"],
                env=jack.env,
                capture_output=True,
                text=True,
                timeout=scaled(30),
                check=True,
            ).stdout
            assert "    in   oscserver:out\n" in devices and "    in   oscserver-01:out\n" in devices
