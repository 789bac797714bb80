"""The looper's instrument verbs through the server (its OSC endpoints, its undo history) on the in-process
renderer and the manual clock: undo puts back the exact samples; bad arguments change nothing."""

from __future__ import annotations

import numpy as np
import numpy.typing as npt

from oscserver.audio.memory import Stat
from oscserver.engine.looper import TrackState
from oscserver.osc.codec import encode_message
from tests.support.fakes import RecordingPeer
from tests.unit.audio.looper_harness import BLOCK, RATE, Device, Harness, run_started

BAR = 96000


def ask(h: Harness, address: str, *args: object) -> list[tuple[str, tuple[object, ...]]]:
    """Send one message as a stranger (not a subscriber) and what came back."""
    peer = RecordingPeer(port=9100)
    h.osc.handle_datagram(encode_message(address, args), peer)
    return [(m.address, m.args) for m in peer.messages]


async def answer(h: Harness, address: str, *args: object) -> list[tuple[str, tuple[object, ...]]]:
    """As :func:`ask`, running blocks until an answer has come (an undo waits for the renderer)."""
    peer = RecordingPeer(port=9101)
    h.osc.handle_datagram(encode_message(address, args), peer)
    for _ in range(200):
        if peer.messages:
            break
        await h.step()
    return [(m.address, m.args) for m in peer.messages]


def loop_of(h: Harness, track: int) -> npt.NDArray[np.float32]:
    voice = h.renderer.voices[track - 1]
    frames: npt.NDArray[np.float32] = h.renderer.memory.loops[track - 1, : voice.frames].copy()
    return frames


def test_undo_puts_back_the_exact_samples_and_undoing_the_first_take_empties_the_track() -> None:
    async def test(h: Harness) -> None:
        await h.run_to_beat(13.0)
        h.looper.record(1, 1)
        await h.run(0.1)
        first = loop_of(h, 1)
        h.looper.set_overdub(1, True)  # beats 16..20 of ramp input layered on
        await h.run_to_beat(17.0)
        h.looper.set_overdub(1, False)
        await h.run_to_beat(21.0)
        layered = loop_of(h, 1)
        assert not np.array_equal(layered, first)
        assert await answer(h, "/looper/1/undo") == [("/looper/1/state", ("PLAYING", 1))]
        await h.run(0.05)
        np.testing.assert_array_equal(loop_of(h, 1), first)
        assert h.renderer.voices[0].start <= h.beat()  # playing on at once
        await answer(h, "/looper/1/redo")
        await h.run(0.05)
        np.testing.assert_array_equal(loop_of(h, 1), layered)
        await answer(h, "/looper/1/undo")
        assert await answer(h, "/looper/1/undo") == [("/looper/1/state", ("EMPTY", 0))]
        await h.run(0.05)
        assert h.renderer.voices[0].frames == 0
        assert (await answer(h, "/looper/1/undo"))[0][0] == "/error"
        status = ask(h, "/audio/status")[0][1]
        values = dict(zip(status[::2], status[1::2], strict=True))
        assert values["undo_levels"] == 2 and values["undo_bytes"] == 2 * BAR * 8  # two redo levels

    run_started(test)


def low_then_high(first: int, count: int) -> npt.NDArray[np.float32]:
    """A steady 440 Hz tone up to frame 4 * BAR (beat 16), 660 Hz from there."""
    frames = np.arange(first, first + count)
    hertz = np.where(frames < 4 * BAR, 440.0, 660.0)
    wave = 0.5 * np.sin(2.0 * np.pi * hertz * frames / RATE)
    return np.stack([wave, wave], axis=1).astype(np.float32)


async def low_then_high_loops(h: Harness) -> tuple[npt.NDArray[np.float32], npt.NDArray[np.float32]]:
    """Track 1 takes the low tone (beats 8..12), then the high one in its place (16..20): the two loops."""
    await h.run_to_beat(13.0)
    h.looper.record(1, 1)
    await h.run(0.1)
    low = loop_of(h, 1)
    await h.run_to_beat(21.0)
    h.looper.record(1, 1)
    await h.run_to_beat(22.0)
    return low, loop_of(h, 1)


def test_undo_crossfades_to_the_kept_loop_at_once_with_no_gap() -> None:
    async def test(h: Harness) -> None:
        low, high = await low_then_high_loops(h)
        before, pushed = len(h.device.output), len(h.pushes("/looper/1/state"))
        assert await answer(h, "/looper/1/undo") == [("/looper/1/state", ("PLAYING", 1))]
        await h.run(0.1)
        assert ("EMPTY", 0) not in h.pushes("/looper/1/state")[pushed:]  # never shown empty on the way
        heard = np.concatenate(h.device.output[before - 4 :])[:, 0]
        # No gap: every 32 frames sound (the old way, a clear then an install, left 10 to 25 ms of silence).
        assert np.abs(heard.reshape(-1, 32)).max(axis=1).min() > 0.1
        # After the crossfade the kept loop plays on in phase, from its own buffer again.
        np.testing.assert_array_equal(loop_of(h, 1), low)
        assert h.renderer.voices[0].in_spare is False
        assert h.renderer.memory.stats[Stat.SPARE_READER] == 0.0
        frames = np.arange(len(h.device.output) * BLOCK - 4 * BLOCK, len(h.device.output) * BLOCK)
        start = round(h.heard_frame(8.0))  # (the low take's first bar line: the loop's start)
        np.testing.assert_array_equal(np.concatenate(h.device.output)[frames], low[(frames - start) % BAR])
        assert not np.array_equal(low, high)

    run_started(test, device=Device(source=low_then_high))


def test_a_session_saved_during_an_undo_keeps_the_loop_being_handed_over() -> None:
    async def test(h: Harness) -> None:
        low, _ = await low_then_high_loops(h)
        peer = RecordingPeer(port=9102)
        h.osc.handle_datagram(encode_message("/looper/1/undo", ()), peer)
        seen_spare = False
        for _ in range(200):  # block by block through the crossfade and the writing back
            seen_spare |= h.renderer.memory.stats[Stat.SPARE_READER] == 1.0
            (track, *_) = h.looper.track_settings()
            assert track.loop is not None  # what a session saved at this moment would keep
            if peer.messages and h.renderer.memory.stats[Stat.SPARE_READER] == 0.0:
                break
            await h.step()
        assert seen_spare  # (the hand-over did go through the spare buffer)
        (track, *_) = h.looper.track_settings()
        assert track.loop is not None
        np.testing.assert_array_equal(track.loop.frames, low)

    run_started(test, device=Device(source=low_then_high))


def test_undo_covers_multiply_reverse_speed_and_clear() -> None:
    async def test(h: Harness) -> None:
        await h.run_to_beat(13.0)
        h.looper.record(1, 1)
        await h.run(0.1)
        assert ask(h, "/looper/1/multiply", 2) == [("/looper/1/state", ("PLAYING", 2))]
        await h.run_to_beat(17.0)
        assert ask(h, "/looper/1/speed", 0.5) == [("/looper/1/speed", (0.5,))]
        assert ask(h, "/looper/1/state") == [("/looper/1/state", ("PLAYING", 4))]
        await h.run_to_beat(21.0)
        ask(h, "/looper/1/reverse", 1)
        await h.run_to_beat(25.0)
        assert h.renderer.voices[0].reversed
        ask(h, "/looper/1/clear")
        await h.run(0.05)
        assert await answer(h, "/looper/1/undo") == [("/looper/1/state", ("PLAYING", 4))]  # (clear)
        await h.run(0.05)
        assert h.renderer.voices[0].reversed and ask(h, "/looper/1/reverse") == [("/looper/1/reverse", (1,))]
        await answer(h, "/looper/1/undo")  # (reverse)
        await h.run(0.05)
        assert not h.renderer.voices[0].reversed
        await answer(h, "/looper/1/redo")  # (crossfaded to the loop backwards, as it was kept)
        await h.run(0.05)
        assert h.renderer.voices[0].reversed and ask(h, "/looper/1/reverse") == [("/looper/1/reverse", (1,))]
        await answer(h, "/looper/1/undo")
        await h.run(0.05)
        assert not h.renderer.voices[0].reversed
        await answer(h, "/looper/1/undo")  # (speed)
        assert ask(h, "/looper/1/speed") == [("/looper/1/speed", (1.0,))]
        assert await answer(h, "/looper/1/undo") == [("/looper/1/state", ("PLAYING", 1))]  # (multiply)
        await h.run(0.05)
        assert h.renderer.voices[0].frames == BAR

    run_started(test)


def test_bad_arguments_get_an_error_and_change_nothing() -> None:
    async def test(h: Harness) -> None:
        await h.run_to_beat(13.0)
        h.looper.record(1, 2)
        await h.run(0.1)
        for address, args in [
            ("/looper/1/speed", (0.7,)),
            ("/looper/1/speed", (3.0,)),
            ("/looper/1/multiply", (0,)),
            ("/looper/1/multiply", (99,)),
            ("/looper/1/divide", (3,)),
            ("/looper/1/divide", (0,)),
            ("/looper/1/input", (99, 1)),
            ("/looper/1/input", (1, -1)),
            ("/looper/1/feedback", (1.5,)),
            ("/looper/9/reverse", (1,)),
            ("/looper/2/multiply", (2,)),  # an empty track
            ("/looper/2/oneshot", ()),
        ]:
            replies = ask(h, address, *args)
            assert replies[0][0] == "/error", (address, args, replies)
        track = h.looper.track(1)
        assert h.looper.looper.state(1) == (TrackState.PLAYING, 2)
        assert (track.settings.speed, track.settings.input, track.settings.feedback) == (1.0, (1, 2), 1.0)
        assert h.looper.instrument.history.levels(1) == (1, 0)  # the take alone

    run_started(test)


def test_settings_answer_and_push_their_values() -> None:
    async def test(h: Harness) -> None:
        assert ask(h, "/looper/2/input", 2, 0) == [("/looper/2/input", (2, 0))]
        assert ask(h, "/looper/1/solo", 1) == [("/looper/1/solo", (1,))]
        assert ask(h, "/looper/1/feedback", 0.5) == [("/looper/1/feedback", (0.5,))]
        assert ask(h, "/looper/follow", 0) == [("/looper/follow", (0,))]
        pushed = [m.address for m in h.subscriber.messages]
        for address in ("/looper/2/input", "/looper/1/solo", "/looper/1/feedback", "/looper/follow"):
            assert address in pushed
        await h.step()
        assert h.renderer.voices[1].inputs == (2, 0)

    run_started(test)


def test_a_link_stop_stops_the_loops_at_the_bar_line_and_a_start_brings_them_back() -> None:
    async def test(h: Harness) -> None:
        h.link.set_playing(True)
        await h.run_to_beat(13.0)
        h.looper.record(1, 1)
        await h.run(0.1)
        h.link.set_playing(False)
        assert h.looper.looper.state(1)[0] is TrackState.STOPPING
        await h.run_to_beat(17.0)
        assert h.looper.looper.state(1)[0] is TrackState.STOPPED
        h.link.set_playing(True)
        await h.run_to_beat(21.0)
        assert h.looper.looper.state(1)[0] is TrackState.PLAYING

    run_started(test)
