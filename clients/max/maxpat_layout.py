"""How the Max patches (``build_maxpat.py``) place and wire their boxes with py2max."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from py2max import Patcher
from py2max.core.box import Box
from py2max.core.common import Rect

HOST = "127.0.0.1"  # where the patches send: the server on this machine (edit the boxes for another)


class Layout:
    """Places the patching-mode boxes in columns, so the wiring reads top to bottom when unlocked."""

    def __init__(self, patcher: Patcher) -> None:
        self.p = patcher
        self.x, self.y = 30.0, 620.0

    def column(self, x: float, y: float = 620.0) -> None:
        self.x, self.y = x, y

    def _rect(self, width: float = 120.0, height: float = 22.0) -> Rect:
        rect = Rect(self.x, self.y, width, height)
        self.y += height + 12
        return rect

    def obj(self, text: str, width: float = 120.0) -> Box:
        return self.p.add_textbox(text, patching_rect=self._rect(width))

    def msg(self, text: str, width: float = 150.0) -> Box:
        return self.p.add_message(text, patching_rect=self._rect(width))

    def note(self, text: str, width: float = 300.0) -> Box:
        return self.p.add_comment(text, patching_rect=self._rect(width, 36))

    def ui(self, maxclass: str, shown: Sequence[float], **attributes: Any) -> Box:
        """A control (or panel) that is also shown in presentation mode at ``shown`` = x, y, w, h."""
        x, y, w, h = shown
        placement: dict[str, Any] = {
            "patching_rect": self._rect(w, h),
            "presentation": 1,
            "presentation_rect": [x, y, w, h],
        }
        if maxclass == "comment":
            return self.p.add_comment(attributes.pop("text"), **placement, **attributes)
        # py2max knows each class's inlets and outlets (from Max's own reference files).
        return self.p.add(maxclass, **placement, **attributes)

    def label(self, text: str, shown: Sequence[float]) -> Box:
        return self.ui("comment", shown, text=text)


def connect(p: Patcher, source: Box, sink: Box, outlet: int = 0, inlet: int = 0) -> None:
    p.add_line(source, sink, outlet=outlet, inlet=inlet)
