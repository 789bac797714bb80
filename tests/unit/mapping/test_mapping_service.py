"""The /map/* endpoints on a whole server with a manual clock: bindings act on MIDI input as OSC requests
would, learn, list/remove/clear, the bound on their number, refusals, and LED feedback."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from oscserver.engine.clock import ManualClock
from oscserver.engine.timeline import MAX_TEMPO, MIN_TEMPO
from oscserver.link.fake import FakeLinkPort
from oscserver.osc.codec import OscArg, encode_message
from oscserver.server.app import App
from oscserver.server.config import ServeConfig
from tests.support.fakes import RecordingPeer

T0 = 100.0


class Rig:
    def __init__(self, app: App) -> None:
        self.app = app
        self.client = RecordingPeer(port=9000)
        self.subscriber = RecordingPeer(port=9001)
        app.osc.subscribers.add(self.subscriber)
        self.sent: list[tuple[str, bytes]] = []  # what went to MIDI outputs: (port, bytes)

    def request(self, address: str, *args: OscArg) -> list[tuple[str, tuple[object, ...]]]:
        self.app.osc.handle_datagram(encode_message(address, args), self.client)
        return self.client.take()

    def midi(self, *data: int) -> None:
        self.app.mapping.heard(bytes(data), T0, "keys:out")

    def pushed(self) -> list[tuple[str, tuple[object, ...]]]:
        return self.subscriber.take()


Scenario = Callable[[Rig], Awaitable[None]]


@pytest.fixture
def run(tmp_path: Path) -> Iterator[Callable[..., None]]:
    def run(scenario: Scenario, **settings: Any) -> None:
        async def main() -> None:
            clock = ManualClock(time=T0)
            config = ServeConfig(**{"midi_api": "none", "audio": "none", "data_dir": tmp_path, **settings})
            app = App(config, FakeLinkPort(clock), now=clock.now)
            rig = Rig(app)
            app.midi.send = lambda port, data, at: rig.sent.append((port, data))  # type: ignore[method-assign]
            await scenario(rig)
            await app.mapping.stop()

        asyncio.run(main())

    yield run


def test_a_cc_sets_a_number_across_its_whole_range(run: Callable[..., None]) -> None:
    async def scenario(rig: Rig) -> None:
        assert rig.request("/map/add", "cc", 1, 7, "/link/tempo") == [
            ("/map/added", (1, "cc", 1, 7, "/link/tempo"))
        ]
        rig.pushed()  # the binding's news
        rig.midi(0xB0, 7, 0)
        assert rig.app.link.tempo == MIN_TEMPO
        rig.midi(0xB0, 7, 127)
        assert rig.app.link.tempo == MAX_TEMPO
        rig.midi(0xB1, 7, 64)  # another channel: not this binding
        assert rig.app.link.tempo == MAX_TEMPO
        assert rig.pushed() == [("/link/tempo", (float(MIN_TEMPO),)), ("/link/tempo", (float(MAX_TEMPO),))]

    run(scenario)


def test_a_note_toggles_a_control_from_its_true_value(run: Callable[..., None]) -> None:
    async def scenario(rig: Rig) -> None:
        rig.request("/map/add", "note", 0, 36, "/link/playing")
        rig.midi(0x99, 36, 100)
        assert rig.app.link.playing
        rig.midi(0x89, 36, 0)  # the release does nothing
        assert rig.app.link.playing
        rig.request("/link/playing", 0)  # stopped from elsewhere: the next press starts it again
        rig.midi(0x90, 36, 1)
        assert rig.app.link.playing
        rig.midi(0x90, 36, 127)
        assert not rig.app.link.playing

    run(scenario)


def test_a_verb_acts_on_each_press_with_its_fixed_args_and_refusals_reach_subscribers(
    run: Callable[..., None],
) -> None:
    async def scenario(rig: Rig) -> None:
        rig.request("/map/add", "cc", 0, 64, "/looper/2/record", 8)
        rig.pushed()
        for value in (0, 127, 100, 0):  # a sustain pedal: down once, up once
            rig.midi(0xB0, 64, value)
        why = "MIDI binding 1: the audio engine is starting; try again in a moment"
        assert rig.pushed() == [("/error", ("/looper/2/record", why))]

    run(scenario)


def test_learn_takes_the_next_press_and_cancel_stops_it(run: Callable[..., None]) -> None:
    async def scenario(rig: Rig) -> None:
        assert rig.request("/map/learn", "/link/playing") == []
        rig.midi(0xE0, 0, 64)  # pitch bend: cannot be learned
        rig.midi(0x81, 40, 0)  # a release: not a press
        rig.midi(0x91, 40, 90)
        assert rig.client.take() == [("/map/added", (1, "note", 2, 40, "/link/playing"))]
        assert not rig.app.link.playing  # the press that was learned does not act
        rig.midi(0x91, 40, 90)
        assert rig.app.link.playing
        rig.request("/map/learn", "/link/tempo")
        rig.request("/map/learn")
        rig.midi(0xB0, 1, 10)
        assert rig.request("/map/list") == [
            ("/map/binding", (1, "note", 2, 40, "/link/playing")),
            ("/map/list", (1,)),
        ]

    run(scenario)


def test_learn_refuses_a_program_change_for_a_number_and_keeps_listening(run: Callable[..., None]) -> None:
    async def scenario(rig: Rig) -> None:
        rig.request("/map/learn", "/link/tempo")
        rig.midi(0xC0, 3)
        ((address, (where, why)),) = rig.client.take()
        assert (address, where) == ("/error", "/map/learn")
        assert "a program change has no value to set tempo with" in str(why)
        rig.midi(0xB2, 21, 5)
        assert rig.client.take() == [("/map/added", (1, "cc", 3, 21, "/link/tempo"))]

    run(scenario)


def test_list_remove_clear_and_the_bound(run: Callable[..., None]) -> None:
    async def scenario(rig: Rig) -> None:
        rig.app.mapping.table.limit = 3
        for number in (1, 2, 3):
            rig.request("/map/add", "note", 10, number, "/looper/1/play")
        assert rig.request("/map/add", "note", 10, 4, "/looper/1/play") == [
            ("/error", ("/map/add", "there are already 3 bindings; remove one first"))
        ]
        assert rig.request("/map/learn", "/looper/1/play") == [
            ("/error", ("/map/learn", "there are already 3 bindings; remove one first"))
        ]
        assert rig.request("/map/remove", 2) == [("/map/removed", (2,))]
        assert rig.request("/map/remove", 2) == [
            ("/error", ("/map/remove", "no binding 2; /map/list lists them"))
        ]
        assert rig.request("/map/add", "program", 0, 7, "/looper/1/stop") == [
            ("/map/added", (4, "program", 0, 7, "/looper/1/stop"))
        ]
        assert rig.request("/map/list") == [
            ("/map/binding", (1, "note", 10, 1, "/looper/1/play")),
            ("/map/binding", (3, "note", 10, 3, "/looper/1/play")),
            ("/map/binding", (4, "program", 0, 7, "/looper/1/stop")),
            ("/map/list", (3,)),
        ]
        assert rig.request("/map/clear") == [("/map/list", (0,))]
        assert rig.request("/map/list") == [("/map/list", (0,))]

    run(scenario)


@pytest.mark.parametrize(
    ("args", "why"),
    [
        (("pad", 0, 1, "/looper/1/play"), "kind must be one of note, cc, program, got 'pad'"),
        (("note", 17, 1, "/looper/1/play"), "channel must be between 0 and 16, got 17"),
        (("note", 0, 128, "/looper/1/play"), "number must be between 0 and 127, got 128"),
        (("note", 0, 1, "/looper/99/play"), "track must be between 1 and 8, got 99"),
        (("note", 0, 1, "/nowhere"), "no endpoint at /nowhere"),
        (("cc", 0, 1, "/link/tempo", 5000.0), "tempo must be between"),
        (("note", 0, 1, "/midi/note", 1, 60, 100, 1.0, 0.0, 9), "/midi/note expects"),
    ],
)
def test_a_bad_binding_is_refused_and_changes_nothing(
    run: Callable[..., None], args: tuple[OscArg, ...], why: str
) -> None:
    async def scenario(rig: Rig) -> None:
        ((address, (where, message)),) = rig.request("/map/add", *args)
        assert (address, where) == ("/error", "/map/add")
        assert why in str(message)
        assert rig.request("/map/list") == [("/map/list", (0,))]

    run(scenario)


def test_feedback_shows_a_toggle_a_number_and_a_track_state_when_they_change(
    run: Callable[..., None],
) -> None:
    async def scenario(rig: Rig) -> None:
        rig.request("/map/add", "note", 0, 36, "/link/playing")
        rig.request("/map/add", "cc", 2, 7, "/looper/1/volume")
        rig.request("/map/add", "note", 1, 48, "/looper/1/record")
        assert rig.request("/map/feedback", 1, "out") == [("/map/feedback", (1, "out"))]
        rig.request("/map/feedback", 2, "out")
        rig.request("/map/feedback", 3, "out")
        assert rig.sent == [
            ("", b"\x90\x24\x00"),
            ("", b"\xb1\x07\x7f"),
            ("", b"\x90\x30\x00"),
        ]  # as they are
        rig.sent.clear()
        rig.request("/link/playing", 1)
        rig.request("/link/playing", 1)  # no change, nothing sent
        rig.midi(0xB1, 7, 0)  # the volume set from the knob itself shows too (a motor fader follows)
        rig.app.osc.publisher.publish("/looper/1/state", ("RECORDING", 4))
        rig.app.osc.publisher.publish("/looper/1/state", ("PLAYING", 4))
        rig.app.osc.publisher.publish("/looper/2/state", ("RECORDING", 4))  # another track
        assert rig.sent == [
            ("", b"\x90\x24\x7f"),
            ("", b"\xb1\x07\x00"),
            ("", b"\x90\x30\x03"),
            ("", b"\x90\x30\x01"),
        ]
        rig.sent.clear()
        rig.request("/map/feedback", 1, "none")
        rig.request("/link/playing", 0)
        assert rig.sent == []

    run(scenario)


@pytest.mark.parametrize(
    ("binding", "output", "why"),
    [
        (("note", 0, 36, "/link/playing"), "drums", "no MIDI output named 'drums'; outputs: out (or none)"),
        (("program", 0, 3, "/link/playing"), "out", "binding 1 is a program change"),
        (("note", 0, 36, "/looper/*/stop"), "out", "not a pattern's"),
        (("note", 0, 36, "/ping"), "out", "/ping has no value to show"),
    ],
)
def test_feedback_that_cannot_show_anything_is_refused(
    run: Callable[..., None], binding: tuple[OscArg, ...], output: str, why: str
) -> None:
    async def scenario(rig: Rig) -> None:
        assert rig.request("/map/add", *binding)[0][0] == "/map/added"
        ((address, (where, message)),) = rig.request("/map/feedback", 1, output)
        assert (address, where) == ("/error", "/map/feedback")
        assert why in str(message)
        assert rig.sent == []

    run(scenario)


def test_every_change_of_the_bindings_is_pushed_once_to_subscribers_however_it_was_made(
    run: Callable[..., None],
) -> None:
    """A page or tablet shows the list as it is: what another client adds, removes or clears, what is
    learned and what a session load brings are pushed; a subscriber that made a change hears it once."""

    async def scenario(rig: Rig) -> None:
        assert rig.request("/map/add", "note", 0, 36, "/link/playing") == [
            ("/map/added", (1, "note", 0, 36, "/link/playing"))
        ]
        assert rig.pushed() == [("/map/added", (1, "note", 0, 36, "/link/playing"))]
        rig.request("/map/learn", "/looper/1/record", 2)
        rig.midi(0x90, 37, 100)
        assert rig.client.take() == [("/map/added", (2, "note", 1, 37, "/looper/1/record", 2))]
        assert rig.pushed() == [("/map/added", (2, "note", 1, 37, "/looper/1/record", 2))]
        assert rig.request("/map/remove", 1) == [("/map/removed", (1,))]
        assert rig.pushed() == [("/map/removed", (1,))]
        restored = rig.app.mapping.table.get(2)
        rig.request("/map/clear")
        assert rig.pushed() == [("/map/list", (0,))]
        rig.app.mapping.install([restored], rig.app.mapping.check([restored]))  # as a session load does
        assert rig.pushed() == [
            ("/map/binding", (2, "note", 1, 37, "/looper/1/record", 2)),
            ("/map/list", (1,)),
        ]
        rig.app.mapping.install([restored], rig.app.mapping.check([restored]))  # the same again: no news
        assert rig.pushed() == []

        # The subscriber itself changes the bindings: it hears each change once.
        def as_subscriber(address: str, *args: OscArg) -> list[tuple[str, tuple[object, ...]]]:
            rig.app.osc.handle_datagram(encode_message(address, args), rig.subscriber)
            return rig.pushed()

        assert as_subscriber("/map/add", "cc", 0, 7, "/link/tempo") == [
            ("/map/added", (3, "cc", 0, 7, "/link/tempo"))
        ]
        assert as_subscriber("/map/remove", 3) == [("/map/removed", (3,))]
        assert as_subscriber("/map/clear") == [("/map/list", (0,))]
        assert as_subscriber("/map/clear") == [("/map/list", (0,))]  # already empty: still answered
        as_subscriber("/map/learn", "/link/playing")
        rig.midi(0x90, 40, 100)
        assert rig.pushed() == [("/map/added", (4, "note", 1, 40, "/link/playing"))]

    run(scenario)
