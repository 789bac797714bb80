"""The words the server and the renderer exchange through their mailboxes, and the renderer's reading of them.

On the wire a command is one float64 record ``[op, track, a, b, c, d, e]`` (tracks counted from 0; the track
slot is unused by the commands that concern no track), an event ``[event, a, b, ...]``. Commands carry beats,
never frames: the renderer alone knows which frame a beat falls on, and a beat stays right when the tempo
changes between the command and its moment.

The renderer decodes a record once, as it takes it from the mailbox, into one of the named tuples below;
nothing after that reads a record by position.
"""

from __future__ import annotations

import enum
from collections.abc import Sequence
from typing import NamedTuple


class Op(enum.IntEnum):
    """Command codes (server -> renderer), with the values each record carries after the track."""

    CAPTURE = 1  # track, span start, span end, play from, release at
    PLAY = 2  # track, at
    STOP = 3  # track, at
    CANCEL = 4  # track
    CLEAR = 5  # track
    OVERDUB = 6  # track, start, stop, keep (what the pass keeps of the loop under it)
    GAIN = 7  # track, gain (volume, 0 when muted)
    CLICK = 8  # -, enabled, volume
    LATENCY = 9  # -, frames
    CALIBRATE = 10  # play the calibration signal from the next block
    SILENCE = 11  # fade everything out (shutting down)
    INSTALL = 12  # track, frames, exact, offset, loop beats, anchor: a loop the server put in a FREE track
    STRETCH = 40  # track, ticket, frames, exact, at, read at: play a time-stretched rendering from a bar line
    REVERSE = 13  # track, at, on
    RESCALE = 14  # track, at, length factor, beats factor, frames (0: worked out), restart
    INPUT = 15  # track, left, right: the input channels (from 1; 0 none) that feed it
    REPLACE = 16  # track, frames (< 0: backwards), exact, offset, loop beats, anchor: the spare's loop, now
    RETURN = 17  # track: the same loop written back into the track's buffer; read it from there again


class Event(enum.IntEnum):
    """Event codes (renderer -> server)."""

    CALIBRATION_STARTED = 1  # first output frame of the signal, its length in frames
    TAKE_LOST = 2  # track: a take could not be kept (its input was overwritten, or it was cancelled late)
    TAKE_DONE = 3  # track, frames: a take is completely in its track
    INSTALL_REFUSED = 4  # track: an INSTALL came for a track that was not FREE; it was ignored
    STRETCH_SOUNDING = 40  # track, ticket: the track reads what that STRETCH asked for, from now on
    STRETCH_DROPPED = 41  # track, ticket: every STRETCH up to that ticket is done with (refused or stale)


class CaptureTake(NamedTuple):
    """Take beats [start, end) of the input into the track; play it from ``play_from``; the loop the track
    holds now stops by ``release_at`` at the latest."""

    track: int
    start: float
    end: float
    play_from: float
    release_at: float


class PlayAt(NamedTuple):
    track: int
    at: float


class StopAt(NamedTuple):
    track: int
    at: float


class CancelTake(NamedTuple):
    track: int


class ClearTrack(NamedTuple):
    track: int


class SetOverdub(NamedTuple):
    """Add the input into the track's loop over beats [start, stop), keeping ``keep`` of the loop under it."""

    track: int
    start: float
    stop: float
    keep: float = 1.0


class SetReverse(NamedTuple):
    """Play backwards (``on``) or forwards from beat ``at``."""

    track: int
    at: float
    on: bool


class RescaleLoop(NamedTuple):
    """From beat ``at`` the loop is ``length`` times as long in frames (its stored frames then ``frames``,
    0: worked out from its exact length) and ``beats`` times as long in beats; in phase, or from its start
    at ``at`` when ``restart``."""

    track: int
    at: float
    length: float
    beats: float
    frames: int
    restart: bool


class SetGain(NamedTuple):
    track: int
    gain: float


class InstallLoop(NamedTuple):
    """Take the loop the server wrote into the track's buffer, with its shape."""

    track: int
    frames: int
    exact: float
    offset: float
    loop_beats: float
    anchor: float


class ReplaceLoop(NamedTuple):
    """Crossfade at once, in phase, from the track's loop to the one the server wrote into the spare buffer,
    with this shape and direction (on the wire, a loop played backwards has its frames negative)."""

    track: int
    frames: int
    exact: float
    offset: float
    loop_beats: float
    anchor: float
    backwards: bool


class ReturnLoop(NamedTuple):
    """The loop played from the spare is in the track's own buffer too: read it from there again."""

    track: int


class StretchLoop(NamedTuple):
    """From beat ``at``, read the track's loop time-stretched: ``frames`` stored frames (0: the track's own
    buffer again) of true length ``exact``, in the stretch slot ``ticket`` names (its parity). ``read_beat``:
    the renderer's beat when the server read the recording it was rendered from."""

    track: int
    ticket: float
    frames: int
    exact: float
    at: float
    read_beat: float


class SetClick(NamedTuple):
    enabled: bool
    volume: float


class SetLatency(NamedTuple):
    frames: int


class StartCalibration(NamedTuple):
    pass


class SilenceAll(NamedTuple):
    pass


class SetInput(NamedTuple):
    """The input channels (from 1; 0: none) feeding the track's left and right."""

    track: int
    left: int
    right: int


TrackCommand = (
    CaptureTake
    | PlayAt
    | StopAt
    | CancelTake
    | ClearTrack
    | SetOverdub
    | SetGain
    | InstallLoop
    | SetReverse
    | RescaleLoop
    | SetInput
    | StretchLoop
    | ReplaceLoop
    | ReturnLoop
)
Command = TrackCommand | SetClick | SetLatency | StartCalibration | SilenceAll


def decode(record: Sequence[float]) -> Command | None:
    """The command in a mailbox record (stamp left off); None for a code this renderer does not know."""
    code, track = int(record[0]), int(record[1])
    a, b, c, d, e = record[2], record[3], record[4], record[5], record[6]
    match code:
        case Op.CAPTURE:
            return CaptureTake(track, a, b, c, d)
        case Op.PLAY:
            return PlayAt(track, a)
        case Op.STOP:
            return StopAt(track, a)
        case Op.CANCEL:
            return CancelTake(track)
        case Op.CLEAR:
            return ClearTrack(track)
        case Op.OVERDUB:
            return SetOverdub(track, a, b, c)
        case Op.GAIN:
            return SetGain(track, a)
        case Op.REVERSE:
            return SetReverse(track, a, b != 0.0)
        case Op.RESCALE:
            return RescaleLoop(track, a, b, c, int(d), e != 0.0)
        case Op.INPUT:
            return SetInput(track, int(a), int(b))
        case Op.INSTALL:
            return InstallLoop(track, int(a), b, c, d, e)
        case Op.REPLACE:
            return ReplaceLoop(track, int(abs(a)), b, c, d, e, a < 0.0)
        case Op.RETURN:
            return ReturnLoop(track)
        case Op.STRETCH:
            return StretchLoop(track, a, int(b), c, d, e)
        case Op.CLICK:
            return SetClick(a != 0.0, b)
        case Op.LATENCY:
            return SetLatency(int(a))
        case Op.CALIBRATE:
            return StartCalibration()
        case Op.SILENCE:
            return SilenceAll()
    return None
