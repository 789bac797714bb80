"""oscserver: a headless music server driven over OSC.

It keeps an Ableton Link session, sends and receives MIDI on that beat grid and loops audio
retroactively, with every control reachable (and reported) over OSC.
"""

__version__ = "0.1.0"
