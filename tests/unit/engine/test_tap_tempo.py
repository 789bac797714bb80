import pytest

from oscserver.engine.tap_tempo import TapTempo


def tap_at(tapper: TapTempo, times: list[float]) -> list[float | None]:
    return [tapper.tap(t) for t in times]


def test_a_first_tap_gives_no_tempo_and_the_second_gives_the_interval() -> None:
    assert tap_at(TapTempo(), [10.0, 10.5]) == [None, 120.0]


def test_the_tempo_is_the_mean_of_the_last_four_intervals() -> None:
    tapper = TapTempo()
    # Intervals 0.5, 0.5, 0.5, 0.5 then 0.4: the last four are 0.5, 0.5, 0.5, 0.4 (mean 0.475).
    tempos = tap_at(tapper, [0.0, 0.5, 1.0, 1.5, 2.0, 2.4])
    assert tempos[:5] == [None, 120.0, 120.0, 120.0, 120.0]
    assert tempos[5] == pytest.approx(60.0 / 0.475, abs=1e-9)
    assert tapper.taps == 5


def test_a_pause_longer_than_two_seconds_starts_a_new_count() -> None:
    tapper = TapTempo()
    assert tap_at(tapper, [0.0, 0.6, 1.2]) == [None, 100.0, 100.0]
    assert tapper.tap(3.2000001) is None  # 2.0000001 s after the last tap
    assert tapper.taps == 1
    assert tapper.tap(3.7000001) == pytest.approx(120.0)


def test_exactly_two_seconds_still_counts() -> None:
    assert tap_at(TapTempo(), [0.0, 2.0]) == [None, 30.0]


def test_time_going_backwards_starts_a_new_count() -> None:
    tapper = TapTempo()
    tap_at(tapper, [5.0, 5.5])
    assert tapper.tap(4.0) is None
    assert tapper.taps == 1


def test_the_tempo_stays_within_links_range() -> None:
    assert tap_at(TapTempo(), [0.0, 0.01]) == [None, 999.0]
