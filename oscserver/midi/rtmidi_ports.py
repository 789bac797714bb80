"""MIDI ports through python-rtmidi: the backend, the virtual output, outputs and inputs bound by name.

Used only inside the MIDI process. Every rtmidi object is its own ALSA or JACK client; the virtual output is
client ``oscserver`` with port ``out``, a named output ``drums`` is client ``oscserver-drums``. A bound port
that disappears is closed and reported; :meth:`BoundPort.refresh` binds it again when it comes back.

JACK gives a client whose name is taken another one (a second server's virtual output is
``oscserver-01:out``), and rtmidi does not say which. So each port is opened under a name no other port has,
found in the backend's own listing, then renamed: the full name found is the one every report uses.
"""

from __future__ import annotations

import itertools
import logging
import os
from collections.abc import Callable, Sequence
from typing import Any

import rtmidi

from oscserver.engine import midi_messages as mm
from oscserver.engine.clock import host_time
from oscserver.midi import jack_backend, retired
from oscserver.midi.ports import CLIENT_NAME, VIRTUAL_OUTPUT_PORT, match_port

log = logging.getLogger(__name__)

APIS = {"alsa": rtmidi.API_LINUX_ALSA, "jack": rtmidi.API_UNIX_JACK}
ALSA_SEQUENCER = "/dev/snd/seq"
# "0": JACK through rtmidi's own backend (every event at the start of a period), for comparison; otherwise
# JACK MIDI goes through :mod:`.jack_backend`, each event on its own frame.
FRAMES_VARIABLE = "OSCSERVER_MIDI_JACK_FRAMES"

_CLOCK_MESSAGES = frozenset((mm.CLOCK_TICK, mm.CLOCK_START, mm.CLOCK_CONTINUE, mm.CLOCK_STOP))
_serial = itertools.count(1)

Lister = Callable[[], Sequence[str]]  # the full names of the ports a backend lists now


def open_named(midi: Any, open_as: Callable[[str], None], port: str, listed: Lister, client: str) -> str:
    """Open a port of ``midi`` (``open_as(port_name)``) named ``port``; its full name, as others see it.

    ``listed`` lists the ports of the direction this one has (a port we send from is listed as a source).
    """
    temporary = f"{port}-{os.getpid()}-{next(_serial)}"
    open_as(temporary)
    found = next((name for name in listed() if f":{temporary}" in name), None)
    try:
        midi.set_port_name(port)
    except (rtmidi.RtMidiError, NotImplementedError, RuntimeError) as err:
        log.warning("cannot name MIDI port %s: %s", found or temporary, err)
        port = temporary
    if found is None:  # not listed yet: the name asked for is the best guess
        return f"{client}:{port}"
    return found.replace(temporary, port)


def frame_exact(api: str) -> bool:
    """Whether ports on ``api`` write each event at its own frame (JACK, unless refused)."""
    return api == "jack" and os.environ.get(FRAMES_VARIABLE) != "0"


def midi_out(api: str, name: str) -> Any:
    return jack_backend.JackMidiOut(name) if frame_exact(api) else rtmidi.MidiOut(APIS[api], name=name)


def midi_in(api: str, name: str) -> Any:
    return jack_backend.JackMidiIn(name) if frame_exact(api) else rtmidi.MidiIn(APIS[api], name=name)


class BackendUnavailable(Exception):
    pass


def open_virtual_output(requested: str) -> tuple[str, Any, Any, str]:
    """The backend to use, the virtual output opened on it, a lister of sources, and the output's full name.

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
            output = midi_out(name, CLIENT_NAME)
            sources = midi_in(name, f"{CLIENT_NAME}-list")
            full_name = open_named(
                output, output.open_virtual_port, VIRTUAL_OUTPUT_PORT, sources.get_ports, CLIENT_NAME
            )
        except (rtmidi.SystemError, rtmidi.RtMidiError, RuntimeError) as err:
            errors.append(f"{rtmidi.get_api_display_name(APIS[name])}: {err}")
            continue
        return name, output, sources, full_name
    raise BackendUnavailable("; ".join(errors))


class BoundPort:
    """A port of this server connected to another app's port found by name, reconnected when it returns."""

    def __init__(
        self,
        midi: Any,
        client: str,
        pattern: str,
        own_port_name: str,
        own_listed: Lister,
        on_open: Callable[[], None] | None = None,
    ) -> None:
        self.midi = midi
        self.pattern = pattern
        self.bound: str | None = None  # the other app's port it is connected to
        self.own: str | None = None  # its own port's full name, while it has one
        self._client = client
        self._own_port_name = own_port_name
        self._own_listed = own_listed
        self._on_open = on_open

    def refresh(self, names: Sequence[str], own: frozenset[str] = frozenset()) -> bool:
        """Follow the ports that exist now (never binding one of ``own``); True when it was lost or bound."""
        changed = False
        if self.bound is not None and self.bound not in names:
            log.warning("MIDI port %s disappeared", self.bound)
            self._close()
            changed = True
        if self.bound is None:
            match = match_port(names, self.pattern, own)
            if match is not None:
                index = names.index(match)
                try:
                    self.own = open_named(
                        self.midi,
                        lambda port: self.midi.open_port(index, port),
                        self._own_port_name,
                        self._own_listed,
                        self._client,
                    )
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

    def send_at(self, data: bytes, when: float) -> None:
        """Hand ``data`` over ahead of time, for host time ``when`` (JACK backend only)."""
        self.midi.send_at(data, when)

    def _close(self) -> None:
        try:
            self.midi.close_port()
        except (rtmidi.RtMidiError, RuntimeError) as err:
            log.warning("closing MIDI port %s: %s", self.bound, err)
        self.bound = None
        self.own = None

    def close(self) -> None:
        if self.bound is not None:
            self._close()
        self.midi.delete()

    def retire(self) -> None:
        """Its JACK server died: left open, never closed (see :mod:`.retired`)."""
        retired.keep(self.midi)
        self.bound = None
        self.own = None


def bound_output(api: str, alias: str, pattern: str, sources: Lister) -> BoundPort:
    """A named output; ``sources`` lists the ports MIDI comes from, where its own port shows."""
    client = f"{CLIENT_NAME}-{alias}"
    return BoundPort(midi_out(api, client), client, pattern, "out", sources)


def bound_input(
    api: str, role: str, pattern: str, deliver: Callable[[str, str, bytes, float], None], sinks: Lister
) -> BoundPort:
    """An input; each message is handed to ``deliver(role, pattern, data, host_time)`` on rtmidi's own thread
    (on JACK, the process callback's), with the host time it happened: on JACK its frame's (see
    :mod:`.jack_backend`), through rtmidi the moment its callback ran.

    A clock input keeps only the transport messages (pulses, Start, Continue, Stop); a note input keeps
    channel messages and lets rtmidi drop clock, sysex and active sensing before they cost anything.
    """
    client = f"{CLIENT_NAME}-{role}"
    midi = midi_in(api, client)
    clock = role == "clock"

    def listen() -> None:
        # Again after every open: python-rtmidi's close_port() also cancels the callback, so an input
        # bound again after its device came back would otherwise stay silent.
        midi.ignore_types(sysex=True, timing=not clock, active_sense=True)
        midi.set_callback(received)

    def received(event: tuple[Sequence[int], float], stamp: float | None) -> None:
        # rtmidi passes its callback's user data (None); the JACK backend, the event's stamped host time.
        arrived = host_time() if stamp is None else stamp
        message = event[0]
        if not message:
            return
        if (message[0] in _CLOCK_MESSAGES) if clock else (0x80 <= message[0] < 0xF0):
            deliver(role, pattern, bytes(message), arrived)

    return BoundPort(midi, client, pattern, "in", sinks, on_open=listen)
