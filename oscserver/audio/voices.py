"""What the renderer keeps per track: the loop it plays and when (:class:`Voice`), and a take on its way
from the input history into the track (:class:`Take`). Plain records with slots: the callback reads and
writes their fields every block."""

from __future__ import annotations

import math

INF = math.inf


class Take:
    """A take on its way from the input history into a track."""

    __slots__ = (
        "baked",
        "began",
        "copied",
        "end",
        "exact",
        "frames",
        "heard_start",
        "input_start",
        "installed",
        "latency",
        "offset",
        "origin",
        "play_from",
        "start",
        "stop",
    )

    def __init__(self, start: float, end: float, play_from: float) -> None:
        self.start = start
        self.end = end
        self.play_from = play_from
        self.stop = INF
        self.began = False  # its input frames are known and copying has started
        self.installed = False  # its end is known and the track plays it
        self.baked = False  # the seam crossfade is done
        self.heard_start = 0.0
        self.input_start = 0
        self.latency = 0
        self.frames = -1  # unknown until the end bar line is rendered
        self.exact = 0.0
        self.offset = 0.0
        self.origin = 0  # the loop frame copying started from (the playhead, for a take that plays at once)
        self.copied = 0


class Voice:
    """A track as the renderer sees it: its loop and when it sounds, in beats."""

    __slots__ = (
        "anchor",
        "clear_after",
        "env_end",
        "exact",
        "frames",
        "gain",
        "index",
        "jump",
        "loop_beats",
        "next_pos",
        "od_start",
        "od_stop",
        "offset",
        "start",
        "stop",
        "take",
        "whole",
    )

    def __init__(self, index: int) -> None:
        self.index = index
        self.frames = 0  # 0: nothing to play
        self.exact = 0.0
        self.offset = 0.0
        self.loop_beats = 1.0
        self.anchor = 0.0
        self.start = INF  # full gain from this beat (ramping in just before)
        self.stop = INF  # ramping out from this beat
        self.gain = 1.0
        self.od_start = INF
        self.od_stop = INF
        self.env_end = 0.0  # the gain its last frame was played at
        self.next_pos = math.nan  # where the loop should be at the next block, if it continues
        self.jump = False
        self.clear_after = False
        self.whole = False  # every frame of the loop is in the track (a take completely copied, or installed)
        self.take: Take | None = None
