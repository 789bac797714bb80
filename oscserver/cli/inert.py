"""The server's registry without a network, a Link session or devices: for ``oscserver api`` and the docs."""

from __future__ import annotations

import asyncio

from oscserver.link.fake import FakeLinkPort
from oscserver.osc.registry import Registry
from oscserver.server.app import App
from oscserver.server.config import ServeConfig


def inert_registry(config: ServeConfig) -> Registry:
    async def build() -> Registry:
        app = App(config, FakeLinkPort(tempo=config.tempo))
        return app.registry

    return asyncio.run(build())
