"""Servers that start, stop, are killed or fail to start next to a running Link session never move it.

The band is two LinkHuts in a private namespace, at 124 BPM and playing, with start/stop sync on. Two of
them, so that the session always keeps a member while servers come and go: a Link peer left alone founds a
new session, and a peer enabled within half a second of that can win the merge by a coin toss of session
ids, whoever it is (Link's own rule; no peer can prevent it), which is not what this test is about.

Servers ask for 60 BPM and share start/stop, under CPU load from two busy processes. Throughout, a watcher
reads LinkHut's status line: its tempo and transport never change, and a server that fails to start never
appears in the session.
"""

from __future__ import annotations

import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import ExitStack
from pathlib import Path

import pytest

from oscserver.cli.client import OscClient
from tests.support.jack import JackDummy
from tests.support.linkhut import LinkHut, LinkHutState
from tests.support.netns import NetNamespace
from tests.support.requirements import need_programs, need_root
from tests.support.server import ServerProcess
from tests.support.waiting import scaled, wait_status

pytestmark = pytest.mark.integration

BAND_TEMPO = 124.0
ROUNDS = 1  # two servers that fail to start, then four that start and go (one round: the test-time budget)


class Watcher:
    """Samples LinkHut's state in a thread; remembers every state that strays from the band's."""

    def __init__(self, hut: LinkHut) -> None:
        self.hut = hut
        self.strays: list[LinkHutState] = []
        self.peers_seen: list[int] = []
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        while not self._stop.is_set():
            state = self.hut.state()
            if state is not None:
                self.peers_seen.append(state.peers)
                if state.tempo != pytest.approx(BAND_TEMPO) or not state.playing:
                    self.strays.append(state)
            time.sleep(0.01)

    def __enter__(self) -> Watcher:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()


@pytest.fixture
def band() -> Iterator[tuple[NetNamespace, LinkHut]]:
    need_root("create a private network namespace for Link")
    need_programs("ip", "LinkHut", "jackd")
    with (
        NetNamespace() as namespace,
        JackDummy() as jack,
        LinkHut(jack.env, prefix=namespace.command([])) as hut,
        LinkHut(jack.env, prefix=namespace.command([])) as other,
    ):
        hut.press("as")  # Link on, start/stop sync on
        other.press("as")
        hut.wait_until(
            lambda s: s.enabled and s.start_stop_sync and s.peers == 1, scaled(30), what="the band together"
        )
        hut.press("eeee")  # 120 -> 124 BPM
        hut.press(" ")  # play
        for member in (hut, other):
            member.wait_until(
                lambda s: s.tempo == pytest.approx(BAND_TEMPO) and s.playing, what="124, playing"
            )
        yield namespace, hut


@pytest.fixture
def cpu_load() -> Iterator[None]:
    busy = [subprocess.Popen([sys.executable, "-c", "while True: pass"]) for _ in range(2)]
    try:
        yield
    finally:
        for process in busy:
            process.kill()
            process.wait()


def server(namespace: NetNamespace, data_dir: Path, *args: str) -> ServerProcess:
    return ServerProcess(
        "--data-dir",
        str(data_dir),
        "--no-autosave",
        "--midi-api",
        "none",
        "--tempo",
        "60",
        "--start-stop-sync",
        *args,
        link=True,
        prefix=namespace.command([]),
    )


def fail_to_start(namespace: NetNamespace, data_dir: Path, *args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        server(namespace, data_dir, *args).argv,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        text=True,
    )


def band_peers(hut: LinkHut) -> int:
    state = hut.state()
    assert state is not None
    return state.peers


def test_servers_coming_and_going_leave_the_session_alone(
    band: tuple[NetNamespace, LinkHut], cpu_load: None, tmp_path: Path
) -> None:
    namespace, hut = band
    with Watcher(hut) as watcher:
        for _ in range(ROUNDS):
            # Two that fail once their audio or their session is looked at: none may join the band. (A
            # server killed in the round before may still be counted, until Link's five-second time-out.)
            members = band_peers(hut)
            watcher.peers_seen.clear()
            failing = [
                fail_to_start(namespace, tmp_path, *args)
                for args in [("--audio", "nosuchdevice"), ("--audio", "none", "--session", "no-such-session")]
            ]
            for failed in failing:
                assert failed.wait(timeout=scaled(60)) != 0
            seen = max(watcher.peers_seen, default=members)
            assert seen <= members, f"a server that failed to start joined the session ({seen} > {members})"

            # Four that start side by side and go: one stopped and one killed once they are in the band (each
            # counts both LinkHuts), two stopped as soon as they are up, whether Link took them in yet or not.
            servers = [server(namespace, tmp_path, "--audio", "none") for _ in range(4)]
            stopped, killed, brief = servers[0:1], servers[1:2], servers[2:4]
            with ExitStack() as running, ThreadPoolExecutor(len(servers)) as pool:
                for process in servers:
                    running.callback(process.stop)
                list(pool.map(ServerProcess.start, servers))
                for process in brief:
                    process.stop(signal.SIGTERM)
                for process in stopped + killed:
                    with OscClient("127.0.0.1", process.port, sock=namespace.socket()) as osc:
                        wait_status(osc, "peers", lambda peers: int(peers) >= 2, timeout=30)
                for process in stopped:
                    process.stop(signal.SIGTERM)
                for process in killed:
                    process.stop(signal.SIGKILL)

    assert watcher.strays == [], f"the band was moved: {watcher.strays[:3]}"
