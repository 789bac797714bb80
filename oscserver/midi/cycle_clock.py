"""Host time <-> JACK frames, from JACK's own account of the cycle being processed.

``jack_get_cycle_times`` says, inside the process callback, which frame this cycle starts at
(``frames``), when the driver woke for it (``usecs``, JACK's microsecond clock) and JACK's filtered period.
:class:`CycleFilter` draws the steady line through those start times (a delay-locked loop: the wake-up
itself is late by a varying amount), and :class:`CycleClock` spreads each block's ``n`` frames along it, so
a host time maps onto a frame with no drift: the line follows the frame clock's real rate. JACK's clock and
Link's host clock (``CLOCK_MONOTONIC_RAW``) are different clocks in general, so their offset is read every
cycle too (by the JACK backend), never once.

Output goes one period late, on purpose: the block being filled now is heard over the *next* period (as
audio written now is), and an event whose time falls inside the current period has, by then, already begun
to pass. So an event for host time ``t`` is written at ``frame(t) + n``: in the cycle that starts after
``t``, at the offset where ``t`` fell in the cycle before. Every event keeps its distance from every other
exactly (to the rounding of one frame); the whole stream is one period behind the timeline, as all audio
through JACK is. Input is the mirror: an event read at frame ``f`` happened at ``time(f - n)``, so an event
this server writes for time ``t`` and reads back is stamped ``t``.

Pure arithmetic, tested on made-up cycle times.
"""

from __future__ import annotations

import math
from typing import NamedTuple

from oscserver.engine.clock_steps import StepWatch


class CycleTimes(NamedTuple):
    frames: int  # the frame time this cycle starts at
    usecs: int  # JACK's clock when it started (microseconds)
    next_usecs: int  # JACK's estimate of when the next one starts
    period_usecs: float


class CycleClock:
    """The mapping for one process cycle of ``nframes`` frames starting at frame ``frames``."""

    __slots__ = ("_seconds_per_frame", "_start", "frames", "nframes")

    def __init__(self, frames: int, nframes: int, start: float, seconds_per_frame: float) -> None:
        self.frames = frames
        self.nframes = nframes
        self._start = start  # host time of the cycle's first frame
        self._seconds_per_frame = seconds_per_frame

    @classmethod
    def of(cls, cycle: CycleTimes, nframes: int, host_minus_jack: float) -> CycleClock:
        """Straight from one cycle's times (no smoothing): its start, and its span spread over its frames."""
        span = float(cycle.next_usecs - cycle.usecs)
        if span <= 0:  # never seen from JACK; a zero span would divide by zero, the nominal one does not
            span = cycle.period_usecs
        return cls(cycle.frames, nframes, cycle.usecs * 1e-6 + host_minus_jack, span * 1e-6 / nframes)

    def output_offset(self, when: float) -> int:
        """Where in this block an event for host time ``when`` belongs, one period late (see the module):
        negative when its place has passed, ``nframes`` or more when it belongs to a later block."""
        return math.floor((when - self._start) / self._seconds_per_frame + self.nframes + 0.5)

    def output_time(self, offset: int) -> float:
        """The host time an event written at ``offset`` in this block stands for (the inverse)."""
        return self._start + (offset - self.nframes) * self._seconds_per_frame

    def input_time(self, offset: int) -> float:
        """When an event read at ``offset`` in this block happened: one period before its frame."""
        return self.output_time(offset)

    def frame_of_output(self, offset: int) -> int:
        return self.frames + offset


class CycleFilter:
    """A delay-locked loop over the cycles' start times: the steady line through them.

    ``usecs`` is when the driver woke for the cycle, late by however long the kernel took to wake it (tens
    of microseconds, milliseconds on a loaded machine without a sound card's interrupt): mapped straight,
    that lateness moves every event of the cycle, two frames and more under load. The loop (Fons
    Adriaensen's second-order DLL, the one JACK itself uses for ``next_usecs``) follows the frame clock's
    rate and a drift of the host clock, and averages the wake-up jitter away. Restarted when frames jump
    (an xrun, a server restart) or a cycle is off by more than :data:`RELOCK_SECONDS`.

    A smaller step of the driver's wake-ups with the frames going on (JACK's dummy driver woken 12 ms late
    starts its clock again from then) was slewed in over more than two seconds, with the period learnt up
    to 3,400 ppm wrong meanwhile: clock ticks unevenly spaced, notes off by up to the step. It is taken
    whole now, once :class:`~oscserver.engine.clock_steps.StepWatch` sees one in the cycles after it (these
    are the driver's own wake-ups, not a callback's, so no xrun notice is needed to believe them), and the
    period goes back to what it was before.
    """

    RELOCK_SECONDS = 0.02
    BANDWIDTH_HZ = 0.1

    def __init__(self) -> None:
        self._frames: int | None = None  # the frame the next cycle is expected to start at
        self._start = 0.0  # filtered host time of this cycle's start
        self._next = 0.0  # predicted host time of the next cycle's start
        self._period = 0.0  # filtered seconds per cycle
        self._b = 0.0
        self._c = 0.0
        self._steps = StepWatch()

    def clock(self, cycle: CycleTimes, nframes: int, host_minus_jack: float) -> CycleClock:
        measured = cycle.usecs * 1e-6 + host_minus_jack
        if self._frames != cycle.frames or abs(measured - self._next) > self.RELOCK_SECONDS:
            self._lock(cycle, nframes, measured)
        else:
            error = measured - self._next
            step = self._steps.observe(error, self._period, self._period)
            if step is not None:
                self._next += step
                self._period = self._steps.rate_before
                self._steps.clear()
                error -= step
            self._start = self._next
            self._next += self._b * error + self._period
            self._period += self._c * error
        self._frames = cycle.frames + nframes
        return CycleClock(cycle.frames, nframes, self._start, self._period / nframes)

    def _lock(self, cycle: CycleTimes, nframes: int, measured: float) -> None:
        # JACK's own filtered period: the span to next_usecs is whole microseconds, and a third of one off
        # per cycle would take the loop seconds to work out of its start time.
        span = cycle.period_usecs if cycle.period_usecs > 0 else float(cycle.next_usecs - cycle.usecs)
        self._period = span * 1e-6
        self._start = measured
        self._next = measured + self._period
        self._steps.clear()
        omega = 2 * math.pi * self.BANDWIDTH_HZ * self._period
        self._b = math.sqrt(2) * omega
        self._c = omega * omega
