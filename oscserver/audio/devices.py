"""What calls the renderer: a PortAudio stream (sounddevice), or the built-in silent device.

The silent device is a software clock: a thread that calls the renderer at the stream's rate and block
size with silence in and its output discarded, so the looper, click and timing all run on a machine with no
sound card (``--audio none``, or ``auto`` when there is no device). Both report each block's host time of
hearing, xruns and the callback's load.
"""

from __future__ import annotations

import contextlib
import dataclasses
import os
import threading
from dataclasses import dataclass
from typing import Any, Protocol

import numpy as np
import numpy.typing as npt

from oscserver.audio.jackclient import jack_client_name
from oscserver.audio.memory import Stat
from oscserver.audio.realtime.renderer import Renderer
from oscserver.engine.clock import host_time
from oscserver.exceptions import StartupError

F32 = npt.NDArray[np.float32]

SILENT_NAME = "silent (built-in software clock)"
# A silent device more than this late gives up catching up and starts afresh from now (a stalled machine).
SILENT_RESYNC_SECONDS = 0.5
REALTIME_PRIORITY = 40


@dataclass(frozen=True)
class DeviceRequest:
    """``--audio`` (auto, none, a name or an index), ``--samplerate`` and ``--blocksize``."""

    audio: str
    samplerate: int
    blocksize: int


@dataclass(frozen=True)
class DeviceChoice:
    """The device a request resolved to, before it is opened."""

    index: int | None  # None: the silent device
    name: str
    samplerate: int
    blocksize: int  # 0: whatever the host gives (JACK's period)
    inputs: int
    outputs: int
    note: str = ""  # why the silent device, when it was not asked for
    jack_client: str = ""  # the name JACK gave the looper, when the device is on JACK


def choose_device(request: DeviceRequest) -> DeviceChoice:
    """Resolve ``--audio``; an unknown device name or index is a :class:`StartupError`."""
    silent = DeviceChoice(None, SILENT_NAME, request.samplerate, request.blocksize, 0, 2)
    wanted = request.audio.strip()
    if wanted.lower() == "none":
        return silent
    try:
        import sounddevice
    except OSError as err:  # PortAudio is not installed
        if wanted.lower() == "auto":
            return _with_note(silent, f"PortAudio is not available ({err})")
        raise StartupError(f"--audio {wanted}: PortAudio is not available ({err})") from err
    devices = sounddevice.query_devices()
    if wanted.lower() == "auto":
        index = _default_output(sounddevice)
        if index is None:
            return _with_note(silent, "no sound card found")
    elif wanted.isdigit():
        index = int(wanted)
        if not 0 <= index < len(devices) or devices[index]["max_output_channels"] < 1:
            raise StartupError(
                f"--audio {wanted}: no output device has that index; `oscserver devices` lists them"
            )
    else:
        matches = [
            i
            for i, d in enumerate(devices)
            if wanted.lower() in str(d["name"]).lower() and d["max_output_channels"] > 0
        ]
        if not matches:
            raise StartupError(f"--audio {wanted}: no output device matches; `oscserver devices` lists them")
        index = matches[0]
    device = devices[index]
    # JACK runs every client at its own period; asking PortAudio for another block size (even the same
    # one) makes it add a block of buffering, which is latency for nothing. 0 takes JACK's period.
    jack = "jack" in str(sounddevice.query_hostapis(device["hostapi"])["name"]).lower()
    return DeviceChoice(
        index=index,
        name=str(device["name"]),
        samplerate=request.samplerate,
        blocksize=0 if jack else request.blocksize,
        inputs=min(2, int(device["max_input_channels"])),
        outputs=min(2, int(device["max_output_channels"])),
        jack_client=jack_client_name() if jack else "",
    )


def _with_note(choice: DeviceChoice, note: str) -> DeviceChoice:
    return dataclasses.replace(choice, note=note)


def _default_output(sounddevice: Any) -> int | None:
    try:
        index = sounddevice.default.device[1]
        if index is None or index < 0:
            index = sounddevice.query_devices(kind="output")["index"]
        return int(index) if index is not None and index >= 0 else None
    except Exception:  # PortAudio raises when there is no default output
        return None


def probe_samplerate(choice: DeviceChoice) -> int:
    """The rate the device will run at: the one asked for when it takes it, else its own default (a JACK
    server runs at one rate only)."""
    if choice.index is None:
        return choice.samplerate
    import sounddevice

    try:
        sounddevice.check_output_settings(choice.index, channels=choice.outputs, samplerate=choice.samplerate)
        return choice.samplerate
    except Exception:
        return int(sounddevice.query_devices(choice.index)["default_samplerate"])


class Device(Protocol):
    @property
    def latency(self) -> float:
        """Round-trip latency the device reports (input + output), seconds."""
        ...

    @property
    def running(self) -> bool:
        """False once the stream has stopped by itself (its device or audio server went away)."""
        ...

    def start(self) -> None: ...

    def close(self) -> None: ...


class LoadMeter:
    """The callback's duration as a share of its block's period, into the shared stats."""

    def __init__(self, stats: npt.NDArray[np.float64], samplerate: int) -> None:
        self._stats = stats
        self._samplerate = samplerate
        self.realtime = False
        self._tried_realtime = False

    def entered(self) -> float:
        if not self._tried_realtime:
            self._tried_realtime = True
            self.realtime = try_realtime()
            self._stats[Stat.REALTIME] = 1.0 if self.realtime else 0.0
        return host_time()

    def left(self, entered: float, frames: int) -> None:
        now = host_time()
        period = frames / self._samplerate
        load = (now - entered) / period
        stats = self._stats
        stats[Stat.LOAD_LAST] = load
        if load > stats[Stat.LOAD_PEAK]:
            stats[Stat.LOAD_PEAK] = load
        mean = float(stats[Stat.LOAD_MEAN])
        weight = min(1.0, period)  # about a one-second running mean
        stats[Stat.LOAD_MEAN] = mean + (load - mean) * weight
        stats[Stat.HEARTBEAT] = now


def try_realtime() -> bool:
    """Real-time scheduling for the calling thread (the audio callback's): kept when the audio system gave
    it already (a real-time JACK runs its clients just below itself, and lowering that would let the other
    clients pre-empt us), asked for otherwise; False where not allowed."""
    if not hasattr(os, "sched_setscheduler"):
        return False
    try:
        if os.sched_getscheduler(0) in (os.SCHED_FIFO, os.SCHED_RR):
            return True
        os.sched_setscheduler(0, os.SCHED_FIFO, os.sched_param(REALTIME_PRIORITY))
        return True
    except (PermissionError, OSError):
        return False


class PortAudioDevice:
    """A sounddevice stream whose callback is the renderer."""

    def __init__(self, choice: DeviceChoice, renderer: Renderer) -> None:
        import sounddevice

        assert choice.index is not None
        self._renderer = renderer
        self._meter = LoadMeter(renderer.stats, choice.samplerate)
        self._silence: F32 = np.zeros((renderer.spec.max_block, 0), dtype=np.float32)
        common = {
            "device": choice.index,
            "samplerate": choice.samplerate,
            "blocksize": choice.blocksize,
            "dtype": "float32",
            "latency": "low",
        }
        try:
            if choice.inputs > 0:
                self._stream = sounddevice.Stream(
                    channels=(choice.inputs, choice.outputs), callback=self._duplex, **common
                )
            else:
                self._stream = sounddevice.OutputStream(
                    channels=choice.outputs, callback=self._output_only, **common
                )
        except Exception as err:
            raise StartupError(f"cannot open {choice.name}: {err}") from err
        input_latency, output_latency = (
            self._stream.latency if choice.inputs > 0 else (0.0, self._stream.latency)
        )
        self._latency = float(input_latency) + float(output_latency)

    @property
    def latency(self) -> float:
        return self._latency

    @property
    def realtime(self) -> bool:
        return self._meter.realtime

    @property
    def running(self) -> bool:
        # PortAudio's JACK host marks the stream inactive when the JACK server shuts down or drops us
        # (no finished callback comes then); other hosts do when the device fails.
        return bool(self._stream.active)

    def _duplex(self, indata: F32, outdata: F32, frames: int, time: Any, status: Any) -> None:
        self._process(indata, outdata, frames, time, status)

    def _output_only(self, outdata: F32, frames: int, time: Any, status: Any) -> None:
        self._process(self._silence[:frames], outdata, frames, time, status)

    def _process(self, indata: F32, outdata: F32, frames: int, time: Any, status: Any) -> None:
        entered = self._meter.entered()
        # The DAC time is on the stream's own clock; its distance from the stream's "now" moved onto the
        # host clock says when this block will be heard.
        dac, current = time.outputBufferDacTime, time.currentTime
        heard = entered + (dac - current) if dac > 0.0 and current > 0.0 else entered
        xrun = bool(status.output_underflow or status.input_overflow)
        self._renderer.process(indata, outdata, heard, xrun)
        self._meter.left(entered, frames)

    def start(self) -> None:
        self._stream.start()

    def close(self) -> None:
        with contextlib.suppress(Exception):
            self._stream.stop()
        with contextlib.suppress(Exception):
            self._stream.close()


class SilentDevice:
    """The renderer on a software clock: silence in, output discarded, blocks on time."""

    def __init__(self, choice: DeviceChoice, renderer: Renderer) -> None:
        self._renderer = renderer
        self._frames = choice.blocksize
        self._samplerate = choice.samplerate
        self._meter = LoadMeter(renderer.stats, choice.samplerate)
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="oscserver-silent-audio", daemon=True)
        self._input: F32 = np.zeros((choice.blocksize, 0), dtype=np.float32)
        self._output: F32 = np.zeros((choice.blocksize, 2), dtype=np.float32)

    @property
    def latency(self) -> float:
        return 0.0

    @property
    def realtime(self) -> bool:
        return self._meter.realtime

    @property
    def running(self) -> bool:
        return self._thread.is_alive()

    def start(self) -> None:
        self._thread.start()

    def close(self) -> None:
        self._stop.set()
        if self._thread.is_alive():
            self._thread.join(timeout=2.0)

    def _run(self) -> None:
        frames, rate = self._frames, self._samplerate
        period = frames / rate
        origin = host_time()
        done = 0
        while not self._stop.is_set():
            due = origin + done / rate
            delay = due - host_time()
            if delay > 0 and self._stop.wait(delay):
                return
            entered = self._meter.entered()
            late = entered - due
            xrun = late > period  # a sound card would have run dry by now
            if late > SILENT_RESYNC_SECONDS:
                origin, done = entered, 0
                due = entered
            self._renderer.process(self._input, self._output, due, xrun)
            self._meter.left(entered, frames)
            done += frames


def open_device(choice: DeviceChoice, renderer: Renderer) -> PortAudioDevice | SilentDevice:
    if choice.index is None:
        return SilentDevice(choice, renderer)
    return PortAudioDevice(choice, renderer)
