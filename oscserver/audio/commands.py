"""The words the server and the renderer exchange through their mailboxes: one float64 record each.

Commands carry beats, never frames: the renderer alone knows which frame a beat falls on, and a beat stays
right when the tempo changes between the command and its moment. A record is ``[op, track, a, b, c, d]``
(tracks counted from 0 here).
"""

from __future__ import annotations

from oscserver.engine.looper import (
    CancelCapture,
    Capture,
    Clear,
    Effect,
    Gain,
    Overdub,
    Play,
    Stop,
)


class Op:
    """Command codes (server -> renderer)."""

    CAPTURE = 1  # track, span start, span end, play from, release at
    PLAY = 2  # track, at
    STOP = 3  # track, at
    CANCEL = 4  # track
    CLEAR = 5  # track
    OVERDUB = 6  # track, start, stop
    GAIN = 7  # track, gain (volume, 0 when muted)
    CLICK = 8  # -, enabled, volume
    LATENCY = 9  # -, frames
    CALIBRATE = 10  # play the calibration signal from the next block
    SILENCE = 11  # fade everything out (shutting down)
    INSTALL = 12  # track, frames, exact, offset, loop beats, anchor: a loop the server put in a FREE track


class Event:
    """Event codes (renderer -> server)."""

    CALIBRATION_STARTED = 1  # first output frame of the signal, its length in frames
    TAKE_LOST = 2  # track: a take could not be kept (its input was overwritten, or it was cancelled late)
    TAKE_DONE = 3  # track, frames: a take is completely in its track
    INSTALL_REFUSED = 4  # track: an INSTALL came for a track that was not FREE; it was ignored


def encode(effect: Effect) -> tuple[float, ...]:
    """The command record for an effect of the looper's state machine."""
    index = float(effect.track - 1)
    if isinstance(effect, Capture):
        span = effect.span
        return (Op.CAPTURE, index, span.start, span.end, effect.play_from, effect.release_at)
    if isinstance(effect, Play):
        return (Op.PLAY, index, effect.at)
    if isinstance(effect, Stop):
        return (Op.STOP, index, effect.at)
    if isinstance(effect, CancelCapture):
        return (Op.CANCEL, index)
    if isinstance(effect, Clear):
        return (Op.CLEAR, index)
    if isinstance(effect, Overdub):
        return (Op.OVERDUB, index, effect.start, effect.stop)
    if isinstance(effect, Gain):
        return (Op.GAIN, index, 0.0 if effect.muted else effect.volume)
    raise TypeError(f"not a looper effect: {effect!r}")
