"""MIDI as a control surface: bindings from MIDI input to any endpoint, learn, LED feedback, persistence."""
