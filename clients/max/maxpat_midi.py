"""The Max patch's MIDI loops and MIDI map panel (``build_maxpat.py``).

A MIDI loop's controls send through ``[udpsend]`` and show what the server pushes, as a track strip does. The
map panel's questions go through ``[node.script oscserver-ask.js]`` instead: the server answers them
(``/map/added``, ``/map/binding``, ``/map/list``, ``/map/removed``, ``/error``) to the port they came from,
which ``[udpsend]`` cannot hear, and the script's socket can.
"""

from __future__ import annotations

from collections.abc import Callable

from py2max import Patcher
from py2max.core.box import Box

from clients import profile
from clients.max.maxpat_layout import HOST, Layout, connect
from oscserver.engine.looper import TrackState

MIDILOOP_VERBS = ("record", "arm", "play", "stop", "clear", "undo", "export")  # a button each
CAPTIONS = {"record": "REC", "clear": "CLR", "export": "EXP"}  # what fits above a button
ASK_SCRIPT = "oscserver-ask.js"  # beside the patch, where [node.script] finds it

# What a MIDI controller can learn to drive from the LEARN menu: a pad on each verb a musician plays live.
LIVE_VERBS = ("record", "play", "stop")
LEARN_TARGETS = (
    "/link/playing",
    "/link/tap",
    *(f"/looper/{n}/{verb}" for n in range(1, profile.TRACKS + 1) for verb in LIVE_VERBS),
    *(f"/midiloop/{n}/{verb}" for n in range(1, profile.MIDI_LOOPS + 1) for verb in LIVE_VERBS),
)
LEFT = 560  # the map panel's left edge in presentation, right of the MIDI loops' rows
MAP_ANSWERS = ("/map/added", "/map/binding", "/map/list", "/map/removed", "/error")

Sender = Callable[..., Box]  # (control, message text): a message box the control sends through udpsend
Shower = Callable[[str, Box], None]  # (address, control): the control shows what the server pushes there
StateShower = Callable[[str, str, Box, Box], None]  # (address, name, panel, text): a loop's state


def midi_loops(at: Layout, sender: Sender, show: Shower, show_states: StateShower) -> None:
    """A row per MIDI loop (below the pads): REC (the server's default bars), ARM, PLAY, STOP, CLEAR, UNDO,
    EXPORT, the quantize in beats, the output it plays on and the state in colour."""
    at.label("MIDI LOOPS", (20, 780, 100, 20))
    for loop in range(1, profile.MIDI_LOOPS + 1):
        at.column(950 + 220 * (profile.TRACKS + 1 + (loop - 1) // 2), 620 + 1100 * ((loop - 1) % 2))
        y = 800 + 50 * (loop - 1)
        prefix = f"/midiloop/{loop}"
        at.note(f"MIDI loop {loop}", 120)
        empty = TrackState.EMPTY
        panel = at.ui("panel", (20, y + 18, 110, 26), bgcolor=[*profile.STATE_COLOURS[empty], 1.0])
        name = f"M{loop}"
        text = at.label(f"{name} {empty.value}", (23, y + 21, 105, 20))
        for index, verb in enumerate(MIDILOOP_VERBS):
            x = 140 + 36 * index
            at.label(CAPTIONS.get(verb, verb.upper()), (x - 4, y, 36, 18))
            sender(at.ui("button", (x, y + 18, 26, 26)), f"{prefix}/{verb}")
        at.label("QUANTIZE", (400, y, 70, 18))
        quantize = at.ui("flonum", (400, y + 18, 60, 26), minimum=0.0, maximum=16.0)
        sender(quantize, f"{prefix}/quantize $1")
        show(f"{prefix}/quantize", quantize)
        at.label("PLAYS ON", (470, y, 70, 18))
        show(f"{prefix}/output", at.label("out", (470, y + 21, 70, 20)))  # out, or a --midi-out alias
        show_states(f"{prefix}/state", name, panel, text)


def mapping(p: Patcher, at: Layout, sender: Sender) -> None:
    """LEARN (pick a target: the next pad, key or knob touched on a controller drives it), STOP LEARNING,
    LIST (into the BINDINGS menu; choosing one puts its id in UNMAP's box), CLEAR ALL, UNMAP, and the
    server's last answer."""
    at.column(950 + 220 * (profile.TRACKS + 3), 620)
    at.note(
        f"Questions go through {ASK_SCRIPT} (Node for Max), whose socket hears the answers. Edit and click "
        "'server ...' for a server on another machine.",
        220,
    )
    load = at.obj("loadbang", 70)
    start = at.msg("script start", 90)
    connect(p, load, start)
    ask = at.obj(f"node.script {ASK_SCRIPT}", 180)
    connect(p, start, ask)
    where = at.msg(f"server {HOST} {profile.SERVER_PORT}", 150)
    connect(p, where, ask)
    question = at.obj("prepend send", 90)
    connect(p, question, ask)

    def asker(control: Box, text: str, outlet: int = 0) -> Box:
        box = at.msg(text, 120)
        connect(p, control, box, outlet=outlet)
        connect(p, box, question)
        return box

    at.label("MIDI MAP: LEARN, then touch a pad or knob", (LEFT, 780, 300, 20))
    learn = at.ui("umenu", (LEFT, 800, 220, 22), items=list(LEARN_TARGETS))
    at.note("umenu's middle outlet: the chosen target's address.", 200)
    learning = at.obj("prepend /map/learn", 140)
    connect(p, learn, learning, outlet=1)
    connect(p, learning, question)
    bindings = at.ui("umenu", (LEFT, 953, 240, 22))
    for index, (caption, message) in enumerate(
        (("STOP LEARNING", "/map/learn"), ("LIST", "/map/list"), ("CLEAR ALL", "/map/clear"))
    ):
        at.label(caption, (LEFT + 100 * index, 830, 100, 18))
        button = at.ui("button", (LEFT + 100 * index, 848, 26, 26))
        if message == "/map/learn":
            asker(button, message)
            continue
        at.note("the BINDINGS menu is emptied, then filled from the answers", 200)
        first_empty = at.obj("t b b", 50)
        connect(p, button, first_empty)
        empty = at.msg("clear", 50)
        connect(p, first_empty, empty, outlet=1)
        connect(p, empty, bindings)
        asker(first_empty, message)
    at.label("UNMAP ID", (LEFT, 880, 80, 18))
    unmap = at.ui("number", (LEFT, 898, 60, 26), minimum=1)
    at.note("UNMAP sends the id in the box: the box sets [int], the button bangs it.", 200)
    held = at.obj("int", 40)
    connect(p, unmap, held, inlet=1)
    connect(p, at.ui("button", (LEFT + 70, 898, 26, 26)), held)
    asker(held, "/map/remove $1")

    # -- the answers ---------------------------------------------------------------------------------------
    at.column(950 + 220 * (profile.TRACKS + 4), 620)
    at.note("Each answer: a binding into the menu, the count and the last answer shown.", 200)
    answers = at.obj("route " + " ".join(MAP_ANSWERS), 330)
    connect(p, ask, answers)
    routed = {address: index for index, address in enumerate(MAP_ANSWERS)}
    listed = at.obj("prepend append", 110)
    connect(p, answers, listed, outlet=routed["/map/binding"])
    connect(p, listed, bindings)
    chosen = at.obj("unpack 0", 60)  # a binding's item begins with its id
    connect(p, bindings, chosen, outlet=1)
    chosen_id = at.obj("prepend set", 90)
    connect(p, chosen, chosen_id)
    connect(p, chosen_id, unmap)
    at.label("BINDINGS (LIST fills it; choose one to unmap)", (LEFT, 935, 300, 18))
    at.label("LAST ANSWER", (LEFT + 120, 880, 100, 18))
    last = at.label("", (LEFT + 120, 898, 210, 30))
    count = at.label("", (LEFT + 250, 953, 80, 22))
    counted = at.msg("set $1 bindings", 110)
    connect(p, answers, counted, outlet=routed["/map/list"])
    connect(p, counted, count)
    for address in ("/map/added", "/map/removed", "/error"):
        shown = at.obj(f"prepend set {address.rsplit('/', 1)[1]}", 140)
        connect(p, answers, shown, outlet=routed[address])
        connect(p, shown, last)
