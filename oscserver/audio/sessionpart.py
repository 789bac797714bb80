"""The looper's part of a session: tracks (state, bars, volume, mute, and each loop with its shape), the
click and the latency in ``session.json``; each loop's frames in ``track-<n>.wav``.

A loop is saved with what the renderer needs to play it on the beat again: its stored frames, its exact
length in frames, the phase offset of its first frame, its length in beats and its anchor beat (a bar line
at which it starts). Loading puts it back sample for sample at the same place in the bar.
"""

from __future__ import annotations

import math
from collections.abc import Awaitable, Collection, Mapping
from typing import Any

import numpy as np

from oscserver.audio.endpoints import MAX_BARS
from oscserver.audio.looptable import LoopShape, StoredLoop
from oscserver.audio.looptools import STRETCH_MODES
from oscserver.audio.sessionsettings import follow_from, settings_from, settings_state
from oscserver.audio.subsystem import MAX_LATENCY_SECONDS, LooperSubsystem, TrackSetting
from oscserver.engine.timeline import BEAT_EPSILON, MAX_QUANTUM, MAX_TEMPO, MIN_QUANTUM, MIN_TEMPO
from oscserver.exceptions import InvalidArgument
from oscserver.sessions.parts import finite, require, shown
from oscserver.sessions.parts import number as within
from oscserver.sessions.store import Audio, HasShape

SAVED_STATES = ("EMPTY", "PLAYING", "STOPPED")
STEM_PREFIX = "track-"
# How far from its nominal rate a device's clock may run: a loop's frames per beat are measured on it, so the
# tempo they imply is the recording tempo to within this fraction.
CLOCK_TOLERANCE = 0.01


def stem(number: int) -> str:
    return f"{STEM_PREFIX}{number}"


class LooperPart:
    key = "looper"

    def __init__(self, looper: LooperSubsystem) -> None:
        self._looper = looper

    # -- saving ---------------------------------------------------------------------------------------

    async def capture(self) -> tuple[dict[str, Any], Audio]:
        looper = self._looper
        await looper.settle()  # a take just recorded is saved, not left out while it is being copied
        tracks: list[dict[str, Any]] = []
        audio: Audio = {}
        for setting in looper.track_settings():
            loop = setting.loop
            entry: dict[str, Any] = {
                # A loop that was playing (or about to) is PLAYING; one stopping or stopped is STOPPED.
                "state": "EMPTY" if loop is None else ("PLAYING" if setting.playing else "STOPPED"),
                "bars": setting.bars,
                "volume": setting.volume,
                "muted": setting.muted,
                "stretch": looper.tools.stretch_mode(setting.number).value,
                "loop": None,
                **settings_state(setting.settings),
            }
            if loop is not None:
                shape = loop.shape
                entry["loop"] = {
                    "frames": shape.frames,
                    "exact": shape.exact,
                    "offset": shape.offset,
                    "loop_beats": shape.loop_beats,
                    "anchor": shape.anchor,
                }
                audio[stem(setting.number)] = loop.frames
            tracks.append(entry)
        state = {
            "tracks": tracks,
            "click": {"enabled": looper.click_enabled, "volume": float(looper.click_volume)},
            "latency": float(looper.latency),
            "follow": looper.looper.follow,
        }
        return state, audio

    # -- loading --------------------------------------------------------------------------------------

    def check(self, state: dict[str, Any], audio: Mapping[str, HasShape], samplerate: int) -> Collection[str]:
        return _with_loops(self._settings(state, audio, samplerate)[0])

    def apply(self, state: dict[str, Any], audio: Audio, samplerate: int) -> Awaitable[None]:
        settings, click_enabled, click_volume, latency = self._settings(state, audio, samplerate)
        return self._looper.restore(settings, click_enabled, click_volume, latency, follow_from(state))

    def _settings(
        self, state: Any, audio: Mapping[str, HasShape], samplerate: int
    ) -> tuple[dict[int, TrackSetting], bool, float, float]:
        """Everything the section says, checked; :class:`InvalidArgument` at the first thing wrong."""
        looper = self._looper
        if not isinstance(state, dict):
            raise InvalidArgument("the looper section must be an object")
        tracks = require(state, "tracks", list, "looper")
        if len(tracks) > looper.tracks:
            raise InvalidArgument(
                f"looper.tracks holds {len(tracks)} tracks; this server runs {looper.tracks} (--tracks)"
            )
        settings: dict[int, TrackSetting] = {}
        for index, entry in enumerate(tracks):
            setting = self._track(index + 1, entry, audio, samplerate)
            settings[setting.number] = setting
        owned = _with_loops(settings)
        strays = sorted(s for s in audio if s.startswith(STEM_PREFIX) and s not in owned)
        if strays:
            raise InvalidArgument(f"looper: audio {', '.join(strays)} belongs to no track with a loop")
        click = require(state, "click", dict, "looper")
        click_enabled = require(click, "enabled", bool, "looper.click")
        click_volume = within(click, "volume", "looper.click", 0.0, 1.0)
        latency = within(state, "latency", "looper", 0.0, MAX_LATENCY_SECONDS, " seconds")
        follow_from(state)  # (checked here, applied with the rest)
        return settings, click_enabled, click_volume, latency

    def _track(self, number: int, entry: Any, audio: Mapping[str, HasShape], samplerate: int) -> TrackSetting:
        where = f"looper.tracks[{number - 1}]"  # (track `number`)
        if not isinstance(entry, dict):
            raise InvalidArgument(f"{where} must be an object")
        saved = require(entry, "state", str, where)
        if saved not in SAVED_STATES:
            raise InvalidArgument(f"{where}.state must be one of {', '.join(SAVED_STATES)}, got {saved!r}")
        bars = require(entry, "bars", int, where)
        volume = within(entry, "volume", where, 0.0, 1.0)
        muted = require(entry, "muted", bool, where)
        stretch = entry.get("stretch", "tape")  # (sessions saved before it had a stretch mode: tape)
        if stretch not in STRETCH_MODES:
            raise InvalidArgument(f"{where}.stretch must be one of {', '.join(STRETCH_MODES)}")
        instrument = settings_from(entry, where)
        described = entry.get("loop")
        if saved == "EMPTY":
            if described is not None or stem(number) in audio:
                raise InvalidArgument(f"{where} is EMPTY but a loop is saved for it")
            return TrackSetting(number, volume=volume, muted=muted, stretch=stretch, settings=instrument)
        if not 1 <= bars <= MAX_BARS:
            raise InvalidArgument(f"{where}.bars must be between 1 and {MAX_BARS}, got {shown(bars)}")
        if not isinstance(described, dict):
            raise InvalidArgument(f"{where} is {saved} but has no loop")
        running = self._looper.samplerate
        if samplerate != running:
            raise InvalidArgument(
                f"the session's loops are at {samplerate} Hz and the audio device runs at {running} Hz; "
                f"load it with the device at {samplerate} Hz"
            )
        shape = _shape(
            described,
            f"{where}.loop",
            bars,
            samplerate,
            capacity=math.ceil(self._looper.config.history * running),
        )
        frames = audio.get(stem(number))
        if frames is None:
            raise InvalidArgument(f"{where} has a loop but its audio {stem(number)}.wav is missing")
        if frames.shape != (shape.frames, 2):
            held = (
                f"{frames.shape[0]} frames of {frames.shape[1]} channels"
                if len(frames.shape) == 2
                else f"an array of shape {frames.shape}"
            )
            raise InvalidArgument(
                f"{where}: {stem(number)}.wav holds {held}; the loop is {shape.frames} stereo float frames"
            )
        if not isinstance(frames, np.ndarray):  # only described so far: its samples are checked once read
            return TrackSetting(number, volume, muted, None, bars, saved == "PLAYING", stretch, instrument)
        if frames.dtype != np.float32 or not np.isfinite(frames).all():
            raise InvalidArgument(f"{where}: {stem(number)}.wav holds samples that are not finite numbers")
        loop = StoredLoop(shape, frames)
        return TrackSetting(number, volume, muted, loop, bars, saved == "PLAYING", stretch, instrument)


def _with_loops(settings: dict[int, TrackSetting]) -> set[str]:
    """The stems of the tracks with a loop (its audio read or only described: a track without one has no
    bars)."""
    return {stem(n) for n, setting in settings.items() if setting.bars > 0}


def _shape(described: dict[str, Any], where: str, bars: int, samplerate: int, capacity: int) -> LoopShape:
    """The loop's shape, when the renderer can play it: besides what :meth:`LoopShape.problem` asks (its
    frames fit a track, its exact length fits its frames, an offset within a frame), its length in beats
    is ``bars`` bars of a bar length Link allows, its frames are that many beats at a tempo Link allows,
    and its anchor is a beat a float places to within a frame."""
    frames = require(described, "frames", int, where)
    if not 1 <= frames <= capacity:
        raise InvalidArgument(
            f"{where}: its length must be between 1 and {capacity} frames, got {shown(frames)}"
        )
    shape = LoopShape(
        frames=frames,
        exact=finite(described, "exact", where),
        offset=finite(described, "offset", where),
        loop_beats=finite(described, "loop_beats", where),
        anchor=finite(described, "anchor", where),
    )
    problem = shape.problem(capacity)
    if problem is not None:
        raise InvalidArgument(f"{where}: {problem}")
    fewest, most = bars * MIN_QUANTUM - BEAT_EPSILON, bars * MAX_QUANTUM + BEAT_EPSILON
    if not fewest <= shape.loop_beats <= most:
        raise InvalidArgument(
            f"{where}: its {bars} bars must last between {bars * MIN_QUANTUM:g} and {bars * MAX_QUANTUM:g} "
            f"beats (bars of {MIN_QUANTUM:g} to {MAX_QUANTUM:g} beats), got {shape.loop_beats!r}"
        )
    tempo = 60.0 * samplerate * shape.loop_beats / shape.exact  # the tempo it was recorded at
    slowest, fastest = MIN_TEMPO * (1.0 - CLOCK_TOLERANCE), MAX_TEMPO * (1.0 + CLOCK_TOLERANCE)
    if not slowest <= tempo <= fastest:
        raise InvalidArgument(
            f"{where}: {shape.loop_beats:g} beats in {shape.exact:g} frames at {samplerate} Hz is "
            f"{tempo:.6g} BPM; a loop is recorded between {MIN_TEMPO:g} and {MAX_TEMPO:g} BPM"
        )
    if math.ulp(shape.anchor) * shape.exact / shape.loop_beats > 1.0:
        raise InvalidArgument(
            f"{where}: its anchor beat {shape.anchor!r} is too far from beat 0 to place a frame"
        )
    return shape
