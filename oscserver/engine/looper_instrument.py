"""The looper as an instrument: the verbs that reshape a track's loop or how it sounds, on the beat grid.

``multiply`` and ``divide`` change the loop's length, ``speed`` its length in beats (tape-like), ``reverse``
its direction, all from the next bar line and in phase; ``oneshot`` plays it once from its start at the next
bar line; ``solo`` and ``feedback`` act at once; ``follow`` makes the loops stop and start with the
transport. Like :mod:`oscserver.engine.looper`, each verb decides in beats and returns the effects the
renderer carries out; a bad request raises :class:`InvalidArgument` and changes nothing.
"""

from __future__ import annotations

from oscserver.engine.looper import (
    NEVER,
    Effect,
    Looper,
    Overdub,
    Play,
    Rescale,
    Reverse,
    Stop,
    Track,
    TrackState,
    Waiting,
)
from oscserver.engine.timeline import BEAT_EPSILON, Timeline, next_boundary
from oscserver.exceptions import InvalidArgument

SPEEDS = (0.5, 1.0, 2.0)
MAX_LOOP_BARS = 64
MAX_TIMES = 16
HOLDING = (TrackState.PLAYING, TrackState.STOPPING, TrackState.STOPPED, TrackState.TRIGGERED)


def holding(track: Track, verb: str) -> None:
    """Refuse a verb on a track without a whole loop (empty, or a take under way)."""
    if track.loop_bars == 0 or track.take is not None or track.state not in HOLDING:
        raise InvalidArgument(f"track {track.number} is {track.state.value}: {verb} needs a recorded loop")


def _not_reshaping(track: Track, beat: float, verb: str) -> None:
    if track.reshaped_at > beat + BEAT_EPSILON:
        raise InvalidArgument(
            f"track {track.number}: a multiply, divide or speed change is due at the bar line; "
            f"{verb} after it"
        )


def multiply(looper: Looper, number: int, times: int, beat: float, timeline: Timeline) -> list[Effect]:
    """From the next bar line the loop is ``times`` times as long, its content repeated."""
    track = looper.track(number)
    holding(track, "multiply")
    _not_reshaping(track, beat, "multiply")
    if not 2 <= times <= MAX_TIMES:
        raise InvalidArgument(f"times must be between 2 and {MAX_TIMES}, got {times}")
    if track.loop_bars * times > MAX_LOOP_BARS:
        raise InvalidArgument(
            f"track {number}: {track.loop_bars} bars x {times} is over {MAX_LOOP_BARS} bars, the longest loop"
        )
    bar = next_boundary(beat, timeline.quantum)
    track.loop_bars *= times
    track.reshaped_at = bar
    return [Rescale(number, bar, float(times), float(times))]


def divide(looper: Looper, number: int, times: int, beat: float, timeline: Timeline) -> list[Effect]:
    """From the next bar line the loop is its first 1/``times``; its bars must divide evenly."""
    track = looper.track(number)
    holding(track, "divide")
    _not_reshaping(track, beat, "divide")
    if not 2 <= times <= MAX_TIMES:
        raise InvalidArgument(f"times must be between 2 and {MAX_TIMES}, got {times}")
    if track.loop_bars % times:
        raise InvalidArgument(f"track {number}: its {track.loop_bars} bars do not divide evenly by {times}")
    bar = next_boundary(beat, timeline.quantum)
    track.loop_bars //= times
    track.reshaped_at = bar
    return [Rescale(number, bar, 1.0 / times, 1.0 / times)]


def speed(looper: Looper, number: int, value: float, beat: float, timeline: Timeline) -> list[Effect]:
    """Half, normal or double speed from the next bar line; the loop's bars follow (1 bar at 0.5 is 2)."""
    track = looper.track(number)
    if value not in SPEEDS:
        raise InvalidArgument(f"speed must be 0.5, 1 or 2, got {value:g}")
    settings = track.settings
    holding(track, "speed")
    if value == settings.speed:
        return []
    _not_reshaping(track, beat, "speed")
    bars = track.loop_bars * settings.speed / value
    if bars != int(bars) or bars < 1:
        raise InvalidArgument(
            f"track {number}: {track.loop_bars} bars at speed {value:g} would not be a whole number of bars"
        )
    if bars > MAX_LOOP_BARS:
        raise InvalidArgument(f"track {number}: {bars:g} bars is over {MAX_LOOP_BARS} bars, the longest loop")
    bar = next_boundary(beat, timeline.quantum)
    factor = settings.speed / value
    settings.speed = value
    track.loop_bars = int(bars)
    track.reshaped_at = bar
    return [Rescale(number, bar, 1.0, factor)]


def reverse(looper: Looper, number: int, on: bool, beat: float, timeline: Timeline) -> list[Effect]:
    """Backwards (or forwards again) from the next bar line, still on the grid."""
    track = looper.track(number)
    if on == track.settings.reverse:
        return []
    track.settings.reverse = on
    return [Reverse(number, next_boundary(beat, timeline.quantum), on)]


def oneshot(looper: Looper, number: int, beat: float, timeline: Timeline) -> list[Effect]:
    """Play the loop once, from its start at the next bar line, then STOPPED."""
    track = looper.track(number)
    holding(track, "oneshot")
    _not_reshaping(track, beat, "oneshot")
    bar = next_boundary(beat, timeline.quantum)
    end = bar + track.loop_bars * timeline.quantum
    if track.state is TrackState.PLAYING:
        track.transitions = [(end, TrackState.STOPPED)]
    else:
        track.state, track.waiting = TrackState.TRIGGERED, Waiting.PLAY
        track.transitions = [(bar, TrackState.PLAYING), (end, TrackState.STOPPED)]
    looper.resume.discard(number)
    return [Rescale(number, bar, 1.0, 1.0, restart=True), Play(number, bar), Stop(number, end)]


def solo(looper: Looper, number: int, on: bool) -> list[Effect]:
    """While any track is soloed only soloed tracks sound: every track's gain, at once."""
    looper.track(number).settings.solo = on
    return [looper.gain(track) for track in looper.tracks]


def feedback(looper: Looper, number: int, value: float) -> list[Effect]:
    """What an overdub pass keeps of the loop under it; a pass under way takes it at once."""
    track = looper.track(number)
    if not 0.0 <= value <= 1.0:
        raise InvalidArgument(f"feedback must be between 0 and 1, got {value:g}")
    track.settings.feedback = value
    if track.overdub and not track.settings.replace:
        return [Overdub(number, track.overdub_start, NEVER, value)]
    return []


def transport(looper: Looper, playing: bool, beat: float, timeline: Timeline) -> list[Effect]:
    """The transport stopped (every track meant to play stops at the next bar line, remembered) or started
    (those play again from the next bar line, in phase: a loop is anchored to the beat grid)."""
    if not looper.follow:
        looper.resume.clear()
        return []
    effects: list[Effect] = []
    if not playing:
        for track in looper.tracks:
            if track.take is None and track.meant_to_play:
                effects += looper.stop(track.number, beat, timeline)
                looper.resume.add(track.number)
        return effects
    for number in sorted(looper.resume):
        if looper.track(number).state in (TrackState.STOPPED, TrackState.STOPPING):
            effects += looper.play(number, beat, timeline)
    looper.resume.clear()
    return effects
