"""The ready-made clients; a package only so that their builders and tests can import ``clients.profile``."""
