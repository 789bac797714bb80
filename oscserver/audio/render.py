"""The renderer under the name the server's modules import it by; it lives in :mod:`.realtime`."""

from __future__ import annotations

from oscserver.audio.realtime.renderer import Renderer, RendererSpec

__all__ = ["Renderer", "RendererSpec"]
