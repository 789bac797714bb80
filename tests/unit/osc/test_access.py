from __future__ import annotations

import re

import pytest

from oscserver.exceptions import StartupError
from oscserver.osc.access import AccessPolicy


def test_default_admits_loopback_private_and_link_local_only() -> None:
    policy = AccessPolicy()
    for host in (
        "127.0.0.1",
        "127.0.0.2",
        "10.1.2.3",
        "172.16.0.9",
        "172.31.255.1",
        "192.168.1.20",
        "169.254.7.7",
    ):
        assert policy.admits(host), host
    for host in ("8.8.8.8", "172.32.0.1", "192.0.2.1", "not an address"):
        assert not policy.admits(host), host
    assert policy.refused == 4


def test_explicit_networks_replace_the_default() -> None:
    policy = AccessPolicy(["127.0.0.1/32", "192.168.4.0/24"])
    assert policy.admits("127.0.0.1") and policy.admits("192.168.4.200")
    assert not policy.admits("127.0.0.2") and not policy.admits("10.0.0.1")


def test_a_bad_network_stops_the_start_with_a_clear_message() -> None:
    with pytest.raises(
        StartupError, match=re.escape("--allow expects a network such as 192.168.1.0/24, got 'lan'")
    ):
        AccessPolicy(["lan"])
