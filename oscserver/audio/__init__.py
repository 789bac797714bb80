"""The looper's audio: a renderer called by the sound card, in its own process, fed through shared memory.

``realtime`` is the audio callback and its parts (pure numpy over preallocated arrays); ``memory`` lays
out what the two processes share; ``devices`` drives the callback from PortAudio or from a software clock;
``process`` runs all that in a process of its own; ``control`` is the server's side of it; ``subsystem``
and ``endpoints`` are the looper as the server shows it.
"""
