"""Telling Link's late echoes of our own changes from changes made by other peers.

Link applies a commit twice: at once to the app's state, and later on its own thread, where it recomputes
the app's state from the session's. When two commits come in quick succession (a tempo fader dragged, two
sets in a row), the first is handled on Link's thread after the second was applied: for a moment the app's
state goes back to the first value, and the tempo callback reports it. Such a report is an echo of a commit
of ours that is no longer the latest: the server keeps its own value and checks Link again shortly after
(a peer that really set that same value within the window is then believed).
"""

from __future__ import annotations

from collections import deque
from typing import Generic, TypeVar

T = TypeVar("T")

# How long a commit of ours can still come back as an echo: Link's thread handles commits in microseconds
# on an idle machine, in tens of milliseconds on a loaded one.
ECHO_WINDOW_SECONDS = 1.0
# When to look at Link's state again after ignoring an echo.
RECHECK_SECONDS = 0.05


class OwnCommits(Generic[T]):
    def __init__(self, window: float = ECHO_WINDOW_SECONDS, size: int = 64) -> None:
        self._window = window
        self._commits: deque[tuple[T, float]] = deque(maxlen=size)

    def committed(self, value: T, now: float) -> None:
        self._commits.append((value, now))

    def is_stale_echo(self, reported: T, now: float) -> bool:
        """True when ``reported`` is one of our recent commits, but not the latest."""
        while self._commits and now - self._commits[0][1] > self._window:
            self._commits.popleft()
        if not self._commits or reported == self._commits[-1][0]:
            return False
        return any(reported == value for value, _ in self._commits)
