"""The endpoints of the looper as an instrument: ``/looper/<n>/undo`` ... ``/looper/follow``."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Container
from typing import Any, Protocol

from oscserver.audio.instrument import LooperInstrument
from oscserver.engine.looper import Track
from oscserver.engine.looper_instrument import MAX_TIMES
from oscserver.osc.codec import OscArg
from oscserver.osc.controls import control
from oscserver.osc.params import Kind, Param
from oscserver.osc.registry import Endpoint, Reply, Request, Role

STATE_REPLY = "/looper/<n>/state s:state i:bars"


class LooperTracks(Protocol):
    """What these endpoints ask of the looper subsystem besides its instrument."""

    @property
    def tracks(self) -> int: ...

    def track(self, number: int) -> Track: ...

    def state_reply(self, number: int) -> Reply: ...

    def set_replace(self, number: int, on: bool) -> None: ...


def instrument_endpoints(
    looper: LooperTracks, instrument: LooperInstrument, subscribers: Container[object]
) -> list[Endpoint]:
    tracks = range(1, looper.tracks + 1)

    def answer_state(request: Request, changed: bool) -> list[Reply] | None:
        # A subscriber heard the change already as a push; anyone else (or anything unchanged) gets an answer.
        if changed and request.sender.key in subscribers:
            return None
        return [looper.state_reply(request.path_integer("n"))]

    def state_verb(
        name: str, act: Callable[[Request], bool], summary: str, params: tuple[Param, ...] = ()
    ) -> Endpoint:
        # (With a ``times`` it is no button: a lone 0 is a bad ``times``, not a release.)
        return Endpoint(
            f"/looper/<n>/{name}",
            summary,
            lambda request: answer_state(request, act(request)),
            params=params,
            button=not params,
            reply=STATE_REPLY,
        )

    def history_verb(name: str, act: Callable[[int], Awaitable[bool]], summary: str) -> Endpoint:
        async def handle(request: Request) -> list[Reply] | None:
            return answer_state(request, await act(request.path_integer("n")))

        return Endpoint(f"/looper/<n>/{name}", summary, handle, button=True, reply=STATE_REPLY)

    def setting(
        name: str,
        param: Param,
        value: Callable[[Track], OscArg],
        apply: Callable[[int, Any], None],
        summary: str,
    ) -> Endpoint:
        address = f"/looper/<n>/{name}"

        def current(n: int) -> tuple[OscArg]:
            return (value(looper.track(n)),)

        return control(
            address,
            param,
            get=lambda path: current(path["n"]),
            set=lambda path, v: apply(path["n"], v),
            summary=summary,
            dump=lambda: [(address.replace("<n>", str(n)), current(n)) for n in tracks],
            reply=f"{address} {param.tag}:{param.name}",
        )

    def input_value(n: int) -> tuple[OscArg, ...]:
        left, right = looper.track(n).settings.input
        return (left, right)

    def handle_input(request: Request) -> list[Reply]:
        n = request.path_integer("n")
        left, right = request.optional_integer("left"), request.optional_integer("right")
        if left is not None:
            instrument.set_input(n, left, left if right is None else right)
        return [(request.address, input_value(n))]

    times = (Param("times", Kind.INT, 2, MAX_TIMES, default=2),)
    return [
        history_verb(
            "undo",
            instrument.undo,
            "Undo the track's last change (a take, an overdub or replace pass, multiply, divide, reverse, "
            "speed, clear) at once; undoing the first take leaves it EMPTY.",
        ),
        history_verb("redo", instrument.redo, "Redo the change undone last, at once."),
        state_verb(
            "multiply",
            lambda r: instrument.multiply(r.path_integer("n"), r.integer("times")),
            "From the next bar line the loop is times as long, its content repeated (with overdub on, the "
            "repeats take new layers).",
            times,
        ),
        state_verb(
            "divide",
            lambda r: instrument.divide(r.path_integer("n"), r.integer("times")),
            "From the next bar line the loop is its first 1/times (its bars must divide evenly).",
            times,
        ),
        state_verb(
            "oneshot",
            lambda r: instrument.oneshot(r.path_integer("n")),
            "Play the loop once from its start at the next bar line, then STOPPED.",
        ),
        setting(
            "replace",
            Param("on", Kind.BOOL, default=None),
            lambda t: int(t.overdub and t.settings.replace),
            looper.set_replace,
            "Put the input in place of the playing loop from the next bar line (1) until the next bar line "
            "(0), like overdub but replacing.",
        ),
        setting(
            "reverse",
            Param("on", Kind.BOOL, default=None),
            lambda t: int(t.settings.reverse),
            instrument.reverse,
            "Play the loop backwards (1) or forwards (0) from the next bar line, still on the grid.",
        ),
        setting(
            "speed",
            Param("speed", Kind.FLOAT, 0.5, 2.0, default=None),
            lambda t: float(t.settings.speed),
            instrument.speed,
            "Half (0.5), normal (1) or double (2) speed from the next bar line; the loop's length in bars "
            "follows (a one-bar loop at 0.5 is 2 bars).",
        ),
        setting(
            "solo",
            Param("on", Kind.BOOL, default=None),
            lambda t: int(t.settings.solo),
            instrument.solo,
            "While any track is soloed only soloed tracks sound.",
        ),
        setting(
            "feedback",
            Param("feedback", Kind.FLOAT, 0.0, 1.0, default=None),
            lambda t: float(t.settings.feedback),
            instrument.feedback,
            "What an overdub pass keeps of the loop under it, 0 to 1 (1 keeps everything).",
        ),
        Endpoint(
            "/looper/<n>/input",
            "The device input channels feeding the track's left and right (from 1; 0 = none; the input "
            "history keeps channels 1 and 2); one channel given feeds both.",
            handle_input,
            params=(
                Param("left", Kind.INT, 0, 2, default=None),
                Param("right", Kind.INT, 0, 2, default=None),
            ),
            role=Role.CONTROL,
            dump=lambda: [(f"/looper/{n}/input", input_value(n)) for n in tracks],
            reply="/looper/<n>/input i:left i:right",
        ),
        control(
            "/looper/follow",
            Param("on", Kind.BOOL, default=None),
            get=lambda _: (int(instrument.looper.follow),),
            set=lambda _, on: instrument.set_follow(on),
            summary="Loops follow the transport (1, the default): a Link stop stops every track at the next "
            "bar line, a start brings back the ones that were playing, in phase.",
        ),
    ]
