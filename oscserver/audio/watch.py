"""Noticing that the audio process or its device went away under a running server, and when to try again.

Three signs, any one enough: the audio process ended (killed, crashed, or by itself when it finds its stream
stopped, which is what PortAudio's JACK host does when the JACK server quits or drops the client), the flag
it sets in the shared stats before ending, or the callback's heartbeat going stale (a device that hangs
without saying so). The first two hold on every device; the heartbeat is watched only on a device that can
go away (the built-in silent device's clock stalls only with the whole machine). Reconnecting means starting
a fresh audio process (a fresh PortAudio is what sees a new JACK server); the attempts back off from
:data:`RETRY_FIRST_SECONDS` to :data:`RETRY_MOST_SECONDS` apart.
"""

from __future__ import annotations

from oscserver.audio.control import AudioControl
from oscserver.audio.memory import Stat
from oscserver.audio.process import AudioBackend

# Far longer than any callback is late on a busy machine (JACK itself drops a client that is late by much
# less), far shorter than a performer waits before wondering.
STALE_SECONDS = 3.0
RETRY_FIRST_SECONDS = 1.0
RETRY_MOST_SECONDS = 2.0


def audio_problem(
    process: AudioBackend,
    control: AudioControl,
    now: float,
    heartbeat_watched: bool = True,
    stale: float = STALE_SECONDS,
) -> str | None:
    """Why the audio process or its device is gone, or None while they run. ``now`` is on the host clock
    the callback's heartbeat is stamped with; ``heartbeat_watched``: whether a stale one counts."""
    if control.stat(Stat.DEVICE_LOST) != 0.0:
        return "its stream stopped by itself"
    ended = process.ended()
    if ended is not None:
        return ended
    if not heartbeat_watched:
        return None
    heartbeat = control.stat(Stat.HEARTBEAT)
    # (0 until the first callback: a stream that never starts is the audio process's to notice.)
    if heartbeat > 0.0 and now - heartbeat > stale:
        return f"it has not called back for {now - heartbeat:.1f} s"
    return None


class Backoff:
    """The delay before each reconnection attempt: doubling from ``first`` up to ``most``."""

    def __init__(self, first: float = RETRY_FIRST_SECONDS, most: float = RETRY_MOST_SECONDS) -> None:
        self.first = first
        self.most = most
        self._next = first

    def reset(self) -> None:
        self._next = self.first

    def next(self) -> float:
        delay = self._next
        self._next = min(self._next * 2.0, self.most)
        return delay
