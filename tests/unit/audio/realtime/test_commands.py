"""Command records decoded once into named fields: what the server writes is what the renderer reads."""

from __future__ import annotations

import numpy as np

from oscserver.audio.commands import encode
from oscserver.audio.control import AudioControl
from oscserver.audio.looptable import LoopShape
from oscserver.audio.memory import EngineMemory
from oscserver.audio.realtime.commands import (
    CancelTake,
    CaptureTake,
    ClearTrack,
    InstallLoop,
    PlayAt,
    RescaleLoop,
    SetClick,
    SetGain,
    SetLatency,
    SetOverdub,
    SetReverse,
    SilenceAll,
    StartCalibration,
    StopAt,
    decode,
)
from oscserver.audio.realtime.renderer import RendererSpec
from oscserver.engine.loop_windows import BeatSpan
from oscserver.engine.looper import (
    CancelCapture,
    Capture,
    Clear,
    Effect,
    Gain,
    Overdub,
    Play,
    Rescale,
    Reverse,
    Stop,
)
from tests.unit.audio.audio_rig import Rig


def received(record: tuple[float, ...]) -> list[float]:
    """A record as the renderer takes it from the mailbox: seven values, zero after those written."""
    return [*record, *[0.0] * (7 - len(record))]


def test_every_looper_effect_decodes_into_its_named_fields_with_tracks_counted_from_zero():
    effects: list[Effect] = [
        Capture(3, BeatSpan(8.0, 12.0), play_from=12.0, release_at=13.5),
        Play(1, 16.0),
        Stop(2, 20.0),
        CancelCapture(4),
        Clear(1),
        Overdub(2, 16.0, 24.0),
        Gain(1, 0.5, False),
        Gain(1, 0.5, True),
        Overdub(2, 16.0, 24.0, keep=0.25),
        Reverse(1, 8.0, True),
        Rescale(3, 12.0, 2.0, 2.0, frames=96000),
        Rescale(3, 12.0, 1.0, 1.0, restart=True),
    ]
    assert [decode(received(encode(effect))) for effect in effects] == [
        CaptureTake(track=2, start=8.0, end=12.0, play_from=12.0, release_at=13.5),
        PlayAt(track=0, at=16.0),
        StopAt(track=1, at=20.0),
        CancelTake(track=3),
        ClearTrack(track=0),
        SetOverdub(track=1, start=16.0, stop=24.0, keep=1.0),
        SetGain(track=0, gain=0.5),
        SetGain(track=0, gain=0.0),
        SetOverdub(track=1, start=16.0, stop=24.0, keep=0.25),
        SetReverse(track=0, at=8.0, on=True),
        RescaleLoop(track=2, at=12.0, length=2.0, beats=2.0, frames=96000, restart=False),
        RescaleLoop(track=2, at=12.0, length=1.0, beats=1.0, frames=0, restart=True),
    ]


def test_the_controls_commands_decode_into_their_named_fields():
    spec = RendererSpec(48000, 2, 4800)
    memory = EngineMemory.in_process(spec.layout)
    control = AudioControl(memory, 48000)
    control.set_click(True, 0.25)
    control.set_latency(0.01)
    control.calibrate()
    control.silence()
    control.install_loop(1, LoopShape(480, 480.25, 0.5, 4.0, 8.0), np.zeros((480, 2), dtype=np.float32))
    records = []
    while (record := memory.commands.get()) is not None:
        records.append(record)
    assert [decode(record) for record in records] == [
        SetClick(enabled=True, volume=0.25),
        SetLatency(frames=480),
        StartCalibration(),
        SilenceAll(),
        InstallLoop(track=1, frames=480, exact=480.25, offset=0.5, loop_beats=4.0, anchor=8.0),
    ]


def test_an_unknown_code_decodes_to_nothing_and_the_renderer_changes_nothing_for_it():
    assert decode(received((99.0, 0.0, 1.0))) is None
    rig = Rig()
    rig.step()
    before = rig.memory.loop_table._records.copy()
    rig.memory.commands.put((99.0, 0.0, 1.0))
    rig.step()
    np.testing.assert_array_equal(rig.memory.loop_table._records, before)
