"""The looper's audio callback: how long it takes, whether it keeps up under OSC load, and how exactly a
loop plays back on the beat.

0. Undo memory per track per minute of loop, and the callback time (p50, p99) with the instrument verbs at
   work (reversed, half-speed and feedback-overdubbed loops, a routed input) beside plain loops.
1. Callback time, p50 and p99, as a share of the block period, at 128 and 256 frames with 1, 8 and 16
   tracks playing (and the click on), called directly in this process. Reference: a pass-through callback
   (copy input to output) measured the same way, the floor a Python callback cannot go under.
   Target: p99 <= 20 % of the period. Before that, the bytes each callback allocates (tracemalloc's
   peak over it), beside the same figure for the pass-through.
2. A real JACK graph (a private dummy server at 128 frames, not real-time: the machine's scheduler decides)
   with the server running 8 playing tracks:
   * phase error of the played-back loop against the live source (``jack_metro`` into the server, both
     recorded by ``jack_rec``), one to four bars after the take. Reference: the spacing error of the live
     metronome's own clicks as found by the same onset detector. Target: <= 1 ms.
   * after a 12 ms stall of the dummy driver (``SIGSTOP`` on ``jackd``: it wakes late, reports an xrun and
     starts its frames again at a new phase), how long until the loop sits at its new offset from the live
     metronome (within 0.1 ms, on every click after), and the sample rate the server measures a second
     later. Reference: the rate it measured just before the stall. Target: settled on the first click after
     the stall, and the rate within 100 ppm of the reference.
   * xruns in 60 s under 5,000 OSC messages a second. Reference: the xruns jackd itself logged in the same
     60 s. Target: 0.

``python -m bench looper_callback`` (``BENCH_QUICK=1``: 10 s of load instead of 60). jackd runs with
real-time scheduling when it is allowed to (as it would on a musician's machine), else without.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
import socket
import subprocess
import sys
import tempfile
import time
import tracemalloc
import uuid
from collections.abc import Callable
from pathlib import Path

import numpy as np

from oscserver.audio.control import AudioControl
from oscserver.audio.looptable import LoopShape, StoredLoop
from oscserver.audio.memory import EngineMemory
from oscserver.audio.realtime.renderer import Renderer, RendererSpec
from oscserver.audio.undo import Snapshot, UndoHistory
from oscserver.cli.client import OscClient
from oscserver.engine import looper_instrument as instrument
from oscserver.engine.looper import Effect, Input, Looper
from oscserver.engine.timeline import Timeline
from oscserver.osc.codec import encode_message
from tests.support.recording import onsets, read_wav

RATE = 48000
TEMPO = 240.0
TARGET_P99 = 0.20
TARGET_PHASE_MS = 1.0
LOAD_RATE = 5000


# -- 1. the callback in this process ---------------------------------------------------------------------


def _rig(tracks: int, block: int) -> tuple[Renderer, AudioControl]:
    spec = RendererSpec(RATE, tracks, history_frames=12 * RATE, max_block=block)
    memory = EngineMemory.in_process(spec.layout)
    renderer = Renderer(spec, memory)
    control = AudioControl(memory, RATE)
    control.publish(Timeline(time=100.0, beat=0.0, tempo=120.0), True)
    return renderer, control


def _seconds(call: Callable[[], None]) -> float:
    start = time.perf_counter()
    call()
    return time.perf_counter() - start


def _bytes(call: Callable[[], None]) -> float:
    """What a call allocates beyond what was traced when it began, what it freed again included (the
    peak); tracemalloc must be on."""
    before = tracemalloc.get_traced_memory()[0]
    tracemalloc.reset_peak()
    call()
    return float(tracemalloc.get_traced_memory()[1] - before)


def _time_callback(
    tracks: int,
    block: int,
    calls: int,
    cost: Callable[[Callable[[], None]], float] = _seconds,
    verbs: bool | None = None,
) -> np.ndarray:
    """The cost of each of ``calls`` callbacks with every track playing and the click on (``verbs`` True:
    and the instrument verbs at work, see :func:`_play_the_verbs`; False: only its two overdub passes)."""
    renderer, control = _rig(tracks, block)
    looper = Looper(tracks, history_seconds=10.0, capacity_seconds=12.0)
    timeline = Timeline(time=100.0, beat=0.0, tempo=120.0)
    rng = np.random.default_rng(0)
    indata = rng.uniform(-0.5, 0.5, (block, 2)).astype(np.float32)
    outdata = np.zeros((block, 2), dtype=np.float32)
    frame = 0

    def step() -> float:
        nonlocal frame
        heard = 100.0 + frame / RATE
        spent = cost(lambda: renderer.process(indata, outdata, heard))
        frame += block
        return spent

    while frame < 13 * 24000:  # 13 beats of input, then every track records a bar or two
        step()
    for track in range(1, tracks + 1):
        control.send(looper.record(track, 1 + track % 2, frame / 24000, timeline))
    control.set_click(True, 0.5)
    while frame < 13 * 24000 + 4 * RATE:  # let the takes land in their tracks
        step()
    if verbs is not None:
        control.send(_play_the_verbs(looper, frame / 24000, timeline, new=verbs))
        for _ in range(RATE // block):  # (a second: past the bar line the verbs take effect at)
            step()
    return np.array([step() for _ in range(calls)])


def _play_the_verbs(looper: Looper, beat: float, timeline: Timeline, new: bool = True) -> list[Effect]:
    """Every other track backwards, every third at half speed, the first two overdubbing with feedback 0.5
    (each pass fades the loop under it), the last taking its right input alone (``new`` False: the two
    overdub passes alone, plain, as before the verbs)."""
    effects: list[Effect] = []
    tracks = len(looper.tracks)
    if not new:
        for number in range(1, min(tracks, 2) + 1):
            effects += looper.set_overdub(number, True, beat, timeline)
        return effects
    for number in range(1, tracks + 1):
        if number % 2 == 0:
            effects += instrument.reverse(looper, number, True, beat, timeline)
        if number % 3 == 0:
            effects += instrument.speed(looper, number, 0.5, beat, timeline)
    for number in range(1, min(tracks, 2) + 1):
        effects += instrument.feedback(looper, number, 0.5)
        effects += looper.set_overdub(number, True, beat, timeline)
    effects.append(Input(tracks, 2, 2))
    return effects


def _time_passthrough(
    block: int, calls: int, cost: Callable[[Callable[[], None]], float] = _seconds
) -> np.ndarray:
    indata = np.random.default_rng(0).uniform(-0.5, 0.5, (block, 2)).astype(np.float32)
    outdata = np.zeros((block, 2), dtype=np.float32)

    def callback(indata: np.ndarray, outdata: np.ndarray) -> None:
        outdata[:] = indata

    return np.array([cost(lambda: callback(indata, outdata)) for _ in range(calls)])


def callback_allocations(calls: int = 200) -> None:
    """Bytes each callback allocates (8 tracks, 256 frames): numpy should allocate nothing, so what is left
    is the interpreter's own objects (array views, integers), as a pass-through callback has some."""
    tracemalloc.start()
    try:
        ours = _time_callback(8, 256, calls, _bytes)
        reference = _time_passthrough(256, calls, _bytes)
    finally:
        tracemalloc.stop()
    print(
        f"allocated per callback, 8 tracks, 256 frames, {calls} calls: median {np.median(ours):.0f} B, "
        f"max {np.max(ours):.0f} B; reference pass-through: max {np.max(reference):.0f} B",
        flush=True,
    )


def callback_times(calls: int = 4000) -> None:
    print(f"callback time, {calls} calls each, as a share of the block period (target p99 <= 20 %)")
    print(f"{'frames':>6} {'tracks':>6} {'p50':>16} {'p99':>16}   reference pass-through p50 / p99")
    for block in (128, 256):
        period = block / RATE
        reference = _time_passthrough(block, calls)
        ref = f"{np.percentile(reference, 50) * 1e6:.1f} / {np.percentile(reference, 99) * 1e6:.1f} us"
        for tracks in (1, 8, 16):
            times = _time_callback(tracks, block, calls)
            p50, p99 = np.percentile(times, 50), np.percentile(times, 99)
            verdict = "ok" if p99 <= TARGET_P99 * period else "OVER TARGET"
            print(
                f"{block:>6} {tracks:>6} {p50 * 1e6:>7.0f} us {p50 / period:>5.1%} "
                f"{p99 * 1e6:>7.0f} us {p99 / period:>5.1%}   {ref}  {verdict}",
                flush=True,
            )


# -- 2. a JACK graph ----------------------------------------------------------------------------------


def _status(osc: OscClient, address: str) -> dict[str, float]:
    """The numbers of a key/value answer (/status, /audio/status)."""
    return {k: float(v) for k, v in osc.pairs(address, timeout=5).items() if isinstance(v, int | float)}


def _load(port: int, seconds: float, rate: int, sent: multiprocessing.Value) -> None:  # type: ignore[valid-type]
    """Send ``rate`` OSC messages a second to the server for ``seconds`` (a process of its own)."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4096)  # answers are dropped, never read
    messages = [
        encode_message("/ping", (1,)),
        encode_message("/looper/3/volume", (0.8,)),
        encode_message("/looper/5/state", ()),
        encode_message("/link/beat", ()),
        encode_message("/looper/7/volume", (0.9,)),
    ]
    batch = rate // 100
    start = time.monotonic()
    count = 0
    while (now := time.monotonic()) < start + seconds:
        due = int((now - start) * rate)
        while count < due:
            for _ in range(min(batch, due - count)):
                sock.sendto(messages[count % len(messages)], ("127.0.0.1", port))
                count += 1
        time.sleep(0.005)
    sent.value = count  # type: ignore[attr-defined]
    sock.close()


def jack_graph(load_seconds: float) -> None:
    from tests.support.jack import JackDummy
    from tests.support.server import ServerProcess

    missing = [p for p in ("jackd", "jack_metro", "jack_rec", "jack_connect") if not _which(p)]
    if missing:
        print(f"JACK part skipped: {', '.join(missing)} not installed (make setup as root installs them)")
        return
    name = f"bench-{uuid.uuid4().hex[:6]}"
    env = {**os.environ, "JACK_DEFAULT_SERVER": name, "JACK_NO_AUDIO_RESERVATION": "1"}
    log = tempfile.NamedTemporaryFile("w+", prefix="jackd-", suffix=".log", delete=False)  # noqa: SIM115
    jack = JackDummy(rate=RATE, period=128, name=name)
    jackd, mode = None, ""
    for kind, flags in (("real-time", ["-R", "-P", "70"]), ("not real-time", ["--no-realtime"])):
        mode = kind
        jackd = subprocess.Popen(
            ["jackd", "-n", name, *flags, "-d", "dummy", "-r", str(RATE), "-p", "128"],
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        try:
            jack.wait_for_port("system:playback_1", timeout=20)
            break
        except TimeoutError:
            jackd.terminate()
            jackd.wait(10)
            log.seek(0)
            print(f"jackd ({kind}) did not start: {log.read()[-300:]!r}")
    print(f"JACK dummy server at 128 frames, {mode}", flush=True)
    assert jackd is not None
    metro = None
    try:
        with (
            ServerProcess(
                "--audio", "auto", "--midi-api", "none", "--tempo", str(TEMPO), "--tracks", "8", env=env
            ) as server,
            server.client() as osc,
        ):
            for port in ("oscserver-audio:in_0", "oscserver-audio:in_1", "oscserver-audio:out_0"):
                jack.wait_for_port(port)
            click = f"{name}-metro:{int(TEMPO)}_bpm"
            metro = subprocess.Popen(
                ["jack_metro", "-n", f"{name}-metro", "-b", str(int(TEMPO)), "-f", "1000", "-D", "5"],
                env=env,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
            jack.wait_for_port(click)
            for index in (0, 1):
                subprocess.run(
                    ["jack_disconnect", f"system:capture_{index + 1}", f"oscserver-audio:in_{index}"],
                    env=env,
                    capture_output=True,
                )
                jack.connect(click, f"oscserver-audio:in_{index}")
            osc.request("/audio/latency", 0.0)
            while _status(osc, "/audio/status")["history"] < 1.6:
                time.sleep(0.1)
            for track in range(1, 9):
                osc.request(f"/looper/{track}/record", 1, reply=f"/looper/{track}/state")
            _phase(jack, env, osc)
            _stall(jackd.pid, jack, env, osc)
            _xruns(server.port, osc, log.name, min(load_seconds, 15.0), 0)
            _xruns(server.port, osc, log.name, load_seconds, LOAD_RATE)
    finally:
        if metro is not None:
            metro.terminate()
            metro.wait(10)
        jackd.terminate()
        jackd.wait(10)
        log.close()
        os.unlink(log.name)


def _loop_and_metronome(
    jack: object, env: dict[str, str], meanwhile: Callable[[], None] = lambda: None
) -> tuple[np.ndarray, np.ndarray]:
    """4 s of the server's first output (the loops) and the live metronome, recorded by ``jack_rec`` while
    ``meanwhile`` runs: their clicks' onsets, in frames."""
    with tempfile.TemporaryDirectory() as directory:
        path = Path(directory) / "loop.wav"
        click = next(p for p in jack.ports() if p.endswith("_bpm"))  # type: ignore[attr-defined]
        recorder = subprocess.Popen(
            ["jack_rec", "-f", str(path), "-d", "4", "oscserver-audio:out_0", click],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        meanwhile()
        recorder.wait(timeout=30)
        audio = read_wav(path)
    return onsets(audio[:, 0]), onsets(audio[:, 1])


def _errors_ms(ours: np.ndarray, live: np.ndarray) -> np.ndarray:
    """Each loop click's distance from the nearest live click, in ms (a loop click past the live ones at
    either end of the recording has no live click of its own to be measured against)."""
    half_beat = RATE * 30 / TEMPO
    inside = [o for o in ours if live[0] - half_beat <= o <= live[-1] + half_beat] if live.size else []
    return np.array([o - live[np.argmin(np.abs(live - o))] for o in inside]) / RATE * 1000


def _phase(jack: object, env: dict[str, str], osc: OscClient) -> None:
    time.sleep(1.2)  # every take is complete
    ours, live = _loop_and_metronome(jack, env)
    if len(ours) < 4 or len(live) < 4:
        print(f"phase: too few clicks found (loop {len(ours)}, live {len(live)})")
        return
    errors = _errors_ms(ours, live)
    spacing = (np.diff(live) - RATE * 60 / TEMPO) / RATE * 1000
    status = _status(osc, "/audio/status")
    ppm = (status["measured_rate"] / RATE - 1) * 1e6
    print(
        f"phase error of the loop against the live metronome over {len(ours)} clicks (1-4 bars on): "
        f"mean {np.mean(np.abs(errors)):.3f} ms, max {np.max(np.abs(errors)):.3f} ms "
        f"(target <= {TARGET_PHASE_MS} ms)"
    )
    print(
        f"  reference: spacing error of the live clicks, same detector: max {np.max(np.abs(spacing)):.3f} ms;"
        f" JACK's sample clock against the host clock: {ppm:+.0f} ppm (the loop follows the host clock's "
        f"beat, the metronome JACK's frames, so they part by that much over minutes)"
    )


STALL_SECONDS = 0.012
SETTLED_MS = 0.1


def _stall(jackd_pid: int, jack: object, env: dict[str, str], osc: OscClient) -> None:
    """The loop against the live metronome across a stall of JACK's driver, and the rate measured after."""
    before = _status(osc, "/audio/status")

    def stall() -> None:
        time.sleep(1.0)  # (a beat or four of the loop on its phase first)
        os.kill(jackd_pid, signal.SIGSTOP)
        time.sleep(STALL_SECONDS)
        os.kill(jackd_pid, signal.SIGCONT)

    ours, live = _loop_and_metronome(jack, env, stall)
    time.sleep(1.0)
    after = _status(osc, "/audio/status")
    errors = _errors_ms(ours, live)
    moved = np.flatnonzero(np.abs(errors - errors[0]) > SETTLED_MS) if len(errors) >= 8 else errors[:0]
    if moved.size == 0:
        print(
            "stall: no step found in the loop against the metronome"
            f" (errors {np.round(errors, 3).tolist()} ms)"
        )
        return
    first = int(moved[0])  # the first click after the stall
    final = float(np.median(errors[-4:]))
    off = np.flatnonzero(np.abs(errors - final) > SETTLED_MS)
    settled = int(off[-1]) + 1 if off.size else 0  # every click from here on at the new offset
    late_clicks = max(settled - first, 0)
    late_ms = late_clicks * 60_000 / TEMPO
    ppm = (after["measured_rate"] / before["measured_rate"] - 1) * 1e6
    print(
        f"after a {STALL_SECONDS * 1000:.0f} ms stall of JACK's driver: the loop settled at its new offset"
        f" ({final - errors[0]:+.2f} ms) {late_clicks} click(s) ({late_ms:.0f} ms)"
        f" after the first click past the stall (target 0); rate a second later"
        f" {after['measured_rate']:.1f} Hz, {ppm:+.0f} ppm from before (target within 100 ppm);"
        f" clock steps taken: {int(after['clock_resets'] - before['clock_resets'])}"
    )
    print(
        f"  reference: the rate just before the stall, {before['measured_rate']:.1f} Hz; errors by click"
        f" (ms): {np.round(errors, 2).tolist()}"
    )


def _xruns(port: int, osc: OscClient, jack_log: str, seconds: float, rate: int) -> None:
    before = _status(osc, "/audio/status")
    received_before = _status(osc, "/status")["received"]
    with open(jack_log) as log:
        jack_before = sum("xrun" in line.lower() for line in log)
    sent = 0
    if rate:
        context = multiprocessing.get_context("spawn")
        counter = context.Value("q", 0)
        load = context.Process(target=_load, args=(port, seconds, rate, counter))
        load.start()
        load.join(seconds + 30)
        sent = counter.value
    else:
        time.sleep(seconds)
    after = _status(osc, "/audio/status")
    received = _status(osc, "/status")["received"] - received_before
    with open(jack_log) as log:
        jack_after = sum("xrun" in line.lower() for line in log)
    xruns = int(after["xruns"] - before["xruns"])
    resets = int(after["clock_resets"] - before["clock_resets"])
    load_text = "idle"
    if rate:
        load_text = f"{sent / seconds:.0f} messages/s sent, {received / seconds:.0f}/s received"
    print(
        f"xruns in {seconds:.0f} s at 128 frames, 8 tracks playing, {load_text}: {xruns} "
        f"(target 0); reference: jackd logged {jack_after - jack_before} xrun(s) in the same time"
    )
    print(
        f"  callback load meanwhile: mean {after['load']:.1f} %, "
        f"peak {after['load_peak']:.1f} % of the period; "
        f"callback real-time: {'yes' if after['realtime'] else 'no'}; frame clock re-locks: {resets}",
        flush=True,
    )


def _which(program: str) -> bool:
    return any(os.access(os.path.join(d, program), os.X_OK) for d in os.environ.get("PATH", "").split(":"))


def verbs_callback_times(calls: int) -> None:
    """The callback with the instrument verbs at work, beside the same callback with plain loops."""
    block, tracks = 256, 8
    period = block / RATE
    plain = _time_callback(tracks, block, calls, verbs=False)
    verbs = _time_callback(tracks, block, calls, verbs=True)
    print(
        f"callback with the verbs at work ({tracks} tracks, {block} frames, {calls} calls: 4 reversed, "
        f"2 at half speed, 2 overdubbing with feedback 0.5, 1 routed input): p50 "
        f"{np.percentile(verbs, 50) / period:.1%}, p99 {np.percentile(verbs, 99) / period:.1%} of the "
        "period; "
        f"reference plain loops, two overdubbing: p50 {np.percentile(plain, 50) / period:.1%}, "
        f"p99 {np.percentile(plain, 99) / period:.1%} (target p99 <= {TARGET_P99:.0%})",
        flush=True,
    )


def undo_memory() -> None:
    """What undo keeps per track per minute of loop: levels of a one-minute stereo loop pushed until the
    track's budget holds no more; reference: the minute of loop itself as the renderer holds it."""
    frames = 60 * RATE
    shape = LoopShape(frames, float(frames), 0.0, 240.0, 0.0)
    minute = StoredLoop(shape, np.zeros((frames, 2), dtype=np.float32))
    history = UndoHistory(tracks=1)
    for _ in range(32):
        history.push(1, Snapshot(minute, 60))
    levels = history.levels(1)[0]
    print(
        f"undo memory per track per minute of loop at {RATE} Hz: {history.size / levels / 1e6:.1f} MB a "
        "level, "
        f"{levels} levels kept ({history.size / 1e6:.0f} MB, budget {history.track_bytes / 2**20:.0f} MiB a "
        f"track, {history.total_bytes / 2**20:.0f} MiB in all); reference: the loop itself "
        f"{minute.frames.nbytes / 1e6:.1f} MB",
        flush=True,
    )


def run(argv: list[str] | None = None) -> None:
    quick = os.environ.get("BENCH_QUICK") == "1" or "--quick" in (argv or [])
    callback_allocations()
    undo_memory()
    verbs_callback_times(500 if quick else 1000)
    callback_times(1500 if quick else 4000)
    jack_graph(10.0 if quick else 60.0)


if __name__ == "__main__":
    run(sys.argv[1:])
