"""``/session/save``, ``/session/load``, ``/session/list``, loading at start and the autosave at shutdown."""

from __future__ import annotations

import asyncio
import inspect
import logging
import time
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

from oscserver.exceptions import InvalidArgument, RequestError, StartupError
from oscserver.osc.codec import OscArg
from oscserver.osc.params import Kind, Param
from oscserver.osc.registry import Endpoint, Reply, Request
from oscserver.sessions.names import check_name
from oscserver.sessions.parts import SessionPart
from oscserver.sessions.store import Audio, SessionStore

log = logging.getLogger(__name__)

AUTOSAVE = "autosave"


def default_data_dir() -> Path:
    import platformdirs

    return Path(platformdirs.user_data_dir("oscserver", appauthor=False))


class SessionService:
    """A Subsystem. It stops first (it starts last), so the autosave sees every other part still running."""

    name = "sessions"

    def __init__(
        self,
        store: SessionStore,
        parts: Sequence[SessionPart],
        samplerate: int | Callable[[], int],
        load_at_start: str | None = None,
        autosave: bool = True,
    ) -> None:
        self.store = store
        self.parts = list(parts)
        # The rate audio is saved at: the running device's (which a JACK server decides), hence a callable.
        self._samplerate = samplerate
        self._load_at_start = load_at_start
        self._autosave = autosave
        self._lock = asyncio.Lock()
        self.current: str | None = None
        self.saves = 0

    @property
    def samplerate(self) -> int:
        return self._samplerate() if callable(self._samplerate) else self._samplerate

    def add_part(self, part: SessionPart) -> None:
        self.parts.append(part)

    # -- Subsystem ------------------------------------------------------------------------------------

    def endpoints(self) -> Iterable[Endpoint]:
        return [
            Endpoint(
                "/session/save",
                "Save tempo, tracks, loops and settings; answers when every byte is on disk.",
                self._save_request,
                params=(Param("name", Kind.STRING, default=None, check=_name_problem),),
                reply="/done /session/save s:name",
            ),
            Endpoint(
                "/session/load",
                "Load a saved session; a bad or missing session changes nothing.",
                self._load_request,
                params=(Param("name", Kind.STRING, check=_name_problem),),
                reply="/done /session/load s:name",
            ),
            Endpoint(
                "/session/list",
                "The saved sessions, by name.",
                lambda _: [("/session/list", tuple(self.store.names()))],
                reply="/session/list s:name ...",
            ),
        ]

    def status(self) -> Iterable[tuple[str, OscArg]]:
        return [("session", self.current or ""), ("data_dir", str(self.store.root))]

    async def start(self) -> None:
        if self._load_at_start:
            try:
                await self.load(self._load_at_start)
            except RequestError as err:
                raise StartupError(f"cannot load session {self._load_at_start!r}: {err}") from err
            log.info("loaded session %r", self._load_at_start)

    async def stop(self) -> None:
        if self._autosave:
            try:
                await self.save(AUTOSAVE)
                log.info("state autosaved as session %r in %s", AUTOSAVE, self.store.root)
            except Exception:
                log.exception("autosave failed")

    # -- saving and loading ----------------------------------------------------------------------------

    async def save(self, name: str) -> str:
        check_name(name)
        async with self._lock:
            parts: dict[str, Any] = {}
            audio: Audio = {}
            for part in self.parts:
                captured = part.capture()
                state, owned = await captured if inspect.isawaitable(captured) else captured
                parts[part.key] = state
                audio.update(owned)
            # Disk work off the event loop: nothing else waits for it.
            await asyncio.to_thread(self.store.save, name, parts, audio, self.samplerate)
            if name != AUTOSAVE:
                self.current = name
            self.saves += 1
            return name

    async def load(self, name: str) -> str:
        check_name(name)
        async with self._lock:
            loaded = await asyncio.to_thread(self.store.load, name)
            for part in self.parts:
                if part.key not in loaded.parts:
                    raise InvalidArgument(f"session {name!r} has no {part.key!r} section")
                part.check(loaded.parts[part.key], loaded.audio, loaded.samplerate)
            for part in self.parts:
                applied = part.apply(loaded.parts[part.key], loaded.audio, loaded.samplerate)
                if inspect.isawaitable(applied):
                    await applied
            self.current = name
            return name

    async def _save_request(self, request: Request) -> list[Reply]:
        name = request.optional_text("name") or self.current or time.strftime("%Y-%m-%d %H-%M-%S")
        await self.save(name)
        return [("/done", ("/session/save", name))]

    async def _load_request(self, request: Request) -> list[Reply]:
        name = request.text("name")
        await self.load(name)
        return [("/done", ("/session/load", name))]


def _name_problem(name: str | None) -> str | None:
    if name is None:
        return None
    try:
        check_name(name)
    except InvalidArgument as err:
        return str(err)
    return None
