"""A zeroconf browser (python-zeroconf) inside a network namespace, reporting what it sees as it sees it.

``python -m tests.support.mdns TYPE ...`` browses and prints one JSON line per event: ``added`` (with the
resolved port, addresses, server and TXT properties) and ``removed``. :class:`MdnsBrowser` runs it in a
namespace and waits for events, the way TouchOSC's list of servers fills and empties.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import subprocess
import sys
import threading
from collections.abc import Callable, Sequence
from pathlib import Path
from types import TracebackType
from typing import Any

from tests.support.netns import NetNamespace
from tests.support.waiting import scaled, wait_until

Event = dict[str, Any]
_REPO = Path(__file__).resolve().parents[2]


class MdnsBrowser:
    def __init__(self, namespace: NetNamespace, service_types: Sequence[str], seconds: float = 60.0) -> None:
        self.argv = namespace.command(
            [sys.executable, "-m", "tests.support.mdns", "--seconds", str(scaled(seconds)), *service_types]
        )
        self.events: list[Event] = []
        self.process: subprocess.Popen[str] | None = None
        self._lock = threading.Lock()

    def __enter__(self) -> MdnsBrowser:
        self.process = subprocess.Popen(
            self.argv, cwd=_REPO, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True
        )
        threading.Thread(target=self._read, daemon=True).start()
        return self

    def _read(self) -> None:
        assert self.process is not None and self.process.stdout is not None
        for line in self.process.stdout:
            with self._lock:
                self.events.append(json.loads(line))

    def wait_for(self, condition: Callable[[Event], bool], timeout: float = 20.0, what: str = "") -> Event:
        def seen() -> Event | None:
            with self._lock:
                return next((event for event in self.events if condition(event)), None)

        try:
            return wait_until(seen, timeout, what=f"the browser seeing {what or 'such an event'}")
        except TimeoutError as err:
            raise TimeoutError(f"{err}: {self.events}") from err

    def __exit__(self, *exc: type[BaseException] | BaseException | TracebackType | None) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(scaled(5))
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()


async def _browse(service_types: list[str], seconds: float) -> None:
    from zeroconf import IPVersion, ServiceStateChange, Zeroconf
    from zeroconf.asyncio import AsyncServiceBrowser, AsyncServiceInfo, AsyncZeroconf

    aiozc = AsyncZeroconf(ip_version=IPVersion.V4Only)
    pending: set[asyncio.Task[None]] = set()

    def emit(event: Event) -> None:
        print(json.dumps(event), flush=True)

    async def resolve(service_type: str, name: str) -> None:
        info = AsyncServiceInfo(service_type, name)
        if await info.async_request(aiozc.zeroconf, int(scaled(5000))):
            properties = {k.decode(): (v or b"").decode() for k, v in info.properties.items()}
            emit(
                {
                    "event": "added",
                    "type": service_type,
                    "name": name,
                    "port": info.port,
                    "addresses": info.parsed_addresses(),
                    "server": info.server,
                    "properties": properties,
                }
            )

    def changed(zeroconf: Zeroconf, service_type: str, name: str, state_change: ServiceStateChange) -> None:
        if state_change is ServiceStateChange.Added:
            task = asyncio.get_running_loop().create_task(resolve(service_type, name))
            pending.add(task)
            task.add_done_callback(pending.discard)
        elif state_change is ServiceStateChange.Removed:
            emit({"event": "removed", "type": service_type, "name": name})

    browser = AsyncServiceBrowser(aiozc.zeroconf, service_types, handlers=[changed])
    try:
        await asyncio.sleep(seconds)  # how long the browser runs (a test ends it sooner): not a wait
    finally:
        await browser.async_cancel()
        await aiozc.async_close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument("types", nargs="+")
    options = parser.parse_args()
    asyncio.run(_browse(options.types, options.seconds))


if __name__ == "__main__":
    main()
