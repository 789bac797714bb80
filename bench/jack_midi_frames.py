"""Where MIDI lands on JACK, in frames: rtmidi's JACK backend (the reference) beside the frame-exact one.

For each period (64, 256, 1024 frames at 48 kHz) a private real-time JACK dummy server, and on it, one after
the other, the MIDI process on each path (``OSCSERVER_MIDI_JACK_FRAMES=0``: rtmidi) with its 24-ppqn clock on
at 120 BPM (a pulse every 1000 frames) and a quarter-beat note (6000 frames) every quarter of a second at a
random phase. A JACK client of the bench's own records the frame of every event. Errors are in frames:
|interval - 1000| for the pulses, |length - 6000| for the notes. For the frame-exact path the MIDI process
also reports its process callbacks' time as a share of the period.

Targets: every event within one frame; callback p99 <= 10 % of the period at 64 frames.
"""

from __future__ import annotations

import itertools
import os
import random
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from typing import IO, TypeVar

from bench.common import percentile, print_table
from oscserver.engine.clock import host_time
from oscserver.engine.timeline import Timeline
from oscserver.midi import protocol as p
from oscserver.midi.rtmidi_ports import FRAMES_VARIABLE
from oscserver.midi.timing import TimingReport

PERIODS = (64, 256, 1024)
SECONDS = 1.5  # of clock and notes per path and period
RATE = 48000
PULSE_FRAMES = 1000  # 120 BPM, 24 ppqn, 48 kHz
NOTE_BEATS = 0.25
NOTE_FRAMES = 6000

T = TypeVar("T")


@dataclass(frozen=True)
class Result:
    period: int
    path: str
    pulse_errors: list[int]
    note_errors: list[int]
    timing: TimingReport


def run(args: list[str] | None = None) -> None:
    if shutil.which("jackd") is None:
        print("skipped: needs jackd (Debian jackd2)")
        return
    from tests.support.jack import JackDummy
    from tests.support.jack_frames import FrameProbe

    periods = [int(arg) for arg in args or ()] or PERIODS  # `python -m bench.jack_midi_frames 64` for one
    results = []
    for period in periods:
        with JackDummy(period=period, realtime=True) as jack, FrameProbe(jack, "bench-frames") as probe:
            for path in ("rtmidi", "frames"):
                results.append(_measure(jack.env, jack, probe, period, path))
    _print(results)


def _measure(env: dict[str, str], jack: object, probe: object, period: int, path: str) -> Result:
    with tempfile.TemporaryFile() as log:  # the MIDI process's stderr, shown if it stops answering
        return _measure_logged(env, jack, probe, period, path, log)


def _measure_logged(
    env: dict[str, str], jack: object, probe: object, period: int, path: str, log: IO[bytes]
) -> Result:
    from tests.support.jack import JackDummy
    from tests.support.jack_frames import FrameProbe, frames_of

    assert isinstance(jack, JackDummy) and isinstance(probe, FrameProbe)
    ours, theirs = socket.socketpair(socket.AF_UNIX, socket.SOCK_SEQPACKET)
    child_env = {**env, FRAMES_VARIABLE: "1" if path == "frames" else "0"}
    process = subprocess.Popen(
        [sys.executable, "-m", "oscserver.midi.worker", str(theirs.fileno())],
        pass_fds=(theirs.fileno(),),
        env=child_env,
        stderr=log,
    )
    theirs.close()
    try:
        ours.send(p.encode(p.Configure(api="jack", outputs=(), inputs=(), clock_in=None, log_level="error")))
        ready = _wait_for(ours, p.Ready)
        assert ready.virtual_output is not None, ready
        jack.connect(ready.virtual_output, probe.in_name)
        start = host_time() + 0.2
        ours.send(p.encode(p.SetTimeline(Timeline(time=start, beat=0.0, tempo=120.0))))
        ours.send(p.encode(p.SetClock("", True, start)))
        phase = random.Random(period)
        for index in range(int(SECONDS * 4)):
            at = start + index * 0.25 + phase.uniform(0.0, 0.02)
            ours.send(p.encode(p.Note("", 1, 60 + index % 12, 100, NOTE_BEATS, 0.0, at)))
        probe.clear()
        time.sleep(SECONDS + 0.4)
        ours.send(p.encode(p.GetTiming(1, False)))
        timing = _wait_for(ours, p.Timing).report
        ours.send(p.encode(p.Shutdown()))
        _wait_for(ours, p.Bye)
    except TimeoutError:
        _show_stacks(process, log, f"{period} frames, {path}")
        raise
    finally:
        ours.close()  # (a MIDI process whose server's end closed exits)
        process.wait(10)
    events = list(probe.events)
    ticks = frames_of(events, 0xF8)
    pulse_errors = [abs((b - a) - PULSE_FRAMES) for a, b in itertools.pairwise(ticks)]
    note_errors = []
    for frame, data in events:
        if data[0] == 0x90:
            off = next((f for f, d in events if f >= frame and d == bytes((0x80, data[1], 0))), None)
            if off is not None:
                note_errors.append(abs((off - frame) - NOTE_FRAMES))
    return Result(period, path, pulse_errors, note_errors, timing)


def _show_stacks(process: subprocess.Popen[bytes], log: IO[bytes], what: str) -> None:
    """A MIDI process that stopped answering: its threads' stacks (``kill -USR1``) and its log, printed."""
    process.send_signal(signal.SIGUSR1)
    time.sleep(0.5)
    log.seek(0)
    print(f"the MIDI process stopped answering ({what}); its log and stacks:", file=sys.stderr)
    print(log.read().decode(errors="replace")[-8000:], file=sys.stderr)


def _wait_for(sock: socket.socket, kind: type[T], timeout: float = 10.0) -> T:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        sock.settimeout(max(deadline - time.monotonic(), 0.01))
        packet = p.decode(sock.recv(p.MAX_PACKET))
        if isinstance(packet, kind):
            return packet
    raise TimeoutError(f"no {kind.__name__} from the MIDI process")


def _print(results: list[Result]) -> None:
    rows = []
    for r in results:
        rows.append(
            (
                r.period,
                r.path,
                len(r.pulse_errors),
                percentile(r.pulse_errors, 50),
                percentile(r.pulse_errors, 99),
                max(r.pulse_errors, default=-1),
                len(r.note_errors),
                percentile(r.note_errors, 50),
                percentile(r.note_errors, 99),
                max(r.note_errors, default=-1),
                f"{r.timing.callback_p50 * 100:.1f}/{r.timing.callback_p99 * 100:.1f}/"
                f"{r.timing.callback_max * 100:.1f}",
            )
        )
    print_table(
        "error in frames (pulse: |interval - 1000|, note: |length - 6000|); callback: % of the period",
        (
            "period",
            "path",
            "pulses",
            "p50",
            "p99",
            "max",
            "notes",
            "p50",
            "p99",
            "max",
            "callback p50/p99/max %",
        ),
        rows,
    )
    print("target: every event within 1 frame; callback p99 <= 10 % of the period at 64 frames")
    realtime = os.geteuid() == 0
    print(f"JACK dummy real-time: {'yes' if realtime else 'no (needs root)'}")


if __name__ == "__main__":
    run(sys.argv[1:])
