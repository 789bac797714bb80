"""The MIDI loops' part of a session: each loop's take as a Standard MIDI File, and its settings.

``midiloops.loops`` holds one object per loop: ``loop`` (its number), ``output``, ``quantize``, and, when it
holds a take, ``bars``, ``beats`` (the loop's length), ``playing`` and ``smf`` (the Standard MIDI File,
base64). A loaded loop is anchored at beat 0 and plays from the moment of the load, or waits stopped. A
named output the server does not have falls back to ``out``; a loop number the server does not have is
refused if it holds a take, so nothing recorded is silently dropped. A session saved before MIDI loops
existed has no such section and leaves the loops as they are.
"""

from __future__ import annotations

import base64
import binascii
import logging
from collections.abc import Collection, Mapping
from typing import Any

from oscserver.exceptions import InvalidArgument
from oscserver.midiloop.endpoints import MAX_BARS, MAX_QUANTIZE_BEATS, VIRTUAL_OUTPUT
from oscserver.midiloop.service import MidiLoopSubsystem
from oscserver.midiloop.smf import MAX_FILE_BYTES, from_smf, to_smf
from oscserver.midiloop.take import MidiTake
from oscserver.sessions.parts import number, require
from oscserver.sessions.store import Audio, HasShape

log = logging.getLogger(__name__)

SECTION = "midiloops"


class MidiLoopPart:
    key = SECTION

    def __init__(self, loops: MidiLoopSubsystem) -> None:
        self._loops = loops
        self.when_absent: dict[str, Any] = {"loops": []}  # a session from before MIDI loops: left as they are

    def capture(self) -> tuple[dict[str, Any], Audio]:
        saved = []
        for n in self._loops.loop_numbers():
            entry: dict[str, Any] = {
                "loop": n,
                "output": self._loops.output(n),
                "quantize": self._loops.quantize(n),
            }
            take = self._loops.bank.stored(n)
            if take is not None:
                smf = to_smf(take, self._loops.tempo, self._loops.quantum)
                entry.update(
                    bars=self._loops.bars(n),
                    beats=take.beats,
                    playing=self._loops.meant_to_play(n),
                    smf=base64.b64encode(smf).decode("ascii"),
                )
            saved.append(entry)
        return {"loops": saved}, {}

    def check(self, state: dict[str, Any], audio: Mapping[str, HasShape], samplerate: int) -> Collection[str]:
        self._parse(state)
        return ()

    def apply(self, state: dict[str, Any], audio: Audio, samplerate: int) -> None:
        for n, output, quantize, stored in self._parse(state):
            if n not in self._loops.loop_numbers():
                continue
            self._loops.set_output(n, output)
            self._loops.set_quantize(n, quantize)
            if stored is None:
                if not self._loops.is_empty(n):
                    self._loops.clear(n)
            else:
                take, bars, playing = stored
                self._loops.restore(n, take, bars, playing)

    def _parse(
        self, state: dict[str, Any]
    ) -> list[tuple[int, str, float, tuple[MidiTake, int, bool] | None]]:
        if not isinstance(state, dict):
            raise InvalidArgument(f"the {SECTION} section must be an object")
        entries = require(state, "loops", list, SECTION)
        parsed = []
        seen: set[int] = set()
        for index, entry in enumerate(entries):
            where = f"{SECTION}.loops[{index}]"
            if not isinstance(entry, dict):
                raise InvalidArgument(f"{where} must be an object")
            n = require(entry, "loop", int, where)
            if isinstance(n, bool) or n < 1 or n in seen:
                raise InvalidArgument(f"{where}.loop must be a loop number used once, got {n!r}")
            seen.add(n)
            output = require(entry, "output", str, where)
            if output != VIRTUAL_OUTPUT and output not in self._loops.output_names():
                log.warning("%s: no MIDI output %r here; the loop plays on %r", where, output, VIRTUAL_OUTPUT)
                output = VIRTUAL_OUTPUT
            quantize = number(entry, "quantize", where, 0.0, MAX_QUANTIZE_BEATS, " beats")
            stored = None
            if "smf" in entry:
                if n not in self._loops.loop_numbers():
                    count = len(self._loops.loop_numbers())
                    raise InvalidArgument(
                        f"{where}: midiloop {n} holds a take; this server has {count} MIDI loops"
                    )
                stored = self._parse_take(entry, where)
            parsed.append((n, output, quantize, stored))
        return parsed

    @staticmethod
    def _parse_take(entry: dict[str, Any], where: str) -> tuple[MidiTake, int, bool]:
        bars = int(number(entry, "bars", where, 1, MAX_BARS))
        if bars != entry["bars"]:
            raise InvalidArgument(f"{where}.bars must be a whole number of bars, got {entry['bars']!r}")
        beats = number(entry, "beats", where, 1.0 / 64, MAX_BARS * 16.0, " beats")
        playing = require(entry, "playing", bool, where)
        text = require(entry, "smf", str, where)
        if len(text) > MAX_FILE_BYTES * 4 // 3 + 4:
            raise InvalidArgument(f"{where}.smf is larger than a MIDI loop's file may be")
        try:
            data = base64.b64decode(text, validate=True)
        except (binascii.Error, ValueError) as err:
            raise InvalidArgument(f"{where}.smf is not base64 ({err})") from err
        return from_smf(data, beats, f"{where}.smf"), bars, playing
