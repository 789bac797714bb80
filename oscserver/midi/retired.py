"""JACK clients of a server that died: never closed, kept for the life of the MIDI process.

Closing a JACK client (``jack_client_close``, ``jack_deactivate``) ends its threads with ``pthread_cancel``.
Right after its server died, a thread of the client is likely to be in one of this process's callbacks (the
shutdown call, a libjack message), waiting for Python's GIL; cancelled inside that wait, it leaves the GIL's
mutex locked, and every thread of the process then waits for it for ever. (Seen: the MIDI process hung in
futex waits under ``take_gil`` after ``kill -9`` of its JACK server, in one or two runs of three.)

So a dead server's client is never closed here. Its threads end by themselves once the server is gone, and
libjack frees what is left of it the next time this process opens a client ("Jack server was closed but
clients are still allocated, cleanup..."). Its Python object is kept in this module for good, so that no
destructor (rtmidi's, JACK-Client's ``__del__``) ever closes it again, and the MIDI process ends with
``os._exit`` (see :func:`oscserver.midi.worker.exit_without_teardown`) so that none runs at exit either. Each
JACK crash costs a few kilobytes, once.
"""

from __future__ import annotations

_kept: list[object] = []


def keep(*backend_objects: object) -> None:
    """Keep ``backend_objects`` (clients of a dead JACK server) alive, unclosed, until the process ends."""
    _kept.extend(backend_objects)


def count() -> int:
    """How many objects are kept (for the log and the tests)."""
    return len(_kept)
