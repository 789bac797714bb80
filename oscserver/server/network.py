"""The network subsystems of a server: OSC over TCP beside the UDP socket, the control page and OSCQuery over
HTTP, and the zeroconf advertisement."""

from __future__ import annotations

from collections.abc import Callable

from oscserver.osc.framing import Framing
from oscserver.osc.peers import Peer
from oscserver.osc.service import OscService
from oscserver.osc.tcp import OscTcpServer, TcpLimits
from oscserver.server.config import ServeConfig
from oscserver.server.discovery import Advertiser, host_label
from oscserver.server.subsystem import Subsystem
from oscserver.web.server import WebServer
from oscserver.web.waveform import LoopFrames


def network_subsystems(
    config: ServeConfig, osc: OscService, udp_port: Callable[[], int], loop_frames: LoopFrames | None = None
) -> list[Subsystem]:
    """TCP and HTTP first, then the advertisement: it announces only sockets that are already open."""

    def connection_closed(peer: Peer) -> None:
        osc.subscribers.remove(peer.key)

    tcp = OscTcpServer(
        config.host,
        udp_port,
        osc.handle_datagram,
        connection_closed,
        enabled=config.tcp,
        framing=None if config.tcp_framing == "auto" else Framing(config.tcp_framing),
        limits=TcpLimits(idle_seconds=config.tcp_idle_timeout),
        admits=osc.access.admits,  # checked at accept, before a byte is read or answered
    )
    web = WebServer(
        host=config.host,
        port=config.http_port,
        osc=osc,
        udp_port=udp_port,
        instance=host_label(),
        loop_frames=loop_frames,
        tracks=lambda: config.tracks,
    )
    advertiser = Advertiser(
        host=config.host,
        udp_port=udp_port,
        tcp_port=lambda: tcp.port,
        http_port=lambda: web.port,
        enabled=config.zeroconf,
    )
    return [tcp, web, advertiser]
