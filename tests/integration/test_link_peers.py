"""The server and Ableton's LinkHut in one private network namespace follow each other."""

from __future__ import annotations

import math
from collections.abc import Callable, Iterator
from typing import TypeVar

import pytest

from oscserver.osc.codec import Message, OscArg
from tests.support.client import ScaledOscClient
from tests.support.jack import JackDummy
from tests.support.linkhut import LinkHut
from tests.support.netns import NetNamespace
from tests.support.requirements import need_programs, need_root
from tests.support.server import ServerProcess
from tests.support.waiting import wait_until

pytestmark = pytest.mark.integration

T = TypeVar("T")


@pytest.fixture(scope="module")
def namespace() -> Iterator[NetNamespace]:
    need_root("create a private network namespace for Link")
    need_programs("ip", "LinkHut", "jackd")
    with NetNamespace() as ns:
        yield ns


@pytest.fixture(scope="module")
def shared_linkhut(namespace: NetNamespace) -> Iterator[LinkHut]:
    # Debian's LinkHut plays its metronome through JACK; a dummy server is enough.
    with JackDummy() as jack, LinkHut(jack.env, prefix=namespace.command([])) as hut:
        hut.press("a")  # enable Link
        hut.wait_until(lambda s: s.enabled, what="Link enabled")
        yield hut


@pytest.fixture
def linkhut(shared_linkhut: LinkHut) -> LinkHut:
    """The module's LinkHut, alone in its session, stopped, start-stop sync off (its tempo as left)."""
    hut = shared_linkhut
    hut.wait_until(lambda s: s.peers == 0, what="no peers (the last test's server gone)")
    state = hut.state()
    assert state is not None
    if state.playing:
        hut.press(" ")
    if state.start_stop_sync:
        hut.press("s")
    return hut


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
    before = linkhut.state().tempo  # type: ignore[union-attr]
    linkhut.press("eeee")  # 4 BPM up before the server exists
    linkhut.wait_until(lambda s: s.tempo == pytest.approx(before + 4), what=f"{before + 4:g} BPM")
    with (
        ServerProcess(
            "--audio", "none", "--midi-api", "none", "--tempo", "90", link=True, prefix=namespace.command([])
        ) as process,
        ScaledOscClient("127.0.0.1", process.port, sock=namespace.socket()) as osc,
    ):
        assert osc.request("/link/peers").args == (1,)
        tempo = osc.request("/link/tempo").args[0]
        assert tempo == pytest.approx(before + 4, abs=0.01)
    assert linkhut.state().tempo == pytest.approx(before + 4)  # type: ignore[union-attr]


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


class Pushes:
    """Every push a subscribed client receives, kept in order, each with the beat of the ``/link/beat`` push
    before it (on every beat the server pushes ``/link/beat`` first, then each sounding loop's position)."""

    def __init__(self, osc: ScaledOscClient) -> None:
        self.osc = osc
        self.seen: list[tuple[float, Message]] = []
        self._beat = math.nan
        self._looked = 0  # where the next :meth:`until` starts looking: after the push the last one found

    def _take(self) -> None:
        for message in self.osc.receive(0.05):
            if message.address == "/link/beat":
                self._beat = float(message.args[0])
            self.seen.append((self._beat, message))

    def _wait(self, found: Callable[[], T | None], what: str) -> T:
        def taken() -> T | None:
            self._take()
            return found()

        try:
            return wait_until(taken, 5.0, what)
        except TimeoutError as err:
            beats = "/link/beat", "/looper/1/position"
            others = [m for _, m in self.seen if m.address not in beats]
            raise TimeoutError(f"{err}; pushes besides beats and positions: {others}") from err

    def until(self, address: str, args: tuple[OscArg, ...] | None = None) -> int:
        """Wait for the next push to ``address`` (carrying ``args``) after the one the last call found; its
        index in :attr:`seen`."""

        def found() -> int | None:
            for index in range(self._looked, len(self.seen)):
                message = self.seen[index][1]
                if message.address == address and (args is None or tuple(message.args) == args):
                    return index + 1  # (never 0: a wait wants something true)
            return None

        self._looked = self._wait(found, f"a push of {address} {args or ''}")
        return self._looked - 1

    def positions(self, count: int, after: int) -> list[tuple[float, float]]:
        """The first ``count`` (beat, position) pairs of track 1 pushed after index ``after`` (waited for)."""

        def found() -> list[tuple[float, float]] | None:
            pairs = [
                (beat, float(message.args[0]))
                for beat, message in self.seen[after + 1 :]
                if message.address == "/looper/1/position"
            ]
            return pairs[:count] if len(pairs) >= count else None

        return self._wait(found, f"{count} positions of track 1")

    def after(self, index: int, address: str) -> list[tuple[OscArg, ...]]:
        """The arguments of every push to ``address`` received after index ``index``."""
        return [tuple(m.args) for _, m in self.seen[index + 1 :] if m.address == address]


def heard_frames(osc: ScaledOscClient) -> int:
    """How many frames of input the looper has taken in (on the silent device, 48,000 a second)."""
    frames = osc.pairs("/audio/status")["frames"]
    assert isinstance(frames, int), frames
    return frames


def phases(pairs: list[tuple[float, float]], loop_beats: float) -> set[float]:
    """Where on the beat grid each (beat, position) pair puts the loop's start: one value for a loop in
    phase (a loop is anchored to the grid: its position is the beats since its anchor over its length)."""
    return {round((beat / loop_beats - position) % 1.0, 6) for beat, position in pairs}


def test_loops_follow_linkhut_stopping_and_starting_in_phase_unless_told_not_to(
    linked_server, linkhut: LinkHut
) -> None:
    _, osc = linked_server
    # A bar of one beat at 240 BPM (a quarter of a second), start-stop sync on both sides, LinkHut playing.
    assert osc.request("/link/quantum", 1.0).args == (1.0,)
    assert osc.request("/link/tempo", 240.0).args == (240.0,)
    # (LinkHut applies a key to the session as it last showed it: a key pressed before it shows the new
    # tempo would set its old one back.)
    linkhut.wait_until(lambda s: s.tempo == pytest.approx(240.0), what="240 BPM")
    linkhut.press("s")
    linkhut.wait_until(lambda s: s.start_stop_sync, what="start-stop sync on")
    assert osc.request("/link/startstopsync", 1).args == (1,)
    linkhut.press(" ")
    wait_until(lambda: osc.request("/link/playing").args == (1,), what="the server playing with LinkHut")
    assert osc.request("/looper/follow").args == (1,)  # (the default)

    # A two-bar loop (two beats) playing on track 1, on the silent device. A press up to three quarters of a
    # bar late keeps the two bars before: 2.75 beats, 0.69 s at 240 BPM, heard after the tempo changed (the
    # server checks a take against its history at the tempo in force; one reaching back to beats heard at
    # LinkHut's old tempo would be accepted, then lost).
    heard = heard_frames(osc)
    wait_until(lambda: heard_frames(osc) >= heard + 0.75 * 48000, what="0.75 s heard at 240 BPM")
    answer = osc.request("/looper/1/record", 2, reply="/looper/1/state")
    assert answer.address == "/looper/1/state", answer
    wait_until(lambda: osc.request("/looper/1/state").args == ("PLAYING", 2), what="the take playing")
    osc.request("/subscribe", reply="/subscribed")
    osc.catch_up()  # the state dump
    pushes = Pushes(osc)
    before = pushes.positions(2, after=-1)

    # LinkHut stops the session: the track stops at the next bar line, and says so.
    linkhut.press(" ")
    stopping = pushes.until("/looper/1/state", ("STOPPING", 2))
    stopped = pushes.until("/looper/1/state", ("STOPPED", 2))
    assert pushes.after(stopping, "/looper/1/state") == [("STOPPED", 2)]
    assert osc.request("/looper/1/state").args == ("STOPPED", 2)

    # LinkHut starts it again: the track plays from the next bar line, where it would have been had it
    # played on (its start at the same place on the beat grid before the stop and after the start).
    linkhut.press(" ")
    playing = pushes.until("/looper/1/state", ("PLAYING", 2))
    assert pushes.after(stopped, "/looper/1/state") == [("TRIGGERED", 2), ("PLAYING", 2)]
    after = pushes.positions(2, after=playing)
    assert len(phases(before + after, 2.0)) == 1, (before, after)

    # Told not to follow: LinkHut's stop leaves the loop playing through the bar lines after it.
    assert osc.request("/looper/follow", 0).args == (0,)
    linkhut.press(" ")
    stop = pushes.until("/link/playing", (0,))
    # Its position pushed on the beat after the bar line where a stop would have taken effect (every beat
    # is one): it sounded on through it, and no state was pushed.
    pushes.positions(2, after=stop)
    assert pushes.after(stop, "/looper/1/state") == []
    assert osc.request("/looper/1/state").args == ("PLAYING", 2)
