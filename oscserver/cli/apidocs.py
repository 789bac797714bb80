"""``docs/osc-api.md``, generated from the endpoint registry so the reference cannot drift from the code."""

from __future__ import annotations

from collections.abc import Iterable

from oscserver import __version__
from oscserver.osc.registry import Endpoint, Role

# Sections by first address segment, in the order of the OSC contract the clients are built against.
_SECTIONS: list[tuple[str, tuple[str, ...]]] = [
    ("Server", ("ping", "subscribe", "unsubscribe", "version", "status", "api", "dump")),
    ("Link (tempo, beat, transport)", ("link", "sync")),
    ("MIDI", ("midi",)),
    ("Looper and click", ("looper", "click", "audio")),
    ("Sessions", ("session",)),
    ("MIDI mapping (a controller drives any endpoint)", ("map",)),
]

_HEADER = """\
# OSC API reference

Generated from the server's endpoint registry by `oscserver api --markdown` (version {version});
a test fails when this file is stale. The conventions (ports, replies, subscriptions, numbers, buttons,
errors, patterns, bundles) are described in the README.

Arguments: `i` int, `f` float (ints accepted), `s` string, `b` blob, `*` anything; `[x]` is optional,
`[x ...]` repeats. Controls set with an argument and answer (and push to subscribers) their value;
without one they only answer it. Buttons act with no argument or a non-zero first one; a lone `0` is a
release and does nothing.
"""


def _section_of(endpoint: Endpoint) -> str:
    first = endpoint.segments[0] if endpoint.segments else ""
    for title, firsts in _SECTIONS:
        if first in firsts:
            return title
    return "Other"


def _kind(endpoint: Endpoint) -> str:
    if endpoint.role is Role.CONTROL:
        return "control"
    return "button" if endpoint.button else "query"


def markdown(endpoints: Iterable[Endpoint]) -> str:
    by_section: dict[str, list[Endpoint]] = {}
    for endpoint in endpoints:
        by_section.setdefault(_section_of(endpoint), []).append(endpoint)
    lines = [_HEADER.format(version=__version__)]
    for title in [t for t, _ in _SECTIONS] + ["Other"]:
        section = by_section.get(title)
        if not section:
            continue
        lines += [
            f"## {title}",
            "",
            "| address | args in | kind | answer / push | what it does |",
            "|---|---|---|---|---|",
        ]
        for e in section:
            args = f"`{e.signature()}`" if e.params else "—"
            reply = f"`{e.reply}`" if e.reply else "—"
            lines.append(f"| `{e.template}` | {args} | {_kind(e)} | {reply} | {e.summary} |")
        lines.append("")
    return "\n".join(lines)


def table(endpoints: Iterable[Endpoint]) -> str:
    """A plain-text table for the terminal."""
    rows = [(e.template, e.signature(), e.summary) for e in endpoints]
    width = max(len(r[0]) for r in rows)
    sig_width = min(max(len(r[1]) for r in rows), 48)
    return "\n".join(f"{a:<{width}}  {s:<{sig_width}}  {d}" for a, s, d in rows)
