"""The only ways a session touches the disk: read a regular file of bounded size inside a directory without
following a link, and write a new file whole and synced; each step under a time limit.

A session directory can be edited by hand, copied from elsewhere or planted by someone hostile. So a file is
opened relative to its directory's descriptor (never by a path that could climb out), with ``O_NOFOLLOW``
(a symbolic link is refused, wherever it points) and ``O_NONBLOCK`` (a FIFO or device opens at once instead
of waiting for a writer for ever), and only a regular file whose size is within the bound is read.
"""

from __future__ import annotations

import errno
import os
import stat
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from oscserver.exceptions import InvalidArgument, Unavailable

READ_BLOCK = 1 << 20
_READ_FLAGS = os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK | os.O_CLOEXEC
_DIRECTORY_FLAGS = os.O_RDONLY | os.O_DIRECTORY | os.O_NOFOLLOW | os.O_CLOEXEC
_CREATE_FLAGS = os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW | os.O_CLOEXEC


class Deadline:
    """A time limit on a whole load or save, checked between its steps (the work runs in a thread, which
    cannot be cancelled from outside: it stops itself)."""

    def __init__(self, seconds: float, what: str) -> None:
        self.seconds = seconds
        self.what = what
        self._end = time.monotonic() + seconds

    def check(self) -> None:
        if time.monotonic() > self._end:
            raise Unavailable(f"{self.what} took longer than {self.seconds:g} s and was given up")


NO_LIMIT = Deadline(float("inf"), "")


@contextmanager
def open_directory(name: str | Path, parent: int | None = None, *, follow: bool = False) -> Iterator[int]:
    """A descriptor of directory ``name`` (inside ``parent``'s descriptor), not following a link unless
    ``follow`` (the data directory itself may well be a link its owner made)."""
    flags = _DIRECTORY_FLAGS & ~os.O_NOFOLLOW if follow else _DIRECTORY_FLAGS
    fd = os.open(name, flags, dir_fd=parent)
    try:
        yield fd
    finally:
        os.close(fd)


def read_regular(directory: int, file: str, limit: int, where: str, deadline: Deadline = NO_LIMIT) -> bytes:
    """The bytes of regular file ``file`` directly inside ``directory``, at most ``limit`` of them;
    :class:`InvalidArgument` naming ``where`` and the reason otherwise."""
    try:
        fd = os.open(file, _READ_FLAGS, dir_fd=directory)
    except OSError as err:
        if err.errno == errno.ELOOP:
            raise InvalidArgument(
                f"{where}: {file} is a symbolic link; a session reads only its own files"
            ) from err
        if err.errno == errno.ENOENT:
            raise InvalidArgument(f"{where}: {file} is missing") from err
        raise InvalidArgument(f"{where}: {file} cannot be read: {_reason(err)}") from err
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise InvalidArgument(f"{where}: {file} is not a regular file")
        if info.st_size > limit:
            raise InvalidArgument(
                f"{where}: {file} holds {info.st_size} bytes, more than the {limit} expected"
            )
        chunks: list[bytes] = []
        total = 0
        while True:
            deadline.check()
            chunk = os.read(fd, min(READ_BLOCK, limit + 1 - total))
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
            if total > limit:  # it grew while being read
                raise InvalidArgument(f"{where}: {file} holds more than the {limit} bytes expected")
        return b"".join(chunks)
    except OSError as err:
        raise InvalidArgument(f"{where}: {file} cannot be read: {_reason(err)}") from err
    finally:
        os.close(fd)


def write_new(directory: int, file: str, data: bytes | memoryview, deadline: Deadline = NO_LIMIT) -> None:
    """Create ``file`` (it must not exist) in ``directory`` holding ``data``, synced to the disk.
    :class:`OSError` as the system reports it (the caller removes what was written)."""
    fd = os.open(file, _CREATE_FLAGS, 0o644, dir_fd=directory)
    try:
        view = memoryview(data).cast("B")
        while view:
            deadline.check()
            written = os.write(fd, view[:READ_BLOCK])
            view = view[written:]
        os.fsync(fd)
    finally:
        os.close(fd)


def sync_directory(path: Path | int) -> None:
    """Make a directory's entries (a new file, a rename) durable."""
    if isinstance(path, int):
        os.fsync(path)
        return
    with open_directory(path, follow=True) as fd:
        os.fsync(fd)


def _reason(err: OSError) -> str:
    return (err.strerror or str(err)).lower()


def save_failure(err: OSError, what: str) -> str:
    """Why a save failed, in the words a performer can act on: "no space left on device", first."""
    if err.errno in (errno.ENOSPC, errno.EDQUOT):
        return (
            f"{_reason(err)}: {what} was not saved; what it had written is removed, the previous one stands"
        )
    return f"{what} was not saved: {_reason(err)}; what it had written is removed, the previous one stands"
