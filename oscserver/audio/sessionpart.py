"""The looper's part of a session: tracks (state, bars, volume, mute, and each loop with its shape), the
click and the latency in ``session.json``; each loop's frames in ``track-<n>.wav``.

A loop is saved with what the renderer needs to play it on the beat again: its stored frames, its exact
length in frames, the phase offset of its first frame, its length in beats and its anchor beat (a bar line
at which it starts). Loading puts it back sample for sample at the same place in the bar.
"""

from __future__ import annotations

import math
from collections.abc import Awaitable
from typing import Any

import numpy as np

from oscserver.audio.endpoints import MAX_BARS
from oscserver.audio.looptable import LoopShape, StoredLoop
from oscserver.audio.subsystem import MAX_LATENCY_SECONDS, LooperSubsystem, TrackSetting
from oscserver.exceptions import InvalidArgument
from oscserver.sessions.parts import require
from oscserver.sessions.store import Audio

SAVED_STATES = ("EMPTY", "PLAYING", "STOPPED")
STEM_PREFIX = "track-"


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
                "loop": None,
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
        }
        return state, audio

    # -- loading --------------------------------------------------------------------------------------

    def check(self, state: dict[str, Any], audio: Audio, samplerate: int) -> None:
        self._settings(state, audio, samplerate)

    def apply(self, state: dict[str, Any], audio: Audio, samplerate: int) -> Awaitable[None]:
        settings, click_enabled, click_volume, latency = self._settings(state, audio, samplerate)
        return self._looper.restore(settings, click_enabled, click_volume, latency)

    def _settings(
        self, state: Any, audio: Audio, samplerate: int
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
        owned = {stem(n) for n, s in settings.items() if s.loop is not None}
        strays = sorted(s for s in audio if s.startswith(STEM_PREFIX) and s not in owned)
        if strays:
            raise InvalidArgument(f"looper: audio {', '.join(strays)} belongs to no track with a loop")
        click = require(state, "click", dict, "looper")
        click_enabled = require(click, "enabled", bool, "looper.click")
        click_volume = _unit(require(click, "volume", (int, float), "looper.click"), "looper.click.volume")
        latency = require(state, "latency", (int, float), "looper")
        if not 0.0 <= latency <= MAX_LATENCY_SECONDS:
            raise InvalidArgument(
                f"looper.latency must be between 0 and {MAX_LATENCY_SECONDS:g} seconds, got {latency}"
            )
        return settings, click_enabled, float(click_volume), float(latency)

    def _track(self, number: int, entry: Any, audio: Audio, samplerate: int) -> TrackSetting:
        where = f"looper.tracks[{number - 1}]"  # (track `number`)
        if not isinstance(entry, dict):
            raise InvalidArgument(f"{where} must be an object")
        saved = require(entry, "state", str, where)
        if saved not in SAVED_STATES:
            raise InvalidArgument(f"{where}.state must be one of {', '.join(SAVED_STATES)}, got {saved!r}")
        bars = require(entry, "bars", int, where)
        volume = _unit(require(entry, "volume", (int, float), where), f"{where}.volume")
        muted = require(entry, "muted", bool, where)
        described = entry.get("loop")
        if saved == "EMPTY":
            if described is not None or stem(number) in audio:
                raise InvalidArgument(f"{where} is EMPTY but a loop is saved for it")
            return TrackSetting(number, volume=volume, muted=muted)
        if not 1 <= bars <= MAX_BARS:
            raise InvalidArgument(f"{where}.bars must be between 1 and {MAX_BARS}, got {bars}")
        if not isinstance(described, dict):
            raise InvalidArgument(f"{where} is {saved} but has no loop")
        shape = LoopShape(
            frames=require(described, "frames", int, f"{where}.loop"),
            exact=float(require(described, "exact", (int, float), f"{where}.loop")),
            offset=float(require(described, "offset", (int, float), f"{where}.loop")),
            loop_beats=float(require(described, "loop_beats", (int, float), f"{where}.loop")),
            anchor=float(require(described, "anchor", (int, float), f"{where}.loop")),
        )
        running = self._looper.samplerate
        if samplerate != running:
            raise InvalidArgument(
                f"the session's loops are at {samplerate} Hz and the audio device runs at {running} Hz; "
                f"load it with the device at {samplerate} Hz"
            )
        problem = shape.problem(capacity=math.ceil(self._looper.config.history * running))
        if problem is not None:
            raise InvalidArgument(f"{where}.loop: {problem}")
        frames = audio.get(stem(number))
        if frames is None:
            raise InvalidArgument(f"{where} has a loop but its audio {stem(number)}.wav is missing")
        if frames.ndim != 2 or frames.shape != (shape.frames, 2) or frames.dtype != np.float32:
            held = (
                f"{frames.shape[0]} frames of {frames.shape[1]} channels"
                if frames.ndim == 2
                else f"an array of shape {frames.shape}"
            )
            raise InvalidArgument(
                f"{where}: {stem(number)}.wav holds {held}; the loop is {shape.frames} stereo float frames"
            )
        if not np.isfinite(frames).all():
            raise InvalidArgument(f"{where}: {stem(number)}.wav holds samples that are not finite numbers")
        loop = StoredLoop(shape, frames)
        return TrackSetting(number, volume, muted, loop, bars, playing=saved == "PLAYING")


def _unit(value: float, where: str) -> float:
    if not 0.0 <= value <= 1.0:
        raise InvalidArgument(f"{where} must be between 0 and 1, got {value}")
    return float(value)
