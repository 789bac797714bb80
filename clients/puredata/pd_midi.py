"""The Pure Data client's MIDI pieces (see ``build_pd.py``): the pads and CC panel (``oscserver-midi.pd``), a
MIDI loop (``oscserver-midiloop.pd``, argument: its number) and MIDI mapping (``oscserver-map.pd``)."""

from __future__ import annotations

from collections.abc import Mapping

from clients import profile
from clients.puredata.pd_canvas import Canvas, bang, number, panel, sender, show, show_state, toggle, vslider

MIDILOOP_VERBS = ("record", "arm", "play", "stop", "clear", "undo", "export")  # a button each
MAP_COMMANDS = ("add", "learn", "list", "remove", "clear", "feedback")  # /map/<command>, from the inlet


def midi_patch() -> str:
    c = Canvas(900, 700)
    pads = []
    for index, note in enumerate(profile.PAD_NOTES):
        row, column = 3 - index // 4, index % 4  # lowest note bottom left, as on a drum machine
        pad_gui = bang(f"oscserver-pad-{note}", str(note), size=30)
        pads.append((c.gui(10 + 40 * column, 30 + 40 * row, pad_gui), note))
    cc_pitch = 35  # one column per CC slider, as narrow as its label allows
    ccs = [
        (c.gui(190 + cc_pitch * i, 40, vslider(f"oscserver-cc-{n}", f"CC{n}", 0, 127, height=130)), n)
        for i, n in enumerate(profile.CC_NUMBERS)
    ]
    right = 190 + cc_pitch * len(profile.CC_NUMBERS) + 10  # clock and panic stand right of the last slider
    clock = c.gui(right, 40, toggle("oscserver-midi-clock", "CLOCK"))
    panic = c.gui(right, 100, bang("oscserver-midi-panic", "PANIC"))
    c.graph_on_parent(right + 60, 200)

    x0 = 20
    note_out = sender(c, x0, 300, "/midi/note")
    for index, (pad, note) in enumerate(pads):
        message = f"{profile.MIDI_CHANNEL} {note} {profile.PAD_VELOCITY} {profile.PAD_BEATS}"
        box = c.msg(x0 + 60 * (index % 8), 240 + 20 * (index // 8), message)
        c.connect(pad, 0, box)
        c.connect(box, 0, note_out)
    for index, (fader, number_) in enumerate(ccs):
        x, y = x0 + 130 * (index % 4), 380 + 60 * (index // 4)  # rows of four senders
        c.connect(fader, 0, sender(c, x, y, f"/midi/cc {profile.MIDI_CHANNEL} {number_}"))
    below = 380 + 60 * ((len(ccs) + 3) // 4)
    c.connect(clock, 0, sender(c, x0, below, "/midi/clock"))
    c.connect(panic, 0, sender(c, x0 + 150, below, "/midi/panic"))
    received = c.obj(x0, below + 80, "r oscserver-received")
    midi = c.obj(x0, below + 110, "route midi")
    c.connect(received, 0, midi)
    clock_in = c.obj(x0, below + 140, "route clock")
    c.connect(midi, 0, clock_in)
    show(c, clock_in, 0, x0, below + 170, "oscserver-midi-clock")
    return c.render()


def midiloop_patch(state_colours: Mapping[str, str]) -> str:
    """One MIDI loop; the abstraction's argument ($1) is its number. Its inlet takes ``output NAME`` (an
    alias, or ``out``) and ``state`` (ask for it); ``state_colours`` maps each state's name to its colour."""
    c = Canvas(900, 600)
    gui = "oscserver-midiloop-$1"
    c.gui(0, 0, panel("empty", "MIDI_LOOP_$1", 170, 20, "#202020"))
    empty = next(iter(state_colours))
    c.gui(0, 22, panel(f"{gui}-state", empty, 170, 24, state_colours[empty]))
    buttons = [
        (c.gui(4 + 24 * i, 65, bang(f"{gui}-{verb}", verb[:3].upper(), size=18)), verb)
        for i, verb in enumerate(MIDILOOP_VERBS)
    ]
    quantize = c.gui(4, 110, number(f"{gui}-quantize", "QUANTIZE", 0, 16, digits=4))
    c.gui(90, 110, number(f"{gui}-bars", "BARS", 0, 999, digits=3))
    c.graph_on_parent(170, 135)

    x0 = 220
    for index, (button, verb) in enumerate(buttons):
        x, y = x0 + 160 * (index % 4), 20 + 70 * (index // 4)
        c.connect(button, 0, sender(c, x, y, f"/midiloop/$1/{verb}"))
    c.connect(quantize, 0, sender(c, x0, 160, "/midiloop/$1/quantize"))
    commands = c.obj(x0 + 160, 160, "route output state")
    c.connect(c.obj(x0 + 160, 130, "inlet"), 0, commands)
    c.connect(commands, 0, sender(c, x0 + 160, 190, "/midiloop/$1/output"))
    c.connect(commands, 1, sender(c, x0 + 320, 190, "/midiloop/$1/state"))

    this_loop = c.obj(x0, 260, "r oscserver-midiloop-$1")  # this loop's messages, from oscserver-io
    what = c.obj(x0, 290, "route state quantize")
    c.connect(this_loop, 0, what)
    show_state(c, what, 0, x0, 320, gui, state_colours)
    show(c, what, 1, x0 + 400, 260, f"{gui}-quantize")
    return c.render()


def map_patch() -> str:
    """MIDI mapping: the inlet takes ``add KIND CHANNEL NUMBER ADDRESS [ARGS]``, ``learn ADDRESS [ARGS]``
    (alone it cancels), ``list``, ``remove ID``, ``clear`` and ``feedback ID OUTPUT``; the outlet gives the
    server's answers (``added ...``, ``binding ...``, ``list COUNT``, ``removed ID``)."""
    c = Canvas(900, 400)
    c.gui(0, 0, panel("empty", "MIDI_MAP", 110, 20, "#202020"))
    listing = c.gui(4, 40, bang("oscserver-map-list", "LIST", size=20))
    clearing = c.gui(44, 40, bang("oscserver-map-clear", "CLEAR", size=20))
    cancel = c.gui(84, 40, bang("oscserver-map-cancel", "STOP_LEARN", size=20))
    c.graph_on_parent(110, 70)

    x0 = 160
    commands = c.obj(x0, 40, "route " + " ".join(MAP_COMMANDS))
    c.connect(c.obj(x0, 10, "inlet"), 0, commands)
    c.connect(c.obj(x0 + 200, 10, "r oscserver-map"), 0, commands)
    senders = {}
    for index, command in enumerate(MAP_COMMANDS):
        senders[command] = sender(c, x0 + 130 * index, 100, f"/map/{command}")
        c.connect(commands, index, senders[command])
    c.connect(listing, 0, senders["list"])
    c.connect(clearing, 0, senders["clear"])
    c.connect(cancel, 0, senders["learn"])

    received = c.obj(x0, 200, "r oscserver-received")
    answers = c.obj(x0, 230, "route map")
    c.connect(received, 0, answers)
    c.connect(answers, 0, c.obj(x0, 260, "outlet"))
    return c.render()
