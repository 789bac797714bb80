"""MIDI loops in the server, on the manual clock: exactly what reaches the MIDI process, and the pushes."""

from __future__ import annotations

import asyncio
import base64
import json
from collections.abc import Awaitable, Callable, Iterator
from pathlib import Path
from typing import Any

import mido
import pytest

from oscserver.engine import midi_messages as mm
from oscserver.engine.clock import ManualClock
from oscserver.exceptions import InvalidArgument
from oscserver.link.fake import FakeLinkPort
from oscserver.midi import protocol as p
from oscserver.midi.subsystem import MidiSubsystem
from oscserver.midiloop.service import MidiLoopSubsystem
from oscserver.midiloop.sessionpart import MidiLoopPart
from oscserver.server.app import App
from oscserver.server.config import ServeConfig
from oscserver.sessions.service import SessionService
from oscserver.sessions.store import SessionStore
from tests.support.fakes import ManualTimers, RecordingPeer

T0 = 100.0  # beat 0; 120 BPM: beat b is at T0 + b / 2


class FakeProcess:
    def __init__(
        self, config: p.Configure, on_packet: Callable[[object], None], on_exit: Callable[[str], None]
    ) -> None:
        self.on_packet = on_packet
        self.commands: list[object] = []
        self.faults = 0  # the next sends that fail as a bug would

    async def start(self, timeout: float = 0.0) -> p.Ready:
        return p.Ready(api="jack", error=None, virtual_output="oscserver:out", realtime=True)

    def send(self, command: object) -> None:
        if self.faults:
            self.faults -= 1
            raise RuntimeError("a fault")
        self.commands.append(command)

    async def stop(self, timeout: float = 0.0) -> None:
        pass

    async def ask(self, make: Callable[[int], object], timeout: float = 0.0) -> Any:
        raise AssertionError("not asked here")

    async def kill(self, grace: float = 0.0) -> None:
        pass

    def notes(self) -> list[p.Note | p.Send]:
        """The notes and sends handed over since the last call."""
        taken = [c for c in self.commands if isinstance(c, p.Note | p.Send)]
        self.commands.clear()
        return taken


class Rig:
    def __init__(self, app: App, clock: ManualClock, config: ServeConfig) -> None:
        self.app = app
        self.clock = clock
        self.timers = ManualTimers(clock)
        self.processes: list[FakeProcess] = []
        self.midi = MidiSubsystem(config, app.link, app.osc, process_factory=self._make)
        self.loops = MidiLoopSubsystem(config, app.link, app.osc, self.midi, self.timers.call_later)
        self.peer = RecordingPeer()
        app.osc.subscribers.add(self.peer)

    def _make(
        self, config: p.Configure, on_packet: Callable[[object], None], on_exit: Callable[[str], None]
    ) -> FakeProcess:
        self.processes.append(FakeProcess(config, on_packet, on_exit))
        return self.processes[-1]

    @property
    def process(self) -> FakeProcess:
        return self.processes[-1]

    def to_beat(self, beat: float) -> None:
        self.timers.run_until(T0 + beat / 2)

    def play(self, beat: float, data: bytes) -> None:
        self.to_beat(beat)
        self.process.on_packet(p.Input("in", data, T0 + beat / 2))

    def states(self) -> list[tuple[object, ...]]:
        return [args for address, args in self.peer.take() if address == "/midiloop/1/state"]


@pytest.fixture
def run(tmp_path: Path) -> Iterator[Callable[[Callable[[Rig], Awaitable[None]]], None]]:
    def run(scenario: Callable[[Rig], Awaitable[None]]) -> None:
        async def main() -> None:
            clock = ManualClock(time=T0)
            app = App(ServeConfig(midi_api="none", data_dir=tmp_path), FakeLinkPort(clock), now=clock.now)
            rig = Rig(app, clock, ServeConfig(midi_api="jack", data_dir=tmp_path))
            await rig.midi.start()
            await scenario(rig)

        asyncio.run(main())

    yield run


def play_phrase(rig: Rig) -> None:
    """In bar [4, 8): C (half a beat) on the downbeat, E (a beat) on beat 3, G held across the bar line."""
    rig.play(4.0, mm.note_on(1, 60, 100))
    rig.play(4.5, mm.note_off(1, 60))
    rig.play(6.0, mm.note_on(1, 64, 90))
    rig.play(7.0, mm.note_off(1, 64))
    rig.play(7.5, mm.note_on(1, 67, 80))
    rig.play(8.5, mm.note_off(1, 67))


def loop_the_phrase(rig: Rig) -> None:
    """The phrase played, then recorded on loop 1 just before beat 9 (the bar just played is kept)."""
    play_phrase(rig)
    rig.to_beat(8.75)
    rig.loops.record(1, 1)


def note(key: int, velocity: int, beats: float, beat: float) -> p.Note:
    return p.Note("", 1, key, velocity, beats, 0.0, T0 + beat / 2)


def test_record_keeps_the_previous_bar_and_replays_it_on_the_beat(run: Callable[..., None]) -> None:
    async def scenario(rig: Rig) -> None:
        play_phrase(rig)
        rig.to_beat(8.75)
        assert rig.loops.record(1, 1)
        assert rig.states() == [("PLAYING", 1)]
        rig.to_beat(12.5)
        assert rig.process.notes() == [
            note(64, 90, 1.0, 10.0),
            note(67, 80, 1.0, 11.5),
            note(60, 100, 0.5, 12.0),
        ]

    run(scenario)


def test_stop_releases_a_held_note_at_the_bar_line_and_nothing_follows(run: Callable[..., None]) -> None:
    async def scenario(rig: Rig) -> None:
        loop_the_phrase(rig)
        rig.to_beat(15.0)
        rig.process.notes()
        assert rig.loops.stop_loop(1)
        rig.to_beat(15.55)  # G starts at 15.5; the stop at 16 cuts it to half a beat
        rig.to_beat(24.0)
        assert rig.process.notes() == [note(67, 80, 0.5, 15.5)]
        assert rig.states() == [("PLAYING", 1), ("STOPPING", 1), ("STOPPED", 1)]
        assert rig.timers.pending() == 0  # nothing left to look ahead for

    run(scenario)


def test_clear_and_undo_release_what_sounds_at_once(run: Callable[..., None]) -> None:
    async def scenario(rig: Rig) -> None:
        loop_the_phrase(rig)
        rig.to_beat(11.75)
        assert rig.process.notes()[-1] == note(67, 80, 1.0, 11.5)
        assert rig.loops.clear(1)
        assert rig.process.notes() == [p.Send("", mm.note_off(1, 67), T0 + 11.75 / 2)]
        rig.to_beat(13.0)
        assert rig.process.notes() == []
        assert rig.loops.undo(1)
        rig.to_beat(14.25)
        assert rig.process.notes() == [note(64, 90, 1.0, 14.0)]
        assert rig.states() == [("PLAYING", 1), ("EMPTY", 0), ("PLAYING", 1)]

    run(scenario)


def test_a_loop_plays_on_its_output_with_quantize_and_exports_a_midi_file(
    run: Callable[..., None], tmp_path: Path
) -> None:
    async def scenario(rig: Rig) -> None:
        rig.play(4.1, mm.note_on(2, 50, 70))
        rig.play(4.4, mm.note_off(2, 50))
        rig.to_beat(8.0)
        rig.loops.set_quantize(1, 0.5)
        rig.loops.record(1, 1)
        rig.to_beat(12.2)
        # Pressed right on the bar line: the downbeat's note plays at once, then every bar; 4.1 moved to 4.0.
        notes = [n for n in rig.process.notes() if isinstance(n, p.Note)]
        handed = [(n.port, n.channel, n.note, n.velocity, round(n.beats, 9), n.at) for n in notes]
        assert handed == [("", 2, 50, 70, 0.3, T0 + beat / 2) for beat in (8.0, 12.0)]
        replies = await rig.loops.export(1)
        address, (what, path) = replies[0]
        assert (address, what) == ("/done", "/midiloop/1/export")
        assert Path(path).parent == tmp_path / "exports" and Path(path).suffix == ".mid"
        exported = [m for m in mido.MidiFile(path).tracks[0] if m.type in ("note_on", "note_off")]
        assert [(m.type, m.channel, m.note) for m in exported] == [("note_on", 1, 50), ("note_off", 1, 50)]
        assert [f.name for f in (tmp_path / "exports").iterdir()] == [Path(path).name]  # no temporary left

    run(scenario)


def test_the_history_hears_only_the_midi_input(run: Callable[..., Any]) -> None:
    async def scenario(rig: Rig) -> None:
        rig.process.on_packet(p.Input("clock", bytes((mm.CLOCK_TICK,)), T0))
        rig.process.on_packet(p.Input("in", mm.control_change(1, 1, 5), T0))
        assert len(rig.loops.history) == 1

    run(scenario)


def test_an_output_must_exist(run: Callable[..., None]) -> None:
    async def scenario(rig: Rig) -> None:
        with pytest.raises(
            InvalidArgument, match="no MIDI output named 'synth': use 'out' or a named output"
        ):
            rig.loops.set_output(1, "synth")
        assert rig.loops.output(1) == "out"

    run(scenario)


def test_a_session_keeps_each_loop_as_a_midi_file_and_refuses_a_bad_one(run: Callable[..., None]) -> None:
    async def scenario(rig: Rig) -> None:
        loop_the_phrase(rig)
        rig.loops.set_quantize(2, 0.25)
        part = MidiLoopPart(rig.loops)
        state, _ = part.capture()
        saved = json.loads(json.dumps(state))
        assert saved["loops"][0]["smf"] and saved["loops"][1] == {
            "loop": 2,
            "output": "out",
            "quantize": 0.25,
        }
        taken = rig.loops.bank.stored(1)

        rig.loops.clear(1)
        rig.loops.set_quantize(2, 0.0)
        bad = json.loads(json.dumps(saved))
        bad["loops"][0]["smf"] = base64.b64encode(b"MThd nonsense").decode()
        with pytest.raises(InvalidArgument, match=r"^midiloops\.loops\[0\]\.smf: not a Standard MIDI File"):
            part.check(bad, {}, 48000)
        assert rig.loops.is_empty(1)

        part.check(saved, {}, 48000)
        part.apply(saved, {}, 48000)
        assert rig.loops.bank.stored(1) == taken
        assert rig.loops.quantize(2) == 0.25
        assert rig.loops.state_reply(1) == ("/midiloop/1/state", ("PLAYING", 1))

    run(scenario)


def test_after_a_short_stall_due_notes_go_out_late_and_after_a_long_one_they_are_skipped(
    run: Callable[..., None],
) -> None:
    async def scenario(rig: Rig) -> None:
        loop_the_phrase(rig)
        rig.to_beat(9.7)
        rig.process.notes()
        rig.clock.advance(0.4)  # the event loop stalls over E at beat 10 (9.7 + 0.4 s = beat 10.5)
        rig.timers.run_until(rig.clock.now())
        assert rig.process.notes() == [note(64, 90, 1.0, 10.0)]  # its own time, in the past: sent at once
        rig.to_beat(13.7)
        rig.process.notes()
        rig.clock.advance(2.0)  # four beats: E, G and C due meanwhile are skipped, not sent in a burst
        rig.timers.run_until(rig.clock.now() + 0.001)
        assert rig.process.notes() == []

    run(scenario)


def test_after_a_tempo_change_notes_land_on_the_beat_of_the_new_tempo(run: Callable[..., None]) -> None:
    async def scenario(rig: Rig) -> None:
        loop_the_phrase(rig)
        rig.to_beat(9.0)  # T0 + 4.5 s
        rig.app.link.set_tempo(60.0)  # a beat a second from here
        rig.timers.run_until(T0 + 4.5 + 3.2)  # to beat 12.2
        at_60 = [
            p.Note("", 1, k, v, b, 0.0, T0 + 4.5 + (beat - 9.0))
            for k, v, b, beat in [(64, 90, 1.0, 10.0), (67, 80, 1.0, 11.5), (60, 100, 0.5, 12.0)]
        ]
        assert rig.process.notes() == at_60  # lengths in beats: the sender keys note-offs by beat

    run(scenario)


def test_a_session_saved_before_midi_loops_loads_and_leaves_them_as_they_are(
    run: Callable[..., None], tmp_path: Path
) -> None:
    async def scenario(rig: Rig) -> None:
        loop_the_phrase(rig)
        store = SessionStore(tmp_path / "sessions")
        store.save("older", {}, {}, 48000)  # no midiloops section
        sessions = SessionService(store, [MidiLoopPart(rig.loops)], samplerate=48000, autosave=False)
        assert await sessions.load("older") == "older"
        assert rig.loops.state_reply(1) == ("/midiloop/1/state", ("PLAYING", 1))

    run(scenario)


def test_a_fault_while_looking_ahead_costs_that_note_and_playback_carries_on(
    run: Callable[..., None],
) -> None:
    async def scenario(rig: Rig) -> None:
        loop_the_phrase(rig)
        rig.process.faults = 1  # E at 10
        rig.to_beat(12.5)
        assert rig.process.notes() == [note(67, 80, 1.0, 11.5), note(60, 100, 0.5, 12.0)]

    run(scenario)


def test_a_take_made_while_another_loop_plays_is_heard_from_its_first_beat(run: Callable[..., None]) -> None:
    async def scenario(rig: Rig) -> None:
        loop_the_phrase(rig)
        rig.to_beat(9.95)  # loop 1 is looked ahead for past beat 10 already
        assert rig.process.notes() == [note(64, 90, 1.0, 10.0)]
        rig.loops.record(2, 1)  # the same bar, on loop 2: its E at 10 is 25 ms away
        assert rig.process.notes() == [note(64, 90, 1.0, 10.0)]

    run(scenario)
