"""OSC 1.0 address patterns, matched one path segment at a time, in time linear in the pattern's length.

``?`` one character, ``*`` any run of characters, ``[abc]`` / ``[a-z]`` / ``[!abc]`` one character of a set,
``{foo,bar}`` one of several strings. None of them crosses a ``/`` (python-osc's own matcher lets ``*`` cross
segments, which OSC 1.0 does not allow), so matching is done per segment.

Patterns come from the network, so they are not translated to a backtracking regular expression (a run of
``*`` there takes time exponential in its length). A segment is matched against a text by carrying the *set*
of text positions the pattern so far can have reached, as the bits of one integer: each pattern element is a
few integer operations whatever the text, and a run of ``*`` is one element. A reversed range such as
``[z-a]`` is refused: OSC 1.0 defines ranges low to high, and matching nothing in silence would hide the typo.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from oscserver.exceptions import InvalidArgument

_PATTERN_CHARS = frozenset("?*[]{}")

# Address patterns come from the network, so what they cost is bounded: the length of one, the characters of
# patterns in one packet, and the steps spent matching one address. Real patterns (``/looper/{1,2}/play``,
# ``/looper/*/stop``) are far below all three.
MAX_PATTERN_LENGTH = 256
MAX_PATTERN_CHARACTERS_PER_PACKET = 1024
MAX_MATCH_STEPS = 50_000


def is_pattern(address: str) -> bool:
    # Six substring searches run in C; a set test would hash every character of a 40 KB address.
    return any(char in address for char in _PATTERN_CHARS)


def split_address(address: str) -> list[str]:
    """``/looper/1/play`` -> ``["looper", "1", "play"]``."""
    return address.split("/")[1:]


@dataclass(frozen=True)
class _CharSet:
    """``[...]``: single characters and inclusive ranges, possibly negated."""

    chars: frozenset[str]
    ranges: tuple[tuple[str, str], ...]
    negate: bool

    def __contains__(self, char: str) -> bool:
        if char in self.chars:
            return not self.negate
        for low, high in self.ranges:
            if low <= char <= high:
                return not self.negate
        return self.negate


_STAR = "*"
_ANY = "?"
# One compiled element: a literal character, _ANY, _STAR, a _CharSet, or the alternatives of a {..} group.
_Element = str | _CharSet | tuple[str, ...]


@lru_cache(maxsize=1024)
def compile_segment(pattern: str) -> tuple[_Element, ...]:
    """One pattern segment as a sequence of elements; a malformed one raises :class:`InvalidArgument`."""
    elements: list[_Element] = []
    i = 0
    while i < len(pattern):
        char = pattern[i]
        if char == "*":
            if not elements or elements[-1] != _STAR:  # a run of stars means what one star means
                elements.append(_STAR)
        elif char == "?":
            elements.append(_ANY)
        elif char == "[":
            end = pattern.find("]", i + 1)
            if end < 0:
                raise InvalidArgument(f"unclosed '[' in address pattern segment {pattern!r}")
            elements.append(_char_set(pattern[i + 1 : end], pattern))
            i = end
        elif char == "{":
            end = pattern.find("}", i + 1)
            if end < 0:
                raise InvalidArgument(f"unclosed '{{' in address pattern segment {pattern!r}")
            elements.append(tuple(dict.fromkeys(pattern[i + 1 : end].split(","))))
            i = end
        elif char in "]}":
            raise InvalidArgument(f"unmatched {char!r} in address pattern segment {pattern!r}")
        else:
            elements.append(char)  # any other character, '.' and '\\' included, is itself
        i += 1
    return tuple(elements)


def _char_set(body: str, pattern: str) -> _CharSet:
    negate = body.startswith("!")
    if negate:
        body = body[1:]
    if not body:
        raise InvalidArgument(f"empty '[]' in address pattern segment {pattern!r}")
    chars: set[str] = set()
    ranges: list[tuple[str, str]] = []
    k = 0
    while k < len(body):
        # A '-' between two characters is a range; at either end it is a literal dash.
        if k + 2 < len(body) and body[k + 1] == "-":
            low, high = body[k], body[k + 2]
            if low > high:
                raise InvalidArgument(
                    f"reversed range '{low}-{high}' in address pattern segment {pattern!r}; "
                    f"write '{high}-{low}'"
                )
            ranges.append((low, high))
            k += 3
        else:
            chars.add(body[k])
            k += 1
    return _CharSet(frozenset(chars), tuple(ranges), negate)


@dataclass(frozen=True)
class _Text:
    """A text prepared for matching: for each of its characters, the positions where it stands, as bits."""

    length: int
    positions: dict[str, int]


@lru_cache(maxsize=4096)
def _prepare(text: str) -> _Text:
    positions: dict[str, int] = {}
    for index, char in enumerate(text):
        positions[char] = positions.get(char, 0) | (1 << index)
    return _Text(len(text), positions)


class MatchCounter:
    """Counts the elementary steps of matching, so that the work a pattern costs can be bounded and tested."""

    def __init__(self, limit: int | None = None) -> None:
        self.steps = 0
        self.limit = limit

    def add(self, steps: int) -> None:
        self.steps += steps
        if self.limit is not None and self.steps > self.limit:
            raise InvalidArgument(
                "the address pattern takes too much work to match; use fewer wildcards or a shorter pattern"
            )


def match_segment(pattern: str, text: str, counter: MatchCounter | None = None) -> bool:
    if not is_pattern(pattern):
        if counter is not None:
            counter.add(1)
        return pattern == text
    return _match_elements(compile_segment(pattern), _prepare(text), counter or MatchCounter())


def _match_elements(elements: Iterable[_Element], text: _Text, counter: MatchCounter) -> bool:
    # Bit i of `reached` is set when the pattern so far can have consumed exactly i characters of the text.
    every_char = (1 << text.length) - 1
    every_position = (1 << (text.length + 1)) - 1
    reached = 1
    for element in elements:
        if element == _STAR:
            counter.add(1)
            lowest = reached & -reached
            reached = every_position & ~(lowest - 1)  # every position from the earliest one reached
        elif element == _ANY:
            counter.add(1)
            reached = (reached & every_char) << 1
        elif isinstance(element, str):
            counter.add(1)
            reached = (reached & text.positions.get(element, 0)) << 1
        elif isinstance(element, _CharSet):
            counter.add(1 + len(text.positions))
            members = 0
            for char, where in text.positions.items():
                if char in element:
                    members |= where
            reached = (reached & members) << 1
        else:
            reached = _match_alternatives(element, reached, text, counter)
        if not reached:
            return False
    return bool(reached >> text.length & 1)


def _match_alternatives(
    alternatives: tuple[str, ...], reached: int, text: _Text, counter: MatchCounter
) -> int:
    after = 0
    for alternative in alternatives:
        counter.add(1 + len(alternative))
        branch = reached
        for char in alternative:
            branch = (branch & text.positions.get(char, 0)) << 1
            if not branch:
                break
        after |= branch
    return after
