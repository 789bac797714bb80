from __future__ import annotations

from oscserver.engine.clock import ManualClock
from oscserver.osc.subscribers import Publisher, Subscribers
from tests.support.fakes import ManualTimers, RecordingPeer


def make() -> tuple[Publisher, RecordingPeer, ManualTimers]:
    clock = ManualClock()
    timers = ManualTimers(clock)
    subscribers = Subscribers()
    peer = RecordingPeer()
    subscribers.add(peer)
    return Publisher(subscribers, clock.now, timers.call_later), peer, timers


def test_state_pushes_are_deduplicated_events_are_not() -> None:
    publisher, peer, _ = make()
    publisher.publish("/link/tempo", (120.0,))
    publisher.publish("/link/tempo", (120.0,))
    publisher.publish("/link/tempo", (121.0,))
    publisher.publish("/link/tempo", (121.0,), force=True)
    publisher.event("/link/beat", (1.0, 1, 2))
    publisher.event("/link/beat", (1.0, 1, 2))
    assert peer.take() == [
        ("/link/tempo", (120.0,)),
        ("/link/tempo", (121.0,)),
        ("/link/tempo", (121.0,)),
        ("/link/beat", (1.0, 1, 2)),
        ("/link/beat", (1.0, 1, 2)),
    ]


def test_continuous_values_are_sent_at_most_50_times_a_second_latest_wins() -> None:
    publisher, peer, timers = make()
    # 1000 updates a second for one second.
    for i in range(1000):
        publisher.continuous("/meter", (float(i),))
        timers.advance(0.001)
    timers.advance(0.1)
    values = [float(args[0]) for _, args in peer.take()]  # type: ignore[arg-type]
    assert 49 <= len(values) <= 51
    assert values[0] == 0.0 and values[-1] == 999.0  # the first at once, the last never lost
    assert values == sorted(values)


def test_subscribers_are_bounded_and_subscribing_twice_is_harmless() -> None:
    import pytest

    from oscserver.exceptions import Overloaded

    subscribers = Subscribers(limit=2)
    a = RecordingPeer(port=1)
    assert subscribers.add(a) is True
    assert subscribers.add(RecordingPeer(port=1)) is False
    subscribers.add(RecordingPeer(port=2))
    with pytest.raises(Overloaded, match="2 subscribers"):
        subscribers.add(RecordingPeer(port=3))
    assert len(subscribers) == 2
