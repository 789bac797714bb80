"""The ``/midi/*`` endpoints: every verb on the virtual output (``/midi/...``) and on each named output
(``/midi/<output>/...``), the port lists, and the sender's timing figures.

Message verbs are ``timed``: a bundle's timetag reaches the MIDI process as the exact host time to send at,
instead of waiting in the server's bundle scheduler, whose timers fire a millisecond or more late.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, Protocol

from oscserver.engine import midi_messages as mm
from oscserver.engine.midi_schedule import VIRTUAL_PORT
from oscserver.exceptions import InvalidArgument
from oscserver.midi import protocol as p
from oscserver.midi.timing import TimingReport
from oscserver.osc.codec import OscArg
from oscserver.osc.controls import control, verb
from oscserver.osc.params import Kind, Param, describe_value
from oscserver.osc.registry import Endpoint, Reply, Request


class Midi(Protocol):
    """What the endpoints ask of MIDI; :class:`~oscserver.midi.subsystem.MidiSubsystem` is the real one.

    Declared here, next to its only caller, so that the endpoints depend on nothing above them.
    """

    @property
    def aliases(self) -> tuple[str, ...]: ...

    def send(self, port: str, data: bytes, at: float | None) -> None: ...

    def note(
        self,
        port: str,
        channel: int,
        note: int,
        velocity: int,
        beats: float,
        quantize: float,
        at: float | None,
    ) -> None: ...

    def clock_enabled(self, port: str) -> bool: ...

    def ok_reply(self) -> Reply: ...

    def set_clock(self, port: str, enabled: bool) -> None: ...

    def panic(self, port: str | None) -> None: ...

    async def ports(self) -> p.Ports: ...

    async def timing(self, reset: bool) -> TimingReport: ...


PortOf = Callable[[Mapping[str, Any]], str]


def _param(spec: mm.Range, default: Any = None) -> Param:
    if default is None:
        return Param(spec.name, Kind.INT, spec.low, spec.high)
    return Param(spec.name, Kind.INT, spec.low, spec.high, default=default)


CHANNEL = _param(mm.CHANNEL)
NOTE = _param(mm.NOTE)
BEATS = Param("beats", Kind.FLOAT, 0.001, 1024, default=1.0, unit="beats")
QUANTIZE = Param("quantize", Kind.FLOAT, 0, 64, default=0.0, unit="beats")


def raw_bytes(values: tuple[Any, ...]) -> bytes:
    """``/midi/raw`` takes ints (``i:byte ...``) or one blob; either way one checked MIDI message."""
    if len(values) == 1 and isinstance(values[0], bytes):
        return mm.check_raw(list(values[0]))
    data = []
    for index, value in enumerate(values, start=1):
        whole = isinstance(value, int | float) and not isinstance(value, bool) and float(value).is_integer()
        if not whole:
            raise InvalidArgument(f"byte {index} must be an int (0-255), got {describe_value(value)}")
        data.append(int(value))
    return mm.check_raw(data)


def timing_pairs(report: TimingReport) -> tuple[OscArg, ...]:
    """``count 12 p50_ms 0.016 ...``: labelled like ``/audio/status``, so a client reads a figure by name."""
    pairs: tuple[tuple[str, OscArg], ...] = (
        ("count", report.count),
        ("p50_ms", report.p50 * 1e3),
        ("p99_ms", report.p99 * 1e3),
        ("max_ms", report.max * 1e3),
        ("clock_intervals", report.clock_intervals),
        ("clock_sd_ms", report.clock_sd * 1e3),
    )
    return tuple(item for pair in pairs for item in pair)


def _output_verbs(midi: Midi, prefix: str, port_of: PortOf, where: str) -> list[Endpoint]:
    def send(make: Callable[[Mapping[str, Any]], bytes]) -> Callable[[Request], None]:
        def handle(request: Request) -> None:
            midi.send(port_of(request.path), make(request.args), request.at)

        return handle

    def note(request: Request) -> None:
        midi.note(
            port_of(request.path),
            request.integer("channel"),
            request.integer("note"),
            request.integer("velocity"),
            request.number("beats"),
            request.number("quantize"),
            request.at,
        )

    def message(name: str, summary: str, params: tuple[Param, ...], make: Callable[..., bytes]) -> Endpoint:
        return Endpoint(
            f"{prefix}/{name}",
            f"{summary} ({where}).",
            send(lambda a: make(*(a[param.name] for param in params))),
            params=params,
            timed=True,
        )

    def clock_dump() -> list[Reply]:
        if "<" not in prefix:
            return [(f"{prefix}/clock", (int(midi.clock_enabled(VIRTUAL_PORT)),))]
        return [(f"/midi/{alias}/clock", (int(midi.clock_enabled(alias)),)) for alias in midi.aliases]

    return [
        Endpoint(
            f"{prefix}/note",
            f"A note `beats` long, now or at the next multiple of `quantize` beats ({where}).",
            note,
            params=(CHANNEL, NOTE, _param(mm.VELOCITY), BEATS, QUANTIZE),
            timed=True,
        ),
        message("note_on", "Note on", (CHANNEL, NOTE, _param(mm.VELOCITY, default=100)), mm.note_on),
        message("note_off", "Note off", (CHANNEL, NOTE, _param(mm.VELOCITY, default=0)), mm.note_off),
        message("cc", "Control change", (CHANNEL, _param(mm.CONTROL), _param(mm.VALUE)), mm.control_change),
        message("program", "Program change", (CHANNEL, _param(mm.PROGRAM)), mm.program_change),
        message("pitchbend", "Pitch bend, 0 the centre", (CHANNEL, _param(mm.PITCH_BEND)), mm.pitch_bend),
        message("aftertouch", "Channel aftertouch", (CHANNEL, _param(mm.VALUE)), mm.channel_aftertouch),
        Endpoint(
            f"{prefix}/raw",
            f"One MIDI message as ints or a blob (sysex framed F0..F7), sent after a check ({where}).",
            send(lambda a: raw_bytes(a["bytes"])),
            params=(Param("bytes", Kind.ANY, variadic=True),),
            timed=True,
        ),
        control(
            f"{prefix}/clock",
            Param("enabled", Kind.BOOL, default=None),
            get=lambda path: (int(midi.clock_enabled(port_of(path))),),
            set=lambda path, enabled: midi.set_clock(port_of(path), enabled),
            summary=f"24-ppqn clock locked to Link, Start/Stop following /link/playing ({where}).",
            dump=clock_dump,
        ),
        verb(
            f"{prefix}/panic",
            lambda request: midi.panic(None if "<" not in prefix else port_of(request.path)),
            f"All notes off on every channel ({'every output' if '<' not in prefix else where}).",
        ),
    ]


def midi_endpoints(midi: Midi) -> list[Endpoint]:
    async def outputs(request: Request) -> list[Reply]:
        return [("/midi/outputs", (await midi.ports()).outputs)]

    async def inputs(request: Request) -> list[Reply]:
        return [("/midi/inputs", (await midi.ports()).inputs)]

    async def timing(request: Request) -> list[Reply]:
        return [("/midi/timing", timing_pairs(await midi.timing(request.flag("reset"))))]

    return [
        *_output_verbs(midi, "/midi", lambda _: VIRTUAL_PORT, "the virtual output"),
        *_output_verbs(midi, "/midi/<output>", lambda path: str(path["output"]), "a named output"),
        Endpoint(
            "/midi/ok",
            "Whether the MIDI process runs (1, and on which backend) or not (0, and why: when it died, the "
            "server restarts it by itself); pushed on change.",
            lambda request: [midi.ok_reply()],
            dump=lambda: [midi.ok_reply()],
            reply="/midi/ok i:ok s:what",
        ),
        Endpoint(
            "/midi/outputs",
            "The MIDI ports the server can send to (bind one with --midi-out ALIAS=PORT).",
            outputs,
            reply="/midi/outputs [s:name ...]",
        ),
        Endpoint(
            "/midi/inputs",
            "The MIDI ports the server can listen to (--midi-in PORT, --midi-clock-in PORT).",
            inputs,
            reply="/midi/inputs [s:name ...]",
        ),
        Endpoint(
            "/midi/timing",
            "How late scheduled MIDI left (ms: p50, p99, max) and the clock pulse jitter, as key/value "
            "pairs; 1 resets after.",
            timing,
            params=(Param("reset", Kind.BOOL, default=False),),
            reply="/midi/timing s:key value ...",
        ),
    ]
