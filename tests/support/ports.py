"""Whether some program has bound a UDP port yet, read from the kernel's socket tables (nothing is sent,
nothing is bound: a probe that bound the port itself could take it from the program for a moment)."""

from __future__ import annotations

import socket
from pathlib import Path

_TABLES = (Path("/proc/net/udp"), Path("/proc/net/udp6"))


def udp_port_bound(port: int) -> bool:
    for table in _TABLES:
        if not table.exists():
            continue
        for line in table.read_text().splitlines()[1:]:
            local_address = line.split()[1]  # hex address:port
            if int(local_address.rsplit(":", 1)[1], 16) == port:
                return True
    return False


def free_tcp_port() -> int:
    """A TCP port no one listens on now, for a server flag that takes a number (0 there means off)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])
