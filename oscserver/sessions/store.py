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

import hashlib
import json
import logging
import os
import shutil
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt
import soundfile

from oscserver.exceptions import InvalidArgument, Unavailable
from oscserver.sessions.names import check_name

log = logging.getLogger(__name__)

DOCUMENT = "session.json"
FORMAT = "oscserver-session"
VERSION = 1
MAX_DOCUMENT_BYTES = 1024 * 1024

Audio = dict[str, npt.NDArray[np.float32]]


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
        return sorted(p.name for p in self.root.iterdir() if p.is_symlink() and not p.name.startswith("."))

    # -- saving -------------------------------------------------------------------------------------

    def save(self, name: str, parts: dict[str, Any], audio: Audio, samplerate: int) -> None:
        """Write session ``name``: complete and on disk when this returns, or the old one untouched."""
        check_name(name)
        try:
            self.root.mkdir(parents=True, exist_ok=True)
        except OSError as err:
            raise Unavailable(f"cannot create the data directory {self.root}: {err.strerror}") from err
        self._remove_abandoned_versions(name)
        version = self.root / f".{name}.{uuid.uuid4().hex[:12]}"
        try:
            version.mkdir()
            files = {}
            for stem, frames in sorted(audio.items()):
                file = f"{stem}.wav"
                _write_wav(version / file, frames, samplerate)
                files[stem] = {
                    "file": file,
                    "sha256": _sha256(version / file),
                    "frames": int(frames.shape[0]),
                    "channels": int(frames.shape[1]),
                }
            document = {
                "format": FORMAT,
                "version": VERSION,
                "samplerate": samplerate,
                "parts": parts,
                "audio": files,
            }
            _write_file(version / DOCUMENT, json.dumps(document, indent=2, sort_keys=True).encode())
            _fsync_dir(version)
            link = self.root / name
            previous = link.resolve() if link.is_symlink() else None
            temporary_link = self.root / f".{name}.link.{uuid.uuid4().hex[:12]}"
            os.symlink(version.name, temporary_link)
            os.replace(temporary_link, link)  # the one atomic step
            _fsync_dir(self.root)
        except OSError as err:
            shutil.rmtree(version, ignore_errors=True)
            raise Unavailable(f"saving session {name!r} failed: {err.strerror or err}") from err
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

    def load(self, name: str) -> Loaded:
        """Read and check everything; nothing is returned unless all of it is sound."""
        check_name(name)
        link = self.root / name
        if not link.is_symlink():
            raise InvalidArgument(f"no session named {name!r}; /session/list shows what there is")
        directory = link.resolve()
        try:
            raw = (directory / DOCUMENT).read_bytes()
        except OSError as err:
            raise InvalidArgument(f"session {name!r} cannot be read: {err.strerror}") from err
        if len(raw) > MAX_DOCUMENT_BYTES:
            raise InvalidArgument(f"session {name!r}: {DOCUMENT} is larger than {MAX_DOCUMENT_BYTES} bytes")
        try:
            document = json.loads(raw)
        except (ValueError, UnicodeDecodeError) as err:
            raise InvalidArgument(f"session {name!r}: {DOCUMENT} is not valid JSON ({err})") from err
        samplerate, files = _check_document(name, document)
        audio: Audio = {}
        for stem, entry in files.items():
            path = directory / entry["file"]
            if entry["file"] != f"{stem}.wav" or not path.is_file():
                raise InvalidArgument(f"session {name!r}: audio file {entry['file']!r} is missing")
            if _sha256(path) != entry["sha256"]:
                raise InvalidArgument(f"session {name!r}: {entry['file']} does not match its checksum")
            frames, rate = soundfile.read(path, dtype="float32", always_2d=True)
            if rate != samplerate or frames.shape != (entry["frames"], entry["channels"]):
                raise InvalidArgument(f"session {name!r}: {entry['file']} is not what session.json says")
            audio[stem] = frames
        return Loaded(parts=document["parts"], audio=audio, samplerate=samplerate)


def _check_document(name: str, document: Any) -> tuple[int, dict[str, Any]]:
    def bad(reason: str) -> InvalidArgument:
        return InvalidArgument(f"session {name!r}: {reason}")

    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise bad("not an oscserver session")
    if document.get("version") != VERSION:
        raise bad(
            f"format version {document.get('version')!r} is not supported (this server reads {VERSION})"
        )
    samplerate = document.get("samplerate")
    if not isinstance(samplerate, int) or not 8000 <= samplerate <= 384000:
        raise bad(f"samplerate must be an integer between 8000 and 384000, got {samplerate!r}")
    if not isinstance(document.get("parts"), dict):
        raise bad("'parts' must be an object")
    files = document.get("audio")
    if not isinstance(files, dict):
        raise bad("'audio' must be an object")
    for stem, entry in files.items():
        if not isinstance(entry, dict) or not all(
            isinstance(entry.get(k), t)
            for k, t in (("file", str), ("sha256", str), ("frames", int), ("channels", int))
        ):
            raise bad(f"audio entry {stem!r} must have file, sha256, frames and channels")
    return samplerate, files


def _write_wav(path: Path, frames: npt.NDArray[np.float32], samplerate: int) -> None:
    soundfile.write(path, frames, samplerate, subtype="FLOAT", format="WAV")
    with open(path, "rb+") as file:
        os.fsync(file.fileno())


def _write_file(path: Path, data: bytes) -> None:
    with open(path, "wb") as file:
        file.write(data)
        file.flush()
        os.fsync(file.fileno())


def _fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY | os.O_DIRECTORY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as file:
        for block in iter(lambda: file.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()
