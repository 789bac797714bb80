"""When the supervisor calls the audio side gone: the audio process's end on every device, the device's
own flag, and a stale heartbeat only where it is watched (not on the built-in silent device)."""

from __future__ import annotations

from collections.abc import Callable

from oscserver.audio.control import AudioControl
from oscserver.audio.devices import DeviceRequest
from oscserver.audio.memory import EngineMemory, Stat
from oscserver.audio.process import DeviceReport
from oscserver.audio.realtime.renderer import RendererSpec
from oscserver.audio.watch import audio_problem

NOW = 1000.0


class EndedBackend:
    """An audio side that has ended (``reason``) or runs (None)."""

    def __init__(self, reason: str | None) -> None:
        self.reason = reason
        self.memory: EngineMemory | None = None

    async def start(
        self,
        request: DeviceRequest,
        spec_for: Callable[[int], RendererSpec],
        prepare: Callable[[EngineMemory], None],
    ) -> DeviceReport:
        raise NotImplementedError

    def alive(self) -> bool:
        return self.reason is None

    def ended(self) -> str | None:
        return self.reason

    async def stop(self, abandon: bool = False) -> None:
        pass


def control(heartbeat: float = NOW, device_lost: bool = False) -> AudioControl:
    spec = RendererSpec(samplerate=48000, tracks=1, history_frames=48000, max_block=256)
    memory = EngineMemory.in_process(spec.layout)
    memory.stats[Stat.HEARTBEAT] = heartbeat
    memory.stats[Stat.DEVICE_LOST] = 1.0 if device_lost else 0.0
    return AudioControl(memory, 48000)


def test_a_running_audio_side_is_no_problem() -> None:
    for watched in (True, False):
        assert audio_problem(EndedBackend(None), control(), NOW + 0.1, heartbeat_watched=watched) is None


def test_the_audio_process_ending_is_noticed_whether_or_not_the_heartbeat_is_watched() -> None:
    killed = EndedBackend("the audio process was killed by signal 9")
    for watched in (True, False):
        problem = audio_problem(killed, control(), NOW, heartbeat_watched=watched)
        assert problem == "the audio process was killed by signal 9"


def test_the_flag_of_a_stream_that_stopped_by_itself_is_noticed_on_every_device() -> None:
    for watched in (True, False):
        problem = audio_problem(EndedBackend(None), control(device_lost=True), NOW, heartbeat_watched=watched)
        assert problem == "its stream stopped by itself"


def test_a_stale_heartbeat_counts_only_where_it_is_watched() -> None:
    stale = control(heartbeat=NOW - 3.5)
    assert audio_problem(EndedBackend(None), stale, NOW, heartbeat_watched=True) == (
        "it has not called back for 3.5 s"
    )
    assert audio_problem(EndedBackend(None), stale, NOW, heartbeat_watched=False) is None
    assert audio_problem(EndedBackend(None), control(heartbeat=NOW - 2.9), NOW) is None
