"""The looper over UDP with no sound card (``--audio none``, the silent device): every state and verb.

At 240 BPM with a quantum of 2 a bar is half a second, so bar-line changes come quickly; every wait is
generous and nothing is measured against the wall clock.
"""

from __future__ import annotations

import time
from collections.abc import Iterator

import psutil
import pytest

from oscserver.osc.codec import Message
from tests.support.client import ScaledOscClient
from tests.support.server import ServerProcess
from tests.support.waiting import scaled, wait_for_history, wait_until

pytestmark = pytest.mark.integration

TRACKS = 3


@pytest.fixture(scope="module")
def looper_server() -> Iterator[ServerProcess]:
    with ServerProcess(
        "--audio", "none", "--midi-api", "none", "--tempo", "240", "--tracks", str(TRACKS), "--history", "20"
    ) as process:
        with process.client() as osc:
            assert osc.request("/link/quantum", 2.0).args == (2.0,)
        yield process


@pytest.fixture
def osc(looper_server: ServerProcess) -> Iterator[ScaledOscClient]:
    with looper_server.client() as client:
        client.request("/looper/clear", reply="/looper/1/state")
        client.catch_up()  # the other tracks' answers to the clear
        yield client


def wait_for_state(osc: ScaledOscClient, track: int, state: str, timeout: float = 10.0) -> Message:
    """The next push of ``track``'s state equal to ``state`` (others are skipped)."""
    deadline = time.monotonic() + scaled(timeout)
    address = f"/looper/{track}/state"
    while time.monotonic() < deadline:
        for message in osc.receive(deadline - time.monotonic()):
            if message.address == address and message.args[0] == state:
                return message
    raise TimeoutError(f"track {track} did not become {state}")


def test_status_and_audio_status_report_the_silent_device(osc: ScaledOscClient) -> None:
    items = osc.pairs("/status")
    assert items["tracks"] == TRACKS
    assert items["audio"].startswith("silent (built-in software clock)")
    info = osc.pairs("/audio/status")
    assert info["silent"] == 1 and info["samplerate"] == 48000 and info["blocksize"] == 256
    assert info["inputs"] == 0 and info["frames"] > 0
    meters = osc.request("/audio/meters").args
    assert len(meters) == 4 + TRACKS and not any(meters)


def test_subscribing_dumps_every_track_and_control(osc: ScaledOscClient) -> None:
    osc.send("/subscribe")
    dumped = {m.address: m.args for m in osc.catch_up()}
    osc.request("/unsubscribe", reply="/unsubscribed")
    for n in range(1, TRACKS + 1):
        assert dumped[f"/looper/{n}/state"] == ("EMPTY", 0)
        assert dumped[f"/looper/{n}/volume"] == (1.0,)
        assert dumped[f"/looper/{n}/mute"] == (0,)
        assert dumped[f"/looper/{n}/overdub"] == (0,)
    assert dumped["/click/enabled"] == (0,)
    assert dumped["/click/volume"] == (0.5,)
    assert dumped["/audio/latency"] == (0.0,)


def test_record_stop_play_overdub_clear(osc: ScaledOscClient) -> None:
    wait_for_history(osc, 1.5)
    osc.request("/subscribe", reply="/subscribed")
    osc.catch_up()  # the state dump
    try:
        osc.send("/looper/1/record", 1)
        wait_for_state(osc, 1, "PLAYING")  # at once, or at the coming bar line when pressed late in a bar
        assert osc.request("/looper/1/state").args == ("PLAYING", 1)

        osc.send("/looper/1/stop")
        assert wait_for_state(osc, 1, "STOPPING").args == ("STOPPING", 1)
        wait_for_state(osc, 1, "STOPPED")

        osc.send("/looper/1/play")
        assert wait_for_state(osc, 1, "TRIGGERED").args == ("TRIGGERED", 1)
        wait_for_state(osc, 1, "PLAYING")

        assert osc.request("/looper/1/overdub", 1).args == (1,)
        assert osc.request("/looper/1/overdub").args == (1,)
        assert osc.request("/looper/1/overdub", 0).args == (0,)

        osc.send("/looper/1/clear")
        assert wait_for_state(osc, 1, "EMPTY").args == ("EMPTY", 0)
    finally:
        osc.request("/unsubscribe", reply="/unsubscribed")


def test_arm_records_the_next_bar_then_plays(osc: ScaledOscClient) -> None:
    osc.request("/subscribe", reply="/subscribed")
    osc.catch_up()  # the state dump
    try:
        osc.send("/looper/2/arm", 1)
        assert wait_for_state(osc, 2, "TRIGGERED").args == ("TRIGGERED", 1)
        wait_for_state(osc, 2, "RECORDING")
        wait_for_state(osc, 2, "PLAYING")
        # Stop everything at the next bar line, then empty everything at once.
        osc.send("/looper/stop")
        wait_for_state(osc, 2, "STOPPED")
        osc.send("/looper/clear")
        wait_for_state(osc, 2, "EMPTY")
    finally:
        osc.request("/unsubscribe", reply="/unsubscribed")


def test_a_sender_that_is_not_subscribed_gets_the_state_as_the_answer(
    looper_server: ServerProcess, osc: ScaledOscClient
) -> None:
    wait_for_history(osc, 1.5)
    answer = osc.request("/looper/3/record", 1, reply="/looper/3/state")
    assert answer.args in (("PLAYING", 1), ("RECORDING", 1))
    # Taken at the coming bar line: once another client sees it play, the push of that change (had this
    # sender been a subscriber) has been sent, and a barrier brings whatever was sent here.
    with looper_server.client() as other:
        wait_until(lambda: other.request("/looper/3/state").args == ("PLAYING", 1), what="track 3 playing")
    answers = [m.args for m in osc.catch_up() if m.address.startswith("/looper/")]
    assert answers == []  # pushes go to subscribers only
    assert osc.request("/looper/3/stop", reply="/looper/3/state").args == ("STOPPING", 1)


def test_volume_mute_click_and_latency_controls(osc: ScaledOscClient) -> None:
    assert osc.request("/looper/2/volume", 0.5).args == (0.5,)
    assert osc.request("/looper/2/volume").args == (0.5,)
    assert osc.request("/looper/2/mute", 1).args == (1,)
    assert osc.request("/looper/2/mute", 0).args == (0,)
    assert osc.request("/click/enabled", 1).args == (1,)
    assert osc.request("/click/volume", 0.25).args == (0.25,)
    assert osc.request("/click/enabled", 0).args == (0,)
    assert osc.request("/audio/latency", 0.012).args == pytest.approx((0.012,))
    assert osc.request("/audio/latency", 0).args == (0.0,)


def test_patterns_reach_every_matching_track(osc: ScaledOscClient) -> None:
    osc.send("/looper/*/state")
    states = sorted(m.address for m in osc.catch_up() if m.address.endswith("/state"))
    assert states == [f"/looper/{n}/state" for n in range(1, TRACKS + 1)]
    osc.send("/looper/{1,3}/volume", 0.75)
    volumes = sorted((m.address, m.args) for m in osc.catch_up())
    assert volumes == [("/looper/1/volume", (0.75,)), ("/looper/3/volume", (0.75,))]


@pytest.mark.parametrize(
    ("address", "args", "message"),
    [
        ("/looper/9/play", (), "track must be between 1 and 3, got 9"),
        ("/looper/x/play", (), "track must be between 1 and 3, got x"),
        ("/looper/1/play", (), "track 1 is empty: record or arm it first"),
        ("/looper/1/record", (1000,), "bars must be between 1 and 64, got 1000"),
        ("/looper/1/record", (40,), "record can keep at most"),
        ("/looper/1/arm", (500,), "bars must be between 1 and 64, got 500"),
        ("/looper/1/volume", (2.0,), "volume must be between 0 and 1, got 2"),
        ("/looper/1/overdub", (1,), "track 1 is EMPTY: overdub layers onto a playing loop"),
        ("/click/volume", ("loud",), "volume must be a number, got 'loud'"),
        ("/audio/latency", (-1.0,), "latency must be between 0 and 1 seconds, got -1"),
        ("/audio/calibrate", (), "calibration needs a device with an input and an output"),
    ],
)
def test_bad_requests_get_a_clear_error_and_change_nothing(
    osc: ScaledOscClient, address: str, args: tuple[object, ...], message: str
) -> None:
    wait_for_history(osc, 1.0)
    answer = osc.request(address, *args, reply="/error")
    assert answer.address == "/error"
    assert answer.args[0] == address
    assert message in answer.args[1]
    assert osc.request("/looper/1/state").args == ("EMPTY", 0)


def test_a_buttons_release_does_nothing(osc: ScaledOscClient) -> None:
    osc.send("/looper/1/record", 0)
    osc.send("/looper/1/play", 0)
    assert osc.catch_up() == []
    assert osc.request("/looper/1/state").args == ("EMPTY", 0)


def test_the_audio_process_ends_with_the_server() -> None:
    with ServerProcess("--audio", "none", "--midi-api", "none") as process:
        assert process.process is not None
        server = psutil.Process(process.process.pid)
        wait_until(server.children, what="the audio process starting")
        children = server.children(recursive=True)
        assert children, "the audio process should be running"
        assert process.stop() == 0
    _, alive = psutil.wait_procs(children, timeout=scaled(10))
    assert alive == []
