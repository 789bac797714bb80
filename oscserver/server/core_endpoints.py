"""The server's own endpoints: /ping, /version, /status, /api, /subscribe, /unsubscribe."""

from __future__ import annotations

from oscserver import __version__
from oscserver.osc.codec import bundles_of, encode_message
from oscserver.osc.params import Kind, Param
from oscserver.osc.registry import Endpoint, Reply, Request
from oscserver.osc.service import OscService
from oscserver.server.status import StatusBoard

PORT = Param("port", Kind.INT, 1, 65535, default=None)


def core_endpoints(osc: OscService, status: StatusBoard) -> list[Endpoint]:
    def ping(request: Request) -> list[Reply]:
        return [("/pong", request.values("args"))]

    def subscribe(request: Request) -> None:
        port = request.optional_integer("port")
        peer = request.sender if port is None else request.sender.at_port(port)
        osc.subscribers.add(peer)
        answer = [("/subscribed", (peer.port,))]
        osc.reply(request.sender, answer)
        if peer.key != request.sender.key:
            osc.reply(peer, answer)  # the layout listens there; the sender may not be listening at all
        # The full state, one message each: Pd's [oscparse] and some hardware do not read bundles.
        osc.reply(peer, osc.registry.dump())

    def unsubscribe(request: Request) -> list[Reply]:
        port = request.optional_integer("port")
        peer = request.sender if port is None else request.sender.at_port(port)
        osc.subscribers.remove(peer.key)
        return [("/unsubscribed", (peer.port,))]

    def api(request: Request) -> None:
        messages = [encode_message("/api", (e.template, e.type_tags, e.summary)) for e in osc.registry]
        for bundle in bundles_of(messages):
            request.sender.send(bundle)

    return [
        Endpoint(
            "/ping",
            "Answers /pong with the same arguments.",
            ping,
            params=(Param("args", Kind.ANY, variadic=True),),
            reply="/pong [args ...]",
        ),
        Endpoint(
            "/subscribe",
            "Register (sender ip, port) for pushes; answers /subscribed then the full state.",
            subscribe,
            params=(PORT,),
            reply="/subscribed i:port, then the state dump",
        ),
        Endpoint(
            "/unsubscribe",
            "Stop pushes to (sender ip, port).",
            unsubscribe,
            params=(PORT,),
            reply="/unsubscribed i:port",
        ),
        Endpoint(
            "/version",
            "The server's version.",
            lambda _: [("/version", (__version__,))],
            reply="/version s:version",
        ),
        Endpoint(
            "/status",
            "Alternating key, value pairs: version tempo playing peers beat tracks audio midi and more.",
            lambda _: [("/status", status.flat())],
            reply="/status s:key value ...",
        ),
        Endpoint(
            "/api",
            "One /api s:address s:typetags s:summary per endpoint, in bundles.",
            api,
            reply="/api s:address s:typetags s:summary (bundled)",
        ),
    ]
