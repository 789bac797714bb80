"""Run every benchmark (or those named on the command line) and print their figures."""

from __future__ import annotations

import importlib
import sys

BENCHMARKS = [
    "osc_roundtrip",
    "hostile_network",
    "memory",
    "midi_lateness",
    "jack_midi_frames",
    "midiloop_timing",
    "looper_callback",
    "looper_stretch",
    "device_fault",
    "beat_alignment",
    "soak",
    "hostile_patterns",
    "midi_mapping",
    "websocket",
]


def main(names: list[str]) -> None:
    for name in names or BENCHMARKS:
        module = importlib.import_module(f"bench.{name}")
        print(f"\n=== {name} ===", flush=True)
        module.run([])


if __name__ == "__main__":
    main(sys.argv[1:])
