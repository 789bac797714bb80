"""Writing an exported MIDI file: whole or not at all, never over another file."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from oscserver.exceptions import InvalidArgument
from oscserver.sessions.files import sync_directory


def write_export(directory: Path, stem: str, data: bytes) -> Path:
    """``directory/stem.mid`` (``stem-2.mid`` and so on when taken), written to a temporary file, synced,
    then linked into place (a link fails rather than replace a file that appeared meanwhile)."""
    try:
        directory.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(prefix=".export-", suffix=".tmp", dir=directory)
        try:
            with os.fdopen(handle, "wb") as out:
                out.write(data)
                out.flush()
                os.fsync(out.fileno())
            for attempt in range(1, 1000):
                target = directory / (f"{stem}.mid" if attempt == 1 else f"{stem}-{attempt}.mid")
                try:
                    os.link(temporary, target)
                except FileExistsError:
                    continue
                sync_directory(directory)
                return target
            raise InvalidArgument(f"too many exports named {stem} in {directory}")
        finally:
            os.unlink(temporary)
    except OSError as err:
        raise InvalidArgument(
            f"the export could not be written to {directory}: {err.strerror or err}"
        ) from err
