"""Sessions on disk, written so that a kill at any moment leaves the previous session intact.

Layout under the data directory::

    <name>                 a symlink to the current version of session <name>
    .<name>.<id>/          one complete version: session.json and one float32 WAV per loop

A save writes a new version directory beside the old one, fsyncs every file and the directory, then
points the symlink at it with one atomic ``rename`` over the old link, fsyncs the data directory, and only
then removes the old version. Before the rename, readers see the old version; after it, the new one;
never a mixture. Versions left by a save that was killed are removed by the next save.
"""

from __future__ import annotations

import errno
import hashlib
import io
import json
import logging
import os
import re
import shutil
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

import numpy as np
import numpy.typing as npt
import soundfile

from oscserver.exceptions import InvalidArgument, Unavailable
from oscserver.sessions.files import (
    NO_LIMIT,
    Deadline,
    open_directory,
    read_regular,
    save_failure,
    sync_directory,
    write_new,
)
from oscserver.sessions.names import check_name

log = logging.getLogger(__name__)

DOCUMENT = "session.json"
FORMAT = "oscserver-session"
VERSION = 1
MAX_DOCUMENT_BYTES = 1024 * 1024
MIN_SAMPLERATE, MAX_SAMPLERATE = 8000, 384000
SAMPLE_BYTES = 4  # float32
# A float WAV's chunks besides its samples (RIFF, fmt, fact, PEAK...): under 100 bytes as libsndfile writes
# them; an audio file larger than its samples and this is not the file session.json describes.
MAX_WAV_OVERHEAD_BYTES = 4096
# An audio file's stem: what a part names it, never a path ("track-3").
_STEM = re.compile(r"[A-Za-z0-9][A-Za-z0-9_-]{0,63}")
_SHA256 = re.compile(r"[0-9a-f]{64}")

Audio = dict[str, npt.NDArray[np.float32]]


class HasShape(Protocol):
    @property
    def shape(self) -> tuple[int, ...]: ...


@dataclass(frozen=True)
class Declared:
    """An audio file as session.json describes it: known before a byte of it is read."""

    file: str
    sha256: str
    frames: int
    channels: int

    @property
    def shape(self) -> tuple[int, int]:
        return (self.frames, self.channels)

    @property
    def size_limit(self) -> int:
        return self.frames * self.channels * SAMPLE_BYTES + MAX_WAV_OVERHEAD_BYTES


@dataclass(frozen=True)
class Opened:
    """A session's document, checked, and where its version lies; its audio not read yet."""

    name: str
    version: str  # the version directory's name inside the data directory
    parts: dict[str, Any]
    audio: dict[str, Declared]
    samplerate: int


@dataclass(frozen=True)
class Loaded:
    parts: dict[str, Any]
    audio: Audio
    samplerate: int


class SessionStore:
    def __init__(self, root: Path) -> None:
        self.root = root

    def names(self) -> list[str]:
        if not self.root.is_dir():
            return []
        return sorted(p.name for p in self.root.iterdir() if p.is_symlink() and _acceptable(p.name))

    # -- saving -------------------------------------------------------------------------------------

    def save(
        self, name: str, parts: dict[str, Any], audio: Audio, samplerate: int, deadline: Deadline = NO_LIMIT
    ) -> None:
        """Write session ``name``: complete and on disk when this returns, or the old one untouched and
        nothing of the new one left behind."""
        check_name(name)
        try:
            self.root.mkdir(parents=True, exist_ok=True)
        except OSError as err:
            raise Unavailable(f"cannot create the data directory {self.root}: {err.strerror}") from err
        version = self.root / f".{name}.{uuid.uuid4().hex[:12]}"
        temporary_link = self.root / f".{name}.link.{uuid.uuid4().hex[:12]}"
        link = self.root / name

        def remove_what_was_written() -> None:
            temporary_link.unlink(missing_ok=True)
            shutil.rmtree(version, ignore_errors=True)

        try:
            self._remove_abandoned_versions(name)
            previous = link.resolve() if link.is_symlink() else None
            version.mkdir()
            with open_directory(version) as fd:
                document = _write_version(fd, parts, audio, samplerate, deadline)
                write_new(fd, DOCUMENT, document, deadline)
                sync_directory(fd)
            deadline.check()
            os.symlink(version.name, temporary_link)
            os.replace(temporary_link, link)  # the one atomic step
        except OSError as err:
            remove_what_was_written()
            raise Unavailable(save_failure(err, f"session {name!r}")) from err
        except BaseException:
            remove_what_was_written()
            raise
        try:
            sync_directory(self.root)
        except OSError as err:  # the new version is in place: it stays, but it may not survive a power cut
            raise Unavailable(
                f"session {name!r} is saved but not yet safely on disk: {err.strerror}"
            ) from err
        if previous is not None and previous != version and previous.parent == self.root:
            shutil.rmtree(previous, ignore_errors=True)

    def _remove_abandoned_versions(self, name: str) -> None:
        """Versions (and half-made links) that a killed save left behind; never the current one."""
        link = self.root / name
        current = os.readlink(link) if link.is_symlink() else None
        for path in self.root.glob(f".{name}.*"):
            if path.name == current:
                continue
            if path.is_symlink():
                path.unlink(missing_ok=True)
            elif path.is_dir() and path.name.count(".") == 2:
                shutil.rmtree(path, ignore_errors=True)

    # -- loading ------------------------------------------------------------------------------------

    def load(self, name: str, deadline: Deadline = NO_LIMIT) -> Loaded:
        """Read and check everything; nothing is returned unless all of it is sound."""
        opened = self.open(name, deadline)
        return Loaded(opened.parts, self.read_audio(opened, deadline), opened.samplerate)

    def open(self, name: str, deadline: Deadline = NO_LIMIT) -> Opened:
        """Session ``name``'s document, checked, with what it says of its audio (nothing of which is read:
        the parts decide first what they expect, so a stray or oversized file is refused unread)."""
        check_name(name)
        where = f"session {name!r}"
        try:
            version = os.readlink(self.root / name)
        except FileNotFoundError as err:
            raise InvalidArgument(f"no session named {name!r}; /session/list shows what there is") from err
        except OSError as err:
            if err.errno == errno.EINVAL:  # there, but not a link: not something a save made
                raise InvalidArgument(f"{where} is not a saved session") from err
            raise InvalidArgument(f"{where} cannot be read: {err.strerror}") from err
        if "/" in version or version in (".", ".."):
            raise InvalidArgument(f"{where} points outside the data directory ({version!r})")
        with self._version(version, where) as fd:
            raw = read_regular(fd, DOCUMENT, MAX_DOCUMENT_BYTES, where, deadline)
        try:
            document = json.loads(raw, parse_constant=_no_constant)
        except (ValueError, UnicodeDecodeError, RecursionError) as err:
            raise InvalidArgument(f"{where}: {DOCUMENT} is not valid JSON ({err})") from err
        samplerate, files = _check_document(where, document)
        return Opened(name, version, document["parts"], files, samplerate)

    def read_audio(self, opened: Opened, deadline: Deadline = NO_LIMIT) -> Audio:
        """Every audio file ``opened`` declares, each checked against its checksum and its description."""
        where = f"session {opened.name!r}"
        audio: Audio = {}
        with self._version(opened.version, where) as fd:
            for stem, declared in opened.audio.items():
                raw = read_regular(fd, declared.file, declared.size_limit, where, deadline)
                if hashlib.sha256(raw).hexdigest() != declared.sha256:
                    raise InvalidArgument(f"{where}: {declared.file} does not match its checksum")
                audio[stem] = _decode(raw, declared, opened.samplerate, where)
        return audio

    @contextmanager
    def _version(self, version: str, where: str) -> Iterator[int]:
        """The version directory's descriptor: a directory right inside the data directory, not a link."""
        try:
            with open_directory(self.root, follow=True) as root, open_directory(version, root) as fd:
                yield fd
        except OSError as err:
            if err.errno in (errno.ELOOP, errno.ENOTDIR):
                raise InvalidArgument(f"{where}: its version {version!r} is not a directory") from err
            raise InvalidArgument(f"{where} cannot be read: {err.strerror}") from err


def _acceptable(name: str) -> bool:
    try:
        check_name(name)
    except InvalidArgument:
        return False
    return True


def _no_constant(constant: str) -> Any:
    raise ValueError(f"{constant} is not a number JSON allows")


def _check_document(where: str, document: Any) -> tuple[int, dict[str, Declared]]:
    def bad(reason: str) -> InvalidArgument:
        return InvalidArgument(f"{where}: {reason}")

    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise bad("not an oscserver session")
    if document.get("version") != VERSION:
        raise bad(
            f"format version {document.get('version')!r} is not supported (this server reads {VERSION})"
        )
    samplerate = document.get("samplerate")
    if type(samplerate) is not int or not MIN_SAMPLERATE <= samplerate <= MAX_SAMPLERATE:
        raise bad(
            f"samplerate must be an integer between {MIN_SAMPLERATE} and {MAX_SAMPLERATE}, got {samplerate!r}"
        )
    if not isinstance(document.get("parts"), dict):
        raise bad("'parts' must be an object")
    files = document.get("audio")
    if not isinstance(files, dict):
        raise bad("'audio' must be an object")
    declared: dict[str, Declared] = {}
    for stem, entry in files.items():
        if not _STEM.fullmatch(stem):
            raise bad(f"audio entry {stem!r} is not a name a session gives its audio")
        if not isinstance(entry, dict) or not all(
            type(entry.get(k)) is t
            for k, t in (("file", str), ("sha256", str), ("frames", int), ("channels", int))
        ):
            raise bad(f"audio entry {stem!r} must have file, sha256, frames and channels")
        if entry["file"] != f"{stem}.wav":
            raise bad(f"audio entry {stem!r} must be the file {stem}.wav, not {entry['file']!r}")
        if not _SHA256.fullmatch(entry["sha256"]):
            raise bad(f"audio entry {stem!r} has no valid sha256")
        if entry["frames"] < 0 or entry["channels"] < 1:
            raise bad(f"audio entry {stem!r} must have at least one channel and no negative frames")
        declared[stem] = Declared(entry["file"], entry["sha256"], entry["frames"], entry["channels"])
    return samplerate, declared


def _decode(raw: bytes, declared: Declared, samplerate: int, where: str) -> npt.NDArray[np.float32]:
    try:
        frames, rate = soundfile.read(io.BytesIO(raw), dtype="float32", always_2d=True)
    except (soundfile.SoundFileError, RuntimeError, ValueError) as err:
        raise InvalidArgument(
            f"{where}: {declared.file} is not a WAV file this server reads ({err})"
        ) from err
    if rate != samplerate or frames.shape != declared.shape:
        raise InvalidArgument(f"{where}: {declared.file} is not what {DOCUMENT} says")
    if not np.isfinite(frames).all():
        raise InvalidArgument(f"{where}: {declared.file} holds samples that are not finite numbers")
    return frames  # type: ignore[no-any-return]


def _write_version(
    directory: int, parts: dict[str, Any], audio: Audio, samplerate: int, deadline: Deadline
) -> bytes:
    """Write each loop into the new version's directory; session.json's bytes, describing them."""
    files = {}
    for stem, frames in sorted(audio.items()):
        deadline.check()
        file = f"{stem}.wav"
        encoded = io.BytesIO()  # encoded in memory so that a full disk is an OSError that says so
        soundfile.write(encoded, frames, samplerate, subtype="FLOAT", format="WAV")
        data = encoded.getbuffer()
        write_new(directory, file, data, deadline)
        files[stem] = {
            "file": file,
            "sha256": hashlib.sha256(data).hexdigest(),
            "frames": int(frames.shape[0]),
            "channels": int(frames.shape[1]),
        }
        del data
    document = {
        "format": FORMAT,
        "version": VERSION,
        "samplerate": samplerate,
        "parts": parts,
        "audio": files,
    }
    return json.dumps(document, indent=2, sort_keys=True, allow_nan=False).encode()
