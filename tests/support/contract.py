"""What the server serves, read from its own ``/api`` answer, and a check of a client's message against it.

The clients (TouchOSC layout, Max and Pd patches, SuperCollider quark) are files, not code the tests can call;
each test reads the messages a client would send out of its file and checks every one here: that the address
is served (``/looper/<n>/play`` matches ``/looper/3/play``), and that the arguments fit the endpoint's type
tags (``ii[i]``: two ints and an optional one).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from oscserver.cli.client import OscClient
from tests.support.waiting import scaled

# The clients' messages are checked in two groups: the server and Link, and the rest (looper, click, audio,
# sessions, MIDI, MIDI loops and mappings), whose checks need a server with those subsystems running.
LOOPER_OR_MIDI_PREFIXES = ("/looper/", "/click/", "/audio/", "/session/", "/midi/", "/midiloop/", "/map/")


def is_looper_or_midi(address: str) -> bool:
    return address.startswith(LOOPER_OR_MIDI_PREFIXES)


class Number:
    """An argument a patch fills in at run time (Max's and Pd's ``$1``): some number, int or float."""

    def __repr__(self) -> str:
        return "$n"


NUMBER = Number()
ClientArg = int | float | str | Number


@dataclass(frozen=True)
class Slot:
    tag: str  # i f s b * (T/F are not used by the server's endpoints)
    optional: bool
    variadic: bool


@dataclass(frozen=True)
class ServedEndpoint:
    template: str
    typetags: str
    pattern: re.Pattern[str]
    slots: tuple[Slot, ...]


_SLOT = re.compile(r"\[([a-z*])(\.\.\.)?\]|([a-z*])")


def parse_typetags(typetags: str) -> tuple[Slot, ...]:
    """``ii[i]`` -> two required ints and an optional int; ``[*...]`` -> any number of anything."""
    slots = []
    position = 0
    for match in _SLOT.finditer(typetags):
        if match.start() != position:
            raise ValueError(f"cannot read type tags {typetags!r}")
        position = match.end()
        if match.group(3):
            slots.append(Slot(match.group(3), optional=False, variadic=False))
        else:
            slots.append(Slot(match.group(1), optional=True, variadic=bool(match.group(2))))
    if position != len(typetags):
        raise ValueError(f"cannot read type tags {typetags!r}")
    return tuple(slots)


def _template_pattern(template: str) -> re.Pattern[str]:
    parts = [
        "[^/]+" if segment.startswith("<") and segment.endswith(">") else re.escape(segment)
        for segment in template.split("/")
    ]
    return re.compile("/".join(parts) + r"\Z")


def fetch_api(client: OscClient, timeout: float = 10.0) -> dict[str, ServedEndpoint]:
    """Every endpoint the running server answers in ``/api`` (bundled), keyed by template."""
    client.send("/api")
    client.send("/ping", "end of /api")  # answered after every /api bundle: the same socket, in order
    served: dict[str, ServedEndpoint] = {}
    while True:
        messages = client.receive(scaled(timeout))
        if not messages:
            raise TimeoutError("no complete /api answer")
        for message in messages:
            if message.address == "/pong" and message.args == ("end of /api",):
                return served
            if message.address == "/api":
                template, typetags = str(message.args[0]), str(message.args[1])
                served[template] = ServedEndpoint(
                    template, typetags, _template_pattern(template), parse_typetags(typetags)
                )


def find_endpoint(address: str, served: dict[str, ServedEndpoint]) -> ServedEndpoint | None:
    if address in served:
        return served[address]
    return next((e for e in served.values() if e.pattern.match(address)), None)


def _fits(arg: ClientArg, tag: str) -> bool:
    if tag == "*":
        return True
    if tag == "s":
        return isinstance(arg, str)
    if tag == "f":
        return isinstance(arg, int | float | Number) and not isinstance(arg, bool)
    if tag == "i":
        # Conventions 5: an int-valued float is an int; what a $1 carries the server checks at run time.
        return isinstance(arg, Number) or (isinstance(arg, int | float) and float(arg).is_integer())
    if tag == "b":
        return isinstance(arg, bytes)
    return False


def check_message(address: str, args: Sequence[ClientArg], served: dict[str, ServedEndpoint]) -> str | None:
    """None when the server serves ``address`` and the arguments fit its type tags, else what is wrong."""
    endpoint = find_endpoint(address, served)
    if endpoint is None:
        return f"{address}: not served"
    slots = endpoint.slots
    required = sum(1 for s in slots if not s.optional)
    variadic = any(s.variadic for s in slots)
    if len(args) < required or (not variadic and len(args) > len(slots)):
        return f"{address} {list(args)}: {endpoint.template} takes {endpoint.typetags or 'no arguments'}"
    for index, arg in enumerate(args):
        slot = slots[min(index, len(slots) - 1)]
        if not _fits(arg, slot.tag):
            return f"{address} {list(args)}: argument {index + 1} is not a {slot.tag} ({endpoint.typetags})"
    return None


def check_all(
    messages: Sequence[tuple[str, Sequence[ClientArg]]], served: dict[str, ServedEndpoint]
) -> list[str]:
    return [problem for address, args in messages if (problem := check_message(address, args, served))]
