"""Skip (with the reason) when a test needs root or a program that is not installed.

`make test` installs every package when it runs as root with apt, so in CI nothing skips.
"""

from __future__ import annotations

import os
import shutil

import pytest


def need_programs(*names: str) -> None:
    missing = [name for name in names if shutil.which(name) is None]
    if missing:
        pytest.skip(f"needs {', '.join(missing)} (installed by `make test` as root)")


def need_root(why: str) -> None:
    if os.geteuid() != 0:
        pytest.skip(f"needs root to {why}")
