"""Draws each page of a TouchOSC layout to a PNG (``make clients``), for the README.

TouchOSC itself cannot be scripted to take screenshots, so this reads the .tosc file and paints what it says:
every control's frame, colour and caption, faders as tracks with their handle at the default value, the
radio's steps. It is a faithful map of where things are and what they are called, not a pixel copy of
TouchOSC's rendering. Pillow's built-in font is used so that no system font is needed.
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from pathlib import Path

import py2tosc
from PIL import Image, ImageDraw, ImageFont
from py2tosc import Control, ControlType, Orientation

HERE = Path(__file__).resolve().parent
DEFAULT_LAYOUT = HERE / "oscserver.tosc"
DEFAULT_OUTPUT = HERE.parent / "docs" / "images"
BACKGROUND = (20, 20, 20)

RGBA = tuple[int, int, int, int]


def _rgba(control: Control, key: str = "color", alpha: float = 1.0) -> RGBA:
    colour = py2tosc.to_color(control.get(key)) if control.has(key) else control.color
    return (
        round(colour.r * 255),
        round(colour.g * 255),
        round(colour.b * 255),
        round(colour.a * alpha * 255),
    )


def _font(size: float) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    return ImageFont.load_default(size=max(8.0, size))


def _text_value(control: Control) -> str:
    value = control.value("text")
    return "" if value is None else str(value.default)


def _draw_text(
    draw: ImageDraw.ImageDraw, box: tuple[float, float, float, float], text: str, control: Control
) -> None:
    size = float(control.get("textSize", 14))
    font = _font(size)
    x0, y0, x1, y1 = box
    left, top, right, bottom = draw.textbbox((0, 0), text, font=font)
    while right - left > (x1 - x0) - 4 and size > 8:  # shrink captions that would overflow their box
        size -= 1
        font = _font(size)
        left, top, right, bottom = draw.textbbox((0, 0), text, font=font)
    position = ((x0 + x1 - (right - left)) / 2 - left, (y0 + y1 - (bottom - top)) / 2 - top)
    draw.text(position, text, font=font, fill=_rgba(control, "textColor"))


def _draw_control(draw: ImageDraw.ImageDraw, control: Control, x: float, y: float) -> None:
    frame = control.frame
    box = (x, y, x + frame.w, y + frame.h)
    kind = control.control_type
    if not control.get("visible", True):
        return
    if kind is ControlType.BUTTON:
        draw.rectangle(box, fill=_rgba(control, alpha=0.45), outline=_rgba(control), width=2)
    elif kind is ControlType.FADER:
        draw.rectangle(box, fill=(45, 45, 45, 255), outline=_rgba(control), width=2)
        value = control.value("x")
        level = float(value.default) if value is not None else 0.0
        horizontal = control.get("orientation") in (Orientation.EAST, Orientation.WEST)
        if horizontal:
            handle = box[0] + 4 + level * (frame.w - 16)
            draw.rectangle((box[0] + 2, box[1] + 2, handle + 6, box[3] - 2), fill=_rgba(control, alpha=0.6))
            draw.rectangle((handle, box[1] + 2, handle + 8, box[3] - 2), fill=_rgba(control))
        else:
            handle = box[3] - 12 - level * (frame.h - 16)
            draw.rectangle((box[0] + 2, handle, box[2] - 2, box[3] - 2), fill=_rgba(control, alpha=0.6))
            draw.rectangle((box[0] + 2, handle, box[2] - 2, handle + 8), fill=_rgba(control))
    elif kind is ControlType.RADIO:
        steps = int(control.get("steps", 1))
        width = frame.w / steps
        for step in range(steps):
            cell = (box[0] + step * width + 3, box[1] + 3, box[0] + (step + 1) * width - 3, box[3] - 3)
            fill = _rgba(control) if step == 0 else _rgba(control, alpha=0.3)
            draw.rectangle(cell, fill=fill, outline=_rgba(control), width=2)
    elif kind is ControlType.LABEL:
        if control.get("background", False):
            draw.rectangle(box, fill=_rgba(control))
        _draw_text(draw, box, _text_value(control), control)
    for child in control.children:
        if kind is ControlType.PAGER:
            continue  # pages are drawn one per picture
        _draw_control(draw, child, x + child.frame.x, y + child.frame.y)


def _draw_tabs(draw: ImageDraw.ImageDraw, pager: Control, selected: Control, x: float, y: float) -> None:
    pages = pager.children
    width = pager.frame.w / len(pages)
    height = pages[0].frame.y if pages else 0
    for index, page in enumerate(pages):
        box = (x + index * width, y, x + (index + 1) * width, y + height)
        on = page is selected
        draw.rectangle(box, fill=_rgba(page, "tabColorOn" if on else "tabColorOff"), outline=(0, 0, 0, 255))
        label = str(page.get("tabLabel", page.get("name", "")))
        font = _font(16)
        left, top, right, bottom = draw.textbbox((0, 0), label, font=font)
        draw.text(
            ((box[0] + box[2] - (right - left)) / 2, (box[1] + box[3] - (bottom - top)) / 2 - top),
            label,
            font=font,
            fill=_rgba(page, "textColorOn" if on else "textColorOff"),
        )


def render_pages(layout: Path, output: Path) -> list[Path]:
    document = py2tosc.load(layout)
    root = document.root
    pager = root.find(type=ControlType.PAGER)
    if pager is None:
        raise SystemExit(f"{layout} has no pager")
    written = []
    for page in pager.children:
        # An RGB image, so that drawing with RGBA colours blends (on an RGBA image it would replace).
        image = Image.new("RGB", (int(root.frame.w), int(root.frame.h)), BACKGROUND)
        draw = ImageDraw.Draw(image, "RGBA")
        px, py = pager.frame.x, pager.frame.y
        _draw_tabs(draw, pager, page, px, py)
        _draw_control(draw, page, px + page.frame.x, py + page.frame.y)
        path = output / f"touchosc-{str(page.get('name')).lower()}.png"
        image.save(path, optimize=True)
        written.append(path)
    return written


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--layout", type=Path, default=DEFAULT_LAYOUT)
    parser.add_argument("--output", type=Path, default=DEFAULT_OUTPUT)
    args = parser.parse_args(argv)
    args.output.mkdir(parents=True, exist_ok=True)
    for path in render_pages(args.layout, args.output):
        print(f"wrote {path}")


if __name__ == "__main__":
    main()
