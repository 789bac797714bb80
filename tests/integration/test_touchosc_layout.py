"""The TouchOSC layout: committed as built, valid, complete, and every message it sends one the server takes.

TouchOSC cannot run here; tests/support/touchosc.py turns the layout's bindings into the messages TouchOSC
would send and runs the layout's Lua scripts, and everything they send goes to the real server.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from typing import Any

import py2tosc
import pytest

from clients import profile
from oscserver.cli.client import OscClient
from oscserver.engine.looper import TrackState
from oscserver.engine.timeline import MAX_TEMPO, MIN_TEMPO
from tests.support.contract import (
    ServedEndpoint,
    check_all,
    fetch_api,
    is_looper_or_midi,
)
from tests.support.repo import REPO, load_script
from tests.support.server import ServerProcess
from tests.support.touchosc import Binding, LuaLayout, Sent, bindings, script_addresses
from tests.support.waiting import wait_for_history
from touchosc.layout_pages import MIDILOOP_VERBS

pytestmark = pytest.mark.integration

layout = load_script("touchosc/build_layout.py")
COMMITTED = REPO / "touchosc" / "oscserver.tosc"


@pytest.fixture(scope="module")
def document() -> py2tosc.Document:
    return layout.build_layout()  # type: ignore[no-any-return]


@pytest.fixture(scope="module")
def served() -> Iterator[dict[str, ServedEndpoint]]:
    with ServerProcess("--audio", "none", "--midi-api", "none") as server, server.client() as client:
        yield fetch_api(client)


def _find(document: py2tosc.Document, *names: str) -> py2tosc.Control:
    """The control reached by names, each searched below the previous one."""
    control = document.root
    for name in names:
        found = control.find(name)
        assert found is not None, f"no control named {name!r} under {control!r}"
        control = found
    return control


# -- the file ---------------------------------------------------------------------------------------------


def test_committed_layout_is_a_fresh_build() -> None:
    assert COMMITTED.read_bytes() == layout.layout_bytes(), (
        "touchosc/oscserver.tosc is stale: run `make clients` and commit it"
    )


def test_layout_validates_without_findings() -> None:
    loaded = py2tosc.load(COMMITTED)
    assert loaded.version == "6"
    assert [str(issue) for issue in loaded.validate()] == []


# -- what is on it ----------------------------------------------------------------------------------------


def test_layout_has_the_three_pages_in_landscape(document: py2tosc.Document) -> None:
    frame = document.root.frame
    assert frame.w > frame.h
    pager = document.root.find(type="PAGER")
    assert pager is not None
    assert [page.get("name") for page in pager.children] == ["Transport", "Looper", "MIDI"]


def test_transport_page_has_its_controls(document: py2tosc.Document) -> None:
    names = {c.get("name") for c in _find(document, "Transport").find_all()}
    expected = {"tempo", "tempo_value", "nudge_down_1", "nudge_up_1", "tap", "playing", "peers_value", "beat"}
    assert expected | {"click_enabled", "click_volume", "audio_ok", "midi_ok"} <= names


def test_every_track_has_its_strip(document: py2tosc.Document) -> None:
    for track in range(1, profile.TRACKS + 1):
        names = {c.get("name") for c in _find(document, "Looper", f"track{track}").find_all()}
        expected = {"rec1", "rec2", "rec4", "rec8", "arm", "play", "stop", "clear", "volume", "mute", "state"}
        expected |= {"overdub", "reverse", "undo", "redo", "multiply", "speed0_5", "speed1", "speed2"}
        expected |= {"position"}
        assert expected <= names, f"track {track} lacks {expected - names}"


def test_every_midi_loop_has_its_row(document: py2tosc.Document) -> None:
    page = _find(document, "MIDI")
    for loop in range(1, profile.MIDI_LOOPS + 1):
        strip = page.find(f"midiloop{loop}")
        assert strip is not None, f"no MIDI loop {loop}"
        names = {c.get("name") for c in strip.find_all()}
        expected = {"record", "arm", "play", "stop", "clear", "undo", "state"}
        assert expected <= names, f"MIDI loop {loop} lacks {expected - names}"
        addresses = {b.address for b in bindings(document) if b.address.startswith(f"/midiloop/{loop}/")}
        assert addresses == {f"/midiloop/{loop}/{verb}" for verb in MIDILOOP_VERBS}
    assert page.find(f"midiloop{profile.MIDI_LOOPS + 1}") is None


def test_faders_start_where_the_server_starts(document: py2tosc.Document) -> None:
    """A freshly opened layout (and the README's pictures of it) shows the server's starting values."""

    def starts_at(control: py2tosc.Control) -> float:
        message = control.messages[0]
        assert isinstance(message, py2tosc.OscMessage)
        x = control.value("x")
        assert x is not None
        [value] = [a for a in message.arguments if str(a.type) == "VALUE"]
        return value.scale_min + float(x.default) * (value.scale_max - value.scale_min)

    assert starts_at(_find(document, "Transport", "tempo")) == pytest.approx(profile.TEMPO)
    assert starts_at(_find(document, "Transport", "click_volume")) == pytest.approx(0.5)
    for track in range(1, profile.TRACKS + 1):
        assert starts_at(_find(document, "Looper", f"track{track}", "volume")) == profile.TRACK_VOLUME
        assert starts_at(_find(document, "Looper", f"track{track}", "position")) == 0.0


def test_midi_page_has_pads_ccs_and_clock(document: py2tosc.Document) -> None:
    page = _find(document, "MIDI")
    pads = [c for c in page.find_all(type="BUTTON") if str(c.get("name")).startswith("pad")]
    assert len(pads) == 16
    faders = [str(fader.get("name")) for fader in page.find_all(type="FADER")]
    assert faders == [f"cc{number}" for number in profile.CC_NUMBERS]  # the profile's, in its order
    assert page.find("clock") is not None


def test_controls_send_and_follow_on_one_address(document: py2tosc.Document) -> None:
    """A control that receives also sends on any change of its value, on that same address."""
    receiving = [b for b in bindings(document) if b.message.receive and b.message.send]
    # tempo, playing, link, start/stop sync, click on, click volume, MIDI clock; each track's volume, mute,
    # overdub and reverse
    assert len(receiving) == 7 + 4 * profile.TRACKS
    for binding in receiving:
        assert not binding.presses_only, binding.control
        assert len(binding.control.messages) == 1, binding.control


def test_indicators_only_show(document: py2tosc.Document) -> None:
    """What only shows a pushed value (each track's position) sends nothing and cannot be touched."""
    showing = [b for b in bindings(document) if not b.message.send]
    assert sorted(b.address for b in showing) == sorted(
        f"/looper/{n}/position" for n in range(1, profile.TRACKS + 1)
    )
    for binding in showing:
        assert binding.message.receive and binding.control.get("interactive") is False, binding.control


# -- every message against the server's /api --------------------------------------------------------------


def _sent_messages(document: py2tosc.Document) -> list[Sent]:
    messages: list[Sent] = []
    for binding in (b for b in bindings(document) if b.message.send):
        for x in (0.0, 0.5, 1.0):
            if binding.presses_only:
                messages.append(binding.send(1.0 if _fires_on_rise(binding) else 0.0))
            else:
                messages.append(binding.send(x))
    # What the scripts send: the subscription (an int port) and the nudged tempo (a float).
    for control in document.walk():
        for address in script_addresses(str(control.get("script", ""))):
            port = address in ("/subscribe", "/dump")
            messages.append((address, (layout.RECEIVE_PORT,) if port else (121.5,)))
    return messages


def _fires_on_rise(binding: Binding) -> bool:
    return any(str(t.condition) == "RISE" for t in binding.message.triggers)


def test_scripts_send_only_what_the_checks_below_cover(document: py2tosc.Document) -> None:
    sent = {a for c in document.walk() for a in script_addresses(str(c.get("script", "")))}
    assert sent == {"/subscribe", "/dump", "/link/tempo"}


def test_link_and_server_messages_fit_the_api(
    document: py2tosc.Document, served: dict[str, ServedEndpoint]
) -> None:
    messages = [m for m in _sent_messages(document) if not is_looper_or_midi(m[0])]
    assert {"/link/tempo", "/link/playing", "/link/tap", "/subscribe"} <= {a for a, _ in messages}
    assert check_all(messages, served) == []


def test_looper_and_midi_messages_fit_the_api(
    document: py2tosc.Document, served: dict[str, ServedEndpoint]
) -> None:
    messages = [m for m in _sent_messages(document) if is_looper_or_midi(m[0])]
    assert {"/looper/8/record", "/midi/note_on", "/midi/cc", "/click/volume"} <= {a for a, _ in messages}
    assert {"/looper/8/undo", "/looper/8/speed", "/midiloop/4/record"} <= {a for a, _ in messages}
    assert ("/looper/1/speed", (0.5,)) in messages and ("/looper/1/multiply", (2,)) in messages
    assert check_all(messages, served) == []


# -- controls follow the server ------------------------------------------------------------------------------


def _round_trip(client: OscClient, binding: Binding, x: float) -> float | None:
    address, args = binding.send(x)
    reply = client.request(address, *args, timeout=5.0)
    assert reply.address == address, f"{address} {args}: {reply}"
    return binding.receive(reply.args)


def _follow_checks(document: py2tosc.Document, looper_or_midi: bool) -> list[tuple[Binding, float]]:
    checks = []
    for binding in bindings(document):
        if not (binding.message.receive and binding.message.send):
            continue  # an indicator: nothing to send
        if binding.address.endswith(("/overdub", "/reverse")):
            continue  # refused on an empty track; their bindings are checked against the /api above
        if is_looper_or_midi(binding.address) != looper_or_midi:
            continue
        if binding.address == "/link/enabled":
            checks.append((binding, 0.0))  # never join a real Link session from a test
            continue
        values = (1.0, 0.25, 0.0) if binding.control.control_type.value == "FADER" else (1.0, 0.0)
        checks.extend((binding, x) for x in values)
    return checks


def _assert_controls_follow(client: OscClient, checks: list[tuple[Binding, float]]) -> None:
    assert checks
    for binding, x in checks:
        followed = _round_trip(client, binding, x)
        assert followed == pytest.approx(x, abs=0.01), f"{binding.control!r} set to {x} came back {followed}"


def test_link_controls_follow_the_server(document: py2tosc.Document, client: OscClient) -> None:
    checks = _follow_checks(document, looper_or_midi=False)
    assert {b.address for b, _ in checks} >= {"/link/tempo", "/link/playing", "/link/startstopsync"}
    _assert_controls_follow(client, checks)


def test_looper_click_and_midi_controls_follow_the_server(
    document: py2tosc.Document, client: OscClient
) -> None:
    checks = _follow_checks(document, looper_or_midi=True)
    assert {b.address for b, _ in checks} >= {
        "/looper/1/volume",
        "/looper/8/mute",
        "/click/enabled",
        "/midi/clock",
    }
    _assert_controls_follow(client, checks)


# -- the Lua scripts ----------------------------------------------------------------------------------------


class Tablet:
    """The layout's scripts running against the server, over one socket as TouchOSC uses one connection."""

    def __init__(self, server: ServerProcess) -> None:
        self.osc = server.client()
        self.document = layout.build_layout(receive_port=self.osc.port)
        self.lua = LuaLayout(self.document, send=self._send)
        self.sent = 0  # messages the scripts sent
        self.root = self.document.root

    def _send(self, address: str, args: tuple[Any, ...]) -> None:
        self.sent += 1
        self.osc.send(address, *args)

    def control(self, *names: str) -> py2tosc.Control:
        return _find(self.document, *names)

    def value(self, *names: str) -> object:
        return self.lua.value(self.control(*names), "text")

    def deliver_until(self, address: str, timeout: float = 5.0) -> tuple[object, ...]:
        """Hand every arriving message to the root script until one at ``address`` came; its arguments."""
        deadline = time.monotonic() + timeout
        while (left := deadline - time.monotonic()) > 0:
            for message in self.osc.receive(left):
                self.lua.receive_osc(self.root, message.address, message.args)
                if message.address == address:
                    return message.args
        raise TimeoutError(f"no {address} within {timeout} s")

    def settle(self) -> None:
        """Deliver everything the server has sent so far (a /ping answered after it marks the end), and the
        answers to what the scripts sent meanwhile (the /dump a new server instance makes them ask)."""
        sent = -1
        while sent != self.sent:
            sent = self.sent
            self.osc.send("/ping")
            self.deliver_until("/pong")


@pytest.fixture
def tablet(server: ServerProcess) -> Iterator[Tablet]:
    tablet = Tablet(server)
    yield tablet
    tablet.osc.close()


def test_root_script_subscribes_and_shows_the_state_dump(server: ServerProcess, tablet: Tablet) -> None:
    with server.client() as other:
        assert other.request("/link/tempo", 97.5).args == (97.5,)
    tablet.lua.call(tablet.root, "init")
    assert tablet.deliver_until("/subscribed")[:1] == (tablet.osc.port,)
    tablet.deliver_until("/link/tempo")
    assert tablet.value("tempo_value") == "97.5 BPM"
    tablet.deliver_until("/link/peers")
    assert tablet.value("peers_value") == "0"
    tablet.settle()  # the rest of the dump: the silent audio device runs, MIDI is off
    assert str(tablet.value("audio_ok")).startswith("AUDIO OK")
    assert str(tablet.value("midi_ok")).startswith("MIDI OFF")


def test_nudge_buttons_step_the_tempo_heard_from_the_server(tablet: Tablet) -> None:
    tablet.lua.call(tablet.root, "init")
    tablet.deliver_until("/link/tempo")
    assert tablet.value("tempo_value") == "120.0 BPM"
    tablet.settle()
    for name, expected in (("nudge_up_1", 121.0), ("nudge_down_0_1", 120.9), ("nudge_up_0_1", 121.0)):
        tablet.lua.press(tablet.control(name))
        assert tablet.deliver_until("/link/tempo")[0] == pytest.approx(expected, abs=1e-4)
        assert tablet.value("tempo_value") == f"{expected:.1f} BPM"


def test_nudges_stop_at_the_servers_tempo_limits(document: py2tosc.Document) -> None:
    """A nudge past the engine's limits sends the limit, not a tempo the server would refuse."""
    sent: list[tuple[str, tuple[object, ...]]] = []
    lua = LuaLayout(document, send=lambda address, args: sent.append((address, args)))
    lua.call(document.root, "init")  # finds the readouts (and subscribes)
    lua.receive_osc(document.root, "/link/tempo", (MAX_TEMPO - 0.5,))
    lua.press(_find(document, "nudge_up_1"))
    lua.receive_osc(document.root, "/link/tempo", (MIN_TEMPO + 0.5,))
    lua.press(_find(document, "nudge_down_1"))
    tempi = [args for address, args in sent if address == "/link/tempo"]
    assert tempi == [(MAX_TEMPO,), (MIN_TEMPO,)]


def test_root_script_asks_for_the_state_on_a_new_server_instance(document: py2tosc.Document) -> None:
    """A renewal's /subscribed re-sends nothing; one naming a new instance (a restarted server) asks /dump."""
    sent: list[tuple[str, tuple[object, ...]]] = []
    lua = LuaLayout(document, send=lambda address, args: sent.append((address, args)))
    lua.call(document.root, "init")
    dumps = []
    for instance in ("1a2b3c4d5e6f", "1a2b3c4d5e6f", "1a2b3c4d5e6f", "0f9e8d7c6b5a"):
        lua.receive_osc(document.root, "/subscribed", (layout.RECEIVE_PORT, instance))
        dumps.append([args for address, args in sent if address == "/dump"])
    port = (layout.RECEIVE_PORT,)
    assert dumps == [[port], [port], [port], [port, port]]


def test_root_script_keeps_the_subscription_alive(tablet: Tablet) -> None:
    tablet.lua.call(tablet.root, "init")
    tablet.deliver_until("/subscribed")
    tablet.settle()
    tablet.lua.millis = profile.RESUBSCRIBE_MS - 1
    tablet.lua.call(tablet.root, "update")
    # Not yet: no new subscription (beats, pushed every half second, may arrive meanwhile).
    assert [m for m in tablet.osc.drain(0.3) if m.address == "/subscribed"] == []
    tablet.lua.millis = profile.RESUBSCRIBE_MS
    tablet.lua.call(tablet.root, "update")
    assert tablet.deliver_until("/subscribed")[:1] == (tablet.osc.port,)


def test_beat_indicator_follows_link_beat_and_quantum(tablet: Tablet) -> None:
    beat = tablet.control("beat")
    tablet.lua.call(tablet.root, "init")
    tablet.deliver_until("/subscribed")
    tablet.settle()
    tablet.osc.send("/link/quantum", 3)
    tablet.deliver_until("/link/quantum")
    assert tablet.lua.field(beat, "steps") == 3
    tablet.osc.send("/link/tempo", 300)
    tablet.osc.send("/link/playing", 1)
    for _ in range(4):
        _, _, beat_in_bar = tablet.deliver_until("/link/beat")
        assert 1 <= int(beat_in_bar) <= 3  # type: ignore[call-overload]
        assert tablet.lua.value(beat, "x") == int(beat_in_bar) - 1  # type: ignore[call-overload]


@pytest.mark.parametrize("lua_module", ["lupa.lua51", "lupa.lua54"])
def test_state_label_takes_each_state_colour(document: py2tosc.Document, lua_module: str) -> None:
    """The colouring itself, fed the pushes API.md describes (in Lua 5.1 and 5.4 alike)."""
    lua = LuaLayout(document, send=lambda address, args: None, lua_module=lua_module)
    label = _find(document, "Looper", "track3", "state")
    for state, colour in profile.STATE_COLOURS.items():
        lua.receive_osc(document.root, "/looper/3/state", (state.value, 4))
        assert lua.colour(label) == colour
        expected = "3 EMPTY" if state is TrackState.EMPTY else f"3 {state.value} 4 bars"
        assert lua.value(label, "text") == expected
    assert lua.value(_find(document, "Looper", "track2", "state"), "text") == "2 EMPTY"


def test_midi_loop_state_label_takes_each_state_colour(document: py2tosc.Document) -> None:
    lua = LuaLayout(document, send=lambda address, args: None)
    label = _find(document, "MIDI", "midiloop2", "state")
    for state, colour in profile.STATE_COLOURS.items():
        lua.receive_osc(document.root, "/midiloop/2/state", (state.value, 4))
        assert lua.colour(label) == colour
        expected = "2 EMPTY" if state is TrackState.EMPTY else f"2 {state.value} 4 bars"
        assert lua.value(label, "text") == expected
    # ...and a track's state with the same number is not a MIDI loop's
    lua.receive_osc(document.root, "/looper/2/state", ("PLAYING", 1))
    assert lua.value(label, "text") == "2 STOPPED 4 bars"


def test_ok_labels_show_whether_audio_and_midi_run(document: py2tosc.Document) -> None:
    lua = LuaLayout(document, send=lambda address, args: None)
    audio, midi = _find(document, "audio_ok"), _find(document, "midi_ok")
    lua.receive_osc(document.root, "/audio/ok", (1, "default"))
    lua.receive_osc(document.root, "/midi/ok", (0, "no MIDI backend"))
    assert (lua.value(audio, "text"), lua.colour(audio)) == ("AUDIO OK: default", profile.OK_COLOURS[True])
    assert (lua.value(midi, "text"), lua.colour(midi)) == (
        "MIDI OFF: no MIDI backend",
        profile.OK_COLOURS[False],
    )
    lua.receive_osc(document.root, "/audio/ok", (0,))  # a reason is not required
    assert (lua.value(audio, "text"), lua.colour(audio)) == ("AUDIO OFF", profile.OK_COLOURS[False])


def test_state_label_follows_the_looper(server: ServerProcess, tablet: Tablet) -> None:
    with server.client() as other:
        # "record 1" keeps the bar that ended at the bar line nearest the press: at 120 BPM up to 3.5 s ago.
        wait_for_history(other, 3.6)
    label = tablet.control("Looper", "track1", "state")
    tablet.lua.call(tablet.root, "init")
    assert tablet.deliver_until("/looper/1/state")[0] == "EMPTY"
    assert tablet.value("Looper", "track1", "state") == "1 EMPTY"
    tablet.settle()
    rec1 = tablet.control("Looper", "track1", "rec1")
    message = rec1.messages[0]
    assert isinstance(message, py2tosc.OscMessage)
    address, args = Binding(rec1, message).send(1.0)
    assert (address, args) == ("/looper/1/record", (1,))
    tablet.osc.send(address, *args)
    state, bars = tablet.deliver_until("/looper/1/state")
    assert state in {"TRIGGERED", "RECORDING", "PLAYING"}
    assert tablet.value("Looper", "track1", "state") == f"1 {state} {bars} bars"
    assert tablet.lua.colour(label) == profile.STATE_COLOURS[TrackState(state)]
