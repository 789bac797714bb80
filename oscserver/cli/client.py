"""A small blocking OSC client over UDP: what ``oscserver send`` and ``monitor`` (and the tests) talk with."""

from __future__ import annotations

import socket
import time
from collections.abc import Iterator, Sequence
from types import TracebackType

from oscserver.osc.codec import Message, OscArg, encode_message, parse_packet

# Answers to one request leave the server together; a gap this long means they are all in.
SETTLE_SECONDS = 0.05


class OscClient:
    def __init__(
        self,
        host: str = "127.0.0.1",
        port: int = 8000,
        bind: tuple[str, int] = ("0.0.0.0", 0),
        sock: socket.socket | None = None,
    ):
        self.server = (host, port)
        self.sock = sock or socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        self.sock.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4 * 1024 * 1024)
        self.sock.bind(bind)
        self.refused = False  # a send bounced: nothing listens at the server's address

    @property
    def port(self) -> int:
        return int(self.sock.getsockname()[1])

    def __enter__(self) -> OscClient:
        return self

    def __exit__(self, *exc: type[BaseException] | BaseException | TracebackType | None) -> None:
        self.close()

    def close(self) -> None:
        self.sock.close()

    def send(self, address: str, *args: OscArg) -> None:
        self.sock.sendto(encode_message(address, args), self.server)

    def send_raw(self, data: bytes) -> None:
        self.sock.sendto(data, self.server)

    def receive(self, timeout: float) -> list[Message]:
        """The messages of the next datagram (a bundle may hold several); [] on timeout."""
        self.sock.settimeout(max(timeout, 1e-6))
        try:
            data = self.sock.recv(65536)
        except TimeoutError:
            return []
        except ConnectionRefusedError:
            self.refused = True  # an earlier send bounced: nothing is listening there (yet)
            return []
        return parse_packet(data)

    def answers(self, timeout: float, settle: float = SETTLE_SECONDS) -> list[Message]:
        """The answers to what was just sent, returned as soon as they have come.

        [] when nothing comes within ``timeout`` or the send bounced. After the first answer, whatever
        follows it within ``settle`` seconds of the one before is part of it: a refusal's ``/error`` is
        followed by the value that stands, a bundle by its messages.
        """
        deadline = time.monotonic() + timeout
        answers: list[Message] = []
        while not self.refused:
            left = deadline - time.monotonic() if not answers else settle
            if left <= 0:
                break
            received = self.receive(left)
            if not received:
                if answers:
                    break
                continue
            answers.extend(received)
        return answers

    def messages(self, duration: float) -> Iterator[Message]:
        """Every message that arrives within ``duration`` seconds."""
        deadline = time.monotonic() + duration
        while (left := deadline - time.monotonic()) > 0:
            yield from self.receive(left)

    def wait_for(self, address: str, timeout: float = 2.0) -> Message:
        """The next message at ``address`` (others are skipped); TimeoutError if none comes."""
        deadline = time.monotonic() + timeout
        while (left := deadline - time.monotonic()) > 0:
            for message in self.receive(left):
                if message.address == address:
                    return message
        raise TimeoutError(f"no {address} within {timeout} s")

    def request(self, address: str, *args: OscArg, reply: str | None = None, timeout: float = 2.0) -> Message:
        """Send and wait for the answer at ``reply`` (default: the same address) or an /error."""
        self.send(address, *args)
        expected = reply or address
        deadline = time.monotonic() + timeout
        while (left := deadline - time.monotonic()) > 0:
            for message in self.receive(left):
                if message.address in (expected, "/error"):
                    return message
        raise TimeoutError(f"no answer to {address} within {timeout} s")

    def pairs(self, address: str = "/status", timeout: float = 2.0) -> dict[str, OscArg]:
        """Ask an address that answers alternating key, value pairs (``/status``, ``/audio/status``)."""
        args = self.request(address, timeout=timeout).args
        return dict(zip(args[0::2], args[1::2], strict=True))

    def drain(self, duration: float = 0.05) -> list[Message]:
        return list(self.messages(duration))


def parse_cli_arg(text: str) -> OscArg:
    """``i:3`` / ``f:3`` / ``s:3`` set the type; otherwise an int, else a float, else a string."""
    prefix, _, rest = text.partition(":")
    if _ and prefix in ("i", "f", "s"):
        if prefix == "i":
            return int(rest)
        if prefix == "f":
            return float(rest)
        return rest
    for convert in (int, float):
        try:
            return convert(text)
        except ValueError:
            pass
    return text


def format_message(message: Message) -> str:
    return " ".join([message.address, *(format_arg(a) for a in message.args)])


def format_arg(value: OscArg) -> str:
    if isinstance(value, str):
        return repr(value) if (not value or " " in value) else value
    if isinstance(value, float):
        return f"{value:.1f}" if value.is_integer() else f"{value:.6g}"
    if isinstance(value, bytes):
        return "<blob " + value.hex(" ") + ">"
    return str(value)


def parse_args(texts: Sequence[str]) -> list[OscArg]:
    return [parse_cli_arg(t) for t in texts]
