"""A stand-in for the server that answers /subscribe with instance ids of a test's choosing.

The clients' tests use it to show what a client does when ``/subscribed`` names a server instance it has not
seen (a restarted server) and when it names the same one again (a renewal): it records everything a client
sends, in order.
"""

from __future__ import annotations

import socket
import threading
from collections.abc import Callable
from types import TracebackType

from oscserver.osc.codec import Message, encode_message, parse_packet

# For the n-th /subscribe (from 0): the instance ids to answer it with, one /subscribed each.
Answers = Callable[[int], list[str]]


class FakeServer:
    def __init__(self, answers: Answers) -> None:
        self._answers = answers
        self._sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        self._sock.bind(("127.0.0.1", 0))
        self._sock.settimeout(0.1)
        self.port = int(self._sock.getsockname()[1])
        self.received: list[Message] = []
        self._subscribes = 0
        self._running = True
        self._thread = threading.Thread(target=self._serve, daemon=True)

    def __enter__(self) -> FakeServer:
        self._thread.start()
        return self

    def __exit__(self, *exc: type[BaseException] | BaseException | TracebackType | None) -> None:
        self._running = False
        self._thread.join()
        self._sock.close()

    def addresses(self) -> list[str]:
        return [m.address for m in list(self.received)]

    def _serve(self) -> None:
        while self._running:
            try:
                data, sender = self._sock.recvfrom(65536)
            except TimeoutError:
                continue
            for message in parse_packet(data):
                self.received.append(message)
                if message.address == "/subscribe":
                    self._answer(message, sender)

    def _answer(self, message: Message, sender: tuple[str, int]) -> None:
        first = message.args[0] if message.args else sender[1]
        assert isinstance(first, int | float)
        port = int(first)  # Pd sends its numbers as floats
        for instance in self._answers(self._subscribes):
            self._sock.sendto(encode_message("/subscribed", (port, instance)), (sender[0], port))
        self._subscribes += 1
