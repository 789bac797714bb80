"""An OSC client over TCP in either framing, with the UDP client's interface (request, wait_for, messages)."""

from __future__ import annotations

import socket

from oscserver.osc.codec import Message, OscArg, encode_message, parse_packet
from oscserver.osc.framing import BadFrame, Framing, StreamDecoder, encode
from tests.support.client import ScaledOscClient
from tests.support.waiting import scaled


class TcpOscClient(ScaledOscClient):
    def __init__(
        self, host: str, port: int, framing: Framing, sock: socket.socket | None = None, timeout: float = 10.0
    ) -> None:
        self.server = (host, port)
        self.framing = framing
        self.sock = sock or socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self.sock.settimeout(scaled(timeout))
        self.sock.connect(self.server)
        self._decoder = StreamDecoder(framing, max_frame=1 << 24)
        self._frames: list[bytes] = []
        self.closed_by_server = False

    def __enter__(self) -> TcpOscClient:
        return self

    def send(self, address: str, *args: OscArg) -> None:
        self.send_raw(encode_message(address, args))

    def send_raw(self, data: bytes) -> None:
        """One packet, framed."""
        self.sock.sendall(encode(self.framing, data))

    def send_bytes(self, data: bytes) -> None:
        """Bytes as they are: for frames built by hand."""
        self.sock.sendall(data)

    def receive(self, timeout: float) -> list[Message]:
        """The messages of the next frame; [] on timeout or once the server has closed the connection."""
        while not self._frames:
            if self.closed_by_server:
                return []
            self.sock.settimeout(max(timeout, 1e-6))
            try:
                data = self.sock.recv(65536)
            except TimeoutError:
                return []
            except ConnectionResetError:
                data = b""
            if not data:
                self.closed_by_server = True
                return []
            for frame in self._decoder.feed(data):
                assert not isinstance(frame, BadFrame), frame
                self._frames.append(frame)
        return parse_packet(self._frames.pop(0))
