"""OSC 1.0 address patterns, matched one path segment at a time.

``?`` one character, ``*`` any run of characters, ``[abc]`` / ``[a-z]`` / ``[!abc]`` one character of a set,
``{foo,bar}`` one of several strings. None of them crosses a ``/`` (python-osc's own matcher lets ``*`` cross
segments, which OSC 1.0 does not allow), so matching is done per segment.
"""

from __future__ import annotations

import re
from functools import lru_cache

from oscserver.exceptions import InvalidArgument

_PATTERN_CHARS = frozenset("?*[]{}")


def is_pattern(address: str) -> bool:
    return not _PATTERN_CHARS.isdisjoint(address)


def split_address(address: str) -> list[str]:
    """``/looper/1/play`` -> ``["looper", "1", "play"]``."""
    return address.split("/")[1:]


@lru_cache(maxsize=1024)
def compile_segment(pattern: str) -> re.Pattern[str]:
    """Translate one pattern segment to a regular expression anchored at both ends."""
    out: list[str] = []
    i = 0
    while i < len(pattern):
        char = pattern[i]
        if char == "?":
            out.append(".")
        elif char == "*":
            out.append(".*")
        elif char == "[":
            end = pattern.find("]", i + 1)
            if end < 0:
                raise InvalidArgument(f"unclosed '[' in address pattern segment {pattern!r}")
            body = pattern[i + 1 : end]
            negate = body.startswith("!")
            if negate:
                body = body[1:]
            if not body:
                raise InvalidArgument(f"empty '[]' in address pattern segment {pattern!r}")
            # A '-' between two characters is a range; anywhere else it is a literal dash.
            escaped = "".join(
                "-" if c == "-" and 0 < k < len(body) - 1 else re.escape(c) for k, c in enumerate(body)
            )
            out.append(f"[{'^' if negate else ''}{escaped}]")
            i = end
        elif char == "{":
            end = pattern.find("}", i + 1)
            if end < 0:
                raise InvalidArgument(f"unclosed '{{' in address pattern segment {pattern!r}")
            choices = pattern[i + 1 : end].split(",")
            out.append("(?:" + "|".join(re.escape(c) for c in choices) + ")")
            i = end
        elif char in "]}":
            raise InvalidArgument(f"unmatched {char!r} in address pattern segment {pattern!r}")
        else:
            out.append(re.escape(char))
        i += 1
    return re.compile("".join(out), re.DOTALL)


def match_segment(pattern: str, text: str) -> bool:
    if _PATTERN_CHARS.isdisjoint(pattern):
        return pattern == text
    return compile_segment(pattern).fullmatch(text) is not None
