"""The ``/link/*`` and ``/sync`` endpoints."""

from __future__ import annotations

from oscserver.engine.tap_tempo import TapTempo
from oscserver.engine.timeline import MAX_QUANTUM, MAX_TEMPO, MIN_QUANTUM, MIN_TEMPO
from oscserver.link.service import LinkService
from oscserver.osc.controls import control, verb
from oscserver.osc.params import Kind, Param
from oscserver.osc.peers import Peer
from oscserver.osc.registry import Endpoint, Reply, Request
from oscserver.osc.service import OscService


def link_endpoints(link: LinkService, osc: OscService) -> list[Endpoint]:
    def answer_beat(request: Request) -> list[Reply]:
        beat = link.beat_now()
        position = link.position(beat)
        return [("/link/beat", (float(beat), position.bar, position.beat_in_bar))]

    def sync(request: Request) -> None:
        tag = request.value("tag")
        sender: Peer = request.sender

        def reached(beat: float) -> None:
            args = (float(beat),) if tag is None else (float(beat), tag)
            osc.reply(sender, [("/sync", args)])

        link.sync(request.number("every"), request.number("offset"), reached)

    tapper = TapTempo()

    def tap(request: Request) -> list[Reply]:
        # A bundle's timetag is when the tap was meant, more exact than when it arrived.
        tempo = tapper.tap(request.at if request.at is not None else link.clock.now())
        if tempo is not None:
            link.set_tempo(tempo)
        return [("/link/tempo", (float(link.tempo),))]

    return [
        control(
            "/link/tempo",
            Param("tempo", Kind.FLOAT, MIN_TEMPO, MAX_TEMPO, default=None, unit="BPM"),
            get=lambda _: (float(link.tempo),),
            set=lambda _, bpm: link.set_tempo(bpm),
            summary="Session tempo in BPM; shared with every Link peer.",
        ),
        control(
            "/link/playing",
            Param("playing", Kind.BOOL, default=None),
            get=lambda _: (int(link.playing),),
            set=lambda _, playing: link.set_playing(playing),
            summary="Transport start (1) / stop (0); shared with peers when start-stop sync is on.",
        ),
        control(
            "/link/quantum",
            Param("quantum", Kind.FLOAT, MIN_QUANTUM, MAX_QUANTUM, default=None, unit="beats"),
            get=lambda _: (float(link.quantum),),
            set=lambda _, quantum: link.set_quantum(quantum),
            summary="Beats per bar: the phase Link aligns with peers, and the bar of bar-quantized actions.",
        ),
        control(
            "/link/enabled",
            Param("enabled", Kind.BOOL, default=None),
            get=lambda _: (int(link.enabled),),
            set=lambda _, enabled: link.set_enabled(enabled),
            summary="Join (1) or leave (0) the Link session on the network.",
        ),
        control(
            "/link/startstopsync",
            Param("enabled", Kind.BOOL, default=None),
            get=lambda _: (int(link.start_stop_sync),),
            set=lambda _, enabled: link.set_start_stop_sync(enabled),
            summary="Share start/stop with Link peers (1) or keep it local (0).",
        ),
        control(
            "/link/peers",
            Param("peers", Kind.INT, default=None),
            get=lambda _: (int(link.peers),),
            set=None,
            summary="Number of other Link peers in the session; pushed on change.",
        ),
        Endpoint(
            template="/link/beat",
            summary="The current beat; pushed on every beat as beat, bar and beat in bar (counted from 1).",
            handler=answer_beat,
            reply="/link/beat f:beat i:bar i:beat_in_bar",
        ),
        verb(
            "/link/tap",
            tap,
            "Tap tempo: the tempo from the last taps (the mean of up to four intervals) becomes Link's "
            "tempo; a first tap, or one after 2 s without a tap, starts a new count.",
            reply="/link/tempo f:tempo",
        ),
        Endpoint(
            template="/sync",
            summary="Answers when the timeline reaches the next multiple of `every` beats (+ offset).",
            handler=sync,
            params=(
                Param("every", Kind.FLOAT, 1 / 64, 1024, default=1.0, unit="beats"),
                Param("offset", Kind.FLOAT, -1024, 1024, default=0.0, unit="beats"),
                Param("tag", Kind.ANY, default=None),
            ),
            reply="/sync f:beat [tag]",
        ),
    ]
