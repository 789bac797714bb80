"""The loops that are the server's to keep until the renderer has them.

Two moments leave a whole loop with the server only: a loop written into the renderer's memory (from a
session, or after the device came back) that the renderer has not taken yet (it does at its next block), and
every loop while the device is away (read back from the shared memory when it went). Both are the same
thing, a loop the renderer does not hold, so one table by track keeps them; an entry leaves it when the
renderer has taken its loop, or when the track is recorded, armed, cleared or replaced.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field, replace

from oscserver.audio.control import AudioControl
from oscserver.audio.looptable import LoopStatus, StoredLoop
from oscserver.engine.looper import Looper, Play, Track, TrackSettings, TrackState
from oscserver.exceptions import Overloaded, Unavailable

log = logging.getLogger(__name__)

RELEASE_TIMEOUT_SECONDS = 3.0  # for the renderer to let go of every track's buffer when a session loads
POLL_SECONDS = 0.005

Running = Callable[[], AudioControl | None]  # the renderer's control while audio runs, else None
Sleep = Callable[[float], Awaitable[None]]


@dataclass(frozen=True)
class TrackSetting:
    """One track as a session keeps it."""

    number: int
    volume: float = 1.0
    muted: bool = False
    loop: StoredLoop | None = None
    bars: int = 0  # the loop's bars (0 without a loop)
    playing: bool = False  # the loop was playing (or about to)
    stretch: str = "tape"  # what a tempo change does to it (see audio.stretcher)
    settings: TrackSettings = field(default_factory=TrackSettings)  # direction, speed, feedback, input, solo


def bars_of(loop: StoredLoop, quantum: float, track: Track) -> int:
    """The bars of a loop held in a track: its beats over the bar, unless the bar has changed since."""
    bars = loop.shape.loop_beats / quantum
    whole = round(bars)
    if whole >= 1 and abs(bars - whole) < 1e-6:
        return whole
    return max(1, track.loop_bars or whole)


class LoopKeeper:
    def __init__(self, looper: Looper) -> None:
        self._looper = looper
        self.tracks = len(looper.tracks)
        self._loops: dict[int, StoredLoop] = {}
        # Loops being handed over by an undo or redo (crossfaded to from the spare buffer, then written back):
        # for those milliseconds the track's own buffer does not say LOOP, and the loop is only here.
        self._handed: dict[int, StoredLoop] = {}

    def handing_over(self, number: int, loop: StoredLoop | None) -> None:
        """Track ``number`` is being handed ``loop`` (None: the hand-over is over)."""
        if loop is None:
            self._handed.pop(number, None)
        else:
            self._handed[number] = loop

    def kept(self) -> dict[int, StoredLoop]:
        """The loops kept, by track (a copy)."""
        return dict(self._loops)

    def install(self, control: AudioControl, number: int, loop: StoredLoop) -> None:
        """Write ``loop`` into track ``number`` of the renderer; kept until the renderer has taken it."""
        control.install_loop(number - 1, loop.shape, loop.frames)
        self._loops[number] = loop

    def forget(self, number: int) -> None:
        """Track ``number`` gets something else (a take, a clear, a session's track): drop what was kept."""
        self._loops.pop(number, None)
        self._handed.pop(number, None)

    def hold(self, loops: Mapping[int, StoredLoop]) -> None:
        """Keep exactly ``loops`` (the device is away: they go in when it is back)."""
        self._loops = dict(loops)

    def settle(self, control: AudioControl) -> None:
        """Forget the loops the renderer has taken (its table no longer says FREE for them)."""
        for number in list(self._loops):
            if control.loop_status(number - 1) is not LoopStatus.FREE:
                del self._loops[number]

    def read(self, control: AudioControl) -> dict[int, StoredLoop]:
        """Every whole loop in the renderer's memory, and those on their way in, by track."""
        found: dict[int, StoredLoop] = {}
        for number in range(1, self.tracks + 1):
            loop = control.read_loop(number - 1)
            if loop is not None:
                found[number] = StoredLoop(*loop)
            elif number in self._loops and control.loop_status(number - 1) is LoopStatus.FREE:
                found[number] = self._loops[number]
            elif number in self._handed:
                found[number] = self._handed[number]
        return found

    def unsettled(self, control: AudioControl, track: Track) -> bool:
        """Whether a track the state machine says has a loop (and no take under way) does not have it whole
        in the renderer yet, nor kept here: its take is still being copied, or has not reached it yet."""
        if track.take is not None or track.loop_bars == 0:
            return False
        status = control.loop_status(track.number - 1)
        if track.number in self._handed:
            return False  # read from here until the hand-over is over
        return status is LoopStatus.BUSY or (status is LoopStatus.FREE and track.number not in self._loops)

    async def until_settled(self, running: Running, sleep: Sleep, most: float) -> None:
        """Wait (``most`` seconds at most) until every track the state machine says has a loop (and no take
        under way) has it whole in the renderer, or kept here: a take whose bar lines have passed may still
        be being copied, or its capture may not even have reached the renderer's next block yet."""
        waited = 0.0
        while waited < most:
            control = running()
            if control is None or not any(self.unsettled(control, t) for t in self._looper.tracks):
                return
            await sleep(POLL_SECONDS)
            waited += POLL_SECONDS

    async def until_released(self, control: AudioControl, running: Running, sleep: Sleep) -> None:
        """Wait until the renderer has let go of every track (a clear fades out over a few milliseconds);
        not beyond the renderer running (``running()`` no longer ``control``)."""
        waited = 0.0
        while not all(control.loop_status(i) is LoopStatus.FREE for i in range(self.tracks)):
            if running() is not control:
                return
            if waited > RELEASE_TIMEOUT_SECONDS:
                raise Unavailable("the audio engine did not let go of its tracks in time; they are cleared")
            await sleep(POLL_SECONDS)
            waited += POLL_SECONDS

    # -- the device going away and coming back -------------------------------------------------------------

    def keep_all(self, control: AudioControl, quantum: float) -> None:
        """The device is gone: keep every whole loop of its renderer (its memory outlives it); each track
        keeps its loop, playing or not as it was meant to, and a take under way is lost."""
        self._loops = self.read(control)
        for track in self._looper.tracks:
            loop = self._loops.get(track.number)
            if loop is not None:
                bars = bars_of(loop, quantum, track)
                self._looper.restore(track.number, bars, playing=track.meant_to_play)
            elif track.state is not TrackState.EMPTY:
                self._looper.clear(track.number)

    def give_back(self, control: AudioControl, beat: float) -> tuple[int, list[int]]:
        """A fresh renderer runs: install every loop kept, those playing playing on at ``beat`` (a loop on
        the beat is in phase at once). How many came back, and the tracks cleared as they could not."""
        capacity = control.memory.loops.shape[1]
        restored, cleared = 0, []
        for number, loop in sorted(self._loops.items()):
            problem = loop.shape.problem(capacity)
            try:
                if problem is not None:
                    raise Unavailable(f"it does not fit the device as it came back: {problem}")
                self.install(control, number, loop)
                if self._looper.track(number).state is TrackState.PLAYING:
                    control.send([Play(number, beat)])
                restored += 1
            except (Unavailable, Overloaded) as err:  # (never from a fresh renderer; but the rest come back)
                log.warning("track %d: its loop could not be restored: %s", number, err)
                self.forget(number)
                self._looper.clear(number)
                cleared.append(number)
        return restored, cleared

    # -- sessions -------------------------------------------------------------------------------------------

    def settings(self, control: AudioControl | None, quantum: float) -> list[TrackSetting]:
        """Every track as a session keeps it: gain, and its whole loop (read from the renderer's memory, or
        kept while the device is away: ``control`` None). A take still being recorded or copied is not
        kept."""
        loops = self.read(control) if control is not None else self.kept()
        settings = []
        for track in self._looper.tracks:
            # A track just cleared is empty although the renderer lets go of its loop only at its next block.
            loop = loops.get(track.number) if track.state is not TrackState.EMPTY else None
            settings.append(
                TrackSetting(
                    number=track.number,
                    volume=float(track.volume),
                    muted=track.muted,
                    loop=loop,
                    bars=bars_of(loop, quantum, track) if loop else 0,
                    playing=loop is not None and track.meant_to_play,
                    settings=replace(track.settings, replace=False),
                )
            )
        return settings
