"""Who a request came from and where answers go: the sender's address, from the server's own socket."""

from __future__ import annotations

from collections.abc import Callable, Hashable
from dataclasses import dataclass, field
from typing import Protocol


class Peer(Protocol):
    """The other end of a request: something answers can be sent to."""

    @property
    def key(self) -> Hashable: ...

    @property
    def host(self) -> str: ...

    @property
    def port(self) -> int: ...

    def send(self, data: bytes) -> None: ...

    def at_port(self, port: int) -> Peer:
        """The same host at another port: where ``/subscribe port`` asks pushes to go."""
        ...


@dataclass(frozen=True)
class UdpPeer:
    """A UDP endpoint (ip, port), sent to from the server's own socket so replies come from its port."""

    host: str
    port: int
    sendto: Callable[[bytes, tuple[str, int]], None] = field(compare=False, repr=False)

    @property
    def key(self) -> Hashable:
        return ("udp", self.host, self.port)

    @property
    def address(self) -> tuple[str, int]:
        return (self.host, self.port)

    def send(self, data: bytes) -> None:
        self.sendto(data, (self.host, self.port))

    def at_port(self, port: int) -> UdpPeer:
        return UdpPeer(self.host, port, self.sendto)

    def __str__(self) -> str:
        return f"{self.host}:{self.port}"
