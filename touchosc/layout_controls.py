"""The layout's building blocks: its colours, its OSC bindings and the few control shapes every page uses."""

from __future__ import annotations

from collections.abc import Sequence

import py2tosc
from py2tosc import Control, Conversion, Orientation, ui

GREY = "#404040"
TEXT_DIM = "#a0a0a0"
TEMPO = "#e9a23b"
TRANSPORT = "#4caf50"
LINK = "#3d8fd1"
CLICK = "#b07cd8"
LOOPER = "#d9534f"
MIDI = "#2a9d8f"


# -- bindings ------------------------------------------------------------------------------------------------


def integer(number: int) -> py2tosc.Partial:
    return ui.const(str(number), conversion=Conversion.INTEGER)


def control_binding(
    address: str, *, scale: tuple[float, float] = (0.0, 1.0), integer: bool = False
) -> py2tosc.OscMessage:
    """A control: sends its value on every change and follows the server's pushes on the same address."""
    conversion = Conversion.INTEGER if integer else Conversion.FLOAT
    return ui.osc(address, args=[ui.value("x", conversion=conversion, scale=scale)])


def press(address: str, *args: py2tosc.Partial, on: str = "RISE") -> py2tosc.OscMessage:
    """A button press (or release, ``on="FALL"``): nothing is pushed back on a verb's address."""
    return ui.osc(address, args=list(args), on=on, receive=False)


# -- controls ------------------------------------------------------------------------------------------------


def label(
    name: str, text: str, *, size: int = 16, colour: str = "#ffffff", background: str | None = None
) -> Control:
    """A text readout; ``colour`` is the text's, ``background`` (if any) the box behind it."""
    return py2tosc.label(
        name=name,
        text_color=colour,
        color=background or GREY,
        background=background is not None,
        text_size=size,
        values=[py2tosc.Value("text", default=text), py2tosc.Value("touch", default=False)],
    )


def button(
    name: str, caption: str, colour: str, messages: Sequence[py2tosc.Message], *, toggle: bool = False
) -> Control:
    control = py2tosc.button(name=name, color=colour, messages=list(messages))
    if toggle:
        control.button_type = py2tosc.ButtonType.TOGGLE_RELEASE
    return ui.labelled(control, caption, size=14, name=f"{name}_box")


def fader(
    name: str,
    colour: str,
    message: py2tosc.OscMessage,
    *,
    horizontal: bool = False,
    initial: float = 0.0,
    interactive: bool = True,
) -> Control:
    """A fader; ``initial`` is where it stands (0..1 of its span) until the server's first push moves it, so
    a freshly opened layout (and its pictures) shows the server's own starting values."""
    control = py2tosc.fader(name=name, color=colour, messages=[message], interactive=interactive)
    if horizontal:
        control.orientation = Orientation.EAST
    position = control.value("x")
    assert position is not None, "a fader has an x value"
    position.default = initial
    return control


def indicator(name: str, colour: str, address: str) -> Control:
    """A horizontal bar that only shows a 0..1 value the server pushes (a loop's position): untouchable, and
    it sends nothing."""
    shows = ui.osc(address, args=[ui.value("x", conversion=Conversion.FLOAT)], send=False)
    return fader(name, colour, shows, horizontal=True, interactive=False)


def captioned(control: Control, caption: str, *, sizes: tuple[float, float] = (1, 4)) -> Control:
    caption_label = label(f"{control.get('name')}_caption", caption, size=13, colour=TEXT_DIM)
    return ui.column(caption_label, control, sizes=sizes, gap=4)
