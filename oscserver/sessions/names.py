"""Session names: what a performer types on a tablet, and nothing that could reach outside the data dir."""

from __future__ import annotations

import re

from oscserver.exceptions import InvalidArgument

MAX_NAME_LENGTH = 64
# A file name holds at most 255 bytes (NAME_MAX on Linux file systems, in the UTF-8 the name is stored in);
# the store adds up to 19 bytes around a name (".<name>.link.<12 hex digits>"). 64 letters of 3 bytes fit.
MAX_NAME_BYTES = 200
# Letters and digits of any script, '-', '_' and spaces: no separators, dots, or control characters.
_ALLOWED = re.compile(r"[\w\- ]+")


def check_name(name: str) -> str:
    """The name as given when it is acceptable; otherwise :class:`InvalidArgument` saying why."""
    if not name or not name.strip():
        raise InvalidArgument("session name must not be empty")
    if len(name) > MAX_NAME_LENGTH:
        raise InvalidArgument(f"session name must be at most {MAX_NAME_LENGTH} characters, got {len(name)}")
    if not _ALLOWED.fullmatch(name):
        bad = sorted({c for c in name if not _ALLOWED.fullmatch(c)})
        shown = ", ".join(repr(c) for c in bad)
        raise InvalidArgument(
            f"session name may hold letters, digits, '-', '_' and spaces only, got {shown} in {name!r}"
        )
    size = len(name.encode("utf-8"))  # (no lone surrogates: they are not letters)
    if size > MAX_NAME_BYTES:
        raise InvalidArgument(
            f"session name must take at most {MAX_NAME_BYTES} bytes as UTF-8 (a file name's limit), "
            f"got {size} in {len(name)} characters"
        )
    return name
