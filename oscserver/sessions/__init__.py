"""Sessions: the server's state and loops saved to disk atomically, and loaded back only when valid."""
