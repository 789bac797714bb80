"""The reference: a bare python-osc asyncio echo server, answering /ping with /pong and nothing else."""

import asyncio
import sys

from pythonosc.dispatcher import Dispatcher
from pythonosc.osc_server import AsyncIOOSCUDPServer


def pong(address: str, *args: object) -> tuple[object, ...]:
    return ("/pong", *args)  # python-osc sends a handler's return value back to the sender


async def main(port: int) -> None:
    dispatcher = Dispatcher()
    dispatcher.map("/ping", pong)
    loop = asyncio.get_running_loop()
    server = AsyncIOOSCUDPServer(("127.0.0.1", port), dispatcher, loop)  # type: ignore[arg-type]
    _transport, _protocol = await server.create_serve_endpoint()  # kept open until the process ends
    print("ready", flush=True)
    await asyncio.Event().wait()


if __name__ == "__main__":
    asyncio.run(main(int(sys.argv[1])))
