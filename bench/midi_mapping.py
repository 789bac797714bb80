"""From a MIDI event to the mapped action's OSC push, beside an OSC message to the same push, in one run.

A whole server (App, Link not on the network) runs on a private JACK dummy server with ``--midi-in benchctl``
and one binding, ``cc 1 7 -> /link/tempo``. A python-rtmidi port of this process plays the controller; an
OSC socket of this process sends ``/link/tempo`` directly. Every time is read on the host clock the server
uses (``CLOCK_MONOTONIC_RAW``) and ends when the publisher pushes ``/link/tempo``:

- **MIDI, from arrival**: from the moment the MIDI process's input callback stamped the event (what the
  mapping adds: the hop to the server, the binding, the same dispatch as OSC);
- **MIDI, from send**: from this process's ``send_message``, so JACK's own part is included (rtmidi's JACK
  backend writes each event at the start of the next period: up to 256 frames, 5.3 ms at 48 kHz, on average
  half that);
- **OSC (reference)**: from this process's ``sendto`` of the same request.
"""

from __future__ import annotations

import asyncio
import os
import shutil
import socket
import tempfile
from pathlib import Path
from typing import Any

from bench.common import print_table, summary_ms
from oscserver.engine.clock import host_time
from oscserver.osc.codec import encode_message
from oscserver.server.app import App
from oscserver.server.config import ServeConfig

SAMPLES = 200
GAP = 0.005  # seconds between events: one at a time, never a queue
TIMEOUT = 2.0


def run(args: list[str] | None = None) -> None:
    if shutil.which("jackd") is None:
        print("skipped: needs jackd (Debian jackd2)")
        return
    import rtmidi

    from tests.support.jack import JackDummy

    with JackDummy() as jack, tempfile.TemporaryDirectory(prefix="oscserver-bench-") as data_dir:
        os.environ["JACK_DEFAULT_SERVER"] = jack.name  # the MIDI process inherits it
        controller = rtmidi.MidiOut(rtmidi.API_UNIX_JACK, name="benchctl")
        controller.open_virtual_port("out")
        try:
            asyncio.run(_measure(controller, Path(data_dir)))
        finally:
            controller.delete()


async def _measure(controller: Any, data_dir: Path) -> None:
    config = ServeConfig(
        host="127.0.0.1", port=0, link=False, audio="none", midi_api="jack", midi_in=("benchctl",),
        zeroconf=False, tcp=False, data_dir=data_dir, autosave=False,
    )  # fmt: skip
    app = await App.create(config)
    await app.start()
    arrivals: list[float] = []
    pushes: list[float] = []
    app.midi.input_listeners.insert(0, lambda data, at, name: arrivals.append(at))
    app.osc.publisher.taps.append(
        lambda address, args: pushes.append(host_time()) if address == "/link/tempo" else None
    )
    app.mapping.add("cc", 1, 7, "/link/tempo", ())
    sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    try:
        await _until_heard(controller, pushes)
        midi_arrival, midi_send, osc = [], [], []
        for index in range(SAMPLES):
            value = 10 + index % 2  # a new value each time: the publisher pushes only changes
            sent = host_time()
            controller.send_message([0xB0, 7, value])
            pushed = await _next(pushes)
            if pushed is not None and arrivals:
                midi_arrival.append(pushed - arrivals[-1])
                midi_send.append(pushed - sent)
            await asyncio.sleep(GAP)
            sent = host_time()
            sock.sendto(encode_message("/link/tempo", (100.0 + index % 2,)), ("127.0.0.1", app.port))
            pushed = await _next(pushes)
            if pushed is not None:
                osc.append(pushed - sent)
            await asyncio.sleep(GAP)
    finally:
        sock.close()
        await app.stop()
    rows = []
    for name, values in (
        ("MIDI, from arrival", midi_arrival),
        ("MIDI, from send (JACK incl.)", midi_send),
        ("OSC, from send (reference)", osc),
    ):
        s = summary_ms(values)
        rows.append([name, int(s["n"]), f"{s['p50']:.3f}", f"{s['p99']:.3f}", f"{s['max']:.3f}"])
    print_table(
        f"cc -> /link/tempo push, {SAMPLES} events each, JACK dummy 48 kHz / 256 frames (5.3 ms periods)",
        ["path", "n", "p50 ms", "p99 ms", "max ms"],
        rows,
    )


async def _until_heard(controller: Any, pushes: list[float]) -> None:
    """JACK makes the input's connection live at a later cycle: send until the binding acts once."""
    for attempt in range(100):
        controller.send_message([0xB0, 7, 127 - attempt % 2])
        if await _next(pushes, 0.2) is not None:
            await asyncio.sleep(0.2)  # what was still in flight
            return
    raise RuntimeError("the controller's cc never reached the server")


async def _next(pushes: list[float], timeout: float = TIMEOUT) -> float | None:
    """The next push's time (polling the loop finely), or None when none came."""
    seen = len(pushes)
    deadline = host_time() + timeout
    while len(pushes) == seen:
        if host_time() > deadline:
            return None
        await asyncio.sleep(0)
        await asyncio.sleep(0.0002)
    return pushes[seen]


if __name__ == "__main__":
    run()
