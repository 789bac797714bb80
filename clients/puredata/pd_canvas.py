"""Pd's file format for the client builder (``build_pd.py``): a canvas of numbered objects and connections,
and the IEM GUI objects (toggles, bangs, sliders, number boxes, radios, panels) in one look.
"""

from __future__ import annotations

from collections.abc import Mapping

FG, BG, LABEL = "#000000", "#fcfcfc", "#000000"


def _escape(text: str) -> str:
    return text.replace("$", "\\$").replace(",", " \\,").replace(";", " \\;")


class Canvas:
    """One Pd canvas: objects numbered in creation order, connections by those numbers."""

    def __init__(self, width: int, height: int, *, font: int = 12) -> None:
        self.header = f"#N canvas 0 50 {width} {height} {font};"
        self.lines: list[str] = []
        self.count = 0
        self.coords: str | None = None
        self.declarations: list[str] = []

    def _add(self, line: str) -> int:
        self.lines.append(line)
        self.count += 1
        return self.count - 1

    def obj(self, x: int, y: int, text: str) -> int:
        return self._add(f"#X obj {x} {y} {_escape(text)};")

    def msg(self, x: int, y: int, text: str) -> int:
        return self._add(f"#X msg {x} {y} {_escape(text)};")

    def comment(self, x: int, y: int, text: str) -> int:
        return self._add(f"#X text {x} {y} {_escape(text)};")

    def gui(self, x: int, y: int, text: str) -> int:
        """An IEM GUI object; ``text`` is its class and fields (``$`` in names is escaped here)."""
        return self.obj(x, y, text)

    def declare(self, x: int, y: int, path: str) -> int:
        """``[declare -path PATH]``; Pd applies it from the ``#X declare`` line at the top when loading."""
        self.declarations.append(f"#X declare -path {path};")
        return self.obj(x, y, f"declare -path {path}")

    def connect(self, source: int, outlet: int, sink: int, inlet: int = 0) -> None:
        self.lines.append(f"#X connect {source} {outlet} {sink} {inlet};")

    def graph_on_parent(self, width: int, height: int, x: int = 0, y: int = 0) -> None:
        """Show the rectangle (x, y, width, height) of this abstraction in the patch that uses it."""
        self.coords = f"#X coords 0 -1 1 1 {width} {height} 2 {x} {y};"

    def render(self) -> str:
        lines = [self.header, *self.declarations, *self.lines]
        if self.coords:
            lines.append(self.coords)
        return "\n".join(lines) + "\n"


def sender(c: Canvas, x: int, y: int, prefix: str) -> int:
    """``[list prepend ADDRESS ...]`` into ``[s oscserver-send]``; returns the prepend object."""
    prepend = c.obj(x, y, f"list prepend {prefix}")
    send = c.obj(x, y + 30, "s oscserver-send")
    c.connect(prepend, 0, send)
    return prepend


def show(
    c: Canvas, source: int, outlet: int, x: int, y: int, *receivers: str, message: str = "set $1"
) -> int:
    """Feedback: ``set $1`` (updates a GUI without it sending) to each receive name."""
    box = c.msg(x, y, message)
    c.connect(source, outlet, box)
    for offset, receiver in enumerate(receivers):
        c.connect(box, 0, c.obj(x + 90 * offset, y + 30, f"s {receiver}"))
    return box


def show_state(
    c: Canvas, source: int, outlet: int, x0: int, y: int, gui: str, colours: Mapping[str, str]
) -> None:
    """A pushed ``STATE bars`` onto a state panel (``GUI-state``: its colour and name) and a bars box
    (``GUI-bars``); ``colours`` maps each state's name to its colour."""
    states = c.obj(x0, y, "route " + " ".join(colours))
    c.connect(source, outlet, states)
    for index, (state, colour) in enumerate(colours.items()):
        x = x0 + 110 * index
        split = c.obj(x, y + 30, "t b f")  # the state's bars, then its colour and name
        c.connect(states, index, split)
        look = c.msg(x, y + 60, f"color {colour} #ffffff, label {state}")
        c.connect(split, 0, look)
        c.connect(look, 0, c.obj(x, y + 120, f"s {gui}-state"))
        show(c, split, 1, x, y + 150, f"{gui}-bars")


# IEM GUI fields: size/geometry, then send receive label, label offsets, font, font size, colours.
def toggle(receive: str, label: str, size: int = 25) -> str:
    return f"tgl {size} 0 empty {receive} {label} 0 -10 0 12 {BG} {FG} {LABEL} 0 1"


def bang(receive: str, label: str, size: int = 25) -> str:
    return f"bng {size} 150 50 0 empty {receive} {label} 0 -10 0 12 {BG} {FG} {LABEL}"


def hslider(receive: str, label: str, low: float, high: float, width: int = 200, height: int = 20) -> str:
    return (
        f"hsl {width} {height} {low:g} {high:g} 0 0 empty {receive} {label} 0 -10 0 12 {BG} {FG} {LABEL} 0 1"
    )


def vslider(receive: str, label: str, low: float, high: float, width: int = 20, height: int = 100) -> str:
    return (
        f"vsl {width} {height} {low:g} {high:g} 0 0 empty {receive} {label} 0 -10 0 12 {BG} {FG} {LABEL} 0 1"
    )


def number(receive: str, label: str, low: float, high: float, digits: int = 6) -> str:
    return f"nbx {digits} 20 {low:g} {high:g} 0 0 empty {receive} {label} 0 -10 0 12 {BG} {FG} {LABEL} 0 256"


def radio(receive: str, label: str, cells: int, size: int = 25) -> str:
    return f"hradio {size} 1 0 {cells} empty {receive} {label} 0 -10 0 12 {BG} {FG} {LABEL} 0"


def panel(receive: str, label: str, width: int, height: int, colour: str) -> str:
    return f"cnv 15 {width} {height} empty {receive} {label} 6 12 0 12 {colour} #ffffff 0"
