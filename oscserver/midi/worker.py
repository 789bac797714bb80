"""The MIDI process (``python -m oscserver.midi.worker FD``): every MIDI port, and a sender that is on time.

Why a process of its own and not a thread of the server: a Python thread that must wake while the asyncio
thread holds the GIL waits until that thread lets go, up to ``sys.getswitchinterval()`` (5 ms) and longer
behind a C call that keeps the GIL. Shortening the switch interval for the whole server makes the OSC thread
give way more often only to trade one delay for another, and a garbage collection pause still stalls both.
A one-off comparison on a 2-core VM shared with other jobs, 5 s each of sleep-then-spin (0.5 ms) to
events at random 3-12 ms intervals, beside a server handling 5,000 OSC messages/s (lateness of the wake):

    thread in the server, default switch interval    p99 0.02-2 ms, max 3-5 ms (whenever the GIL is busy)
    thread, 0.2 ms switch interval, SCHED_FIFO        p99 0.41 ms, max 0.56 ms
    process, normal scheduling                        p99 0.24 ms, max 1.6 ms
    process, SCHED_FIFO                               p99 0.015 ms, max 0.045 ms

``make bench`` (bench/midi_lateness.py) measures the sender as built, beside aalink's own sync().

So the sender runs here, with its own interpreter and GIL, asking for SCHED_FIFO at the lowest real-time
priority (below JACK's threads) when the system allows it. It sleeps until shortly before the next message
is due, then spins to the exact time: the kernel wakes a sleeping thread some tens of microseconds late (more
under load), the spin takes that up. The rtmidi input callbacks run here too, so no rtmidi thread ever waits
for the server's GIL (with JACK they run in the JACK process cycle, where a wait would cost the whole graph
an xrun); they forward what arrives as packets the server's event loop reads from the socket.

On JACK the spin is not used: each message is handed, with its time, to the port's JACK process callback
:data:`~.jack_backend.LOOKAHEAD` ahead, and written at the frame its time falls on (:mod:`.jack_backend`).

The timeline (beat <-> host time) comes from the server whenever Link moves it, and the scheduling decisions
are the engine's :class:`~oscserver.engine.midi_schedule.MidiScheduler`, tested on a manual clock; this module
only waits, sends and watches ports (:mod:`.port_set`). If the server goes away (the socket closes), it
releases every note, stops every clock and exits. If its JACK server goes away, it says so at once (sends are
refused from then on), closes every port, and opens them all again when a JACK server runs again.
"""

from __future__ import annotations

import contextlib
import ctypes
import dataclasses
import faulthandler
import logging
import math
import os
import select
import signal
import socket
import sys
import threading
from collections import deque
from typing import NoReturn

from oscserver.engine import midi_messages as mm
from oscserver.engine.clock import host_time
from oscserver.engine.midi_schedule import VIRTUAL_PORT, MidiScheduler, Outgoing
from oscserver.engine.timeline import Timeline
from oscserver.midi import jack_backend, rtmidi_ports
from oscserver.midi import protocol as p
from oscserver.midi.port_set import PortSet
from oscserver.midi.timing import TimingReport, TimingStats, percentile

log = logging.getLogger("oscserver.midi.process")

# Wake this long before a message is due and spin the rest: a little longer than the 99th percentile of how
# late the kernel wakes a sleeping process, measured on a loaded 2-core VM at ~0.1 ms under SCHED_FIFO and
# 0.4-0.7 ms without it. The spin costs this much CPU per distinct send time (at 120 BPM with the clock on,
# 48 a second: 2.4% of a core with real-time scheduling, 4.8% without).
SPIN_SECONDS = 0.0005
SPIN_SECONDS_WITHOUT_REALTIME = 0.001
# How often ports are looked for (a device unplugged or plugged back in). A listing costs ~60 us; it is
# skipped while a message is due sooner than PORT_POLL_CLEARANCE.
PORT_POLL_SECONDS = 1.0
PORT_POLL_CLEARANCE = 0.002
REALTIME_PRIORITY = 1  # the lowest SCHED_FIFO priority: above every normal thread, below JACK's
PR_SET_TIMERSLACK = 29
REALTIME_VARIABLE = "OSCSERVER_MIDI_REALTIME"  # "0": stay a normal process (for comparison, or shared hosts)


class TimelineClock:
    """The host clock, and the timeline as the server last reported it."""

    def __init__(self, timeline: Timeline) -> None:
        self._timeline = timeline

    def now(self) -> float:
        return host_time()

    def timeline(self) -> Timeline:
        return self._timeline

    def set(self, timeline: Timeline) -> None:
        self._timeline = timeline


def ask_for_realtime() -> bool:
    """SCHED_FIFO for this process when allowed (and not refused by OSCSERVER_MIDI_REALTIME=0); otherwise
    at least the least timer slack the kernel gives."""
    with contextlib.suppress(OSError, AttributeError):
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(PR_SET_TIMERSLACK, 1, 0, 0, 0)  # 1 ns instead of 50 us for timed sleeps
    if os.environ.get(REALTIME_VARIABLE) == "0":
        log.info("MIDI sender without real-time scheduling (%s=0)", REALTIME_VARIABLE)
        return False
    try:
        os.sched_setscheduler(0, os.SCHED_FIFO, os.sched_param(REALTIME_PRIORITY))
    except (OSError, AttributeError) as err:
        log.info("MIDI sender without real-time scheduling (%s): expect late messages under load", err)
        return False
    return True


class MidiWorker:
    def __init__(self, sock: socket.socket, config: p.Configure) -> None:
        self._sock = sock
        self._config = config
        self._send_lock = threading.Lock()
        self._clock = TimelineClock(Timeline(time=host_time(), beat=0.0, tempo=120.0))
        self._scheduler = MidiScheduler(self._clock)
        self._stats = TimingStats()
        self._ports = PortSet(config, self._deliver, self._wake)
        self._server_gone = False  # the JACK server went away; its ports are reopened when it is back
        self._stopping = False
        self._parent_gone = False
        self._spin = SPIN_SECONDS_WITHOUT_REALTIME
        # SIGTERM (a service manager stopping the whole group, or someone stopping just this process) ends
        # the loop like a Shutdown command: every note released first. The signal wakes select() through
        # this socket; a handler that raised instead could interrupt a batch of note-offs half sent.
        self._wakeup, wakeup_writer = socket.socketpair()
        self._wakeup.setblocking(False)
        wakeup_writer.setblocking(False)
        self._wakeup_writer = wakeup_writer
        signal.set_wakeup_fd(wakeup_writer.fileno())
        signal.signal(signal.SIGTERM, self._terminate)
        self.dropped_inputs = 0
        self.send_errors = 0

    # -- opening -------------------------------------------------------------------------------------

    def open(self) -> p.Ready:
        """Open the backend and every port, and tell the server what came of it."""
        ready = self._open()
        self._post(ready)
        if ready.api is not None:
            self._refresh_ports(report_all=True)
        return ready

    def _open(self) -> p.Ready:
        try:
            name = self._ports.open(self._config.api)
        except rtmidi_ports.BackendUnavailable as err:
            return p.Ready(api=None, error=str(err), virtual_output=None, realtime=False)
        realtime = ask_for_realtime()
        self._spin = SPIN_SECONDS if realtime else SPIN_SECONDS_WITHOUT_REALTIME
        if self._ports.frame_exact:
            # No spin: each message goes to the JACK process callback this long ahead, with its time.
            self._spin = jack_backend.LOOKAHEAD
            sys.setswitchinterval(jack_backend.SWITCH_INTERVAL)
        return p.Ready(api=self._ports.api, error=None, virtual_output=name, realtime=realtime)

    # -- the loop ------------------------------------------------------------------------------------

    def run(self) -> None:
        next_poll = host_time() + PORT_POLL_SECONDS
        while not self._stopping:
            now = host_time()
            due = self._scheduler.next_due()
            if due is not None and due - now <= self._spin:
                # Decide what goes out before the moment (the scheduler's work takes tens of
                # microseconds), so that the spin ends in nothing but the sends.
                batch = self._scheduler.pop_due(due)
                if not self._ports.frame_exact:
                    while host_time() < due:
                        pass
                self._send(batch)
                continue
            if now >= next_poll and (due is None or due - now > PORT_POLL_CLEARANCE):
                self._collect_written()
                self._refresh_ports()
                next_poll = host_time() + PORT_POLL_SECONDS
                continue
            wake = next_poll if due is None else min(due - self._spin, next_poll)
            readable, _, _ = select.select([self._sock, self._wakeup], [], [], max(wake - now, 0.0))
            if self._sock in readable:
                self._read_commands()
            if self._wakeup in readable:
                self._wakeup.recv(64)
                self._hear_graph()
        self._finish()

    def _send(self, batch: list[Outgoing]) -> None:
        frame_exact = self._ports.frame_exact
        for message in batch:
            port = self._ports.sender(message.port)
            if port is None or port.bound is None:
                continue  # an output missing right now (or its server): dropped, as a cable pulled out would
            if frame_exact:  # timed by the JACK process callback, which reports what it wrote where
                port.send_at(message.data, message.time)
                continue
            try:
                port.send(message.data)
            except Exception as err:  # rtmidi raises its own types; one bad send must not stop the clock
                self.send_errors += 1
                log.warning("sending to %s failed: %s", message.port or "the virtual output", err)
                continue
            done = host_time()
            self._stats.late(message.time, done)
            if message.data[0] == mm.CLOCK_TICK:
                self._stats.pulse(message.port, message.time, done)

    def _collect_written(self) -> None:
        """What the JACK process callbacks wrote, and at which frame's time, into the timing figures."""
        for key, midi in self._ports.clients():
            written = getattr(midi, "written", None)
            if key is None or written is None:
                continue
            while written:
                event = written.popleft()
                self._stats.late(event.intended, event.stands_for)
                if event.status == mm.CLOCK_TICK:
                    self._stats.pulse(key, event.intended, event.stands_for)

    def _timing(self) -> TimingReport:
        self._collect_written()
        report = self._stats.report()
        if not self._ports.frame_exact:
            return report
        shares = sorted(share for _, midi in self._ports.clients() for share in callback_loads(midi.loads))
        return dataclasses.replace(
            report,
            callback_p50=percentile(shares, 0.5),
            callback_p99=percentile(shares, 0.99),
            callback_max=shares[-1] if shares else math.nan,
        )

    def _reset_timing(self) -> None:
        self._collect_written()
        self._stats.reset()
        for _, midi in self._ports.clients():
            loads = getattr(midi, "loads", None)
            if loads is not None:
                loads.clear()

    def _finish(self) -> None:
        """Nothing left sounding, every clock stopped, ports closed; then goodbye."""
        self._scheduler.shutdown([VIRTUAL_PORT, *self._aliases()])
        self._send(self._scheduler.pop_due(host_time()))
        if self.dropped_inputs or self.send_errors:
            log.warning(
                "MIDI process: %d incoming messages dropped (the server was not reading), %d sends failed",
                self.dropped_inputs,
                self.send_errors,
            )
        self._ports.close()  # rtmidi waits for JACK to take what was written before it closes
        if not self._parent_gone:
            self._post(p.Bye())

    def _terminate(self, signum: int, frame: object) -> None:
        log.info("%s: releasing every note and exiting", signal.Signals(signum).name)
        self._stopping = True

    # -- commands from the server --------------------------------------------------------------------

    def _read_commands(self) -> None:
        while True:
            try:
                data = self._sock.recv(p.MAX_PACKET, socket.MSG_DONTWAIT)
            except BlockingIOError:
                return
            except OSError:
                data = b""
            if not data:
                log.info("the server went away: releasing every note and exiting")
                self._parent_gone = True
                self._stopping = True
                return
            try:
                self._apply(p.decode(data))
            except Exception:  # a bad command must not take the ports and every sounding note with it
                log.exception("MIDI command failed")

    def _apply(self, command: object) -> None:
        scheduler = self._scheduler
        if isinstance(command, p.SetTimeline):
            self._clock.set(command.timeline)
        elif isinstance(command, p.Send):
            scheduler.send(command.port, command.data, command.at)
        elif isinstance(command, p.Note):
            scheduler.note(
                command.port,
                command.channel,
                command.note,
                command.velocity,
                command.beats,
                command.quantize,
                command.at,
            )
        elif isinstance(command, p.SetClock):
            scheduler.set_clock(command.port, command.enabled, command.at)
            if not command.enabled:
                self._stats.clock_stopped(command.port)
        elif isinstance(command, p.SetPlaying):
            scheduler.set_playing(command.playing, command.at)
        elif isinstance(command, p.Panic):
            ports = command.ports if command.ports is not None else (VIRTUAL_PORT, *self._aliases())
            scheduler.panic(ports, command.at)
        elif isinstance(command, p.ListPorts):
            self._post(p.Ports(command.request, *self._ports.others()))
        elif isinstance(command, p.GetTiming):
            self._post(p.Timing(command.request, self._timing()))
            if command.reset:
                self._reset_timing()
        elif isinstance(command, p.Shutdown):
            self._stopping = True
        else:
            log.error("unknown MIDI command %r", command)

    # -- ports ---------------------------------------------------------------------------------------

    def _aliases(self) -> list[str]:
        return [spec.alias for spec in self._config.outputs]

    def _refresh_ports(self, report_all: bool = False) -> None:
        if self._server_gone:
            self._reopen()
            return
        for state in self._ports.refresh(report_all):
            self._post(state)

    def _wake(self) -> None:
        """Called on libjack's threads: the loop looks at what the JACK watch heard."""
        with contextlib.suppress(OSError):
            self._wakeup_writer.send(b"j", socket.MSG_DONTWAIT)

    def _hear_graph(self) -> None:
        graph = self._ports.graph
        if graph is None:
            return
        if graph.gone is not None:
            self._lose_server(graph.gone)
        elif graph.changed:
            graph.changed = False
            self._ports.tend_connections()

    def _lose_server(self, reason: str) -> None:
        """The JACK server went away: say so first (sends are refused from now on), then close every port."""
        self._server_gone = True
        self._post(p.BackendState(up=False, why=f"the JACK server is gone ({reason})", virtual_output=None))
        self._ports.close(server_gone=True)
        log.info("MIDI ports closed; looking for a JACK server every %g s", PORT_POLL_SECONDS)

    def _reopen(self) -> None:
        name = self._ports.reopen()
        if name is None:
            return
        self._server_gone = False
        self._post(p.BackendState(up=True, why="", virtual_output=name))
        self._refresh_ports(report_all=True)

    # -- to the server -------------------------------------------------------------------------------

    def _deliver(self, role: str, source: str, data: bytes, time: float) -> None:
        """Called on rtmidi's thread for each incoming message."""
        if not self._post(p.Input(role, data, time, source)):
            self.dropped_inputs += 1

    def _post(self, packet: object) -> bool:
        """Send without ever blocking; False when the server is not keeping up (the packet is dropped)."""
        data = p.encode(packet)
        with self._send_lock:
            try:
                self._sock.send(data, socket.MSG_DONTWAIT)
            except (BlockingIOError, BrokenPipeError, ConnectionResetError):
                return False
        return True


def main(argv: list[str]) -> int:
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C reaches the whole process group; the server decides
    # `kill -USR1` prints every thread's Python stack to the log: what a process that stopped answering is
    # doing (faulthandler needs no GIL, so it works in a process stuck on it too).
    faulthandler.register(signal.SIGUSR1, all_threads=True)
    sock = socket.socket(fileno=int(argv[1]))
    sock.settimeout(30.0)
    config = p.decode(sock.recv(p.MAX_PACKET))
    sock.settimeout(None)
    if not isinstance(config, p.Configure):
        raise SystemExit(f"expected a Configure packet, got {config!r}")
    logging.basicConfig(
        level=config.log_level.upper(),
        format="%(asctime)s %(levelname)-7s %(name)s: %(message)s",
        stream=sys.stderr,
    )
    worker = MidiWorker(sock, config)
    if worker.open().api is not None:
        worker.run()
    return 0


def callback_loads(loads: deque[float]) -> tuple[float, ...]:
    """A copy of what a JACK process callback appends to, taken at once: ``tuple`` walks a deque in C, holding
    the GIL throughout, so the callback (on JACK's thread, which needs the GIL) cannot append meanwhile;
    iterating it in Python could be interrupted by an append ("deque mutated during iteration")."""
    return tuple(loads)


def exit_without_teardown(code: int) -> NoReturn:
    """End the process without the interpreter's teardown, whose destructors would close the clients of a
    dead JACK server that are kept open on purpose (:mod:`.retired`)."""
    logging.shutdown()
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code)


if __name__ == "__main__":
    exit_without_teardown(main(sys.argv))
