"""A small file system of a test's own, to fill up."""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from tests.support.requirements import need_root


@contextmanager
def small_tmpfs(parent: Path, size: str = "1m") -> Iterator[Path]:
    """A tmpfs of ``size`` mounted in ``parent`` (root only; the test skips with the reason otherwise)."""
    need_root("mount a small tmpfs")
    mount = parent / "small"
    mount.mkdir()
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(mount)], capture_output=True
    )
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {done.stderr.decode().strip()}")
    try:
        yield mount
    finally:
        subprocess.run(["umount", "--lazy", str(mount)], check=True)
