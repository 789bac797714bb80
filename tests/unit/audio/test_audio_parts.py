"""The audio engine's small parts: the lock-free cells, command records, calibration, the shared layout."""

from __future__ import annotations

import itertools
import math

import numpy as np
import pytest

from oscserver.audio.calibration import measure_delay
from oscserver.audio.cells import TIMELINE_CELL_SIZE, Mailbox, TimelineCell
from oscserver.audio.commands import encode
from oscserver.audio.devices import DeviceRequest, choose_device
from oscserver.audio.memory import EngineMemory, Layout, SharedArena
from oscserver.audio.realtime.commands import Op
from oscserver.audio.sounds import calibration_signal
from oscserver.engine.loop_windows import BeatSpan
from oscserver.engine.looper import Capture, Gain
from oscserver.engine.timeline import Timeline

# -- the timeline seqlock -------------------------------------------------------------------------------


def test_the_timeline_cell_hands_over_what_was_published():
    array = np.zeros(TIMELINE_CELL_SIZE)
    writer, reader = TimelineCell(array), TimelineCell(array)
    assert reader.read() is None
    writer.publish(Timeline(time=5.0, beat=2.0, tempo=133.0, quantum=3.0), playing=True)
    assert reader.read() == Timeline(time=5.0, beat=2.0, tempo=133.0, quantum=3.0)
    assert reader.playing


def test_a_reader_catching_a_write_half_done_keeps_the_last_whole_value():
    array = np.zeros(TIMELINE_CELL_SIZE)
    writer, reader = TimelineCell(array), TimelineCell(array)
    first = Timeline(time=1.0, beat=0.0, tempo=120.0)
    writer.publish(first, playing=False)
    assert reader.read() == first
    array[0] += 1.0  # a write began (odd sequence) ...
    array[3] = 140.0  # ... and has changed the tempo only
    assert reader.read() == first
    array[0] += 1.0  # a writer that died half way: even, but the check value does not match
    assert reader.read() == first
    writer.publish(Timeline(time=2.0, beat=2.0, tempo=140.0), playing=False)
    assert reader.read() == Timeline(time=2.0, beat=2.0, tempo=140.0)


# -- the mailbox ----------------------------------------------------------------------------------------


def mailbox(capacity: int = 4) -> Mailbox:
    return Mailbox(np.zeros(2), np.zeros((capacity, 8)))


def test_a_mailbox_delivers_records_in_order_and_refuses_when_full():
    box = mailbox(capacity=2)
    assert box.put((1.0, 2.0)) and box.put((3.0,))
    assert not box.put((4.0,))
    assert box.refused == 1
    assert box.get() == [1.0, 2.0, 0, 0, 0, 0, 0]
    assert box.put((5.0,))
    assert [box.get(), box.get(), box.get()] == [[3.0] + [0.0] * 6, [5.0] + [0.0] * 6, None]


def test_a_record_whose_stamp_has_not_landed_is_left_for_later():
    box = mailbox()
    box.put((7.0,))
    box._records[0, 0] = 0.0  # as a reader on another core might see it before the stamp's store
    assert box.get() is None
    box._records[0, 0] = 1.0
    assert box.get() == [7.0] + [0.0] * 6


def test_effects_encode_as_records_with_tracks_counted_from_zero():
    capture = Capture(3, BeatSpan(8.0, 12.0), play_from=12.0, release_at=13.5)
    assert encode(capture) == (Op.CAPTURE, 2.0, 8.0, 12.0, 12.0, 13.5)
    assert encode(Gain(1, 0.5, True)) == (Op.GAIN, 0.0, 0.0)
    assert encode(Gain(1, 0.5, False)) == (Op.GAIN, 0.0, 0.5)


# -- calibration ----------------------------------------------------------------------------------------


@pytest.mark.parametrize("delay", [0, 1, 256, 517, 4800])
def test_the_delay_of_the_calibration_signal_is_found_to_the_frame(delay):
    signal = calibration_signal(48000)
    rng = np.random.default_rng(delay)
    recorded = rng.normal(0, 0.02, signal.size + 48000)  # room noise
    recorded[delay : delay + signal.size] += 0.3 * signal  # through a quieter loopback
    assert measure_delay(recorded, signal, 48000) == delay


def test_no_loopback_gives_no_delay():
    signal = calibration_signal(48000)
    noise = np.random.default_rng(5).normal(0, 0.1, signal.size + 48000)
    assert measure_delay(noise, signal, 48000) is None
    assert measure_delay(np.zeros(signal.size + 48000), signal, 48000) is None


# -- memory and devices ---------------------------------------------------------------------------------


def test_both_sides_of_a_shared_arena_see_the_same_memory_and_its_name_can_go_at_once():
    layout = Layout(tracks=2, history_frames=4800, track_frames=4800)
    arena = SharedArena.create(layout.size)
    other = SharedArena.attach(arena.handle)
    arena.unlink()
    ours, theirs = EngineMemory(layout, arena.buffer), EngineMemory(layout, other.buffer)
    ours.loops[1, 10] = (0.25, -0.5)
    assert theirs.loops[1, 10].tolist() == [0.25, -0.5]
    assert ours.commands.put((1.0,)) and theirs.commands.get() == [1.0] + [0.0] * 6
    del ours, theirs


def test_the_layout_keeps_every_part_aligned_and_apart():
    layout = Layout(tracks=3, history_frames=1001, track_frames=999)
    placed = sorted(layout.offsets().values())
    for (offset, shape, dtype), (next_offset, _, _) in itertools.pairwise(placed):
        assert offset % 64 == 0
        assert offset + math.prod(shape) * np.dtype(dtype).itemsize <= next_offset


def test_audio_none_is_the_silent_device():
    choice = choose_device(DeviceRequest("none", 44100, 128))
    assert choice.index is None and (choice.samplerate, choice.blocksize) == (44100, 128)
    assert choice.note == ""
