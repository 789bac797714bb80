"""The Link session logic on a manual clock: beat pushes, /sync and tempo changes at exact times."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, field

import pytest

from oscserver.engine.clock import ManualClock
from oscserver.exceptions import InvalidArgument
from oscserver.link.clock import LinkClock
from oscserver.link.fake import FakeLinkPort
from oscserver.link.service import LinkService
from oscserver.link.timer import BeatTimer
from oscserver.osc.codec import parse_packet
from oscserver.osc.subscribers import Publisher, Subscribers
from tests.support.fakes import ManualTimers


@dataclass
class StampingPeer:
    """Records each push with the manual-clock time it was sent at."""

    clock: ManualClock
    host: str = "127.0.0.1"
    port: int = 9000
    log: list[tuple[float, str, tuple[object, ...]]] = field(default_factory=list)

    @property
    def key(self) -> tuple[str, str, int]:
        return ("udp", self.host, self.port)

    def send(self, data: bytes) -> None:
        for m in parse_packet(data):
            self.log.append((self.clock.now(), m.address, m.args))

    def at_port(self, port: int) -> StampingPeer:
        return StampingPeer(self.clock, self.host, port)

    def at(self, address: str) -> list[tuple[float, tuple[object, ...]]]:
        return [(t, args) for t, a, args in self.log if a == address]


class Rig:
    def __init__(self, tempo: float = 120.0) -> None:
        self.clock = ManualClock(tempo=tempo)
        self.port = FakeLinkPort(self.clock, tempo=tempo)
        self.timers = ManualTimers(self.clock)
        link_clock = LinkClock(self.port, now=self.clock.now)
        subscribers = Subscribers()
        self.peer = StampingPeer(self.clock)
        subscribers.add(self.peer)
        publisher = Publisher(subscribers, self.clock.now, self.timers.call_later)
        self.link = LinkService(
            self.port,
            link_clock,
            BeatTimer(link_clock, self.timers.call_later),
            publisher,
            self.timers.call_later,
        )
        self.link.start()
        self.peer.log.clear()


def test_a_beat_is_pushed_on_every_beat_with_bar_and_beat_in_bar() -> None:
    rig = Rig(tempo=120.0)
    rig.timers.run_until(2.6)
    assert rig.peer.at("/link/beat") == [
        (0.5, (1.0, 1, 2)),
        (1.0, (2.0, 1, 3)),
        (1.5, (3.0, 1, 4)),
        (2.0, (4.0, 2, 1)),
        (2.5, (5.0, 2, 2)),
    ]


def test_a_tempo_change_mid_beat_moves_the_next_beats() -> None:
    rig = Rig(tempo=120.0)
    rig.timers.run_until(0.25)  # beat 0.5
    rig.port.peer_sets_tempo(60.0)  # another peer halves the tempo
    rig.timers.run_until(2.0)
    assert [t for t, _ in rig.peer.at("/link/beat")] == [0.75, 1.75]
    assert rig.peer.at("/link/tempo") == [(0.25, (60.0,))]


def test_sync_answers_at_the_next_multiple_plus_offset() -> None:
    rig = Rig(tempo=120.0)
    rig.timers.run_until(0.25)  # beat 0.5
    reached: list[tuple[float, float]] = []
    target = rig.link.sync(4.0, 0.5, lambda beat: reached.append((rig.clock.now(), beat)))
    assert target == 4.5
    rig.timers.run_until(10.0)
    assert reached == [(2.25, 4.5)]


def test_sync_follows_a_tempo_change_before_its_beat() -> None:
    rig = Rig(tempo=120.0)
    reached: list[tuple[float, float]] = []
    rig.link.sync(4.0, 0.0, lambda beat: reached.append((rig.clock.now(), beat)))
    rig.timers.run_until(1.0)  # beat 2
    rig.link.set_tempo(60.0)  # two beats left, now one a second
    rig.timers.run_until(10.0)
    assert reached == [(3.0, 4.0)]


def test_our_own_tempo_change_is_pushed_once_and_checked() -> None:
    rig = Rig()
    rig.link.set_tempo(128.0)
    rig.port.peer_sets_tempo(128.0)  # Link reports our own change back
    assert rig.peer.at("/link/tempo") == [(0.0, (128.0,))]
    with pytest.raises(InvalidArgument, match="between 20 and 999 BPM, got 5000"):
        rig.link.set_tempo(5000.0)
    assert rig.link.tempo == 128.0


def test_start_stop_and_peers_from_the_session_are_pushed() -> None:
    rig = Rig()
    rig.port.peer_sets_playing(True)
    rig.port.peer_count_changed(2)
    assert rig.peer.at("/link/playing") == [(0.0, (1,))]
    assert rig.peer.at("/link/peers") == [(0.0, (2,))]


def test_quantum_changes_bars() -> None:
    rig = Rig(tempo=120.0)
    rig.link.set_quantum(3.0)
    rig.timers.run_until(1.6)
    assert [args for _, args in rig.peer.at("/link/beat")] == [(1.0, 1, 2), (2.0, 1, 3), (3.0, 2, 1)]
    with pytest.raises(InvalidArgument, match="quantum must be between 1 and 16"):
        rig.link.set_quantum(0.5)


def test_joining_a_running_session_commits_nothing_and_takes_its_tempo_and_transport() -> None:
    async def scenario() -> None:
        rig = Rig(tempo=120.0)
        rig.link.set_tempo(90.0)  # our own tempo, while Link is still off (App.start does this)

        async def band_answers() -> None:
            await asyncio.sleep(0.005)
            rig.port.playing_ = True
            rig.port.clock.set_tempo(124.0)  # the session's, reported by Link only a moment later
            rig.port.peer_count_changed(1)

        answering = asyncio.create_task(band_answers())
        await rig.link.join(enable=True, window=1.0)
        await answering
        assert rig.port.actions == [("tempo", 90.0), ("enabled", True)]
        assert (rig.link.tempo, rig.link.playing) == (124.0, True)

    asyncio.run(scenario())


def test_a_session_found_after_the_wait_gets_no_commit_either() -> None:
    # Under load Link can take longer than the wait to take us in; whatever the timing, nothing we commit
    # may follow the enabling (it could land in the band's session and impose our tempo on it).
    async def scenario() -> None:
        rig = Rig(tempo=120.0)
        rig.link.set_tempo(90.0)
        await rig.link.join(enable=True, window=0.01)
        assert rig.link.tempo == 90.0  # alone so far: our own tempo holds
        rig.port.peer_count_changed(1)
        rig.port.peer_sets_tempo(124.0)
        assert rig.port.actions == [("tempo", 90.0), ("enabled", True)]
        assert rig.link.tempo == 124.0

    asyncio.run(scenario())


def test_joining_with_link_off_leaves_it_off() -> None:
    async def scenario() -> None:
        rig = Rig(tempo=120.0)
        await rig.link.join(enable=False)
        assert rig.port.actions == []
        assert not rig.link.enabled

    asyncio.run(scenario())


def test_a_late_echo_of_our_own_earlier_tempo_is_not_believed() -> None:
    # Link handles each commit again on its own thread: two sets in quick succession can come back as
    # "128" after "99.5" was set. The server keeps 99.5 and pushes no 128.
    rig = Rig(tempo=120.0)
    rig.link.set_tempo(128.0)
    rig.link.set_tempo(99.5)
    rig.port.report_tempo(128.0)  # the echo of the first commit (Link's state reverts for a moment)
    rig.port.clock.set_tempo(99.5)  # ...and settles on the latest
    rig.port.report_tempo(99.5)
    rig.timers.advance(0.1)  # the re-check after the echo finds 99.5 as well
    assert rig.link.tempo == 99.5
    assert [args for _, args in rig.peer.at("/link/tempo")] == [(128.0,), (99.5,)]


def test_a_peer_setting_our_earlier_tempo_is_believed_after_the_recheck() -> None:
    rig = Rig(tempo=120.0)
    rig.link.set_tempo(128.0)
    rig.link.set_tempo(99.5)
    rig.port.peer_sets_tempo(128.0)  # a real change by another peer, to a value we set a moment ago
    assert rig.link.tempo == 99.5  # taken for an echo at first
    rig.timers.advance(0.1)
    assert rig.link.tempo == 128.0  # Link still says 128 when checked again: it is real
    assert [args for _, args in rig.peer.at("/link/tempo")][-1] == (128.0,)


def test_a_late_echo_of_start_or_stop_is_not_believed() -> None:
    rig = Rig()
    rig.link.set_playing(True)
    rig.link.set_playing(False)
    rig.port.report_playing(True)  # the echo of the start
    rig.timers.advance(0.1)
    assert rig.link.playing is False
    assert [args for _, args in rig.peer.at("/link/playing")] == [(1,), (0,)]


def test_own_commits_are_forgotten_after_the_echo_window() -> None:
    from oscserver.link.commits import ECHO_WINDOW_SECONDS, OwnCommits

    commits: OwnCommits[float] = OwnCommits()
    commits.committed(128.0, now=0.0)
    commits.committed(99.5, now=0.01)
    assert commits.is_stale_echo(128.0, now=0.02)
    assert not commits.is_stale_echo(99.5, now=0.02)  # the latest is no echo
    assert not commits.is_stale_echo(140.0, now=0.02)  # never ours: a peer
    assert not commits.is_stale_echo(128.0, now=ECHO_WINDOW_SECONDS + 0.5)  # too old to be an echo
