"""The looper's effects as the renderer's command records (the server's side of the command mailbox).

The codes and the record's layout are defined with the renderer, in
:mod:`oscserver.audio.realtime.commands`.
"""

from __future__ import annotations

from oscserver.audio.realtime.commands import Op
from oscserver.engine.looper import (
    CancelCapture,
    Capture,
    Clear,
    Effect,
    Gain,
    Input,
    Overdub,
    Play,
    Rescale,
    Reverse,
    Stop,
)


def encode(effect: Effect) -> tuple[float, ...]:
    """The command record for an effect of the looper's state machine (tracks counted from 0)."""
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
        return (Op.OVERDUB, index, effect.start, effect.stop, effect.keep)
    if isinstance(effect, Gain):
        return (Op.GAIN, index, 0.0 if effect.muted else effect.volume)
    if isinstance(effect, Reverse):
        return (Op.REVERSE, index, effect.at, 1.0 if effect.on else 0.0)
    if isinstance(effect, Rescale):
        restart = 1.0 if effect.restart else 0.0
        return (Op.RESCALE, index, effect.at, effect.length, effect.beats, float(effect.frames), restart)
    if isinstance(effect, Input):
        return (Op.INPUT, index, float(effect.left), float(effect.right))
    raise TypeError(f"not a looper effect: {effect!r}")
