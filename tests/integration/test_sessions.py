"""Sessions over OSC: save, list, load, refusals, load at start, and the autosave at shutdown."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from oscserver.cli.client import OscClient
from tests.support.server import ServerProcess
from tests.support.waiting import scaled

pytestmark = pytest.mark.integration


def test_save_list_load(server: ServerProcess, client: OscClient) -> None:
    client.request("/link/tempo", 133)
    assert client.request("/session/save", "set one", reply="/done", timeout=10).args == (
        "/session/save",
        "set one",
    )
    client.request("/link/tempo", 90)
    assert client.request("/session/list").args == ("set one",)
    assert client.request("/session/load", "set one", reply="/done", timeout=10).args == (
        "/session/load",
        "set one",
    )
    assert client.request("/link/tempo").args == (133.0,)
    document = json.loads((server.data_dir / "set one" / "session.json").read_text())
    assert document["parts"]["link"]["tempo"] == 133.0


def test_save_without_a_name_reuses_the_current_one(client: OscClient) -> None:
    client.request("/session/save", "gig", reply="/done", timeout=10)
    assert client.request("/session/save", reply="/done", timeout=10).args == ("/session/save", "gig")


@pytest.mark.parametrize("name", ["../escape", "a/b", "", "dot.dot", "x" * 65, "tab\tname"])
def test_refused_names_change_nothing(server: ServerProcess, client: OscClient, name: str) -> None:
    answer = client.request("/session/save", name, reply="/done", timeout=10)
    assert answer.address == "/error" and answer.args[0] == "/session/save"
    assert client.request("/session/load", name, reply="/done", timeout=10).address == "/error"
    assert [p for p in server.data_dir.iterdir()] == []
    assert not (server.data_dir.parent / "escape").exists()


def test_a_corrupt_session_is_refused_and_changes_nothing(server: ServerProcess, client: OscClient) -> None:
    client.request("/link/tempo", 140)
    client.request("/session/save", "good", reply="/done", timeout=10)
    client.request("/link/tempo", 100)
    document = server.data_dir / "good" / "session.json"
    data = json.loads(document.read_text())
    data["parts"]["link"]["tempo"] = 5000
    document.write_text(json.dumps(data))
    error = client.request("/session/load", "good", reply="/done", timeout=10)
    assert error.args == ("/session/load", "link.tempo must be between 20 and 999 BPM, got 5000")
    assert client.request("/link/tempo").args == (100.0,)
    error = client.request("/session/load", "missing", reply="/done", timeout=10)
    assert error.args == ("/session/load", "no session named 'missing'; /session/list shows what there is")


def test_sigterm_autosaves_and_session_loads_at_start(tmp_path: Path) -> None:
    with (
        ServerProcess("--audio", "none", "--midi-api", "none", "--data-dir", str(tmp_path)) as first,
        first.client() as osc,
    ):
        osc.request("/link/tempo", 111)
    assert first.process is not None and first.process.returncode == 0
    assert (tmp_path / "autosave" / "session.json").is_file()
    with (
        ServerProcess(
            "--audio",
            "none",
            "--midi-api",
            "none",
            "--data-dir",
            str(tmp_path),
            "--session",
            "autosave",
            "--no-autosave",
        ) as second,
        second.client() as osc,
    ):
        assert osc.request("/link/tempo").args == (111.0,)


def test_a_missing_session_at_start_is_a_clear_startup_error(tmp_path: Path) -> None:
    import subprocess
    import sys

    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "oscserver",
            "serve",
            "--no-link",
            "--port",
            "0",
            "--audio",
            "none",
            "--data-dir",
            str(tmp_path),
            "--session",
            "nothing here",
        ],
        capture_output=True,
        text=True,
        timeout=scaled(60),
    )
    assert result.returncode == 1
    assert "cannot load session 'nothing here': no session named 'nothing here'" in result.stderr
    assert "Traceback" not in result.stderr


def test_the_midi_clock_setting_is_saved_and_loaded(server: ServerProcess, client: OscClient) -> None:
    assert client.request("/midi/clock", 1).args == (1,)
    client.request("/session/save", "with clock", reply="/done", timeout=10)
    document = json.loads((server.data_dir / "with clock" / "session.json").read_text())
    assert document["parts"]["midi"] == {"clock": True, "output_clocks": {}}
    client.request("/midi/clock", 0)
    with server.client() as tablet:
        tablet.request("/subscribe", reply="/subscribed")
        tablet.catch_up()  # the state dump
        client.request("/session/load", "with clock", reply="/done", timeout=10)
        assert tablet.wait_for("/midi/clock").args == (1,)
    assert client.request("/midi/clock").args == (1,)


def test_a_bad_midi_section_is_refused_before_anything_changes(
    server: ServerProcess, client: OscClient
) -> None:
    client.request("/link/tempo", 150)
    client.request("/session/save", "odd", reply="/done", timeout=10)
    client.request("/link/tempo", 100)
    path = server.data_dir / "odd" / "session.json"
    document = json.loads(path.read_text())
    document["parts"]["midi"]["clock"] = "yes"
    path.write_text(json.dumps(document))
    error = client.request("/session/load", "odd", reply="/done", timeout=10)
    assert error.address == "/error" and "midi.clock" in error.args[1]
    assert client.request("/link/tempo").args == (100.0,)  # the link part, checked first, was not applied
