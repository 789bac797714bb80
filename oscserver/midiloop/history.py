"""The always-on history of MIDI input that ``/midiloop/<n>/record`` keeps takes from.

Each message is kept with the host time the MIDI process stamped it with and the Link beat of that time under
the timeline in force when it arrived (a later tempo change does not move what was played). The history is
bounded twice: by count (:data:`MAX_EVENTS`, 3 MB measured: minutes of dense playing with controllers) and
by age (the audio looper's ``history`` setting, 104 s by default, so both loopers reach equally far back).
Channel messages only: clock, sysex and other system messages are not loop material.
"""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass

from oscserver.engine.loop_windows import BeatSpan
from oscserver.engine.timeline import BEAT_EPSILON, Timeline

MAX_EVENTS = 20_000


@dataclass(frozen=True, slots=True)
class HeardEvent:
    time: float  # host time it arrived
    beat: float  # the Link beat at that time
    data: bytes  # one channel message


def is_channel_message(data: bytes) -> bool:
    return len(data) in (2, 3) and 0x80 <= data[0] < 0xF0 and all(byte < 0x80 for byte in data[1:])


class InputHistory:
    def __init__(self, max_age: float, max_events: int = MAX_EVENTS) -> None:
        if max_age <= 0 or max_events < 1:
            raise ValueError("a MIDI history keeps at least one event for some time")
        self.max_age = max_age
        self._events: deque[HeardEvent] = deque(maxlen=max_events)

    def __len__(self) -> int:
        return len(self._events)

    def add(self, data: bytes, time: float, timeline: Timeline) -> None:
        """Keep a message (anything but a channel message is ignored) and forget what is too old."""
        if not is_channel_message(data):
            return
        self._events.append(HeardEvent(time, timeline.beat_at(time), bytes(data)))
        self.forget_before(time - self.max_age)

    def forget_before(self, time: float) -> None:
        while self._events and self._events[0].time < time:
            self._events.popleft()

    def between(self, span: BeatSpan) -> list[HeardEvent]:
        """The events of beats [start, end), in the order they arrived."""
        low, high = span.start - BEAT_EPSILON, span.end - BEAT_EPSILON
        return [event for event in self._events if low <= event.beat < high]

    def after(self, beat: float) -> list[HeardEvent]:
        """The events from ``beat`` on: what a take must still see to pair its held notes with note-offs."""
        return [event for event in self._events if event.beat >= beat - BEAT_EPSILON]
