"""``/audio/calibrate``: play the calibration signal, find it in the input, and say how late it came back."""

from __future__ import annotations

import asyncio

from oscserver.audio.calibration import measure_delay
from oscserver.audio.control import AudioControl
from oscserver.audio.process import DeviceReport
from oscserver.audio.sounds import calibration_signal
from oscserver.exceptions import Overloaded, Unavailable

CALIBRATION_TIMEOUT_SECONDS = 10.0
INPUT_POLL_SECONDS = 0.05


class Calibrator:
    """One calibration at a time; the renderer says (as an event) when and where its signal started."""

    def __init__(self, longest_seconds: float) -> None:
        self._longest_seconds = longest_seconds
        self._started: asyncio.Future[tuple[int, int]] | None = None

    def signal_started(self, first: int, length: int) -> None:
        """The renderer's event: the signal's first output frame and its length in frames."""
        if self._started is not None and not self._started.done():
            self._started.set_result((first, length))

    async def measure(self, control: AudioControl, device: DeviceReport) -> float:
        """The round-trip latency in seconds; :class:`Unavailable` when the signal does not come back."""
        if device.silent or device.inputs == 0:
            raise Unavailable(
                f"calibration needs a device with an input and an output connected by a loopback; "
                f"{device.name} has no input"
            )
        if self._started is not None:
            raise Overloaded("a calibration is already running")
        loop = asyncio.get_running_loop()
        self._started = loop.create_future()
        try:
            control.calibrate()
            first, length = await asyncio.wait_for(self._started, CALIBRATION_TIMEOUT_SECONDS)
            rate = device.samplerate
            longest = int(self._longest_seconds * rate)
            deadline = loop.time() + CALIBRATION_TIMEOUT_SECONDS
            while control.frames < first + length + longest:
                if loop.time() > deadline:
                    raise Unavailable("the audio engine stopped while calibrating")
                await asyncio.sleep(INPUT_POLL_SECONDS)
            recorded = control.read_input(first, length + longest)
            if recorded is None:
                raise Unavailable("the calibration's input was overwritten before it could be read")
            delay = measure_delay(recorded.mean(axis=1), calibration_signal(rate), longest)
        except asyncio.TimeoutError as err:
            raise Unavailable("the audio engine did not start the calibration signal") from err
        finally:
            self._started = None
        if delay is None:
            raise Unavailable(
                "the calibration signal did not come back through the input: connect an output to an "
                "input (a loopback cable, or a JACK connection) and try again"
            )
        return delay / rate
