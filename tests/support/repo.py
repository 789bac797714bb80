"""The repository's own files: where the clients live, and their build scripts loaded as modules."""

from __future__ import annotations

import importlib.util
import socket
import sys
from pathlib import Path
from types import ModuleType

REPO = Path(__file__).resolve().parents[2]
CLIENTS = REPO / "clients"


def load_script(relative: str) -> ModuleType:
    """A build script such as ``touchosc/build_layout.py``, imported (the client folders are not packages)."""
    path = REPO / relative
    name = "oscserver_client_" + path.stem
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


def free_udp_port() -> int:
    """A UDP port nothing listens on now, for a client that must be told its receive port up front."""
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])
