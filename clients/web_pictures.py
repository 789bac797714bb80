"""Pictures of the control page for the README (``make clients``): a server with a few tracks busy, its page
in Debian's headless Chromium at phone and tablet size, written to ``docs/images/page-phone.png`` and
``page-tablet.png``. The browser tests take the same pictures into a temporary directory.

Where jackd is installed the server plays MIDI on a JACK dummy of its own, so that the pictures show the MIDI
sections with a MIDI loop and two bindings (without MIDI they say that MIDI is off)."""

from __future__ import annotations

import argparse
import contextlib
import shutil
from pathlib import Path

from tests.support.browser import CHROMIUM, missing, take_pictures
from tests.support.jack import JackDummy
from tests.support.ports import free_tcp_port
from tests.support.server import ServerProcess
from tests.support.waiting import wait_for_history

OUTPUT = Path(__file__).resolve().parent.parent / "docs" / "images"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--output", type=Path, default=OUTPUT)
    args = parser.parse_args()
    reason = missing()
    if reason:
        raise SystemExit(f"cannot take the pictures: {reason}")
    from playwright.sync_api import sync_playwright

    http_port = free_tcp_port()
    flags = ("--audio", "none", "--no-autosave", "--tracks", "4", "--http-port", str(http_port))
    with contextlib.ExitStack() as stack:
        jack = stack.enter_context(JackDummy()) if shutil.which("jackd") else None
        midi = ("--midi-api", "jack") if jack else ("--midi-api", "none")
        server = stack.enter_context(ServerProcess(*flags, *midi, env=jack.env if jack else None))
        osc = stack.enter_context(server.client())
        wait_for_history(osc, 4.5)  # two bars heard: one to keep, wherever in a bar the press falls
        osc.request("/link/tempo", 124.0)
        recorded = osc.request("/looper/1/record", 1, reply="/looper/1/state")
        if recorded.address == "/error":
            raise SystemExit(f"track 1 did not record: {recorded.args}")
        osc.request("/looper/2/arm", 2, reply="/looper/2/state")
        osc.request("/looper/3/mute", 1)
        osc.request("/link/playing", 1)
        osc.request("/midiloop/1/record", 2, reply="/midiloop/1/state")
        osc.request("/map/add", "note", 0, 36, "/looper/1/record", 1, reply="/map/added")
        osc.request("/map/add", "cc", 1, 7, "/looper/1/volume", reply="/map/added")
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=["--no-sandbox"])
            page = browser.new_page()
            page.goto(f"http://127.0.0.1:{http_port}/")
            page.wait_for_selector("#connection[data-state=connected]")
            page.wait_for_selector(".track[data-track='1'][data-state=PLAYING]")
            page.wait_for_selector("#bindings li >> nth=1", state="attached")
            for path in take_pictures(page, args.output):
                print(f"wrote {path}")
            browser.close()


if __name__ == "__main__":
    main()
