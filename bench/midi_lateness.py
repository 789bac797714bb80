"""How late scheduled MIDI leaves, idle and under a 5,000 messages/s OSC load, beside aalink's own sync().

A whole server (App with a real aalink session, Link not enabled on the network) runs on a private JACK dummy
server with its 24-ppqn clock on and a quantized note every half beat. For each phase the MIDI process reports
the lateness of every message it sent (host time when the send call returned minus the time the message was
meant for) and the spread of the clock pulse intervals. The reference, measured in the same event loop at
the same moments: awaiting ``aalink.Link.sync(1/24)`` and reading how far past the target beat it resumed.

Targets: p99 <= 0.5 ms under load; clock pulse interval standard deviation <= 0.1 ms.
"""

from __future__ import annotations

import asyncio
import os
import shutil
import socket
import subprocess
import sys
import time
from dataclasses import dataclass
from typing import Any

from oscserver.cli.client import OscClient
from oscserver.midi.subsystem import MidiSubsystem
from oscserver.midi.timing import TimingReport, percentile
from oscserver.midi.worker import REALTIME_VARIABLE
from oscserver.server.app import App
from oscserver.server.config import ServeConfig

PHASE_SECONDS = 10.0
LOAD_RATE = 5000.0
TEMPO = 120.0


@dataclass(frozen=True)
class Phase:
    name: str
    osc_rate: float  # OSC messages the server handled per second
    midi: TimingReport
    aalink_late: list[float]  # seconds past the target beat, one per sync()


def run(args: list[str] | None = None) -> None:
    if shutil.which("jackd") is None:
        print("skipped: needs jackd (Debian jackd2, installed by `make setup` as root)")
        return
    from tests.support.jack import JackDummy

    with JackDummy() as jack:
        os.environ["JACK_DEFAULT_SERVER"] = jack.name  # the MIDI process inherits it
        asyncio.run(_measure())
        # The same again as a normal process: what a user without real-time privileges gets.
        os.environ[REALTIME_VARIABLE] = "0"
        try:
            print()
            asyncio.run(_measure())
        finally:
            del os.environ[REALTIME_VARIABLE]


async def _measure() -> None:
    from aalink import Link

    config = ServeConfig(host="127.0.0.1", port=0, tempo=TEMPO, link=False, audio="none", midi_api="jack")
    app = await App.create(config)
    await app.start()
    midi = next(s for s in app.subsystems if isinstance(s, MidiSubsystem))
    reference = Link(TEMPO)  # aalink's own scheduler, in the same loop, not on the network
    try:
        with OscClient("127.0.0.1", app.port) as osc:
            osc.send("/midi/clock", 1)
            osc.send("/link/playing", 1)
            await asyncio.sleep(2.5)  # past the Start on the next bar line
            await midi.timing(reset=True)
            phases = []
            for name, rate in (("idle", 0.0), ("load", LOAD_RATE)):
                received = app.osc.stats.received
                started = time.monotonic()
                aalink_late = await _phase(app.port, osc, reference, rate)
                osc_rate = (app.osc.stats.received - received) / (time.monotonic() - started)
                phases.append(Phase(name, osc_rate, await midi.timing(reset=True), aalink_late))
        _print(phases, bool(dict(midi.status()).get("midi_realtime")))
    finally:
        reference.enabled = False
        await app.stop()


async def _phase(port: int, osc: OscClient, reference: Any, rate: float) -> list[float]:
    load = None
    if rate:
        load = subprocess.Popen(
            [sys.executable, "-m", "bench.midi_lateness", "load", str(port), str(rate), str(PHASE_SECONDS)],
            stdout=subprocess.DEVNULL,
        )
    aalink_late: list[float] = []
    stop = asyncio.Event()

    async def sync_reference() -> None:
        while not stop.is_set():
            target = await reference.sync(1 / 24)
            aalink_late.append((reference.beat - target) * 60.0 / reference.tempo)

    async def notes() -> None:
        while not stop.is_set():
            osc.send("/midi/note", 1, 60, 100, 0.25, 0.5)  # on the next half beat: scheduled ahead
            await asyncio.sleep(60.0 / TEMPO / 2)

    tasks = [asyncio.create_task(sync_reference()), asyncio.create_task(notes())]
    await asyncio.sleep(PHASE_SECONDS)
    stop.set()
    await asyncio.gather(*tasks)
    if load is not None:
        await asyncio.to_thread(load.wait)
    return aalink_late


def _print(phases: list[Phase], realtime: bool) -> None:
    print(f"MIDI lateness (send returned minus intended time), {PHASE_SECONDS:g} s per phase, {TEMPO:g} BPM,")
    print("24-ppqn clock on and a quantized note every half beat; reference: aalink sync(1/24), same loop")
    print(f"MIDI process real-time scheduling: {'yes' if realtime else 'no'}")
    header = ("phase", "OSC msg/s", "what", "count", "p50 ms", "p99 ms", "max ms")
    print("{:<6} {:>9}  {:<14} {:>6} {:>8} {:>8} {:>8}".format(*header))
    for phase in phases:
        ref = sorted(phase.aalink_late)
        rows = [
            ("MIDI sender", phase.midi.count, phase.midi.p50, phase.midi.p99, phase.midi.max),
            ("aalink sync()", len(ref), percentile(ref, 0.5), percentile(ref, 0.99), percentile(ref, 1.0)),
        ]
        for what, count, p50, p99, worst in rows:
            print(
                f"{phase.name:<6} {phase.osc_rate:>9.0f}  {what:<14} {count:>6} "
                f"{p50 * 1e3:>8.3f} {p99 * 1e3:>8.3f} {worst * 1e3:>8.3f}"
            )
    for phase in phases:
        print(
            f"{phase.name:<6} clock pulse interval sd: {phase.midi.clock_sd * 1e3:.4f} ms over "
            f"{phase.midi.clock_intervals} intervals (target <= 0.1 ms)"
        )
    loaded = phases[-1].midi
    verdict = "met" if loaded.p99 <= 5e-4 else "NOT met"
    print(f"p99 under load {loaded.p99 * 1e3:.3f} ms: target <= 0.5 ms {verdict}")


def _load(port: int, rate: float, seconds: float) -> None:
    """Send ``/ping`` at ``rate`` messages a second for ``seconds``, reading (and dropping) the answers."""
    from oscserver.osc.codec import encode_message

    sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 1 << 22)
    sock.bind(("127.0.0.1", 0))
    sock.setblocking(False)
    message = encode_message("/ping", (1, 2.5, "load"))
    start = time.monotonic()
    sent = 0
    while (elapsed := time.monotonic() - start) < seconds:
        while sent < int(elapsed * rate):
            sock.sendto(message, ("127.0.0.1", port))
            sent += 1
        try:
            while True:
                sock.recv(65536)
        except BlockingIOError:
            pass
        time.sleep(0.002)


if __name__ == "__main__":
    if sys.argv[1:2] == ["load"]:
        _load(int(sys.argv[2]), float(sys.argv[3]), float(sys.argv[4]))
