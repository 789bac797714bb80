"""How far a MIDI loop's replayed notes land from where they were played, beside ``/midi/note``'s lateness.

A whole server (App, Link not on the network, 240 BPM: a bar a second) runs on a private real-time JACK dummy
server with 64-frame periods. An rtmidi port of this process ("keys") plays a phrase of notes at uneven
moments of one bar into the server's MIDI input; ``/midiloop/1/record 1`` keeps that bar; it plays 3 times.
A second rtmidi port ("ears") hears both keys and the server's output, stamping each message with the host
clock as it arrives, so the played and the replayed note pass through the same JACK path:

* replay offset: replayed arrival - played arrival - whole bars (0 is perfect);
* reference, measured in the same run: ``/midi/note`` quantized to 1/4 beat, arrival minus the grid time.

JACK MIDI through rtmidi reaches a port at the start of a period, so each figure carries up to one period
(1.33 ms) of the backend's own resolution. Target: |replay offset| <= 1 ms plus that period.
"""

from __future__ import annotations

import asyncio
import os
import random
import shutil
import tempfile
from typing import Any

from oscserver.cli.client import OscClient
from oscserver.engine.clock import host_time
from oscserver.midi.timing import percentile
from oscserver.server.app import App
from oscserver.server.config import ServeConfig

TEMPO = 240.0
BAR_SECONDS = 4 * 60.0 / TEMPO
RATE, PERIOD = 48000, 64
NOTES = 12
REFERENCE_NOTES = 12
REPLAYS = 3
TARGET_MS = 1.0 + 1000.0 * PERIOD / RATE


def run(args: list[str] | None = None) -> None:
    if shutil.which("jackd") is None:
        print("skipped: needs jackd (Debian jackd2)")
        return
    from tests.support.jack import JackDummy

    with JackDummy(rate=RATE, period=PERIOD, realtime=True) as jack, tempfile.TemporaryDirectory() as data:
        os.environ["JACK_DEFAULT_SERVER"] = jack.name  # the MIDI process and our rtmidi ports
        asyncio.run(_measure(jack, data))


async def _measure(jack: Any, data_dir: str) -> None:
    import rtmidi

    heard: list[tuple[float, tuple[int, ...]]] = []
    keys = rtmidi.MidiOut(rtmidi.API_UNIX_JACK, name="keys")
    keys.open_virtual_port("out")
    ears = rtmidi.MidiIn(rtmidi.API_UNIX_JACK, name="ears")
    ears.open_virtual_port("in")
    ears.set_callback(lambda event, _: heard.append((host_time(), tuple(event[0]))))
    config = ServeConfig(
        host="127.0.0.1", port=0, tempo=TEMPO, link=False, audio="none", midi_api="jack", midi_in=("keys",)
    )
    config = ServeConfig(**{**config.__dict__, "data_dir": data_dir, "autosave": False})
    app = await App.create(config)
    await app.start()
    try:
        while dict(app.midi.status()).get("midi_inputs") != "keys:out":
            await asyncio.sleep(0.01)
        jack.connect("keys:out", "ears:in")
        jack.connect("oscserver:out", "ears:in")
        with OscClient("127.0.0.1", app.port) as osc:
            await _play(app, keys, osc)
    finally:
        await app.stop()
        ears.delete()
        keys.delete()
    _report(app, heard)


async def _at_beat(app: App, beat: float) -> None:
    await asyncio.sleep(max(app.link.clock.timeline().time_at(beat) - host_time(), 0.0))


async def _play(app: App, keys: Any, osc: OscClient) -> None:
    rng = random.Random(14)
    bar = (int(app.link.beat_now() // 4) + 2) * 4.0
    offsets = sorted(rng.uniform(0.2, 3.7) for _ in range(NOTES))
    moments = [(offset, [0x90, 60 + i, 100]) for i, offset in enumerate(offsets)]
    moments += [(offset + 0.1, [0x80, 60 + i, 0]) for i, offset in enumerate(offsets)]
    for offset, message in sorted(moments):
        await _at_beat(app, bar + offset)
        keys.send_message(message)
    await _at_beat(app, bar + 4.1)
    osc.send("/midiloop/1/record", 1)  # keeps [bar, bar + 4); plays it in the next two bars
    for index in range(REFERENCE_NOTES):
        await _at_beat(app, bar + 4.3 + index * 0.6)
        osc.send("/midi/note", 2, 48, 100, 0.1, 0.25)
    await _at_beat(app, bar + 13.0)
    osc.send("/midiloop/1/stop")  # at bar + 16: three replays
    await asyncio.sleep(BAR_SECONDS)


def _report(app: App, heard: list[tuple[float, tuple[int, ...]]]) -> None:
    offsets: list[float] = []
    missing: list[str] = []
    for i in range(NOTES):
        arrivals = [t for t, message in heard if message == (0x90, 60 + i, 100)]
        if not arrivals:
            missing.append(f"note {i} never heard")
            continue
        played = arrivals[0]
        for replay in arrivals[1:]:  # each replay against the bar it belongs to, so a lost one shows as lost
            bars = round((replay - played) / BAR_SECONDS)
            offsets.append(replay - played - bars * BAR_SECONDS)
        if len(arrivals) - 1 != REPLAYS:
            missing.append(f"note {i}: {len(arrivals) - 1} replays")
    timeline = app.link.clock.timeline()
    reference = []
    for arrival, message in heard:
        if message == (0x91, 48, 100):
            grid = int(timeline.beat_at(arrival) / 0.25) * 0.25  # the quarter beat it was meant for
            reference.append(arrival - timeline.time_at(grid))
    print(f"MIDI loop replay vs played, {TEMPO:g} BPM, JACK dummy {RATE} Hz / {PERIOD} frames (real-time),")
    print("both heard by one rtmidi port; reference: /midi/note quantized to 1/4 beat, arrival minus grid")
    print(
        "{:<22} {:>6} {:>9} {:>9} {:>9} {:>9}".format(
            "what", "count", "p50 ms", "p99 ms", "max|| ms", "mean ms"
        )
    )
    for what, values in (("replay offset", offsets), ("/midi/note lateness", reference)):
        ordered = sorted(values)
        worst = max((abs(v) for v in values), default=0.0)
        mean = sum(values) / len(values) if values else 0.0
        print(
            f"{what:<22} {len(values):>6} {percentile(ordered, 0.5) * 1e3:>9.3f} "
            f"{percentile(ordered, 0.99) * 1e3:>9.3f} {worst * 1e3:>9.3f} {mean * 1e3:>9.3f}"
        )
    if missing:
        print("missing:", "; ".join(missing))
    worst = max((abs(v) for v in offsets), default=float("inf"))
    verdict = "met" if worst * 1e3 <= TARGET_MS and len(offsets) == REPLAYS * NOTES else "NOT met"
    print(
        f"worst replay offset {worst * 1e3:.3f} ms over {len(offsets)} replays: target <= {TARGET_MS:.2f} ms "
        f"(1 ms + one period) {verdict}"
    )


if __name__ == "__main__":
    run()
