"""``oscserver.toml``: the ``serve`` flags in a file; flags given on the command line win over it.

The keys are the long flag names of ``oscserver serve`` without their dashes (``port``, ``midi-api``,
``data-dir``); a switch with a ``--no-`` form is named by its positive one (``link = false`` is
``--no-link``). Values have their TOML type: ``tempo = 128.0``, ``tcp = false``,
``midi-out = ["drums=Circuit"]``. Every flag is a key, including those features add later: the keys are
read off the command's options rather than listed twice.

The file is ``--config PATH`` when given (``--config /dev/null`` reads none), otherwise the first that
exists of :func:`search_path`. Only that one file is read: settings never come from two files at once.
Unknown keys and values of the wrong type or out of range stop the server at start-up with a message that
names the file and the key.
"""

from __future__ import annotations

import difflib
import functools
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import click
import platformdirs
import tomli_w
from click.core import ParameterSource

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    import tomli as tomllib

FILE_NAME = "oscserver.toml"
SYSTEM_DIRECTORY = Path("/etc/oscserver")
# Options of ``serve`` that are not settings of the server and so have no key.
_NOT_SETTINGS = frozenset({"config", "print_config", "help"})
_META_KEY = "oscserver.config_file"


class ConfigFileError(click.ClickException):
    exit_code = 2  # like a bad flag: the server was not started


def search_path() -> list[Path]:
    """Where a config file is looked for, in order; the first that exists is read."""
    return [
        Path.cwd() / FILE_NAME,
        Path(platformdirs.user_config_dir("oscserver")) / FILE_NAME,  # $XDG_CONFIG_HOME, else ~/.config
        SYSTEM_DIRECTORY / FILE_NAME,
    ]


def find_config_file(paths: list[Path] | None = None) -> Path | None:
    for path in search_path() if paths is None else paths:
        if path.is_file():
            return path
    return None


def setting_options(command: click.Command) -> dict[str, click.Option]:
    """The command's options that are settings, by their key in the file."""
    return {
        param.name.replace("_", "-"): param
        for param in command.params
        if isinstance(param, click.Option) and param.name and param.name not in _NOT_SETTINGS
    }


# -- reading -------------------------------------------------------------------------------------------


def read_config_file(path: Path, ctx: click.Context) -> dict[str, Any]:
    """The file's settings as click defaults (option name -> converted value); ConfigFileError if wrong."""
    try:
        with path.open("rb") as file:
            data = tomllib.load(file)
    except OSError as err:
        raise ConfigFileError(f"cannot read the config file {path}: {err.strerror or err}") from err
    except tomllib.TOMLDecodeError as err:
        raise ConfigFileError(f"config file {path} is not valid TOML: {err}") from err
    options = setting_options(ctx.command)
    problems: list[str] = []
    defaults: dict[str, Any] = {}
    for key, value in data.items():
        option = options.get(key)
        if option is None:
            problems.append(_unknown_key(key, options))
            continue
        try:
            defaults[str(option.name)] = _convert(key, value, option, ctx)
        except _WrongValue as err:
            problems.append(str(err))
    if any(key not in options for key in data):
        problems.append(f"the keys are: {', '.join(options)}")
    if problems:
        raise ConfigFileError(f"config file {path}:\n  " + "\n  ".join(problems))
    return defaults


class _WrongValue(Exception):
    pass


def _unknown_key(key: str, options: dict[str, click.Option]) -> str:
    close = difflib.get_close_matches(key.replace("_", "-").removeprefix("no-"), list(options), n=1)
    hint = f" (did you mean {close[0]!r}?)" if close else ""
    return f"unknown key {key!r}{hint}"


_TOML_TYPES: dict[str, tuple[type, ...]] = {
    "boolean": (bool,),
    "integer": (int,),
    "number": (int, float),
    "string": (str,),
}


def _kind(option: click.Option) -> str:
    """What TOML value an option takes: boolean, integer, number or string."""
    if option.is_flag:
        return "boolean"
    if isinstance(option.type, click.types.IntParamType):
        return "integer"
    if isinstance(option.type, click.types.FloatParamType):
        return "number"
    return "string"


def _a(kind: str) -> str:
    return (
        "a boolean (true or false)" if kind == "boolean" else ("an " if kind[0] in "aeiou" else "a ") + kind
    )


def _convert(key: str, value: Any, option: click.Option, ctx: click.Context) -> Any:
    if option.multiple:
        if not isinstance(value, list):
            raise _WrongValue(f"{key} must be a list of {_kind(option)}s, got {_describe(value)}")
        return tuple(_convert_one(key, item, option, ctx) for item in value)
    return _convert_one(key, value, option, ctx)


def _convert_one(key: str, value: Any, option: click.Option, ctx: click.Context) -> Any:
    kind = _kind(option)
    types = _TOML_TYPES[kind]
    # TOML's booleans are Python ints: true must not pass for port 1, nor 1 for a switch.
    if isinstance(value, bool) != (kind == "boolean") or not isinstance(value, types):
        raise _WrongValue(f"{key} must be {_a(kind)}, got {_describe(value)}")
    if option.is_flag:
        return value
    try:
        return option.type.convert(value, option, ctx)
    except click.BadParameter as err:
        raise _WrongValue(f"{key}: {err.message}") from err


def _describe(value: Any) -> str:
    if isinstance(value, bool):
        return f"a boolean ({str(value).lower()})"
    if isinstance(value, int):
        return f"an integer ({value})"
    if isinstance(value, float):
        return f"a float ({value})"
    if isinstance(value, str):
        return f"a string ({json.dumps(value)})"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a table"
    return f"a {type(value).__name__} ({value})"  # TOML dates and times


# -- click glue ----------------------------------------------------------------------------------------


def _load(ctx: click.Context, _param: click.Parameter, value: Path | None) -> Path | None:
    """The eager ``--config`` callback: runs before the other options, whose defaults the file becomes."""
    if ctx.resilient_parsing:  # shell completion: read nothing
        return value
    path = value if value is not None else find_config_file()
    ctx.meta[_META_KEY] = path
    if path is not None:
        ctx.default_map = {**(ctx.default_map or {}), **read_config_file(path, ctx)}
    return path


_SOURCE_LABELS = {
    ParameterSource.COMMANDLINE: "the command line",
    ParameterSource.ENVIRONMENT: "the environment",
    ParameterSource.DEFAULT_MAP: "the config file",
}


Resolve = Callable[[dict[str, Any]], dict[str, Any]]


def effective_toml(ctx: click.Context, resolve: Resolve | None = None) -> str:
    """The settings the server would run with, as a config file, with where each came from.

    ``resolve`` turns the options' values into the effective ones (an empty list of allowed networks into
    the default networks, no data directory into the platform's), so what is printed is what runs.
    """
    options = setting_options(ctx.command)
    given = {str(option.name): ctx.params.get(str(option.name)) for option in options.values()}
    resolved = resolve(given) if resolve is not None else given
    values: dict[str, Any] = {}
    unset: list[str] = []
    sources: dict[str, list[str]] = {}
    for key, option in options.items():
        name = str(option.name)
        value = resolved.get(name)
        source = ctx.get_parameter_source(name)
        label = _SOURCE_LABELS.get(source) if source is not None else None
        if label:
            sources.setdefault(label, []).append(key)
        if value is None:
            unset.append(key)
        else:
            values[key] = _plain(value)
    path: Path | None = ctx.meta.get(_META_KEY)
    lines = ["# oscserver serve: effective settings (defaults < config file < command line)"]
    if path is not None:
        lines.append(f"# config file: {path.absolute()}")
    else:
        searched = ", ".join(str(p) for p in search_path())
        lines.append(f"# config file: none found (searched {searched})")
    for label in ("the config file", "the environment", "the command line"):
        if label in sources:
            lines.append(f"# from {label}: {', '.join(sources[label])}")
    for key in unset:
        lines.append(f"# {key} is not set (its built-in default applies)")
    return "\n".join(lines) + "\n" + tomli_w.dumps(values)


def _plain(value: Any) -> Any:
    if isinstance(value, Path):
        return str(value)
    if isinstance(value, tuple | list):
        return [_plain(item) for item in value]
    return value


def config_file_options(
    resolve: Resolve | None = None,
) -> Callable[[Callable[..., None]], Callable[..., None]]:
    """Give a click command ``--config PATH`` and ``--print-config``; put it right under ``@main.command()``.

    The wrapped command never sees either: ``--config`` has become the defaults of the other options, and
    ``--print-config`` prints them all, made effective by ``resolve``, and exits before the command runs.
    """

    def decorate(command: Callable[..., None]) -> Callable[..., None]:
        return _with_config_options(command, resolve)

    return decorate


def _with_config_options(command: Callable[..., None], resolve: Resolve | None) -> Callable[..., None]:
    @functools.wraps(command)
    def wrapper(*args: Any, config: Path | None, print_config: bool, **kwargs: Any) -> None:
        if print_config:
            ctx = click.get_current_context()
            click.echo(effective_toml(ctx, resolve), nl=False)
            ctx.exit(0)
        command(*args, **kwargs)

    with_print = click.option(
        "--print-config", is_flag=True, help="Print the effective settings as TOML and exit."
    )(wrapper)
    return click.option(
        "--config",
        type=click.Path(exists=True, dir_okay=False, path_type=Path),
        is_eager=True,
        expose_value=True,
        callback=_load,
        help=(
            f"Settings file (TOML; keys are these flags' names). Default: the first of ./{FILE_NAME}, "
            f"$XDG_CONFIG_HOME/oscserver/{FILE_NAME}, {SYSTEM_DIRECTORY / FILE_NAME}. Flags win over it."
        ),
    )(with_print)
