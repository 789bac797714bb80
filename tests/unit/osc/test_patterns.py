from __future__ import annotations

import pytest

from oscserver.exceptions import InvalidArgument
from oscserver.osc.patterns import is_pattern, match_segment


@pytest.mark.parametrize(
    ("pattern", "text", "expected"),
    [
        ("play", "play", True),
        ("play", "stop", False),
        ("*", "anything", True),
        ("*", "", True),
        ("p*y", "play", True),
        ("p*y", "plan", False),
        ("?", "1", True),
        ("?", "12", False),
        ("[1-3]", "2", True),
        ("[1-3]", "4", False),
        ("[!1-3]", "4", True),
        ("[!1-3]", "1", False),
        ("[abc]", "b", True),
        ("[a-]", "-", True),  # a dash at the end is literal
        ("{1,2}", "2", True),
        ("{1,2}", "3", False),
        ("{play,stop}", "stop", True),
        ("track{1,2}*", "track2x", True),
        ("a.b", "a.b", True),
        ("a.b", "axb", False),  # regex metacharacters are literal
    ],
)
def test_segment_matching(pattern: str, text: str, expected: bool) -> None:
    assert match_segment(pattern, text) is expected


@pytest.mark.parametrize("pattern", ["[12", "{a,b", "a]", "b}", "[]"])
def test_malformed_patterns_are_refused_with_a_reason(pattern: str) -> None:
    with pytest.raises(InvalidArgument, match="pattern"):
        match_segment(pattern, "x")


def test_is_pattern() -> None:
    assert is_pattern("/looper/*/stop")
    assert is_pattern("/looper/{1,2}/play")
    assert not is_pattern("/looper/1/play")
