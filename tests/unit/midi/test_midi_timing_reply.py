"""``/midi/timing`` answers labelled figures (``count 3 p50_ms 0.01 ...``), as ``/audio/status`` does."""

from __future__ import annotations

import math

from oscserver.midi.endpoints import timing_pairs
from oscserver.midi.timing import TimingReport


def test_every_figure_comes_after_its_name_in_milliseconds() -> None:
    report = TimingReport(count=3, p50=1e-5, p99=2e-5, max=3e-5, clock_intervals=2, clock_sd=4e-6)
    pairs = timing_pairs(report)
    assert pairs[::2] == ("count", "p50_ms", "p99_ms", "max_ms", "clock_intervals", "clock_sd_ms")
    values = dict(zip(pairs[::2], pairs[1::2], strict=True))
    assert values["count"] == 3 and values["clock_intervals"] == 2
    for key, expected in (("p50_ms", 0.01), ("p99_ms", 0.02), ("max_ms", 0.03), ("clock_sd_ms", 0.004)):
        assert math.isclose(float(values[key]), expected), key


def test_an_empty_report_still_names_every_figure() -> None:
    nan = math.nan
    pairs = timing_pairs(TimingReport(count=0, p50=nan, p99=nan, max=nan, clock_intervals=0, clock_sd=nan))
    assert pairs[:2] == ("count", 0) and len(pairs) == 12
