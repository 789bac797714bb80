from __future__ import annotations

import pytest

from oscserver.exceptions import InvalidArgument
from oscserver.osc.params import Kind, Param, is_release

TEMPO = Param("tempo", Kind.FLOAT, 20, 999, unit="BPM")
NOTE = Param("note", Kind.INT, 0, 127)
FLAG = Param("enabled", Kind.BOOL)


def test_numbers_accept_int_and_float() -> None:
    assert TEMPO.convert(128) == 128.0
    assert isinstance(TEMPO.convert(128), float)
    assert TEMPO.convert(128.5) == 128.5


def test_an_int_valued_float_is_an_int() -> None:
    assert NOTE.convert(60.0) == 60
    assert isinstance(NOTE.convert(60.0), int)


def test_a_fractional_float_is_not_an_int() -> None:
    with pytest.raises(InvalidArgument, match=r"^note must be a whole number, got 60.5$"):
        NOTE.convert(60.5)


def test_range_message_names_parameter_range_unit_and_value() -> None:
    with pytest.raises(InvalidArgument, match=r"^tempo must be between 20 and 999 BPM, got 5000$"):
        TEMPO.convert(5000)


def test_one_sided_ranges() -> None:
    with pytest.raises(InvalidArgument, match=r"^x must be at least 1, got 0$"):
        Param("x", Kind.INT, minimum=1).convert(0)
    with pytest.raises(InvalidArgument, match=r"^x must be at most 1, got 2$"):
        Param("x", Kind.INT, maximum=1).convert(2)


@pytest.mark.parametrize("value", [float("nan"), float("inf")])
def test_non_finite_numbers_are_refused(value: float) -> None:
    with pytest.raises(InvalidArgument, match="finite"):
        TEMPO.convert(value)


@pytest.mark.parametrize(
    ("value", "expected"), [(0, False), (1, True), (0.0, False), (1.0, True), (True, True), (False, False)]
)
def test_booleans_accept_0_1_and_osc_true_false(value: object, expected: bool) -> None:
    assert FLAG.convert(value) is expected


@pytest.mark.parametrize("value", [2, 0.5, "yes", None])
def test_booleans_refuse_anything_else(value: object) -> None:
    with pytest.raises(InvalidArgument, match="enabled must be 0 or 1"):
        FLAG.convert(value)


def test_strings_are_not_numbers() -> None:
    with pytest.raises(InvalidArgument, match=r"^tempo must be a number, got 'fast'$"):
        TEMPO.convert("fast")
    with pytest.raises(InvalidArgument, match=r"^note must be an int, got True$"):
        NOTE.convert(True)


def test_choices_and_extra_checks() -> None:
    mode = Param("mode", Kind.STRING, choices=("a", "b"))
    assert mode.convert("a") == "a"
    with pytest.raises(InvalidArgument, match=r"^mode must be one of a, b, got 'c'$"):
        mode.convert("c")
    even = Param("n", Kind.INT, check=lambda v: None if v % 2 == 0 else f"n must be even, got {v}")
    assert even.convert(4) == 4
    with pytest.raises(InvalidArgument, match=r"^n must be even, got 3$"):
        even.convert(3)


def test_signatures() -> None:
    assert NOTE.signature() == "i:note"
    assert Param("beats", Kind.FLOAT, default=1.0).signature() == "[f:beats=1]"
    assert Param("tag", Kind.ANY, default=None).signature() == "[*:tag]"
    assert Param("bytes", Kind.INT, variadic=True).signature() == "[i:bytes ...]"


def test_release_is_a_lone_zero() -> None:
    assert is_release(0) and is_release(0.0) and is_release(False)
    assert not is_release(1) and not is_release(True) and not is_release("0")
