"""Round-trip latency from a recording of the calibration signal: where it best lines up with what was sent.

The delay is the lag of the largest cross-correlation peak. It counts only when the peak is clearly the
signal coming back (it stands far above the correlation elsewhere, and the input is well correlated with the
signal at that lag); otherwise there is no loopback, or too much noise, and the answer is None.
"""

from __future__ import annotations

import numpy as np
import numpy.typing as npt

# The peak must be this many times the median absolute correlation (noise alone gives ~4-6).
MIN_PEAK_TO_MEDIAN = 20.0
# ...and the input at that lag must correlate with the signal at least this much (0..1).
MIN_CORRELATION = 0.2


def measure_delay(
    recorded: npt.NDArray[np.floating], signal: npt.NDArray[np.floating], max_delay: int
) -> int | None:
    """The delay in frames (0..max_delay) at which ``signal`` appears in ``recorded``, or None."""
    length = signal.shape[0]
    if recorded.shape[0] < length + max_delay or not np.any(signal):
        return None
    x = recorded[: length + max_delay].astype(np.float64)
    s = signal.astype(np.float64)
    size = 1 << int(np.ceil(np.log2(x.shape[0] + length)))
    spectrum = np.fft.rfft(x, size) * np.conj(np.fft.rfft(s, size))
    correlation = np.fft.irfft(spectrum, size)[: max_delay + 1]
    lag = int(np.argmax(np.abs(correlation)))
    peak = abs(float(correlation[lag]))
    median = float(np.median(np.abs(correlation)))
    window = x[lag : lag + length]
    energy = float(np.sqrt(np.dot(window, window) * np.dot(s, s)))
    if peak == 0.0 or energy == 0.0:
        return None
    if peak < MIN_PEAK_TO_MEDIAN * max(median, 1e-12) or peak / energy < MIN_CORRELATION:
        return None
    return lag
