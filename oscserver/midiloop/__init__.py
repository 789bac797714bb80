"""MIDI loops: an always-on history of MIDI input, takes cut from it on the beat grid, and their playback."""
