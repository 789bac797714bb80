"""The SuperCollider quark, in the real sclang (headless), against the real server.

sclang reads the quark's classes through a language configuration file (``sclang -l``) whose includePaths
name the quark, as ``Quarks.install(path)`` arranges for a user. sclang hangs on a class library error rather
than exiting, so every run is under a timeout.
"""

from __future__ import annotations

import itertools
import os
import re
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.support.contract import (
    ServedEndpoint,
    fetch_api,
    find_endpoint,
    is_looper_or_midi,
)
from tests.support.fake_server import FakeServer
from tests.support.repo import CLIENTS
from tests.support.requirements import need_programs
from tests.support.server import ServerProcess
from tests.support.waiting import scaled

pytestmark = pytest.mark.integration

QUARK = CLIENTS / "supercollider" / "OscServer"
SCRIPTS = Path(__file__).parent / "sclang"
HEADLESS = {"QTWEBENGINE_CHROMIUM_FLAGS": "--no-sandbox", "QT_QPA_PLATFORM": "offscreen"}


def _language_config(directory: Path, include: list[Path]) -> Path:
    config = directory / "sclang_conf.yaml"
    lines = [
        "includePaths:",
        *(f"  - {path}" for path in include),
        "excludePaths: []",
        "postInlineWarnings: false",
    ]
    config.write_text("\n".join(lines) + "\n")
    return config


def run_sclang(script: Path, config: Path, env: dict[str, str], timeout: float = 60) -> str:
    need_programs("sclang")
    process = subprocess.run(
        ["timeout", str(int(timeout)), "sclang", "-l", str(config), str(script)],
        env={**os.environ, **HEADLESS, **env},
        capture_output=True,
        text=True,
        timeout=timeout + 10,
        stdin=subprocess.DEVNULL,
    )
    output = process.stdout + process.stderr
    assert "ERROR" not in output.split("Welcome to SuperCollider")[0], output  # class library errors
    return output


def results(output: str) -> list[list[str]]:
    return [line.split()[1:] for line in output.splitlines() if line.startswith("RESULT ")]


def test_quark_installs_with_quarks_install(tmp_path: Path) -> None:
    """``Quarks.install(path)`` reads the quark file and adds the folder to the class library path."""
    config = _language_config(tmp_path, [])
    script = tmp_path / "install.scd"
    script.write_text(
        f'Quarks.install("{QUARK}");\n'
        f'("RESULT installed " ++ Quarks.isInstalled("OscServer")).postln;\n'
        f'("RESULT included " ++ LanguageConfig.includePaths.any {{ |p| p.contains("OscServer") }}).postln;\n'
        "0.exit;\n"
    )
    output = run_sclang(script, config, {"HOME": str(tmp_path)})
    assert ["installed", "true"] in results(output), output
    assert ["included", "true"] in results(output), output
    # The configuration Quarks.install wrote is the one the next start reads: the class is then there.
    assert str(QUARK) in config.read_text()
    # ...and it is this repository's class file, not a copy installed elsewhere.
    probe = tmp_path / "probe.scd"
    probe.write_text(
        '("RESULT class " ++ OscServer.defaultPort).postln;\n'
        '("RESULT file " ++ OscServer.filenameSymbol).postln;\n'
        "0.exit;\n"
    )
    probed = results(run_sclang(probe, config, {"HOME": str(tmp_path)}))
    assert ["class", "8000"] in probed, output
    assert ["file", str(QUARK / "Classes" / "OscServer.sc")] in probed, probed


def test_quark_drives_link_and_hears_the_feedback(tmp_path: Path, server: ServerProcess) -> None:
    config = _language_config(tmp_path, [QUARK])
    output = run_sclang(SCRIPTS / "link.scd", config, {"OSCSERVER_PORT": str(server.port)})
    lines = results(output)
    assert lines[-1] == ["done"], output
    subscribed = next(values for key, *values in lines if key == "subscribed")
    assert subscribed[0] == subscribed[1]  # subscribed on sclang's own port
    assert ["dump_tempo", "120.0"] in lines
    assert ["tempo", "133.5", "133.5"] in lines  # heard back, and kept in -state
    error = next(values for key, *values in lines if key == "error")
    assert error[0] == "/link/tempo" and "5000" in " ".join(error)
    assert [values for key, *values in lines if key == "playing"] == [["true"], ["false"]]
    beats = [[float(v) for v in values] for key, *values in lines if key == "beat"]
    assert len(beats) >= 4
    for beat, bar, beat_in_bar in beats:
        assert 1 <= beat_in_bar <= 3  # quantum 3
        assert bar == beat // 3 + 1 and beat_in_bar == beat % 3 + 1
    assert all(b2[0] == b1[0] + 1 for b1, b2 in itertools.pairwise(beats))


@pytest.fixture(scope="module")
def looper_server() -> Iterator[ServerProcess]:
    """One server (the silent audio device) for the looper runs: each plays its own track."""
    with ServerProcess("--audio", "none", "--midi-api", "none") as process:
        yield process


def test_quark_records_plays_and_stops_a_track(tmp_path: Path, looper_server: ServerProcess) -> None:
    config = _language_config(tmp_path, [QUARK])
    output = run_sclang(SCRIPTS / "looper.scd", config, {"OSCSERVER_PORT": str(looper_server.port)})
    lines = results(output)
    assert lines[-1] == ["done"], output
    assert ["initial", "EMPTY", "0"] in lines
    states = [values[0] for key, *values in lines if key == "state"]
    assert "PLAYING" in states and "STOPPED" in states and states[-1] == "PLAYING"
    assert states.index("PLAYING") < states.index("STOPPED")


def test_quark_plays_a_loop_as_an_instrument_on_the_real_server(
    tmp_path: Path, looper_server: ServerProcess
) -> None:
    """Record, overdub, multiply, undo, reverse, speed: the quark's hooks and -state follow each, and the
    server holds what they say."""
    config = _language_config(tmp_path, [QUARK])
    output = run_sclang(SCRIPTS / "verbs.scd", config, {"OSCSERVER_PORT": str(looper_server.port)})
    lines = results(output)
    assert lines[-1] == ["done"], output
    states = [values for key, *values in lines if key == "state"]
    assert states[0] == ["EMPTY", "0"], output
    # recorded one bar, multiplied to two, undone to one, then two at half speed (each a change the hook saw)
    shown = [s for s in states[1:] if s[0] == "PLAYING"]
    assert shown == [["PLAYING", "1"], ["PLAYING", "2"], ["PLAYING", "1"], ["PLAYING", "2"]], output
    flags = [values for key, *values in lines if key == "flag"]
    assert flags == [
        ["overdub", "0"],  # from the dump
        ["reverse", "0"],
        ["speed", "1.0"],
        ["overdub", "1"],
        ["overdub", "0"],
        ["reverse", "1"],
        ["speed", "0.5"],
    ], output
    assert ["kept", "PLAYING", "2", "false", "true", "0.5"] in lines, output  # the quark's -state
    with looper_server.client() as client:
        for address, expected in (("state", ("PLAYING", 2)), ("reverse", (1,)), ("speed", (0.5,))):
            client.send(f"/looper/2/{address}")
            [answer] = [m for m in client.receive(scaled(2.0)) if m.address == f"/looper/2/{address}"]
            assert answer.args == expected, address


def test_quark_hooks_fire_once_per_change_while_renewing(tmp_path: Path, server: ServerProcess) -> None:
    config = _language_config(tmp_path, [QUARK])
    output = run_sclang(SCRIPTS / "hooks.scd", config, {"OSCSERVER_PORT": str(server.port)})
    lines = results(output)
    assert lines[-1] == ["done"], output
    renewals = int(next(values[0] for key, *values in lines if key == "renewals"))
    assert renewals >= 10, output
    assert next(values for key, *values in lines if key == "tempi") == ["120.0", "133.5"]
    states = [values for key, *values in lines if key == "states"]
    assert states == [[str(track), "1", "EMPTY", "0"] for track in range(1, 9)]
    # The devices' state, heard once from the dump and kept: audio on the silent device, MIDI off.
    assert ["audio_ok", "1"] in lines and ["midi_ok", "0"] in lines
    assert ["ok_now", "true", "false"] in lines


def test_quark_asks_for_the_state_on_a_new_server_instance(tmp_path: Path) -> None:
    config = _language_config(tmp_path, [QUARK])
    with FakeServer(lambda n: ["1a2b3c4d5e6f"] if n < 3 else ["0f9e8d7c6b5a"]) as fake:
        output = run_sclang(SCRIPTS / "instance.scd", config, {"OSCSERVER_PORT": str(fake.port)})
    lines = results(output)
    assert lines[-1] == ["done"], output
    assert ["instance", "0f9e8d7c6b5a"] in lines
    addresses = fake.addresses()
    assert addresses.count("/subscribe") >= 6
    dumps = [i for i, address in enumerate(addresses) if address == "/dump"]
    assert len(dumps) == 2  # the first instance heard, then the new one; no renewal asked
    assert addresses[: dumps[0]].count("/subscribe") == 1 and addresses[: dumps[1]].count("/subscribe") == 4


# -- every address the quark sends -------------------------------------------------------------------------

_SEND = re.compile(r'(?:send|sendMsg)\("(/[^"]+)"')
_PATH = re.compile(r'this\.path\("([a-z]+)"\)')
# The classes whose -path makes their addresses, and the address of their number 1.
_PATH_PREFIXES = {"OscServerTrack": "/looper/1/", "OscServerMidiLoop": "/midiloop/1/"}
_CLASS = re.compile(r"^([A-Z]\w*) \{$", re.MULTILINE)


def quark_addresses() -> list[str]:
    """Literal addresses in the class files' sends, and each track or MIDI-loop verb as number 1 sends it.

    (Arguments are checked against API.md in the stand-in server run below, and by the server itself in the
    sclang runs above.)
    """
    addresses: set[str] = set()
    for path in sorted((QUARK / "Classes").glob("*.sc")):
        source = path.read_text()
        addresses |= set(_SEND.findall(source))
        starts = [(m.start(), m.group(1)) for m in _CLASS.finditer(source)]
        for (start, name), (end, _) in zip(starts, [*starts[1:], (len(source), "")], strict=True):
            prefix = _PATH_PREFIXES.get(name)
            if prefix is not None:
                addresses |= {prefix + verb for verb in _PATH.findall(source[start:end])}
    return sorted(addresses)


@pytest.fixture(scope="module")
def served() -> dict[str, ServedEndpoint]:
    with ServerProcess("--audio", "none", "--midi-api", "none") as server, server.client() as client:
        return fetch_api(client)


def test_quark_link_and_server_addresses_are_served(served: dict[str, ServedEndpoint]) -> None:
    addresses = [a for a in quark_addresses() if not is_looper_or_midi(a)]
    assert {"/subscribe", "/link/tempo", "/link/playing", "/link/tap", "/sync"} <= set(addresses)
    assert [a for a in addresses if find_endpoint(a, served) is None] == []


def test_quark_looper_and_midi_addresses_are_served(served: dict[str, ServedEndpoint]) -> None:
    addresses = [a for a in quark_addresses() if is_looper_or_midi(a)]
    assert {"/looper/1/record", "/looper/1/state", "/midi/note", "/click/volume"} <= set(addresses)
    assert {"/looper/1/undo", "/looper/follow", "/map/add", "/midiloop/1/record"} <= set(addresses)
    assert [a for a in addresses if find_endpoint(a, served) is None] == []


# What v2.scd's calls must send, in order (API.md, "Additions, v2"): the quark's own defaults included.
V2_MESSAGES = [
    ("/looper/2/undo", ()),
    ("/looper/2/redo", ()),
    ("/looper/2/multiply", (2,)),
    ("/looper/2/multiply", (3,)),
    ("/looper/2/divide", (2,)),
    ("/looper/2/divide", (4,)),
    ("/looper/2/replace", (1,)),
    ("/looper/2/reverse", (0,)),
    ("/looper/2/speed", (0.5,)),
    ("/looper/2/oneshot", ()),
    ("/looper/2/solo", (1,)),
    ("/looper/2/feedback", (0.75,)),
    ("/looper/2/input", (1, 2)),
    ("/looper/2/input", ()),
    ("/looper/2/stretch", ("pitch",)),
    ("/looper/2/export", ()),
    ("/looper/2/position", ()),
    ("/looper/2/overdub", (1,)),
    ("/looper/follow", (0,)),
    ("/link/tap", ()),
    ("/map/add", ("cc", 1, 74, "/looper/1/volume")),
    ("/map/add", ("note", 0, 36, "/looper/1/record", 2)),
    ("/map/learn", ("/looper/2/play",)),
    ("/map/learn", ()),
    ("/map/list", ()),
    ("/map/remove", (3,)),
    ("/map/clear", ()),
    ("/map/feedback", (3, "out")),
    ("/midiloop/3/record", (4,)),
    ("/midiloop/3/record", (2,)),
    ("/midiloop/3/arm", (8,)),
    ("/midiloop/3/play", ()),
    ("/midiloop/3/stop", ()),
    ("/midiloop/3/clear", ()),
    ("/midiloop/3/undo", ()),
    ("/midiloop/3/state", ()),
    ("/midiloop/3/output", ("drums",)),
    ("/midiloop/3/quantize", (0.25,)),
    ("/midiloop/3/export", ()),
]


def test_quark_sends_the_v2_looper_mapping_and_midi_loop_messages(tmp_path: Path) -> None:
    """Each new method, called in the real sclang, sends its address with API.md's arguments and types."""
    config = _language_config(tmp_path, [QUARK])
    with FakeServer(lambda n: []) as fake:
        output = run_sclang(SCRIPTS / "v2.scd", config, {"OSCSERVER_PORT": str(fake.port)})
        assert results(output)[-1:] == [["done"]], output
        sent = [(m.address, tuple(m.args)) for m in fake.received]
    assert sent[-1] == ("/ping", ("end",)), sent  # everything before it arrived
    assert sent[:-1] == V2_MESSAGES
    # ints stay ints and floats floats (the server's type checks see what sclang sent)
    for (_, args), (_, expected) in zip(sent, V2_MESSAGES, strict=False):
        assert [type(a) for a in args] == [type(e) for e in expected]


def test_quark_has_help_and_examples() -> None:
    assert (QUARK / "HelpSource" / "Classes" / "OscServer.schelp").is_file()
    assert list((QUARK / "examples").glob("*.scd"))
