"""MIDI ports through python-rtmidi: the backend, the virtual output, outputs and inputs bound by name.

Used only inside the MIDI process. Every rtmidi object is its own ALSA or JACK client; the virtual output is
client ``oscserver`` with port ``out``, a named output ``drums`` is client ``oscserver-drums``. A bound port
that disappears is closed and reported; :meth:`BoundPort.refresh` binds it again when it comes back.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable, Sequence
from typing import Any

import rtmidi

from oscserver.engine import midi_messages as mm
from oscserver.engine.clock import host_time
from oscserver.midi.ports import CLIENT_NAME, VIRTUAL_OUTPUT_PORT, match_port

log = logging.getLogger(__name__)

APIS = {"alsa": rtmidi.API_LINUX_ALSA, "jack": rtmidi.API_UNIX_JACK}
ALSA_SEQUENCER = "/dev/snd/seq"

_CLOCK_MESSAGES = frozenset((mm.CLOCK_TICK, mm.CLOCK_START, mm.CLOCK_CONTINUE, mm.CLOCK_STOP))


class BackendUnavailable(Exception):
    pass


def open_virtual_output(requested: str) -> tuple[str, Any]:
    """The backend to use and the virtual output opened on it.

    ``auto`` tries ALSA, then JACK: the first that opens a client wins. rtmidi opens a JACK client without
    starting a server, so "JACK works" means a server is running.
    """
    names = ["alsa", "jack"] if requested == "auto" else [requested]
    errors = []
    for name in names:
        if name == "alsa" and not os.path.exists(ALSA_SEQUENCER):
            # Checked first only to keep ALSA's own complaint off stderr; rtmidi would fail the same way.
            errors.append(f"ALSA: no sequencer ({ALSA_SEQUENCER} is missing)")
            continue
        try:
            midi_out = rtmidi.MidiOut(APIS[name], name=CLIENT_NAME)
            midi_out.open_virtual_port(VIRTUAL_OUTPUT_PORT)
        except (rtmidi.SystemError, rtmidi.RtMidiError, RuntimeError) as err:
            errors.append(f"{rtmidi.get_api_display_name(APIS[name])}: {err}")
            continue
        return name, midi_out
    raise BackendUnavailable("; ".join(errors))


VIRTUAL_OUTPUT_NAME = f"{CLIENT_NAME}:{VIRTUAL_OUTPUT_PORT}"


class BoundPort:
    """A port of this server connected to another app's port found by name, reconnected when it returns."""

    def __init__(
        self, midi: Any, pattern: str, own_port_name: str, on_open: Callable[[], None] | None = None
    ) -> None:
        self.midi = midi
        self.pattern = pattern
        self.bound: str | None = None
        self._own_port_name = own_port_name
        self._on_open = on_open

    def refresh(self, names: Sequence[str]) -> bool:
        """Follow the ports that exist now; True when this port was lost or bound."""
        changed = False
        if self.bound is not None and self.bound not in names:
            log.warning("MIDI port %s disappeared", self.bound)
            self._close()
            changed = True
        if self.bound is None:
            match = match_port(names, self.pattern)
            if match is not None:
                try:
                    self.midi.open_port(names.index(match), self._own_port_name)
                    if self._on_open is not None:
                        self._on_open()
                except (rtmidi.RtMidiError, RuntimeError) as err:
                    log.warning("cannot open MIDI port %s: %s", match, err)
                    return changed
                self.bound = match
                changed = True
        return changed

    def send(self, data: bytes) -> None:
        self.midi.send_message(data)

    def _close(self) -> None:
        try:
            self.midi.close_port()
        except (rtmidi.RtMidiError, RuntimeError) as err:
            log.warning("closing MIDI port %s: %s", self.bound, err)
        self.bound = None

    def close(self) -> None:
        if self.bound is not None:
            self._close()
        self.midi.delete()


def bound_output(api: str, alias: str, pattern: str) -> BoundPort:
    return BoundPort(rtmidi.MidiOut(APIS[api], name=f"{CLIENT_NAME}-{alias}"), pattern, "out")


def bound_input(api: str, role: str, pattern: str, deliver: Callable[[str, bytes, float], None]) -> BoundPort:
    """An input; each message is handed to ``deliver(role, data, host_time)`` on rtmidi's own thread.

    A clock input keeps only the transport messages (pulses, Start, Continue, Stop); a note input keeps
    channel messages and lets rtmidi drop clock, sysex and active sensing before they cost anything.
    """
    midi = rtmidi.MidiIn(APIS[api], name=f"{CLIENT_NAME}-{role}")
    clock = role == "clock"

    def listen() -> None:
        # Again after every open: python-rtmidi's close_port() also cancels the callback, so an input
        # bound again after its device came back would otherwise stay silent.
        midi.ignore_types(sysex=True, timing=not clock, active_sense=True)
        midi.set_callback(received)

    def received(event: tuple[list[int], float], _: object) -> None:
        arrived = host_time()
        message = event[0]
        if not message:
            return
        if (message[0] in _CLOCK_MESSAGES) if clock else (0x80 <= message[0] < 0xF0):
            deliver(role, bytes(message), arrived)

    return BoundPort(midi, pattern, "in", on_open=listen)


def input_lister(api: str) -> Any:
    """An input client used only to list the ports MIDI can come from."""
    return rtmidi.MidiIn(APIS[api], name=f"{CLIENT_NAME}-list")
