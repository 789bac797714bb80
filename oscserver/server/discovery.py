"""Zeroconf (mDNS / DNS-SD): the server advertises ``_osc._udp`` (and ``_osc._tcp``) so clients find it,
and ``_oscjson._tcp`` (OSCQuery, on the HTTP port) so that OSCQuery clients can read what it offers.

TouchOSC and other OSC clients browse for these service types and list what they find by name; the name
here is the host's, so a rack of Raspberry Pis shows up as their host names. python-zeroconf's asyncio API
runs on the server's own event loop; its announcement (a second or two of probing) runs in a task, so
start-up does not wait for it.

A Raspberry Pi that boots headless often starts the server before DHCP has given it an address, and
addresses change when a cable or network changes. The advertisement therefore follows the machine's
addresses: checked every few seconds, withdrawn and renewed when they change, and started only once there
is an address a client on the network could reach.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import socket
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from oscserver import __version__
from oscserver.cli.netinfo import ipv4_addresses
from oscserver.osc.codec import OscArg
from oscserver.osc.registry import Endpoint

if TYPE_CHECKING:
    from zeroconf.asyncio import AsyncServiceInfo, AsyncZeroconf

log = logging.getLogger(__name__)

UDP_SERVICE = "_osc._udp.local."
TCP_SERVICE = "_osc._tcp.local."
OSCQUERY_SERVICE = "_oscjson._tcp.local."
ADDRESS_CHECK_SECONDS = 2.0  # reading the interfaces costs next to nothing; a new network shows within 2 s
ANY_ADDRESS = ("0.0.0.0", "")


def host_label() -> str:
    """The host's name as one DNS label (``pi-1`` of ``pi-1.example.org``)."""
    return socket.gethostname().split(".")[0] or "oscserver"


def reachable_addresses(host: str) -> list[str]:
    """The IPv4 addresses a client elsewhere on the network can use to reach a server bound to ``host``."""
    candidates = [address for _interface, address in ipv4_addresses()] if host in ANY_ADDRESS else [host]
    return sorted({a for a in candidates if not a.startswith("127.")})


class Advertiser:
    """The zeroconf advertisement as a subsystem: started after the sockets it announces, stopped first."""

    name = "zeroconf"

    def __init__(
        self,
        *,
        host: str,
        udp_port: Callable[[], int],
        tcp_port: Callable[[], int],
        http_port: Callable[[], int] = lambda: 0,
        enabled: bool = True,
        instance: str | None = None,
        addresses: Callable[[], list[str]] | None = None,
        check_interval: float = ADDRESS_CHECK_SECONDS,
    ) -> None:
        self.enabled = enabled
        self.instance = instance or host_label()
        self._udp_port = udp_port
        self._tcp_port = tcp_port
        self._http_port = http_port
        self._addresses = addresses or (lambda: reachable_addresses(host))
        self._check_interval = check_interval
        self._zeroconf: AsyncZeroconf | None = None
        self._infos: list[AsyncServiceInfo] = []
        self._advertised: list[str] = []
        self._task: asyncio.Task[None] | None = None
        self._state = "off" if not enabled else "starting"
        self._last_error = ""

    # -- Subsystem ---------------------------------------------------------------------------------

    def endpoints(self) -> list[Endpoint]:
        return []

    def status(self) -> list[tuple[str, OscArg]]:
        return [("zeroconf", self._state)]

    async def start(self) -> None:
        if self.enabled:
            self._task = asyncio.get_running_loop().create_task(self._follow_addresses())

    async def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
            self._task = None
        await self._withdraw()
        if self.enabled:
            self._state = "stopped"

    # -- advertising -------------------------------------------------------------------------------

    @property
    def service_names(self) -> list[str]:
        """The full DNS-SD names advertised now (a clash on the network may have renamed them)."""
        return [info.name for info in self._infos]

    async def _follow_addresses(self) -> None:
        while True:
            addresses = self._addresses()
            if not addresses:
                await self._withdraw()
                self._state = "waiting for a network address"
            elif addresses != self._advertised or self._zeroconf is None:
                await self._withdraw()
                await self._advertise(addresses)
            await asyncio.sleep(self._check_interval)

    def _services(self) -> list[tuple[str, int]]:
        services = [(UDP_SERVICE, self._udp_port())]
        if tcp_port := self._tcp_port():
            services.append((TCP_SERVICE, tcp_port))
        if http_port := self._http_port():
            services.append((OSCQUERY_SERVICE, http_port))
        return services

    async def _advertise(self, addresses: Sequence[str]) -> None:
        # Imported here: a server started with --no-zeroconf never loads it.
        from zeroconf import IPVersion, NonUniqueNameException
        from zeroconf.asyncio import AsyncServiceInfo, AsyncZeroconf

        try:
            zeroconf = AsyncZeroconf(interfaces=list(addresses), ip_version=IPVersion.V4Only)
        except OSError as err:
            self._failed(f"cannot open mDNS sockets: {err.strerror or err}")
            return
        self._zeroconf = zeroconf
        self._advertised = list(addresses)
        server = f"{host_label()}.local."
        try:
            for service_type, port in self._services():
                info = AsyncServiceInfo(
                    service_type,
                    f"{self.instance}.{service_type}",
                    port=port,
                    properties={"version": __version__},
                    server=server,
                    parsed_addresses=list(addresses),
                )
                announced = await zeroconf.async_register_service(info, allow_name_change=True)
                self._infos.append(info)
                await announced
        except (OSError, NonUniqueNameException) as err:
            await self._withdraw()  # and try again at the next address check
            self._failed(f"cannot advertise: {err}")
            return
        kinds = ", ".join(t.removesuffix(".local.") for t, _ in self._services())
        self._state = f"{self._infos[0].name.removesuffix('.' + UDP_SERVICE)!r} on {kinds}"
        self._last_error = ""
        log.info("zeroconf: advertising %s on %s", ", ".join(self.service_names), ", ".join(addresses))

    def _failed(self, reason: str) -> None:
        self._state = f"failed: {reason}"
        if reason != self._last_error:  # the address check retries; say it once, not every few seconds
            log.warning("zeroconf: %s", reason)
        self._last_error = reason

    async def _withdraw(self) -> None:
        zeroconf, self._zeroconf = self._zeroconf, None
        self._infos = []
        self._advertised = []
        if zeroconf is None:
            return
        try:
            await zeroconf.async_unregister_all_services()  # "goodbye" packets: browsers forget us at once
        finally:
            await zeroconf.async_close()
