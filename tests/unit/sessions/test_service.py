"""The session service: a load checks every part before any applies, reads only the audio the parts use,
and a load refused at any step (a part that fails while applying too) changes nothing."""

from __future__ import annotations

import asyncio
import os
from collections.abc import Collection, Mapping
from pathlib import Path
from typing import Any

import pytest

from oscserver.exceptions import InvalidArgument, Unavailable
from oscserver.sessions.service import SessionService
from oscserver.sessions.store import Audio, HasShape, SessionStore
from tests.unit.sessions.test_sessions import loop

RATE = 48000


class Dial:
    """A part holding one number (refused above ``most``) and, when asked, loops."""

    def __init__(self, key: str, value: float = 1.0, most: float = 1000.0) -> None:
        self.key = key
        self.value = value
        self.most = most
        self.audio: Audio = {}
        self.applied: list[float] = []

    def capture(self) -> tuple[dict[str, Any], Audio]:
        return {"value": self.value}, dict(self.audio)

    def check(self, state: dict[str, Any], audio: Mapping[str, HasShape], samplerate: int) -> Collection[str]:
        if not state["value"] <= self.most:
            raise InvalidArgument(f"{self.key}.value must be at most {self.most:g}, got {state['value']}")
        return [stem for stem in audio if stem.startswith(self.key)]

    def apply(self, state: dict[str, Any], audio: Audio, samplerate: int) -> None:
        self.value = state["value"]
        self.audio = {stem: frames for stem, frames in audio.items() if stem.startswith(self.key)}
        self.applied.append(self.value)


class BreaksWhileApplying(Dial):
    """A part whose device goes away in the middle of a load (once)."""

    def __init__(self, key: str) -> None:
        super().__init__(key)
        self.broken = True

    async def apply(self, state: dict[str, Any], audio: Audio, samplerate: int) -> None:  # type: ignore[override]
        await asyncio.sleep(0)
        if self.broken:
            self.broken = False
            self.value = -1.0  # half done, as a device that vanished leaves it
            raise Unavailable("the device went away")
        super().apply(state, audio, samplerate)


def service(tmp_path: Path, *parts: Dial, time_limit: float = 60.0) -> SessionService:
    return SessionService(SessionStore(tmp_path), list(parts), RATE, autosave=False, time_limit=time_limit)


def test_a_part_failing_while_applying_puts_back_the_parts_already_changed(tmp_path: Path) -> None:
    tempo, looper, after = Dial("tempo", 120.0), BreaksWhileApplying("looper"), Dial("midi", 0.0)
    sessions = service(tmp_path, tempo, looper, after)

    async def body() -> None:
        tempo.value, looper.value, after.value = 90.0, 2.0, 1.0
        await sessions.save("gig")
        tempo.value, looper.value, after.value = 120.0, 3.0, 0.0
        with pytest.raises(Unavailable, match="the device went away"):
            await sessions.load("gig")
        assert (tempo.value, looper.value, after.value) == (120.0, 3.0, 0.0)
        assert after.applied == []  # never reached
        assert sessions.current == "gig"  # (from the save: the refused load did not change it)
        await sessions.load("gig")  # the device is back: it loads
        assert (tempo.value, looper.value, after.value) == (90.0, 2.0, 1.0)

    asyncio.run(body())


def test_a_part_refusing_its_section_stops_the_load_before_any_part_applies(tmp_path: Path) -> None:
    first, second = Dial("tempo", 120.0), Dial("looper", 11.0, most=10.0)
    sessions = service(tmp_path, first, second)

    async def body() -> None:
        first.value = 90.0
        await sessions.save("bad")  # (a save does not check: the state is the server's own)
        first.value = 120.0
        with pytest.raises(InvalidArgument, match=r"^looper\.value must be at most 10, got 11\.0$"):
            await sessions.load("bad")
        assert first.applied == [] and second.applied == []

    asyncio.run(body())


def test_audio_no_part_uses_is_refused_without_being_read(tmp_path: Path) -> None:
    part = Dial("track")
    part.audio = {"track-1": loop(0.1)}
    other = Dial("other")
    other.audio = {"other-1": loop(0.1)}
    sessions = service(tmp_path, part, other)

    async def body() -> None:
        await sessions.save("gig")
        sessions.parts.remove(other)  # a server without that part now: its audio belongs to no one
        stray = (tmp_path / "gig").resolve() / "other-1.wav"
        stray.unlink()
        os.mkfifo(stray)  # read, it would be refused as "not a regular file", not as a stray
        with pytest.raises(InvalidArgument) as refused:
            await asyncio.wait_for(sessions.load("gig"), 5.0)
        assert str(refused.value) == "session 'gig': other-1.wav belongs to no part of the session"
        assert part.applied == []

    asyncio.run(body())


def test_a_fifo_as_session_json_is_refused_at_once_and_the_next_save_works(tmp_path: Path) -> None:
    part = Dial("tempo")
    sessions = service(tmp_path, part)

    async def body() -> None:
        await sessions.save("gig")
        document = (tmp_path / "gig").resolve() / "session.json"
        document.unlink()
        os.mkfifo(document)
        with pytest.raises(InvalidArgument, match=r"session\.json is not a regular file"):
            await asyncio.wait_for(sessions.load("gig"), 5.0)
        part.value = 5.0
        await asyncio.wait_for(sessions.save("gig"), 5.0)
        part.value = 1.0
        await asyncio.wait_for(sessions.load("gig"), 5.0)
        assert part.value == 5.0

    asyncio.run(body())


def test_loads_and_saves_past_the_time_limit_are_given_up(tmp_path: Path) -> None:
    part = Dial("tempo")
    part.audio = {"tempo-1": loop(0.1)}
    sessions = service(tmp_path, part, time_limit=0.0)

    async def body() -> None:
        with pytest.raises(
            Unavailable, match=r"^saving session 'gig' took longer than 0 s and was given up$"
        ):
            await sessions.save("gig")
        assert os.listdir(tmp_path) == []
        SessionStore(tmp_path).save("gig", {"tempo": {"value": 3.0}}, {}, RATE)
        with pytest.raises(Unavailable, match=r"^loading session 'gig' took longer than 0 s"):
            await sessions.load("gig")
        assert part.applied == []

    asyncio.run(body())
