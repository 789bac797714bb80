"""The server and Ableton's LinkHut in one private network namespace follow each other."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.support.client import ScaledOscClient
from tests.support.jack import JackDummy
from tests.support.linkhut import LinkHut
from tests.support.netns import NetNamespace
from tests.support.requirements import need_programs, need_root
from tests.support.server import ServerProcess

pytestmark = pytest.mark.integration


@pytest.fixture
def namespace() -> Iterator[NetNamespace]:
    need_root("create a private network namespace for Link")
    need_programs("ip", "LinkHut", "jackd")
    with NetNamespace() as ns:
        yield ns


@pytest.fixture
def linkhut(namespace: NetNamespace) -> Iterator[LinkHut]:
    # Debian's LinkHut plays its metronome through JACK; a dummy server is enough.
    with JackDummy() as jack, LinkHut(jack.env, prefix=namespace.command([])) as hut:
        hut.press("a")  # enable Link
        hut.wait_until(lambda s: s.enabled, what="Link enabled")
        yield hut


@pytest.fixture
def linked_server(
    namespace: NetNamespace, linkhut: LinkHut
) -> Iterator[tuple[ServerProcess, ScaledOscClient]]:
    with (
        ServerProcess(
            "--audio", "none", "--midi-api", "none", link=True, prefix=namespace.command([])
        ) as process,
        ScaledOscClient("127.0.0.1", process.port, sock=namespace.socket()) as osc,
    ):
        linkhut.wait_until(lambda s: s.peers == 1, what="one peer (the server)")
        yield process, osc


def test_server_joins_the_session_and_adopts_its_tempo(namespace: NetNamespace, linkhut: LinkHut) -> None:
    linkhut.press("eeee")  # 120 -> 124 BPM before the server exists
    linkhut.wait_until(lambda s: s.tempo == pytest.approx(124.0), what="124 BPM")
    with (
        ServerProcess(
            "--audio", "none", "--midi-api", "none", "--tempo", "90", link=True, prefix=namespace.command([])
        ) as process,
        ScaledOscClient("127.0.0.1", process.port, sock=namespace.socket()) as osc,
    ):
        assert osc.request("/link/peers").args == (1,)
        tempo = osc.request("/link/tempo").args[0]
        assert tempo == pytest.approx(124.0, abs=0.01)
    assert linkhut.state().tempo == pytest.approx(124.0)  # type: ignore[union-attr]


def test_tempo_set_on_the_server_reaches_linkhut(linked_server, linkhut: LinkHut) -> None:
    _, osc = linked_server
    assert osc.request("/link/tempo", 133.0).args == (133.0,)
    linkhut.wait_until(lambda s: s.tempo == pytest.approx(133.0), what="133 BPM")


def test_tempo_set_on_linkhut_reaches_the_server_and_its_subscribers(linked_server, linkhut: LinkHut) -> None:
    _, osc = linked_server
    osc.request("/subscribe", reply="/subscribed")
    osc.catch_up()  # the state dump
    before = linkhut.state().tempo  # type: ignore[union-attr]
    linkhut.press("e")
    pushed = osc.wait_for("/link/tempo", timeout=5)
    assert pushed.args[0] == pytest.approx(before + 1, abs=0.01)
    assert osc.request("/link/tempo").args[0] == pytest.approx(before + 1, abs=0.01)


def test_start_stop_sync_both_ways(linked_server, linkhut: LinkHut) -> None:
    _, osc = linked_server
    linkhut.press("s")
    linkhut.wait_until(lambda s: s.start_stop_sync, what="start-stop sync on")
    assert osc.request("/link/startstopsync", 1).args == (1,)
    osc.request("/subscribe", reply="/subscribed")
    osc.catch_up()  # the state dump

    # Started on the server: LinkHut starts.
    osc.send("/link/playing", 1)
    linkhut.wait_until(lambda s: s.playing, what="playing")
    # Stopped on LinkHut: the server stops and pushes it.
    linkhut.press(" ")
    linkhut.wait_until(lambda s: not s.playing, what="stopped")
    osc.wait_for_args("/link/playing", (0,), timeout=3)
    assert osc.request("/link/playing").args == (0,)
    # Started on LinkHut: the server starts.
    linkhut.press(" ")
    linkhut.wait_until(lambda s: s.playing, what="playing again")
    assert osc.wait_for("/link/playing", timeout=5).args == (1,)
