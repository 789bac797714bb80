"""The address space as OSCQuery gives it, from a registry: the proposal's attributes, each in its shape."""

from __future__ import annotations

import json

import pytest

from oscserver.osc.controls import control
from oscserver.osc.params import Kind, Param
from oscserver.osc.registry import Endpoint, PathVar, Registry, Role
from oscserver.web.oscquery import ATTRIBUTES, EXTENSIONS, OscQueryTree, UnknownAttribute, host_info

TRACKS = 3


def registry() -> Registry:
    """A small server: a ranged control, a bool control, verbs with and without arguments, a per-track
    read-only state, a variadic address and a template whose variable has no values."""
    state = {"tempo": 120.0, "sync": False}
    reg = Registry()
    reg.add_path_var(
        PathVar("n", lambda: [str(n) for n in range(1, TRACKS + 1)], lambda t: f"no track {t}", int)
    )
    reg.add_path_var(PathVar("output", lambda: [], lambda t: f"no output {t}"))
    reg.extend(
        [
            control(
                "/link/tempo",
                Param("tempo", Kind.FLOAT, 20, 999, default=None),
                get=lambda _: (state["tempo"],),
                set=lambda _, v: state.update(tempo=v),
                summary="Session tempo in BPM.",
            ),
            control(
                "/link/startstopsync",
                Param("enabled", Kind.BOOL, default=None),
                get=lambda _: (int(state["sync"]),),
                set=lambda _, v: state.update(sync=v),
                summary="Share start/stop.",
            ),
            Endpoint(
                "/ping", "Answers /pong.", lambda _: None, params=(Param("args", Kind.ANY, variadic=True),)
            ),
            Endpoint(
                "/looper/<n>/record",
                "Keep the previous bars.",
                lambda _: None,
                params=(Param("bars", Kind.INT, 1, 64, default=4),),
                button=True,
            ),
            Endpoint("/looper/<n>/play", "Play the loop.", lambda _: None, button=True),
            Endpoint(
                "/looper/<n>/stretch",
                "What a tempo change does.",
                lambda _: None,
                params=(Param("mode", Kind.STRING, default=None, choices=("tape", "pitch")),),
                role=Role.CONTROL,
            ),
            Endpoint(
                "/looper/<n>/state",
                "The track's state and bars.",
                lambda _: None,
                dump=lambda: [(f"/looper/{n}/state", ("EMPTY", 0)) for n in range(1, TRACKS + 1)],
            ),
            Endpoint("/midi/<output>/panic", "All notes off.", lambda _: None, button=True),
        ]
    )
    return reg


@pytest.fixture
def tree() -> OscQueryTree:
    return OscQueryTree(registry())


def test_host_info_names_the_udp_port_and_what_of_the_proposal_is_spoken() -> None:
    info = host_info("pi-1", 8000)
    assert info["NAME"] == "pi-1" and info["OSC_PORT"] == 8000 and info["OSC_TRANSPORT"] == "UDP"
    assert info["EXTENSIONS"]["LISTEN"] is True and info["EXTENSIONS"]["VALUE"] is True
    assert info["EXTENSIONS"]["RANGE"] is True and info["EXTENSIONS"]["ACCESS"] is True
    assert all(isinstance(v, bool) for v in info["EXTENSIONS"].values()) and info["EXTENSIONS"] == EXTENSIONS


def test_the_root_is_a_container_of_containers_with_templates_expanded(tree: OscQueryTree) -> None:
    root = tree.node("/")
    assert root is not None
    assert root["FULL_PATH"] == "/" and root["ACCESS"] == 0 and isinstance(root["DESCRIPTION"], str)
    assert set(root["CONTENTS"]) == {"link", "ping", "looper"}  # /midi/<output>/... has no output to expand
    looper = root["CONTENTS"]["looper"]
    assert set(looper["CONTENTS"]) == {"1", "2", "3"}
    assert set(looper["CONTENTS"]["2"]["CONTENTS"]) == {"record", "play", "stretch", "state"}
    assert looper["CONTENTS"]["2"]["CONTENTS"]["play"]["FULL_PATH"] == "/looper/2/play"
    json.dumps(root, allow_nan=False)  # all of it is plain JSON


def test_a_ranged_control_has_every_attribute_in_the_proposals_shape(tree: OscQueryTree) -> None:
    assert tree.node("/link/tempo") == {
        "FULL_PATH": "/link/tempo",
        "DESCRIPTION": "Session tempo in BPM.",
        "ACCESS": 3,
        "TYPE": "f",
        "RANGE": [{"MIN": 20, "MAX": 999}],
        "VALUE": [120.0],
    }
    sync = tree.node("/link/startstopsync")
    assert sync is not None and sync["TYPE"] == "i" and sync["RANGE"] == [{"MIN": 0, "MAX": 1}]
    assert sync["VALUE"] == [0]


def test_verbs_are_write_only_with_the_type_of_what_they_take(tree: OscQueryTree) -> None:
    record = tree.node("/looper/1/record")
    assert record == {
        "FULL_PATH": "/looper/1/record",
        "DESCRIPTION": "Keep the previous bars.",
        "ACCESS": 2,
        "TYPE": "i",
        "RANGE": [{"MIN": 1, "MAX": 64}],
    }
    play = tree.node("/looper/3/play")
    assert play == {"FULL_PATH": "/looper/3/play", "DESCRIPTION": "Play the loop.", "ACCESS": 2}
    ping = tree.node("/ping")
    assert ping is not None and "TYPE" not in ping  # any number of anything: no one type tag string says it


def test_a_reporting_address_is_read_only_typed_by_its_value(tree: OscQueryTree) -> None:
    state = tree.node("/looper/2/state")
    assert state is not None
    assert (state["ACCESS"], state["TYPE"], state["VALUE"]) == (1, "si", ["EMPTY", 0])


def test_choices_are_given_as_vals(tree: OscQueryTree) -> None:
    stretch = tree.node("/looper/1/stretch")
    assert stretch is not None and stretch["TYPE"] == "s"
    assert stretch["RANGE"] == [{"VALS": ["tape", "pitch"]}]


def test_one_attribute_alone_or_none_or_a_refusal(tree: OscQueryTree) -> None:
    assert tree.attribute("/link/tempo", "VALUE") == (True, [120.0])
    assert tree.attribute("/looper/1/state", "TYPE") == (True, "si")
    assert tree.attribute("/looper/1/play", "VALUE") == (False, None)  # HTTP 204: the node has no value
    present, contents = tree.attribute("/looper", "CONTENTS")
    assert present and contents["1"]["CONTENTS"]["play"]["ACCESS"] == 2
    with pytest.raises(UnknownAttribute):
        tree.attribute("/link/tempo", "COLOUR")  # HTTP 400
    with pytest.raises(KeyError):
        tree.attribute("/link/nothing", "VALUE")  # HTTP 404
    assert set(ATTRIBUTES) >= {"FULL_PATH", "CONTENTS", "TYPE", "ACCESS", "RANGE", "VALUE", "DESCRIPTION"}


def test_unknown_paths_have_no_node(tree: OscQueryTree) -> None:
    assert tree.node("/looper/4/play") is None
    assert tree.node("/nothing") is None
    assert "/looper/1/play" in tree and "/looper/9" not in tree


def test_every_concrete_address_is_listed_once(tree: OscQueryTree) -> None:
    addresses = [address for address, _ in tree.addresses()]
    assert len(addresses) == len(set(addresses)) == 3 + 4 * TRACKS
    assert "/looper/3/state" in addresses and not any("<" in a for a in addresses)
