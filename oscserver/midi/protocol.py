"""What the server and its MIDI process say to each other, one pickled dataclass per packet.

They talk over an AF_UNIX SOCK_SEQPACKET socket pair: packets keep their boundaries and arrive whole or not at
all, so either side can send without blocking (``MSG_DONTWAIT``) and never leave half a message in the pipe.
Both ends are this program, so pickle is safe here.
"""

from __future__ import annotations

import pickle
from dataclasses import dataclass

from oscserver.engine.timeline import Timeline
from oscserver.midi.ports import OutputSpec
from oscserver.midi.timing import TimingReport

MAX_PACKET = 65536  # far above any packet: the largest is a 4 KiB sysex or a port list


# -- server -> MIDI process ----------------------------------------------------------------------------


@dataclass(frozen=True)
class Configure:
    """The first packet: which backend, which ports."""

    api: str  # auto | alsa | jack
    outputs: tuple[OutputSpec, ...]
    inputs: tuple[str, ...]
    clock_in: str | None
    log_level: str = "info"


@dataclass(frozen=True)
class SetTimeline:
    timeline: Timeline


@dataclass(frozen=True)
class Send:
    port: str
    data: bytes
    at: float | None  # host time to send at; None: as soon as the MIDI process reads it


@dataclass(frozen=True)
class Note:
    port: str
    channel: int
    note: int
    velocity: int
    beats: float
    quantize: float
    at: float | None


@dataclass(frozen=True)
class SetClock:
    port: str
    enabled: bool
    at: float


@dataclass(frozen=True)
class SetPlaying:
    playing: bool
    at: float


@dataclass(frozen=True)
class Panic:
    ports: tuple[str, ...] | None  # None: every output
    at: float


@dataclass(frozen=True)
class ListPorts:
    request: int


@dataclass(frozen=True)
class GetTiming:
    request: int
    reset: bool


@dataclass(frozen=True)
class Shutdown:
    """Release every note, stop every clock, close the ports, answer :class:`Bye` and exit."""


# -- MIDI process -> server ----------------------------------------------------------------------------


@dataclass(frozen=True)
class Ready:
    api: str | None  # the backend in use; None when auto found none
    error: str | None  # why the requested backend could not be opened
    virtual_output: str | None  # the name other apps connect to, e.g. "oscserver:out"
    realtime: bool  # the sender runs with real-time scheduling


@dataclass(frozen=True)
class PortState:
    """A port was bound, lost or found again."""

    role: str  # "out", "in" or "clock"
    key: str  # output alias ("" the virtual output) or the input's pattern
    pattern: str
    port: str | None  # the port's full name when bound, None while it is missing


@dataclass(frozen=True)
class BackendState:
    """The backend's server went away (every port closed, nothing can be sent) or came back."""

    up: bool
    why: str  # while down: what happened, e.g. "the JACK server is gone (JACK server has been closed)"
    virtual_output: str | None  # when up: the virtual output's full name


@dataclass(frozen=True)
class Input:
    role: str  # "in" or "clock"
    data: bytes
    time: float  # host time it arrived
    source: str = ""  # the --midi-in (or --midi-clock-in) pattern of the input it came through


@dataclass(frozen=True)
class Ports:
    request: int
    outputs: tuple[str, ...]
    inputs: tuple[str, ...]


@dataclass(frozen=True)
class Timing:
    request: int
    report: TimingReport


@dataclass(frozen=True)
class Bye:
    pass


def encode(packet: object) -> bytes:
    return pickle.dumps(packet, protocol=pickle.HIGHEST_PROTOCOL)


def decode(data: bytes) -> object:
    return pickle.loads(data)
