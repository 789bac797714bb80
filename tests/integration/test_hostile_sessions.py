"""Hostile session files against a running server (issue 16): a loop the audio engine cannot play, FIFOs and
links in a session directory, paths and strays among its audio, names no file system holds, a full disk.
Each is answered ``/error`` with its reason, changes nothing, and leaves the server (and its audio process)
running; SIGTERM still ends it at once."""

from __future__ import annotations

import copy
import json
import os
import signal
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from oscserver.cli.client import OscClient
from oscserver.sessions.store import SessionStore
from tests.support.disks import small_tmpfs
from tests.support.server import ServerProcess
from tests.support.waiting import wait_until

pytestmark = pytest.mark.integration

RATE = 48000
SAVE_TIMEOUT = 15.0
SCRIPT_A = "\U0001d49c"  # a letter of 4 bytes in UTF-8


def serve(data_dir: Path, *more: str) -> ServerProcess:
    return ServerProcess(
        "--audio", "none", "--midi-api", "none", "--tracks", "2", "--history", "20",
        "--data-dir", str(data_dir), "--tempo", "120", *more,
    )  # fmt: skip


def a_second(frequency: float = 440.0) -> np.ndarray[Any, np.dtype[np.float32]]:
    """One bar of two beats at 120 BPM: a second of stereo float frames."""
    t = np.arange(RATE, dtype=np.float32) / RATE
    left = (0.5 * np.sin(2 * np.pi * frequency * t)).astype(np.float32)
    return np.stack([left, -left], axis=1)


def with_loops(parts: dict[str, Any], tracks: int, tempo: float = 100.0) -> dict[str, Any]:
    """The server's own parts (as it saved them), with a loop of one bar on each of the first ``tracks``."""
    parts = copy.deepcopy(parts)
    parts["link"].update(tempo=tempo, quantum=2.0)
    for number in range(tracks):
        parts["looper"]["tracks"][number].update(
            state="PLAYING",
            bars=1,
            loop={"frames": RATE, "exact": float(RATE), "offset": 0.0, "loop_beats": 2.0, "anchor": 0.0},
        )
    return parts


def base_parts(osc: OscClient, data_dir: Path) -> dict[str, Any]:
    """What this server saves (every part's section), from a save of its own."""
    assert osc.request("/session/save", "base", reply="/done", timeout=SAVE_TIMEOUT).address == "/done"
    return SessionStore(data_dir).load("base").parts


def refused(osc: OscClient, address: str, *args: object) -> str:
    answer = osc.request(address, *args, reply="/done", timeout=SAVE_TIMEOUT)
    assert answer.address == "/error" and answer.args[0] == address, answer
    return str(answer.args[1])


def tempo(osc: OscClient) -> float:
    return float(osc.request("/link/tempo").args[0])


@pytest.fixture
def running(tmp_path: Path) -> Iterator[tuple[ServerProcess, OscClient, dict[str, Any]]]:
    data_dir = tmp_path / "data"
    with serve(data_dir) as process, process.client() as osc:
        yield process, osc, base_parts(osc, data_dir)


def test_a_loop_the_engine_cannot_play_is_refused_and_the_audio_engine_plays_on(
    running: tuple[ServerProcess, OscClient, dict[str, Any]],
) -> None:
    process, osc, parts = running
    store = SessionStore(process.data_dir)
    hostile = with_loops(parts, 1)
    hostile["looper"]["tracks"][0]["loop"]["loop_beats"] = 1e-300
    store.save("tiny beats", hostile, {"track-1": a_second()}, RATE)
    message = refused(osc, "/session/load", "tiny beats")
    assert "looper.tracks[0].loop: its 1 bars must last between 1 and 16 beats" in message
    assert tempo(osc) == 120.0  # nothing changed: not even the tempo, which comes first
    assert osc.request("/looper/1/state").args == ("EMPTY", 0)
    store.save("good", with_loops(parts, 1), {"track-1": a_second()}, RATE)
    assert osc.request("/session/load", "good", reply="/done", timeout=SAVE_TIMEOUT).address == "/done"
    wait_until(lambda: osc.request("/looper/1/state").args == ("PLAYING", 1), 10.0, "the good loop to play")
    assert osc.pairs("/status")["audio_ok"] == 1
    # A refused load after that leaves the loop and the tempo as they are.
    hostile = with_loops(parts, 1, tempo=90.0)
    hostile["looper"]["tracks"][0]["loop"]["anchor"] = 1e300
    store.save("far anchor", hostile, {"track-1": a_second()}, RATE)
    assert "its anchor beat 1e+300 is too far" in refused(osc, "/session/load", "far anchor")
    assert tempo(osc) == 100.0
    assert osc.request("/looper/1/state").args == ("PLAYING", 1)
    assert process.alive() and osc.pairs("/status")["audio_ok"] == 1


def fifo_as_document(version: Path, data_dir: Path) -> None:
    (version / "session.json").unlink()
    os.mkfifo(version / "session.json")


def link_to_a_fifo_as_document(version: Path, data_dir: Path) -> None:
    os.mkfifo(data_dir / "pipe")
    (version / "session.json").unlink()
    os.symlink(data_dir / "pipe", version / "session.json")


def link_out_as_document(version: Path, data_dir: Path) -> None:
    (version / "session.json").unlink()
    os.symlink("/etc/passwd", version / "session.json")


def audio_linked_out(version: Path, data_dir: Path) -> None:
    (version / "track-1.wav").unlink()
    os.symlink("/etc/passwd", version / "track-1.wav")


HOSTILE_FILES: list[tuple[str, Callable[[Path, Path], None], str]] = [
    ("fifo", fifo_as_document, "session.json is not a regular file"),
    ("link to a fifo", link_to_a_fifo_as_document, "session.json is a symbolic link"),
    ("link out", link_out_as_document, "session.json is a symbolic link"),
    ("audio linked out", audio_linked_out, "track-1.wav is a symbolic link"),
]


@pytest.mark.parametrize(
    ("damage", "reason"), [(d, r) for _, d, r in HOSTILE_FILES], ids=[i for i, _, _ in HOSTILE_FILES]
)
def test_fifos_and_links_are_refused_at_once_and_sigterm_still_ends_the_server(
    tmp_path: Path, damage: Callable[[Path, Path], None], reason: str
) -> None:
    data_dir = tmp_path / "data"
    process = serve(data_dir).start()
    try:
        with process.client() as osc:
            parts = base_parts(osc, data_dir)
            SessionStore(data_dir).save("gig", with_loops(parts, 1), {"track-1": a_second()}, RATE)
            damage((data_dir / "gig").resolve(), data_dir)
            assert reason in refused(osc, "/session/load", "gig")
            assert tempo(osc) == 120.0
            # The next save and load are not held up by it.
            assert (
                osc.request("/session/save", "after", reply="/done", timeout=SAVE_TIMEOUT).address == "/done"
            )
            assert (
                osc.request("/session/load", "after", reply="/done", timeout=SAVE_TIMEOUT).address == "/done"
            )
        process.process.send_signal(signal.SIGTERM)  # type: ignore[union-attr]
        wait_until(lambda: not process.alive(), 20.0, "the server's exit on SIGTERM")
        assert process.process is not None and process.process.returncode == 0, process.log
    finally:
        process.stop()


@pytest.mark.parametrize(
    ("entry", "reason"),
    [
        ({"../x": "../x.wav"}, "audio entry '../x' is not a name a session gives its audio"),
        ({"track-1": "/etc/passwd"}, "audio entry 'track-1' must be the file track-1.wav, not '/etc/passwd'"),
    ],
)
def test_audio_entries_naming_paths_are_refused(
    running: tuple[ServerProcess, OscClient, dict[str, Any]], entry: dict[str, str], reason: str
) -> None:
    process, osc, parts = running
    store = SessionStore(process.data_dir)
    store.save("gig", with_loops(parts, 1), {"track-1": a_second()}, RATE)
    document_path = (process.data_dir / "gig").resolve() / "session.json"
    document = json.loads(document_path.read_text())
    original = document["audio"].pop("track-1")
    for stem, file in entry.items():
        document["audio"][stem] = {**original, "file": file}
    document_path.write_text(json.dumps(document))
    assert reason in refused(osc, "/session/load", "gig")
    assert tempo(osc) == 120.0


def test_a_large_wav_belonging_to_no_track_is_refused_unread(
    running: tuple[ServerProcess, OscClient, dict[str, Any]],
) -> None:
    process, osc, parts = running
    store = SessionStore(process.data_dir)
    # A 2-track server has no track 9, but the session holds its audio: 100 MB of it.
    frames = 100 * 1024 * 1024 // 8
    store.save("gig", with_loops(parts, 1), {"track-1": a_second(), "track-9": a_second()}, RATE)
    version = (process.data_dir / "gig").resolve()
    document = json.loads((version / "session.json").read_text())
    document["audio"]["track-9"]["frames"] = frames
    (version / "session.json").write_text(json.dumps(document))
    with open(version / "track-9.wav", "r+b") as file:
        file.truncate(frames * 8 + 88)
    message = refused(osc, "/session/load", "gig")
    assert message == "looper: audio track-9 belongs to no track with a loop", message
    assert tempo(osc) == 120.0


def test_a_name_of_64_letters_of_4_bytes_is_refused_with_the_reason(
    client: OscClient, server: ServerProcess
) -> None:
    name = SCRIPT_A * 64
    for address in ("/session/save", "/session/load"):
        message = refused(client, address, name)
        assert "at most 200 bytes as UTF-8 (a file name's limit), got 256 in 64 characters" in message
    assert list(server.data_dir.iterdir()) == []


def test_a_name_with_a_nul_inside_is_refused_not_cut_short(client: OscClient, server: ServerProcess) -> None:
    saved = client.request("/session/save", "ab", reply="/done", timeout=SAVE_TIMEOUT)
    assert saved.address == "/done", saved
    before = sorted(path.name for path in server.data_dir.iterdir())
    answer = client.request("/session/save", "ab\x00cd", reply="/done", timeout=SAVE_TIMEOUT)
    assert answer.address == "/error" and "NUL" in str(answer.args[1]), answer
    assert sorted(path.name for path in server.data_dir.iterdir()) == before  # "ab" was not overwritten


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A 1 MB file system of its own (tmpfs) to serve sessions from."""
    with small_tmpfs(tmp_path) as mount:
        yield mount


def test_a_save_that_does_not_fit_says_so_and_leaves_nothing_and_a_smaller_one_works(
    small_disk: Path,
) -> None:
    with serve(small_disk, "--no-autosave") as process, process.client() as osc:
        parts = base_parts(osc, small_disk)
        # Two loops of a second: 768 kB of the disk's 1 MB, loaded into the server.
        SessionStore(small_disk).save(
            "two", with_loops(parts, 2), {"track-1": a_second(), "track-2": a_second(330)}, RATE
        )
        assert osc.request("/session/load", "two", reply="/done", timeout=SAVE_TIMEOUT).address == "/done"
        before = sorted(os.listdir(small_disk))
        free = os.statvfs(small_disk).f_bavail
        message = refused(osc, "/session/save", "copy")
        assert message.startswith("no space left on device: session 'copy' was not saved"), message
        assert sorted(os.listdir(small_disk)) == before
        assert os.statvfs(small_disk).f_bavail == free
        # Without the loops (a load waits until the audio engine has let go of them), the save fits.
        assert osc.request("/session/load", "base", reply="/done", timeout=SAVE_TIMEOUT).address == "/done"
        saved = osc.request("/session/save", "copy", reply="/done", timeout=SAVE_TIMEOUT)
        assert saved.args == ("/session/save", "copy"), saved
        assert osc.request("/session/load", "copy", reply="/done", timeout=SAVE_TIMEOUT).address == "/done"
