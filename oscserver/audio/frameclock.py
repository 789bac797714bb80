"""When each sample frame is heard, on the host clock: a delay-locked loop over the callbacks' timestamps.

Every callback brings a noisy observation of when its first output frame will reach the speaker (the
device's DAC time, mapped onto ``CLOCK_MONOTONIC_RAW``). A second-order DLL (Fons Adriaensen, "Using a DLL
to filter time", 2005) turns those into a smooth, continuous mapping: block ``k`` is heard over host times
[t0, t1), the next block starts exactly at this block's t1, and the slope follows the sound card's real
sample rate, so bar lines computed from it stay on the beat over hours instead of drifting with the
crystal's error. A jump larger than a few periods (an xrun, a stalled stream) re-locks at once.
"""

from __future__ import annotations

import math


class FrameClock:
    def __init__(self, samplerate: float, bandwidth_hz: float = 0.25) -> None:
        self.samplerate = samplerate
        self.bandwidth_hz = bandwidth_hz
        self._t0 = 0.0
        self._t1 = 0.0
        self._period = 0.0  # filtered seconds per block
        self._frames = 0  # frames per block the coefficients are for
        self._b = 0.0
        self._c = 0.0
        self.resets = 0
        self.locked = False

    def _relock(self, observed: float, frames: int) -> None:
        self._frames = frames
        self._period = frames / self.samplerate
        omega = 2.0 * math.pi * self.bandwidth_hz * self._period
        self._b = math.sqrt(2.0) * omega
        self._c = omega * omega
        self._t0 = observed
        self._t1 = observed + self._period
        if self.locked:
            self.resets += 1
        self.locked = True

    def block(self, observed: float, frames: int) -> tuple[float, float]:
        """Host times [t0, t1) over which a block of ``frames`` frames observed to start at ``observed`` is
        heard."""
        if not self.locked or frames != self._frames or abs(observed - self._t1) > self._tolerance():
            self._relock(observed, frames)
            return self._t0, self._t1
        error = observed - self._t1
        self._t0 = self._t1
        self._t1 += self._b * error + self._period
        self._period += self._c * error
        return self._t0, self._t1

    def _tolerance(self) -> float:
        # A callback woken late by the scheduler is noise; one late by several periods has lost frames.
        return max(4.0 * self._period, 0.02)

    @property
    def rate(self) -> float:
        """The sample rate measured against the host clock (frames per second)."""
        return self._frames / self._period if self._period > 0 else self.samplerate
