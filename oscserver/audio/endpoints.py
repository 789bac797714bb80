"""The ``/looper/*``, ``/click/*`` and ``/audio/*`` endpoints."""

from __future__ import annotations

from collections.abc import Callable, Container
from typing import Protocol

from oscserver.engine.looper import Track
from oscserver.osc.codec import OscArg
from oscserver.osc.controls import control, verb
from oscserver.osc.params import Kind, Param
from oscserver.osc.registry import Endpoint, Reply, Request

STATE_REPLY = "/looper/<n>/state s:state i:bars"
MAX_BARS = 64


class LooperControls(Protocol):
    """What the endpoints ask of the looper."""

    @property
    def tracks(self) -> int: ...

    @property
    def click_enabled(self) -> bool: ...

    @property
    def click_volume(self) -> float: ...

    @property
    def latency(self) -> float: ...

    def track(self, number: int) -> Track: ...

    def state_reply(self, number: int) -> Reply: ...

    def audio_status(self) -> list[OscArg]: ...

    def ok_reply(self) -> Reply: ...

    def meters(self) -> list[float]: ...

    def record(self, number: int, bars: int) -> bool: ...

    def arm(self, number: int, bars: int) -> bool: ...

    def play(self, number: int) -> bool: ...

    def stop_track(self, number: int) -> bool: ...

    def clear(self, number: int) -> bool: ...

    def every_track(self, action: Callable[[int], bool]) -> list[Reply]: ...

    def set_overdub(self, number: int, on: bool) -> None: ...

    def set_volume(self, number: int, volume: float) -> None: ...

    def set_muted(self, number: int, muted: bool) -> None: ...

    def set_click(self, enabled: bool | None = None, volume: float | None = None) -> None: ...

    def set_latency(self, seconds: float) -> None: ...

    async def calibrate(self) -> list[Reply]: ...


def looper_endpoints(looper: LooperControls, subscribers: Container[object]) -> list[Endpoint]:
    """``subscribers``: the keys of the senders that hear every push."""
    tracks = range(1, looper.tracks + 1)

    def answer_state(request: Request, changed: bool) -> list[Reply] | None:
        # A subscriber heard the change already as a push; anyone else (or anything unchanged) gets an answer.
        if changed and request.sender.key in subscribers:
            return None
        return [looper.state_reply(request.path_integer("n"))]

    def track_verb(name: str, act: Callable[[Request], bool], summary: str, bars: bool = False) -> Endpoint:
        def handle(request: Request) -> list[Reply] | None:
            return answer_state(request, act(request))

        params = (Param("bars", Kind.INT, 1, MAX_BARS, default=4),) if bars else ()
        return verb(f"/looper/<n>/{name}", handle, summary, params=params, reply=STATE_REPLY)

    def per_track(address: str, value: Callable[[int], tuple[object, ...]]) -> Callable[[], list[Reply]]:
        return lambda: [(address.replace("<n>", str(n)), value(n)) for n in tracks]

    def overdub_value(n: int) -> tuple[int]:
        track = looper.track(n)
        return (int(track.overdub and not track.settings.replace),)

    def volume_value(n: int) -> tuple[float]:
        return (float(looper.track(n).volume),)

    def mute_value(n: int) -> tuple[int]:
        return (int(looper.track(n).muted),)

    return [
        track_verb(
            "record",
            lambda r: looper.record(r.path_integer("n"), r.integer("bars")),
            "Keep the previous bars of input (ending at the nearest bar line; a press in the last quarter "
            "of a bar means the coming one) and play them at once, in phase.",
            bars=True,
        ),
        track_verb(
            "arm",
            lambda r: looper.arm(r.path_integer("n"), r.integer("bars")),
            "Record the next bars from the next bar line, then play them.",
            bars=True,
        ),
        track_verb(
            "play", lambda r: looper.play(r.path_integer("n")), "Play the loop from the next bar line."
        ),
        track_verb(
            "stop",
            lambda r: looper.stop_track(r.path_integer("n")),
            "Stop at the next bar line (a take being recorded is kept, stopped).",
        ),
        track_verb("clear", lambda r: looper.clear(r.path_integer("n")), "Empty the track at once."),
        control(
            "/looper/<n>/overdub",
            Param("on", Kind.BOOL, default=None),
            get=lambda path: overdub_value(path["n"]),
            set=lambda path, on: looper.set_overdub(path["n"], on),
            summary="Layer the input onto the playing loop from the next bar line (1) until the next bar "
            "line (0).",
            dump=per_track("/looper/<n>/overdub", overdub_value),
            reply="/looper/<n>/overdub i:on",
        ),
        control(
            "/looper/<n>/volume",
            Param("volume", Kind.FLOAT, 0.0, 1.0, default=None),
            get=lambda path: volume_value(path["n"]),
            set=lambda path, volume: looper.set_volume(path["n"], volume),
            summary="Track volume, 0 to 1.",
            dump=per_track("/looper/<n>/volume", volume_value),
            reply="/looper/<n>/volume f:volume",
        ),
        control(
            "/looper/<n>/mute",
            Param("mute", Kind.BOOL, default=None),
            get=lambda path: mute_value(path["n"]),
            set=lambda path, muted: looper.set_muted(path["n"], muted),
            summary="Mute (1) or unmute (0) the track.",
            dump=per_track("/looper/<n>/mute", mute_value),
            reply="/looper/<n>/mute i:mute",
        ),
        Endpoint(
            "/looper/<n>/state",
            "The track's state (EMPTY TRIGGERED RECORDING PLAYING STOPPING STOPPED) and length in bars; "
            "pushed on change.",
            lambda r: [looper.state_reply(r.path_integer("n"))],
            dump=lambda: [looper.state_reply(n) for n in tracks],
            reply=STATE_REPLY,
        ),
        verb(
            "/looper/stop",
            lambda r: looper.every_track(looper.stop_track),
            "Stop every track at the next bar line.",
            reply="/looper/<n>/state s:state i:bars for every track",
        ),
        verb(
            "/looper/clear",
            lambda r: looper.every_track(looper.clear),
            "Empty every track at once.",
            reply="/looper/<n>/state s:state i:bars for every track",
        ),
        control(
            "/click/enabled",
            Param("enabled", Kind.BOOL, default=None),
            get=lambda _: (int(looper.click_enabled),),
            set=lambda _, enabled: looper.set_click(enabled=enabled),
            summary="The click on every beat, accented on the bar: on (1) or off (0).",
        ),
        control(
            "/click/volume",
            Param("volume", Kind.FLOAT, 0.0, 1.0, default=None),
            get=lambda _: (float(looper.click_volume),),
            set=lambda _, volume: looper.set_click(volume=volume),
            summary="Click volume, 0 to 1.",
        ),
        control(
            "/audio/latency",
            Param("latency", Kind.FLOAT, 0.0, 1.0, default=None, unit="seconds"),
            get=lambda _: (float(looper.latency),),
            set=lambda _, seconds: looper.set_latency(seconds),
            summary="Round-trip latency (seconds) that recordings are shifted by; the device's own report "
            "until set or calibrated.",
        ),
        Endpoint(
            "/audio/calibrate",
            "Measure the round-trip latency with a signal through an output->input loopback, and use it.",
            lambda r: looper.calibrate(),
            button=True,
            reply="/audio/latency f:seconds",
        ),
        Endpoint(
            "/audio/status",
            "Audio device, rate, block size, latency, xruns and callback load, as key/value pairs.",
            lambda r: [("/audio/status", looper.audio_status())],
            reply="/audio/status s:key value ...",
        ),
        Endpoint(
            "/audio/ok",
            "Whether the audio device runs (1) or has gone away (0: the server reconnects by itself when it "
            "is back), and what it is; pushed on change.",
            lambda r: [looper.ok_reply()],
            dump=lambda: [looper.ok_reply()],
            reply="/audio/ok i:ok s:what",
        ),
        Endpoint(
            "/audio/meters",
            "Peak levels: input left, right, output left, right, then each track; pushed to subscribers "
            "as they change (at most 50 times a second).",
            lambda r: [("/audio/meters", looper.meters())],
            reply="/audio/meters f:in_l f:in_r f:out_l f:out_r f:track ...",
        ),
    ]
