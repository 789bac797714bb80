"""The callback loads behind ``/midi/timing`` are read while JACK's thread keeps appending to them: the copy
must be taken whole (iterating the deque in Python failed now and then with "deque mutated during
iteration", and ``/midi/timing`` was then never answered)."""

from __future__ import annotations

import sys
import threading
from collections import deque

from oscserver.midi.worker import callback_loads


def test_a_copy_is_taken_whole_while_another_thread_appends() -> None:
    loads: deque[float] = deque((0.1,) * 8192, maxlen=8192)  # full, as after a few seconds of callbacks
    done = threading.Event()

    def callback_thread() -> None:
        while not done.is_set():
            loads.append(0.2)

    interval = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)  # the GIL handed over as often as it can be: the append lands mid-copy
    appender = threading.Thread(target=callback_thread)
    appender.start()
    try:
        for _ in range(200):
            copy = callback_loads(loads)
            assert len(copy) == 8192 and set(copy) <= {0.1, 0.2}
    finally:
        done.set()
        appender.join()
        sys.setswitchinterval(interval)
