"""Browsers and OSCQuery against one running server: the control page in a real headless Chromium (Debian's,
driven by Playwright) loads clean, drives the server, follows it, shares changes between pages, refuses to be
driven from another origin; OSCQuery over HTTP and its WebSocket answer an OSCQuery client (aiohttp's); and
the page comes back by itself after the server restarts. One browser, one page and one server for the module
(the server starts while Chromium does): each costs seconds on a loaded machine.

The server plays MIDI on a JACK dummy of its own (where jackd is installed), with a virtual keyboard of this
process (python-rtmidi) as its input, so that the page's MIDI loops and mappings have MIDI to act on; the
restart brings a server without MIDI, whose page says so in those sections."""

from __future__ import annotations

import asyncio
import json
import shutil
import threading
from collections.abc import Coroutine, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import aiohttp
import pytest
import rtmidi

from oscserver.osc.codec import encode_message, parse_packet
from tests.support.browser import CHROMIUM, missing, take_pictures
from tests.support.jack import JackDummy
from tests.support.ports import free_tcp_port
from tests.support.server import ServerProcess
from tests.support.waiting import scaled, wait_for_history, wait_status, wait_until

if TYPE_CHECKING:
    from playwright.sync_api import Browser, Page

TRACKS = 2
MIDI_LOOPS = 4  # the server's default


class Running:
    """The module's server, replaced by the restart test (on the same HTTP port, as a restart would be).

    It starts in a thread while Chromium starts: on a loaded machine each takes seconds. With ``jack`` (not
    yet started), it plays MIDI there, its input bound to the port ``keys``, this process's own."""

    def __init__(self, http_port: int, jack: JackDummy | None) -> None:
        self.http_port = http_port
        self.jack = jack
        self.keys: Any = None  # rtmidi's MidiOut: the virtual keyboard
        flags = self.flags(http_port, midi=jack is not None)
        self._server = ServerProcess(*flags, env=jack.env if jack else None)
        self._starting: threading.Thread | None = threading.Thread(target=self._start, daemon=True)
        self._starting.start()

    def _start(self) -> None:
        if self.jack is not None:
            self.jack.start()
            self.keys = rtmidi.MidiOut(rtmidi.API_UNIX_JACK, name="keys")
            self.keys.open_virtual_port("out")
        self._server.start()

    @staticmethod
    def flags(http_port: int, midi: bool) -> tuple[str, ...]:
        return (
            *("--audio", "none", "--no-autosave", "--tracks", str(TRACKS), "--http-port", str(http_port)),
            *(("--midi-api", "jack", "--midi-in", "keys") if midi else ("--midi-api", "none")),
        )

    @property
    def server(self) -> ServerProcess:
        if self._starting is not None:
            self._starting.join()
            self._starting = None
            assert self._server.port, "the server did not start:\n" + "\n".join(self._server.log)
        return self._server

    @property
    def midi(self) -> bool:
        """Whether this server plays MIDI (the restart brings one without)."""
        return "jack" in self.server.argv

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.http_port}/"

    def restart(self) -> None:
        """Another server on the same HTTP port, this one without MIDI."""
        self.server.__exit__(None, None, None)
        self._server = ServerProcess(*self.flags(self.http_port, midi=False)).start()

    def close(self) -> None:
        self.server.__exit__(None, None, None)
        if self.keys is not None:
            self.keys.delete()
        if self.jack is not None:
            self.jack.stop()


@pytest.fixture(scope="module")
def running() -> Iterator[Running]:
    jack = JackDummy() if shutil.which("jackd") else None
    with pytest.MonkeyPatch.context() as patch:
        if jack is not None:
            patch.setenv("JACK_DEFAULT_SERVER", jack.name)  # for the keyboard's rtmidi port
        running = Running(free_tcp_port(), jack)
        try:
            yield running
        finally:
            running.close()


@pytest.fixture
def midi(running: Running) -> Running:
    if not running.midi:
        pytest.skip("needs jackd for MIDI (installed by `make test` as root)")
    return running


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    reason = missing()
    if reason:
        pytest.skip(reason)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=["--no-sandbox"])
        yield chromium
        chromium.close()


@dataclass
class Opened:
    page: Page
    problems: list[str]  # console errors and warnings, uncaught exceptions

    def close(self) -> None:
        self.page.close()


def open_page(browser: Browser, running: Running) -> Opened:
    page = browser.new_page(viewport={"width": 390, "height": 844})
    problems: list[str] = []
    page.on("console", lambda m: problems.append(m.text) if m.type in ("error", "warning") else None)
    page.on("pageerror", lambda err: problems.append(str(err)))
    page.set_default_timeout(scaled(10.0) * 1000)
    assert running.server.port  # started
    page.goto(running.url)
    page.wait_for_selector("#connection[data-state=connected]")
    page.wait_for_selector(f".track[data-track='{TRACKS}']")
    return Opened(page, problems)


@pytest.fixture(scope="module")
def opened(running: Running, browser: Browser) -> Iterator[Opened]:
    """One page for the module: a page load costs a second of a loaded machine's time."""
    page = open_page(browser, running)
    yield page
    page.close()


def text_becomes(page: Page, selector: str, text: str) -> None:
    page.wait_for_function(
        "([selector, text]) => document.querySelector(selector)?.textContent === text", arg=[selector, text]
    )


def ask(running: Running, address: str, *args: Any) -> tuple[Any, ...]:
    with running.server.client() as client:
        return client.request(address, *args).args


def test_the_page_loads_without_a_console_error_and_shows_the_state(opened: Opened, tmp_path: Path) -> None:
    text_becomes(opened.page, "#tempo", "120.0")
    assert opened.page.locator(".track").count() == TRACKS
    verbs = opened.page.locator(".track[data-track='1'] .verbs button").all_text_contents()
    assert {"record", "arm", "play", "stop", "clear", "overdub", "mute"} <= set(verbs)  # from /looper's tree
    pictures = take_pictures(opened.page, tmp_path)  # what `make clients` writes to docs/images
    assert [p.name for p in pictures] == ["page-phone.png", "page-tablet.png"]
    assert all(p.stat().st_size > 10_000 for p in pictures)
    opened.page.set_viewport_size({"width": 390, "height": 844})
    assert opened.problems == []


def test_pressing_record_and_play_changes_the_servers_state(opened: Opened, running: Running) -> None:
    with running.server.client() as client:
        # A bar at 120 BPM to keep, wherever in a bar the press falls (it ends at the nearest bar line).
        wait_for_history(client, 3.5)
    page = opened.page
    page.select_option("#bars", "1")
    page.click(".track[data-track='1'] button[data-verb=record]")
    wait_until(lambda: ask(running, "/looper/1/state")[0] != "EMPTY", 5, what="track 1 to record")
    page.wait_for_selector(".track[data-track='1']:not([data-state=EMPTY])")  # and the page follows
    page.click("#play")
    wait_until(lambda: ask(running, "/link/playing") == (1,), 5, what="the transport to play")
    page.wait_for_selector("#play[aria-pressed=true]")
    page.click(".track[data-track='1'] button[data-verb=clear]")
    wait_until(lambda: ask(running, "/looper/1/state")[0] == "EMPTY", 5, what="track 1 to clear")
    page.click("#play")
    wait_until(lambda: ask(running, "/link/playing") == (0,), 5, what="the transport to stop")
    assert opened.problems == []


def test_midi_loops_are_built_from_the_servers_description_and_driven_from_the_page(
    opened: Opened, midi: Running
) -> None:
    page = opened.page
    loop = ".midiloop[data-loop='1']"
    assert page.locator(".midiloop").count() == MIDI_LOOPS
    page.select_option("#midiloop-bars", "2")
    page.click(f"{loop} button[data-verb=record]")
    wait_until(lambda: ask(midi, "/midiloop/1/state")[1] == 2, 5, what="MIDI loop 1 to take 2 bars")
    page.wait_for_selector(f"{loop}:not([data-state=EMPTY])")  # the page shows the pushed state
    assert page.locator(f"{loop} .state").text_content() == f"{ask(midi, '/midiloop/1/state')[0]} · 2 bars"
    page.select_option(f"{loop} select[data-control=quantize]", "0.25")
    wait_until(lambda: ask(midi, "/midiloop/1/quantize") == (0.25,), 5, what="quantize to reach the server")
    ask(midi, "/midiloop/1/quantize", 0.5)  # set elsewhere: the page follows
    page.wait_for_function(
        "(s) => document.querySelector(s).value === '0.5'", arg=f"{loop} select[data-control=quantize]"
    )
    assert page.locator(f"{loop} select[data-control=output] option").all_text_contents() == ["output out"]
    page.click(f"{loop} button[data-verb=clear]")
    wait_until(lambda: ask(midi, "/midiloop/1/state") == ("EMPTY", 0), 5, what="MIDI loop 1 to clear")
    text_becomes(page, f"{loop} .state", "EMPTY")
    ask(midi, "/midiloop/1/quantize", 0.0)
    assert opened.problems == []


def test_a_binding_added_over_osc_shows_and_one_removed_on_the_page_goes_from_the_server(
    opened: Opened, midi: Running
) -> None:
    page = opened.page
    with midi.server.client() as client:
        added = client.request("/map/add", "cc", 1, 7, "/looper/1/volume", reply="/map/added").args
    item = f"#bindings li[data-binding='{added[0]}']"
    text_becomes(page, f"{item} .target", "/looper/1/volume")
    assert page.locator(f"{item} .trigger").text_content() == "cc 7 · ch 1"
    page.click(f"{item} button[data-verb=remove]")
    wait_until(lambda: ask(midi, "/map/list") == (0,), 5, what="the binding to go from the server")
    page.wait_for_selector(item, state="detached")
    assert opened.problems == []


def test_learn_binds_the_next_note_played_and_the_page_lists_it(opened: Opened, midi: Running) -> None:
    page = opened.page
    with midi.server.client() as client:
        wait_status(client, "midi_inputs", lambda value: value == "keys:out")
    assert page.locator("#known-addresses option[value='/link/tempo']").count() == 1  # to pick from
    page.fill("#learn-address", "/link/tempo")
    page.fill("#learn-args", "120")  # a fixed tempo: the notes played after the learn change nothing
    page.click("#learn-start")
    page.wait_for_selector("#learn[data-learning=on] .waiting")

    def learned() -> bool:
        # JACK makes a new connection live at a later cycle: the note is played until it is heard.
        midi.keys.send_message([0x92, 45, 100])
        midi.keys.send_message([0x82, 45, 0])
        return page.locator("#learn[data-learning=off]").count() == 1

    wait_until(learned, 10, what="the note to be learned", poll=0.2)
    text_becomes(page, "#bindings li .trigger", "note 45 · ch 3")
    assert page.locator("#bindings li .target").text_content() == "/link/tempo 120"
    page.click("#map-clear")
    page.click("#map-clear")  # a second press within 3 s clears
    wait_until(lambda: ask(midi, "/map/list") == (0,), 5, what="the bindings to be cleared")
    page.wait_for_selector("#bindings li", state="detached")
    assert opened.problems == []


@pytest.fixture(scope="module")
def second(running: Running, browser: Browser) -> Iterator[Opened]:
    """Another page: another phone, then a page elsewhere on the internet."""
    page = open_page(browser, running)
    yield page
    page.close()


def test_a_change_over_osc_shows_and_two_pages_see_each_others_changes(
    running: Running, opened: Opened, second: Opened
) -> None:
    ask(running, "/link/tempo", 97.0)
    text_becomes(opened.page, "#tempo", "97.0")
    text_becomes(second.page, "#tempo", "97.0")
    opened.page.click("[data-nudge='1']")  # one page nudges, the other follows
    text_becomes(second.page, "#tempo", "98.0")
    second.page.click(".track[data-track='2'] button[data-verb=mute]")
    opened.page.wait_for_selector(".track[data-track='2'] button[data-verb=mute][aria-pressed=true]")
    assert ask(running, "/looper/2/mute") == (1,)
    ask(running, "/looper/2/mute", 0)
    ask(running, "/link/tempo", 120.0)
    assert opened.problems == [] and second.problems == []


def test_verbs_the_server_gains_appear_on_the_page(second: Opened) -> None:
    """Verbs of the looper to come (undo, speed, reverse ...), described as the registry will describe them:
    the page offers each with the control its type and range call for. And a server with another count of
    MIDI loops gets that many rows."""
    page = second.page
    gained = {
        "undo": {"ACCESS": 2},
        "multiply": {"ACCESS": 2, "TYPE": "i", "RANGE": [{"MIN": 1, "MAX": 16}]},
        "reverse": {"ACCESS": 3, "TYPE": "i", "RANGE": [{"MIN": 0, "MAX": 1}]},
        "speed": {"ACCESS": 3, "TYPE": "f", "RANGE": [{"VALS": [0.5, 1, 2]}]},
        "feedback": {"ACCESS": 3, "TYPE": "f", "RANGE": [{"MIN": 0, "MAX": 1}]},
        "input": {"ACCESS": 3, "TYPE": "ii", "RANGE": [{}, {}]},  # two values: not for a button
        "position": {"ACCESS": 1, "TYPE": "f"},  # reported: the progress bar, not a control
    }

    def described(route: Any) -> None:
        response = route.fetch()
        tree = response.json()
        for number in range(1, TRACKS + 1):
            tree["CONTENTS"][str(number)]["CONTENTS"].update(gained)
        route.fulfill(response=response, body=json.dumps(tree))

    def fewer_loops(route: Any) -> None:
        response = route.fetch()
        tree = response.json()
        del tree["CONTENTS"][str(MIDI_LOOPS)]
        route.fulfill(response=response, body=json.dumps(tree))

    page.route("**/looper", described)
    page.route("**/midiloop", fewer_loops)
    page.reload()
    track = ".track[data-track='1']"
    page.wait_for_selector(f"{track} button[data-verb=undo]")
    assert page.locator(f"{track} button[data-verb=multiply]").count() == 1
    assert page.locator(f"{track} button.toggle[data-verb=reverse]").count() == 1
    assert page.locator(f"{track} select[aria-label=speed] option").all_text_contents() == [
        "speed 0.5",
        "speed 1",
        "speed 2",
    ]
    assert page.locator(f"{track} label.slider", has_text="feedback").count() == 1
    assert page.locator(f"{track} [data-verb=input], {track} [data-verb=position]").count() == 0
    page.wait_for_function(f"() => document.querySelectorAll('.midiloop').length === {MIDI_LOOPS - 1}")
    page.unroute("**/looper")
    page.unroute("**/midiloop")
    assert second.problems == []


def test_a_page_of_another_origin_cannot_open_the_websocket(running: Running, second: Opened) -> None:
    page = second.page
    # A page on the internet, here faked by the browser itself, that tries to reach the server.
    page.route("http://elsewhere.example/", lambda route: route.fulfill(body="<html><body>hi</body></html>"))
    page.goto("http://elsewhere.example/")
    outcome = page.evaluate(
        """(url) => new Promise((resolve) => {
            const socket = new WebSocket(url);
            socket.onopen = () => resolve("opened");
            socket.onerror = () => resolve("refused");
        })""",
        f"ws://127.0.0.1:{running.http_port}/",
    )
    assert outcome == "refused"
    with running.server.client() as client:  # the server goes on serving
        assert client.request("/ping", "still here", reply="/pong").args == ("still here",)


@pytest.fixture
def server(running: Running) -> ServerProcess:
    return running.server


def in_a_thread(scenario: Coroutine[Any, Any, None]) -> None:
    """asyncio.run in a thread of its own: Playwright's sync API keeps an event loop running in this one."""
    with ThreadPoolExecutor(1) as pool:
        pool.submit(asyncio.run, scenario).result()


def url(server: ServerProcess, path: str = "/") -> str:
    return f"http://127.0.0.1:{server.http_port}{path}"


async def get(server: ServerProcess, path: str, **headers: str) -> tuple[int, Any]:
    async with (
        aiohttp.ClientSession() as session,
        session.get(url(server, path), headers=headers) as response,
    ):
        body = await response.text()
        is_json = response.content_type == "application/json"
        return response.status, json.loads(body) if is_json else body


def test_host_info_and_the_tree(server: ServerProcess) -> None:
    async def scenario() -> None:
        status, info = await get(server, "/?HOST_INFO")
        assert status == 200 and info["OSC_PORT"] == server.port and info["OSC_TRANSPORT"] == "UDP"
        assert info["EXTENSIONS"]["LISTEN"] is True
        status, root = await get(server, "/")
        assert status == 200 and root["FULL_PATH"] == "/"
        assert set(root["CONTENTS"]["looper"]["CONTENTS"]) >= {"1", "2", "stop", "clear"}
        tempo = root["CONTENTS"]["link"]["CONTENTS"]["tempo"]
        assert (tempo["TYPE"], tempo["ACCESS"], tempo["VALUE"]) == ("f", 3, [120.0])

    in_a_thread(scenario())


def test_attributes_and_refusals(server: ServerProcess) -> None:
    async def scenario() -> None:
        assert await get(server, "/looper/2/state?VALUE") == (200, {"VALUE": ["EMPTY", 0]})
        assert (await get(server, "/looper/1/play?VALUE"))[0] == 204
        assert (await get(server, "/looper/3/play"))[0] == 404  # two tracks
        assert (await get(server, "/link/tempo?COLOUR"))[0] == 400
        status, page = await get(server, "/", Accept="text/html,application/xhtml+xml")
        assert status == 200 and "<title>oscserver</title>" in page  # a browser gets the page, not JSON

    in_a_thread(scenario())


def test_a_change_is_heard_through_listen_and_osc_on_the_socket_is_served_as_over_udp(
    server: ServerProcess,
) -> None:
    async def scenario() -> None:
        async with aiohttp.ClientSession() as session, session.ws_connect(url(server)) as ws:
            await ws.send_str(json.dumps({"COMMAND": "LISTEN", "DATA": "/link/tempo"}))
            assert await frame(ws) == ("/link/tempo", (120.0,))  # the value now, at once
            with server.client() as udp:
                udp.request("/link/tempo", 93.0, reply="/link/tempo")
            assert await frame(ws) == ("/link/tempo", (93.0,))
            await ws.send_bytes(encode_message("/ping", ("over the socket",)))
            assert await frame(ws) == ("/pong", ("over the socket",))
            await ws.send_bytes(encode_message("/link/tempo", (120.0,)))  # heard as the listened change
            assert await frame(ws) == ("/link/tempo", (120.0,))

    in_a_thread(scenario())


def test_subscribe_on_the_socket_subscribes_the_socket(server: ServerProcess) -> None:
    async def scenario() -> None:
        async with aiohttp.ClientSession() as session, session.ws_connect(url(server)) as ws:
            await ws.send_bytes(encode_message("/subscribe", ()))
            assert (await frame(ws))[0] == "/subscribed"
            while (await frame(ws))[0] != "/looper/2/state":  # the state dump follows
                pass
            with server.client() as udp:
                udp.request("/link/quantum", 3.0, reply="/link/quantum")
            while (message := await frame(ws))[0] != "/link/quantum":
                pass
            assert message == ("/link/quantum", (3.0,))
            with server.client() as udp:
                udp.request("/link/quantum", 4.0, reply="/link/quantum")

    in_a_thread(scenario())


def test_a_client_naming_another_origin_is_refused_and_one_naming_the_page_served(
    server: ServerProcess,
) -> None:
    async def scenario() -> None:
        async with aiohttp.ClientSession() as session:
            with pytest.raises(aiohttp.WSServerHandshakeError) as refused:
                await session.ws_connect(url(server), headers={"Origin": "https://example.com"})
            assert refused.value.status == 403
            own = f"http://127.0.0.1:{server.http_port}"
            async with session.ws_connect(url(server), headers={"Origin": own}) as ws:
                await ws.send_bytes(encode_message("/ping", ()))
                assert await frame(ws) == ("/pong", ())

    in_a_thread(scenario())


async def frame(ws: aiohttp.ClientWebSocketResponse[bool]) -> tuple[str, tuple[Any, ...]]:
    message = await ws.receive(timeout=scaled(5.0))
    assert message.type is aiohttp.WSMsgType.BINARY, message
    [parsed] = parse_packet(message.data)
    return parsed.address, parsed.args


def test_the_page_comes_back_after_a_server_restart(opened: Opened, running: Running) -> None:
    page = opened.page
    running.restart()
    page.wait_for_selector("#connection[data-state=connected]")
    ask(running, "/link/tempo", 133.0)  # the new server knows the page: it subscribed again
    text_becomes(page, "#tempo", "133.0")
    # This one runs without MIDI: the MIDI sections say so instead of offering controls that do nothing.
    for section in ("#midi", "#midiloops", "#mappings"):
        text_becomes(page, f"{section} .midi-off", "MIDI is off (the server runs with --midi-api none)")
    assert page.locator(".midiloop button:visible, #learn:visible, #pads:visible").count() == 0
    # Only the lost connection itself may have been reported while the server was away.
    assert all("WebSocket" in problem or "ERR_CONNECTION_REFUSED" in problem for problem in opened.problems)
