"""/link/tap on a manual clock: the taps set Link's tempo, a first tap leaves it."""

from __future__ import annotations

from typing import Any, cast

import pytest

from oscserver.link.endpoints import link_endpoints
from oscserver.osc.registry import Endpoint, Request
from oscserver.osc.service import OscService
from tests.unit.link.test_link_service import Rig


def tap_endpoint(rig: Rig) -> Endpoint:
    # /link/tap does not use the OSC service (only /sync answers through it).
    endpoints = link_endpoints(rig.link, cast(OscService, None))
    return next(e for e in endpoints if e.template == "/link/tap")


def tap(endpoint: Endpoint, rig: Rig, at: float | None = None) -> Any:
    return endpoint.handler(Request("/link/tap", {}, {}, rig.peer, at))


def test_taps_half_a_second_apart_set_120_bpm() -> None:
    rig = Rig(tempo=90.0)
    endpoint = tap_endpoint(rig)
    assert tap(endpoint, rig) == [("/link/tempo", (90.0,))]  # a first tap: no tempo yet
    rig.timers.run_until(0.5)
    assert tap(endpoint, rig) == [("/link/tempo", (120.0,))]
    assert rig.link.tempo == 120.0
    assert rig.peer.at("/link/tempo") == [(0.5, (120.0,))]


def test_a_bundle_timetag_is_the_moment_of_the_tap() -> None:
    rig = Rig(tempo=90.0)
    endpoint = tap_endpoint(rig)
    tap(endpoint, rig, at=10.0)
    tap(endpoint, rig, at=10.4)
    assert rig.link.tempo == pytest.approx(150.0)
