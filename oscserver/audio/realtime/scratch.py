"""Every array the callback works in, made once when the renderer is built: the callback itself allocates
no audio-sized memory. Each user takes the leading ``[:n]`` (frames) or ``[:rows * n]`` (rows of frames) part
it needs for a block.

A *row* is a track that sounds in the block: playback computes all rows at once, one row per track.
"""

from __future__ import annotations

import numpy as np
import numpy.typing as npt

from oscserver.audio.realtime.voices import Voice

F32 = npt.NDArray[np.float32]
F64 = npt.NDArray[np.float64]
I64 = npt.NDArray[np.int64]


class Scratch:
    def __init__(self, tracks: int, block: int, fade_frames: int) -> None:
        many = tracks * block

        # -- per frame of a block
        self.ramp: F64 = np.arange(block, dtype=np.float64)  # 0, 1, 2, ...: never written
        self.beat: F64 = np.zeros(block, dtype=np.float64)  # the beat each frame is heard at
        self.guard: F64 = np.zeros(block, dtype=np.float64)  # the ramp a gain jump is spread over
        self.input: F32 = np.zeros((block, 2), dtype=np.float32)  # the block's input, as stereo
        self.mix: F32 = np.zeros((block, 2), dtype=np.float32)  # what the block plays
        self.levels: F32 = np.zeros((block, 2), dtype=np.float32)  # absolute values, for the meters
        self.click: F32 = np.zeros(block, dtype=np.float32)  # the click's part of the block

        # -- playback, per row and frame (rows x frames, flattened)
        self.position: F64 = np.zeros(many, dtype=np.float64)  # where each frame reads its loop
        self.floor: F64 = np.zeros(many, dtype=np.float64)
        self.fraction: F64 = np.zeros(many, dtype=np.float64)
        self.envelope: F64 = np.zeros(many, dtype=np.float64)  # each frame's gain
        self.work: F64 = np.zeros(many, dtype=np.float64)
        self.index0: I64 = np.zeros(many, dtype=np.int64)  # the stored frames either side of a position
        self.index1: I64 = np.zeros(many, dtype=np.int64)
        self.sample0: F32 = np.zeros((many, 2), dtype=np.float32)  # their values
        self.sample1: F32 = np.zeros((many, 2), dtype=np.float32)

        # -- playback, per row
        self.rows: list[Voice] = []  # the tracks that sound in this block, in row order
        self.row_jumping = [False] * tracks  # a row leaving its place: fade out, come back in next block
        self.row_position: F64 = np.zeros(tracks, dtype=np.float64)  # at its first frame
        self.row_rate: F64 = np.zeros(tracks, dtype=np.float64)  # loop frames per output frame
        self.row_frames: F64 = np.zeros(tracks, dtype=np.float64)  # stored frames
        self.row_whole_frames: I64 = np.zeros(tracks, dtype=np.int64)  # the same, as an integer
        self.row_exact: F64 = np.zeros(tracks, dtype=np.float64)
        self.row_offset: F64 = np.zeros(tracks, dtype=np.float64)
        self.row_base: I64 = np.zeros(tracks, dtype=np.int64)  # its buffer's first frame among all tracks'
        self.row_start: F64 = np.zeros(tracks, dtype=np.float64)  # beats
        self.row_stop: F64 = np.zeros(tracks, dtype=np.float64)
        self.row_gain: F64 = np.zeros(tracks, dtype=np.float64)
        self.row_jump: F64 = np.zeros(tracks, dtype=np.float64)  # last block's end gain, then the step to now

        # -- overdub, per frame of a block
        self.overdub_beat: F64 = np.zeros(block, dtype=np.float64)  # the beat each input frame was heard at
        self.overdub_position: F64 = np.zeros(block, dtype=np.float64)
        self.overdub_weight: F64 = np.zeros(block, dtype=np.float64)
        self.overdub_work: F64 = np.zeros(block, dtype=np.float64)
        self.overdub_index: I64 = np.zeros(block, dtype=np.int64)
        self.overdub_values: F32 = np.zeros((block, 2), dtype=np.float32)

        # -- a take's seam: the input just before its first frame
        self.seam: F32 = np.zeros((fade_frames, 2), dtype=np.float32)
