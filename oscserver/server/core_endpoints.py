"""The server's own endpoints: /ping, /version, /status, /api, /subscribe, /unsubscribe, /dump.

Clients renew their subscription every few seconds. Only a new subscriber gets the full state after
``/subscribed``; a renewal is answered ``/subscribed`` alone, so nothing a client shows is re-sent (and no
hook of it fires) while nothing changed. ``/subscribed`` carries the server's instance id: a client that sees
a new one is talking to a restarted server and asks ``/dump``, as it does when it starts itself (the server
may still hold its subscription from before, and would then send no state).
"""

from __future__ import annotations

from oscserver import __version__
from oscserver.osc.codec import bundles_of, encode_message
from oscserver.osc.params import Kind, Param
from oscserver.osc.peers import Peer
from oscserver.osc.registry import Endpoint, Reply, Request
from oscserver.osc.service import OscService
from oscserver.server.status import StatusBoard

PORT = Param("port", Kind.INT, 1, 65535, default=None)


def core_endpoints(osc: OscService, status: StatusBoard) -> list[Endpoint]:
    def ping(request: Request) -> list[Reply]:
        return [("/pong", request.values("args"))]

    def listener(request: Request) -> Peer:
        """Where pushes and the dump go: (sender ip, port), the sender's own port when none is given."""
        port = request.optional_integer("port")
        return request.sender if port is None else request.sender.at_port(port)

    def subscribe(request: Request) -> None:
        peer = listener(request)
        new = osc.subscribers.add(peer)
        answer = [("/subscribed", (peer.port, osc.subscribers.instance))]
        osc.reply(request.sender, answer)
        if peer.key != request.sender.key:
            osc.reply(peer, answer)  # the layout listens there; the sender may not be listening at all
        if new:
            dump_to(peer)

    def dump(request: Request) -> None:
        dump_to(listener(request))

    def dump_to(peer: Peer) -> None:
        # The full state, one message each: Pd's [oscparse] and some hardware do not read bundles.
        osc.reply(peer, osc.registry.dump())

    def unsubscribe(request: Request) -> list[Reply]:
        peer = listener(request)
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
            "Register (sender ip, port) for pushes; answers /subscribed, then the full state if it is new.",
            subscribe,
            params=(PORT,),
            reply="/subscribed i:port s:instance, then the state dump to a new subscriber",
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
        Endpoint(
            "/dump",
            "Send the full state (every control's value, every track's state) to (sender ip, port).",
            dump,
            params=(PORT,),
            reply="the state dump, one message per value",
        ),
    ]
