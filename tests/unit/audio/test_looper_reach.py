"""How far back a ``record`` can reach is the beat of the oldest input the audio side still holds (less the
margin a take needs to be copied), not seconds times the tempo in force now: beats heard at an earlier tempo
took longer (or shorter) than today's. On the in-process renderer and the manual clock.

The setting: 4 s of history (2 s of it reachable, the rest the copy margin), 8 s at 60 BPM, then 240 BPM for
half a second, up to beat 10, quantum 1. The input reachable now starts 2 s back, at 6.5 s: beat 6.5. The old
check took 2 s x 240 BPM = 8 beats back, to beat 2, heard 6.5 s ago and overwritten already.
"""

from __future__ import annotations

import pytest

from oscserver.audio.memory import Stat
from oscserver.engine.looper import TrackState
from oscserver.osc.codec import encode_message
from tests.support.fakes import RecordingPeer
from tests.unit.audio.looper_harness import BLOCK, RATE, Harness, run_started


async def after_a_tempo_change(h: Harness) -> None:
    h.link.set_quantum(1.0)
    await h.run_to_beat(8.0)
    h.link.set_tempo(240.0)
    await h.run_to_beat(10.0)


def ask(h: Harness, address: str, *args: object) -> list[tuple[str, tuple[object, ...]]]:
    peer = RecordingPeer(port=9100)
    h.osc.handle_datagram(encode_message(address, args), peer)
    return [(m.address, m.args) for m in peer.messages]


def test_a_record_reaching_back_past_a_tempo_change_beyond_the_history_is_refused_and_changes_nothing() -> (
    None
):
    async def test(h: Harness) -> None:
        await after_a_tempo_change(h)
        commands_before = h.renderer.stats[Stat.COMMANDS]
        pushes_before = len(h.subscriber.messages)  # (meters go on being pushed; nothing about the track)
        # The first input frame reachable is 2 s (of the 4) newer than the oldest held; at 60 BPM, frame f is
        # heard at beat (f + BLOCK) / RATE (the first block is heard one block after beat 0).
        reach = (h.renderer.frame - 2 * RATE + BLOCK) / RATE
        assert 6.5 < reach < 6.5 + 2 * BLOCK / RATE  # (the input held runs to the end of the block heard now)
        replies = ask(h, "/looper/1/record", 6)  # beats 4..10: heard from 4 s on, 4.5 s is the oldest held
        message = (
            f"record can keep at most 3 bars, got 6: the input history reaches back to beat {reach:.2f} (2 s)"
        )
        assert replies == [("/error", ("/looper/1/record", message))]
        assert h.looper.control is not None and h.looper.control.reach_beat() == pytest.approx(
            reach, abs=1e-9
        )
        await h.run(0.1)
        assert h.looper.looper.state(1) == (TrackState.EMPTY, 0)
        assert not [m for m in h.subscriber.messages[pushes_before:] if m.address.startswith("/looper/")]
        assert h.renderer.voices[0].take is None and h.renderer.voices[0].frames == 0
        assert h.renderer.stats[Stat.COMMANDS] == commands_before  # nothing sent to the renderer

    run_started(test, tempo=60.0, history=4.0)


def test_a_record_reaching_back_only_into_the_new_tempo_is_kept() -> None:
    async def test(h: Harness) -> None:
        await after_a_tempo_change(h)
        assert ask(h, "/looper/1/record", 2) == [("/looper/1/state", ("PLAYING", 2))]  # beats 8..10
        await h.run(0.1)
        assert h.looper.looper.state(1) == (TrackState.PLAYING, 2)
        assert h.renderer.voices[0].take is None
        assert h.renderer.voices[0].frames == round(0.5 * RATE)  # two beats at 240 BPM
        assert h.renderer.stats[Stat.TAKES_LOST] == 0.0  # no take lost

    run_started(test, tempo=60.0, history=4.0)


def test_a_record_reaching_back_before_the_first_input_after_a_tempo_change_is_refused() -> None:
    """The history not full yet (about 1.2 s recorded of 20): the oldest input held is the first block's,
    heard one block after beat 0. The old check allowed 1.2 s x 240 BPM = 4.8 beats back, to beat 0 and
    before it."""

    async def test(h: Harness) -> None:
        h.link.set_quantum(1.0)
        await h.run_to_beat(0.96)  # (180 blocks exactly)
        h.link.set_tempo(240.0)
        await h.run_to_beat(1.8)  # (pressed in the last quarter of the bar: the take ends at beat 2)
        first = BLOCK / RATE  # the beat the first block was heard at (60 BPM)
        message = f"record can keep at most 1 bars, got 2: the input history reaches back to beat {first:.2f}"
        replies = ask(h, "/looper/1/record", 2)  # beats 0..2
        assert replies[0][0] == "/error" and str(replies[0][1][1]).startswith(message)
        await h.run(0.1)
        assert h.looper.looper.state(1) == (TrackState.EMPTY, 0)
        assert h.renderer.stats[Stat.TAKES_LOST] == 0.0
        assert ask(h, "/looper/1/record", 1) == [("/looper/1/state", ("PLAYING", 1))]  # beats 1..2, at 240
        await h.run(0.1)
        assert h.renderer.voices[0].take is None and h.renderer.voices[0].frames == RATE // 4

    run_started(test, tempo=60.0, history=20.0)
