"""The audio callback in a process of its own, so nothing the server does (a burst of OSC, a slow
subscriber, the garbage collector) can make it late.

The process is spawned (a fresh interpreter: no locks or threads inherited from the server) and talks to the
server over a pipe only while starting and stopping:

1. it resolves ``--audio`` and tells the server the device and the rate it will run at;
2. the server lays out the shared memory for that rate, publishes the beat timeline into it and sends it;
3. it maps the memory, builds the renderer, starts the stream and says it is ready.

From then on everything crosses through the shared memory, and the process only waits for "stop" (or for
the pipe to close: the server is gone, so it ends too), looking every tenth of a second that its stream still
runs. A stream that stopped by itself (the JACK server quit, the device went away) is flagged in the shared
stats and the process ends; the server then starts a fresh one when the device is back (a fresh PortAudio is
what sees a new JACK server).
"""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import gc
import multiprocessing
import multiprocessing.connection
import os
import signal
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Protocol

from oscserver.audio.devices import DeviceChoice, DeviceRequest, choose_device, open_device, probe_samplerate
from oscserver.audio.jackclient import name_jack_client
from oscserver.audio.memory import ArenaHandle, EngineMemory, SharedArena, Stat
from oscserver.audio.realtime.renderer import Renderer, RendererSpec
from oscserver.exceptions import StartupError

START_TIMEOUT_SECONDS = 30.0  # generous: a loaded machine imports numpy and PortAudio slowly
STOP_TIMEOUT_SECONDS = 5.0
DEVICE_WATCH_SECONDS = 0.1  # how often the audio process checks that its stream still runs
EXIT_DEVICE_LOST = 3


@dataclass(frozen=True)
class DeviceReport:
    """What the audio process found: sent to the server before and after opening the stream."""

    name: str
    samplerate: int
    blocksize: int
    inputs: int
    outputs: int
    silent: bool
    note: str
    latency: float = 0.0  # round trip, as the device reports it
    jack_client: str = ""  # the name JACK gave the looper's client ("" off JACK)


def audio_main(request: DeviceRequest, connection: multiprocessing.connection.Connection) -> None:
    """The audio process (spawned)."""
    # Ctrl-C in a terminal reaches the whole process group; the server decides when audio stops (after the
    # fade and the autosave), and tells this process so.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    # Before anything imports sounddevice: PortAudio names its JACK client when it initialises.
    name_jack_client()
    try:
        choice = choose_device(request)
        choice = dataclasses.replace(choice, samplerate=probe_samplerate(choice))
    except Exception as err:
        connection.send(("error", str(err)))
        return
    connection.send(("device", _report(choice)))
    message = connection.recv()
    if message[0] != "memory":
        return
    handle: ArenaHandle = message[1]
    spec: RendererSpec = message[2]
    arena = SharedArena.attach(handle)
    renderer = Renderer(spec, EngineMemory(spec.layout, arena.buffer))
    try:
        device = open_device(choice, renderer)
        device.start()
    except Exception as err:
        connection.send(("error", str(err)))
        return
    # Nothing in here makes reference cycles worth a collector pausing the callback for.
    gc.collect()
    gc.freeze()
    gc.disable()
    connection.send(("ready", _report(choice, device.latency)))
    lost = False
    try:
        while True:
            if connection.poll(DEVICE_WATCH_SECONDS):
                if connection.recv()[0] == "stop":
                    break
            elif not device.running:
                lost = True
                break
    except (EOFError, OSError):
        pass  # the server is gone
    if lost:
        # The server sees the flag (and this process ending) and starts a new audio process when the
        # device is back. Closing a stream whose JACK server is gone hangs in PortAudio: leave without.
        renderer.stats[Stat.DEVICE_LOST] = 1.0
        os._exit(EXIT_DEVICE_LOST)
    device.close()


def _report(choice: DeviceChoice, latency: float = 0.0) -> DeviceReport:
    return DeviceReport(
        name=choice.name,
        samplerate=choice.samplerate,
        blocksize=choice.blocksize,
        inputs=choice.inputs,
        outputs=choice.outputs,
        silent=choice.index is None,
        note=choice.note,
        latency=latency,
        jack_client=choice.jack_client,
    )


class AudioBackend(Protocol):
    """What the looper needs of the audio side (an :class:`AudioProcess`, or an in-process stand-in)."""

    memory: EngineMemory | None

    async def start(
        self,
        request: DeviceRequest,
        spec_for: Callable[[int], RendererSpec],
        prepare: Callable[[EngineMemory], None],
    ) -> DeviceReport: ...

    def alive(self) -> bool: ...

    def ended(self) -> str | None:
        """Why the audio side has ended by itself (None while it runs, or before it started)."""
        ...

    async def stop(self, abandon: bool = False) -> None:
        """Stop it; ``abandon``: end it at once, without closing its stream (its device is gone)."""
        ...


class AudioProcess:
    """The server's handle on the audio process."""

    def __init__(self) -> None:
        self._process: Any = None
        self._connection: multiprocessing.connection.Connection | None = None
        self.arena: SharedArena | None = None
        self.memory: EngineMemory | None = None
        self.report: DeviceReport | None = None

    async def start(
        self,
        request: DeviceRequest,
        spec_for: Callable[[int], RendererSpec],
        prepare: Callable[[EngineMemory], None],
    ) -> DeviceReport:
        """Spawn, agree on the device, share memory. ``spec_for(samplerate)`` gives the renderer's spec;
        ``prepare(memory)`` runs once the memory exists, before the stream starts (publish the timeline)."""
        context = multiprocessing.get_context("spawn")
        ours, theirs = context.Pipe()
        self._connection = ours
        self._process = context.Process(
            target=audio_main, args=(request, theirs), name="oscserver-audio", daemon=True
        )
        self._process.start()
        theirs.close()
        kind, device = await self._receive()
        if kind != "device":
            raise StartupError(f"audio: {device}")
        spec: RendererSpec = spec_for(device.samplerate)
        self.arena = SharedArena.create(spec.layout.size)
        self.memory = EngineMemory(spec.layout, self.arena.buffer)
        prepare(self.memory)
        ours.send(("memory", self.arena.handle, spec))
        try:
            kind, report = await self._receive()
        finally:
            self.arena.unlink()  # mapped by both (or given up): its name is no longer needed
        if kind != "ready" or not isinstance(report, DeviceReport):
            raise StartupError(f"audio: {report}")
        self.report = report
        return report

    async def _receive(self) -> tuple[str, Any]:
        connection = self._connection
        assert connection is not None

        def wait() -> tuple[str, Any]:
            if not connection.poll(START_TIMEOUT_SECONDS):
                return ("error", f"the audio process did not answer within {START_TIMEOUT_SECONDS:g} s")
            try:
                message: tuple[str, Any] = connection.recv()
            except EOFError:
                return ("error", "the audio process ended while starting")
            return message

        return await asyncio.get_running_loop().run_in_executor(None, wait)

    def alive(self) -> bool:
        return self._process is not None and self._process.is_alive()

    def ended(self) -> str | None:
        process = self._process
        if process is None or process.is_alive():
            return None
        code = process.exitcode
        if code == EXIT_DEVICE_LOST:
            return "its stream stopped by itself"
        if code is not None and code < 0:
            return f"the audio process was killed by signal {-code}"
        return f"the audio process ended (exit code {code})"

    async def stop(self, abandon: bool = False) -> None:
        process, connection = self._process, self._connection
        if connection is not None and not abandon:
            with contextlib.suppress(OSError, BrokenPipeError):
                connection.send(("stop",))
        if process is not None:
            loop = asyncio.get_running_loop()
            if not abandon:
                await loop.run_in_executor(None, process.join, STOP_TIMEOUT_SECONDS)
            if process.is_alive():
                process.terminate()
                await loop.run_in_executor(None, process.join, STOP_TIMEOUT_SECONDS)
            if process.is_alive():  # stuck in the kernel or in a driver: SIGTERM was not enough
                process.kill()
                await loop.run_in_executor(None, process.join, STOP_TIMEOUT_SECONDS)
        if connection is not None:
            connection.close()
        self._process = self._connection = None
        if self.arena is not None:
            self.arena.unlink()
