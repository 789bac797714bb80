"""Every port of the MIDI process on one backend: opened together, looked after, closed together.

Looked after: outputs and inputs bound by name follow their devices (:class:`~.rtmidi_ports.BoundPort`), and
on JACK every connection of every port of ours is remembered (:class:`~.connections.ConnectionMemory`), so a
port created again, after its JACK server came back, gets back every connection it had, those other programs
made included. When the JACK server goes away (:class:`~.jack_graph.JackGraph` hears it at once), every
port is closed; :meth:`PortSet.reopen` opens them all again, under the same names, once a server runs.
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Callable, Iterator
from typing import Any, NamedTuple

from oscserver.engine.midi_schedule import VIRTUAL_PORT
from oscserver.midi import protocol as p
from oscserver.midi import retired, rtmidi_ports
from oscserver.midi.connections import ConnectionMemory
from oscserver.midi.jack_graph import JackGraph
from oscserver.midi.ports import CLIENT_NAME

log = logging.getLogger("oscserver.midi.process")

GRAPH_CLIENT = f"{CLIENT_NAME}-watch"


class VirtualOutput:
    def __init__(self, midi: Any, name: str) -> None:
        self.midi = midi
        self.bound: str | None = name  # its full name: always "bound" while it is open

    def send(self, data: bytes) -> None:
        self.midi.send_message(data)

    def send_at(self, data: bytes, when: float) -> None:
        self.midi.send_at(data, when)

    def close(self) -> None:
        self.midi.close_port()
        self.midi.delete()

    def retire(self) -> None:
        """Its JACK server died: left open, never closed (see :mod:`.retired`)."""
        retired.keep(self.midi)
        self.bound = None


class Tended(NamedTuple):
    key: str
    name: str  # the port's full name
    sends: bool  # True: connections go from it; False: into it
    bound: str | None  # the port its pattern bound it to


class PortSet:
    def __init__(
        self,
        config: p.Configure,
        deliver: Callable[[str, str, bytes, float], None],
        wake: Callable[[], None],
    ) -> None:
        self._config = config
        self._deliver = deliver
        self._wake = wake  # wakes the MIDI process's loop (from libjack's threads)
        self.api: str | None = None
        self.frame_exact = False  # events are handed over ahead of time, each written at its own frame
        self.virtual: VirtualOutput | None = None
        self.outputs: dict[str, rtmidi_ports.BoundPort] = {}
        self.inputs: list[tuple[str, rtmidi_ports.BoundPort]] = []
        self.graph: JackGraph | None = None
        self._sources: Any = None  # an input client that lists the ports MIDI can come from
        self._memory = ConnectionMemory()
        self._present: dict[str, str] = {}  # key -> full name of each of our ports at the last look

    @property
    def is_open(self) -> bool:
        return self.virtual is not None

    def open(self, requested: str) -> str:
        """Open the backend and every port; the virtual output's full name. Raises BackendUnavailable."""
        api, midi_out, sources, name = rtmidi_ports.open_virtual_output(requested)
        self.api, self._sources = api, sources
        self.frame_exact = rtmidi_ports.frame_exact(api)
        self.virtual = VirtualOutput(midi_out, name)
        sinks = midi_out.get_ports  # an output client lists the ports MIDI can go to
        for spec in self._config.outputs:
            port = rtmidi_ports.bound_output(api, spec.alias, spec.pattern, sources.get_ports)
            self.outputs[spec.alias] = port
        for pattern in self._config.inputs:
            self.inputs.append(("in", rtmidi_ports.bound_input(api, "in", pattern, self._deliver, sinks)))
        if self._config.clock_in is not None:
            port = rtmidi_ports.bound_input(api, "clock", self._config.clock_in, self._deliver, sinks)
            self.inputs.append(("clock", port))
        if api == "jack" and self.graph is None:
            self.graph = JackGraph.open(GRAPH_CLIENT, self._wake)
            if self.graph is None:
                log.warning("no libjack to watch the JACK server with: MIDI cannot follow a JACK restart")
        return name

    def reopen(self) -> str | None:
        """After the JACK server went away: every port again if a server runs now (else None)."""
        self.graph = JackGraph.open(GRAPH_CLIENT, self._wake)  # a quiet look: rtmidi's would complain
        if self.graph is None:
            return None
        try:
            return self.open("jack")
        except Exception as err:  # rtmidi's own types, or a server that went again meanwhile: try again
            log.warning("a JACK server runs again but MIDI cannot open on it yet: %s", err)
            # (Closed as usual on a server that runs; left open if it went again meanwhile.)
            self.close(server_gone=self.graph is not None and self.graph.gone is not None)
            return None

    # -- what the worker asks ------------------------------------------------------------------------

    def sender(self, port: str) -> VirtualOutput | rtmidi_ports.BoundPort | None:
        return self.virtual if port == VIRTUAL_PORT else self.outputs.get(port)

    def clients(self) -> Iterator[tuple[str | None, Any]]:
        """Every open backend object that may have a port, by the key messages are sent to (inputs: None)."""
        if self.virtual is not None:
            yield VIRTUAL_PORT, self.virtual.midi
        for alias, port in self.outputs.items():
            yield alias, port.midi
        for _, port in self.inputs:
            yield None, port.midi

    def own_names(self) -> frozenset[str]:
        return frozenset(t.name for t in self._tended())

    def others(self) -> tuple[tuple[str, ...], tuple[str, ...]]:
        """The ports of other programs MIDI can go to and come from (every other server's included)."""
        if self.virtual is None:
            return (), ()
        own = self.own_names()
        sinks, sources = self._listed()
        return tuple(n for n in sinks if n not in own), tuple(n for n in sources if n not in own)

    def _listed(self) -> tuple[list[str], list[str]]:
        assert self.virtual is not None
        return list(self.virtual.midi.get_ports()), list(self._sources.get_ports())

    def refresh(self, report_all: bool = False) -> list[p.PortState]:
        """Bind what came, release what went, tend the connections; the states to report."""
        if self.virtual is None:
            return []
        states = []
        if report_all:
            states.append(p.PortState("out", VIRTUAL_PORT, "", self.virtual.bound))
        own = self.own_names()
        sinks, sources = self._listed()
        for alias, port in self.outputs.items():
            if port.refresh(sinks, own) or report_all:
                states.append(p.PortState("out", alias, port.pattern, port.bound))
        for role, port in self.inputs:
            if port.refresh(sources, own) or report_all:
                states.append(p.PortState(role, port.pattern, port.pattern, port.bound))
        self.tend_connections()
        return states

    # -- connections ---------------------------------------------------------------------------------

    def _tended(self) -> Iterator[Tended]:
        if self.virtual is not None and self.virtual.bound is not None:
            yield Tended(VIRTUAL_PORT, self.virtual.bound, True, None)
        for alias, port in self.outputs.items():
            if port.own is not None:
                yield Tended(f"out {alias}", port.own, True, port.bound)
        for role, port in self.inputs:
            if port.own is not None:
                yield Tended(f"{role} {port.pattern}", port.own, False, port.bound)

    def tend_connections(self) -> None:
        """Connect what each port is owed (it was created again), then remember what it has now."""
        graph = self.graph
        if graph is None or graph.gone:
            return
        present = {}
        for port in self._tended():
            if self._present.get(port.key) != port.name:
                self._memory.created(port.key)
            present[port.key] = port.name
            for peer in self._memory.restore(port.key, functools.partial(_connect, graph, port)):
                log.info("MIDI port %s connected to %s again", port.name, peer)
            connected = graph.connections(port.name)
            if connected is not None:
                self._memory.seen(port.key, connected, port.bound)
        self._present = present

    # -- closing -------------------------------------------------------------------------------------

    def close(self, server_gone: bool = False) -> None:
        """Close every port; with the JACK server gone, leave every client open instead, for good (closing
        one could hang the whole process: see :mod:`.retired`)."""
        ports: list[VirtualOutput | rtmidi_ports.BoundPort] = [port for _, port in self.inputs]
        ports += self.outputs.values()
        if self.virtual is not None:
            ports.append(self.virtual)
        if server_gone:
            for port in ports:
                port.retire()
            retired.keep(*(o for o in (self._sources, self.graph) if o is not None))
            log.info("MIDI: %d objects of JACK servers that went away are kept, unclosed", retired.count())
        else:
            closers: list[Callable[[], None]] = [port.close for port in ports]
            if self._sources is not None:
                closers.append(self._sources.delete)
            if self.graph is not None:
                closers.append(self.graph.close)
            for close in closers:
                _quietly(close)
        self.virtual, self._sources, self.graph = None, None, None
        self.outputs, self.inputs, self._present = {}, [], {}


def _connect(graph: JackGraph, port: Tended, peer: str) -> bool:
    return graph.connect(port.name, peer) if port.sends else graph.connect(peer, port.name)


def _quietly(close: Callable[[], None]) -> None:
    try:
        close()
    except Exception as err:  # a port that cannot close cleanly must not keep the others open
        log.warning("closing a MIDI port: %s", err)
