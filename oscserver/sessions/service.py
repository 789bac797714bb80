"""``/session/save``, ``/session/load``, ``/session/list``, loading at start and the autosave at shutdown."""

from __future__ import annotations

import asyncio
import inspect
import logging
import time
from collections.abc import Awaitable, Callable, Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

from oscserver.exceptions import InvalidArgument, RequestError, StartupError
from oscserver.osc.codec import OscArg
from oscserver.osc.params import Kind, Param
from oscserver.osc.registry import Endpoint, Reply, Request
from oscserver.sessions.files import Deadline
from oscserver.sessions.names import check_name
from oscserver.sessions.parts import Captured, SessionPart
from oscserver.sessions.store import Audio, HasShape, Opened, SessionStore

log = logging.getLogger(__name__)

AUTOSAVE = "autosave"
# The most a load or save may take on the disk (a save of 8 full tracks writes about 320 MB). The work runs
# in a thread that cannot be cancelled, so it checks this itself between its steps and gives up.
TIME_LIMIT_SECONDS = 60.0


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
        time_limit: float = TIME_LIMIT_SECONDS,
    ) -> None:
        self.store = store
        self.parts = list(parts)
        # The rate audio is saved at: the running device's (which a JACK server decides), hence a callable.
        self._samplerate = samplerate
        self._load_at_start = load_at_start
        self._autosave = autosave
        self._time_limit = time_limit
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
                state, owned = await _captured(part)
                parts[part.key] = state
                audio.update(owned)
            deadline = Deadline(self._time_limit, f"saving session {name!r}")
            # Disk work off the event loop: nothing else waits for it.
            await asyncio.to_thread(self.store.save, name, parts, audio, self.samplerate, deadline)
            if name != AUTOSAVE:
                self.current = name
            self.saves += 1
            return name

    async def load(self, name: str) -> str:
        """Load session ``name``: every part checks its section first, then its audio is read (only what the
        parts expect, each file no larger than they expect), then every part applies its section. A load
        refused at any step changes nothing; a part that fails to apply puts back what was applied."""
        check_name(name)
        async with self._lock:
            deadline = Deadline(self._time_limit, f"loading session {name!r}")
            opened = await asyncio.to_thread(self.store.open, name, deadline)
            sections = self._check(opened, opened.audio)
            audio = await asyncio.to_thread(self.store.read_audio, opened, deadline)
            self._check(opened, audio)  # the samples themselves, now that they are read
            await self._apply(name, sections, audio, opened.samplerate)
            self.current = name
            return name

    def _check(self, opened: Opened, audio: Mapping[str, HasShape]) -> list[dict[str, Any]]:
        """Each part's section, checked by the part (InvalidArgument at the first thing wrong), and no
        audio that no part uses."""
        sections: list[dict[str, Any]] = []
        used: set[str] = set()
        for part in self.parts:
            # A part added after sessions were first saved says, as ``when_absent``, what a session saved
            # before it means for it; the others' sections must be there.
            section = opened.parts.get(part.key, getattr(part, "when_absent", None))
            if section is None:
                raise InvalidArgument(f"session {opened.name!r} has no {part.key!r} section")
            used.update(part.check(section, audio, opened.samplerate))
            sections.append(section)
        strays = sorted(set(opened.audio) - used)
        if strays:
            files = ", ".join(opened.audio[stem].file for stem in strays)
            raise InvalidArgument(f"session {opened.name!r}: {files} belongs to no part of the session")
        return sections

    async def _apply(self, name: str, sections: list[dict[str, Any]], audio: Audio, samplerate: int) -> None:
        """Apply every part's section; when one fails (a device that goes away meanwhile), put the parts
        already changed back as they were, so that the load is refused as a whole."""
        before = [await _captured(part) for part in self.parts]
        changed: list[tuple[SessionPart, Captured]] = []
        try:
            for part, section, previous in zip(self.parts, sections, before, strict=True):
                changed.append((part, previous))
                await _finished(part.apply(section, audio, samplerate))
        except Exception:
            for part, (state, owned) in reversed(changed):
                try:
                    await _finished(part.apply(state, owned, self.samplerate))
                except Exception:
                    log.exception("session %r: the %s part could not be put back as it was", name, part.key)
            raise

    async def _save_request(self, request: Request) -> list[Reply]:
        name = request.optional_text("name") or self.current or time.strftime("%Y-%m-%d %H-%M-%S")
        await self.save(name)
        return [("/done", ("/session/save", name))]

    async def _load_request(self, request: Request) -> list[Reply]:
        name = request.text("name")
        await self.load(name)
        return [("/done", ("/session/load", name))]


async def _captured(part: SessionPart) -> Captured:
    captured = part.capture()
    return await captured if inspect.isawaitable(captured) else captured


async def _finished(applied: Awaitable[None] | None) -> None:
    if applied is not None and inspect.isawaitable(applied):
        await applied


def _name_problem(name: str | None) -> str | None:
    if name is None:
        return None
    try:
        check_name(name)
    except InvalidArgument as err:
        return str(err)
    return None
