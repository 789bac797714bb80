"""The Max patches: built by the committed script, well-formed, wired within each object's inlets and outlets,
on the server's ports, and sending only what the server serves (Max itself does not run here)."""

from __future__ import annotations

import json
import re
from typing import Any

import pytest

from clients import profile
from tests.support.contract import (
    NUMBER,
    ClientArg,
    ServedEndpoint,
    check_all,
    fetch_api,
    find_endpoint,
    is_looper_or_midi,
)
from tests.support.repo import CLIENTS, load_script
from tests.support.server import ServerProcess

pytestmark = pytest.mark.integration

MAX = CLIENTS / "max"
build = load_script("clients/max/build_maxpat.py")
PATCHES = sorted(build.PATCHES)


def boxes(name: str) -> list[dict[str, Any]]:
    return [b["box"] for b in json.loads((MAX / name).read_text())["patcher"]["boxes"]]


def lines(name: str) -> list[dict[str, Any]]:
    return [line["patchline"] for line in json.loads((MAX / name).read_text())["patcher"]["lines"]]


@pytest.mark.parametrize("name", PATCHES)
def test_committed_patch_is_a_fresh_build(name: str) -> None:
    assert (MAX / name).read_text() == build.render(build.PATCHES[name]), (
        f"run `make clients`: {name} is stale"
    )


@pytest.mark.parametrize("name", PATCHES)
def test_patch_is_valid_json_with_unique_ids(name: str) -> None:
    ids = [box["id"] for box in boxes(name)]
    assert len(ids) == len(set(ids))


@pytest.mark.parametrize("name", PATCHES)
def test_every_patch_line_is_within_its_objects_ports(name: str) -> None:
    by_id = {box["id"]: box for box in boxes(name)}
    assert lines(name)
    for line in lines(name):
        (source, outlet), (sink, inlet) = line["source"], line["destination"]
        assert 0 <= outlet < by_id[source]["numoutlets"], line
        assert 0 <= inlet < by_id[sink]["numinlets"], line


@pytest.mark.parametrize("name", PATCHES)
def test_patch_uses_the_server_port_and_subscribes_its_own(name: str) -> None:
    texts = [str(box.get("text", "")) for box in boxes(name)]
    assert f"udpsend 127.0.0.1 {profile.SERVER_PORT}" in texts
    assert profile.SERVER_PORT == 8000  # the server's default (API.md, conventions 1)
    assert f"udpreceive {build.FEEDBACK_PORT}" in texts
    assert f"/subscribe {build.FEEDBACK_PORT}" in texts  # the pushes go where udpreceive listens


def test_main_patch_opens_in_presentation_with_every_control_shown() -> None:
    patcher = json.loads((MAX / "oscserver.maxpat").read_text())["patcher"]
    assert patcher["openinpresentation"] == 1
    controls = [
        b for b in boxes("oscserver.maxpat") if b["maxclass"] in {"flonum", "toggle", "button", "slider"}
    ]
    assert len(controls) > 8 * 10
    assert all(b.get("presentation") == 1 and len(b["presentation_rect"]) == 4 for b in controls)


def test_feedback_is_routed_back_into_the_controls() -> None:
    """udpreceive -> route -> prepend set -> control, for the tempo, the play toggle and each track."""
    by_id = {box["id"]: box for box in boxes("oscserver.maxpat")}
    edges = [
        (line["source"][0], line["source"][1], line["destination"][0]) for line in lines("oscserver.maxpat")
    ]
    router = next(b for b in by_id.values() if str(b.get("text", "")).startswith("route /link/tempo"))
    routed = str(router["text"]).split()[1:]
    addresses = ("/link/tempo", "/link/playing", "/looper/8/volume", "/looper/1/mute", "/midi/clock")
    for address in (*addresses, "/looper/2/overdub", "/looper/3/reverse", "/looper/8/position"):
        outlet = routed.index(address)
        setters = [
            sink
            for source, out, sink in edges
            if source == router["id"] and out == outlet and by_id[sink].get("text") == "prepend set"
        ]
        controls = [by_id[sink]["maxclass"] for source, _, sink in edges if source in setters]
        assert controls and set(controls) <= {"flonum", "slider", "toggle"}, address


def test_audio_and_midi_ok_are_shown() -> None:
    """/audio/ok and /midi/ok: route -> unpack 0 s -> prepend set -> a display toggle and a comment."""
    by_id = {box["id"]: box for box in boxes("oscserver.maxpat")}
    edges = [
        (line["source"][0], line["source"][1], line["destination"][0]) for line in lines("oscserver.maxpat")
    ]
    router = next(b for b in by_id.values() if str(b.get("text", "")).startswith("route /link/tempo"))
    routed = str(router["text"]).split()[1:]
    for address in ("/audio/ok", "/midi/ok"):
        [unpack] = [
            sink for source, out, sink in edges if source == router["id"] and out == routed.index(address)
        ]
        assert by_id[unpack]["text"] == "unpack 0 s"
        shown = []
        for outlet in (0, 1):
            [setter] = [sink for source, out, sink in edges if source == unpack and out == outlet]
            assert by_id[setter]["text"] == "prepend set"
            [control] = [by_id[sink] for source, _, sink in edges if source == setter]
            shown.append(control["maxclass"])
            assert control.get("presentation") == 1
        assert shown == ["toggle", "comment"], address


def test_a_new_server_instance_makes_the_patch_ask_for_the_state() -> None:
    """route's /subscribed outlet -> zl change (a new port and instance pass) -> t b -> /dump -> udpsend.

    The port the patch subscribes is fixed, so the list changes exactly when the server's instance id does:
    at the patch's start and after a server restart, never on a renewal.
    """
    by_id = {box["id"]: box for box in boxes("oscserver.maxpat")}
    edges = {
        (line["source"][0], line["source"][1], line["destination"][0]) for line in lines("oscserver.maxpat")
    }
    router = next(b for b in by_id.values() if str(b.get("text", "")).startswith("route /link/tempo"))
    outlet = str(router["text"]).split()[1:].index("/subscribed")

    def after(source: str, outlet: int = 0) -> list[str]:
        return [str(by_id[sink].get("text")) for s, o, sink in edges if s == source and o == outlet]

    def one(text: str) -> str:
        [box] = [b["id"] for b in by_id.values() if b.get("text") == text]
        return str(box)

    assert after(router["id"], outlet) == ["zl change"]
    assert after(one("zl change")) == ["t b"]
    assert after(one("t b")) == [f"/dump {build.FEEDBACK_PORT}"]
    assert after(one(f"/dump {build.FEEDBACK_PORT}")) == [f"udpsend 127.0.0.1 {profile.SERVER_PORT}"]


def test_cc_sliders_and_state_colours_are_the_profiles() -> None:
    texts = [str(box.get("text", "")) for box in boxes("oscserver.maxpat") if box["maxclass"] == "message"]
    ccs = [int(text.split()[2]) for text in texts if text.startswith("/midi/cc ")]
    assert ccs == list(profile.CC_NUMBERS)
    for state, (r, g, b) in profile.STATE_COLOURS.items():
        # one per track's panel and one per MIDI loop's
        assert texts.count(f"bgcolor {r} {g} {b} 1.") == profile.TRACKS + profile.MIDI_LOOPS, state
        for track in range(1, profile.TRACKS + 1):
            assert f"set {track} {state.value} $1" in texts
        for loop in range(1, profile.MIDI_LOOPS + 1):
            assert f"set M{loop} {state.value} $1" in texts


def test_midi_loop_states_and_quantize_are_shown() -> None:
    """route /midiloop/N/state -> route STATES -> the panel's colour and the text; .../quantize -> prepend
    set -> the quantize box."""
    by_id = {box["id"]: box for box in boxes("oscserver.maxpat")}
    edges = [
        (line["source"][0], line["source"][1], line["destination"][0]) for line in lines("oscserver.maxpat")
    ]
    router = next(b for b in by_id.values() if str(b.get("text", "")).startswith("route /link/tempo"))
    routed = str(router["text"]).split()[1:]

    def after(source: str, outlet: int | None = None) -> list[dict[str, Any]]:
        return [by_id[k] for s, o, k in edges if s == source and (outlet is None or o == outlet)]

    for loop in range(1, profile.MIDI_LOOPS + 1):
        [states] = after(router["id"], routed.index(f"/midiloop/{loop}/state"))
        assert states["text"] == "route " + " ".join(s.value for s in profile.STATE_COLOURS)
        for index, state in enumerate(profile.STATE_COLOURS):
            shown = {str(box["text"]).split()[0]: after(box["id"]) for box in after(states["id"], index)}
            assert [b["maxclass"] for b in shown["bgcolor"]] == ["panel"]
            assert [b["maxclass"] for b in shown["set"]] == ["comment"], state
        [setter] = after(router["id"], routed.index(f"/midiloop/{loop}/quantize"))
        assert setter["text"] == "prepend set"
        assert [b["maxclass"] for b in after(setter["id"])] == ["flonum"]


_DOLLAR = re.compile(r"^\$\d+$")


def _arg(token: str) -> ClientArg:
    if _DOLLAR.match(token):
        return NUMBER
    for convert in (int, float):
        try:
            return convert(token)
        except ValueError:
            pass
    return token


def sent_messages() -> list[tuple[str, list[ClientArg]]]:
    """Every message box that sends an address (all of them reach udpsend), and each ``[prepend /address]``
    with each item of the menu that feeds it."""
    messages = []
    for name in PATCHES:
        by_id = {box["id"]: box for box in boxes(name)}
        for box in by_id.values():
            text = str(box.get("text", ""))
            if box["maxclass"] == "message" and text.startswith("/"):
                address, *args = text.split()
                messages.append((address, [_arg(a) for a in args]))
            elif box["maxclass"] == "newobj" and text.startswith("prepend /"):
                address = text.split()[1]
                menus = [
                    by_id[line["source"][0]]
                    for line in lines(name)
                    if line["destination"][0] == box["id"] and by_id[line["source"][0]]["maxclass"] == "umenu"
                ]
                assert menus, f"{text}: fed by no menu"
                for menu in menus:
                    items = [item for item in menu["items"] if item != ","]
                    messages += [(address, [_arg(a) for a in str(item).split()]) for item in items]
    return messages


@pytest.fixture(scope="module")
def served() -> dict[str, ServedEndpoint]:
    with ServerProcess("--audio", "none", "--midi-api", "none") as server, server.client() as client:
        return fetch_api(client)


def test_max_link_and_server_messages_fit_the_api(served: dict[str, ServedEndpoint]) -> None:
    messages = [m for m in sent_messages() if not is_looper_or_midi(m[0])]
    assert {"/link/tempo", "/link/playing", "/link/tap", "/subscribe"} <= {a for a, _ in messages}
    assert check_all(messages, served) == []


def test_max_looper_and_midi_messages_fit_the_api(served: dict[str, ServedEndpoint]) -> None:
    messages = [m for m in sent_messages() if is_looper_or_midi(m[0])]
    assert {"/looper/8/record", "/midi/note", "/midi/cc", "/click/volume"} <= {a for a, _ in messages}
    assert ("/looper/8/speed", [0.5]) in messages and ("/looper/8/multiply", [2]) in messages
    assert {"/looper/8/undo", "/looper/8/redo", "/looper/8/overdub", "/looper/8/reverse"} <= {
        a for a, _ in messages
    }
    for loop in range(1, profile.MIDI_LOOPS + 1):
        for verb in build.MIDILOOP_VERBS:
            assert (f"/midiloop/{loop}/{verb}", []) in messages
        assert (f"/midiloop/{loop}/quantize", [NUMBER]) in messages
    assert {("/map/learn", ()), ("/map/list", ()), ("/map/clear", ()), ("/map/remove", (NUMBER,))} <= {
        (a, tuple(args)) for a, args in messages
    }
    learned = [args for address, args in messages if address == "/map/learn" and args]
    assert ["/midiloop/4/play"] in learned and ["/looper/8/record"] in learned
    for [target] in learned:  # each menu item is an address a binding may drive
        assert isinstance(target, str) and find_endpoint(target, served) is not None, target
    assert check_all(messages, served) == []
