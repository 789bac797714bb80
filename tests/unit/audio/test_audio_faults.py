"""The audio device going away under a running looper and coming back, on a manual clock: what the server
says meanwhile, when it tries again, and the loops playing on, in phase, when the device is back."""

from __future__ import annotations

import dataclasses
import logging

import numpy as np
import pytest

from oscserver.audio.looptable import LoopStatus
from oscserver.audio.sessionpart import LooperPart
from oscserver.exceptions import Unavailable
from tests.unit.audio.looper_harness import RATE, Device, Harness, InProcessBackend, run_started

BAR = 96000


def status(h: Harness) -> dict[str, object]:
    return dict(h.looper.status())


async def two_loops(h: Harness) -> None:
    """Track 1 playing a bar from beat 8, track 2 a bar from beat 12, stopped."""
    await h.run_to_beat(13.0)
    h.looper.record(1, 1)
    await h.run_to_beat(17.0)
    h.looper.record(2, 1)
    h.looper.stop_track(2)
    await h.run_to_beat(21.0)


def current(h: Harness) -> InProcessBackend:
    backend = h.device.current
    assert backend is not None
    return backend


def test_a_lost_device_is_reported_at_once_and_audio_verbs_are_refused_saying_so() -> None:
    async def test(h: Harness) -> None:
        await two_loops(h)
        assert status(h)["audio_ok"] == 1 and h.looper.ok_reply() == ("/audio/ok", (1, "test card"))
        current(h).lose()
        await h.run(0.03)  # (the server looks every 20 ms)
        assert status(h)["audio_ok"] == 0
        assert status(h)["audio"] == "test card: down, its stream stopped by itself; reconnecting"
        gone = (
            "audio is down: test card is gone (its stream stopped by itself); "
            "the server reconnects when it is back"
        )
        for verb in (
            lambda: h.looper.record(3, 1),
            lambda: h.looper.play(2),
            lambda: h.looper.stop_track(1),
            lambda: h.looper.clear(1),
            h.looper.meters,
        ):
            with pytest.raises(Unavailable) as refused:
                verb()
            assert str(refused.value) == gone
        assert h.pushes("/audio/ok")[-1] == (
            0,
            "test card is gone (its stream stopped by itself); reconnecting",
        )
        assert h.looper.audio_status() == [
            "device",
            "test card",
            "ok",
            0,
            "problem",
            "its stream stopped by itself",
        ]
        # The tracks keep what will come back: the loops and whether they play.
        assert [h.looper.state_reply(n)[1] for n in (1, 2, 3)] == [
            ("PLAYING", 1),
            ("STOPPED", 1),
            ("EMPTY", 0),
        ]
        # Controls that are state, not sound, are kept for when it is back.
        h.looper.set_volume(1, 0.5)
        h.looper.set_latency(0.01)

    run_started(test, tracks=3)


def test_a_verb_right_after_the_device_went_is_refused_as_such() -> None:
    async def test(h: Harness) -> None:
        current(h).lose()
        with pytest.raises(Unavailable, match="test card is gone"):
            h.looper.arm(1, 1)

    run_started(test)


def test_reconnection_is_tried_after_1_s_then_every_2_s_and_logged_once_each_way(
    caplog: pytest.LogCaptureFixture,
) -> None:
    async def test(h: Harness) -> None:
        caplog.set_level(logging.DEBUG, logger="oscserver.audio")
        await two_loops(h)
        current(h).lose()
        h.device.present = False
        await h.run(0.03)  # noticed within 20 ms
        await h.run(0.5)
        attempts = []
        for _ in range(8):
            attempts.append(h.device.attempts)
            await h.run(1.0)
        # Started once; then tried 1, 3, 5 and 7 s after the loss (counted half a second after each second).
        assert attempts == [1, 2, 2, 3, 3, 4, 4, 5]
        h.device.present = True
        await h.run(2.0)  # and 9 s after
        assert h.device.attempts == 6 and status(h)["audio_ok"] == 1
        warnings = [r for r in caplog.records if r.levelno == logging.WARNING]
        infos = [r for r in caplog.records if r.levelno == logging.INFO and "back on" in r.getMessage()]
        assert [r.getMessage() for r in warnings] == [
            "audio: test card is gone (its stream stopped by itself); "
            "the server stays up and reconnects when it is back"
        ]
        assert [r.getMessage() for r in infos] == [
            "audio: back on test card, 48000 Hz, 256 frames; 2 loop(s) restored"
        ]
        assert h.pushes("/audio/ok")[-2:] == [
            (0, "test card is gone (its stream stopped by itself); reconnecting"),
            (1, "test card"),
        ]
        audio = dict(zip(*[iter(h.looper.audio_status())] * 2, strict=True))
        assert (audio["ok"], audio["reconnects"]) == (1, 1)

    run_started(test)


def test_the_loops_come_back_sample_for_sample_the_playing_one_at_once_in_phase() -> None:
    async def test(h: Harness) -> None:
        await two_loops(h)
        before, audio = await h.until(LooperPart(h.looper).capture())
        first = current(h)
        first.lose()
        await h.run(0.03)
        h.looper.set_volume(1, 0.5)  # while it is away
        await h.run(1.5)  # back at the first attempt, a second after the loss
        second = current(h)
        assert second is not first and first.stopped
        assert status(h)["audio_ok"] == 1
        await h.step()  # (the new renderer takes the loops at its first block)
        after, audio_after = await h.until(LooperPart(h.looper).capture())
        assert after["tracks"][0] == {**before["tracks"][0], "volume": 0.5}
        assert after["tracks"][1] == before["tracks"][1]
        for stem in ("track-1", "track-2"):
            np.testing.assert_array_equal(audio_after[stem], audio[stem])
        # Track 1 plays on at the phase of the beat (anchor 8, a bar long), at half volume; track 2 waits.
        blocks = 200
        await h.run(blocks * 256 / RATE)
        out = h.output_since(blocks)
        first_frame = second.frame - blocks * 256
        frames = np.arange(first_frame, second.frame)
        phase = np.round(frames - h.heard_frame(8.0)).astype(np.int64) % BAR
        np.testing.assert_array_equal(out, audio["track-1"][phase] * np.float32(0.5))
        assert h.looper.state_reply(2)[1] == ("STOPPED", 1)

    run_started(test)


def test_a_device_that_stops_calling_back_is_noticed_within_3_s() -> None:
    async def test(h: Harness) -> None:
        await h.run(0.5)
        current(h).hung = True
        await h.run(2.9)
        assert status(h)["audio_ok"] == 1
        await h.run(0.2)
        assert status(h)["audio_ok"] == 0
        assert str(status(h)["audio"]).startswith("test card: down, it has not called back for 3.0 s")

    run_started(test)


def test_a_save_while_the_device_is_away_keeps_the_loops_and_a_load_is_installed_when_it_is_back() -> None:
    async def test(h: Harness) -> None:
        await two_loops(h)
        part = LooperPart(h.looper)
        saved, audio = await h.until(part.capture())
        h.device.present = False
        current(h).lose()
        await h.run(0.03)
        during, audio_during = await h.until(part.capture())
        assert during == saved
        np.testing.assert_array_equal(audio_during["track-2"], audio["track-2"])
        # Only track 2, stopped, this time: track 1 is cleared (nothing to wait for: the device is away).
        only_two = {
            **saved,
            "tracks": [{**saved["tracks"][0], "state": "EMPTY", "loop": None, "bars": 0}, saved["tracks"][1]],
        }
        await part.apply(only_two, {"track-2": audio["track-2"]}, RATE)
        assert [h.looper.state_reply(n)[1] for n in (1, 2)] == [("EMPTY", 0), ("STOPPED", 1)]
        h.device.present = True
        await h.run(3.0)
        assert status(h)["audio_ok"] == 1
        control = h.looper.control
        assert control is not None
        assert [control.loop_status(i) for i in (0, 1)] == [LoopStatus.FREE, LoopStatus.LOOP]
        assert (await h.until(part.capture()))[0] == only_two

    run_started(test)


def test_stopping_the_server_while_the_device_is_away_ends_the_reconnection() -> None:
    async def test(h: Harness) -> None:
        h.device.present = False
        current(h).lose()
        await h.run(1.5)
        attempts = h.device.attempts
        await h.looper.stop()
        await h.run(5.0)
        assert h.device.attempts == attempts

    run_started(test)


def test_the_silent_devices_heartbeat_is_not_watched() -> None:
    async def test(h: Harness) -> None:
        audio = h.looper.audio
        assert audio.watches_device
        assert audio.device is not None
        audio.device = dataclasses.replace(audio.device, silent=True)
        assert not audio.watches_device
        current(h).hung = True
        await h.run(4.0)
        assert status(h)["audio_ok"] == 1

    run_started(test)


def test_a_killed_audio_process_on_the_silent_device_is_noticed_and_restarted_with_its_loops_in_phase() -> (
    None
):
    async def test(h: Harness) -> None:
        await two_loops(h)
        before, audio = await h.until(LooperPart(h.looper).capture())
        first = current(h)
        first.die()
        await h.run(0.03)  # (the server looks every 20 ms)
        assert status(h)["audio_ok"] == 0
        gone = "silent is gone (the audio process was killed by signal 9)"
        assert h.pushes("/audio/ok")[-1] == (0, f"{gone}; reconnecting")
        with pytest.raises(Unavailable) as refused:
            h.looper.play(2)
        assert str(refused.value) == f"audio is down: {gone}; the server reconnects when it is back"
        assert [h.looper.state_reply(n)[1] for n in (1, 2)] == [("PLAYING", 1), ("STOPPED", 1)]
        await h.run(1.5)  # restarted a second after the loss, as the silent device, its note kept
        second = current(h)
        assert second is not first and first.stopped and h.device.requests[1:] == ["none"]
        assert h.pushes("/audio/ok")[-1] == (1, "silent")
        assert status(h)["audio_ok"] == 1
        assert status(h)["audio"] == "silent (no sound card found), 48000 Hz, 256 frames"
        await h.step()  # (the new renderer takes the loops at its first block)
        after, audio_after = await h.until(LooperPart(h.looper).capture())
        assert after == before
        for stem in ("track-1", "track-2"):
            np.testing.assert_array_equal(audio_after[stem], audio[stem])
        # Track 1 plays on at the phase of the beat (anchor 8, a bar long).
        blocks = 200
        await h.run(blocks * 256 / RATE)
        frames = np.arange(second.frame - blocks * 256, second.frame)
        phase = np.round(frames - h.heard_frame(8.0)).astype(np.int64) % BAR
        np.testing.assert_array_equal(h.output_since(blocks), audio["track-1"][phase])

    run_started(test, device=Device(name="silent", silent=True, note="no sound card found"))
