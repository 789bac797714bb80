"""Measurements against JACK's dummy driver, taken again when JACK lost time during them.

The dummy driver keeps time by sleeping. On a busy machine it oversleeps, reports an xrun and starts its
frames again at a new phase. A JACK client counting frames (``jack_metro``, ``jack_rec``) steps with it;
the server's beat follows the host clock (Link's), as it must, and steps the other way: it takes the step
and skips what was not heard. Across such a step, a loop compared with a metronome, or with itself recorded
a bar earlier, is off by the stall: the comparison says nothing about the server. Such an attempt is made
again; one without a stall stands, pass or fail.

Only the driver's own stalls count, as jackd logs them. JACK also reports an xrun whenever a client is late
(the server's callback, under a test's requests), but its frames go on through those, on time.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from tests.support.jack import JackDummy
from tests.support.waiting import wait_until

T = TypeVar("T")

# jackd's real-time thread hands its messages to a writer thread: a stall at the very end of an attempt
# may reach the log a moment after the attempt failed.
LOG_CATCH_UP_SECONDS = 0.5


def stalled_since(jack: JackDummy, before: int) -> int:
    """How many stalls of ``jack``'s driver its log shows since it showed ``before``, given a moment to
    catch up when it shows none."""
    try:
        return wait_until(
            lambda: jack.driver_stalls() - before, LOG_CATCH_UP_SECONDS, what="a stall logged", poll=0.05
        )
    except TimeoutError:
        return 0


def without_lost_time(jack: JackDummy, attempt: Callable[[], T], attempts: int = 3) -> T:
    """What ``attempt`` returns (or raises) the first time it runs with no stall of ``jack``'s driver,
    running it up to ``attempts`` times; it must leave things as it found them, pass or fail."""
    voided: list[str] = []
    for _ in range(attempts):
        before = jack.driver_stalls()
        try:
            result = attempt()
        except AssertionError as failure:
            stalls = stalled_since(jack, before)
            if not stalls:
                raise
            voided.append(f"failed across {stalls} stall(s): {failure}")
            print(f"measured again, JACK's driver having lost time: {voided[-1]}")
            continue
        stalls = jack.driver_stalls() - before
        if not stalls:
            return result
        voided.append(f"passed across {stalls} stall(s)")
        print(f"measured again, JACK's driver having lost time: {voided[-1]}")
    raise AssertionError(f"JACK's driver lost time in every attempt, so none measured the server: {voided}")
