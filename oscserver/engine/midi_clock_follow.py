"""Following an external 24-ppqn MIDI clock: its tempo, smoothed, and its transport messages.

A drum machine as the master sends a pulse every 1/24 beat; the pulses arrive with jitter (JACK delivers
them at period boundaries, 5 ms apart at 256 frames and 48 kHz). The tempo is the slope of a least-squares
line through the arrival times of the last :data:`WINDOW` pulses, which averages that jitter away, and it is
reported at most once a beat and only when it moved by more than :data:`THRESHOLD_BPM`, so the Link session
is not re-timed for noise. A pause longer than :data:`GAP_FACTOR` pulse intervals (the master stopped
sending, a cable was pulled) starts a new measurement instead of counting as one slow pulse.
"""

from __future__ import annotations

from collections import deque

from oscserver.engine import midi_messages as mm
from oscserver.engine.timeline import MAX_TEMPO, MIN_TEMPO

TICKS_PER_BEAT = 24
WINDOW = 96  # pulses in the fit: four beats, tempo error ~0.03 BPM with JACK's period jitter at 120 BPM
FIRST_ESTIMATE = 24  # pulses before the first tempo: one beat
THRESHOLD_BPM = 0.1
GAP_FACTOR = 3.0
# Before there is a tempo, a pause longer than a pulse at the slowest tempo Link allows is a gap.
LONGEST_PULSE = 60.0 / (MIN_TEMPO * TICKS_PER_BEAT)


class ClockFollower:
    def __init__(self) -> None:
        self._times: deque[float] = deque(maxlen=WINDOW + 1)
        self._since_report = 0
        self.tempo: float | None = None  # the last tempo reported

    def pulse(self, time: float) -> float | None:
        """A clock pulse arrived at host time ``time``; the new tempo when it should be applied."""
        if self._times:
            interval = time - self._times[-1]
            longest = GAP_FACTOR * 60.0 / (self.tempo * TICKS_PER_BEAT) if self.tempo else LONGEST_PULSE
            if interval > longest or interval <= 0:
                self._times.clear()
                self._since_report = 0
        self._times.append(time)
        self._since_report += 1
        if len(self._times) <= FIRST_ESTIMATE or self._since_report < TICKS_PER_BEAT:
            return None
        self._since_report = 0
        tempo = 60.0 / (TICKS_PER_BEAT * _slope(self._times))
        if not MIN_TEMPO <= tempo <= MAX_TEMPO:
            return None
        if self.tempo is not None and abs(tempo - self.tempo) <= THRESHOLD_BPM:
            return None
        self.tempo = round(tempo, 2)
        return self.tempo

    @staticmethod
    def transport(status: int) -> bool | None:
        """Start and Continue start the transport, Stop stops it; None for anything else."""
        if status in (mm.CLOCK_START, mm.CLOCK_CONTINUE):
            return True
        if status == mm.CLOCK_STOP:
            return False
        return None


def _slope(times: deque[float]) -> float:
    """Seconds per pulse: the least-squares slope of arrival time against pulse number."""
    n = len(times)
    mean_x = (n - 1) / 2.0
    mean_y = sum(times) / n
    covariance = sum((x - mean_x) * (y - mean_y) for x, y in enumerate(times))
    variance = n * (n * n - 1) / 12.0  # sum of (x - mean_x)^2 for x = 0..n-1
    return covariance / variance
