"""What one packet may cost and how future bundles are admitted: exact counts, on a manual clock."""

from __future__ import annotations

import struct

from oscserver.osc.codec import encode_message
from oscserver.osc.scheduler import BundleScheduler
from oscserver.osc.service import Limits
from tests.support.fakes import ManualTimers, RecordingPeer
from tests.unit.osc.test_service import Harness, bundle_at


def immediate_bundle(*messages: bytes) -> bytes:
    elements = b"".join(struct.pack(">i", len(m)) + m for m in messages)
    return b"#bundle\x00" + b"\x00" * 7 + b"\x01" + elements


def nested(*bundles: bytes) -> bytes:
    """An immediate bundle whose elements are bundles (each with its own timetag)."""
    return immediate_bundle(*bundles)


def test_a_packet_over_the_target_budget_is_refused_whole_with_one_error() -> None:
    h = Harness(Limits(max_targets_per_packet=10))
    peer = RecordingPeer()
    h.osc.handle_datagram(immediate_bundle(*[encode_message("/go")] * 11), peer)
    [(address, (where, message))] = peer.take()
    assert address == "/error" and where == ""
    assert "more than 10 targets" in str(message) and "nothing of it was carried out" in str(message)
    assert h.calls == []
    assert h.osc.stats.over_budget == 1


def test_a_packet_within_the_target_budget_runs_every_message() -> None:
    h = Harness(Limits(max_targets_per_packet=10))
    peer = RecordingPeer()
    h.osc.handle_datagram(immediate_bundle(*[encode_message("/go")] * 10), peer)
    assert len(h.calls) == 10
    assert peer.take() == [("/went", ())] * 10


def test_a_pattern_costs_every_target_it_matches() -> None:
    h = Harness(Limits(max_targets_per_packet=4))
    peer = RecordingPeer()
    # /* matches the five endpoints of the harness: over a budget of four, though it is one message.
    h.send(peer, "/*")
    [(address, (_, message))] = peer.take()
    assert address == "/error" and "more than 4 targets" in str(message)


def test_messages_that_name_nothing_still_count() -> None:
    h = Harness(Limits(max_targets_per_packet=3))
    peer = RecordingPeer()
    h.osc.handle_datagram(immediate_bundle(*[encode_message("/nowhere")] * 4), peer)
    [(address, (_, message))] = peer.take()
    assert address == "/error" and "more than 3 targets" in str(message)


def test_replies_beyond_the_byte_budget_are_dropped_and_said_once() -> None:
    reply = len(encode_message("/went", ()))
    h = Harness(Limits(max_reply_bytes_per_packet=3 * reply))
    peer = RecordingPeer()
    h.osc.handle_datagram(immediate_bundle(*[encode_message("/go")] * 5), peer)
    answers = peer.take()
    assert answers[:3] == [("/went", ())] * 3
    assert len(answers) == 4
    address, (where, message) = answers[3]
    assert address == "/error" and where == ""
    assert "more than" in str(message) and "2 were not sent" in str(message)
    assert len(h.calls) == 5  # the work is bounded by the target budget; every message was carried out


def test_the_byte_budget_closes_with_the_packet() -> None:
    reply = len(encode_message("/went", ()))
    h = Harness(Limits(max_reply_bytes_per_packet=reply))
    peer = RecordingPeer()
    h.osc.handle_datagram(bundle_at(1.0, encode_message("/go"), encode_message("/go")), peer)
    h.timers.run_until(2.0)  # the scheduled replies come after the packet: they are not paid from it
    assert peer.take() == [("/went", ())] * 2


def test_a_bundle_is_admitted_whole_or_refused_whole() -> None:
    h = Harness(Limits(max_pending_bundles=3))
    peer = RecordingPeer()
    packet = nested(*(bundle_at(1.0 + i, encode_message("/go")) for i in range(4)))
    h.osc.handle_datagram(packet, peer)
    assert h.osc.scheduler.pending == 0
    [(address, (where, message))] = peer.take()
    assert address == "/error" and where == "#bundle" and "nothing of it was scheduled" in str(message)
    h.timers.run_until(10.0)
    assert h.calls == []


def test_a_refused_bundle_runs_none_of_its_timed_messages_either() -> None:
    h = Harness(Limits(max_pending_bundles=1))
    peer = RecordingPeer()
    h.osc.handle_datagram(bundle_at(1.0, encode_message("/go")), peer)  # fills the one slot
    h.osc.handle_datagram(bundle_at(3.0, encode_message("/timed"), encode_message("/go")), peer)
    assert h.calls == []  # /timed would run at once with its timetag, but its bundle was refused
    assert h.osc.scheduler.pending == 1
    assert [address for address, _ in peer.take()] == ["/error"]


def test_one_packet_of_many_messages_at_one_timetag_is_one_bundle() -> None:
    h = Harness(Limits(max_pending_bundles=1))
    peer = RecordingPeer()
    h.osc.handle_datagram(bundle_at(1.0, *[encode_message("/go")] * 20), peer)
    assert h.osc.scheduler.pending == 1
    h.timers.run_until(1.0)
    assert len(h.calls) == 20


def test_bundles_are_bounded_per_sender_as_well_as_in_all() -> None:
    h = Harness(Limits(max_pending_bundles=6, max_pending_bundles_per_sender=2))
    greedy, other, third = RecordingPeer("10.0.0.1"), RecordingPeer("10.0.0.2"), RecordingPeer("10.0.0.3")
    for _ in range(3):
        h.osc.handle_datagram(bundle_at(1.0, encode_message("/go")), greedy)
    assert h.osc.scheduler.pending == 2
    [(address, (_, message))] = greedy.take()
    assert address == "/error" and "at most 2 may wait per sender" in str(message)
    for peer in (other, third):
        for _ in range(2):
            h.osc.handle_datagram(bundle_at(1.0, encode_message("/go")), peer)
    assert h.osc.scheduler.pending == 6 and other.take() == [] and third.take() == []
    fourth = RecordingPeer("10.0.0.4")
    h.osc.handle_datagram(bundle_at(1.0, encode_message("/go")), fourth)
    [(address, (_, message))] = fourth.take()
    assert "at most 6 may wait" in str(message)
    h.timers.run_until(1.0)
    assert len(h.calls) == 6
    h.osc.handle_datagram(bundle_at(2.0, encode_message("/go")), greedy)  # its slots are free again
    assert h.osc.scheduler.pending == 1


def test_scheduler_counts_per_sender_and_releases_on_fire() -> None:
    from oscserver.engine.clock import ManualClock

    timers = ManualTimers(ManualClock())
    scheduler = BundleScheduler(timers.call_later, limit=10, per_sender=3)
    fired: list[int] = []
    scheduler.schedule_all("a", [(1.0, lambda: fired.append(1)), (2.0, lambda: fired.append(2))])
    assert scheduler.waiting_for("a") == 2 and scheduler.pending == 2
    timers.run_until(1.5)
    assert fired == [1] and scheduler.waiting_for("a") == 1
    scheduler.cancel_all()
    assert scheduler.pending == 0 and scheduler.waiting_for("a") == 0
