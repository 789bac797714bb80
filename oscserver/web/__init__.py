"""Browsers and OSCQuery: the control page, the address space as JSON, and OSC over a WebSocket."""
