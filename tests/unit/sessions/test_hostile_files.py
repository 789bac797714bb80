"""A session directory edited by someone hostile: FIFOs, links out of it, paths in its audio entries, files
larger than described, names no file system holds, a disk that fills during a save, a save that overruns
its time limit. Each is refused promptly with the reason, reads nothing it should not, leaves nothing
behind."""

from __future__ import annotations

import json
import os
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from oscserver.exceptions import InvalidArgument, RequestError, Unavailable
from oscserver.sessions.files import Deadline
from oscserver.sessions.names import MAX_NAME_BYTES, check_name
from oscserver.sessions.store import DOCUMENT, SessionStore
from tests.support.disks import small_tmpfs
from tests.unit.sessions.test_sessions import loop

SCRIPT_A = "\U0001d49c"  # a letter of 4 bytes in UTF-8
PROMPTLY = 5.0  # a hang shows as a thread still blocked after this (a refusal takes milliseconds)


def refusal(action: Callable[[], object]) -> RequestError:
    """The error ``action`` is refused with, asserting that it did not block (a FIFO opened for reading
    waits for a writer for ever)."""
    outcome: list[BaseException | object] = []

    def run() -> None:
        try:
            outcome.append(action())
        except BaseException as err:  # (handed to the test)
            outcome.append(err)

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    thread.join(PROMPTLY)
    assert not thread.is_alive(), "the store blocked"
    assert len(outcome) == 1 and isinstance(outcome[0], RequestError), outcome
    return outcome[0]


@pytest.fixture
def saved(tmp_path: Path) -> tuple[SessionStore, Path]:
    """A store with session 'gig' (one loop) saved; the version directory it lives in."""
    store = SessionStore(tmp_path / "data")
    store.save("gig", {"link": {}}, {"track-1": loop()}, 48000)
    return store, (tmp_path / "data" / "gig").resolve()


def edit(version: Path, change: Callable[[dict[str, Any]], None]) -> None:
    document = json.loads((version / DOCUMENT).read_text())
    change(document)
    (version / DOCUMENT).write_text(json.dumps(document))


def test_a_fifo_as_session_json_is_refused_at_once(saved: tuple[SessionStore, Path]) -> None:
    store, version = saved
    (version / DOCUMENT).unlink()
    os.mkfifo(version / DOCUMENT)
    assert "session.json is not a regular file" in str(refusal(lambda: store.load("gig")))


def test_a_link_to_a_fifo_as_session_json_is_refused_at_once(saved: tuple[SessionStore, Path]) -> None:
    store, version = saved
    os.mkfifo(version.parent / "pipe")
    (version / DOCUMENT).unlink()
    os.symlink(version.parent / "pipe", version / DOCUMENT)
    assert "session.json is a symbolic link" in str(refusal(lambda: store.load("gig")))


def test_a_link_out_of_the_session_is_not_followed(saved: tuple[SessionStore, Path], tmp_path: Path) -> None:
    store, version = saved
    outside = tmp_path / "outside.wav"
    os.replace(version / "track-1.wav", outside)
    os.symlink(outside, version / "track-1.wav")
    assert "track-1.wav is a symbolic link; a session reads only its own files" in str(
        refusal(lambda: store.load("gig"))
    )
    os.unlink(version / "track-1.wav")
    os.symlink("/etc/passwd", version / "track-1.wav")
    assert "track-1.wav is a symbolic link" in str(refusal(lambda: store.load("gig")))


def test_a_session_name_pointing_out_of_the_data_directory_is_refused(tmp_path: Path) -> None:
    store = SessionStore(tmp_path / "data")
    store.save("gig", {}, {}, 48000)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    os.symlink(tmp_path / "elsewhere", tmp_path / "data" / "abroad")
    os.symlink("../elsewhere", tmp_path / "data" / "upstairs")
    for name in ("abroad", "upstairs"):
        assert "points outside the data directory" in str(refusal(lambda: store.load(name)))  # noqa: B023
    # A version "directory" that is itself a link out (to a copy of a whole session) is not followed either.
    os.symlink((tmp_path / "data" / "gig").resolve(), tmp_path / "data" / ".linked.0")
    os.symlink(".linked.0", tmp_path / "data" / "linked")
    assert "its version '.linked.0' is not a directory" in str(refusal(lambda: store.load("linked")))


@pytest.mark.parametrize(
    ("entries", "reason"),
    [
        ({"../x": {"file": "../x.wav"}}, "audio entry '../x' is not a name a session gives its audio"),
        ({"/etc/passwd": {"file": "/etc/passwd"}}, "audio entry '/etc/passwd' is not a name"),
        (
            {"track-1": {"file": "/etc/passwd"}},
            "audio entry 'track-1' must be the file track-1.wav, not '/etc",
        ),
        ({"track-1": {"file": "../track-1.wav"}}, "must be the file track-1.wav, not '../track-1.wav'"),
        ({".hidden": {"file": ".hidden.wav"}}, "audio entry '.hidden' is not a name"),
        ({"track-1": {"frames": -1}}, "at least one channel and no negative frames"),
        ({"track-1": {"sha256": "../../etc"}}, "audio entry 'track-1' has no valid sha256"),
    ],
)
def test_audio_entries_are_names_inside_the_session_not_paths(
    saved: tuple[SessionStore, Path], entries: dict[str, dict[str, Any]], reason: str
) -> None:
    store, version = saved

    def change(document: dict[str, Any]) -> None:
        original = document["audio"]["track-1"]
        document["audio"] = {stem: {**original, **entry} for stem, entry in entries.items()}

    edit(version, change)
    assert reason in str(refusal(lambda: store.load("gig")))


def test_an_audio_file_larger_than_described_is_refused_unread(saved: tuple[SessionStore, Path]) -> None:
    store, version = saved
    with open(version / "track-1.wav", "r+b") as file:
        file.truncate(100 * 1024 * 1024)  # sparse: 100 MB that would take a while to hash
    message = str(refusal(lambda: store.load("gig")))
    assert "track-1.wav holds 104857600 bytes, more than the 196096 expected" in message


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ('{"tempo": NaN}', "NaN is not a number JSON allows"),
        ('{"tempo": Infinity}', "Infinity is not a number JSON allows"),
        ('{"tempo": -Infinity}', "-Infinity is not a number JSON allows"),
        ("[" * 100000 + "]" * 100000, "not valid JSON"),
        ('{"samplerate": 1' + "0" * 5000 + "}", "not valid JSON"),
    ],
)
def test_numbers_json_does_not_allow_are_refused(
    saved: tuple[SessionStore, Path], text: str, reason: str
) -> None:
    store, version = saved
    (version / DOCUMENT).write_text(text)
    assert reason in str(refusal(lambda: store.load("gig")))


def test_a_name_of_64_letters_of_4_bytes_is_refused_by_its_byte_length() -> None:
    with pytest.raises(InvalidArgument) as refused:
        check_name(SCRIPT_A * 64)
    assert str(refused.value) == (
        f"session name must take at most {MAX_NAME_BYTES} bytes as UTF-8 (a file name's limit), "
        "got 256 in 64 characters"
    )


def test_the_longest_name_the_store_accepts_makes_file_names_the_system_holds(tmp_path: Path) -> None:
    store = SessionStore(tmp_path)
    name = SCRIPT_A * (MAX_NAME_BYTES // 4)  # as long as a name may take
    assert len(check_name(name).encode()) == MAX_NAME_BYTES
    store.save(name, {"n": 1}, {"track-1": loop(0.01)}, 48000)
    store.save(name, {"n": 2}, {}, 48000)  # (a second save makes the temporary link's longer name)
    assert store.load(name).parts == {"n": 2}
    assert store.names() == [name]


def test_the_list_shows_only_names_a_load_accepts(tmp_path: Path) -> None:
    store = SessionStore(tmp_path)
    store.save("gig", {}, {}, 48000)
    os.symlink(".gig.x", tmp_path / "bad.name")
    assert store.names() == ["gig"]


def test_a_save_past_its_time_limit_is_given_up_and_leaves_nothing(tmp_path: Path) -> None:
    store = SessionStore(tmp_path)
    store.save("gig", {"n": 1}, {}, 48000)
    before = sorted(os.listdir(tmp_path))
    with pytest.raises(Unavailable, match=r"^saving 'gig' took longer than 0 s and was given up$"):
        store.save("gig", {"n": 2}, {"track-1": loop()}, 48000, Deadline(0.0, "saving 'gig'"))
    assert sorted(os.listdir(tmp_path)) == before
    assert store.load("gig").parts == {"n": 1}
    with pytest.raises(Unavailable, match="took longer than 0 s"):
        store.load("gig", Deadline(0.0, "loading 'gig'"))


# -- a full disk ----------------------------------------------------------------------------------------


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A 1 MB file system of its own (tmpfs), as the data directory."""
    with small_tmpfs(tmp_path) as mount:
        yield mount


def test_a_save_that_does_not_fit_says_so_leaves_nothing_and_the_next_smaller_one_works(
    small_disk: Path,
) -> None:
    store = SessionStore(small_disk)
    store.save("gig", {"n": 1}, {"track-1": loop(0.25)}, 48000)  # 96 kB
    before = sorted(os.listdir(small_disk))
    free = os.statvfs(small_disk).f_bavail
    with pytest.raises(Unavailable) as refused:
        store.save("big", {"n": 2}, {"track-1": loop(2.0), "track-2": loop(2.0)}, 48000)  # 1.5 MB
    assert str(refused.value) == (
        "no space left on device: session 'big' was not saved; what it had written is removed, "
        "the previous one stands"
    )
    assert sorted(os.listdir(small_disk)) == before
    assert os.statvfs(small_disk).f_bavail == free
    store.save("big", {"n": 3}, {"track-1": loop(1.0)}, 48000)  # 384 kB: fits
    assert store.load("big").parts == {"n": 3}
    np.testing.assert_array_equal(store.load("gig").audio["track-1"], loop(0.25))
