"""The looper in JACK under the server's name (a private dummy server): ``jack_lsp`` lists its ports as
``oscserver-audio:in_0``..., and the server's log, ``/status`` and ``/audio/status`` name the same client;
MIDI on the same JACK keeps ``oscserver:out``; a second server gets the name JACK gives it and says so."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from oscserver.cli.client import OscClient
from tests.support.jack import JackDummy
from tests.support.requirements import need_programs
from tests.support.server import ServerProcess
from tests.support.waiting import wait_until

pytestmark = pytest.mark.integration

FIRST = ("oscserver-audio:in_0", "oscserver-audio:in_1", "oscserver-audio:out_0", "oscserver-audio:out_1")
SECOND = tuple(port.replace("oscserver-audio:", "oscserver-audio-01:") for port in FIRST)


@pytest.fixture(scope="module")
def jack() -> Iterator[JackDummy]:
    need_programs("jackd", "jack_lsp")
    with JackDummy() as server:
        yield server


@pytest.fixture(scope="module")
def first(jack: JackDummy) -> Iterator[tuple[ServerProcess, OscClient]]:
    with (
        ServerProcess("--audio", "auto", "--midi-api", "jack", env=jack.env) as process,
        process.client() as osc,
    ):
        wait_until(lambda: set(FIRST) <= set(jack.ports()), 20, "the looper's JACK ports")
        yield process, osc


def audio_ports(jack: JackDummy, client: str) -> list[str]:
    return [port for port in jack.ports() if port.startswith(f"{client}:")]


def test_the_looper_is_oscserver_audio_in_jack_and_says_so(
    jack: JackDummy, first: tuple[ServerProcess, OscClient]
) -> None:
    process, osc = first
    assert audio_ports(jack, "oscserver-audio") == list(FIRST)
    assert not audio_ports(jack, "PortAudio")
    audio = osc.pairs("/audio/status")
    assert audio["device"] == "system"
    assert audio["jack_client"] == "oscserver-audio"
    assert str(audio["jack_ports"]).split() == list(FIRST)
    said = "JACK client oscserver-audio (in_0 in_1 out_0 out_1)"
    assert said in str(osc.pairs("/status")["audio"])
    assert any(said in line for line in process.output), process.output  # the banner
    assert any(said in line for line in process.log), process.log


def test_midi_on_the_same_jack_keeps_its_own_name(
    jack: JackDummy, first: tuple[ServerProcess, OscClient]
) -> None:
    _, osc = first
    wait_until(lambda: "oscserver:out" in jack.ports(), 20, "the MIDI output's JACK port")
    assert osc.pairs("/status")["midi_outputs"] == "oscserver:out"


def test_a_second_server_on_the_same_jack_gets_its_own_name_and_says_it(
    jack: JackDummy, first: tuple[ServerProcess, OscClient]
) -> None:
    _, first_osc = first
    with (
        ServerProcess("--audio", "auto", "--midi-api", "none", env=jack.env) as process,
        process.client() as osc,
    ):
        wait_until(lambda: set(SECOND) <= set(jack.ports()), 20, "the second looper's JACK ports")
        assert audio_ports(jack, "oscserver-audio-01") == list(SECOND)
        audio = osc.pairs("/audio/status")
        # It plays through the sound card, not into the first server's ports (PortAudio lists those too).
        assert audio["device"] == "system"
        assert audio["jack_client"] == "oscserver-audio-01"
        assert str(audio["jack_ports"]).split() == list(SECOND)
        said = "JACK client oscserver-audio-01 (in_0 in_1 out_0 out_1)"
        assert said in str(osc.pairs("/status")["audio"])
        assert any(said in line for line in process.log), process.log
    # The first server's name is its own still.
    assert first_osc.pairs("/audio/status")["jack_client"] == "oscserver-audio"
