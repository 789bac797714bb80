"""Real peers for integration tests: the server as a subprocess, network namespaces, JACK, LinkHut."""
