"""Following an external MIDI clock, on synthetic pulse times."""

from __future__ import annotations

import math

import numpy as np

from oscserver.engine.midi_clock_follow import WINDOW, ClockFollower

PERIOD = 256 / 48000  # a JACK period at 256 frames, 48 kHz: where JACK delivers incoming MIDI


def feed(follower: ClockFollower, times: list[float]) -> list[tuple[int, float]]:
    reports = []
    for index, time in enumerate(times):
        tempo = follower.pulse(time)
        if tempo is not None:
            reports.append((index, tempo))
    return reports


def pulses(tempo: float, count: int, start: float = 0.0) -> list[float]:
    return [start + k * 60.0 / (tempo * 24) for k in range(count)]


def test_a_steady_clock_is_measured_after_one_beat_and_then_left_alone() -> None:
    follower = ClockFollower()
    assert feed(follower, pulses(100.0, 24 * 8)) == [(24, 100.0)]


def test_a_tempo_change_is_followed_smoothly_once_a_beat() -> None:
    follower = ClockFollower()
    slow = pulses(100.0, 200)
    fast = pulses(120.0, 300, start=slow[-1] + 60.0 / (120.0 * 24))
    times = slow + fast
    reports = feed(follower, times)
    assert reports[0] == (24, 100.0)
    later = reports[1:]
    assert later[-1][1] == 120.0
    # Each report is the least-squares tempo of the last WINDOW + 1 pulses, reported on a beat boundary.
    for index, tempo in later:
        assert (index - 24) % 24 == 0
        window = times[max(index - WINDOW, 0) : index + 1]
        slope = np.polyfit(np.arange(len(window)), np.array(window), 1)[0]
        assert tempo == round(60.0 / (24 * slope), 2)
    assert [t for _, t in later] == sorted(t for _, t in later)  # a glide, never overshooting
    assert all(100.0 < t <= 120.0 for _, t in later)


def test_jitter_of_a_jack_period_is_averaged_away() -> None:
    follower = ClockFollower()
    ideal = pulses(123.0, 24 * 32, start=0.001)
    delivered = [math.ceil(t / PERIOD) * PERIOD for t in ideal]  # each pulse waits for the next period
    reports = feed(follower, delivered)
    assert abs(reports[-1][1] - 123.0) <= 0.05
    assert len(reports) <= 3  # noise does not re-time the session every beat


def test_a_pause_starts_a_new_measurement() -> None:
    follower = ClockFollower()
    first = pulses(100.0, 100)
    second = pulses(140.0, 60, start=first[-1] + 2.0)
    reports = feed(follower, first + second)
    assert reports == [(24, 100.0), (100 + 24, 140.0)]


def test_start_continue_and_stop_drive_the_transport() -> None:
    assert ClockFollower.transport(0xFA) is True
    assert ClockFollower.transport(0xFB) is True
    assert ClockFollower.transport(0xFC) is False
    assert ClockFollower.transport(0xF8) is None
