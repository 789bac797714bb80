"""Loops exported as WAV files: the file holds the loop exactly; a full disk leaves nothing behind."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
import soundfile

from oscserver.audio.export import EXPORTS, export_wav
from oscserver.exceptions import Unavailable
from tests.support.disks import small_tmpfs

RATE = 48000


def loop(frames: int) -> np.ndarray:
    return np.random.default_rng(frames).uniform(-1.0, 1.0, (frames, 2)).astype(np.float32)


def test_the_file_holds_the_loop_sample_for_sample_as_32_bit_float(tmp_path: Path) -> None:
    frames = loop(12345)
    path = export_wav(tmp_path, "track-3", frames, RATE, when=0.0)
    assert path == tmp_path / EXPORTS / "track-3-19700101-000000.wav"
    read, samplerate = soundfile.read(path, dtype="float32", always_2d=True)
    assert samplerate == RATE and soundfile.info(str(path)).subtype == "FLOAT"
    np.testing.assert_array_equal(read, frames)
    assert sorted(p.name for p in path.parent.iterdir()) == [path.name]  # nothing else left there


def test_a_name_in_use_gets_a_number(tmp_path: Path) -> None:
    first = export_wav(tmp_path, "track-1", loop(10), RATE, when=0.0)
    second = export_wav(tmp_path, "track-1", loop(11), RATE, when=0.0)
    assert (first.name, second.name) == ("track-1-19700101-000000.wav", "track-1-19700101-000000-2.wav")
    assert soundfile.info(str(first)).frames == 10


def test_a_full_disk_leaves_nothing_half_written(tmp_path: Path) -> None:
    with small_tmpfs(tmp_path, "1m") as disk:
        with pytest.raises(Unavailable, match="no space left on device"):
            export_wav(disk, "track-1", loop(200_000), RATE)  # 1.6 MB
        assert list((disk / EXPORTS).iterdir()) == []
        small = export_wav(disk, "track-1", loop(1000), RATE)  # and what fits is written
        assert small.exists()
