"""The Max patches: built by the committed script, well-formed, wired within each object's inlets and outlets,
on the server's ports, and sending only what the server serves (Max itself does not run here)."""

from __future__ import annotations

import json
import os
import re
import subprocess
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from clients import profile
from clients.max import maxpat_midi as midi
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
from tests.support.requirements import need_programs
from tests.support.server import ServerProcess
from tests.support.waiting import wait_until

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
    """route /midiloop/N/state -> route STATES -> the panel's colour and the text; .../quantize and
    .../output -> prepend set -> the quantize box and the output's name."""
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
        for address, control in (("quantize", "flonum"), ("output", "comment")):
            [setter] = after(router["id"], routed.index(f"/midiloop/{loop}/{address}"))
            assert setter["text"] == "prepend set"
            assert [b["maxclass"] for b in after(setter["id"])] == [control], address


def test_map_questions_go_through_the_script_and_its_answers_are_shown() -> None:
    """Every /map message -> prepend send -> node.script oscserver-ask.js (whose socket hears the answers);
    its outlet -> route the answers -> the BINDINGS menu, the count and the last answer."""
    by_id = {box["id"]: box for box in boxes("oscserver.maxpat")}
    edges = [
        (line["source"][0], line["source"][1], line["destination"][0]) for line in lines("oscserver.maxpat")
    ]

    def after(source: str, outlet: int | None = None) -> list[dict[str, Any]]:
        return [by_id[k] for s, o, k in edges if s == source and (outlet is None or o == outlet)]

    [script] = [b for b in by_id.values() if str(b.get("text", "")).startswith("node.script ")]
    assert script["text"] == f"node.script {midi.ASK_SCRIPT}" and (MAX / midi.ASK_SCRIPT).is_file()
    questions = [b for b in by_id.values() if str(b.get("text", "")).startswith(("/map/", "prepend /map/"))]
    assert {str(b["text"]).split()[0] for b in questions} >= {"/map/list", "/map/clear", "/map/remove"}
    for box in questions:
        [ask] = after(box["id"])
        assert ask["text"] == "prepend send", box["text"]
        assert [b["text"] for b in after(ask["id"])] == [script["text"]]
    [answers] = after(script["id"], 0)
    assert answers["text"] == "route " + " ".join(midi.MAP_ANSWERS)
    shown = {address: after(answers["id"], i) for i, address in enumerate(midi.MAP_ANSWERS)}
    [listed] = shown["/map/binding"]
    assert listed["text"] == "prepend append" and [b["maxclass"] for b in after(listed["id"])] == ["umenu"]
    [count] = shown["/map/list"]
    assert count["text"] == "set $1 bindings" and [b["maxclass"] for b in after(count["id"])] == ["comment"]
    last = set()
    for address in ("/map/added", "/map/removed", "/error"):
        [setter] = shown[address]
        assert str(setter["text"]).startswith("prepend set ")
        [comment] = after(setter["id"])
        last.add(comment["id"])
    assert len(last) == 1  # one LAST ANSWER display


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
def api_server() -> Iterator[ServerProcess]:
    with ServerProcess("--audio", "none", "--midi-api", "none") as server:
        yield server


@pytest.fixture(scope="module")
def served(api_server: ServerProcess) -> dict[str, ServedEndpoint]:
    with api_server.client() as client:
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


# -- the Node for Max script, under plain node with a stand-in for Max's "max-api" module --------------------

NODE_FOR_MAX = Path(__file__).parent / "node_for_max"


def test_the_ask_script_sends_questions_and_gives_out_the_answers(api_server: ServerProcess) -> None:
    """What the map panel sends reaches the real server from the script's socket, and every answer (an
    /error too) comes out of its outlet as a message, numbers as numbers."""
    need_programs("node")
    messages = [
        ["server", "127.0.0.1", api_server.port],
        ["send", "/map/add", "cc", 1, 74, "/looper/1/volume"],
        ["send", "/map/list"],
        ["send", "/map/remove", 1],
        ["send", "/map/remove", 1],
        ["send", "/map/learn", "/looper/2/play"],
        ["send", "/map/learn"],
        ["send", "/link/tempo", 133.5],
        ["send", "/ping", "end"],
    ]
    script = subprocess.Popen(
        ["node", str(MAX / midi.ASK_SCRIPT)],
        env={**os.environ, "NODE_PATH": str(NODE_FOR_MAX)},
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert script.stdin is not None and script.stdout is not None and script.stderr is not None
    answers: list[list[Any]] = []
    stdout = script.stdout
    reader = threading.Thread(target=lambda: answers.extend(json.loads(line) for line in stdout))
    reader.start()
    try:
        script.stdin.write("".join(json.dumps(m) + "\n" for m in messages))
        script.stdin.flush()
        wait_until(lambda: ["/pong", "end"] in answers, 10.0, what="the answer to the last question")
    finally:
        script.kill()
        reader.join()
        errors = script.stderr.read()
        script.wait()
    assert answers[:6] == [
        ["/map/added", 1, "cc", 1, 74, "/looper/1/volume"],
        ["/map/binding", 1, "cc", 1, 74, "/looper/1/volume"],
        ["/map/list", 1],
        ["/map/removed", 1],
        ["/error", "/map/remove", "no binding 1; /map/list lists them"],
        ["/link/tempo", 133.5],  # (learn and its cancel are answered only when a pad is touched)
    ], errors
    assert answers[6:] == [["/pong", "end"]] and "POST" not in errors, errors
