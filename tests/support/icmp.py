"""ICMP errors made by hand and sent over loopback: what a router says of a host that left the network.

Over loopback the kernel itself only ever answers a datagram to a closed port (port unreachable). A
host unreachable, which a server on a LAN hears when a tablet leaves the Wi-Fi, is made here: an ICMP
message quoting a datagram the socket at ``source`` sent to ``destination``, sent to 127.0.0.1 through a raw
socket (root only). The kernel hands it to that socket exactly as one from the network.
"""

from __future__ import annotations

import socket
import struct

DESTINATION_UNREACHABLE = 3
HOST_UNREACHABLE = 1
PORT_UNREACHABLE = 3


def _checksum(data: bytes) -> int:
    if len(data) % 2:
        data += b"\0"
    total: int = sum(struct.unpack(f"!{len(data) // 2}H", data))
    total = (total >> 16) + (total & 0xFFFF)
    total += total >> 16
    return ~total & 0xFFFF


def unreachable(source: tuple[str, int], destination: tuple[str, int], code: int = HOST_UNREACHABLE) -> bytes:
    """A destination-unreachable message about a UDP datagram from ``source`` to ``destination``."""
    quoted_ip = struct.pack(
        "!BBHHHBBH4s4s",
        0x45,  # IPv4, a 20-byte header
        0,
        28,  # the header and the 8 bytes of UDP header that ICMP quotes at least
        0,
        0,
        64,
        socket.IPPROTO_UDP,
        0,
        socket.inet_aton(source[0]),
        socket.inet_aton(destination[0]),
    )
    quoted_udp = struct.pack("!HHHH", source[1], destination[1], 8, 0)
    body = b"\0\0\0\0" + quoted_ip + quoted_udp
    checksum = _checksum(struct.pack("!BBH", DESTINATION_UNREACHABLE, code, 0) + body)
    return struct.pack("!BBH", DESTINATION_UNREACHABLE, code, checksum) + body


class IcmpSender:
    """A raw ICMP socket on loopback (needs root: see ``tests.support.requirements.need_root``)."""

    def __init__(self) -> None:
        self.sock = socket.socket(socket.AF_INET, socket.SOCK_RAW, socket.IPPROTO_ICMP)

    def host_unreachable(self, source: tuple[str, int], destination: tuple[str, int]) -> None:
        """Tell the socket at ``source`` that its datagram to ``destination`` found no host."""
        self.sock.sendto(unreachable(source, destination), ("127.0.0.1", 0))

    def close(self) -> None:
        self.sock.close()

    def __enter__(self) -> IcmpSender:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
