"""Events handed to the JACK callback: each at its frame, in time order, late ones first, a full block."""

from __future__ import annotations

from oscserver.midi.cycle_clock import CycleClock
from oscserver.midi.handover import HandOver, Written

PERIOD = 256
SPF = 1 / 48000  # seconds per frame
START = 100.0  # host time of this cycle's first frame


def block() -> CycleClock:
    """A cycle starting at frame 1000 at host time 100 s: output is one period late, so the events it
    writes are those for host times in the period before START."""
    return CycleClock(1000, PERIOD, START, SPF)


def at_offset(offset: float) -> float:
    """The host time whose event belongs at ``offset`` of this block."""
    return START + (offset - PERIOD) * SPF


def run(queue: HandOver, room: int = 100) -> tuple[list[tuple[int, bytes]], list[Written]]:
    written: list[tuple[int, bytes]] = []
    reports: list[Written] = []

    def write(offset: int, data: bytes) -> bool:
        if len(written) >= room:
            return False
        written.append((offset, data))
        return True

    queue.write_due(block(), write, reports.append)
    return written, reports


def test_each_event_goes_at_its_own_offset_and_later_ones_wait() -> None:
    queue = HandOver()
    queue.put(b"\x90\x3c\x64", at_offset(37))
    queue.put(b"\xf8", at_offset(100.4))
    queue.put(b"\x80\x3c\x00", at_offset(PERIOD + 3))  # the next block's
    written, reports = run(queue)
    assert written == [(37, b"\x90\x3c\x64"), (100, b"\xf8")]
    assert [r.status for r in reports] == [0x90, 0xF8]
    assert abs((reports[1].stands_for - reports[1].intended) + 0.4 * SPF) < 1e-9  # rounded to its frame
    assert queue.waiting()
    assert run(queue)[0] == []  # the same block again: still not due


def test_an_event_put_now_after_one_for_later_goes_first() -> None:
    queue = HandOver()
    queue.put(b"\xb0\x01\x01", at_offset(200))
    queue.put(b"\xb0\x01\x02", at_offset(50))
    assert run(queue)[0] == [(50, b"\xb0\x01\x02"), (200, b"\xb0\x01\x01")]


def test_events_for_the_same_time_keep_their_order() -> None:
    queue = HandOver()
    for channel in range(16):
        queue.put(bytes((0xB0 + channel, 123, 0)), at_offset(10))
    assert [data[0] for _, data in run(queue)[0]] == [0xB0 + channel for channel in range(16)]


def test_a_late_event_goes_at_the_start_and_never_before_an_earlier_one() -> None:
    queue = HandOver()
    queue.put(b"\x90\x01\x01", at_offset(-500))  # its place passed long ago
    queue.put(b"\x90\x02\x01", at_offset(-3))
    queue.put(b"\x90\x03\x01", at_offset(5))
    written, reports = run(queue)
    assert [offset for offset, _ in written] == [0, 0, 5]
    assert reports[0].stands_for > reports[0].intended  # counted late


def test_a_full_block_leaves_the_rest_for_the_next() -> None:
    queue = HandOver()
    for note in range(5):
        queue.put(bytes((0x90, note, 1)), at_offset(note))
    assert [data[1] for _, data in run(queue, room=3)[0]] == [0, 1, 2]
    assert queue.waiting()
    assert run(queue)[0] == [(3, bytes((0x90, 3, 1))), (4, bytes((0x90, 4, 1)))]  # the same block, again
    assert not queue.waiting()
