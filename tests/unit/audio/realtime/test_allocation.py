"""The audio callback allocates no memory for samples: numpy makes no array and no buffer in it.

tracemalloc sees every allocation, numpy's included (its arrays' data under its own domain, its ufunc
buffers and iterators under Python's). What else a block allocates is the interpreter's own small objects
(array views, integers past 256), about 2 KB alive at once here; any buffer numpy made for a block of 2048
frames would be at least 8 KB (one float32 channel), and the temporaries the callback used to make came to
about 200 KB a block of this size.
"""

from __future__ import annotations

import tracemalloc

import numpy as np

from oscserver.audio.memory import Stat
from oscserver.audio.realtime.voices import TakePhase
from oscserver.engine import looper_instrument as verbs
from oscserver.engine.looper import Input, TrackState
from tests.unit.audio.audio_rig import Rig

BLOCK = 2048
INTERPRETER_ALLOWANCE = 4096  # bytes: views and integers, never a buffer of BLOCK frames (8192 bytes or more)


def noise(first: int, count: int) -> np.ndarray:
    return np.random.default_rng(first).uniform(-0.5, 0.5, (count, 2)).astype(np.float32)


class MeasuredBlocks:
    """Renders blocks like :meth:`Rig.step`, with tracemalloc measuring what each ``process`` call alone
    allocates beyond what was traced when it began (its peak, so what it freed before returning counts)."""

    def __init__(self, rig: Rig) -> None:
        self.rig = rig
        self.incoming = np.zeros((BLOCK, 2), dtype=np.float32)
        self.outgoing = np.zeros((BLOCK, 2), dtype=np.float32)
        self.allocated: list[int] = []
        self.copying_takes = 0  # blocks in which a take was being copied into its track
        self.overdubbing = 0  # blocks in which a loop was overdubbed

    def run(self, blocks: int) -> None:
        rig = self.rig
        renderer = rig.renderer
        for _ in range(blocks):
            self.incoming[:] = noise(rig.frame, BLOCK)
            heard = rig.heard(rig.frame)
            before = tracemalloc.get_traced_memory()[0]
            tracemalloc.reset_peak()
            renderer.process(self.incoming, self.outgoing, heard)
            self.allocated.append(tracemalloc.get_traced_memory()[1] - before)
            voices = renderer.voices
            self.copying_takes += any(
                v.take is not None and v.take.phase >= TakePhase.COPYING for v in voices
            )
            self.overdubbing += any(v.od_start <= rig.beat_now() < v.od_stop for v in voices)
            rig.frame += BLOCK
            rig.changes.extend(rig.looper.advance(rig.beat_now()))


def test_blocks_with_every_kind_of_work_make_numpy_allocate_nothing():
    rig = Rig(tracks=8, seconds=12, block=BLOCK, latency=300, source=noise)
    rig.control.set_click(True, 0.5)
    rig.run_to_beat(13.0)
    for track in range(1, 7):
        rig.record(track, 1 + track % 2)  # kept from the input history, playing at once
    rig.run_beats(2)
    rig.arm(7, 1)  # recorded over the coming bar, while everything is measured
    rig.arm(8, 2)
    rig.send(verbs.feedback(rig.looper, 1, 0.5))  # an overdub pass that fades the loop under it
    rig.send([Input(8, 2, 0)])  # a take from the right input channel alone
    rig.overdub(1, True)
    rig.overdub(2, True)
    rig.send(verbs.reverse(rig.looper, 2, True, rig.beat_now(), rig.timeline))  # overdubbed, backwards
    rig.send(verbs.speed(rig.looper, 4, 0.5, rig.beat_now(), rig.timeline))
    rig.run_beats(1)  # warm-up: every path once (a new take, the first overdubbed block)
    tracemalloc.start()
    try:
        blocks = MeasuredBlocks(rig)
        blocks.run(60)  # past bar lines and the loops' ends
        rig.set_tempo(132.0, at_frame=rig.frame - 480)  # a tempo change that moves the beat: a glide
        rig.send(rig.looper.set_volume(3, 0.5))
        blocks.run(60)
        rig.set_tempo(90.0)  # slower than recorded: overdubbed frames land twice on a loop frame
        blocks.run(60)
        kept = rig.control.read_loop(5)  # track 6's loop put in place of track 5's (as undo does)
        assert kept is not None
        rig.control.replace_loop(4, kept[0], kept[1])
        blocks.run(2)  # the crossfade
        rig.control.return_loop(4, kept[1])
        blocks.run(2)
    finally:
        tracemalloc.stop()
    assert [rig.looper.state(track)[0] for track in range(1, 9)] == [TrackState.PLAYING] * 8
    assert len(rig.renderer.scratch.rows) == 8
    voices = rig.renderer.voices
    assert voices[1].reversed and voices[0].od_keep == 0.5 and voices[7].inputs == (2, 0)
    assert blocks.copying_takes > 0 and blocks.overdubbing > 0
    assert rig.renderer.click.enabled
    assert rig.renderer.stats[Stat.HANDOVERS] == 1.0 and rig.renderer.stats[Stat.SPARE_READER] == 0.0
    assert voices[4].frames == voices[5].frames and not voices[4].in_spare
    assert max(blocks.allocated) < INTERPRETER_ALLOWANCE, sorted(blocks.allocated)[-5:]
