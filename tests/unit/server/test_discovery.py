"""The zeroconf advertisement's choices that need no network: name, addresses, and what it says when off."""

from __future__ import annotations

import asyncio

import pytest

from oscserver.server import discovery
from oscserver.server.discovery import Advertiser, host_label, reachable_addresses


def test_named_after_the_host_as_one_dns_label(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("socket.gethostname", lambda: "pi-3.studio.example")
    assert host_label() == "pi-3"


def test_a_server_on_every_interface_advertises_every_address_but_loopback(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(
        discovery,
        "ipv4_addresses",
        lambda: [("eth0", "192.0.2.7"), ("wlan0", "198.51.100.4"), ("lo", "127.0.0.1")],
    )
    assert reachable_addresses("0.0.0.0") == ["192.0.2.7", "198.51.100.4"]


def test_a_server_bound_to_one_address_advertises_that_one_only() -> None:
    assert reachable_addresses("192.0.2.7") == ["192.0.2.7"]
    assert reachable_addresses("127.0.0.1") == []  # nobody elsewhere could reach it


def test_switched_off_it_says_so_and_does_nothing() -> None:
    async def main() -> None:
        advertiser = Advertiser(host="0.0.0.0", udp_port=lambda: 8000, tcp_port=lambda: 8000, enabled=False)
        await advertiser.start()
        assert advertiser.status() == [("zeroconf", "off")]
        await advertiser.stop()
        assert advertiser.status() == [("zeroconf", "off")]

    asyncio.run(main())


def test_without_a_network_address_it_waits_for_one() -> None:
    async def main() -> None:
        advertiser = Advertiser(
            host="0.0.0.0",
            udp_port=lambda: 8000,
            tcp_port=lambda: 0,
            addresses=lambda: [],
            check_interval=0.01,
        )
        await advertiser.start()
        await asyncio.sleep(0.05)
        assert advertiser.status() == [("zeroconf", "waiting for a network address")]
        assert advertiser.service_names == []
        await advertiser.stop()
        assert advertiser.status() == [("zeroconf", "stopped")]

    asyncio.run(main())


def test_oscquery_is_advertised_on_the_http_port_when_the_page_is_on() -> None:
    def services(http_port: int) -> list[tuple[str, int]]:
        advertiser = Advertiser(
            host="192.0.2.7", udp_port=lambda: 8000, tcp_port=lambda: 8000, http_port=lambda: http_port
        )
        return advertiser._services()

    assert services(8080) == [
        ("_osc._udp.local.", 8000),
        ("_osc._tcp.local.", 8000),
        ("_oscjson._tcp.local.", 8080),
    ]
    assert services(0) == [("_osc._udp.local.", 8000), ("_osc._tcp.local.", 8000)]  # --http-port 0
