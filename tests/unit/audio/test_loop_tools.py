"""Stretch, export and position through the looper subsystem and its OSC addresses, on the manual clock.

At 240 BPM (a bar is 2 s, a beat half a second): the history fills twice as fast as at 120.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np
import soundfile

from oscserver.audio.realtime.commands import Op
from oscserver.audio.realtime.stretched import ORIGINAL
from oscserver.osc.codec import encode_message
from tests.support.fakes import RecordingPeer
from tests.unit.audio.looper_harness import Harness, record_a_bar, run_started


def run(test: Callable[[Harness], Any], data_dir: Path | None = None) -> None:
    def point_the_tools_at_data_dir(harness: Harness) -> None:
        if data_dir is not None:
            harness.looper.tools.data_dir = data_dir

    run_started(test, point_the_tools_at_data_dir, tempo=240.0)


async def ask(h: Harness, address: str, *args: Any) -> list[tuple[str, tuple[object, ...]]]:
    """Send a request as a client that is not a subscriber; its answers (waiting for a slow one)."""
    client = RecordingPeer(port=9100)
    h.osc.handle_datagram(encode_message(address, args), client)
    for _ in range(500):  # an export is written on a thread: up to 5 s of real time
        await asyncio.sleep(0.01)
        if client.datagrams:
            break
    return client.take()


def test_the_position_is_pushed_on_every_beat_while_the_loop_sounds_and_answered_when_asked() -> None:
    async def test(h: Harness) -> None:
        await record_a_bar(h)  # a one-bar loop anchored at beat 8
        h.subscriber.datagrams.clear()
        await h.run_to_beat(18.5)
        assert h.pushes("/looper/1/position") == [(0.5,), (0.75,), (0.0,), (0.25,), (0.5,)]  # beats 14 to 18
        assert h.pushes("/looper/2/position") == []  # (empty: nothing to draw)
        [(address, (position,))] = await ask(h, "/looper/1/position")
        assert address == "/looper/1/position" and 0.625 <= float(position) < 0.66  # type: ignore[arg-type]
        assert await ask(h, "/looper/2/position") == [("/looper/2/position", (0.0,))]
        h.looper.stop_track(1)
        await h.run_to_beat(21.5)
        assert h.pushes("/looper/1/position")[5:] == [(0.75,)]  # beat 19; stopped from beat 20

    run(test)


def test_export_writes_the_loop_and_answers_done_with_its_path_and_an_empty_track_is_an_error(
    tmp_path: Path,
) -> None:
    async def test(h: Harness) -> None:
        [(address, args)] = await ask(h, "/looper/2/export")
        assert address == "/error" and "track 2 is empty" in str(args)
        assert not (tmp_path / "exports").exists()
        await record_a_bar(h)
        [(address, (what, path))] = await ask(h, "/looper/1/export")
        assert (address, what) == ("/done", "/looper/1/export")
        assert Path(str(path)).parent == tmp_path / "exports"
        control = h.looper.control
        assert control is not None
        loop = control.read_loop(0)
        assert loop is not None
        written, _ = soundfile.read(str(path), dtype="float32", always_2d=True)
        np.testing.assert_array_equal(written, loop[1])

    run(test, tmp_path)


def test_stretch_is_set_asked_and_checked() -> None:
    async def test(h: Harness) -> None:
        assert await ask(h, "/looper/1/stretch") == [("/looper/1/stretch", ("tape",))]
        assert await ask(h, "/looper/1/stretch", "pitch") == [("/looper/1/stretch", ("pitch",))]
        refused = await ask(h, "/looper/1/stretch", "rubber")
        assert refused == [
            ("/error", ("/looper/1/stretch", "mode must be one of tape, pitch, got 'rubber'")),
            ("/looper/1/stretch", ("pitch",)),  # (unchanged)
        ]
        assert h.looper.tools.stretch_mode(1).value == "pitch"

    run(test)


def test_a_pitch_track_swaps_in_its_rendering_at_a_bar_line_after_a_tempo_change() -> None:
    async def test(h: Harness) -> None:
        h.looper.tools.stretcher.submit = lambda work, done: done(work())  # (at once, on the manual clock)
        await record_a_bar(h)
        h.looper.tools.set_stretch_mode(1, "pitch")
        h.link.set_tempo(264.0)
        reading = h.renderer.stretches.readings[0]
        await h.run(0.05)
        assert reading.slot == ORIGINAL and reading.pending_ticket > 0.0  # varispeeding until the bar line
        await h.run_to_beat(h.beat() // 4 * 4 + 4.5)
        assert reading.slot == 0
        assert h.looper.tools.stretcher.tracks[0].reading_tempo == 264.0

    run(test)


def test_a_rendering_finished_while_the_audio_process_is_dead_is_dropped_and_the_fresh_one_gets_its_own() -> (
    None
):
    async def test(h: Harness) -> None:
        held: list[tuple[Callable[[], Any], Callable[[Any], None]]] = []  # renderings under way
        h.looper.tools.stretcher.submit = lambda work, done: held.append((work, done))
        await record_a_bar(h)
        h.looper.tools.set_stretch_mode(1, "pitch")
        h.link.set_tempo(264.0)
        await h.run(0.03)
        [(work, done)] = held  # a rendering at 264 BPM under way
        first = h.device.current
        assert first is not None and first.memory is not None
        first.die()
        await h.run(0.03)  # (noticed at the next poll)
        assert dict(h.looper.status())["audio_ok"] == 0

        # It finishes while the audio process is dead: nothing is asked of the dead renderer.
        done(work())
        while (command := first.memory.commands.get()) is not None:
            assert int(command[0]) != Op.STRETCH, command
        assert h.looper.tools.stretcher.tracks[0].pending_ticket == 0.0

        # The fresh renderer gets a rendering of its own, swapped in at a bar line.
        await h.run(1.5)  # (restarted a second after the loss)
        second = h.device.current
        assert second is not first and dict(h.looper.status())["audio_ok"] == 1
        await h.run(0.05)
        [_, (work, done)] = held
        done(work())
        await h.run_to_beat(h.beat() // 4 * 4 + 4.5)
        assert h.renderer.stretches.readings[0].slot == 0
        assert h.looper.tools.stretcher.tracks[0].reading_tempo == 264.0

    run(test)
