"""A long run with everything going: 8 loops playing, the MIDI clock running, the transport on.

Memory (the server and its audio and MIDI processes together) and xruns at the start and at the end, and a
sample every minute in between. References measured in the same run: an idle server started alongside
(no audio device, no MIDI, no loops), and the xruns jackd itself logged.

``python -m bench soak [--minutes 10]``; needs jackd and jack_metro (a private dummy JACK server plays the
sound card).
"""

from __future__ import annotations

import argparse
import contextlib
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

import psutil

from oscserver.cli.client import OscClient
from tests.support.jack import JackDummy
from tests.support.server import ServerProcess
from tests.support.waiting import wait_for_history, wait_status

TRACKS = 8
TEMPO = 120.0
IN = ("oscserver-audio:in_0", "oscserver-audio:in_1")


def tree_rss_mib(pid: int) -> float:
    """Resident memory of a process and all its children (the audio and MIDI processes)."""
    process = psutil.Process(pid)
    total = process.memory_info().rss
    for child in process.children(recursive=True):
        with contextlib.suppress(psutil.NoSuchProcess):  # a child that ended meanwhile
            total += child.memory_info().rss
    return total / 2**20


def sample(server: ServerProcess, osc: OscClient, jack: JackDummy) -> dict[str, float]:
    assert server.process is not None
    audio = osc.pairs("/audio/status")
    status = osc.pairs()
    return {
        "rss": tree_rss_mib(server.process.pid),
        "xruns": float(audio["xruns"]),
        "jack_xruns": float(jack.xruns_logged()),
        "load": float(audio["load"]),
        "playing": float(
            sum(1 for n in range(1, TRACKS + 1) if osc.request(f"/looper/{n}/state").args[0] == "PLAYING")
        ),
        "clock": float(status["midi_clock"]),
    }


def start_everything(osc: OscClient, jack: JackDummy) -> None:
    """The metronome into the inputs, eight 1-bar loops taken from it, the clock and the transport on."""
    jack.start_client(["jack_metro", "-b", str(int(TEMPO)), "-n", "soak-metro", "-f", "1000", "-D", "5"])
    jack.wait_for_port("soak-metro:120_bpm")
    for port in IN:
        jack.wait_for_port(port)
        jack.connect("soak-metro:120_bpm", port)
    wait_for_history(osc, 4.0 * 60 / TEMPO * 2)  # the bar a press keeps can end up to 3/4 bar back
    osc.request("/audio/latency", 0.0)
    for n in range(1, TRACKS + 1):
        osc.request(f"/looper/{n}/record", 1, reply=f"/looper/{n}/state")
    osc.request("/midi/clock", 1)
    osc.request("/link/playing", 1)


def run(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="bench soak")
    parser.add_argument("--minutes", type=float, default=10.0)
    args = parser.parse_args(argv or [])
    missing = [p for p in ("jackd", "jack_metro") if shutil.which(p) is None]
    if missing:
        print(f"skipped: needs {', '.join(missing)}")
        return
    log = Path(tempfile.mkdtemp(prefix="soak-")) / "jackd.log"
    realtime = os.geteuid() == 0
    with (
        JackDummy(rate=48000, period=128, realtime=realtime, log=log) as jack,
        ServerProcess(
            "--audio",
            "auto",
            "--midi-api",
            "jack",
            "--tempo",
            str(TEMPO),
            "--tracks",
            str(TRACKS),
            env=jack.env,
        ) as server,
        ServerProcess("--audio", "none", "--midi-api", "none") as idle,
        server.client() as osc,
    ):
        assert idle.process is not None
        wait_status(osc, "midi", lambda v: v == "jack")
        start_everything(osc, jack)
        time.sleep(5.0)  # past the first bar lines: every loop sounding
        first = sample(server, osc, jack)
        idle_first = tree_rss_mib(idle.process.pid)
        rows = [(0.0, first)]
        started = time.monotonic()
        end = started + args.minutes * 60
        while (now := time.monotonic()) < end:
            time.sleep(min(60.0, end - now))
            rows.append(((time.monotonic() - started) / 60, sample(server, osc, jack)))
        idle_last = tree_rss_mib(idle.process.pid)
        jack.stop_clients()
    last = rows[-1][1]
    print(
        f"soak: {args.minutes:g} min, {TRACKS} loops, MIDI clock and transport on, JACK dummy at 128 frames "
        f"({'real-time' if realtime else 'not real-time'})"
    )
    print("  minute   RSS MiB (server+audio+MIDI)   xruns   jackd xruns   load %   loops playing   clock")
    for minute, row in rows:
        print(
            f"  {minute:6.1f}   {row['rss']:27.1f}   {row['xruns']:5.0f}   {row['jack_xruns']:11.0f}   "
            f"{row['load']:6.2f}   {row['playing']:13.0f}   {row['clock']:5.0f}"
        )
    print(
        f"  memory: {first['rss']:.1f} -> {last['rss']:.1f} MiB ({last['rss'] - first['rss']:+.1f}); "
        f"idle server (reference): {idle_first:.1f} -> {idle_last:.1f} MiB ({idle_last - idle_first:+.1f})"
    )
    print(
        f"  xruns: {last['xruns'] - first['xruns']:.0f} during the soak (target 0); "
        f"jackd logged {last['jack_xruns'] - first['jack_xruns']:.0f} in the same time"
    )


if __name__ == "__main__":
    run(sys.argv[1:])
