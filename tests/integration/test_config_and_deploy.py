"""The config file as a running server reads it, the documented examples, and the systemd unit."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.support.server import ServerProcess
from tests.support.waiting import scaled

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

pytestmark = pytest.mark.integration

REPO = Path(__file__).resolve().parents[2]
UNIT = REPO / "deploy" / "oscserver.service"


def serve(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "oscserver", "serve", *args],
        capture_output=True,
        text=True,
        timeout=scaled(60),
        env=env,
    )


def status(server: ServerProcess) -> dict[str, object]:
    with server.client() as client:
        return dict(client.pairs())


def toml_blocks(document: Path) -> list[str]:
    return re.findall(r"```toml\n(.*?)```", document.read_text(), flags=re.DOTALL)


def test_a_server_reads_its_file_from_the_search_path_and_flags_win(tmp_path: Path) -> None:
    (tmp_path / "oscserver").mkdir()
    (tmp_path / "oscserver" / "oscserver.toml").write_text("tempo = 99.0\ntcp = false\n")
    env = {**os.environ, "XDG_CONFIG_HOME": str(tmp_path)}
    with ServerProcess("--audio", "none", "--midi-api", "none", env=env, config=None) as server:
        assert status(server)["tcp"] == "off"  # from the file
        assert status(server)["tempo"] == 99.0
    with ServerProcess(
        "--audio", "none", "--midi-api", "none", "--tempo", "101", env=env, config=None
    ) as server:
        assert status(server)["tempo"] == 101.0  # the flag wins
        assert status(server)["tcp"] == "off"


def test_a_wrong_file_stops_the_server_at_start_up_with_a_clear_message(tmp_path: Path) -> None:
    path = tmp_path / "bad.toml"
    path.write_text('tempo = "fast"\nmidi_out = []\n')
    result = serve("--config", str(path), "--port", "0", "--no-link")
    assert result.returncode == 2
    assert f"config file {path}:" in result.stderr
    assert 'tempo must be a number, got a string ("fast")' in result.stderr
    assert "unknown key 'midi_out' (did you mean 'midi-out'?)" in result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize("document", ["docs/raspberry-pi.md", "docs/network.md"])
def test_the_documented_config_examples_are_accepted(document: str, tmp_path: Path) -> None:
    blocks = toml_blocks(REPO / document)
    assert blocks, f"{document} has no TOML example"
    for number, text in enumerate(blocks):
        path = tmp_path / f"example{number}.toml"
        path.write_text(text)
        result = serve("--config", str(path), "--print-config")
        assert result.returncode == 0, result.stderr
        effective = tomllib.loads(result.stdout)
        example = tomllib.loads(text)
        assert {key: effective[key] for key in example} == example


def test_the_raspberry_pi_config_runs_a_server(tmp_path: Path) -> None:
    path = tmp_path / "oscserver.toml"
    path.write_text(toml_blocks(REPO / "docs" / "raspberry-pi.md")[0])
    # Only what this machine cannot give is overridden: the port, the network, the devices, the data dir.
    with ServerProcess(
        "--audio",
        "none",
        "--midi-api",
        "none",
        "--data-dir",
        str(tmp_path / "data"),
        config=str(path),
    ) as server:
        current = status(server)
        assert current["tempo"] == 120.0
        assert str(current["tcp"]).startswith(f"port {server.port}")


def test_the_systemd_unit_verifies(tmp_path: Path) -> None:
    if shutil.which("systemd-analyze") is None:
        pytest.skip("needs systemd-analyze (package systemd) to check the unit file")
    # verify checks that ExecStart's program exists: point it at this checkout's server, nothing else.
    text = UNIT.read_text()
    assert "ExecStart=/opt/oscserver/venv/bin/oscserver serve --config /etc/oscserver/oscserver.toml" in text
    program = shutil.which("oscserver") or str(Path(sys.executable).with_name("oscserver"))
    unit = tmp_path / "oscserver.service"
    unit.write_text(text.replace("/opt/oscserver/venv/bin/oscserver", program))
    result = subprocess.run(
        ["systemd-analyze", "verify", str(unit)], capture_output=True, text=True, timeout=scaled(60)
    )
    complaints = [line for line in (result.stdout + result.stderr).splitlines() if "oscserver" in line]
    assert result.returncode == 0 and not complaints, result.stdout + result.stderr
    for setting in (
        "User=oscserver",
        "SupplementaryGroups=audio",
        "LimitRTPRIO=",
        "LimitMEMLOCK=",
        "StateDirectory=oscserver",
        "WantedBy=multi-user.target",
    ):
        assert setting in text
