"""What a loop does beyond record and play: its tempo behaviour (``stretch``), writing it out (``export``)
and where it is (``position``, pushed on every beat so a client can draw its progress)."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from pathlib import Path

from oscserver.audio.control import AudioControl
from oscserver.audio.export import export_wav
from oscserver.audio.looptable import LoopStatus
from oscserver.audio.stretcher import LoopStretcher, StretchMode, Submit, ThreadSubmit
from oscserver.engine.looper import Looper, TrackState
from oscserver.engine.timeline import BarPosition
from oscserver.exceptions import InvalidArgument, Unavailable
from oscserver.link.service import LinkService
from oscserver.osc.controls import control
from oscserver.osc.params import Kind, Param
from oscserver.osc.registry import Endpoint, Reply, Request
from oscserver.osc.subscribers import Publisher

STRETCH_MODES = tuple(mode.value for mode in StretchMode)


class LoopTools:
    def __init__(
        self,
        looper: Looper,
        link: LinkService,
        publisher: Publisher,
        audio: Callable[[], AudioControl],
        samplerate: Callable[[], int],
        data_dir: Path,
        submit: Submit | None = None,
    ) -> None:
        self.looper = looper
        self.link = link
        self.publisher = publisher
        self.audio = audio  # the renderer's control, or Unavailable
        self.samplerate = samplerate
        self.data_dir = data_dir
        self._threads: ThreadSubmit | None = None
        if submit is None:
            submit = self._threads = ThreadSubmit()
        self.stretcher = LoopStretcher(looper, link, samplerate, submit)

    def start(self) -> None:
        self.link.on_beat(self._beat)

    def close(self) -> None:
        if self._threads is not None:
            self._threads.close()

    # -- stretch ----------------------------------------------------------------------------------------

    def stretch_mode(self, number: int) -> StretchMode:
        return self.stretcher.mode(number)

    def set_stretch_mode(self, number: int, mode: str) -> None:
        if mode not in STRETCH_MODES:
            raise InvalidArgument(f"stretch must be one of {', '.join(STRETCH_MODES)}, got {mode!r}")
        self.stretcher.set_mode(number, StretchMode(mode))

    # -- export -----------------------------------------------------------------------------------------

    async def export(self, number: int) -> Path:
        """Write track ``number``'s loop (as recorded) into the data directory's exports."""
        control = self.audio()
        if self.looper.track(number).loop_bars == 0:
            raise InvalidArgument(f"track {number} is empty: there is no loop to export")
        loop = control.read_loop(number - 1)
        if loop is None:
            raise Unavailable(f"track {number}'s loop is still being recorded; try again in a moment")
        samplerate = self.samplerate()
        return await asyncio.to_thread(export_wav, self.data_dir, f"track-{number}", loop[1], samplerate)

    # -- position ---------------------------------------------------------------------------------------

    def position(self, number: int, beat: float | None = None) -> float:
        """Where the track's loop is at ``beat`` (now by default), from 0 (its start) up to 1; 0 without a
        whole loop."""
        try:
            control = self.audio()
        except Unavailable:
            return 0.0
        record = control.memory.loop_table.settled(number - 1)
        if record is None or record.status is not LoopStatus.LOOP or record.shape is None:
            return 0.0
        shape = record.shape
        at = self.link.beat_now() if beat is None else beat
        return ((at - shape.anchor) / shape.loop_beats) % 1.0

    def position_reply(self, number: int, beat: float | None = None) -> Reply:
        return (f"/looper/{number}/position", (float(self.position(number, beat)),))

    def _beat(self, beat: float, _: BarPosition) -> None:
        for track in self.looper.tracks:
            if track.state in (TrackState.PLAYING, TrackState.STOPPING):  # (it sounds)
                address, args = self.position_reply(track.number, beat)
                self.publisher.publish(address, args, force=True)

    # -- endpoints --------------------------------------------------------------------------------------

    def endpoints(self) -> list[Endpoint]:
        tracks = range(1, len(self.looper.tracks) + 1)

        def stretch_value(n: int) -> tuple[str]:
            return (self.stretch_mode(n).value,)

        async def export(request: Request) -> list[Reply]:
            path = await self.export(request.path_integer("n"))
            return [("/done", (request.address, str(path)))]

        return [
            control(
                "/looper/<n>/stretch",
                Param("mode", Kind.STRING, choices=STRETCH_MODES, default=None),
                get=lambda path: stretch_value(path["n"]),
                set=lambda path, mode: self.set_stretch_mode(path["n"], mode),
                summary="What a tempo change does to the loop: tape (it plays faster or slower, its pitch "
                "follows) or pitch (time-stretched from the next bar line on, its pitch kept).",
                dump=lambda: [(f"/looper/{n}/stretch", stretch_value(n)) for n in tracks],
                reply="/looper/<n>/stretch s:mode",
            ),
            Endpoint(
                "/looper/<n>/export",
                "Write the loop (as recorded) as a 32-bit float WAV file in the data directory's exports/.",
                export,
                button=True,
                reply="/done s:address s:path",
            ),
            Endpoint(
                "/looper/<n>/position",
                "Where the loop is, from 0 (its start) up to 1; pushed on every beat while it plays.",
                lambda r: [self.position_reply(r.path_integer("n"))],
                reply="/looper/<n>/position f:position",
            ),
        ]
