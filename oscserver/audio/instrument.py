"""The looper's instrument verbs as the server runs them: multiply, divide, speed, reverse, oneshot, solo,
feedback, replace, the input channels, following the transport, and undo/redo.

Each verb is decided by :mod:`oscserver.engine.looper_instrument` on the beat it arrives at and carried out
by the renderer. Before each change of a track's loop (a take, an overdub or replace pass, multiply, divide,
reverse, speed, clear) the loop as it is is copied out of the renderer's memory into the track's undo
history (:mod:`.undo`). Undo and redo put a kept loop back at once: in place of a loop, by a crossfade in
phase (the kept loop written into the renderer's spare buffer, crossfaded to, then written back into the
track's own buffer: :mod:`.realtime.handover`); into an empty track, the way a session does (written into its
buffer, played on at once in phase). Nothing is prepared in the audio callback.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import replace

from oscserver.audio.control import AudioControl
from oscserver.audio.loopkeeper import LoopKeeper
from oscserver.audio.looptable import LoopStatus, StoredLoop
from oscserver.audio.memory import Stat
from oscserver.audio.reshape import write_repeats
from oscserver.audio.undo import Snapshot, UndoHistory
from oscserver.engine import looper_instrument as verbs
from oscserver.engine.looper import Effect, Input, Looper, Play, Rescale, Reverse, Stop, TrackState
from oscserver.engine.timeline import Timeline
from oscserver.exceptions import InvalidArgument, Unavailable
from oscserver.osc.codec import OscArg

RELEASE_TIMEOUT_SECONDS = 1.0  # for the renderer to let go of a track (a clear fades out over 5 ms)
HANDOVER_TIMEOUT_SECONDS = 1.0  # for each step of a crossfade to a kept loop (a few blocks each)
POLL_SECONDS = 0.005
MAX_INPUT_CHANNEL = 2  # the input history keeps the device's first two channels


class LooperInstrument:
    def __init__(
        self,
        looper: Looper,
        loops: LoopKeeper,
        require_audio: Callable[[], AudioControl],
        moment: Callable[[], tuple[float, Timeline]],
        carry_out: Callable[[int, Sequence[Effect]], bool],
        sleep: Callable[[float], Awaitable[None]],
    ) -> None:
        self.looper = looper
        self.loops = loops
        self.history = UndoHistory(len(looper.tracks))
        self._require_audio = require_audio
        self._moment = moment
        self._carry_out = carry_out
        self._sleep = sleep
        self._putting_back = asyncio.Lock()  # one undo or redo at a time: the renderer has one spare buffer

    # -- verbs that reshape the loop --------------------------------------------------------------------

    def multiply(self, number: int, times: int) -> bool:
        control = self._require_audio()
        beat, timeline = self._moment()
        track = self.looper.track(number)
        verbs.holding(track, "multiply")
        stored = control.read_loop(number - 1)
        if stored is None:
            raise Unavailable(f"track {number}: its loop is still being copied in; try again in a moment")
        before = self._snapshot(number, StoredLoop(*stored))
        frames = write_repeats(control.memory.loops[number - 1], stored[0], times)
        effects = [
            replace(e, frames=frames) if isinstance(e, Rescale) else e
            for e in verbs.multiply(self.looper, number, times, beat, timeline)
        ]
        self.history.push(number, before)
        return self._carry_out(number, effects)

    def divide(self, number: int, times: int) -> bool:
        return self._reshape(
            number, lambda beat, timeline: verbs.divide(self.looper, number, times, beat, timeline)
        )

    def speed(self, number: int, value: float) -> None:
        self._reshape(number, lambda beat, timeline: verbs.speed(self.looper, number, value, beat, timeline))

    def reverse(self, number: int, on: bool) -> None:
        self._reshape(number, lambda beat, timeline: verbs.reverse(self.looper, number, on, beat, timeline))

    def oneshot(self, number: int) -> bool:
        self._require_audio()
        beat, timeline = self._moment()
        return self._carry_out(number, verbs.oneshot(self.looper, number, beat, timeline))

    def _reshape(self, number: int, decide: Callable[[float, Timeline], list[Effect]]) -> bool:
        """A change of the loop, kept for undo first when the track holds one."""
        self._require_audio()
        before = self.snapshot_if_whole(number)
        beat, timeline = self._moment()
        effects = decide(beat, timeline)
        if effects and before is not None:
            self.history.push(number, before)
        return self._carry_out(number, effects)

    # -- settings ---------------------------------------------------------------------------------------

    def solo(self, number: int, on: bool) -> None:
        self._carry_out(number, verbs.solo(self.looper, number, on))

    def feedback(self, number: int, value: float) -> None:
        self._carry_out(number, verbs.feedback(self.looper, number, value))

    def set_input(self, number: int, left: int, right: int) -> None:
        for channel in (left, right):
            if not 0 <= channel <= MAX_INPUT_CHANNEL:
                raise InvalidArgument(
                    f"input channels are 1 to {MAX_INPUT_CHANNEL} (0 for none), got {channel}"
                )
        self.looper.track(number).settings.input = (left, right)
        self._carry_out(number, [Input(number, left, right)])

    def set_follow(self, on: bool) -> None:
        self.looper.follow = on
        if not on:
            self.looper.resume.clear()

    def transport_changed(self, playing: bool) -> list[int]:
        """Link started or stopped: the tracks that follow it (the numbers whose state changed)."""
        if not self.looper.follow:
            return []
        beat, timeline = self._moment()
        effects = verbs.transport(self.looper, playing, beat, timeline)
        numbers = sorted({effect.track for effect in effects})
        for number in numbers:
            self._carry_out(number, [e for e in effects if e.track == number])
        return numbers

    # -- undo -------------------------------------------------------------------------------------------

    def before_change(self, number: int) -> None:
        """A take, a clear or an overdub/replace pass is about to change the track: keep it as it is."""
        snapshot = self.snapshot_if_whole(number)
        if snapshot is not None:
            self.history.push(number, snapshot)

    def snapshot_if_whole(self, number: int) -> Snapshot | None:
        """The track as it is (empty, or its whole loop); None while a take is under way or being copied."""
        track = self.looper.track(number)
        if track.state is TrackState.EMPTY and track.take is None:
            return Snapshot(None, 0)
        if track.take is not None or track.loop_bars == 0:
            return None
        control = self._require_audio()
        stored = control.read_loop(number - 1)
        return None if stored is None else self._snapshot(number, StoredLoop(*stored))

    def _snapshot(self, number: int, loop: StoredLoop) -> Snapshot:
        track = self.looper.track(number)
        settings = track.settings
        return Snapshot(loop, track.loop_bars, settings.reverse, settings.speed, track.meant_to_play)

    async def undo(self, number: int) -> bool:
        async with self._putting_back:
            current = self._current(number, "undo")
            return await self._put_back(number, self.history.undo(number, current))

    async def redo(self, number: int) -> bool:
        async with self._putting_back:
            current = self._current(number, "redo")
            return await self._put_back(number, self.history.redo(number, current))

    def _current(self, number: int, verb: str) -> Snapshot:
        self._require_audio()
        current = self.snapshot_if_whole(number)
        if current is None:
            raise Unavailable(f"track {number}: a take is under way or being copied in; {verb} after it")
        return current

    async def _put_back(self, number: int, snapshot: Snapshot) -> bool:
        """Put a kept level back: in place of a loop, crossfaded to at once; else the track cleared (a short
        fade), the loop installed and, if the track was meant to play, playing on at once in phase."""
        control = self._require_audio()
        track = self.looper.track(number)
        whole = control.loop_status(number - 1) is LoopStatus.LOOP and track.state is not TrackState.EMPTY
        crossfade = whole and control.stat(Stat.SPARE_READER) == 0.0
        # (A crossfade when there is a loop to fade from; else, or if the renderer refused it, the way below.)
        loop = snapshot.loop
        if loop is not None and crossfade and await self._hand_over(control, number, snapshot, loop):
            return True
        # An undone clear plays on if the loop was playing; any other change keeps the track as it is.
        playing = snapshot.playing if track.state is TrackState.EMPTY else track.meant_to_play
        self.loops.forget(number)
        self._carry_out(number, self.looper.clear(number))
        settings = self.looper.track(number).settings
        settings.reverse, settings.speed = snapshot.reverse, snapshot.speed
        if snapshot.loop is None:
            return True
        await self._released(control, number)
        beat, _ = self._moment()
        self.loops.install(control, number, snapshot.loop)
        self.looper.restore(number, snapshot.bars, playing=playing)
        effects: list[Effect] = [Reverse(number, beat, True)] if snapshot.reverse else []
        if playing:
            effects.append(Play(number, beat))
        return self._carry_out(number, effects) or True

    async def _hand_over(
        self, control: AudioControl, number: int, snapshot: Snapshot, loop: StoredLoop
    ) -> bool:
        """Crossfade from the track's loop to ``loop``, then write it back into the track's own buffer;
        False when the renderer refused it (the track changed meanwhile): then nothing was changed."""
        playing = self.looper.track(number).meant_to_play
        beat, _ = self._moment()
        handovers = control.stat(Stat.HANDOVERS)
        # Playing on (or stopping) as it was meant to, nothing pending, then the kept loop in its place.
        control.send([Play(number, beat)] if playing else [Stop(number, beat)])
        control.replace_loop(number - 1, loop.shape, loop.frames, backwards=snapshot.reverse)
        await self._until(lambda: control.stat(Stat.HANDOVERS) > handovers, number)
        if control.stat(Stat.SPARE_READER) != number:
            return False
        self.loops.forget(number)
        self.looper.restore(number, snapshot.bars, playing=playing)
        settings = self.looper.track(number).settings
        settings.reverse, settings.speed = snapshot.reverse, snapshot.speed
        self._carry_out(number, [])
        # Until it is back in the track's own buffer, a session saved or a device lost meanwhile reads it.
        self.loops.handing_over(number, loop)
        try:
            # Once the old loop has faded out, the track's own buffer gets the same loop, and is read again.
            await self._until(
                lambda: (
                    control.loop_status(number - 1) is not LoopStatus.BUSY
                    or control.stat(Stat.SPARE_READER) != number  # (cleared, or a take begun, meanwhile)
                ),
                number,
            )
            if control.loop_status(number - 1) is LoopStatus.SPARE and self.looper.track(number).take is None:
                control.return_loop(number - 1, loop.frames)
            await self._until(lambda: control.stat(Stat.SPARE_READER) != number, number)
        finally:
            self.loops.handing_over(number, None)
        return True

    async def _until(self, condition: Callable[[], bool], number: int) -> None:
        waited = 0.0
        while not condition():
            if waited > HANDOVER_TIMEOUT_SECONDS:
                raise Unavailable(f"track {number}: the audio engine did not take the kept loop in time")
            await self._sleep(POLL_SECONDS)
            waited += POLL_SECONDS

    async def _released(self, control: AudioControl, number: int) -> None:
        waited = 0.0
        while control.loop_status(number - 1) is not LoopStatus.FREE:
            if waited > RELEASE_TIMEOUT_SECONDS:
                raise Unavailable(f"track {number}: the audio engine did not let go of it in time")
            await self._sleep(POLL_SECONDS)
            waited += POLL_SECONDS

    def sounding_settings(self) -> list[Effect]:
        """Every track's gain (solo included) and input channels, for a fresh renderer or a loaded session."""
        effects: list[Effect] = []
        for track in self.looper.tracks:
            left, right = track.settings.input
            effects += [self.looper.gain(track), Input(track.number, left, right)]
        return effects

    def directions(self, beat: float) -> list[Effect]:
        """Backwards from ``beat`` for every track set so (a loop installed plays forwards until told)."""
        return [Reverse(t.number, beat, True) for t in self.looper.tracks if t.settings.reverse]

    def status(self) -> list[OscArg]:
        return ["undo_bytes", self.history.size, "undo_levels", self.history.count]
