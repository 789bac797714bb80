"""The command line and what only it uses: the commands, the config file, the blocking client, the banner,
the device list and the API docs. The server itself is in :mod:`oscserver.server`."""

from oscserver.cli.commands import main, serve

__all__ = ["main", "serve"]
