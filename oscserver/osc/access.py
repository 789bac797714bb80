"""Who may talk to the server: source addresses checked against a list of networks.

The default admits what a performer's setup uses (the machine itself, private LANs, link-local addresses
of an ad-hoc Wi-Fi or a direct cable) and nothing from the wider internet. Packets from elsewhere are
dropped without an answer (an answer would let a spoofed source aim the server at someone) and counted.
"""

from __future__ import annotations

import ipaddress
from collections.abc import Iterable
from functools import lru_cache

from oscserver.exceptions import StartupError

DEFAULT_ALLOW: tuple[str, ...] = (
    "127.0.0.0/8",  # this machine
    "10.0.0.0/8",  # private networks (RFC 1918)
    "172.16.0.0/12",
    "192.168.0.0/16",
    "169.254.0.0/16",  # link-local: a direct cable or an ad-hoc network with no DHCP
)

Network = ipaddress.IPv4Network | ipaddress.IPv6Network


def parse_networks(texts: Iterable[str]) -> tuple[Network, ...]:
    networks = []
    for text in texts:
        try:
            networks.append(ipaddress.ip_network(text.strip(), strict=False))
        except ValueError as err:
            raise StartupError(f"--allow expects a network such as 192.168.1.0/24, got {text!r}") from err
    return tuple(networks)


class AccessPolicy:
    def __init__(self, allow: Iterable[str] = DEFAULT_ALLOW) -> None:
        self.networks = parse_networks(allow)
        self.refused = 0
        self._allowed = lru_cache(maxsize=4096)(self._check)

    def admits(self, host: str) -> bool:
        if self._allowed(host):
            return True
        self.refused += 1
        return False

    def _check(self, host: str) -> bool:
        try:
            address = ipaddress.ip_address(host)
        except ValueError:
            return False
        return any(address in network for network in self.networks)
