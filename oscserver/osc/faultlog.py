"""Internal errors logged with their traceback, but never a flood of them.

A fault the server did not foresee is logged with its traceback, so that it can be fixed. When a client
repeats the packet that causes it, thousands of identical tracebacks would fill the disk (2,000 packets once
wrote 798 KiB), so each kind of fault (where it happened and the exception's type, never anything the client
chose) is logged at most ``burst`` times per ``window`` seconds; the rest are counted, and the count is logged
when the kind is next seen after its window.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass


@dataclass
class _Window:
    start: float
    logged: int = 0
    suppressed: int = 0


class FaultLog:
    def __init__(
        self,
        logger: logging.Logger,
        now: Callable[[], float],
        burst: int = 3,
        window: float = 60.0,
        max_kinds: int = 64,
    ) -> None:
        self._logger = logger
        self._now = now
        self.burst = burst
        self.window = window
        self._max_kinds = max_kinds
        self._windows: dict[str, _Window] = {}

    @property
    def kinds(self) -> int:
        """How many kinds of fault are remembered (bounded: the kinds a client can cause are few)."""
        return len(self._windows)

    def fault(self, where: str, error: BaseException, message: str, *args: object) -> None:
        """Log ``message % args`` with ``error``'s traceback, unless this kind of fault was logged enough."""
        kind = f"{where}: {type(error).__name__}"
        now = self._now()
        window = self._windows.get(kind)
        if window is None or now - window.start >= self.window:
            if window is not None and window.suppressed:
                self._logger.warning(
                    "%d more internal errors (%s) in %.0f s were not logged",
                    window.suppressed,
                    kind,
                    self.window,
                )
            window = self._start(kind, now)
        if window.logged >= self.burst:
            window.suppressed += 1
            return
        window.logged += 1
        if window.logged == self.burst:
            message += f" (more of these within {self.window:.0f} s are counted, not logged)"
        self._logger.error(message, *args, exc_info=error)

    def _start(self, kind: str, now: float) -> _Window:
        self._windows.pop(kind, None)
        if len(self._windows) >= self._max_kinds:
            del self._windows[next(iter(self._windows))]  # the kind seen longest ago
        window = self._windows[kind] = _Window(now)
        return window
