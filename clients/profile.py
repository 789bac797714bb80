"""The client profile: what every ready-made client shows and sends, declared once.

The TouchOSC layout (``touchosc/build_layout.py``), the Max patches (``clients/max/build_maxpat.py``) and the
Pd patches (``clients/puredata/build_pd.py``) are all generated from this module, so their track strips, tempo
span, pads, CC numbers, state colours and re-subscription period cannot drift apart. What the server itself
defines (its port, its default number of tracks, its tempo limits, the names of a track's states) is read from
the server's own code rather than restated here.

The SuperCollider quark is written by hand; ``tests/unit/clients/test_profile.py`` holds it to this profile.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from oscserver.engine.looper import TrackState
from oscserver.engine.timeline import MAX_TEMPO, MIN_TEMPO
from oscserver.server.config import DEFAULT_PORT, ServeConfig

RGB = tuple[float, float, float]

SERVER_PORT = DEFAULT_PORT
TRACKS = ServeConfig().tracks  # one strip for each track the server has unless told otherwise

# Subscribe again this often, so that a restarted server (or one that dropped a client whose pushes bounced)
# finds the client again within a few seconds. A renewal is answered /subscribed alone; a client asks /dump
# when that answer names a server instance it has not seen (its own start, or a restarted server).
RESUBSCRIBE_MS = 5000

TEMPO = ServeConfig().tempo  # what a client shows before the server's first answer: the server's start tempo
TEMPO_LIMITS = (MIN_TEMPO, MAX_TEMPO)  # what the server accepts; a nudge is clipped to it
TEMPO_FADER = (40.0, 240.0)  # a tempo fader's span: fine enough to set by hand, nudges reach beyond it

RECORD_BARS = (1, 2, 4, 8)  # one record button per length, on every track strip
LOOP_SPEEDS = (0.5, 1.0, 2.0)  # one speed button each on every track strip: the speeds the looper plays at
MULTIPLY_TIMES = 2  # what a strip's multiply button asks (the server's default too)
TRACK_VOLUME = 1.0  # a track's volume until it is set: what its fader shows before the server's first answer

MIDI_LOOPS = 4  # one row per MIDI loop (record, arm, play, stop, clear, undo and its state)

MIDI_CHANNEL = 1  # channels count from 1 on the wire (API.md)
PAD_NOTES = tuple(range(36, 52))  # 16 pads from C1: the General MIDI drum map on most drum machines
PAD_VELOCITY = 100
PAD_BEATS = 0.5  # a Max or Pd button has no release, so their pads send /midi/note with this length
CC_NUMBERS = (1, 7, 10, 11, 71, 72, 73, 74)  # mod, volume, pan, expression, then the common synth controls

# The colour a track's state is shown in, keyed by the engine's own states so that a new state cannot go
# without one (the profile's test checks every state has a colour).
STATE_COLOURS: Mapping[TrackState, RGB] = MappingProxyType(
    {
        TrackState.EMPTY: (0.25, 0.25, 0.25),
        TrackState.TRIGGERED: (0.95, 0.75, 0.2),
        TrackState.RECORDING: (0.85, 0.2, 0.2),
        TrackState.PLAYING: (0.3, 0.7, 0.3),
        TrackState.STOPPING: (0.9, 0.5, 0.15),
        TrackState.STOPPED: (0.25, 0.45, 0.75),
    }
)

# Whether the audio device and the MIDI process run (/audio/ok, /midi/ok): the colour of each case.
OK_COLOURS: Mapping[bool, RGB] = MappingProxyType({True: (0.3, 0.7, 0.3), False: (0.85, 0.2, 0.2)})


def hex_colour(rgb: RGB) -> str:
    """``#rrggbb`` for red, green and blue in 0..1 (halves round up, as a colour picker does)."""
    return "#" + "".join(f"{int(channel * 255 + 0.5):02x}" for channel in rgb)
