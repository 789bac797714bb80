"""Builds the TouchOSC layout ``touchosc/oscserver.tosc`` (``make clients``, or run this file).

A tablet layout in landscape with three pages (Transport, Looper, MIDI). Plain controls carry ordinary OSC
bindings whose send and receive address are the same, so every fader and toggle both drives the server and
follows its pushes. What a binding cannot express is done by small Lua scripts, on the client:

- the root script subscribes when the layout opens and again every few seconds (a restarted server, or one
  that dropped the layout after a failed send, finds it again), asks ``/dump`` when ``/subscribed`` names a
  server instance it has not seen (its own start, or a restarted server), writes the tempo and Link peers as
  text, moves the beat-in-bar indicator from ``/link/beat``'s third argument, and colours each track's state
  label;
- the nudge buttons ask the root script (``notify``) to send the tempo it last heard from the server plus or
  minus a step, so a nudge needs no endpoint of its own.

Only constant addresses are used, so every address the layout sends can be read back out of the file and
checked against the server's ``/api`` (tests/integration/test_touchosc_layout.py).

Ids are derived from each control's place in the tree rather than drawn at random, so building twice gives the
same bytes and the committed file can be compared with a fresh build.
"""

from __future__ import annotations

import argparse
import sys
import uuid
from collections.abc import Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # run as a file: find clients.profile

import py2tosc
from py2tosc import Control, Conversion, Document, Orientation, ui

from clients import profile
from oscserver.engine.looper import TrackState

HERE = Path(__file__).resolve().parent
LAYOUT_PATH = HERE / "oscserver.tosc"

WIDTH, HEIGHT = 1280, 800  # a 16:10 tablet in landscape; TouchOSC scales it to other screens
RECEIVE_PORT = 9000  # TouchOSC's default receive port (Connections > OSC > UDP)
TEMPO_NUDGES = (-1.0, -0.1, 0.1, 1.0)  # BPM steps from the tempo last heard from the server

GREY = "#404040"
TEXT_DIM = "#a0a0a0"
TEMPO = "#e9a23b"
TRANSPORT = "#4caf50"
LINK = "#3d8fd1"
CLICK = "#b07cd8"
LOOPER = "#d9534f"
MIDI = "#2a9d8f"

ID_NAMESPACE = uuid.UUID("5b1f0c8e-3d3a-4a4e-9a57-6f7363736572")

ROOT_SCRIPT = """\
-- oscserver layout: subscribes to the server and shows what plain bindings cannot.
-- The faders and toggles bind to the server's addresses themselves; this script only adds
-- the subscription, text readouts, the beat indicator and the state colours.

local RECEIVE_PORT = {receive_port}    -- must equal TouchOSC's receive port (Connections > OSC)
local RESUBSCRIBE_MS = {resubscribe_ms}  -- subscribe again this often: a restarted server finds us
local TEMPO_MIN, TEMPO_MAX = {tempo_min:g}, {tempo_max:g}  -- the server refuses a tempo outside these

local STATE_COLOURS = {{
{state_colours}
}}

local tempo = 120
local lastSubscribe = nil
local instance = nil  -- the server instance /subscribed named last
local tempoText, peersText, beatRadio

local function subscribe()
  sendOSC('/subscribe', RECEIVE_PORT)
  lastSubscribe = getMillis()
end

function init()
  tempoText = root:findByName('tempo_value', true)
  peersText = root:findByName('peers_value', true)
  beatRadio = root:findByName('beat', true)
  subscribe()
end

function update()
  if lastSubscribe == nil or getMillis() - lastSubscribe >= RESUBSCRIBE_MS then
    subscribe()
  end
end

-- The nudge buttons notify the root with a step in BPM.
function onReceiveNotify(key, value)
  if key == 'nudge' then
    local target = math.max(TEMPO_MIN, math.min(TEMPO_MAX, tempo + value))
    sendOSC('/link/tempo', target)
  end
end

local function showState(track, state, bars)
  local group = root:findByName('track' .. track, true)
  if group == nil then return end
  local label = group:findByName('state', true)
  local rgb = STATE_COLOURS[state] or STATE_COLOURS.EMPTY
  label.color = Color(rgb[1], rgb[2], rgb[3], 1)
  if state == 'EMPTY' then
    label.values.text = track .. ' EMPTY'
  else
    label.values.text = track .. ' ' .. state .. ' ' .. bars .. ' bars'
  end
end

function onReceiveOSC(message, connections)
  local path, args = message[1], message[2]
  if path == '/subscribed' and args[2] ~= nil and args[2].value ~= instance then
    instance = args[2].value  -- a renewal re-sends nothing: a new server (or a new us) needs the state
    sendOSC('/dump', RECEIVE_PORT)
  elseif path == '/link/tempo' then
    tempo = args[1].value
    tempoText.values.text = string.format('%.1f BPM', tempo)
  elseif path == '/link/peers' then
    peersText.values.text = tostring(math.floor(args[1].value))
  elseif path == '/link/quantum' then
    beatRadio.steps = math.max(1, math.min(16, math.floor(args[1].value + 0.5)))
  elseif path == '/link/beat' then
    -- /link/beat f:beat i:bar i:beat_in_bar (counted from 1); the radio counts from 0
    beatRadio.values.x = math.floor(args[3].value) - 1
  else
    local track = string.match(path, '^/looper/(%d+)/state$')
    if track ~= nil then
      showState(track, args[1].value, args[2].value)
    end
  end
end
"""

NUDGE_SCRIPT = """\
-- Ask the root script to send the last tempo heard from the server {sign} {step} BPM.
function onValueChanged(key)
  if key == 'x' and self.values.x == 1 then
    root:notify('nudge', {delta})
  end
end
"""


def _lua_state_colours() -> str:
    """The profile's state colours as the root script's Lua table, keyed by the names the server pushes."""
    colours = profile.STATE_COLOURS.items()
    return "\n".join(f"  {state.value} = {{{r}, {g}, {b}}}," for state, (r, g, b) in colours)


def root_script(receive_port: int = RECEIVE_PORT) -> str:
    return ROOT_SCRIPT.format(
        receive_port=receive_port,
        resubscribe_ms=profile.RESUBSCRIBE_MS,
        tempo_min=profile.TEMPO_LIMITS[0],
        tempo_max=profile.TEMPO_LIMITS[1],
        state_colours=_lua_state_colours(),
    )


# -- bindings ------------------------------------------------------------------------------------------------


def _integer(number: int) -> py2tosc.Partial:
    return ui.const(str(number), conversion=Conversion.INTEGER)


def control_binding(
    address: str, *, scale: tuple[float, float] = (0.0, 1.0), integer: bool = False
) -> py2tosc.OscMessage:
    """A control: sends its value on every change and follows the server's pushes on the same address."""
    conversion = Conversion.INTEGER if integer else Conversion.FLOAT
    return ui.osc(address, args=[ui.value("x", conversion=conversion, scale=scale)])


def press(address: str, *args: py2tosc.Partial, on: str = "RISE") -> py2tosc.OscMessage:
    """A button press (or release, ``on="FALL"``): nothing is pushed back on a verb's address."""
    return ui.osc(address, args=list(args), on=on, receive=False)


# -- controls ------------------------------------------------------------------------------------------------


def _label(
    name: str, text: str, *, size: int = 16, colour: str = "#ffffff", background: str | None = None
) -> Control:
    """A text readout; ``colour`` is the text's, ``background`` (if any) the box behind it."""
    return py2tosc.label(
        name=name,
        text_color=colour,
        color=background or GREY,
        background=background is not None,
        text_size=size,
        values=[py2tosc.Value("text", default=text), py2tosc.Value("touch", default=False)],
    )


def _button(
    name: str, caption: str, colour: str, messages: Sequence[py2tosc.Message], *, toggle: bool = False
) -> Control:
    button = py2tosc.button(name=name, color=colour, messages=list(messages))
    if toggle:
        button.button_type = py2tosc.ButtonType.TOGGLE_RELEASE
    return ui.labelled(button, caption, size=14, name=f"{name}_box")


def _fader(name: str, colour: str, message: py2tosc.OscMessage, *, horizontal: bool = False) -> Control:
    fader = py2tosc.fader(name=name, color=colour, messages=[message])
    if horizontal:
        fader.orientation = Orientation.EAST
    return fader


def _captioned(control: Control, caption: str, *, sizes: tuple[float, float] = (1, 4)) -> Control:
    caption_label = _label(f"{control.get('name')}_caption", caption, size=13, colour=TEXT_DIM)
    return ui.column(caption_label, control, sizes=sizes, gap=4)


# -- pages ---------------------------------------------------------------------------------------------------


def transport_page() -> Control:
    tempo_fader = _fader(
        "tempo", TEMPO, control_binding("/link/tempo", scale=profile.TEMPO_FADER), horizontal=True
    )
    nudges = ui.row(
        [
            _button(
                f"nudge_{'down' if step < 0 else 'up'}_{abs(step):g}".replace(".", "_"),
                f"{step:+g}",
                TEMPO,
                [],
            )
            for step in TEMPO_NUDGES
        ],
        gap=8,
        name="nudges",
    )
    for box, step in zip(nudges.children, TEMPO_NUDGES, strict=True):
        button = box.children[0]
        button.script = NUDGE_SCRIPT.format(sign="minus" if step < 0 else "plus", step=abs(step), delta=step)
    tempo_row = ui.row(
        ui.column(
            _label("tempo_caption", "TEMPO", size=14, colour=TEXT_DIM),
            _label("tempo_value", "120.0 BPM", size=36, colour=TEMPO),
            sizes=(1, 2),
        ),
        ui.column(tempo_fader, nudges, sizes=(3, 2), gap=8),
        sizes=(1, 3),
        gap=16,
        name="tempo_section",
    )

    beat = py2tosc.radio(name="beat", color=TRANSPORT, steps=4, interactive=False)
    transport_row = ui.row(
        _button(
            "playing", "PLAY / STOP", TRANSPORT, [control_binding("/link/playing", integer=True)], toggle=True
        ),
        _captioned(beat, "BEAT IN BAR"),
        ui.column(
            _label("peers_caption", "LINK PEERS", size=13, colour=TEXT_DIM),
            _label("peers_value", "0", size=36, colour=LINK),
            sizes=(1, 3),
        ),
        ui.column(
            _button(
                "link_enabled", "LINK", LINK, [control_binding("/link/enabled", integer=True)], toggle=True
            ),
            _button(
                "startstopsync",
                "START/STOP SYNC",
                LINK,
                [control_binding("/link/startstopsync", integer=True)],
                toggle=True,
            ),
            gap=8,
        ),
        sizes=(2, 3, 1, 1),
        gap=16,
        name="transport_section",
    )

    click_row = ui.row(
        _button(
            "click_enabled", "CLICK", CLICK, [control_binding("/click/enabled", integer=True)], toggle=True
        ),
        _captioned(
            _fader("click_volume", CLICK, control_binding("/click/volume"), horizontal=True),
            "CLICK VOLUME",
            sizes=(1, 2),
        ),
        sizes=(1, 4),
        gap=16,
        name="click_section",
    )
    return ui.column(tempo_row, transport_row, click_row, sizes=(3, 3, 2), gap=24, pad=24, name="Transport")


def track_strip(track: int) -> Control:
    prefix = f"/looper/{track}"
    records = ui.tiles(
        [
            _button(f"rec{bars}", f"REC {bars}", LOOPER, [press(f"{prefix}/record", _integer(bars))])
            for bars in profile.RECORD_BARS
        ],
        columns=2,
        gap=4,
        name="record",
    )
    empty = TrackState.EMPTY
    colour = profile.hex_colour(profile.STATE_COLOURS[empty])
    state = _label("state", f"{track} {empty.value}", size=13, background=colour)
    return ui.column(
        state,
        records,
        _button("arm", "ARM", LOOPER, [press(f"{prefix}/arm")]),
        ui.row(
            _button("play", "PLAY", TRANSPORT, [press(f"{prefix}/play")]),
            _button("stop", "STOP", LINK, [press(f"{prefix}/stop")]),
            gap=4,
        ),
        _button("clear", "CLEAR", GREY, [press(f"{prefix}/clear")]),
        _button("mute", "MUTE", CLICK, [control_binding(f"{prefix}/mute", integer=True)], toggle=True),
        _fader("volume", LOOPER, control_binding(f"{prefix}/volume")),
        sizes=(1, 2, 1, 1, 1, 1, 4),
        gap=6,
        name=f"track{track}",
    )


def looper_page() -> Control:
    global_row = ui.row(
        _label("looper_caption", "LOOPER", size=18, colour=TEXT_DIM),
        _button("stop_all", "STOP ALL", LINK, [press("/looper/stop")]),
        _button("clear_all", "CLEAR ALL", GREY, [press("/looper/clear")]),
        sizes=(4, 1, 1),
        gap=12,
    )
    strips = ui.row([track_strip(n) for n in range(1, profile.TRACKS + 1)], gap=10, name="tracks")
    return ui.column(global_row, strips, sizes=(1, 12), gap=12, pad=16, name="Looper")


def midi_page() -> Control:
    pads = ui.tiles(
        [
            ui.labelled(
                py2tosc.button(
                    name=f"pad{note}",
                    color=MIDI,
                    messages=[
                        press(
                            "/midi/note_on",
                            _integer(profile.MIDI_CHANNEL),
                            _integer(note),
                            _integer(profile.PAD_VELOCITY),
                        ),
                        press("/midi/note_off", _integer(profile.MIDI_CHANNEL), _integer(note), on="FALL"),
                    ],
                ),
                str(note),
                size=14,
            )
            # bottom row first, like the pads of a drum machine
            for row in reversed(range(4))
            for note in profile.PAD_NOTES[row * 4 : row * 4 + 4]
        ],
        columns=4,
        gap=8,
        name="pads",
    )
    ccs = ui.row(
        [
            _captioned(
                _fader(
                    f"cc{number}",
                    MIDI,
                    # The server keeps no CC state to push back, so these send only: were they to receive,
                    # every /midi/cc would move all of them (TouchOSC matches on the address alone).
                    ui.osc(
                        "/midi/cc",
                        args=[
                            _integer(profile.MIDI_CHANNEL),
                            _integer(number),
                            ui.value("x", conversion=Conversion.INTEGER, scale=(0, 127)),
                        ],
                        receive=False,
                    ),
                ),
                f"CC {number}",
                sizes=(1, 10),
            )
            for number in profile.CC_NUMBERS
        ],
        gap=8,
        name="ccs",
    )
    side = ui.column(
        _button("clock", "MIDI CLOCK", MIDI, [control_binding("/midi/clock", integer=True)], toggle=True),
        _button("panic", "PANIC", LOOPER, [press("/midi/panic")]),
        _label("channel_caption", f"channel {profile.MIDI_CHANNEL}", size=13, colour=TEXT_DIM),
        gap=12,
    )
    return ui.row(pads, ccs, side, sizes=(5, 6, 1.5), gap=24, pad=24, name="MIDI")


# -- document ------------------------------------------------------------------------------------------------


def _stable_ids(control: Control, path: str = "") -> None:
    for index, child in enumerate(control.children):
        _stable_ids(child, f"{path}/{index}:{child.get('name', '')}")
    object.__setattr__(control, "id", str(uuid.uuid5(ID_NAMESPACE, path or "/")))


def build_layout(receive_port: int = RECEIVE_PORT) -> Document:
    pager = ui.pager(transport_page(), looper_page(), midi_page(), name="pages")
    root = ui.stack(pager, frame=(0, 0, WIDTH, HEIGHT), name="oscserver", color="#1a1a1a")
    root.script = root_script(receive_port)
    document = Document(root=root)
    document.resolve()
    _stable_ids(document.root)
    return document


def layout_bytes(receive_port: int = RECEIVE_PORT) -> bytes:
    """The .tosc file's bytes: the layout's XML, zlib-compressed, as TouchOSC reads it."""
    import zlib

    return zlib.compress(build_layout(receive_port).dumps().encode("utf-8"))


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--output", type=Path, default=LAYOUT_PATH)
    parser.add_argument("--receive-port", type=int, default=RECEIVE_PORT)
    args = parser.parse_args(argv)
    document = build_layout(args.receive_port)
    issues = [issue for issue in document.validate() if issue.level == "error"]
    if issues:
        raise SystemExit("layout does not validate:\n" + "\n".join(str(i) for i in issues))
    args.output.write_bytes(layout_bytes(args.receive_port))
    print(f"wrote {args.output}")


if __name__ == "__main__":
    main()
