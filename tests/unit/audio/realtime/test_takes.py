"""A take's one phase at a time, and what the track's buffer holds meanwhile (the loop table's status)."""

from __future__ import annotations

from oscserver.audio.looptable import LoopStatus
from oscserver.audio.realtime.voices import Contents, TakePhase
from oscserver.engine.loop_windows import BeatSpan
from oscserver.engine.looper import Capture
from tests.unit.audio.audio_rig import Rig


def status(rig: Rig, track: int = 0) -> LoopStatus:
    record = rig.memory.loop_table.read(track)
    assert record is not None
    return record.status


def test_an_armed_take_waits_then_copies_as_it_is_recorded_and_is_whole_once_its_end_is_rendered():
    rig = Rig(seconds=12)
    rig.run_to_beat(5.0)
    rig.arm(1, 1)  # beats 8..12
    rig.step()
    voice = rig.renderer.voices[0]
    take = voice.take
    assert take is not None and take.phase is TakePhase.WAITING
    assert (voice.contents, status(rig)) == (Contents.EMPTY, LoopStatus.FREE)
    rig.run_to_beat(8.5)
    assert take.phase is TakePhase.COPYING and take.copied > 0
    assert (voice.contents, voice.frames, status(rig)) == (Contents.RECORDING, 0, LoopStatus.BUSY)
    rig.run_to_beat(11.9)
    assert voice.take is take and take.phase is TakePhase.COPYING
    rig.run_to_beat(12.1)  # once the last bar line is rendered, every frame is in already
    assert voice.take is None and (take.phase, take.frames) == (TakePhase.SEALED, 96000)
    assert (voice.contents, voice.frames, status(rig)) == (Contents.WHOLE, 96000, LoopStatus.LOOP)


def test_a_take_that_plays_at_once_is_installed_then_copied_from_the_playhead_then_sealed():
    rig = Rig()
    rig.run_to_beat(13.0)
    rig.record(1, 1)  # beats 8..12, playing at once
    rig.step()
    voice = rig.renderer.voices[0]
    take = voice.take
    assert take is not None and take.phase is TakePhase.INSTALLED
    assert take.origin > 0 and 0 < take.copied < take.frames == 96000
    assert (voice.contents, voice.frames, status(rig)) == (Contents.PARTIAL, 96000, LoopStatus.BUSY)
    phases = []
    while voice.take is not None:
        rig.step()
        phases.append(take.phase)
    assert phases[-1] is TakePhase.SEALED  # the seam crossfaded before the take is let go
    assert (voice.contents, status(rig)) == (Contents.WHOLE, LoopStatus.LOOP)


def test_a_take_lost_on_a_track_cleared_in_the_same_block_leaves_the_track_free():
    # A silent (stopped) loop is cleared and, in the same block, a capture comes whose input is already
    # overwritten: the take is lost and the loop gone, so the track must read FREE (a session can then
    # install a loop there), not stay BUSY with a clear that has nothing left to fade out.
    rig = Rig(seconds=5)
    rig.run_to_beat(13.0)
    rig.record(1, 1)
    rig.run_to_beat(17.5)
    rig.stop(1)  # at beat 20
    rig.run_to_beat(22.0)
    assert rig.renderer.voices[0].env_end == 0.0  # silent
    rig.send([*rig.looper.clear(1), Capture(1, BeatSpan(0.0, 4.0), play_from=4.0, release_at=22.0)])
    rig.step()
    rig.step()
    assert status(rig) is LoopStatus.FREE
