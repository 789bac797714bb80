"""A watch on the JACK server through libjack itself (ctypes): is it still there, who is connected to what.

rtmidi's JACK backend says nothing when the server goes away (a send still "succeeds", a listing is just
empty) and has no call for a port's connections. So the MIDI process keeps one more JACK client of its own,
with no ports: libjack calls it back the moment the server shuts down and whenever a connection is made or
broken, and it asks and makes connections by port name.

The callbacks run on libjack's threads; they only set a flag and wake the MIDI process's loop, which does the
rest. libjack is the system's (``libjack.so.0``, which every JACK installation has); without it the MIDI
process runs as before, unable to notice the server going away.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import errno
import logging
from collections.abc import Callable

log = logging.getLogger("oscserver.midi.jack")

NO_START_SERVER = 0x01  # JackNoStartServer: never start a server as a side effect of looking

_InfoShutdown = ctypes.CFUNCTYPE(None, ctypes.c_int, ctypes.c_char_p, ctypes.c_void_p)
_PortConnect = ctypes.CFUNCTYPE(None, ctypes.c_uint32, ctypes.c_uint32, ctypes.c_int, ctypes.c_void_p)
_Message = ctypes.CFUNCTYPE(None, ctypes.c_char_p)


def _quiet(message: bytes | None) -> None:
    # libjack prints every failed attempt to reach a server to stderr; while the server is gone that would
    # be one complaint a second. The log at debug level keeps them for whoever wants them.
    log.debug("libjack: %s", (message or b"").decode(errors="replace"))


_QUIET = _Message(_quiet)  # kept alive for as long as libjack may call it: the life of the process


def _load() -> ctypes.CDLL | None:
    path = ctypes.util.find_library("jack")
    if path is None:
        return None
    try:
        lib = ctypes.CDLL(path)
    except OSError:
        return None
    lib.jack_client_open.restype = ctypes.c_void_p
    lib.jack_client_open.argtypes = [ctypes.c_char_p, ctypes.c_int, ctypes.POINTER(ctypes.c_int)]
    lib.jack_client_close.argtypes = [ctypes.c_void_p]
    lib.jack_activate.argtypes = [ctypes.c_void_p]
    lib.jack_on_info_shutdown.argtypes = [ctypes.c_void_p, _InfoShutdown, ctypes.c_void_p]
    lib.jack_set_port_connect_callback.argtypes = [ctypes.c_void_p, _PortConnect, ctypes.c_void_p]
    lib.jack_port_by_name.restype = ctypes.c_void_p
    lib.jack_port_by_name.argtypes = [ctypes.c_void_p, ctypes.c_char_p]
    lib.jack_port_get_all_connections.restype = ctypes.c_void_p
    lib.jack_port_get_all_connections.argtypes = [ctypes.c_void_p, ctypes.c_void_p]
    lib.jack_connect.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_char_p]
    lib.jack_free.argtypes = [ctypes.c_void_p]
    lib.jack_set_error_function.argtypes = [_Message]
    lib.jack_set_info_function.argtypes = [_Message]
    lib.jack_set_error_function(_QUIET)
    lib.jack_set_info_function(_QUIET)
    return lib


_lib: ctypes.CDLL | None = None
_loaded = False


def library() -> ctypes.CDLL | None:
    """libjack, loaded once; None when this system has none."""
    global _lib, _loaded
    if not _loaded:
        _loaded = True
        _lib = _load()
    return _lib


class JackGraph:
    """A port-less JACK client: tells when the server is gone, reads and makes connections by name."""

    def __init__(self, lib: ctypes.CDLL, client: int, wake: Callable[[], None]) -> None:
        self._lib = lib
        self._client: int | None = client
        self._wake = wake
        self.gone: str | None = None  # why the server went away, once it has
        self.changed = False  # a connection was made or broken since the last look
        # Kept alive as long as the client: libjack calls them from its own threads.
        self._on_shutdown = _InfoShutdown(self._shut_down)
        self._on_connect = _PortConnect(self._connected)

    @classmethod
    def open(cls, name: str, wake: Callable[[], None]) -> JackGraph | None:
        """A client on the running server, or None when no server runs (or there is no libjack)."""
        lib = library()
        if lib is None:
            return None
        status = ctypes.c_int()
        client = lib.jack_client_open(name.encode(), NO_START_SERVER, ctypes.byref(status))
        if not client:
            return None
        graph = cls(lib, client, wake)
        lib.jack_on_info_shutdown(client, graph._on_shutdown, None)
        lib.jack_set_port_connect_callback(client, graph._on_connect, None)
        if lib.jack_activate(client) != 0:  # callbacks come only to an active client
            graph.close()
            return None
        return graph

    def _shut_down(self, code: int, reason: bytes | None, arg: object) -> None:
        self.gone = (reason or b"the JACK server shut down").decode(errors="replace")
        self._wake()

    def _connected(self, a: int, b: int, connect: int, arg: object) -> None:
        self.changed = True
        self._wake()

    def connections(self, port: str) -> tuple[str, ...] | None:
        """Every port connected to ``port``; None when there is no such port (or no server)."""
        if self._client is None or self.gone:
            return None
        handle = self._lib.jack_port_by_name(self._client, port.encode())
        if not handle:
            return None
        names = self._lib.jack_port_get_all_connections(self._client, handle)
        if not names:
            return ()
        try:
            array = ctypes.cast(names, ctypes.POINTER(ctypes.c_char_p))
            found = []
            index = 0
            while (name := array[index]) is not None:
                found.append(name.decode(errors="replace"))
                index += 1
            return tuple(found)
        finally:
            self._lib.jack_free(names)

    def connect(self, source: str, destination: str) -> bool:
        """Connect two ports by name; True when they are connected now (also when they already were)."""
        if self._client is None or self.gone:
            return False
        result = self._lib.jack_connect(self._client, source.encode(), destination.encode())
        return result in (0, errno.EEXIST)

    def close(self) -> None:
        """Leave a server that runs (one that has gone: never, see :mod:`.retired`)."""
        if self._client is not None:
            self._lib.jack_client_close(self._client)
            self._client = None
