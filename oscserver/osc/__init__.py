"""The OSC face of the server: parse, route, validate, reply, push, schedule. No MIDI, no audio."""
