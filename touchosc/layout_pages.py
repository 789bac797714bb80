"""The layout's three pages (Transport, Looper, MIDI), as the profile (``clients/profile.py``) has them."""

from __future__ import annotations

import py2tosc
from py2tosc import Control, Conversion, ui

from clients import profile
from oscserver.engine.looper import TrackState
from touchosc.layout_controls import (
    CLICK,
    GREY,
    LINK,
    LOOPER,
    MIDI,
    TEMPO,
    TEXT_DIM,
    TRANSPORT,
    button,
    captioned,
    control_binding,
    fader,
    indicator,
    integer,
    label,
    press,
)
from touchosc.layout_script import NUDGE_SCRIPT

TEMPO_NUDGES = (-1.0, -0.1, 0.1, 1.0)  # BPM steps from the tempo last heard from the server


def transport_page() -> Control:
    low, high = profile.TEMPO_FADER
    tempo_fader = fader(
        "tempo",
        TEMPO,
        control_binding("/link/tempo", scale=profile.TEMPO_FADER),
        horizontal=True,
        initial=(profile.TEMPO - low) / (high - low),
    )
    nudges = ui.row(
        [
            button(
                f"nudge_{'down' if step < 0 else 'up'}_{abs(step):g}".replace(".", "_"),
                f"{step:+g}",
                TEMPO,
                [],
            )
            for step in TEMPO_NUDGES
        ],
        button("tap", "TAP", TEMPO, [press("/link/tap")]),
        gap=8,
        name="nudges",
    )
    for box, step in zip(nudges.children, TEMPO_NUDGES, strict=False):  # the tap button has no script
        nudge = box.children[0]
        nudge.script = NUDGE_SCRIPT.format(sign="minus" if step < 0 else "plus", step=abs(step), delta=step)
    tempo_row = ui.row(
        ui.column(
            label("tempo_caption", "TEMPO", size=14, colour=TEXT_DIM),
            label("tempo_value", f"{profile.TEMPO:.1f} BPM", size=36, colour=TEMPO),
            sizes=(1, 2),
        ),
        ui.column(tempo_fader, nudges, sizes=(3, 2), gap=8),
        sizes=(1, 3),
        gap=16,
        name="tempo_section",
    )

    beat = py2tosc.radio(name="beat", color=TRANSPORT, steps=4, interactive=False)
    transport_row = ui.row(
        button(
            "playing", "PLAY / STOP", TRANSPORT, [control_binding("/link/playing", integer=True)], toggle=True
        ),
        captioned(beat, "BEAT IN BAR"),
        ui.column(
            label("peers_caption", "LINK PEERS", size=13, colour=TEXT_DIM),
            label("peers_value", "0", size=36, colour=LINK),
            sizes=(1, 3),
        ),
        ui.column(
            button(
                "link_enabled", "LINK", LINK, [control_binding("/link/enabled", integer=True)], toggle=True
            ),
            button(
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
        button(
            "click_enabled", "CLICK", CLICK, [control_binding("/click/enabled", integer=True)], toggle=True
        ),
        captioned(
            fader("click_volume", CLICK, control_binding("/click/volume"), horizontal=True, initial=0.5),
            "CLICK VOLUME",
            sizes=(1, 2),
        ),
        ui.column(_ok_label("audio_ok", "AUDIO"), _ok_label("midi_ok", "MIDI"), gap=8),
        sizes=(1, 3, 1),
        gap=16,
        name="click_section",
    )
    return ui.column(tempo_row, transport_row, click_row, sizes=(3, 3, 2), gap=24, pad=24, name="Transport")


def _ok_label(name: str, what: str) -> Control:
    """Whether audio or MIDI runs, filled in by the root script from /audio/ok or /midi/ok."""
    return label(name, f"{what} ?", size=13, background=GREY)


def _speed_caption(speed: float) -> str:
    return {0.5: "1/2", 1.0: "1x", 2.0: "2x"}.get(speed, f"{speed:g}x")


def track_strip(track: int) -> Control:
    prefix = f"/looper/{track}"
    records = ui.tiles(
        [
            button(f"rec{bars}", f"REC {bars}", LOOPER, [press(f"{prefix}/record", integer(bars))])
            for bars in profile.RECORD_BARS
        ],
        columns=2,
        gap=4,
        name="record",
    )
    empty = TrackState.EMPTY
    colour = profile.hex_colour(profile.STATE_COLOURS[empty])
    state = label("state", f"{track} {empty.value}", size=13, background=colour)
    speeds = ui.row(
        [
            button(
                f"speed{speed:g}".replace(".", "_"),
                _speed_caption(speed),
                LINK,
                [press(f"{prefix}/speed", ui.const(f"{speed:g}", conversion=Conversion.FLOAT))],
            )
            for speed in profile.LOOP_SPEEDS
        ],
        gap=4,
        name="speeds",
    )
    return ui.column(
        state,
        records,
        ui.row(
            button("arm", "ARM", LOOPER, [press(f"{prefix}/arm")]),
            button("clear", "CLEAR", GREY, [press(f"{prefix}/clear")]),
            gap=4,
        ),
        ui.row(
            button("play", "PLAY", TRANSPORT, [press(f"{prefix}/play")]),
            button("stop", "STOP", LINK, [press(f"{prefix}/stop")]),
            gap=4,
        ),
        ui.row(
            toggle("overdub", "DUB", LOOPER, f"{prefix}/overdub"),
            toggle("reverse", "REV", LINK, f"{prefix}/reverse"),
            gap=4,
        ),
        ui.row(
            button("undo", "UNDO", GREY, [press(f"{prefix}/undo")]),
            button("redo", "REDO", GREY, [press(f"{prefix}/redo")]),
            button(
                "multiply",
                f"x{profile.MULTIPLY_TIMES}",
                LOOPER,
                [press(f"{prefix}/multiply", integer(profile.MULTIPLY_TIMES))],
            ),
            gap=4,
        ),
        speeds,
        toggle("mute", "MUTE", CLICK, f"{prefix}/mute"),
        indicator("position", TRANSPORT, f"{prefix}/position"),
        fader("volume", LOOPER, control_binding(f"{prefix}/volume"), initial=profile.TRACK_VOLUME),
        sizes=(1, 2, 1, 1, 1, 1, 1, 1, 0.5, 3),
        gap=6,
        name=f"track{track}",
    )


def toggle(name: str, caption: str, colour: str, address: str) -> Control:
    """A 0/1 toggle that sends on each change and follows the server's value on the same address."""
    return button(name, caption, colour, [control_binding(address, integer=True)], toggle=True)


def looper_page() -> Control:
    global_row = ui.row(
        label("looper_caption", "LOOPER", size=18, colour=TEXT_DIM),
        button("stop_all", "STOP ALL", LINK, [press("/looper/stop")]),
        button("clear_all", "CLEAR ALL", GREY, [press("/looper/clear")]),
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
                            integer(profile.MIDI_CHANNEL),
                            integer(note),
                            integer(profile.PAD_VELOCITY),
                        ),
                        press("/midi/note_off", integer(profile.MIDI_CHANNEL), integer(note), on="FALL"),
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
            captioned(
                fader(
                    f"cc{number}",
                    MIDI,
                    # The server keeps no CC state to push back, so these send only: were they to receive,
                    # every /midi/cc would move all of them (TouchOSC matches on the address alone).
                    ui.osc(
                        "/midi/cc",
                        args=[
                            integer(profile.MIDI_CHANNEL),
                            integer(number),
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
        button("clock", "MIDI CLOCK", MIDI, [control_binding("/midi/clock", integer=True)], toggle=True),
        button("panic", "PANIC", LOOPER, [press("/midi/panic")]),
        label("channel_caption", f"channel {profile.MIDI_CHANNEL}", size=13, colour=TEXT_DIM),
        gap=12,
    )
    players = ui.row(pads, ccs, side, sizes=(5, 6, 1.5), gap=24, name="players")
    loops = ui.row([midiloop_strip(n) for n in range(1, profile.MIDI_LOOPS + 1)], gap=12, name="midiloops")
    return ui.column(players, loops, sizes=(4, 1), gap=16, pad=24, name="MIDI")


MIDILOOP_VERBS = ("record", "arm", "play", "stop", "clear", "undo")  # each a button on a MIDI loop's row


def midiloop_strip(loop: int) -> Control:
    """One MIDI loop: its state (coloured as a track's), then a button per verb (record and arm take the
    server's default length)."""
    prefix = f"/midiloop/{loop}"
    empty = TrackState.EMPTY
    colour = profile.hex_colour(profile.STATE_COLOURS[empty])
    colours = {"record": LOOPER, "arm": LOOPER, "play": TRANSPORT, "stop": LINK}
    verbs = ui.row(
        [
            button(
                verb,
                "REC" if verb == "record" else verb.upper(),
                colours.get(verb, GREY),
                [press(f"{prefix}/{verb}")],
            )
            for verb in MIDILOOP_VERBS
        ],
        gap=4,
        name="verbs",
    )
    state = label("state", f"{loop} {empty.value}", size=13, background=colour)
    return ui.column(state, verbs, sizes=(1, 2), gap=4, name=f"midiloop{loop}")
