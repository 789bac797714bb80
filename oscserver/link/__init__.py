"""Ableton Link: the shared tempo, beat, phase and start/stop, through aalink (or an in-memory fake)."""
