"""When each sample frame is heard, on the host clock: a delay-locked loop over the callbacks' timestamps.

Every callback brings a noisy observation of when its first output frame will reach the speaker (the
device's DAC time, mapped onto ``CLOCK_MONOTONIC_RAW``). A second-order DLL (Fons Adriaensen, "Using a DLL
to filter time", 2005) turns those into a smooth, continuous mapping: block ``k`` is heard over host times
[t0, t1), the next block starts exactly at this block's t1, and the slope follows the sound card's real
sample rate, so bar lines computed from it stay on the beat over hours instead of drifting with the
crystal's error.

The observations are late more often than early (a callback woken late by the scheduler; on JACK,
PortAudio's DAC time is "now" plus the latency, so every late wake-up shows), and a single late one is
not a change of clock: each error is clipped to two periods before it is filtered, and the clock re-locks
(starts afresh from an observation) only when the observations disagree with it by more than
:data:`RELOCK_SECONDS` block after block (frames were really lost), by half a second at once (the stream
stalled), or when the device has reported an xrun and the blocks after it then disagree with it alike (the
stream stepped).

That last rule is for an xrun that lost frames: the device starts again at a new phase (JACK's drivers
re-anchor their clock on it), and :class:`~oscserver.engine.clock_steps.StepWatch` tells such a step from
lateness. The xrun is required too, because these observations are the callback's own wake-ups: JACK reports
one to every client when any client is late, this one included, and a late callback is followed by blocks on
time. With an xrun reported, blocks that disagree by over a millisecond count, not only by over half a block:
JACK's driver re-anchors wherever in a period it woke, so a step can be any size (12 ms stalls gave steps of
2.4 to 7.8 ms at 256 frames), and a 2.4 ms one, slewed in, left the rate 1,700 ppm off a second later. The
step is taken whole, and the rate goes back to what it was before the disturbance.

Re-locking moves the beat under every loop, so it must be rare. It keeps the rate learnt and the narrow
bandwidth; only the first second after the first lock uses a wider bandwidth, to settle quickly on the
device's rate (settling wide again after a re-lock would let each wake-up's jitter swing the rate by
thousands of ppm a block).
"""

from __future__ import annotations

import math

from oscserver.engine.clock_steps import StepWatch

SETTLE_SECONDS = 1.0
SETTLE_BANDWIDTH_HZ = 2.0
RELOCK_SECONDS = 0.02
RELOCK_BLOCKS = 8
STALL_SECONDS = 0.5
# JACK delivers its xrun notice on another thread, a few blocks after the step itself.
XRUN_WATCH_BLOCKS = 32
# The least disagreement that counts towards a step: over the wake-up jitter of a loaded machine (blocks up
# to 1 ms late at random leave the filtered clock within half a millisecond of them).
STEP_FLOOR_SECONDS = 0.001


class FrameClock:
    def __init__(self, samplerate: float, bandwidth_hz: float = 0.25) -> None:
        self.samplerate = samplerate
        self.bandwidth_hz = bandwidth_hz
        self._t1 = 0.0
        self._seconds_per_frame = 1.0 / samplerate
        self._locked_at = 0.0
        self._disagreements = 0
        self._steps = StepWatch()  # the blocks in a row that disagreed by over half a block
        self._xrun_watch = 0
        self.resets = 0
        self.locked = False

    def _relock(self, observed: float, frames: int) -> tuple[float, float]:
        if self.locked:
            self.resets += 1
            if self._steps.disturbed:  # (the rate the disturbance pulled at is not the device's)
                self._seconds_per_frame = self._steps.rate_before
        else:
            self._locked_at = observed
        self.locked = True
        self._disagreements = 0
        self._steps.clear()
        self._xrun_watch = 0
        self._t1 = observed + frames * self._seconds_per_frame
        return observed, self._t1

    def block(self, observed: float, frames: int, xrun: bool = False) -> tuple[float, float]:
        """Host times [t0, t1) over which a block of ``frames`` frames observed to start at ``observed`` is
        heard; ``xrun`` that the device reported losing audio before it."""
        if not self.locked:
            return self._relock(observed, frames)
        error = observed - self._t1
        if abs(error) > STALL_SECONDS:
            return self._relock(observed, frames)
        period = frames * self._seconds_per_frame
        if xrun:
            self._xrun_watch = XRUN_WATCH_BLOCKS
        elif self._xrun_watch:
            self._xrun_watch -= 1
        # (A step is only taken after an xrun, so a smaller one counts: JACK's driver re-anchors wherever in
        # a period it woke. Counted before the xrun's notice arrives too, so that the rate kept is the one
        # from before the step's first block.)
        step = self._steps.observe(error, period, self._seconds_per_frame, STEP_FLOOR_SECONDS)
        if step is not None and self._xrun_watch:
            return self._relock(self._t1 + step, frames)
        if abs(error) > RELOCK_SECONDS:
            self._disagreements += 1
            if self._disagreements >= RELOCK_BLOCKS:
                return self._relock(observed, frames)
        else:
            self._disagreements = 0
        bandwidth = self.bandwidth_hz
        if observed - self._locked_at < SETTLE_SECONDS:
            bandwidth = SETTLE_BANDWIDTH_HZ
        omega = 2.0 * math.pi * bandwidth * period
        error = max(-2.0 * period, min(2.0 * period, error))
        t0 = self._t1
        self._t1 = t0 + period + math.sqrt(2.0) * omega * error
        self._seconds_per_frame += omega * omega * error / frames
        return t0, self._t1

    @property
    def rate(self) -> float:
        """The sample rate as measured against the host clock (frames per second)."""
        return 1.0 / self._seconds_per_frame
