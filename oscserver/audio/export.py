"""A loop written out as a WAV file (32-bit float, stereo), for use in any other program.

The file appears whole or not at all: it is written under a temporary name in the same directory, synced,
renamed to its own name (one atomic step) and the directory synced. When anything fails (a full disk, a
directory that cannot be written) what was written is removed and the reason is the error.
"""

from __future__ import annotations

import contextlib
import io
import os
import re
import time
import uuid
from pathlib import Path

import numpy as np
import numpy.typing as npt

from oscserver.exceptions import Unavailable
from oscserver.sessions.files import open_directory, save_failure, sync_directory, write_new

F32 = npt.NDArray[np.float32]

EXPORTS = "exports"


def wav_bytes(frames: F32, samplerate: int) -> bytes:
    """``frames`` ((n, 2) float32) as the bytes of a 32-bit float WAV file."""
    import soundfile

    buffer = io.BytesIO()
    soundfile.write(buffer, frames, samplerate, subtype="FLOAT", format="WAV")
    return buffer.getvalue()


def export_name(stem: str, when: float) -> str:
    """A file name from ``stem`` (letters, digits, ``-`` and ``_`` kept) and the UTC time: sorts by time."""
    safe = re.sub(r"[^A-Za-z0-9_-]", "-", stem) or "loop"
    return f"{safe}-{time.strftime('%Y%m%d-%H%M%S', time.gmtime(when))}.wav"


def export_wav(data_dir: Path, stem: str, frames: F32, samplerate: int, when: float | None = None) -> Path:
    """Write ``frames`` as a new WAV file in ``data_dir/exports`` (made if need be); its path. A name in use
    gets a number (``-2``, ``-3`` ...). :class:`Unavailable` with the reason when it cannot be written."""
    directory = data_dir / EXPORTS
    data = wav_bytes(frames, samplerate)
    try:
        directory.mkdir(parents=True, exist_ok=True)
        name = export_name(stem, time.time() if when is None else when)
        with open_directory(directory, follow=True) as fd:
            target = _free_name(fd, name)
            temporary = f".{target}.{uuid.uuid4().hex[:8]}.partial"
            try:
                write_new(fd, temporary, data)
                os.rename(temporary, target, src_dir_fd=fd, dst_dir_fd=fd)
            except BaseException:
                with contextlib.suppress(OSError):
                    os.unlink(temporary, dir_fd=fd)
                raise
            sync_directory(fd)
    except OSError as err:
        raise Unavailable(save_failure(err, "the export")) from err
    return directory / target


def _free_name(directory: int, name: str) -> str:
    stem, suffix = name.removesuffix(".wav"), ".wav"
    candidate, count = name, 1
    while _exists(directory, candidate):
        count += 1
        candidate = f"{stem}-{count}{suffix}"
    return candidate


def _exists(directory: int, name: str) -> bool:
    try:
        os.stat(name, dir_fd=directory, follow_symlinks=False)
    except FileNotFoundError:
        return False
    return True
