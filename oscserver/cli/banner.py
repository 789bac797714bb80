"""The start-up banner: where to point a tablet, and what the server is using."""

from __future__ import annotations

from oscserver import __version__
from oscserver.cli.netinfo import ipv4_addresses
from oscserver.server.app import App
from oscserver.web.server import WebServer

_NETWORK_LABELS = {"tcp": "OSC over TCP", "zeroconf": "Zeroconf"}


def banner(app: App) -> str:
    port = app.port
    lines = [f"oscserver {__version__}: OSC on UDP port {port}"]
    if app.config.host in ("0.0.0.0", ""):
        lines.append("  point TouchOSC, Max, Pd or SuperCollider at:")
        for interface, address in ipv4_addresses():
            lines.append(f"    {address}:{port}  ({interface})")
    else:
        lines.append(f"  listening on {app.config.host}:{port} only")
    link = app.link
    state = f"{'enabled' if link.enabled else 'disabled'}, {link.peers} peer(s)"
    lines.append(
        f"  Link: {state}, {link.tempo:.2f} BPM, quantum {link.quantum:g}, "
        f"{'playing' if link.playing else 'stopped'}"
    )
    for key, value in app.status.items():
        if key == "midi" and value == "none":
            lines.append(f"  Midi: none. {app.midi.unavailable_because()}")
        elif key in ("audio", "midi"):
            lines.append(f"  {key.capitalize()}: {value}")
        elif key == "http":
            lines.append(_control_page(app, str(value)))
        elif key in _NETWORK_LABELS:  # network: OSC over TCP, zeroconf
            lines.append(f"  {_NETWORK_LABELS[key]}: {value}")
    lines.append(f"  try: oscserver send --port {port} /status")
    return "\n".join(lines)


def _control_page(app: App, state: str) -> str:
    """Where a phone's browser finds the control page (or why there is none)."""
    port = next((s.port for s in app.subsystems if isinstance(s, WebServer)), 0)
    if not port:
        return f"  Control page: {state}"
    if app.config.host in ("0.0.0.0", ""):
        hosts = [address for _interface, address in ipv4_addresses()]
    else:
        hosts = [app.config.host]
    return "  Control page (open it in a browser): " + "  ".join(f"http://{h}:{port}/" for h in hosts)
