"""``oscserver.toml``: the search path, precedence (defaults < file < flags), clear errors, --print-config."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result

from oscserver.cli import configfile, main, serve
from oscserver.osc.access import DEFAULT_ALLOW
from oscserver.server.config import ServeConfig
from oscserver.sessions.service import default_data_dir

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib


@pytest.fixture
def places(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, Path]:
    """The three places of the search path, moved into a temporary directory (cwd, XDG, /etc)."""
    cwd, xdg, etc = tmp_path / "cwd", tmp_path / "xdg", tmp_path / "etc"
    for directory in (cwd, xdg / "oscserver", etc):
        directory.mkdir(parents=True)
    monkeypatch.chdir(cwd)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(xdg))
    monkeypatch.setattr(configfile, "SYSTEM_DIRECTORY", etc)
    return {
        "cwd": cwd / "oscserver.toml",
        "xdg": xdg / "oscserver" / "oscserver.toml",
        "etc": etc / "oscserver.toml",
    }


def run(*args: str) -> Result:
    return CliRunner().invoke(main, ["serve", *args], catch_exceptions=False)


def effective(*args: str) -> dict[str, Any]:
    result = run("--print-config", *args)
    assert result.exit_code == 0, result.output
    return dict(tomllib.loads(result.output))


def test_without_a_file_the_defaults_are_printed(places: dict[str, Path]) -> None:
    result = run("--print-config")
    assert result.exit_code == 0
    assert "# config file: none found" in result.output
    settings = tomllib.loads(result.output)
    assert settings["port"] == 8000
    assert settings["tempo"] == 120.0
    assert settings["link"] is True
    assert settings["tcp"] is True
    assert settings["zeroconf"] is True
    assert settings["tcp-framing"] == "auto"
    # What runs, not what was typed: the platform's data directory and the default networks.
    assert settings["data-dir"] == str(default_data_dir())
    assert settings["allow"] == list(DEFAULT_ALLOW)
    assert "session" not in settings  # not set: TOML has no null, so it is a comment
    assert "# session is not set" in result.output


def test_a_combination_that_ignores_a_flag_says_so() -> None:
    config = ServeConfig(midi_api="none", midi_out=("drums=Circuit",), tcp=False, tcp_framing="slip")
    assert config.ignored() == [
        "--midi-out drums=Circuit is ignored: MIDI is off (--midi-api none)",
        "--tcp-framing slip is ignored: OSC over TCP is off (--no-tcp)",
    ]
    assert ServeConfig(midi_out=("drums=Circuit",)).ignored() == []


def test_the_file_overrides_defaults_and_flags_override_the_file(places: dict[str, Path]) -> None:
    places["cwd"].write_text('port = 9000\ntempo = 128\nlink = false\nmidi-out = ["drums=Circuit"]\n')
    result = run("--print-config", "--tempo", "99", "--link")
    settings = tomllib.loads(result.output)
    assert settings["port"] == 9000
    assert settings["tempo"] == 99.0
    assert settings["link"] is True
    assert settings["midi-out"] == ["drums=Circuit"]
    assert "# from the config file: port, midi-out" in result.output
    assert "# from the command line: tempo, link" in result.output


def test_the_first_file_on_the_search_path_is_the_only_one_read(places: dict[str, Path]) -> None:
    places["etc"].write_text("tempo = 101\ntracks = 3\n")
    places["xdg"].write_text("tempo = 102\n")
    places["cwd"].write_text("tempo = 103\n")
    settings = effective()
    assert settings["tempo"] == 103.0
    assert settings["tracks"] == 8  # /etc's file is not merged in
    places["cwd"].unlink()
    assert effective()["tempo"] == 102.0
    places["xdg"].unlink()
    assert effective()["tempo"] == 101.0
    assert effective()["tracks"] == 3


def test_an_explicit_config_wins_over_the_search_path(places: dict[str, Path], tmp_path: Path) -> None:
    places["cwd"].write_text("tempo = 103\n")
    chosen = tmp_path / "mine.toml"
    chosen.write_text("tempo = 77\n")
    result = run("--print-config", "--config", str(chosen))
    assert tomllib.loads(result.output)["tempo"] == 77.0
    assert f"# config file: {chosen}" in result.output


def test_config_dev_null_reads_no_file(places: dict[str, Path]) -> None:
    places["cwd"].write_text("tempo = 103\n")
    assert effective("--config", os.devnull)["tempo"] == 120.0


def test_a_missing_explicit_config_is_an_error(places: dict[str, Path]) -> None:
    result = run("--config", "nowhere.toml", "--print-config")
    assert result.exit_code == 2
    assert "'nowhere.toml' does not exist" in result.output


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('midi_api = "jack"\n', "unknown key 'midi_api' (did you mean 'midi-api'?)"),
        ("no-link = true\n", "unknown key 'no-link' (did you mean 'link'?)"),
        ("[midi]\napi = 1\n", "unknown key 'midi'"),
        ('port = "8000"\n', 'port must be an integer, got a string ("8000")'),
        ("port = 8000.5\n", "port must be an integer, got a float (8000.5)"),
        ("port = true\n", "port must be an integer, got a boolean (true)"),
        ("port = 70000\n", "port: 70000 is not in the range 0<=x<=65535."),
        ("tempo = 5000\n", "tempo: 5000.0 is not in the range 20.0<=x<=999.0."),
        ("link = 1\n", "link must be a boolean (true or false), got an integer (1)"),
        ('midi-api = "coreaudio"\n', "midi-api: 'coreaudio' is not one of 'auto', 'alsa', 'jack', 'none'."),
        ('midi-out = "Circuit"\n', 'midi-out must be a list of strings, got a string ("Circuit")'),
        ("midi-out = [1]\n", "midi-out must be a string, got an integer (1)"),
        ("port = \n", "is not valid TOML: Invalid value (at line 1, column 8)"),
    ],
)
def test_wrong_files_stop_the_server_with_the_file_and_key_named(
    places: dict[str, Path], text: str, message: str
) -> None:
    places["cwd"].write_text(text)
    result = run("--print-config")
    assert result.exit_code == 2
    assert message in result.output
    assert str(places["cwd"]) in result.output


def test_every_problem_is_listed_at_once_with_the_valid_keys(places: dict[str, Path]) -> None:
    places["cwd"].write_text('tempo = 5000\nmidi_api = "jack"\n')
    result = run("--print-config")
    assert "tempo: 5000.0 is not in the range" in result.output
    assert "unknown key 'midi_api'" in result.output
    assert "the keys are: host, port, tempo, link, " in result.output


def test_a_broken_file_does_not_hide_the_help(places: dict[str, Path]) -> None:
    places["cwd"].write_text("port = \n")
    result = run("--help")
    assert result.exit_code == 0
    assert "--print-config" in result.output


def test_printed_settings_are_a_config_file_that_gives_the_same_settings(
    places: dict[str, Path], tmp_path: Path
) -> None:
    printed = run(
        "--print-config",
        "--port",
        "9100",
        "--no-tcp",
        "--midi-out",
        "a=B",
        "--midi-out",
        "C",
        "--data-dir",
        str(tmp_path / "data"),
    ).output
    saved = tmp_path / "saved.toml"
    saved.write_text(printed)
    again = run("--print-config", "--config", str(saved)).output
    assert tomllib.loads(again) == tomllib.loads(printed)
    assert tomllib.loads(again)["midi-out"] == ["a=B", "C"]
    assert tomllib.loads(again)["data-dir"] == str(tmp_path / "data")


def test_every_serve_flag_is_a_key_and_nothing_else_is() -> None:
    keys = set(configfile.setting_options(serve))
    flags = {
        opt.removeprefix("--")
        for param in serve.params
        for opt in param.opts
        if opt.startswith("--") and param.name not in ("config", "print_config", "help")
    }
    assert keys == flags - {f"no-{key}" for key in keys}
