"""A dead JACK server's clients are never closed: closing one could hang the MIDI process for good.

(libjack ends a closed client's threads with pthread_cancel; one cancelled while it waits for the GIL in a
callback leaves the GIL locked. See :mod:`oscserver.midi.retired`.)
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from oscserver.midi import protocol as p
from oscserver.midi import retired, rtmidi_ports
from oscserver.midi.jack_graph import JackGraph
from oscserver.midi.port_set import PortSet
from oscserver.midi.ports import OutputSpec


class FakeClient:
    """A backend object in rtmidi's shape that records every call that would reach libjack to close it."""

    def __init__(self, name: str, calls: list[str]) -> None:
        self.name = name
        self.calls = calls
        self.port: str | None = None

    def get_ports(self) -> list[str]:
        return ["synth:in", "keys:out", *([f"{self.name}:{self.port}"] if self.port else [])]

    def open_virtual_port(self, port: str) -> None:
        self.port = port

    def open_port(self, index: int, port: str) -> None:
        self.port = port

    def set_port_name(self, port: str) -> None:
        self.port = port

    def ignore_types(self, **kinds: bool) -> None:
        pass

    def set_callback(self, callback: Callable[..., None]) -> None:
        pass

    def close_port(self) -> None:
        self.calls.append(f"close_port {self.name}")

    def delete(self) -> None:
        self.calls.append(f"delete {self.name}")


class FakeGraph:
    def __init__(self, calls: list[str]) -> None:
        self.calls = calls
        self.gone: str | None = None

    def connections(self, port: str) -> tuple[str, ...]:
        return ()

    def connect(self, source: str, destination: str) -> bool:
        return True

    def close(self) -> None:
        self.calls.append("close graph")


@pytest.fixture
def ports(monkeypatch: pytest.MonkeyPatch) -> tuple[PortSet, list[str]]:
    calls: list[str] = []
    clients = {"out": FakeClient, "in": FakeClient}

    def make(kind: str) -> Callable[[str, str], Any]:
        return lambda api, name: clients[kind](name, calls)

    monkeypatch.setattr(rtmidi_ports, "midi_out", make("out"))
    monkeypatch.setattr(rtmidi_ports, "midi_in", make("in"))
    monkeypatch.setattr(JackGraph, "open", lambda name, wake: FakeGraph(calls))
    config = p.Configure("jack", (OutputSpec("bass", "synth"),), ("keys",), None)
    ports = PortSet(config, lambda *a: None, lambda: None)
    ports.open("jack")
    ports.refresh()
    assert ports.outputs["bass"].bound == "synth:in"  # bound, so it has a port to close
    return ports, calls


def test_a_dead_servers_clients_are_kept_unclosed(ports: tuple[PortSet, list[str]]) -> None:
    port_set, calls = ports
    before = retired.count()
    port_set.close(server_gone=True)
    assert calls == []  # nothing reached libjack: no port closed, no client deleted, the watch left open
    # The virtual output, the source lister, the named output, the input and the watch: kept for good.
    assert retired.count() - before == 5
    assert not port_set.is_open and port_set.graph is None and port_set.outputs == {}


def test_a_running_servers_clients_are_closed(ports: tuple[PortSet, list[str]]) -> None:
    port_set, calls = ports
    before = retired.count()
    port_set.close()
    assert sorted(calls) == sorted(
        [
            "close_port oscserver-in",
            "delete oscserver-in",
            "close_port oscserver-bass",
            "delete oscserver-bass",
            "close_port oscserver",
            "delete oscserver",
            "delete oscserver-list",
            "close graph",
        ]
    )
    assert retired.count() == before
