"""Zeroconf: a browser on another host (network namespace) finds the server the way TouchOSC does."""

from __future__ import annotations

import subprocess
import time
from collections.abc import Iterator

import pytest

from oscserver import __version__
from oscserver.server.discovery import host_label
from tests.support.mdns import Event, MdnsBrowser
from tests.support.netns import NetNamespace, two_hosts
from tests.support.requirements import need_programs, need_root
from tests.support.server import ServerProcess
from tests.support.waiting import scaled

pytestmark = pytest.mark.integration

UDP = "_osc._udp.local."
TCP = "_osc._tcp.local."


@pytest.fixture(scope="module")
def hosts() -> Iterator[tuple[NetNamespace, NetNamespace]]:
    need_root("create network namespaces joined by a veth pair")
    need_programs("ip")
    with two_hosts() as pair:
        yield pair


def advertised_server(namespace: NetNamespace, *args: str) -> ServerProcess:
    return ServerProcess(
        "--audio",
        "none",
        "--midi-api",
        "none",
        *args,
        host="0.0.0.0",
        zeroconf=True,
        prefix=namespace.command([]),
    )


def added(service_type: str, port: int, address: str | None) -> object:
    def match(event: Event) -> bool:
        return (
            event["event"] == "added"
            and event["type"] == service_type
            and event["port"] == port
            and (address is None or address in event["addresses"])
        )

    return match


def test_a_browser_on_another_host_finds_both_services_follows_addresses_and_sees_the_goodbye(
    hosts: tuple[NetNamespace, NetNamespace],
) -> None:
    a, b = hosts
    with MdnsBrowser(b, [UDP, TCP]) as browser, advertised_server(a) as server:
        udp = browser.wait_for(added(UDP, server.port, a.address), what="_osc._udp")  # type: ignore[arg-type]
        tcp = browser.wait_for(added(TCP, server.port, a.address), what="_osc._tcp")  # type: ignore[arg-type]
        for event in (udp, tcp):
            assert event["name"] == f"{host_label()}.{event['type']}"  # named after the host
            assert event["addresses"] == [a.address]  # not loopback: nobody elsewhere can use that
            assert event["server"] == f"{host_label()}.local."
            assert event["properties"] == {"version": __version__}

        # A new address (DHCP at last, a second network): the advertisement is renewed with it.
        subprocess.run(
            ["ip", "-n", a.name, "addr", "add", "10.201.0.11/24", "dev", "veth0"],
            check=True,
            capture_output=True,
        )
        renewed = browser.wait_for(added(UDP, server.port, "10.201.0.11"), what="the new address", timeout=30)  # type: ignore[arg-type]
        assert sorted(renewed["addresses"]) == sorted([str(a.address), "10.201.0.11"])

        server.stop()
        for service_type in (UDP, TCP):
            browser.wait_for(
                lambda e, t=service_type: e["event"] == "removed" and e["type"] == t,  # type: ignore[misc]
                what=f"the goodbye of {service_type}",
            )
        assert any("zeroconf: advertising" in line for line in server.log)


def test_no_tcp_advertises_udp_only_and_no_zeroconf_advertises_nothing(
    hosts: tuple[NetNamespace, NetNamespace],
) -> None:
    a, b = hosts
    silent = ServerProcess("--audio", "none", "--midi-api", "none", host="0.0.0.0", prefix=b.command([]))
    with silent, MdnsBrowser(a, [UDP, TCP]) as browser, advertised_server(a, "--no-tcp") as server:
        assert "--no-zeroconf" in silent.argv
        browser.wait_for(added(UDP, server.port, a.address), what="_osc._udp")  # type: ignore[arg-type]
        # A window, as mDNS offers no barrier: the silent server, had it advertised, would have answered
        # the same query by now (a responder delays its answer by a fraction of a second).
        time.sleep(scaled(2.0))
        assert not [e for e in browser.events if e["type"] == TCP]
        assert not [e for e in browser.events if b.address in e.get("addresses", [])]
