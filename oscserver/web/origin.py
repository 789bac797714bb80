"""Which pages may open a WebSocket on the server (pure: no aiohttp)."""

from __future__ import annotations

from urllib.parse import urlsplit


def same_origin(origin: str | None, host: str) -> bool:
    """Whether a WebSocket may open: no Origin (not a browser), or a page served by this very host:port."""
    if origin is None:
        return True
    parts = urlsplit(origin)
    return parts.scheme in ("http", "https") and bool(parts.netloc) and parts.netloc.lower() == host.lower()
