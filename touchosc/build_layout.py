"""Builds the TouchOSC layout ``touchosc/oscserver.tosc`` (``make clients``, or run this file).

A tablet layout in landscape with three pages (Transport, Looper, MIDI; ``layout_pages.py``). Plain controls
carry ordinary OSC bindings whose send and receive address are the same, so every fader and toggle both drives
the server and follows its pushes. What a binding cannot express is done by small Lua scripts, on the client
(``layout_script.py``).

Only constant addresses are used, so every address the layout sends can be read back out of the file and
checked against the server's ``/api`` (tests/integration/test_touchosc_layout.py).

Ids are derived from each control's place in the tree rather than drawn at random, so building twice gives the
same bytes and the committed file can be compared with a fresh build.
"""

from __future__ import annotations

import argparse
import sys
import uuid
from collections.abc import Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # run as a file: find clients and touchosc

from py2tosc import Control, Document, ui

from touchosc.layout_pages import looper_page, midi_page, transport_page
from touchosc.layout_script import RECEIVE_PORT, root_script

HERE = Path(__file__).resolve().parent
LAYOUT_PATH = HERE / "oscserver.tosc"

WIDTH, HEIGHT = 1280, 800  # a 16:10 tablet in landscape; TouchOSC scales it to other screens

ID_NAMESPACE = uuid.UUID("5b1f0c8e-3d3a-4a4e-9a57-6f7363736572")


# -- document ------------------------------------------------------------------------------------------------


def _stable_ids(control: Control, path: str = "") -> None:
    for index, child in enumerate(control.children):
        _stable_ids(child, f"{path}/{index}:{child.get('name', '')}")
    object.__setattr__(control, "id", str(uuid.uuid5(ID_NAMESPACE, path or "/")))


def build_layout(receive_port: int = RECEIVE_PORT) -> Document:
    pager = ui.pager(transport_page(), looper_page(), midi_page(), name="pages")
    root = ui.stack(pager, frame=(0, 0, WIDTH, HEIGHT), name="oscserver", color="#1a1a1a")
    root.script = root_script(receive_port)
    document = Document(root=root)
    document.resolve()
    _stable_ids(document.root)
    return document


def layout_bytes(receive_port: int = RECEIVE_PORT) -> bytes:
    """The .tosc file's bytes: the layout's XML, zlib-compressed, as TouchOSC reads it."""
    import zlib

    return zlib.compress(build_layout(receive_port).dumps().encode("utf-8"))


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--output", type=Path, default=LAYOUT_PATH)
    parser.add_argument("--receive-port", type=int, default=RECEIVE_PORT)
    args = parser.parse_args(argv)
    document = build_layout(args.receive_port)
    issues = [issue for issue in document.validate() if issue.level == "error"]
    if issues:
        raise SystemExit("layout does not validate:\n" + "\n".join(str(i) for i in issues))
    args.output.write_bytes(layout_bytes(args.receive_port))
    print(f"wrote {args.output}")


if __name__ == "__main__":
    main()
