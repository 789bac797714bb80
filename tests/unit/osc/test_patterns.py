from __future__ import annotations

import functools

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from oscserver.exceptions import InvalidArgument
from oscserver.osc.patterns import MatchCounter, is_pattern, match_segment


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


def test_a_reversed_range_is_refused_with_a_reason() -> None:
    with pytest.raises(InvalidArgument, match="reversed range 'z-a'"):
        match_segment("[z-a]", "m")


def test_a_run_of_stars_is_one_step() -> None:
    counter = MatchCounter()
    assert not match_segment("*" * 40 + "x", "tempo", counter)
    assert counter.steps == 2


def test_work_is_linear_in_the_pattern_length() -> None:
    for repeats in (10, 100, 1000):
        counter = MatchCounter()
        pattern = "*a" * repeats + "*b"
        assert not match_segment(pattern, "a" * 30, counter)
        assert counter.steps <= len(pattern)


def test_a_step_limit_refuses_the_pattern() -> None:
    with pytest.raises(InvalidArgument, match="too much work"):
        match_segment("*a" * 100, "a" * 30, MatchCounter(limit=50))


@functools.cache
def reference(pattern: str, text: str) -> bool:
    """OSC 1.0 matching by trying every way to split the text: slow, and plainly right."""
    if not pattern:
        return not text
    head = pattern[0]
    if head == "*":
        return any(reference(pattern[1:], text[k:]) for k in range(len(text) + 1))
    if head == "{":
        end = pattern.index("}")
        return any(
            text.startswith(choice) and reference(pattern[end + 1 :], text[len(choice) :])
            for choice in pattern[1:end].split(",")
        )
    if not text:
        return False
    if head == "[":
        end = pattern.index("]")
        return in_set(pattern[1:end], text[0]) and reference(pattern[end + 1 :], text[1:])
    return (head == "?" or head == text[0]) and reference(pattern[1:], text[1:])


def in_set(body: str, char: str) -> bool:
    negate = body.startswith("!")
    body = body[1:] if negate else body
    members: set[str] = set()
    k = 0
    while k < len(body):
        if k + 2 < len(body) and body[k + 1] == "-":
            members.update(chr(c) for c in range(ord(body[k]), ord(body[k + 2]) + 1))
            k += 3
        else:
            members.add(body[k])
            k += 1
    return (char in members) is not negate


ALPHABET = "ab-c"
pattern_elements = st.one_of(
    st.sampled_from(list(ALPHABET)),
    st.just("?"),
    st.text("*", min_size=1, max_size=5),
    st.sampled_from(["[ab]", "[a-c]", "[!a]", "[-a]", "[a-]", "[!a-b]", "[--c]", "[c]"]),
    st.lists(st.text("ab", max_size=3), min_size=1, max_size=4).map(lambda cs: "{" + ",".join(cs) + "}"),
)


@settings(max_examples=600, deadline=None)
@given(parts=st.lists(pattern_elements, max_size=10), text=st.text(ALPHABET, max_size=8))
def test_matcher_agrees_with_brute_force_and_does_bounded_work(parts: list[str], text: str) -> None:
    pattern = "".join(parts)
    counter = MatchCounter()
    assert match_segment(pattern, text, counter) is reference(pattern, text)
    # Each pattern character costs at most one step per distinct character of the text, whatever the text.
    assert counter.steps <= max(1, len(pattern) * (1 + len(set(text))))
