"""The server's side of MIDI, with an in-memory MIDI process: what it forwards, refuses, pushes, restarts."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from oscserver.engine.clock import ManualClock
from oscserver.exceptions import Overloaded, StartupError, Unavailable
from oscserver.link.fake import FakeLinkPort
from oscserver.midi import protocol as p
from oscserver.midi import supervisor
from oscserver.midi.backlog import LIMIT
from oscserver.midi.subsystem import MidiSubsystem
from oscserver.midi.timing import TimingReport
from oscserver.server.app import App
from oscserver.server.config import ServeConfig
from tests.support.fakes import RecordingPeer

T0 = 100.0


class FakeProcess:
    """Answers like the MIDI process and records every command it is sent."""

    def __init__(
        self,
        config: p.Configure,
        on_packet: Callable[[object], None],
        on_exit: Callable[[str], None],
        ready: p.Ready,
    ) -> None:
        self.config = config
        self.on_packet = on_packet
        self.on_exit = on_exit
        self.ready = ready
        self.commands: list[object] = []
        self.stopped = False
        self.reachable = True  # False: as if its socket had just broken

    async def start(self, timeout: float = 0.0) -> p.Ready:
        return self.ready

    def send(self, command: object) -> None:
        if not self.reachable:
            raise Unavailable("the MIDI process is not reachable: [Errno 32] Broken pipe")
        self.commands.append(command)

    async def ask(self, make: Callable[[int], object], timeout: float = 0.0) -> Any:
        request = make(7)
        if isinstance(request, p.ListPorts):
            return p.Ports(7, ("synth:in",), ("keys:out",))
        assert isinstance(request, p.GetTiming)
        return p.Timing(7, TimingReport(3, 1e-5, 2e-5, 3e-5, 2, 1e-6))

    async def stop(self, timeout: float = 0.0) -> None:
        self.stopped = True

    async def kill(self, grace: float = 0.0) -> None:
        self.stopped = True


class Rig:
    def __init__(self, app: App, clock: ManualClock, config: ServeConfig) -> None:
        self.app = app
        self.clock = clock
        self.processes: list[FakeProcess] = []
        self.ready = p.Ready(api="jack", error=None, virtual_output="oscserver:out", realtime=True)
        self.midi = MidiSubsystem(config, app.link, app.osc, process_factory=self._make)
        self.peer = RecordingPeer()
        app.osc.subscribers.add(self.peer)

    def _make(
        self, config: p.Configure, on_packet: Callable[[object], None], on_exit: Callable[[str], None]
    ) -> FakeProcess:
        process = FakeProcess(config, on_packet, on_exit, self.ready)
        self.processes.append(process)
        return process

    @property
    def process(self) -> FakeProcess:
        return self.processes[-1]

    def report(self, packet: object) -> None:
        self.process.on_packet(packet)


Scenario = Callable[[Rig], Awaitable[None]]


@pytest.fixture
def run(tmp_path: Path) -> Iterator[Callable[..., None]]:
    def run(scenario: Scenario, **settings: Any) -> None:
        async def main() -> None:
            clock = ManualClock(time=T0)
            app_config = ServeConfig(midi_api="none", data_dir=tmp_path)  # the app's own MIDI stays off
            app = App(app_config, FakeLinkPort(clock), now=clock.now)
            config = ServeConfig(**{"midi_api": "jack", "data_dir": tmp_path, **settings})
            await scenario(Rig(app, clock, config))

        asyncio.run(main())

    yield run


def test_the_process_hears_the_timeline_and_the_transport_from_the_start(run: Callable[..., None]) -> None:
    async def scenario(rig: Rig) -> None:
        await rig.midi.start()
        timeline = rig.app.link.timeline()
        assert rig.process.commands == [p.SetTimeline(timeline), p.SetPlaying(False, T0)]
        assert rig.process.config == p.Configure("jack", (), ("keys",), "drums", "info")
        rig.process.commands.clear()
        rig.clock.advance(0.5)
        rig.app.link.set_tempo(90.0)
        rig.app.link.set_playing(True)
        assert rig.process.commands == [p.SetTimeline(rig.app.link.timeline()), p.SetPlaying(True, T0 + 0.5)]
        assert rig.app.link.timeline().tempo == 90.0

    run(scenario, midi_in=("keys",), midi_clock_in="drums")


def test_requests_go_to_the_process_with_their_timetags(run: Callable[..., None]) -> None:
    async def scenario(rig: Rig) -> None:
        await rig.midi.start()
        rig.process.commands.clear()
        rig.midi.note("", 2, 60, 100, 1.5, 0.25, None)
        rig.midi.send("", b"\xb0\x07\x64", T0 + 2.0)
        rig.midi.set_clock("", True)
        rig.midi.panic(None)
        assert rig.process.commands == [
            p.Note("", 2, 60, 100, 1.5, 0.25, None),
            p.Send("", b"\xb0\x07\x64", T0 + 2.0),
            p.SetClock("", True, T0),
            p.Panic(None, T0),
        ]
        assert rig.midi.clock_enabled("")
        assert (await rig.midi.ports()).outputs == ("synth:in",)
        assert (await rig.midi.timing(reset=False)).count == 3

    run(scenario)


def test_a_named_output_takes_messages_only_while_it_is_bound(run: Callable[..., None]) -> None:
    async def scenario(rig: Rig) -> None:
        await rig.midi.start()
        rig.report(p.PortState("out", "", "", "oscserver:out"))
        rig.report(p.PortState("out", "drums", "Circuit", None))
        with pytest.raises(Unavailable, match="output drums is not connected: no port matches 'Circuit'"):
            rig.midi.note("drums", 10, 36, 127, 1.0, 0.0, None)
        assert dict(rig.midi.status())["midi_outputs"] == "oscserver:out, drums=missing (Circuit)"
        rig.report(p.PortState("out", "drums", "Circuit", "Circuit:Circuit MIDI 1 20:0"))
        rig.midi.note("drums", 10, 36, 127, 1.0, 0.0, None)
        assert rig.process.commands[-1] == p.Note("drums", 10, 36, 127, 1.0, 0.0, None)
        assert dict(rig.midi.status())["midi_outputs"] == "oscserver:out, drums=Circuit:Circuit MIDI 1 20:0"
        rig.midi.panic("drums")
        assert rig.process.commands[-1] == p.Panic(("drums",), T0)

    run(scenario, midi_out=("drums=Circuit",))


def test_what_waits_is_bounded_in_number_and_in_time(run: Callable[..., None]) -> None:
    async def scenario(rig: Rig) -> None:
        await rig.midi.start()
        with pytest.raises(Overloaded, match="bundle timetag is 3601 s ahead; at most 3600 s is accepted"):
            rig.midi.send("", b"\xf8", T0 + 3601)
        for _ in range(LIMIT):
            rig.midi.note("", 1, 60, 100, 1.0, 0.0, None)
        with pytest.raises(Overloaded, match=f"{LIMIT} MIDI messages are already waiting"):
            rig.midi.note("", 1, 60, 100, 1.0, 0.0, None)
        rig.midi.panic(None)  # the waiting notes are dropped: room again
        rig.midi.note("", 1, 60, 100, 1.0, 0.0, None)
        rig.clock.advance(3.0)  # a one-beat note is gone within 3 s even at 20 BPM
        rig.midi.send("", b"\xf8", None)

    run(scenario)


def test_input_is_pushed_to_subscribers_naming_its_input_and_handed_to_listeners(
    run: Callable[..., None],
) -> None:
    async def scenario(rig: Rig) -> None:
        await rig.midi.start()
        heard: list[tuple[bytes, float, str]] = []
        rig.midi.input_listeners.append(lambda data, at, name: heard.append((data, at, name)))
        rig.report(p.PortState("in", "keys", "keys", "keys:out"))
        for data in (b"\x90\x3c\x64", b"\xb1\x4a\x7f", b"\xe0\x00\x40", b"\xf8"):
            rig.report(p.Input("in", data, T0, "keys"))
        rig.report(p.Input("in", b"\xc0\x05", T0 + 1, "pads"))  # not bound (yet): named by its pattern
        assert rig.peer.take() == [
            ("/midi/in/note", (1, 60, 100, "keys:out")),
            ("/midi/in/cc", (2, 74, 127, "keys:out")),
            ("/midi/in/pitchbend", (1, 0, "keys:out")),
            ("/midi/in/program", (1, 5, "pads")),
        ]
        assert heard == [
            (b"\x90\x3c\x64", T0, "keys:out"),
            (b"\xb1\x4a\x7f", T0, "keys:out"),
            (b"\xe0\x00\x40", T0, "keys:out"),
            (b"\xf8", T0, "keys:out"),
            (b"\xc0\x05", T0 + 1, "pads"),
        ]

    run(scenario, midi_in=("keys", "pads"))


def test_an_external_clock_sets_the_link_tempo_and_transport(run: Callable[..., None]) -> None:
    async def scenario(rig: Rig) -> None:
        await rig.midi.start()
        rig.report(p.Input("clock", b"\xfa", T0))
        assert rig.app.link.playing
        for k in range(25):  # one beat of pulses at 100 BPM, then the tempo is known
            rig.report(p.Input("clock", b"\xf8", T0 + k * 0.025))
        assert rig.app.link.tempo == 100.0
        assert ("/link/tempo", (100.0,)) in rig.peer.take()
        rig.report(p.Input("clock", b"\xfc", T0 + 1.0))
        assert not rig.app.link.playing

    run(scenario, midi_clock_in="drums")


def test_a_dead_process_is_reported_replaced_and_given_the_whole_state(
    run: Callable[..., None], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(supervisor, "RESTART_DELAYS", (0.0,))

    async def scenario(rig: Rig) -> None:
        await rig.midi.start()
        assert dict(rig.midi.status())["midi_ok"] == 1
        rig.midi.set_clock("", True)
        for _ in range(LIMIT):  # far-off notes: they die with the process
            rig.midi.note("", 1, 60, 100, 1.0, 0.0, T0 + 3000)
        rig.peer.take()
        rig.process.on_exit("killed by SIGKILL")
        assert rig.peer.take() == [("/midi/ok", (0, "the MIDI process died (killed by SIGKILL); restarting"))]
        assert rig.midi.status() == [("midi", "jack"), ("midi_ok", 0), ("midi_restarts", 0)]
        with pytest.raises(Unavailable, match="the MIDI process stopped and is being restarted"):
            rig.midi.note("", 1, 60, 100, 1.0, 0.0, None)
        for _ in range(10):
            await asyncio.sleep(0)
        assert len(rig.processes) == 2
        assert rig.process.commands == [
            p.SetTimeline(rig.app.link.timeline()),
            p.SetPlaying(False, T0),
            p.SetClock("", True, T0),
            p.Panic(None, T0),  # the dead one's note-offs died with it
        ]
        assert rig.peer.take() == [("/midi/ok", (1, "jack"))]
        status = dict(rig.midi.status())
        assert (status["midi_ok"], status["midi_restarts"]) == (1, 1)
        rig.midi.note("", 1, 60, 100, 1.0, 0.0, None)  # room: nothing of the dead one's is counted
        await rig.midi.stop()
        assert rig.process.stopped

    run(scenario)


def test_a_send_the_process_cannot_take_is_not_counted(run: Callable[..., None]) -> None:
    async def scenario(rig: Rig) -> None:
        await rig.midi.start()
        rig.process.reachable = False
        for _ in range(LIMIT + 1):
            with pytest.raises(Unavailable, match="Broken pipe"):
                rig.midi.note("", 1, 60, 100, 1.0, 0.0, None)
        rig.process.reachable = True
        rig.midi.note("", 1, 60, 100, 1.0, 0.0, None)  # not refused as Overloaded
        assert rig.process.commands[-1] == p.Note("", 1, 60, 100, 1.0, 0.0, None)

    run(scenario)


def test_the_ok_state_says_why_there_is_no_midi(run: Callable[..., None]) -> None:
    async def scenario(rig: Rig) -> None:
        await rig.midi.start()
        assert rig.midi.ok_reply() == ("/midi/ok", (0, "MIDI is off (the server runs with --midi-api none)"))

    run(scenario, midi_api="none")


def test_with_midi_off_nothing_starts_and_every_verb_says_so(run: Callable[..., None]) -> None:
    async def scenario(rig: Rig) -> None:
        await rig.midi.start()
        assert rig.processes == []
        assert rig.midi.status() == [("midi", "none")]
        with pytest.raises(Unavailable, match=r"MIDI is off \(the server runs with --midi-api none\)"):
            rig.midi.note("", 1, 60, 100, 1.0, 0.0, None)

    run(scenario, midi_api="none")


def test_auto_without_a_backend_runs_on_and_says_why(run: Callable[..., None]) -> None:
    async def scenario(rig: Rig) -> None:
        rig.ready = p.Ready(None, "ALSA: no sequencer; Jack: JACK server not running?", None, False)
        await rig.midi.start()
        assert rig.processes[-1].stopped
        assert rig.midi.status() == [("midi", "none")]
        with pytest.raises(Unavailable, match="MIDI is not available: ALSA: no sequencer; Jack: JACK server"):
            rig.midi.send("", b"\xf8", None)

    run(scenario, midi_api="auto")


def test_an_explicit_backend_that_cannot_open_stops_the_start(run: Callable[..., None]) -> None:
    async def scenario(rig: Rig) -> None:
        rig.ready = p.Ready(None, "Jack: JACK server not running?", None, False)
        with pytest.raises(StartupError, match=r"--midi-api jack: Jack: JACK server not running\?"):
            await rig.midi.start()

    run(scenario)


GONE = "the JACK server is gone (JACK server has been closed)"


def test_while_its_jack_server_is_gone_midi_is_down_and_says_so(run: Callable[..., None]) -> None:
    async def scenario(rig: Rig) -> None:
        await rig.midi.start()
        rig.report(p.PortState("out", "", "", "oscserver:out"))
        for _ in range(LIMIT):  # far-off notes: their note-offs go with the server
            rig.midi.note("", 1, 60, 100, 1.0, 0.0, T0 + 3000)
        rig.peer.take()
        rig.process.commands.clear()

        rig.report(p.BackendState(up=False, why=GONE, virtual_output=None))
        down = f"{GONE}; MIDI comes back when it returns"
        assert rig.peer.take() == [("/midi/ok", (0, down))]
        assert rig.midi.status() == [("midi", "jack"), ("midi_ok", 0), ("midi_restarts", 0)]
        refusals: list[Callable[[], None]] = [
            lambda: rig.midi.note("", 1, 62, 100, 1.0, 0.0, None),
            lambda: rig.midi.send("", b"\xb0\x07\x64", None),
            lambda: rig.midi.panic(None),
        ]
        for refused in refusals:
            with pytest.raises(Unavailable) as raised:
                refused()
            assert str(raised.value) == down
        assert rig.process.commands == []  # nothing refused reached the process
        assert (await rig.midi.timing(reset=False)).count == 3  # what it can tell, it still tells

        rig.report(p.BackendState(up=True, why="", virtual_output="oscserver:out"))
        assert rig.peer.take() == [("/midi/ok", (1, "jack"))]
        assert rig.process.commands == [p.Panic(None, T0)]  # what sounded lost its note-offs with JACK
        rig.report(p.PortState("out", "", "", "oscserver:out"))
        assert dict(rig.midi.status())["midi_outputs"] == "oscserver:out"
        rig.midi.note("", 1, 64, 100, 1.0, 0.0, None)  # room: the dropped notes are not counted
        assert rig.process.commands[-1] == p.Note("", 1, 64, 100, 1.0, 0.0, None)

    run(scenario)
