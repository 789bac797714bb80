"""The ``/midiloop/<loop>/*`` endpoints (``<loop>`` counts from 1, as the audio looper's tracks do)."""

from __future__ import annotations

from collections.abc import Callable, Container
from typing import Protocol

from oscserver.osc.controls import control, verb
from oscserver.osc.params import Kind, Param
from oscserver.osc.registry import Endpoint, Reply, Request

VIRTUAL_OUTPUT = "out"  # the server's own virtual MIDI output, as /midiloop/<loop>/output names it
STATE_REPLY = "/midiloop/<loop>/state s:state i:bars"
MAX_BARS = 64
MAX_QUANTIZE_BEATS = 16.0


class MidiLoopControls(Protocol):
    def loop_numbers(self) -> range: ...

    def state_reply(self, number: int) -> Reply: ...

    def record(self, number: int, bars: int) -> bool: ...

    def arm(self, number: int, bars: int) -> bool: ...

    def play(self, number: int) -> bool: ...

    def stop_loop(self, number: int) -> bool: ...

    def clear(self, number: int) -> bool: ...

    def undo(self, number: int) -> bool: ...

    def output(self, number: int) -> str: ...

    def set_output(self, number: int, name: str) -> None: ...

    def quantize(self, number: int) -> float: ...

    def set_quantize(self, number: int, beats: float) -> None: ...

    async def export(self, number: int) -> list[Reply]: ...


def midiloop_endpoints(loops: MidiLoopControls, subscribers: Container[object]) -> list[Endpoint]:
    """``subscribers``: the keys of the senders that hear every push."""

    def loop_verb(name: str, act: Callable[[Request], bool], summary: str, bars: bool = False) -> Endpoint:
        def handle(request: Request) -> list[Reply] | None:
            changed = act(request)
            if changed and request.sender.key in subscribers:
                return None  # heard as a push already
            return [loops.state_reply(request.path_integer("loop"))]

        params = (Param("bars", Kind.INT, 1, MAX_BARS, default=4),) if bars else ()
        return verb(f"/midiloop/<loop>/{name}", handle, summary, params=params, reply=STATE_REPLY)

    def per_loop(address: str, value: Callable[[int], tuple[object, ...]]) -> Callable[[], list[Reply]]:
        return lambda: [(address.replace("<loop>", str(n)), value(n)) for n in loops.loop_numbers()]

    def output_value(n: int) -> tuple[str]:
        return (loops.output(n),)

    def quantize_value(n: int) -> tuple[float]:
        return (float(loops.quantize(n)),)

    async def export(request: Request) -> list[Reply]:
        return await loops.export(request.path_integer("loop"))

    return [
        loop_verb(
            "record",
            lambda r: loops.record(r.path_integer("loop"), r.integer("bars")),
            "Keep the previous bars of MIDI input (ending at the nearest bar line, as the audio looper) and "
            "play them at once, in phase.",
            bars=True,
        ),
        loop_verb(
            "arm",
            lambda r: loops.arm(r.path_integer("loop"), r.integer("bars")),
            "Record the next bars of MIDI input from the next bar line, then play them.",
            bars=True,
        ),
        loop_verb(
            "play", lambda r: loops.play(r.path_integer("loop")), "Play the loop from the next bar line."
        ),
        loop_verb(
            "stop",
            lambda r: loops.stop_loop(r.path_integer("loop")),
            "Stop at the next bar line; notes sounding then are released.",
        ),
        loop_verb(
            "clear",
            lambda r: loops.clear(r.path_integer("loop")),
            "Empty the loop at once, releasing its notes.",
        ),
        loop_verb(
            "undo",
            lambda r: loops.undo(r.path_integer("loop")),
            "Take back the last take or clear: the loop before it returns (playing if it was).",
        ),
        Endpoint(
            "/midiloop/<loop>/state",
            "The MIDI loop's state (EMPTY TRIGGERED RECORDING PLAYING STOPPING STOPPED) and length in bars; "
            "pushed on change.",
            lambda r: [loops.state_reply(r.path_integer("loop"))],
            dump=lambda: [loops.state_reply(n) for n in loops.loop_numbers()],
            reply=STATE_REPLY,
        ),
        control(
            "/midiloop/<loop>/output",
            Param("name", Kind.STRING, default=None),
            get=lambda path: output_value(path["loop"]),
            set=lambda path, name: loops.set_output(path["loop"], name),
            summary=f"The MIDI output the loop plays on: {VIRTUAL_OUTPUT!r} (the virtual output) or a named "
            "output's alias.",
            dump=per_loop("/midiloop/<loop>/output", output_value),
            reply="/midiloop/<loop>/output s:name",
        ),
        control(
            "/midiloop/<loop>/quantize",
            Param("beats", Kind.FLOAT, 0.0, MAX_QUANTIZE_BEATS, default=None, unit="beats"),
            get=lambda path: quantize_value(path["loop"]),
            set=lambda path, beats: loops.set_quantize(path["loop"], beats),
            summary="Play each note on the nearest multiple of this many beats; 0 plays as recorded.",
            dump=per_loop("/midiloop/<loop>/quantize", quantize_value),
            reply="/midiloop/<loop>/quantize f:beats",
        ),
        Endpoint(
            "/midiloop/<loop>/export",
            "Write the loop as a Standard MIDI File under the data directory's exports/.",
            export,
            button=True,
            reply="/done /midiloop/<loop>/export s:path",
        ),
    ]
