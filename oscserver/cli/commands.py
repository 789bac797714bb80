"""The command line: ``serve``, ``send``, ``sessions``, ``monitor``, ``devices``, ``api``."""

from __future__ import annotations

import asyncio
import logging
import os
import signal
import sys
import time
from collections.abc import Sequence
from dataclasses import asdict
from pathlib import Path
from typing import Any

import click

from oscserver import __version__
from oscserver.cli.client import OscClient, format_message, parse_args
from oscserver.cli.configfile import config_file_options
from oscserver.engine.timeline import MAX_TEMPO, MIN_TEMPO
from oscserver.exceptions import StartupError
from oscserver.osc.codec import Message, OscArg
from oscserver.server.config import ServeConfig

log = logging.getLogger("oscserver")

# The one table of defaults: the flags show and use ServeConfig's.
DEFAULTS = ServeConfig()


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="oscserver")
def main() -> None:
    """A headless music server: Ableton Link, beat-locked MIDI and a retroactive looper, over OSC."""


@main.command()
@config_file_options(resolve=lambda settings: asdict(ServeConfig(**settings).effective()))
@click.option("--host", default=DEFAULTS.host, show_default=True, help="Address to listen on.")
@click.option(
    "--port",
    default=DEFAULTS.port,
    show_default=True,
    type=click.IntRange(0, 65535),
    help="UDP (and TCP) port for OSC (0 picks a free one).",
)
@click.option(
    "--tempo",
    default=DEFAULTS.tempo,
    show_default=True,
    type=click.FloatRange(MIN_TEMPO, MAX_TEMPO),
    help="Tempo when no Link session exists yet (a running session's tempo wins).",
)
@click.option(
    "--link/--no-link", default=DEFAULTS.link, help="Join the Link session on the network (default) or not."
)
@click.option(
    "--start-stop-sync/--no-start-stop-sync",
    default=DEFAULTS.start_stop_sync,
    help="Share start and stop with Link peers (off by default, as in Live; /link/startstopsync changes it).",
)
@click.option(
    "--tracks", default=DEFAULTS.tracks, show_default=True, type=click.IntRange(1, 64), help="Looper tracks."
)
@click.option(
    "--audio",
    default=DEFAULTS.audio,
    show_default=True,
    help="auto (default device, else silent), none (silent), or a device name or index.",
)
@click.option(
    "--samplerate", default=DEFAULTS.samplerate, show_default=True, type=click.IntRange(8000, 384000)
)
@click.option("--blocksize", default=DEFAULTS.blocksize, show_default=True, type=click.IntRange(16, 8192))
@click.option(
    "--history",
    default=DEFAULTS.history,
    show_default=True,
    type=click.FloatRange(10, 3600),
    help="Seconds of input the looper keeps for retroactive takes (16 bars at 40 BPM by default).",
)
@click.option(
    "--midi-api",
    default=DEFAULTS.midi_api,
    show_default=True,
    type=click.Choice(["auto", "alsa", "jack", "none"]),
)
@click.option(
    "--midi-out", multiple=True, metavar="[ALIAS=]PORT", help="Bind an output by name substring (repeatable)."
)
@click.option("--midi-in", multiple=True, metavar="PORT", help="Listen to an input by name (repeatable).")
@click.option(
    "--midi-clock-in", metavar="PORT", help="Follow this input's MIDI clock: tempo and start/stop into Link."
)
@click.option(
    "--data-dir",
    type=click.Path(file_okay=False, path_type=Path),
    default=DEFAULTS.data_dir,
    help="Where sessions are kept (default: the platform's user data directory).",
)
@click.option("--session", default=DEFAULTS.session, metavar="NAME", help="Load this saved session at start.")
@click.option(
    "--autosave/--no-autosave",
    default=DEFAULTS.autosave,
    show_default=True,
    help="Save the state as session 'autosave' at shutdown.",
)
@click.option(
    "--allow",
    multiple=True,
    metavar="CIDR",
    help="Accept OSC only from these networks (repeatable). Default: loopback, private and link-local.",
)
@click.option(
    "--log-level",
    default=DEFAULTS.log_level,
    show_default=True,
    type=click.Choice(["debug", "info", "warning", "error"]),
)
# -- network (discovery, OSC over TCP) --
@click.option(
    "--zeroconf/--no-zeroconf",
    default=DEFAULTS.zeroconf,
    help="Advertise _osc._udp/_osc._tcp (default) or not.",
)
@click.option(
    "--tcp/--no-tcp", default=DEFAULTS.tcp, help="Also serve OSC over TCP on the same port (default) or not."
)
@click.option(
    "--tcp-framing",
    default=DEFAULTS.tcp_framing,
    show_default=True,
    type=click.Choice(["auto", "length", "slip"]),
    help="OSC over TCP framing: told from each connection's first byte, or forced.",
)
@click.option(
    "--tcp-idle-timeout",
    default=DEFAULTS.tcp_idle_timeout,
    show_default=True,
    type=click.FloatRange(min=1.0),
    metavar="SECONDS",
    help="Close a TCP connection that sends no packet for this long (it holds one of 64 slots).",
)
@click.option(
    "--http-port",
    default=DEFAULTS.http_port,
    show_default=True,
    type=click.IntRange(0, 65535),
    help="The control page for browsers, OSCQuery and its WebSocket on this TCP port (0 turns them off).",
)
def serve(**settings: Any) -> None:
    """Run the server until SIGINT or SIGTERM."""
    # "auto" means a JACK server that is already running: libjack must not start one behind the user's back
    # when the MIDI or audio process looks for it (the audio and MIDI processes inherit this).
    os.environ.setdefault("JACK_NO_START_SERVER", "1")
    # The options are named after ServeConfig's fields, so the settings pass through as they are.
    config = ServeConfig(**settings).effective()
    log_level = config.log_level
    logging.basicConfig(
        level=log_level.upper(), format="%(asctime)s %(levelname)-7s %(name)s: %(message)s", stream=sys.stderr
    )
    for note in config.ignored():
        log.warning(note)
    try:
        asyncio.run(_serve(config))
    except StartupError as err:
        raise click.ClickException(str(err)) from err


async def _serve(config: ServeConfig) -> None:
    from oscserver.cli.banner import banner
    from oscserver.server.app import App

    app = await App.create(config)
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    signals_seen = 0

    def on_signal(signum: int) -> None:
        nonlocal signals_seen
        signals_seen += 1
        if signals_seen > 1:
            log.warning("second %s: exiting at once", signal.Signals(signum).name)
            os._exit(128 + signum)
        log.info("%s: shutting down (send it again to exit at once)", signal.Signals(signum).name)
        stop.set()

    for signum in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(signum, on_signal, signum)
    try:
        await app.start()
        click.echo(banner(app), err=False)
        sys.stdout.flush()
        await stop.wait()
    finally:
        await app.stop()
        log.info("stopped")


@main.command(context_settings={"ignore_unknown_options": True})  # so that -8192 is an argument
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=DEFAULTS.port, show_default=True, type=int)
@click.option(
    "--timeout",
    default=1.0,
    show_default=True,
    type=click.FloatRange(min=0, min_open=True),
    help="Seconds to wait for an answer; none is an error (exit 1).",
)
@click.option(
    "--wait",
    "wait_seconds",
    default=None,
    type=click.FloatRange(min=0),
    help="Listen this many seconds whatever comes (pushes too) instead; 0 sends and exits.",
)
@click.argument("address")
@click.argument("args", nargs=-1, type=click.UNPROCESSED)
def send(
    host: str, port: int, timeout: float, wait_seconds: float | None, address: str, args: tuple[str, ...]
) -> None:
    """Send ADDRESS with ARGS and print the answers.

    Arguments are ints, floats or strings by their look (negative numbers too); force a type with i:, f: or
    s: (s:42 is a string). Returns as soon as the answer has come. Exits with status 1 when the server
    answers /error, or when no answer comes within --timeout.
    """
    try:
        values = parse_args(args)
    except ValueError as err:
        raise click.ClickException(str(err)) from err
    answers = _ask(host, port, timeout, wait_seconds, address, values)
    for answer in answers:
        click.echo(format_message(answer))
    if any(answer.address == "/error" for answer in answers):
        sys.exit(1)


def _ask(
    host: str, port: int, timeout: float, wait_seconds: float | None, address: str, args: Sequence[OscArg]
) -> list[Message]:
    """Send one message and collect its answers; a ClickException (exit 1) when none can come."""
    try:
        with OscClient(host, port) as client:
            client.send(address, *args)
            if wait_seconds is not None:
                return list(client.messages(wait_seconds))
            answers = client.answers(timeout)
            if not answers:
                why = "nothing listens there" if client.refused else f"no answer within {timeout:g} s"
                raise click.ClickException(f"{host}:{port}: {why} (is the server running?)")
            return answers
    except OSError as err:  # an unknown host, no route, a message too big for a datagram
        raise click.ClickException(f"cannot send to {host}:{port}: {err.strerror or err}") from err


@main.command()
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=DEFAULTS.port, show_default=True, type=int)
@click.option("--timeout", default=1.0, show_default=True, type=click.FloatRange(min=0, min_open=True))
def sessions(host: str, port: int, timeout: float) -> None:
    """List the sessions the running server has saved, one name a line."""
    answers = _ask(host, port, timeout, None, "/session/list", ())
    for answer in answers:
        if answer.address == "/error":
            raise click.ClickException(format_message(answer))
        if answer.address == "/session/list":
            for name in answer.args:
                click.echo(str(name))


@main.command()
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=DEFAULTS.port, show_default=True, type=int)
@click.option(
    "--renew",
    default=30.0,
    show_default=True,
    type=float,
    help="Seconds between re-subscriptions (so a restarted server is followed).",
)
def monitor(host: str, port: int, renew: float) -> None:
    """Subscribe and print every push until interrupted."""
    # Ctrl-C and SIGTERM end it (and unsubscribe) even when it was started with SIGINT ignored, as a shell
    # does for a command run in the background, in which case Python installs no Ctrl-C handler of its own.
    for signum in (signal.SIGINT, signal.SIGTERM):
        signal.signal(signum, _interrupt)
    instance: OscArg = None
    with OscClient(host, port) as client:
        click.echo(f"monitoring {host}:{port} from port {client.port} (Ctrl-C to stop)", err=True)
        try:
            while True:
                client.send("/subscribe")
                deadline = time.monotonic() + renew
                while (left := deadline - time.monotonic()) > 0:
                    for message in client.receive(left):
                        # A renewal is answered /subscribed alone, with the server's instance id: only a
                        # new id is news (the first answer, or a restarted server, whose state follows).
                        if message.address == "/subscribed":
                            if message.args[1:2] == (instance,):
                                continue
                            instance = message.args[1] if len(message.args) > 1 else None
                        stamp = time.strftime("%H:%M:%S") + f".{int(time.time() * 1000) % 1000:03d}"
                        click.echo(f"{stamp}  {format_message(message)}")
        except KeyboardInterrupt:
            client.send("/unsubscribe")


def _interrupt(signum: int, frame: object) -> None:
    raise KeyboardInterrupt


@main.command()
def devices() -> None:
    """List audio and MIDI devices."""
    from oscserver.cli.devices import describe_devices

    click.echo(describe_devices())


@main.command()
@click.option("--markdown", is_flag=True, help="Print docs/osc-api.md instead of a plain table.")
@click.option("--tracks", default=DEFAULTS.tracks, show_default=True, type=click.IntRange(1, 64))
def api(markdown: bool, tracks: int) -> None:
    """Print the endpoint table."""
    from oscserver.cli.apidocs import markdown as to_markdown
    from oscserver.cli.apidocs import table
    from oscserver.cli.inert import inert_registry

    registry = inert_registry(ServeConfig(tracks=tracks))
    click.echo(to_markdown(registry) if markdown else table(registry))
