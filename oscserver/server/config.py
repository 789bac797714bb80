"""The server's settings: the ``serve`` flags, with the embedded defaults ``make run`` starts on."""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

from oscserver.osc.access import DEFAULT_ALLOW
from oscserver.sessions.service import default_data_dir

DEFAULT_PORT = 8000  # TouchOSC's default send port
DEFAULT_HTTP_PORT = 8080  # the control page and OSCQuery


@dataclass(frozen=True)
class ServeConfig:
    host: str = "0.0.0.0"
    port: int = DEFAULT_PORT
    tempo: float = 120.0
    quantum: float = 4.0
    link: bool = True
    start_stop_sync: bool = False  # share start/stop with Link peers; off, as in Live, until asked for
    tracks: int = 8
    audio: str = "auto"
    samplerate: int = 48000
    blocksize: int = 256
    history: float = 104.0  # seconds of input kept: 16 bars of 4/4 at 40 BPM, and a late press
    midi_api: str = "auto"
    midi_out: tuple[str, ...] = ()
    midi_in: tuple[str, ...] = ()
    midi_clock_in: str | None = None
    midi_loops: int = 4  # /midiloop/<loop>/*: loops captured from MIDI input
    data_dir: Path | None = None
    log_level: str = "info"
    allow: tuple[str, ...] = DEFAULT_ALLOW
    session: str | None = None  # loaded at start
    autosave: bool = True  # the state saved as session "autosave" at shutdown
    # -- network (discovery, OSC over TCP) --
    zeroconf: bool = True
    tcp: bool = True
    tcp_framing: str = "auto"  # auto | length | slip
    tcp_idle_timeout: float = 60.0  # seconds without a packet before a TCP connection is closed
    http_port: int = DEFAULT_HTTP_PORT  # the control page, OSCQuery and its WebSocket; 0 is off

    def effective(self) -> ServeConfig:
        """The settings the server runs with: no networks allowed means the default ones, no data directory
        the platform's; what ``--print-config`` shows."""
        return replace(self, allow=self.allow or DEFAULT_ALLOW, data_dir=self.data_dir or default_data_dir())

    def midi_ports_named(self) -> list[tuple[str, tuple[str, ...]]]:
        """Each MIDI port flag given, with its values: what MIDI being off leaves unbound."""
        named = [
            ("--midi-out", self.midi_out),
            ("--midi-in", self.midi_in),
            ("--midi-clock-in", (self.midi_clock_in,) if self.midi_clock_in else ()),
        ]
        return [(flag, values) for flag, values in named if values]

    def ignored(self) -> list[str]:
        """Settings that this combination makes ineffective, each said in a sentence for a warning."""
        notes = []
        if self.midi_api == "none":
            for flag, given in self.midi_ports_named():
                notes.append(f"{flag} {' '.join(given)} is ignored: MIDI is off (--midi-api none)")
        if not self.tcp and self.tcp_framing != "auto":
            notes.append(f"--tcp-framing {self.tcp_framing} is ignored: OSC over TCP is off (--no-tcp)")
        return notes
