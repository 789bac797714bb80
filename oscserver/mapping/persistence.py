"""``mappings.json`` in the data directory: read at start, written atomically after every change.

Written to a temporary file in the same directory, synced, then renamed over the old one, so a crash leaves
the old file or the new one, never half of either. A file that cannot be read or checked is refused: the
server starts with no bindings and says why, and the file stays as it was until the bindings change; then
it is kept beside the new one as ``mappings.json.refused``.
"""

from __future__ import annotations

import json
import logging
import os
import tempfile
from pathlib import Path
from typing import Any

from oscserver.exceptions import InvalidArgument
from oscserver.mapping.bindings import Binding, from_json, to_json

log = logging.getLogger(__name__)

FILE_NAME = "mappings.json"
VERSION = 1
MAX_FILE_BYTES = 1024 * 1024  # 512 bindings take well under 100 KiB


def encode(bindings: list[Binding]) -> bytes:
    document = {"version": VERSION, "bindings": to_json(bindings)}
    return (json.dumps(document, indent=1) + "\n").encode()


def decode(data: bytes, where: str) -> list[Binding]:
    try:
        document: Any = json.loads(data)
    except (UnicodeDecodeError, json.JSONDecodeError) as err:
        raise InvalidArgument(f"{where} is not JSON: {err}") from None
    if not isinstance(document, dict) or document.get("version") != VERSION:
        raise InvalidArgument(f'{where} must be an object with "version": {VERSION}')
    return from_json(document.get("bindings"), where)


class MappingFile:
    def __init__(self, directory: Path) -> None:
        self.path = directory / FILE_NAME
        self.refused = False  # the file on disk was refused at start and is kept until the next write

    def read(self) -> list[Binding] | None:
        """The bindings in the file; None when there is none. InvalidArgument when it is refused."""
        try:
            with open(self.path, "rb") as stream:
                data = stream.read(MAX_FILE_BYTES + 1)
        except FileNotFoundError:
            return None
        except OSError as err:
            self.refused = True
            raise InvalidArgument(f"{self.path} cannot be read: {err.strerror or err}") from None
        if len(data) > MAX_FILE_BYTES:
            self.refused = True
            raise InvalidArgument(f"{self.path} is larger than {MAX_FILE_BYTES} bytes")
        try:
            return decode(data, str(self.path))
        except InvalidArgument:
            self.refused = True
            raise

    def write(self, data: bytes) -> None:
        """Replace the file with ``data`` atomically (blocking: run it off the event loop)."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        if self.refused and self.path.exists():
            kept = self.path.with_name(FILE_NAME + ".refused")
            os.replace(self.path, kept)
            log.warning("the refused %s is kept as %s", self.path.name, kept)
        self.refused = False
        fd, temporary = tempfile.mkstemp(prefix=".mappings-", suffix=".tmp", dir=self.path.parent)
        try:
            with os.fdopen(fd, "wb") as stream:
                stream.write(data)
                stream.flush()
                os.fsync(stream.fileno())
            os.replace(temporary, self.path)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
        directory = os.open(self.path.parent, os.O_RDONLY)
        try:
            os.fsync(directory)
        finally:
            os.close(directory)
