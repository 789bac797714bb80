"""A track's instrument settings in a session (direction, speed, feedback, input channels, solo) and the
looper's ``follow``: written beside each track's loop, read back checked against the same bounds as the
endpoints. A session saved before they existed lacks them: each missing key takes its default."""

from __future__ import annotations

from typing import Any

from oscserver.audio.instrument import MAX_INPUT_CHANNEL
from oscserver.engine.looper import TrackSettings
from oscserver.engine.looper_instrument import SPEEDS
from oscserver.exceptions import InvalidArgument
from oscserver.sessions.parts import number, require, shown

DEFAULTS = TrackSettings()


def settings_state(settings: TrackSettings) -> dict[str, Any]:
    return {
        "reverse": settings.reverse,
        "speed": settings.speed,
        "feedback": settings.feedback,
        "input": list(settings.input),
        "solo": settings.solo,
    }


def settings_from(entry: dict[str, Any], where: str) -> TrackSettings:
    """The settings a track entry holds (defaults for the keys it lacks); :class:`InvalidArgument` for a
    value out of bounds."""
    reverse = require(entry, "reverse", bool, where) if "reverse" in entry else DEFAULTS.reverse
    solo = require(entry, "solo", bool, where) if "solo" in entry else DEFAULTS.solo
    speed = number(entry, "speed", where, min(SPEEDS), max(SPEEDS)) if "speed" in entry else DEFAULTS.speed
    if speed not in SPEEDS:
        raise InvalidArgument(f"{where}.speed must be 0.5, 1 or 2, got {shown(entry['speed'])}")
    feedback = number(entry, "feedback", where, 0.0, 1.0) if "feedback" in entry else DEFAULTS.feedback
    channels = DEFAULTS.input
    if "input" in entry:
        given = require(entry, "input", list, where)
        if len(given) != 2 or not all(
            isinstance(c, int) and not isinstance(c, bool) and 0 <= c <= MAX_INPUT_CHANNEL for c in given
        ):
            raise InvalidArgument(
                f"{where}.input must be two channels from 0 to {MAX_INPUT_CHANNEL}, got {shown(given)}"
            )
        channels = (given[0], given[1])
    return TrackSettings(reverse=reverse, speed=speed, feedback=feedback, solo=solo, input=channels)


def follow_from(state: dict[str, Any]) -> bool:
    return bool(require(state, "follow", bool, "looper")) if "follow" in state else True
