"""The addresses a tablet on the network can reach this machine at, for the start-up banner."""

from __future__ import annotations

import socket

import psutil


def ipv4_addresses() -> list[tuple[str, str]]:
    """(interface, address) for every IPv4 address on this machine, LAN ones first, loopback last."""
    found: list[tuple[str, str]] = []
    for interface, addresses in psutil.net_if_addrs().items():
        for address in addresses:
            if address.family == socket.AF_INET:
                found.append((interface, address.address))
    found.sort(key=lambda pair: (pair[1].startswith("127."), pair[0]))
    return found
