"""The tests' OSC client: the blocking client with every deadline scaled, and a barrier to catch up with.

The server handles one sender's datagrams (or one connection's frames) in order and answers each before the
next, so a ``/ping`` sent after a request is answered after everything that request made the server send
to this client. :meth:`ScaledOscClient.catch_up` uses that as a barrier: once its ``/pong`` is back, what
an earlier message caused has arrived, and what has not arrived will not (for answers and pushes the
server sends as it handles a message; not for what comes later from a timer, the MIDI or audio process).
"""

from __future__ import annotations

import itertools
import time

from oscserver.cli.client import OscClient
from oscserver.osc.codec import Message, OscArg
from tests.support.waiting import scaled

_BARRIERS = itertools.count(1)


class ScaledOscClient(OscClient):
    """An :class:`OscClient` whose waits for an answer take their deadline from :func:`scaled`.

    (``receive``, ``messages`` and ``drain`` keep their meaning: a window, which a test scales itself when
    it uses one.)
    """

    def __enter__(self) -> ScaledOscClient:
        return self

    def wait_for(self, address: str, timeout: float = 2.0) -> Message:
        return super().wait_for(address, scaled(timeout))

    def request(self, address: str, *args: OscArg, reply: str | None = None, timeout: float = 2.0) -> Message:
        return super().request(address, *args, reply=reply, timeout=scaled(timeout))

    def wait_for_args(self, address: str, args: tuple[OscArg, ...], timeout: float = 2.0) -> Message:
        """The next message at ``address`` carrying ``args`` (others are skipped)."""
        deadline = time.monotonic() + scaled(timeout)
        seen: list[tuple[OscArg, ...]] = []
        while (left := deadline - time.monotonic()) > 0:
            for message in self.receive(left):
                if message.address == address:
                    if message.args == args:
                        return message
                    seen.append(message.args)
        raise TimeoutError(f"no {address} {args} within {scaled(timeout):g} s; it carried {seen}")

    def catch_up(self, timeout: float = 10.0) -> list[Message]:
        """Every message that arrives before the answer to a ``/ping`` sent now (see the module's note)."""
        token = f"catch up {next(_BARRIERS)}"
        self.send("/ping", token)
        before: list[Message] = []
        deadline = time.monotonic() + scaled(timeout)
        while (left := deadline - time.monotonic()) > 0:
            for message in self.receive(left):
                if message.address == "/pong" and message.args == (token,):
                    return before
                before.append(message)
        raise TimeoutError(f"no /pong {token!r} within {scaled(timeout):g} s; received {before[-10:]}")
