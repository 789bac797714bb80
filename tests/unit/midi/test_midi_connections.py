"""Connections of the server's own ports: remembered while they exist, made again when a port comes back."""

from __future__ import annotations

from typing import Any

from oscserver.engine.midi_schedule import VIRTUAL_PORT
from oscserver.midi import protocol as p
from oscserver.midi.connections import ConnectionMemory
from oscserver.midi.port_set import PortSet, VirtualOutput
from oscserver.midi.ports import match_port


def test_a_port_created_again_is_owed_every_connection_it_had_until_each_is_made() -> None:
    memory = ConnectionMemory()
    memory.created("")
    assert memory.restore("", lambda peer: True) == []  # new: owed nothing
    memory.seen("", ["monitor:in", "synth:in"])
    memory.created("")  # its server came back
    assert memory.owed("") == {"monitor:in", "synth:in"}
    assert memory.restore("", lambda peer: peer == "synth:in") == ["synth:in"]  # the monitor is not back
    memory.seen("", ["synth:in"])  # a look meanwhile forgets nothing still owed
    assert memory.peers("") == {"monitor:in", "synth:in"}
    assert memory.restore("", lambda peer: True) == ["monitor:in"]
    assert memory.owed("") == frozenset()
    memory.seen("", ["monitor:in"])  # disconnected by someone while it existed: forgotten
    assert memory.peers("") == {"monitor:in"}


def test_the_port_a_pattern_bound_is_not_remembered() -> None:
    memory = ConnectionMemory()
    memory.seen("out drums", ["Circuit:in", "monitor:in"], bound="Circuit:in")
    assert memory.peers("out drums") == {"monitor:in"}


def test_only_the_servers_own_ports_are_never_matched() -> None:
    names = ["oscserver:out", "oscserver-01:out", "Circuit:in"]
    assert match_port(names, "oscserver", own={"oscserver-01:out"}) == "oscserver:out"  # another server's
    assert match_port(names, "out", own={"oscserver:out", "oscserver-01:out"}) is None
    assert match_port(names, "circuit") == "Circuit:in"


class FakeGraph:
    """The JACK graph as :class:`~oscserver.midi.jack_graph.JackGraph` shows it, in memory."""

    def __init__(self) -> None:
        self.gone: str | None = None
        self.ports: set[str] = set()
        self.links: set[tuple[str, str]] = set()

    def connections(self, port: str) -> tuple[str, ...] | None:
        if port not in self.ports:
            return None
        return tuple(
            sorted({b for a, b in self.links if a == port} | {a for a, b in self.links if b == port})
        )

    def connect(self, source: str, destination: str) -> bool:
        if source not in self.ports or destination not in self.ports:
            return False
        self.links.add((source, destination))
        return True

    def close(self) -> None:
        pass


class FakeMidi:
    def get_ports(self) -> list[str]:
        return []

    def close_port(self) -> None:
        pass

    def delete(self) -> None:
        pass


def configure() -> p.Configure:
    return p.Configure(api="jack", outputs=(), inputs=(), clock_in=None)


def test_the_virtual_output_gets_its_connections_back_when_its_server_returns() -> None:
    graph: Any = FakeGraph()
    graph.ports = {"oscserver:out", "midi-monitor:input"}
    ports = PortSet(configure(), lambda *a: None, lambda: None)
    ports.virtual, ports.graph = VirtualOutput(FakeMidi(), "oscserver:out"), graph
    graph.connect("oscserver:out", "midi-monitor:input")  # another program connects it
    ports.tend_connections()

    # The server goes and a new one comes, empty: the port is created again, the monitor comes later.
    ports.close()
    back: Any = FakeGraph()
    back.ports = {"oscserver:out"}
    ports.virtual, ports.graph = VirtualOutput(FakeMidi(), "oscserver:out"), back
    ports.tend_connections()
    assert back.links == set()
    back.ports.add("midi-monitor:input")
    ports.tend_connections()
    assert back.links == {("oscserver:out", "midi-monitor:input")}
    assert ports.own_names() == {"oscserver:out"}


class FakeBound:
    def __init__(self, own: str, bound: str, pattern: str) -> None:
        self.own: str | None = own
        self.bound: str | None = bound
        self.pattern = pattern

    def close(self) -> None:
        self.own = self.bound = None


def test_an_input_is_connected_into_and_an_output_out_of() -> None:
    graph: Any = FakeGraph()
    graph.ports = {"oscserver:out", "oscserver-in:in", "keys:out", "pads:out"}
    ports = PortSet(configure(), lambda *a: None, lambda: None)
    ports.virtual = VirtualOutput(FakeMidi(), "oscserver:out")
    ports.graph = graph
    keys: Any = FakeBound("oscserver-in:in", "keys:out", "keys")
    ports.inputs = [("in", keys)]
    graph.connect("keys:out", "oscserver-in:in")  # the binding's own connection
    graph.connect("pads:out", "oscserver-in:in")  # and one another program made
    ports.tend_connections()
    graph.links.clear()  # the server went and came back (the port list stays as it was)
    ports.close()
    keys.own = "oscserver-in:in"  # bound again by its pattern
    ports.virtual, ports.graph, ports.inputs = (
        VirtualOutput(FakeMidi(), "oscserver:out"),
        graph,
        [("in", keys)],
    )
    ports.tend_connections()
    assert graph.links == {("pads:out", "oscserver-in:in")}  # the binding reconnects keys itself
    assert ports.sender(VIRTUAL_PORT) is ports.virtual
