from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from oscserver.exceptions import InvalidArgument
from oscserver.sessions.names import check_name
from oscserver.sessions.store import SessionStore


@pytest.mark.parametrize("name", ["set 1", "Gig-2026_11", "Größe", "a" * 64, "-dash", "x"])
def test_acceptable_names(name: str) -> None:
    assert check_name(name) == name


@pytest.mark.parametrize(
    ("name", "reason"),
    [
        ("", "must not be empty"),
        ("   ", "must not be empty"),
        ("a" * 65, "at most 64 characters, got 65"),
        ("../etc", "'.', '/'"),
        ("..", "'.'"),
        ("a/b", "'/'"),
        ("a\\b", "'\\\\'"),
        ("tab\there", "'\\t'"),
        ("nul\x00", "'\\x00'"),
        ("dot.name", "'.'"),
        ("new\nline", "'\\n'"),
    ],
)
def test_refused_names_say_why(name: str, reason: str) -> None:
    with pytest.raises(InvalidArgument) as caught:
        check_name(name)
    assert reason in str(caught.value)


def loop(seconds: float = 0.5, rate: int = 48000) -> np.ndarray[Any, np.dtype[np.float32]]:
    t = np.arange(int(seconds * rate), dtype=np.float32) / rate
    left = np.sin(2 * np.pi * 440 * t).astype(np.float32)
    return np.stack([left, -left], axis=1)


def test_save_list_and_load_round_trip_sample_exact(tmp_path: Path) -> None:
    store = SessionStore(tmp_path / "sessions")
    audio = {"track-1": loop(), "track-3": loop(0.25) * 0.5}
    store.save("gig", {"link": {"tempo": 128.0}}, audio, 48000)
    assert store.names() == ["gig"]
    loaded = store.load("gig")
    assert loaded.parts == {"link": {"tempo": 128.0}}
    assert loaded.samplerate == 48000
    assert set(loaded.audio) == {"track-1", "track-3"}
    np.testing.assert_array_equal(loaded.audio["track-1"], audio["track-1"])
    np.testing.assert_array_equal(loaded.audio["track-3"], audio["track-3"])


def test_saving_again_replaces_the_version_and_cleans_up(tmp_path: Path) -> None:
    store = SessionStore(tmp_path)
    store.save("gig", {"n": 1}, {"track-1": loop()}, 48000)
    store.save("gig", {"n": 2}, {}, 48000)
    assert store.load("gig").parts == {"n": 2}
    assert store.load("gig").audio == {}
    hidden = [p.name for p in tmp_path.iterdir() if p.name.startswith(".")]
    assert len(hidden) == 1  # only the current version remains


def test_versions_left_by_a_killed_save_are_removed_by_the_next(tmp_path: Path) -> None:
    store = SessionStore(tmp_path)
    store.save("gig", {"n": 1}, {}, 48000)
    (tmp_path / ".gig.deadbeef0000").mkdir()  # as if a save was killed halfway
    (tmp_path / ".gig.deadbeef0000" / "session.json").write_text("{")
    os.symlink(".gig.deadbeef0000", tmp_path / ".gig.link.0123456789ab")
    assert store.load("gig").parts == {"n": 1}  # readers never see the half-written version
    store.save("gig", {"n": 2}, {}, 48000)
    assert not (tmp_path / ".gig.deadbeef0000").exists()
    assert not (tmp_path / ".gig.link.0123456789ab").exists()
    assert store.names() == ["gig"]


def _current(tmp_path: Path, name: str) -> Path:
    return (tmp_path / name).resolve()


@pytest.mark.parametrize(
    ("damage", "message"),
    [
        (lambda d: (d / "session.json").write_text("{not json"), "not valid JSON"),
        (lambda d: (d / "session.json").write_text("[]"), "not an oscserver session"),
        (lambda d: _edit(d, version=99), "format version 99 is not supported"),
        (lambda d: _edit(d, samplerate="fast"), "samplerate must be an integer"),
        (lambda d: (d / "track-1.wav").write_bytes(b"RIFF"), "does not match its checksum"),
        (lambda d: (d / "track-1.wav").unlink(), "is missing"),
        (lambda d: _edit(d, parts=[]), "'parts' must be an object"),
    ],
)
def test_a_damaged_session_is_refused_with_the_reason(tmp_path: Path, damage: Any, message: str) -> None:
    store = SessionStore(tmp_path)
    store.save("gig", {"link": {}}, {"track-1": loop()}, 48000)
    damage(_current(tmp_path, "gig"))
    with pytest.raises(InvalidArgument, match=message):
        store.load("gig")


def _edit(directory: Path, **changes: Any) -> None:
    path = directory / "session.json"
    document = json.loads(path.read_text())
    document.update(changes)
    path.write_text(json.dumps(document))


def test_loading_a_missing_session(tmp_path: Path) -> None:
    with pytest.raises(InvalidArgument, match="no session named 'nope'"):
        SessionStore(tmp_path).load("nope")
    assert SessionStore(tmp_path / "absent").names() == []
