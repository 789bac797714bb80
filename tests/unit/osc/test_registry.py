from __future__ import annotations

import pytest

from oscserver.exceptions import InvalidArgument, UnknownAddress
from oscserver.osc import patterns
from oscserver.osc import registry as registry_module
from oscserver.osc.controls import control, verb
from oscserver.osc.params import Kind, Param
from oscserver.osc.patterns import MAX_PATTERN_LENGTH, MatchCounter
from oscserver.osc.registry import Endpoint, PathVar, Registry, Request, Target


def _tracks(n: int) -> PathVar:
    return PathVar(
        "n",
        values=lambda: [str(i) for i in range(1, n + 1)],
        invalid=lambda text: f"track must be between 1 and {n}, got {text}",
        convert=int,
    )


def _noop(request: Request) -> None:
    return None


@pytest.fixture
def registry() -> Registry:
    registry = Registry()
    registry.add_path_var(_tracks(4))
    for name in ("play", "stop"):
        registry.add(verb(f"/looper/<n>/{name}", _noop, f"{name} a track"))
    registry.add(verb("/looper/stop", _noop, "stop every track"))
    registry.add(Endpoint("/link/tempo", "tempo", _noop, params=(Param("tempo", Kind.FLOAT, default=None),)))
    registry.add(Endpoint("/link/quantum", "quantum", _noop))
    return registry


def addresses(targets: list[Target]) -> list[str]:
    return sorted(t.address for t in targets)


def test_exact_address(registry: Registry) -> None:
    [target] = registry.resolve("/link/tempo")
    assert target.endpoint.template == "/link/tempo" and target.path == {}


def test_path_variable_is_converted(registry: Registry) -> None:
    [target] = registry.resolve("/looper/3/play")
    assert target.endpoint.template == "/looper/<n>/play"
    assert target.path == {"n": 3}


def test_out_of_range_path_variable_says_why(registry: Registry) -> None:
    with pytest.raises(InvalidArgument, match=r"^track must be between 1 and 4, got 9$"):
        registry.resolve("/looper/9/play")


def test_unknown_address(registry: Registry) -> None:
    with pytest.raises(UnknownAddress, match="no endpoint at /looper/1/jump"):
        registry.resolve("/looper/1/jump")
    with pytest.raises(UnknownAddress):
        registry.resolve("looper")


def test_star_pattern_matches_within_one_segment(registry: Registry) -> None:
    assert addresses(registry.resolve("/looper/*/stop")) == [f"/looper/{i}/stop" for i in range(1, 5)]
    # OSC 1.0: '*' does not cross '/', so '/looper/*' is /looper/stop only, not /looper/1/stop.
    assert addresses(registry.resolve("/looper/*")) == ["/looper/stop"]


def test_brace_and_bracket_patterns(registry: Registry) -> None:
    assert addresses(registry.resolve("/looper/{1,2}/play")) == ["/looper/1/play", "/looper/2/play"]
    assert addresses(registry.resolve("/looper/[2-3]/{play,stop}")) == [
        "/looper/2/play",
        "/looper/2/stop",
        "/looper/3/play",
        "/looper/3/stop",
    ]
    assert addresses(registry.resolve("/link/*")) == ["/link/quantum", "/link/tempo"]


def test_pattern_that_matches_nothing(registry: Registry) -> None:
    with pytest.raises(UnknownAddress, match="no pattern matches /looper/\\*/jump"):
        registry.resolve("/looper/*/jump")


def test_a_run_of_stars_is_answered_at_once(registry: Registry) -> None:
    # Issue 16: 40 stars and an 'x' took a backtracking regular expression longer than anyone waited.
    with pytest.raises(UnknownAddress, match="no pattern matches"):
        registry.resolve("/link/" + "*" * 40 + "x")


def test_a_pattern_too_long_is_refused(registry: Registry) -> None:
    registry.resolve("/looper/" + "*" * (MAX_PATTERN_LENGTH - len("/looper//stop")) + "/stop")
    with pytest.raises(InvalidArgument, match=f"at most {MAX_PATTERN_LENGTH} characters"):
        registry.resolve("/looper/" + "*" * MAX_PATTERN_LENGTH + "/stop")


def test_the_work_of_matching_one_address_is_bounded(
    registry: Registry, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(registry_module, "MAX_MATCH_STEPS", 10)
    with pytest.raises(InvalidArgument, match="too much work"):
        registry.resolve("/*o*o*/*/*a*y")


def test_a_segment_is_matched_once_against_a_text_whatever_shares_it(registry: Registry) -> None:
    # "looper" heads three endpoints and "*" names four tracks: each pair is matched once.
    matched: list[tuple[str, str]] = []
    real = patterns.match_segment

    def counting(pattern: str, text: str, counter: MatchCounter | None = None) -> bool:
        matched.append((pattern, text))
        return real(pattern, text, counter)

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(registry_module, "match_segment", counting)
        assert len(registry.resolve("/looper/*/{play,stop}")) == 8
    assert len(matched) == len(set(matched))


def test_duplicate_and_unknown_variables_are_programming_errors(registry: Registry) -> None:
    with pytest.raises(ValueError, match="twice"):
        registry.add(Endpoint("/link/quantum", "again", _noop))
    with pytest.raises(ValueError, match="unknown path variable"):
        registry.add(Endpoint("/x/<alias>/y", "x", _noop))


NOTE = Endpoint(
    "/midi/note",
    "note",
    _noop,
    params=(
        Param("ch", Kind.INT, 1, 16),
        Param("note", Kind.INT, 0, 127),
        Param("vel", Kind.INT, 0, 127),
        Param("beats", Kind.FLOAT, 0, 64, default=1.0),
    ),
)


def test_bind_fills_defaults() -> None:
    assert NOTE.bind((1, 60, 100)) == {"ch": 1, "note": 60, "vel": 100, "beats": 1.0}
    assert NOTE.bind((1.0, 60.0, 100.0, 0.5)) == {"ch": 1, "note": 60, "vel": 100, "beats": 0.5}


@pytest.mark.parametrize("args", [(1, 60), (1, 60, 100, 1.0, 7)])
def test_bind_counts_arguments(args: tuple[object, ...]) -> None:
    with pytest.raises(InvalidArgument, match=r"^/midi/note expects i:ch i:note i:vel \[f:beats=1\], got \d"):
        NOTE.bind(args)


def test_variadic_takes_the_rest() -> None:
    raw = Endpoint("/midi/raw", "raw", _noop, params=(Param("bytes", Kind.INT, 0, 255, variadic=True),))
    assert raw.bind((144, 60, 100)) == {"bytes": (144, 60, 100)}
    assert raw.bind(()) == {"bytes": ()}
    with pytest.raises(InvalidArgument, match="bytes must be between 0 and 255, got 256"):
        raw.bind((256,))
    assert raw.type_tags == "[i...]"


def test_buttons_ignore_a_release_and_accept_a_press_value() -> None:
    play = verb("/looper/<n>/play", _noop, "play")
    assert play.bind(()) == {}
    assert play.bind((1,)) == {}
    assert play.bind((1.0,)) == {}
    assert play.bind((True,)) == {}
    assert play.bind((0,)) is None
    assert play.bind((0.0,)) is None
    with pytest.raises(InvalidArgument, match="takes no arguments"):
        play.bind(("go",))
    with pytest.raises(InvalidArgument, match="takes no arguments"):
        play.bind((1, 2))


def test_button_with_a_parameter_uses_the_press_value_as_the_argument() -> None:
    record = verb("/looper/<n>/record", _noop, "record", params=(Param("bars", Kind.INT, 1, 64, default=4),))
    assert record.bind(()) == {"bars": 4}
    assert record.bind((2,)) == {"bars": 2}
    assert record.bind((0,)) is None
    # True (OSC's T: a toggle, Max) is a press with the defaults, as for a bare verb; False a release.
    assert record.bind((True,)) == {"bars": 4}
    assert record.bind((False,)) is None


def test_control_sets_asks_and_dumps() -> None:
    state = {"v": 0.5}
    endpoint = control(
        "/click/volume",
        Param("volume", Kind.FLOAT, 0, 1, default=None),
        get=lambda _: (state["v"],),
        set=lambda _, v: state.__setitem__("v", v),
        summary="click volume",
    )
    from tests.support.fakes import RecordingPeer

    peer = RecordingPeer()
    ask = Request("/click/volume", {}, endpoint.bind(()) or {}, peer)
    assert list(endpoint.handler(ask) or []) == [("/click/volume", (0.5,))]  # type: ignore[arg-type]
    set_ = Request("/click/volume", {}, endpoint.bind((0.25,)) or {}, peer)
    assert list(endpoint.handler(set_) or []) == [("/click/volume", (0.25,))]  # type: ignore[arg-type]
    assert state["v"] == 0.25
    assert endpoint.dump is not None and list(endpoint.dump()) == [("/click/volume", (0.25,))]
    assert endpoint.type_tags == "[f]"


def test_a_handler_reads_typed_values_and_a_wrong_kind_fails_loudly():
    from tests.support.fakes import RecordingPeer

    request = Request(
        "/looper/2/record",
        {"n": 2},
        {"bars": 4, "tempo": 120, "name": "set", "on": True, "tag": None, "args": (1, "a")},
        RecordingPeer(),
    )
    assert request.path_integer("n") == 2
    assert request.integer("bars") == 4
    assert request.number("tempo") == 120.0 and isinstance(request.number("tempo"), float)
    assert request.text("name") == "set"
    assert request.flag("on") is True
    assert request.optional_text("tag") is None
    assert request.value("tag") is None
    assert request.values("args") == (1, "a")
    with pytest.raises(TypeError, match="bars is int"):
        request.text("bars")
    with pytest.raises(TypeError, match="on is bool"):
        request.integer("on")  # a bool is never taken for an int
    with pytest.raises(TypeError, match="expects a number"):
        request.number("name")
