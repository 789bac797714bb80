"""MIDI's part of a session: which outputs send the 24-ppqn clock.

``clock`` is the server's own virtual output (``/midi/clock``); ``output_clocks`` the named outputs by
alias (``/midi/<alias>/clock``). A session loaded on a server started with other ``--midi-out`` outputs
restores the outputs both know and leaves the others as they are: the hardware on stage decides which exist.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from typing import Any

from oscserver.engine.midi_schedule import VIRTUAL_PORT
from oscserver.exceptions import InvalidArgument
from oscserver.midi.subsystem import MidiSubsystem
from oscserver.osc.subscribers import Publisher
from oscserver.sessions.parts import require
from oscserver.sessions.store import Audio, HasShape


class MidiPart:
    key = "midi"

    def __init__(self, midi: MidiSubsystem, publisher: Publisher) -> None:
        self._midi = midi
        self._publisher = publisher

    def capture(self) -> tuple[dict[str, Any], Audio]:
        return {
            "clock": self._midi.clock_enabled(VIRTUAL_PORT),
            "output_clocks": {alias: self._midi.clock_enabled(alias) for alias in self._midi.aliases},
        }, {}

    def check(self, state: dict[str, Any], audio: Mapping[str, HasShape], samplerate: int) -> Collection[str]:
        if not isinstance(state, dict):
            raise InvalidArgument("the midi section must be an object")
        require(state, "clock", bool, "midi")
        outputs = require(state, "output_clocks", dict, "midi")
        for alias, enabled in outputs.items():
            if not isinstance(enabled, bool):
                raise InvalidArgument(f"midi.output_clocks.{alias!r} must be true or false, got {enabled!r}")
        return ()

    def apply(self, state: dict[str, Any], audio: Audio, samplerate: int) -> None:
        self._set(VIRTUAL_PORT, "/midi/clock", state["clock"])
        for alias, enabled in state["output_clocks"].items():
            if alias in self._midi.aliases:
                self._set(alias, f"/midi/{alias}/clock", enabled)

    def _set(self, port: str, address: str, enabled: bool) -> None:
        self._midi.set_clock(port, enabled)
        self._publisher.publish(address, (int(enabled),))
