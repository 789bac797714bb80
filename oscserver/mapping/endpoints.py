"""The ``/map/*`` endpoints: bindings from MIDI input to any endpoint, learn, list, remove, feedback."""

from __future__ import annotations

from collections.abc import Container, Iterable, Sequence
from typing import Protocol

from oscserver.mapping.bindings import MAX_BINDINGS, Binding
from oscserver.mapping.rules import KINDS
from oscserver.osc.codec import OscArg
from oscserver.osc.params import Kind, Param
from oscserver.osc.peers import Peer
from oscserver.osc.registry import Endpoint, Reply, Request


class Mapping(Protocol):
    """What the endpoints ask of the bindings; :class:`~oscserver.mapping.service.MappingService` is it."""

    @property
    def table(self) -> Iterable[Binding]: ...

    def add(self, kind: str, channel: int, number: int, address: str, args: Sequence[OscArg]) -> Binding: ...

    def learn(self, address: str, args: Sequence[OscArg], peer: Peer) -> None: ...

    def cancel_learning(self) -> None: ...

    def remove(self, ident: int) -> Binding: ...

    def clear(self) -> bool: ...

    def set_feedback(self, ident: int, output: str) -> Binding: ...


BINDING = "i:id s:kind i:channel i:number s:address [args ...]"
ID = Param("id", Kind.INT, 1, 2**31 - 1)
ADDRESS = Param("address", Kind.STRING)
FIXED = Param("args", Kind.ANY, variadic=True)


def mapping_endpoints(mapping: Mapping, subscribers: Container[object]) -> list[Endpoint]:
    """``subscribers``: the keys of the senders that hear every push. Each change of the bindings is pushed
    (:class:`~oscserver.mapping.service.MappingService` does it), so a subscriber that makes one is not
    answered again."""

    def answer(request: Request, replies: list[Reply]) -> list[Reply] | None:
        return None if request.sender.key in subscribers else replies

    def add(request: Request) -> list[Reply] | None:
        binding = mapping.add(
            request.text("kind"),
            request.integer("channel"),
            request.integer("number"),
            request.text("address"),
            request.values("args"),
        )
        return answer(request, [("/map/added", binding.described())])

    def learn(request: Request) -> None:
        address = request.optional_text("address")
        if address is None:
            mapping.cancel_learning()
        else:
            mapping.learn(address, request.values("args"), request.sender)

    def listing(request: Request) -> list[Reply]:
        replies: list[Reply] = [("/map/binding", b.described()) for b in mapping.table]
        return [*replies, ("/map/list", (len(replies),))]

    def remove(request: Request) -> list[Reply] | None:
        return answer(request, [("/map/removed", (mapping.remove(request.integer("id")).id,))])

    def clear(request: Request) -> list[Reply] | None:
        if mapping.clear():
            return answer(request, [("/map/list", (0,))])
        return [("/map/list", (0,))]  # nothing changed, nothing pushed

    def feedback(request: Request) -> list[Reply]:
        binding = mapping.set_feedback(request.integer("id"), request.text("output"))
        return [("/map/feedback", (binding.id, binding.feedback or "none"))]

    return [
        Endpoint(
            "/map/add",
            "Bind MIDI input (kind note, cc or program; channel 0 any) to an endpoint with fixed args: a "
            "verb acts on a press, a 0/1 control toggles, a number takes the value scaled onto its range; at "
            f"most {MAX_BINDINGS} bindings; /map/added is pushed.",
            add,
            params=(
                Param("kind", Kind.STRING, choices=KINDS),
                Param("channel", Kind.INT, 0, 16),
                Param("number", Kind.INT, 0, 127),
                ADDRESS,
                FIXED,
            ),
            reply=f"/map/added {BINDING}",
        ),
        Endpoint(
            "/map/learn",
            "The next note-on, cc or program change from any input becomes a binding to this address (pushed "
            "as /map/added); without an address, learning stops.",
            learn,
            params=(Param("address", Kind.STRING, default=None), FIXED),
            reply=f"/map/added {BINDING} (when it is learned)",
        ),
        Endpoint(
            "/map/list",
            "Every binding, then how many; pushed so when a session load or a clear replaces them.",
            listing,
            reply=f"/map/binding {BINDING} each, then /map/list i:count",
        ),
        Endpoint(
            "/map/remove",
            "Remove a binding; /map/removed is pushed.",
            remove,
            params=(ID,),
            reply="/map/removed i:id",
        ),
        Endpoint("/map/clear", "Remove every binding.", clear, reply="/map/list 0"),
        Endpoint(
            "/map/feedback",
            "Send a binding's value (a track's state, a toggle, a number) back to the controller on an "
            "output (out or an alias) whenever it changes; none stops.",
            feedback,
            params=(ID, Param("output", Kind.STRING)),
            reply="/map/feedback i:id s:output",
        ),
    ]
