"""Which MIDI ports the server uses: ``--midi-out [ALIAS=]PORT`` specs, aliases, and matching by name.

Pure: no rtmidi here. A port is bound by a case-insensitive substring of its name, as the backend lists it
(``Circuit`` matches ``Circuit:Circuit MIDI 1 20:0`` under ALSA and
``a2j:Circuit [20] (playback): Circuit MIDI 1`` under JACK), so a device keeps working when its ALSA client
number or USB socket changes.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass

from oscserver.exceptions import StartupError

# Every client the server opens is named after this (JACK appends ``-01`` and so on while the name is taken).
CLIENT_NAME = "oscserver"
VIRTUAL_OUTPUT_PORT = "out"

# Segments after /midi/ that are verbs or other endpoints, so cannot name an output.
RESERVED_ALIASES = frozenset(
    {
        "note",
        "note_on",
        "note_off",
        "cc",
        "program",
        "pitchbend",
        "aftertouch",
        "raw",
        "clock",
        "panic",
        "outputs",
        "inputs",
        "in",
        "timing",
    }
)

_ALIAS = re.compile(r"^[A-Za-z0-9_-]+$")


@dataclass(frozen=True)
class OutputSpec:
    """A named output, reachable as ``/midi/<alias>/...``: the first port whose name contains ``pattern``."""

    alias: str
    pattern: str


def alias_from_pattern(pattern: str) -> str:
    """``Mono Station`` -> ``mono_station``: an alias usable as an OSC path segment."""
    return re.sub(r"[^a-z0-9]+", "_", pattern.lower()).strip("_")


def parse_output_spec(text: str) -> OutputSpec:
    alias, sep, pattern = text.partition("=")
    if not sep:
        alias, pattern = alias_from_pattern(text), text
    alias, pattern = alias.strip(), pattern.strip()
    if not pattern:
        raise StartupError(f"--midi-out {text!r}: the port name is empty (expected [ALIAS=]PORT)")
    if not _ALIAS.match(alias):
        raise StartupError(
            f"--midi-out {text!r}: the alias {alias!r} must be letters, digits, '_' or '-' (it is an OSC "
            "address segment)"
        )
    if alias in RESERVED_ALIASES:
        raise StartupError(f"--midi-out {text!r}: {alias!r} is a MIDI verb; choose another alias")
    return OutputSpec(alias, pattern)


def parse_output_specs(texts: Iterable[str]) -> tuple[OutputSpec, ...]:
    specs = tuple(parse_output_spec(text) for text in texts)
    seen: set[str] = set()
    for spec in specs:
        if spec.alias in seen:
            raise StartupError(f"--midi-out: the alias {spec.alias!r} is given twice")
        seen.add(spec.alias)
    return specs


def match_port(names: Sequence[str], pattern: str, own: Collection[str] = ()) -> str | None:
    """The first port whose name contains ``pattern`` (ignoring case), never one of ``own``: the server's
    own ports, so that ``--midi-out out`` does not loop the virtual output back into itself. Another
    server's ports (``oscserver-01:out``) are other apps' like any."""
    needle = pattern.casefold()
    for name in names:
        if needle in name.casefold() and name not in own:
            return name
    return None
