"""Bindings kept in mappings.json (written whole or not at all, read at start, a bad file refused and left as
it is) and in sessions (a bad section refused, a session saved before bindings existed still loads)."""

from __future__ import annotations

import asyncio
import json
import logging
from pathlib import Path
from typing import Any

import pytest

from oscserver.engine.clock import ManualClock
from oscserver.exceptions import InvalidArgument
from oscserver.link.fake import FakeLinkPort
from oscserver.mapping.persistence import FILE_NAME
from oscserver.mapping.sessionpart import MappingPart
from oscserver.osc.codec import encode_message
from oscserver.server.app import App
from oscserver.server.config import ServeConfig
from tests.support.fakes import RecordingPeer

GOOD: dict[str, Any] = {
    "version": 1,
    "bindings": [
        {
            "id": 4,
            "kind": "note",
            "channel": 0,
            "number": 36,
            "address": "/link/playing",
            "args": [],
            "feedback": "out",
        },
        {
            "id": 9,
            "kind": "cc",
            "channel": 2,
            "number": 64,
            "address": "/looper/1/record",
            "args": [8],
            "feedback": None,
        },
    ],
}


def make_app(data_dir: Path) -> App:
    clock = ManualClock(time=100.0)
    return App(
        ServeConfig(midi_api="none", audio="none", data_dir=data_dir), FakeLinkPort(clock), now=clock.now
    )


def request(app: App, address: str, *args: object) -> list[tuple[str, tuple[object, ...]]]:
    peer = RecordingPeer()
    app.osc.handle_datagram(encode_message(address, args), peer)
    return peer.take()


def test_bindings_are_saved_after_each_change_and_loaded_at_the_next_start(tmp_path: Path) -> None:
    async def first() -> None:
        app = make_app(tmp_path)
        await app.mapping.start()
        request(app, "/map/add", "note", 0, 36, "/link/playing")
        request(app, "/map/add", "cc", 2, 64, "/looper/1/record", 8)
        request(app, "/map/remove", 1)
        request(app, "/map/add", "note", 0, 40, "/link/playing")
        request(app, "/map/feedback", 3, "out")
        await app.mapping.stop()

    async def second() -> list[tuple[str, tuple[object, ...]]]:
        app = make_app(tmp_path)
        await app.mapping.start()
        listing = request(app, "/map/list")
        assert request(app, "/map/add", "note", 0, 41, "/link/playing")[0][1][0] == 4  # ids go on
        return listing

    asyncio.run(first())
    assert not list(tmp_path.glob(".mappings-*"))  # no temporary file left behind
    saved = json.loads((tmp_path / FILE_NAME).read_text())
    assert [b["id"] for b in saved["bindings"]] == [2, 3]
    assert saved["bindings"][1]["feedback"] == "out"
    assert asyncio.run(second()) == [
        ("/map/binding", (2, "cc", 2, 64, "/looper/1/record", 8)),
        ("/map/binding", (3, "note", 0, 40, "/link/playing")),
        ("/map/list", (2,)),
    ]


@pytest.mark.parametrize(
    ("content", "why"),
    [
        (b"{not json", "is not JSON"),
        (json.dumps({"bindings": []}).encode(), 'must be an object with "version": 1'),
        (
            json.dumps({**GOOD, "bindings": [{**GOOD["bindings"][0], "channel": 17}]}).encode(),
            "channel must be",
        ),
        (
            json.dumps({**GOOD, "bindings": [GOOD["bindings"][0]] * 2}).encode(),
            "id must be a positive number used once",
        ),
        (
            json.dumps(
                {**GOOD, "bindings": [*GOOD["bindings"], {**GOOD["bindings"][1], "id": 10, "args": [99]}]}
            ).encode(),
            "binding 10 (/looper/1/record): bars must be between",
        ),
        (
            json.dumps({**GOOD, "bindings": [{**GOOD["bindings"][0], "address": "/ping"}]}).encode(),
            "/ping has no value to show",
        ),
    ],
)
def test_a_bad_file_is_refused_whole_and_left_as_it_is(
    tmp_path: Path, caplog: pytest.LogCaptureFixture, content: bytes, why: str
) -> None:
    (tmp_path / FILE_NAME).write_bytes(content)

    async def main() -> None:
        app = make_app(tmp_path)
        with caplog.at_level(logging.ERROR):
            await app.mapping.start()
        assert request(app, "/map/list") == [("/map/list", (0,))]
        await app.mapping.stop()

    asyncio.run(main())
    assert why in caplog.text and "starting with no MIDI bindings" in caplog.text
    assert (tmp_path / FILE_NAME).read_bytes() == content


def test_a_refused_file_is_kept_aside_when_the_bindings_are_next_saved(tmp_path: Path) -> None:
    (tmp_path / FILE_NAME).write_bytes(b"{not json")

    async def main() -> None:
        app = make_app(tmp_path)
        await app.mapping.start()
        request(app, "/map/add", "note", 0, 36, "/link/playing")
        await app.mapping.stop()

    asyncio.run(main())
    assert (tmp_path / (FILE_NAME + ".refused")).read_bytes() == b"{not json"
    assert len(json.loads((tmp_path / FILE_NAME).read_text())["bindings"]) == 1


def test_the_session_part_takes_good_bindings_and_refuses_bad_ones_whole(tmp_path: Path) -> None:
    async def main() -> None:
        app = make_app(tmp_path)
        part = MappingPart(app.mapping)
        request(app, "/map/add", "note", 0, 1, "/link/playing")
        good = {"bindings": GOOD["bindings"]}
        part.check(good, {}, 48000)
        bad = {"bindings": [*GOOD["bindings"], {**GOOD["bindings"][0], "id": 5, "address": "/nowhere"}]}
        with pytest.raises(InvalidArgument, match="binding 5 \\(/nowhere\\): no endpoint at /nowhere"):
            part.check(bad, {}, 48000)
        with pytest.raises(InvalidArgument, match="mapping: bindings must be a list"):
            part.check({"bindings": {}}, {}, 48000)
        assert request(app, "/map/list") == [
            ("/map/binding", (1, "note", 0, 1, "/link/playing")),
            ("/map/list", (1,)),
        ]
        part.apply(good, {}, 48000)
        assert [b.id for b in app.mapping.table] == [4, 9]
        assert part.capture() == ({"bindings": GOOD["bindings"]}, {})
        await app.mapping.stop()

    asyncio.run(main())
    assert json.loads((tmp_path / FILE_NAME).read_text()) == GOOD


def test_a_session_saved_before_bindings_existed_loads_with_none(tmp_path: Path) -> None:
    async def main() -> None:
        app = make_app(tmp_path)
        (mapping_part,) = [part for part in app.sessions.parts if isinstance(part, MappingPart)]
        app.sessions.parts.remove(mapping_part)  # saved by a server without bindings
        await app.sessions.save("older")
        assert "mapping" not in json.loads((tmp_path / "older" / "session.json").read_text())["parts"]
        app.sessions.parts.append(mapping_part)
        request(app, "/map/add", "note", 0, 1, "/link/playing")
        await app.sessions.load("older")
        assert request(app, "/map/list") == [("/map/list", (0,))]
        await app.mapping.stop()

    asyncio.run(main())


def test_bindings_survive_a_session_save_and_load(tmp_path: Path) -> None:
    async def main() -> None:
        app = make_app(tmp_path)
        request(app, "/map/add", "note", 0, 36, "/link/playing")
        request(app, "/map/add", "cc", 2, 64, "/looper/1/record", 8)
        request(app, "/map/feedback", 1, "out")
        await app.sessions.save("gig")
        request(app, "/map/clear")
        await app.sessions.load("gig")
        assert request(app, "/map/list") == [
            ("/map/binding", (1, "note", 0, 36, "/link/playing")),
            ("/map/binding", (2, "cc", 2, 64, "/looper/1/record", 8)),
            ("/map/list", (2,)),
        ]
        assert [b.feedback for b in app.mapping.table] == ["out", None]
        await app.mapping.stop()

    asyncio.run(main())
