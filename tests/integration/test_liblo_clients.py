"""liblo's oscsend and oscdump, an independent OSC implementation, against the server."""

from __future__ import annotations

import re
import socket
import subprocess
import threading
from collections.abc import Iterator

import pytest

from tests.support.ports import udp_port_bound
from tests.support.requirements import need_programs
from tests.support.server import ServerProcess
from tests.support.waiting import scaled, wait_until

pytestmark = pytest.mark.integration

_TIMESTAMP = re.compile(r"^[0-9a-f]{8}\.[0-9a-f]{8} ")


def free_udp_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class OscDump:
    """``oscdump PORT``, its lines collected as they come."""

    def __init__(self, port: int) -> None:
        self.port = port
        self.lines: list[str] = []
        self.process = subprocess.Popen(
            ["stdbuf", "-oL", "oscdump", str(port)],
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
        )
        threading.Thread(target=self._read, daemon=True).start()
        # Bound before anything is sent there (else a datagram would be lost).
        wait_until(lambda: udp_port_bound(port), what=f"oscdump listening on port {port}")

    def _read(self) -> None:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            # oscdump prefixes each message with the NTP time it arrived ("eeabfd41.7323cc8d /addr ...").
            self.lines.append(_TIMESTAMP.sub("", line.strip()))

    def wait_for(self, text: str, timeout: float = 5.0) -> str:
        try:
            return wait_until(
                lambda: next((line for line in list(self.lines) if text in line), None),
                timeout,
                what=f"oscdump printing a line with {text!r}",
            )
        except TimeoutError as err:
            raise TimeoutError(f"{err}; it printed {self.lines[-10:]}") from err

    def stop(self) -> None:
        self.process.terminate()
        self.process.wait(scaled(5))


@pytest.fixture
def dump() -> Iterator[OscDump]:
    need_programs("oscsend", "oscdump", "stdbuf")
    listener = OscDump(free_udp_port())
    yield listener
    listener.stop()


def oscsend(server: ServerProcess, address: str, types: str = "", *values: str) -> None:
    subprocess.run(
        ["oscsend", "127.0.0.1", str(server.port), address, types, *values], check=True, timeout=scaled(10)
    )


def test_oscsend_subscribes_oscdump_and_sees_the_state_and_changes(
    server: ServerProcess, dump: OscDump
) -> None:
    oscsend(server, "/subscribe", "i", str(dump.port))
    assert dump.wait_for("/subscribed").startswith(f"/subscribed is {dump.port} ")
    assert dump.wait_for("/link/tempo") == "/link/tempo f 120.000000"

    oscsend(server, "/link/tempo", "f", "133.5")
    assert dump.wait_for("133.5") == "/link/tempo f 133.500000"
    oscsend(server, "/link/tempo", "i", "90")  # Max-style int where a float is expected
    assert dump.wait_for("90.0") == "/link/tempo f 90.000000"
    dump.wait_for("/link/beat f")


def test_liblo_bundles_and_booleans(server: ServerProcess, dump: OscDump) -> None:
    oscsend(server, "/subscribe", "i", str(dump.port))
    dump.wait_for("/subscribed")
    oscsend(server, "/link/playing", "T")
    assert dump.wait_for("/link/playing i 1") == "/link/playing i 1"
    oscsend(server, "/link/playing", "F")
    assert dump.wait_for("/link/playing i 0") == "/link/playing i 0"


def test_liblo_gets_errors_at_its_port(server: ServerProcess, dump: OscDump) -> None:
    # liblo's oscsend sends from an ephemeral port it closes at once, so errors are observed by
    # subscribing oscdump and making the server push the state it refused to change.
    oscsend(server, "/subscribe", "i", str(dump.port))
    dump.wait_for("/subscribed")
    oscsend(server, "/link/tempo", "f", "5000")
    oscsend(server, "/link/tempo", "f", "140")
    dump.wait_for("/link/tempo f 140")
    assert not [line for line in dump.lines if line.startswith("/link/tempo") and "5000" in line]
