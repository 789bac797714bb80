"""The server assembled: its settings, the seam every feature plugs into, ``/status``, the core endpoints,
and the network around the UDP socket (OSC over TCP, zeroconf)."""
