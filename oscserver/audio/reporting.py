"""What the looper shows: its lines in ``/status``, ``/audio/status``, ``/audio/ok``, each track's state, and
the pushes of what changed (track states, overdub, meters, whether audio runs)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from oscserver.audio.control import AudioControl
from oscserver.audio.jackclient import jack_ports
from oscserver.audio.memory import Stat
from oscserver.audio.process import DeviceReport
from oscserver.engine.looper import Looper
from oscserver.exceptions import Unavailable
from oscserver.osc.codec import OscArg
from oscserver.osc.registry import Reply
from oscserver.osc.subscribers import Publisher
from oscserver.server.status import flatten


class AudioSide(Protocol):
    """What is shown of the audio side (the supervisor's view of it)."""

    @property
    def device(self) -> DeviceReport | None: ...

    @property
    def control(self) -> AudioControl | None: ...

    @property
    def ok(self) -> bool: ...

    @property
    def reason(self) -> str: ...

    @property
    def reconnects(self) -> int: ...

    @property
    def process_ended(self) -> bool: ...


def block_description(device: DeviceReport | None, control: AudioControl | None) -> str:
    if device is None or device.blocksize:
        return f"{device.blocksize if device else 0} frames"
    frames = int(control.stat(Stat.BLOCK_FRAMES)) if control is not None else 0
    return f"{frames} frames (the JACK period)" if frames else "the JACK period"


def running_description(device: DeviceReport, control: AudioControl | None) -> str:
    """A running device as the banner, ``/status`` and the log say it."""
    note = f" ({device.note})" if device.note else ""
    jack = f", {jack_description(device)}" if device.jack_client else ""
    return f"{device.name}{note}, {device.samplerate} Hz, {block_description(device, control)}{jack}"


def jack_description(device: DeviceReport) -> str:
    """``JACK client oscserver-01 (in_0 in_1 out_0 out_1)``: the name to look for in ``jack_lsp``."""
    client = device.jack_client
    ports = [port.removeprefix(f"{client}:") for port in jack_ports(client, device.inputs, device.outputs)]
    return f"JACK client {client} ({' '.join(ports)})"


class LooperReporting:
    def __init__(
        self, audio: AudioSide, looper: Looper, publisher: Publisher, latency: Callable[[], float]
    ) -> None:
        self._audio = audio
        self._looper = looper
        self._publisher = publisher
        self._latency = latency
        self.tracks = len(looper.tracks)
        self._published: dict[int, tuple[str, int]] = {}
        self._published_overdub: dict[int, int] = {}
        self._last_meters: list[float] = []

    # -- answers ----------------------------------------------------------------------------------------

    def status(self) -> list[tuple[str, OscArg]]:
        items: list[tuple[str, OscArg]] = [
            ("tracks", self.tracks),
            ("audio", self.describe_device()),
            ("audio_ok", int(self._audio.ok)),
        ]
        control = self._audio.control
        if control is not None:
            items += [
                ("xruns", int(control.stat(Stat.XRUNS))),
                ("audio_load", round(100.0 * control.stat(Stat.LOAD_MEAN), 2)),
            ]
        return items

    def describe_device(self) -> str:
        audio = self._audio
        device = audio.device
        if device is None:
            return "not started"
        if not audio.ok:
            return f"{device.name}: down, {audio.reason}; reconnecting"
        if audio.process_ended:
            return f"{device.name}: the audio process has ended"
        return running_description(device, audio.control)

    def audio_status(self) -> list[OscArg]:
        audio = self._audio
        device, control = audio.device, audio.control
        if device is not None and not audio.ok:
            return ["device", device.name, "ok", 0, "problem", audio.reason]
        if device is None or control is None:
            raise Unavailable("the audio engine is not running")
        items: list[tuple[str, OscArg]] = [
            ("device", device.name),
            ("silent", int(device.silent)),
            ("samplerate", device.samplerate),
            ("blocksize", device.blocksize or int(control.stat(Stat.BLOCK_FRAMES))),
            ("inputs", device.inputs),
            ("outputs", device.outputs),
            ("latency", float(self._latency())),
            ("device_latency", float(device.latency)),
            ("xruns", int(control.stat(Stat.XRUNS))),
            ("load", round(100.0 * control.stat(Stat.LOAD_MEAN), 2)),
            ("load_peak", round(100.0 * control.take_load_peak(), 2)),
            ("measured_rate", round(control.stat(Stat.RATE), 3)),
            ("clock_resets", int(control.stat(Stat.CLOCK_RESETS))),
            ("realtime", int(control.stat(Stat.REALTIME))),
            ("history", round(control.recorded_seconds(), 3)),
            ("tracks", self.tracks),
            ("frames", control.frames),
            ("ok", 1),
            ("reconnects", audio.reconnects),
            ("jack_client", device.jack_client),
            ("jack_ports", " ".join(jack_ports(device.jack_client, device.inputs, device.outputs))),
        ]
        return flatten(items)

    def meters(self, control: AudioControl) -> list[float]:
        return [round(v, 6) for v in control.meters()[: 4 + self.tracks]]

    def ok_reply(self) -> Reply:
        """``/audio/ok i:ok s:what``: whether the device runs, pushed when that changes."""
        audio = self._audio
        name = audio.device.name if audio.device is not None else "no device"
        if audio.ok:
            return ("/audio/ok", (1, name))
        return ("/audio/ok", (0, f"{name} is gone ({audio.reason}); reconnecting"))

    def state_reply(self, number: int) -> Reply:
        state, bars = self._looper.state(number)
        return (f"/looper/{number}/state", (state.value, bars))

    # -- pushes -----------------------------------------------------------------------------------------

    def publish_track(self, number: int) -> bool:
        """Push the track's state and overdub if they changed since last pushed; True if its state did."""
        state, bars = self._looper.state(number)
        changed = self._published.get(number) != (state.value, bars)
        if changed:
            self._published[number] = (state.value, bars)
            self._publisher.publish(f"/looper/{number}/state", (state.value, bars))
        overdub = int(self._looper.track(number).overdub)
        if self._published_overdub.get(number, 0) != overdub:
            self._published_overdub[number] = overdub
            self._publisher.publish(f"/looper/{number}/overdub", (overdub,))
        return changed

    def overdub_answered(self, number: int) -> None:
        """The overdub control answers (and pushes) its new value itself: do not push it twice."""
        self._published_overdub[number] = int(self._looper.track(number).overdub)

    def push_meters(self, control: AudioControl) -> None:
        meters = [round(v, 4) for v in control.meters()[: 4 + self.tracks]]
        if meters != self._last_meters:
            self._last_meters = meters
            self._publisher.continuous("/audio/meters", meters)

    def push_ok(self) -> None:
        self._publisher.publish(*self.ok_reply())
