"""The looper's name in JACK.

PortAudio's JACK host opens its JACK client once, in ``Pa_Initialize`` (which ``import sounddevice`` runs),
under the name ``PortAudio`` unless ``PaJack_SetClientName`` was called before. sounddevice does not offer
that call, so it is made here through ctypes on the same library sounddevice loads (the same file, hence the
same PortAudio state). JACK gives a taken name a suffix (a second server on the same JACK is
``oscserver-audio-01``), so what is reported is the name JACK gave, read back with ``PaJack_GetClientName``.
PortAudio names the ports ``in_0``, ``in_1``, ``out_0``, ``out_1`` after it.

Not plain ``oscserver``: that is the MIDI process's client on JACK (its virtual output ``oscserver:out``).
JACK clients of two processes cannot share a name, and both start at once, so whichever came second would
be ``oscserver-01``, a name that changed from one start to the next.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import functools
import logging
import sys

log = logging.getLogger(__name__)

JACK_CLIENT_NAME = "oscserver-audio"

# PortAudio keeps the pointer it is given, not a copy: the name must outlive Pa_Initialize.
_kept_names: list[ctypes.Array[ctypes.c_char]] = []


@functools.cache  # (find_library runs ldconfig)
def _portaudio() -> ctypes.CDLL | None:
    """PortAudio as sounddevice finds it on POSIX (by ``find_library``); None where it is not there."""
    path = ctypes.util.find_library("portaudio")
    if path is None:
        return None
    try:
        return ctypes.CDLL(path)
    except OSError:
        return None


def name_jack_client(name: str = JACK_CLIENT_NAME) -> bool:
    """Ask PortAudio to open its JACK client as ``name``. Must run before sounddevice is first imported in
    this process; False (and the name stays ``PortAudio``) when too late or when PortAudio has no JACK."""
    if "sounddevice" in sys.modules:
        log.warning("audio: PortAudio is already initialised; its JACK client keeps the name PortAudio")
        return False
    library = _portaudio()
    if library is None or not hasattr(library, "PaJack_SetClientName"):
        return False
    setter = library.PaJack_SetClientName
    setter.argtypes = [ctypes.c_char_p]
    setter.restype = ctypes.c_int
    buffer = ctypes.create_string_buffer(name.encode())
    if setter(buffer) != 0:  # longer than JACK allows
        return False
    _kept_names.append(buffer)
    return True


def jack_client_name() -> str:
    """The name JACK gave PortAudio's client in this process; "" before PortAudio is initialised or when
    it found no JACK server."""
    library = _portaudio()
    if library is None or not hasattr(library, "PaJack_GetClientName"):
        return ""
    getter = library.PaJack_GetClientName
    getter.argtypes = [ctypes.POINTER(ctypes.c_char_p)]
    getter.restype = ctypes.c_int
    name = ctypes.c_char_p()
    if getter(ctypes.byref(name)) != 0 or name.value is None:
        return ""
    return name.value.decode(errors="replace")


def jack_ports(client: str, inputs: int, outputs: int) -> list[str]:
    """The ports PortAudio registers for a stream of that many channels (its own naming, from 0); none off
    JACK (no client)."""
    if not client:
        return []
    return [f"{client}:in_{i}" for i in range(inputs)] + [f"{client}:out_{i}" for i in range(outputs)]
