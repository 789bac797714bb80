"""MIDI output through a real JACK graph: the server's virtual output into ``jack_midi_dump``.

The module's server runs on a private JACK dummy server (48 kHz, 256-frame periods). Frame times
come from JACK itself; rtmidi's JACK backend writes every event at the start of the next period, so times
are compared with a tolerance of several periods, generous enough for a loaded machine.
"""

from __future__ import annotations

import itertools
import time
from collections.abc import Iterator

import pytest

from oscserver.osc.codec import encode_bundle, encode_message
from tests.support.client import ScaledOscClient
from tests.support.jack import JackDummy, start_on_time
from tests.support.lost_time import without_lost_time
from tests.support.midi import MidiDump, Received, jack_midi_server, with_data
from tests.support.requirements import need_programs
from tests.support.server import ServerProcess
from tests.support.waiting import wait_until

pytestmark = pytest.mark.integration

RATE = 48000
FRAMES_PER_BEAT_AT_120 = RATE // 2
TOLERANCE = 2400  # 50 ms: ten JACK periods, for a loaded machine; a note that is wrong is wrong by far more


@pytest.fixture(scope="module")
def jack() -> Iterator[JackDummy]:
    need_programs("jackd", "jack_midi_dump", "jack_lsp", "jack_connect", "stdbuf")
    # Real-time, so that the dummy driver's frames keep pace with the host clock: MIDI is written at the
    # frame its host time falls on, and a driver lagging under load would stretch every interval in frames.
    server = start_on_time()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture(scope="module")
def dump(jack: JackDummy) -> Iterator[MidiDump]:
    with MidiDump(jack) as receiver:
        yield receiver


@pytest.fixture(scope="module")
def served(jack: JackDummy, dump: MidiDump) -> Iterator[tuple[ServerProcess, ScaledOscClient]]:
    with jack_midi_server(jack, MidiDump.PORT) as served:
        yield served


@pytest.fixture
def osc(served: tuple[ServerProcess, ScaledOscClient], dump: MidiDump) -> ScaledOscClient:
    _, client = served
    client.catch_up()  # answers left by the previous test
    dump.clear()
    return client


def test_the_server_says_it_uses_jack(served: tuple[ServerProcess, ScaledOscClient]) -> None:
    process, osc = served
    assert "Midi: jack" in "".join(process.output)
    current = osc.pairs()
    assert current["midi"] == "jack"
    assert str(current["midi_outputs"]).startswith("oscserver:out")


def test_a_note_lasts_its_length_in_frames(osc: ScaledOscClient, dump: MidiDump) -> None:
    osc.send("/midi/note", 1, 60, 100, 2.0)  # two beats at 120 BPM: one second
    events = dump.wait_for(lambda e: len(e) >= 2, what="note on and off")
    assert [e.data for e in events] == [bytes((0x90, 60, 100)), bytes((0x80, 60, 0))]
    assert events[1].frame - events[0].frame == pytest.approx(2 * FRAMES_PER_BEAT_AT_120, abs=TOLERANCE)
    # The sender's own account; its figures are measured by `make bench`, only their shape is checked here.
    args = osc.request("/midi/timing", 1).args
    timing = dict(zip(args[::2], args[1::2], strict=True))
    # On JACK an event lands on the nearest frame: up to half a frame (0.0104 ms) early.
    half_frame_ms = 500 / RATE
    assert int(timing["count"]) >= 2 and -half_frame_ms <= float(timing["p50_ms"]) <= float(timing["p99_ms"])
    assert float(timing["p99_ms"]) <= float(timing["max_ms"])
    assert osc.pairs("/midi/timing")["count"] == 0  # reset by the previous request


def test_channel_messages_arrive_byte_for_byte(osc: ScaledOscClient, dump: MidiDump) -> None:
    osc.send("/midi/cc", 2, 7, 99)
    osc.send("/midi/program", 16, 5)
    osc.send("/midi/pitchbend", 1, -8192)
    osc.send("/midi/aftertouch", 3, 64)
    osc.send("/midi/note_on", 4, 61)
    osc.send("/midi/note_off", 4, 61)
    osc.send("/midi/raw", 0xF0, 0x7E, 0x7F, 0x06, 0x01, 0xF7)
    osc.send("/midi/raw", b"\xb0\x40\x7f")
    events = dump.wait_for(lambda e: len(e) >= 8, what="eight messages")
    assert [e.data.hex(" ") for e in events] == [
        "b1 07 63",
        "cf 05",
        "e0 00 00",
        "d2 40",
        "93 3d 64",
        "83 3d 00",
        "f0 7e 7f 06 01 f7",
        "b0 40 7f",
    ]


def test_bad_messages_are_refused_and_nothing_is_sent(osc: ScaledOscClient, dump: MidiDump) -> None:
    cases = [
        (("/midi/note", 17, 60, 100), "channel must be between 1 and 16, got 17"),
        (("/midi/cc", 1, 7, 128), "value must be between 0 and 127, got 128"),
        (("/midi/pitchbend", 1, 8192), "value must be between -8192 and 8191, got 8192"),
        (("/midi/raw", 0xF0, 1, 2), "sysex must be framed: start with 0xF0 and end with 0xF7"),
        (("/midi/raw", 60, 1), "raw MIDI must start with a status byte (0x80-0xFF), got 0x3C"),
        (("/midi/raw", 0x90, "x", 1), "byte 2 must be an int (0-255), got 'x'"),
        (("/midi/note", 1, 60, 100, 0), "beats must be between 0.001 and 1024 beats, got 0"),
        (("/midi/drums/note", 1, 60, 100), "no MIDI output named 'drums'; named outputs: none"),
    ]
    for (address, *args), message in cases:
        answer = osc.request(str(address), *args, reply="/error")
        assert answer.args[1].startswith(message), answer.args
    # A marker sent after them goes out after anything they had sent (one pipe to the MIDI process, one
    # port): once it has arrived, nothing else can.
    osc.send("/midi/cc", 1, 20, 0)
    events = dump.wait_for(lambda e: len(with_data(e, 0xB0, 20, 0)) == 1, what="the marker")
    assert [e.data for e in events] == [bytes((0xB0, 20, 0))]


def test_a_bundle_timetag_sets_the_exact_start(osc: ScaledOscClient, dump: MidiDump) -> None:
    osc.send("/midi/cc", 1, 20, 0)  # a marker: now
    osc.send_raw(encode_bundle([encode_message("/midi/note", (1, 72, 90))], time.time() + 0.5))
    events = dump.wait_for(lambda e: len(e) >= 3, what="the marker and the timed note")
    assert [e.data for e in events] == [bytes((0xB0, 20, 0)), bytes((0x90, 72, 90)), bytes((0x80, 72, 0))]
    assert events[1].frame - events[0].frame == pytest.approx(RATE // 2, abs=TOLERANCE)


def beat_now(osc: ScaledOscClient) -> float:
    return float(osc.request("/link/beat").args[0])


def wait_for_beat(osc: ScaledOscClient, beat: float) -> None:
    wait_until(lambda: beat_now(osc) >= beat, what=f"the server's beat {beat:.2f}")


def test_quantized_notes_start_on_the_beat_grid(osc: ScaledOscClient, dump: MidiDump) -> None:
    start = beat_now(osc)
    for number, note in enumerate((60, 64, 67, 71), start=1):
        osc.send("/midi/cc", 1, 20, note)  # a marker: when the request arrived
        osc.send("/midi/note", 1, note, 100, 0.5, 1.0)
        # Requests spread over more than a beat (a third of one apart on the server's timeline); the notes
        # land on beats only.
        wait_for_beat(osc, start + 0.34 * number)
    events = dump.wait_for(lambda e: len(with_data(e, 0x80, 71, 0)) == 1, what="four notes")
    ons = {e.data[1]: e.frame for e in events if e.data[0] == 0x90}
    offs = {e.data[1]: e.frame for e in events if e.data[0] == 0x80}
    markers = {e.data[2]: e.frame for e in events if e.data[0] == 0xB0}
    first = ons[60]
    for note, frame in ons.items():
        beats = (frame - first) / FRAMES_PER_BEAT_AT_120
        assert beats == pytest.approx(round(beats), abs=TOLERANCE / FRAMES_PER_BEAT_AT_120)
        assert 0 <= frame - markers[note] <= FRAMES_PER_BEAT_AT_120 + TOLERANCE  # the next beat, not later
        assert offs[note] - frame == pytest.approx(FRAMES_PER_BEAT_AT_120 / 2, abs=TOLERANCE)
    assert ons[71] > first  # the requests spanned a beat boundary


@pytest.fixture
def clock_off_after(osc: ScaledOscClient) -> Iterator[None]:
    """Whatever a clock test leaves running is stopped, so a failure does not spill into the next test."""
    yield
    osc.request("/link/playing", 0)
    osc.request("/midi/clock", 0)
    osc.request("/link/tempo", 120.0)


@pytest.mark.usefixtures("clock_off_after")
def test_clock_ticks_start_at_the_bar_and_follow_tempo_and_transport(
    jack: JackDummy, osc: ScaledOscClient, dump: MidiDump
) -> None:
    osc.request("/link/playing", 1)
    assert osc.request("/midi/clock", 1).args == (1,)  # joins the transport: SPP now, Start at the bar
    dump.wait_for(lambda e: len(with_data(e, 0xFA)) == 1 and len(with_data(e, 0xF8)) > 50, what="Start")
    events = dump.snapshot()
    assert events[0].data == bytes((0xF2, 0, 0))  # song position first
    start = with_data(events, 0xFA)[0]
    downbeat = events[events.index(start) + 1]
    assert downbeat.data == bytes((0xF8,)) and downbeat.frame == start.frame  # Start, then the downbeat tick
    assert start.frame - events[0].frame <= 4 * FRAMES_PER_BEAT_AT_120 + TOLERANCE  # within a bar
    steady_ticks(jack, dump, FRAMES_PER_BEAT_AT_120 / 24)

    osc.request("/link/tempo", 60.0)
    # Ticks already on their way at 120 BPM are let through: the last few intervals are the new tempo's.
    dump.wait_for(lambda e: ticking_at_60(with_data(e, 0xF8)), what="ticks at 60 BPM")
    steady_ticks(jack, dump, RATE / 24)

    osc.request("/link/playing", 0)
    stopped = dump.wait_for(lambda e: len(with_data(e, 0xFC)) == 1, what="Stop")
    assert with_data(stopped, 0xFA) == []
    assert osc.request("/midi/clock", 0).args == (0,)


def steady_ticks(jack: JackDummy, dump: MidiDump, expected: float) -> None:
    """30 clock ticks or more, from the next few on, come ``expected`` frames apart (measured again across a
    stall of JACK's driver: the ticks follow the host clock, the frames stamped on them JACK's)."""

    def measure() -> None:
        dump.clear()
        dump.wait_for(lambda e: len(with_data(e, 0xF8)) > 33, what="33 clock ticks")
        # (Not the first three: ticks held up by a stall just before the attempt, logged before it, come
        # out together in the first cycle after it.)
        assert_tick_interval(with_data(dump.snapshot(), 0xF8)[3:], expected)

    without_lost_time(jack, measure)


def ticking_at_60(ticks: list[Received], intervals: int = 3) -> bool:
    """The last ``intervals`` tick intervals are nearer 60 BPM's than 120 BPM's."""
    frames = [t.frame for t in ticks[-intervals - 1 :]]
    halfway = 1.5 * FRAMES_PER_BEAT_AT_120 / 24
    return len(frames) == intervals + 1 and all(b - a > halfway for a, b in itertools.pairwise(frames))


def assert_tick_interval(ticks: list[Received], expected: float) -> None:
    """The mean interval to within 1%, and no single interval off by more than the tolerance."""
    frames = [t.frame for t in ticks]
    mean = (frames[-1] - frames[0]) / (len(frames) - 1)
    assert mean == pytest.approx(expected, rel=0.01)
    assert max(abs((b - a) - expected) for a, b in itertools.pairwise(frames)) <= TOLERANCE


def test_panic_releases_a_sounding_note(osc: ScaledOscClient, dump: MidiDump) -> None:
    osc.send("/midi/note", 5, 50, 100, 64.0)
    dump.wait_for(lambda e: len(e) == 1, what="the note")
    osc.send("/midi/panic")
    events = dump.wait_for(lambda e: len(e) >= 18, what="note-off and 16 all-notes-off")
    assert events[1].data == bytes((0x84, 50, 0))
    assert [e.data for e in events[2:18]] == [bytes((0xB0 + ch, 123, 0)) for ch in range(16)]
    osc.send("/midi/cc", 1, 20, 0)  # a marker, out after anything the panic sent: then nothing more came
    events = dump.wait_for(lambda e: len(with_data(e, 0xB0, 20, 0)) == 1, what="the marker")
    assert len(events) == 19 and events[18].data == bytes((0xB0, 20, 0))


# Last in this module: it stops the module's server. (JACK allows only a few servers on a machine at a time,
# so this does not start one of its own.)
def test_shutdown_leaves_nothing_sounding_and_stops_the_clock(
    served: tuple[ServerProcess, ScaledOscClient], osc: ScaledOscClient, dump: MidiDump
) -> None:
    process, _ = served
    osc.request("/link/playing", 1)
    osc.request("/midi/clock", 1)
    dump.wait_for(lambda e: len(with_data(e, 0xFA)) == 1, what="Start")
    osc.send("/midi/note", 3, 70, 100, 100.0)
    osc.send("/midi/note", 3, 72, 100, 1.0, 16.0)  # still waiting at shutdown: never sounds
    dump.wait_for(lambda e: len(with_data(e, 0x92, 70, 100)) == 1, what="the note")
    assert process.stop() == 0
    # jack_midi_dump prints what JACK delivered a little later: wait for the Stop, the last thing sent.
    events = dump.wait_for(lambda e: len(with_data(e, 0xFC)) == 1, what="Stop")
    tail = [e.data for e in events if e.data != bytes((0xF8,))][-18:]
    assert tail == [
        bytes((0x82, 70, 0)),
        *(bytes((0xB0 + ch, 123, 0)) for ch in range(16)),
        bytes((0xFC,)),
    ]
    assert with_data(events, 0x92, 72, 100) == []
