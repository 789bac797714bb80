"""``/status``: what every subsystem reports about itself, as key/value pairs."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from oscserver.osc.codec import OscArg

StatusProvider = Callable[[], Iterable[tuple[str, OscArg]]]


class StatusBoard:
    def __init__(self) -> None:
        self._providers: list[StatusProvider] = []

    def add(self, provider: StatusProvider) -> None:
        self._providers.append(provider)

    def items(self) -> list[tuple[str, OscArg]]:
        items: list[tuple[str, OscArg]] = []
        for provider in self._providers:
            items.extend(provider())
        return items

    def flat(self) -> list[OscArg]:
        """Alternating key, value: the shape of the ``/status`` answer."""
        return flatten(self.items())


def flatten(items: Iterable[tuple[str, OscArg]]) -> list[OscArg]:
    """``[(k1, v1), (k2, v2)]`` -> ``[k1, v1, k2, v2]``: how /status and /audio/status answers travel."""
    return [part for pair in items for part in pair]
