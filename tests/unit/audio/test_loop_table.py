"""The loop table: each track's loop as the renderer publishes it (a seqlock per track), through a take's
life, a clear, and a loop the server installs."""

from __future__ import annotations

import numpy as np
import pytest

from oscserver.audio.looptable import LOOP_RECORD_SIZE, LoopShape, LoopStatus, LoopTable
from oscserver.audio.realtime.commands import Event, Op
from oscserver.exceptions import Unavailable
from tests.unit.audio.audio_rig import Rig, ramp

BAR = 96000


def test_a_record_hands_over_what_was_written_and_zeros_are_a_free_track():
    array = np.zeros((2, LOOP_RECORD_SIZE))
    table = LoopTable(array)
    assert table.read(0) is not None and table.read(0).status is LoopStatus.FREE  # type: ignore[union-attr]
    table.write(1, LoopStatus.LOOP, 480, 479.5, 0.25, 4.0, 8.0)
    record = table.read(1)
    assert record is not None and record.status is LoopStatus.LOOP and record.sequence == 2
    assert record.shape == LoopShape(480, 479.5, 0.25, 4.0, 8.0)


def test_a_torn_record_is_never_trusted():
    array = np.zeros((1, LOOP_RECORD_SIZE))
    table = LoopTable(array)
    table.write(0, LoopStatus.LOOP, 480, 480.0, 0.0, 4.0, 8.0)
    array[0, 0] += 1.0  # a write began (odd sequence)...
    array[0, 2] = 960.0  # ...and has changed the length only
    assert table.read(0) is None and table.settled(0) is None
    array[0, 0] += 1.0  # a writer that died half way: even, but the check value does not match
    assert table.read(0) is None
    table.write(0, LoopStatus.FREE, 0, 0.0, 0.0, 1.0, 0.0)
    assert table.read(0) is not None


def status(rig: Rig, track: int = 0) -> LoopStatus:
    record = rig.memory.loop_table.read(track)
    assert record is not None
    return record.status


def test_the_renderer_publishes_a_take_busy_while_it_is_copied_then_whole_then_free_after_a_clear():
    rig = Rig()
    rig.run_to_beat(13.0)
    rig.record(1, 1)
    rig.step()  # the take begins and is installed at once (its bar lines are past)...
    assert status(rig) is LoopStatus.BUSY
    rig.run_beats(1)  # ...and is copied within a few blocks
    record = rig.memory.loop_table.read(0)
    assert record is not None and record.status is LoopStatus.LOOP
    voice = rig.renderer.voices[0]
    assert record.shape == LoopShape(BAR, voice.exact, voice.offset, 4.0, 8.0)
    assert voice.exact == pytest.approx(96000.0, abs=1e-6) and voice.offset == pytest.approx(0.0, abs=1e-6)
    loop = rig.control.read_loop(0)
    assert loop is not None and loop[0] == record.shape
    np.testing.assert_array_equal(loop[1], rig.stored(2 * BAR, BAR))
    rig.send(rig.looper.clear(1))
    rig.step()  # fading out: still read
    assert status(rig) in (LoopStatus.BUSY, LoopStatus.FREE)
    rig.step()
    assert status(rig) is LoopStatus.FREE and rig.control.read_loop(0) is None


def test_an_armed_take_leaves_the_old_loop_whole_until_it_begins():
    rig = Rig(seconds=12)
    rig.run_to_beat(13.0)
    rig.record(1, 1)
    rig.run_beats(1)
    rig.arm(1, 1)  # beats 16..20
    rig.step()
    assert status(rig) is LoopStatus.LOOP
    rig.run_to_beat(16.5)
    assert status(rig) is LoopStatus.BUSY  # the new take is being written over it
    rig.run_to_beat(20.5)
    assert status(rig) is LoopStatus.LOOP


def test_a_loop_installed_by_the_server_plays_when_played_on_its_beat():
    rig = Rig()
    rig.run_to_beat(1.0)
    shape = LoopShape(BAR, 96000.0, 0.0, 4.0, 0.0)
    frames = ramp(5000, BAR)
    rig.control.install_loop(0, shape, frames)
    rig.looper.restore(1, 1, playing=False)
    rig.step()
    assert status(rig) is LoopStatus.LOOP
    rig.play(1)  # at beat 4
    rig.run_to_beat(9.0)
    out = rig.output
    start, end = 4 * 24000, 8 * 24000  # beats 4 to 8: the whole loop from its start (anchor 0)
    np.testing.assert_array_equal(out[start:end], frames[np.arange(start, end) % BAR])
    assert not out[: start - rig.renderer.fade_frames].any()


def test_the_server_installs_only_into_a_free_track_and_the_renderer_refuses_one_that_is_not():
    rig = Rig()
    rig.run_to_beat(13.0)
    rig.record(1, 1)
    rig.run_beats(1)
    shape = LoopShape(480, 480.0, 0.0, 4.0, 0.0)
    with pytest.raises(Unavailable, match="track 1 is still in use by the audio engine"):
        rig.control.install_loop(0, shape, ramp(0, 480))
    # A command that reaches the renderer anyway (it never should) changes nothing and is reported.
    rig.memory.commands.put((Op.INSTALL, 0.0, 480.0, 480.0, 0.0, 4.0, 0.0))
    rig.step()
    assert rig.renderer.voices[0].frames == BAR
    assert [Event.INSTALL_REFUSED, 0.0] in [e[:2] for e in rig.control.events()]
