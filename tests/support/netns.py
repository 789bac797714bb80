"""A private network namespace: Link's multicast stays inside it, nothing reaches the real network.

Two namespaces joined by a veth pair (:func:`two_hosts`) are two hosts on one Ethernet segment: Link and
mDNS multicast cross between them as between two Raspberry Pis on a switch, and still nothing leaves.

Programs run inside with ``ip netns exec``. The test process itself reaches into the namespace with
sockets created there: a thread joins the namespace (``setns`` acts on the calling thread only), opens the
socket and ends; the socket stays in the namespace for whoever uses it.
"""

from __future__ import annotations

import ctypes
import os
import socket
import subprocess
import threading
import uuid
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from types import TracebackType

CLONE_NEWNET = 0x40000000


def _run(*cmd: str) -> None:
    subprocess.run(cmd, check=True, capture_output=True)


class NetNamespace:
    def __init__(self, name: str | None = None) -> None:
        self.name = name or f"oscs-{uuid.uuid4().hex[:8]}"
        self.address: str | None = None  # its address on a veth link (see :func:`join`), if any

    def __enter__(self) -> NetNamespace:
        _run("ip", "netns", "add", self.name)
        _run("ip", "-n", self.name, "link", "set", "lo", "up")
        return self

    def __exit__(self, *exc: type[BaseException] | BaseException | TracebackType | None) -> None:
        subprocess.run(["ip", "netns", "del", self.name], capture_output=True)

    def command(self, argv: Sequence[str]) -> list[str]:
        return ["ip", "netns", "exec", self.name, *argv]

    def socket(self, kind: int = socket.SOCK_DGRAM) -> socket.socket:
        """A socket that lives in this namespace."""
        result: dict[str, object] = {}

        def make() -> None:
            libc = ctypes.CDLL(None, use_errno=True)
            fd = os.open(f"/var/run/netns/{self.name}", os.O_RDONLY)
            try:
                if libc.setns(fd, CLONE_NEWNET) != 0:
                    result["error"] = OSError(ctypes.get_errno(), "setns failed")
                    return
                result["socket"] = socket.socket(socket.AF_INET, kind)
            finally:
                os.close(fd)

        thread = threading.Thread(target=make)
        thread.start()
        thread.join()
        if "error" in result:
            raise result["error"]  # type: ignore[misc]
        sock = result["socket"]
        assert isinstance(sock, socket.socket)
        return sock


def join(a: NetNamespace, b: NetNamespace, subnet: str = "10.201.0", interface: str = "veth0") -> None:
    """Join two namespaces with a veth pair: ``a`` gets ``subnet.1/24``, ``b`` gets ``subnet.2/24``.

    Each end is created directly inside its namespace, so the interface names never meet in the host's.
    The pair goes away with either namespace.
    """
    _run(
        "ip",
        "link",
        "add",
        interface,
        "netns",
        a.name,
        "type",
        "veth",
        "peer",
        "name",
        interface,
        "netns",
        b.name,
    )
    for number, namespace in enumerate((a, b), start=1):
        namespace.address = f"{subnet}.{number}"
        _run("ip", "-n", namespace.name, "addr", "add", f"{namespace.address}/24", "dev", interface)
        _run("ip", "-n", namespace.name, "link", "set", interface, "up")


@contextmanager
def two_hosts(subnet: str = "10.201.0") -> Iterator[tuple[NetNamespace, NetNamespace]]:
    """Two private namespaces joined by a veth pair, at ``subnet.1`` and ``subnet.2``."""
    with NetNamespace() as a, NetNamespace() as b:
        join(a, b, subnet)
        yield a, b
