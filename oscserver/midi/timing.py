"""How punctual the MIDI sender is: lateness of scheduled messages and the jitter of clock pulse intervals.

Pure bookkeeping, fed by the sender with host times; read by ``/midi/timing`` and ``bench/midi_lateness.py``.
Lateness is the host time when the send call returned minus the time the message was meant for. Clock
jitter is the spread of the intervals between successive clock pulses on one output, each measured against
its intended interval, so a tempo change does not count as jitter.
"""

from __future__ import annotations

import math
import statistics
from collections import deque
from dataclasses import dataclass

KEEP = 20_000  # the most recent samples kept: minutes of clock at any tempo, bounded memory


@dataclass(frozen=True)
class TimingReport:
    count: int  # scheduled messages measured
    p50: float  # seconds
    p99: float
    max: float
    clock_intervals: int
    clock_sd: float  # seconds; standard deviation of pulse intervals against their intended intervals
    # JACK frame-exact path only: the process callbacks' time as a share of the period (NaN otherwise)
    callback_p50: float = math.nan
    callback_p99: float = math.nan
    callback_max: float = math.nan


def percentile(sorted_values: list[float], fraction: float) -> float:
    """The nearest-rank percentile of an already sorted list (NaN when empty)."""
    if not sorted_values:
        return math.nan
    rank = max(math.ceil(fraction * len(sorted_values)) - 1, 0)
    return sorted_values[rank]


class TimingStats:
    def __init__(self, keep: int = KEEP) -> None:
        self._keep = keep
        self._lateness: deque[float] = deque(maxlen=keep)
        self._interval_errors: deque[float] = deque(maxlen=keep)
        self._last_pulse: dict[str, tuple[float, float]] = {}  # port -> (sent, intended)

    def late(self, intended: float, sent: float) -> None:
        self._lateness.append(sent - intended)

    def pulse(self, port: str, intended: float, sent: float) -> None:
        previous = self._last_pulse.get(port)
        if previous is not None:
            self._interval_errors.append((sent - previous[0]) - (intended - previous[1]))
        self._last_pulse[port] = (sent, intended)

    def clock_stopped(self, port: str) -> None:
        """The pulses on ``port`` stop here; the next one starts a new run, not a long interval."""
        self._last_pulse.pop(port, None)

    def reset(self) -> None:
        self._lateness.clear()
        self._interval_errors.clear()
        self._last_pulse.clear()

    def report(self) -> TimingReport:
        late = sorted(self._lateness)
        errors = list(self._interval_errors)
        return TimingReport(
            count=len(late),
            p50=percentile(late, 0.50),
            p99=percentile(late, 0.99),
            max=late[-1] if late else math.nan,
            clock_intervals=len(errors),
            clock_sd=statistics.pstdev(errors) if len(errors) >= 2 else math.nan,
        )
