"""The looper's tracks as state machines on the beat grid: what each verb does, and when.

Every decision is made here, in beats, from the beat a request arrived at and the timeline in force; the audio
renderer only carries the resulting *effects* out (capture these beats, sound from that beat, stop at that
one), sample-exactly, and this module never waits for it. State changes that happen at a bar line are kept
as transitions keyed by beat; the caller asks :meth:`Looper.next_due` when to come back and calls
:meth:`Looper.advance` then.

States (as the OSC contract names them):

======== ===========================================================================================
EMPTY     nothing recorded
TRIGGERED something starts at the next bar line: an armed recording, or playback of a stopped loop
RECORDING a take is being recorded; it plays when it is complete (unless ``stop`` came meanwhile)
PLAYING   the loop sounds, locked to the beat
STOPPING  the loop sounds until the next bar line, then stops
STOPPED   the loop is kept but silent
======== ===========================================================================================

Verbs: ``record [bars]`` keeps the previous bars (see :func:`~oscserver.engine.loop_windows.retro_span`)
and plays them at once, in phase; ``arm [bars]`` records the next bars from the next bar line, then
plays; ``play`` and ``stop`` act at the next bar line; ``clear`` at once; ``overdub`` layers the input onto
a playing loop from the next bar line to the bar line after it is switched off.
"""

from __future__ import annotations

import enum
import math
from dataclasses import dataclass, field

from oscserver.engine.loop_windows import BeatSpan, armed_span, bars_within, retro_span
from oscserver.engine.timeline import BEAT_EPSILON, Timeline, next_boundary
from oscserver.exceptions import InvalidArgument

NEVER = math.inf


class TrackState(str, enum.Enum):
    EMPTY = "EMPTY"
    TRIGGERED = "TRIGGERED"
    RECORDING = "RECORDING"
    PLAYING = "PLAYING"
    STOPPING = "STOPPING"
    STOPPED = "STOPPED"


# -- effects: what the renderer is told, in beats ---------------------------------------------------------


@dataclass(frozen=True)
class Capture:
    """Record beats ``span`` of the input into the track. The loop there until now sounds until
    ``release_at`` and is then replaced; the new loop sounds from ``play_from`` (at once, in phase, when that
    beat is already past)."""

    track: int
    span: BeatSpan
    play_from: float
    release_at: float


@dataclass(frozen=True)
class Play:
    """Sound from beat ``at`` (a track already sounding keeps sounding: a pending stop is cancelled)."""

    track: int
    at: float


@dataclass(frozen=True)
class Stop:
    """Silent from beat ``at``; applies to a take still being captured as well."""

    track: int
    at: float


@dataclass(frozen=True)
class CancelCapture:
    """Forget a capture that has not started yet."""

    track: int


@dataclass(frozen=True)
class Clear:
    """Silence and empty the track at once."""

    track: int


@dataclass(frozen=True)
class Overdub:
    """Layer the input onto the loop for beats [start, stop), the loop under it kept at ``keep`` (1 keeps
    it all; 0 replaces it)."""

    track: int
    start: float
    stop: float
    keep: float = 1.0


@dataclass(frozen=True)
class Gain:
    track: int
    volume: float
    muted: bool


@dataclass(frozen=True)
class Reverse:
    """Play the loop backwards (or forwards again) from beat ``at``."""

    track: int
    at: float
    on: bool


@dataclass(frozen=True)
class Rescale:
    """From beat ``at`` the loop is ``length`` times as long in frames and ``beats`` times as long in beats
    (``frames``: its stored frames then, 0 to let the renderer work them out); in phase where it was at
    ``at``, or from its start there when ``restart``."""

    track: int
    at: float
    length: float
    beats: float
    frames: int = 0
    restart: bool = False


@dataclass(frozen=True)
class Input:
    """The device input channels (from 1; 0: none) that feed the track's left and right."""

    track: int
    left: int
    right: int


Effect = Capture | Play | Stop | CancelCapture | Clear | Overdub | Gain | Reverse | Rescale | Input


# -- tracks -----------------------------------------------------------------------------------------------


@dataclass
class TrackSettings:
    """What a player sets on a track besides its gain; kept across clears, takes and undo."""

    reverse: bool = False
    speed: float = 1.0
    feedback: float = 1.0
    solo: bool = False
    replace: bool = False  # the overdub pass under way (or asked for) replaces rather than layers
    input: tuple[int, int] = (1, 2)


class Waiting(enum.Enum):
    """What a TRIGGERED track waits for."""

    NOTHING = "nothing"
    ARM = "arm"
    PLAY = "play"


@dataclass
class Track:
    number: int
    state: TrackState = TrackState.EMPTY
    loop_bars: int = 0  # bars of the loop stored (0: none)
    take_bars: int = 0  # bars of the take being recorded, while ``take`` is set
    waiting: Waiting = Waiting.NOTHING
    sounding: bool = False  # the loop stored now is audible (or will be until a bar line)
    take: BeatSpan | None = None  # the take being recorded (TRIGGERED by arm, or RECORDING)
    plays_after_take: bool = True
    transitions: list[tuple[float, TrackState]] = field(default_factory=list)
    overdub: bool = False
    overdub_start: float = NEVER
    volume: float = 1.0
    muted: bool = False
    settings: TrackSettings = field(default_factory=TrackSettings)
    reshaped_at: float = -NEVER  # the bar line a multiply, divide or speed change takes effect at

    @property
    def bars(self) -> int:
        """What the state push reports: the take's bars while one is under way, else the loop's."""
        return self.take_bars if self.take is not None else self.loop_bars

    @property
    def meant_to_play(self) -> bool:
        """Whether the player means the stored loop to play: PLAYING, waiting to play at the bar line, or
        still sounding under a take that has not replaced it yet (STOPPING means stop)."""
        if self.state is TrackState.PLAYING:
            return True
        if self.state is TrackState.TRIGGERED and self.waiting is Waiting.PLAY:
            return True
        return self.take is not None and self.sounding and self.state is not TrackState.STOPPING


@dataclass(frozen=True)
class Change:
    """A track's state after a transition, for pushes."""

    track: int
    state: TrackState
    bars: int
    overdub: bool


class Looper:
    """``tracks`` tracks, numbered from 1.

    ``history_seconds`` is how far back the input history reaches (a take must start within it: see record)
    and ``capacity_seconds`` the longest loop a track holds. ``noun`` is what refusals call a track (the
    MIDI loops use this looper too).
    """

    def __init__(
        self, tracks: int, history_seconds: float, capacity_seconds: float, noun: str = "track"
    ) -> None:
        if tracks < 1:
            raise ValueError("a looper needs at least one track")
        self.noun = noun
        self.tracks = [Track(n) for n in range(1, tracks + 1)]
        self.history_seconds = history_seconds
        self.capacity_seconds = capacity_seconds
        self.follow = True  # loops follow the transport: a stop stops them, a start brings them back
        self.resume: set[int] = set()  # the tracks the transport stopped, to play when it starts

    def track(self, number: int) -> Track:
        if not 1 <= number <= len(self.tracks):
            raise InvalidArgument(f"{self.noun} must be between 1 and {len(self.tracks)}, got {number}")
        return self.tracks[number - 1]

    # -- verbs ------------------------------------------------------------------------------------------

    def record(
        self, number: int, bars: int, beat: float, timeline: Timeline, earliest: float | None = None
    ) -> list[Effect]:
        """Keep the previous ``bars`` bars (ending at the nearest bar line); play them at once, in phase.
        ``earliest``: the first beat the input history holds (else ``history_seconds`` back at this tempo)."""
        track = self.track(number)
        span = retro_span(beat, bars, timeline.quantum)
        earliest = beat - self.history_seconds * timeline.tempo / 60.0 if earliest is None else earliest
        if span.start < earliest - BEAT_EPSILON:
            most = bars_within(span.end, earliest, timeline.quantum)
            held = f"reaches back to beat {earliest:.2f}" if earliest < NEVER else "holds nothing yet"
            raise InvalidArgument(
                f"record can keep at most {most} bars, got {bars}: the input history {held} "
                f"({self.history_seconds:g} s)"
            )
        effects = self._end_overdub(track, beat)
        track.settings.speed = 1.0  # a new take plays as recorded
        complete = span.end <= beat + BEAT_EPSILON
        # Replacing a sounding loop: at once when the take is already complete, else at the bar line where
        # the new one starts, so the music does not stop in between.
        effects.append(Capture(number, span, play_from=span.end, release_at=beat if complete else span.end))
        track.plays_after_take, track.waiting = True, Waiting.NOTHING
        if complete:
            track.take, track.take_bars, track.loop_bars = None, 0, bars
            track.state, track.sounding, track.transitions = TrackState.PLAYING, True, []
        else:
            track.take, track.take_bars = span, bars
            track.state, track.transitions = TrackState.RECORDING, [(span.end, TrackState.PLAYING)]
        return effects

    def arm(self, number: int, bars: int, beat: float, timeline: Timeline) -> list[Effect]:
        """Record the next ``bars`` bars from the next bar line, then play them."""
        track = self.track(number)
        span = armed_span(beat, bars, timeline.quantum)
        if span.beats * 60.0 / timeline.tempo > self.capacity_seconds + 1e-9:
            most = math.floor(self.capacity_seconds * timeline.tempo / 60.0 / timeline.quantum + BEAT_EPSILON)
            raise InvalidArgument(
                f"arm can record at most {most} bars at {timeline.tempo:g} BPM "
                f"(a track holds {self.capacity_seconds:g} s), got {bars}"
            )
        effects = self._end_overdub(track, beat)
        track.settings.speed = 1.0  # a new take plays as recorded
        effects.append(Capture(number, span, play_from=span.end, release_at=span.start))
        track.state, track.waiting = TrackState.TRIGGERED, Waiting.ARM
        track.take, track.take_bars, track.plays_after_take = span, bars, True
        track.transitions = [(span.start, TrackState.RECORDING), (span.end, TrackState.PLAYING)]
        return effects

    def play(self, number: int, beat: float, timeline: Timeline) -> list[Effect]:
        """Sound from the next bar line (a track already sounding keeps sounding)."""
        track = self.track(number)
        state = track.state
        if state is TrackState.EMPTY:
            raise InvalidArgument(f"{self.noun} {number} is empty: record or arm it first")
        if state is TrackState.STOPPING or (state is TrackState.PLAYING and track.transitions):
            # (A PLAYING track with a transition due is a oneshot: playing makes it loop on.)
            track.state, track.transitions = TrackState.PLAYING, []
            return [Play(number, beat)]
        if state is TrackState.STOPPED:
            bar = next_boundary(beat, timeline.quantum)
            track.state, track.waiting = TrackState.TRIGGERED, Waiting.PLAY
            track.transitions = [(bar, TrackState.PLAYING)]
            return [Play(number, bar)]
        if track.take is not None and not track.plays_after_take:
            # Recording (or armed) with a stop pending: play the take after all.
            track.plays_after_take = True
            track.transitions = [(track.take.end, TrackState.PLAYING)]
            return [Play(number, track.take.end)]
        return []

    def stop(self, number: int, beat: float, timeline: Timeline) -> list[Effect]:
        """Silent from the next bar line; a take being recorded is kept, stopped."""
        track = self.track(number)
        state = track.state
        bar = next_boundary(beat, timeline.quantum)
        if state is TrackState.PLAYING:
            track.state, track.transitions = TrackState.STOPPING, [(bar, TrackState.STOPPED)]
            return [Stop(number, bar)]
        if state is TrackState.TRIGGERED and track.waiting is Waiting.PLAY:
            track.state, track.waiting, track.transitions = TrackState.STOPPED, Waiting.NOTHING, []
            return [Stop(number, beat)]
        if state is TrackState.TRIGGERED and track.waiting is Waiting.ARM:
            # The armed take never starts; a loop still sounding from before stops at the bar line.
            effects: list[Effect] = [CancelCapture(number), Stop(number, bar)]
            track.waiting, track.take, track.take_bars = Waiting.NOTHING, None, 0
            if track.sounding:
                track.state, track.transitions = TrackState.STOPPING, [(bar, TrackState.STOPPED)]
            else:
                track.transitions = []
                track.state = TrackState.STOPPED if track.loop_bars else TrackState.EMPTY
            return effects
        if state is TrackState.RECORDING and track.take is not None and track.plays_after_take:
            track.plays_after_take = False
            track.transitions = [(track.take.end, TrackState.STOPPED)]
            return [Stop(number, track.take.end)]
        return []

    def clear(self, number: int) -> list[Effect]:
        track = self.track(number)
        settings = track.settings
        settings.replace = False
        settings.speed = 1.0  # (the speed is the loop's: the next take plays as recorded)
        self.tracks[number - 1] = Track(number, volume=track.volume, muted=track.muted, settings=settings)
        return [Clear(number)]

    def restore(self, number: int, bars: int, playing: bool) -> None:
        """A loop of ``bars`` bars put into the track from outside (a session, or an audio engine rebuilt
        after its device went away): PLAYING or STOPPED at once, nothing pending. The renderer is told
        separately (it needs the loop's frames, which this module never sees)."""
        track = self.track(number)
        if bars < 1:
            raise InvalidArgument(f"a restored loop has at least 1 bar, got {bars}")
        state = TrackState.PLAYING if playing else TrackState.STOPPED
        self.tracks[number - 1] = Track(
            number,
            state=state,
            loop_bars=bars,
            sounding=playing,
            volume=track.volume,
            muted=track.muted,
            settings=track.settings,
        )

    def set_overdub(
        self, number: int, on: bool, beat: float, timeline: Timeline, replace: bool = False
    ) -> list[Effect]:
        """Layer the input onto a playing loop (or, ``replace``, put it in place of the loop) from the next
        bar line (on), until the next bar line (off). Switching between the two ends one pass at the bar
        line and starts the other there."""
        track = self.track(number)
        if on == track.overdub and (not on or replace == track.settings.replace):
            return []
        bar = next_boundary(beat, timeline.quantum)
        if not on:
            if replace != track.settings.replace:
                return []  # (replace 0 during an overdub pass, or overdub 0 during a replace pass)
            return self._end_overdub(track, beat, at=bar)
        if track.state is not TrackState.PLAYING:
            verb = "replace puts the input in place of" if replace else "overdub layers onto"
            raise InvalidArgument(f"{self.noun} {number} is {track.state.value}: {verb} a playing loop")
        effects = self._end_overdub(track, beat, at=bar)
        track.settings.replace = replace
        track.overdub, track.overdub_start = True, bar
        return [*effects, Overdub(number, bar, NEVER, self.keep(track))]

    @staticmethod
    def keep(track: Track) -> float:
        """What an overdub pass keeps of the loop under it."""
        return 0.0 if track.settings.replace else track.settings.feedback

    def set_volume(self, number: int, volume: float) -> list[Effect]:
        track = self.track(number)
        track.volume = volume
        return [self.gain(track)]

    def set_muted(self, number: int, muted: bool) -> list[Effect]:
        track = self.track(number)
        track.muted = muted
        return [self.gain(track)]

    def gain(self, track: Track) -> Gain:
        """The track's gain as it sounds: muted, or silenced while another track is soloed."""
        soloed = any(t.settings.solo for t in self.tracks)
        silenced = track.muted or (soloed and not track.settings.solo)
        return Gain(track.number, track.volume, silenced)

    # -- time -------------------------------------------------------------------------------------------

    def next_due(self) -> float | None:
        """The earliest beat at which a track changes state by itself."""
        beats = [t.transitions[0][0] for t in self.tracks if t.transitions]
        return min(beats) if beats else None

    def advance(self, beat: float) -> list[Change]:
        """Apply every transition due at or before ``beat``; the tracks whose state changed."""
        changes: list[Change] = []
        for track in self.tracks:
            changed = False
            while track.transitions and track.transitions[0][0] <= beat + BEAT_EPSILON:
                _, state = track.transitions.pop(0)
                self._enter(track, state)
                changed = True
            if changed:
                changes.append(Change(track.number, track.state, track.bars, track.overdub))
        return changes

    def _enter(self, track: Track, state: TrackState) -> None:
        track.state = state
        track.waiting = Waiting.NOTHING
        if state is TrackState.RECORDING:
            track.sounding = False  # the old loop was released; the take replaces it
            track.loop_bars = track.take_bars
        elif state in (TrackState.PLAYING, TrackState.STOPPED):
            if track.take is not None:
                track.loop_bars, track.take, track.take_bars = track.take_bars, None, 0
            track.sounding = state is TrackState.PLAYING
            if state is TrackState.STOPPED:
                track.overdub, track.overdub_start = False, NEVER
                track.settings.replace = False

    def _end_overdub(self, track: Track, beat: float, at: float | None = None) -> list[Effect]:
        if not track.overdub:
            return []
        effect = Overdub(track.number, track.overdub_start, beat if at is None else at, self.keep(track))
        track.overdub, track.overdub_start = False, NEVER
        track.settings.replace = False
        return [effect]

    def state(self, number: int) -> tuple[TrackState, int]:
        track = self.track(number)
        return track.state, track.bars
