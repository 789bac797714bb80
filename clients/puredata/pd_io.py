"""``oscserver-io.pd``, the Pure Data client's connection: OSC to and from the server (``build_pd.py``)."""

from __future__ import annotations

from clients import profile
from clients.puredata.pd_canvas import Canvas


def io_patch() -> str:
    c = Canvas(760, 560)
    c.comment(20, 10, "oscserver-io [HOST PORT LISTENPORT]: OSC to and from oscserver")
    c.comment(20, 30, "inlet or [s oscserver-io]: connect HOST PORT / listen PORT")
    inlet = c.obj(20, 60, "inlet")
    config = c.obj(90, 60, "r oscserver-io")
    commands = c.obj(20, 90, "route connect listen")
    c.connect(inlet, 0, commands)
    c.connect(config, 0, commands)

    # Creation arguments, when all three are given, connect and then listen at load.
    load = c.obj(420, 60, "loadbang")
    ask = c.msg(420, 90, "args")
    c.connect(load, 0, ask)
    control = c.obj(420, 120, "pdcontrol")
    c.connect(ask, 0, control)
    three = c.obj(420, 150, "list split 3")  # fewer than three arguments leave by the right outlet
    c.connect(control, 0, three)
    connect_first = c.obj(420, 180, "t a a")
    c.connect(three, 0, connect_first)
    host_port = c.obj(520, 210, "list split 2")
    c.connect(connect_first, 1, host_port)
    connect_args = c.msg(520, 240, "connect $1 $2")
    c.connect(host_port, 0, connect_args)
    c.connect(connect_args, 0, commands)
    listen_port = c.obj(420, 270, "list split 2")
    c.connect(connect_first, 0, listen_port)
    listen_args = c.msg(420, 300, "listen $1")
    c.connect(listen_port, 1, listen_args)
    c.connect(listen_args, 0, commands)

    # Sending: the address comes off the front and reaches [oscformat] with "set", then the arguments.
    out = c.obj(20, 330, "r oscserver-send")
    order = c.obj(20, 360, "t a a")
    c.connect(out, 0, order)
    address = c.obj(160, 390, "list split 1")
    c.connect(order, 1, address)
    set_address = c.obj(160, 420, "list prepend set")
    c.connect(address, 0, set_address)
    set_trim = c.obj(160, 450, "list trim")
    c.connect(set_address, 0, set_trim)
    arguments = c.obj(20, 390, "list split 1")
    c.connect(order, 0, arguments)
    fmt = c.obj(20, 480, "oscformat")
    c.connect(set_trim, 0, fmt)
    c.connect(arguments, 1, fmt)
    send_bytes = c.obj(20, 510, "list prepend send")
    c.connect(fmt, 0, send_bytes)
    send_trim = c.obj(20, 540, "list trim")
    c.connect(send_bytes, 0, send_trim)
    netsend = c.obj(20, 570, "netsend -u -b")
    c.connect(send_trim, 0, netsend)
    as_list = c.obj(20, 120, "list")  # "127.0.0.1 8000" arrives as a message named 127.0.0.1
    c.connect(commands, 0, as_list)
    connect_msg = c.msg(20, 150, "connect $1 $2")
    c.connect(as_list, 0, connect_msg)
    c.connect(connect_msg, 0, netsend)

    # Receiving: [netreceive -u -b] gives each datagram as bytes; [oscparse] makes "link tempo 128" of it.
    on_listen = c.obj(160, 120, "t b f f")
    c.connect(commands, 1, on_listen)
    listen_msg = c.msg(280, 150, "listen $1")
    c.connect(on_listen, 2, listen_msg)
    netreceive = c.obj(420, 360, "netreceive -u -b")
    c.connect(listen_msg, 0, netreceive)
    parse = c.obj(420, 390, "oscparse")
    c.connect(netreceive, 0, parse)
    # Answers (to /api, /version, /ping...) go to the port they were asked from: netsend's own socket,
    # whose right outlet gives them out. Pushes come to the subscribed port, [netreceive]'s.
    c.connect(netsend, 1, parse)
    trim = c.obj(420, 420, "list trim")
    c.connect(parse, 0, trim)
    received = c.obj(420, 450, "s oscserver-received")
    c.connect(trim, 0, received)
    outlet = c.obj(580, 450, "outlet")
    c.connect(trim, 0, outlet)

    # [oscparse] gives the numbers in an address as symbols ("looper" "1" "state"), which [route 1] cannot
    # match: each track's messages go on to a receive name of its own, [r oscserver-looper-1], "state ...",
    # and each MIDI loop's to [r oscserver-midiloop-1].
    for offset, kind in enumerate(("looper", "midiloop")):
        _route_numbered(c, trim, kind, 620 + 300 * offset, 480)

    # Subscribe at once (a metro fires when started) and every few seconds: a restarted server finds us again.
    metro = c.obj(160, 180, f"metro {profile.RESUBSCRIBE_MS}")
    c.connect(on_listen, 0, metro)
    port = c.obj(160, 210, "f")
    c.connect(on_listen, 1, port, 1)
    c.connect(metro, 0, port)
    subscribe = c.msg(160, 240, "list /subscribe $1")
    c.connect(port, 0, subscribe)
    to_server = c.obj(160, 270, "s oscserver-send")
    c.connect(subscribe, 0, to_server)

    # A renewal brings no state: /subscribed naming a server instance not seen before (our own start, or a
    # restarted server) asks /dump. [t s s] compares with the last instance, then remembers the new one.
    answered = c.obj(20, 600, "route subscribed")
    c.connect(trim, 0, answered)
    instance = c.obj(20, 630, "unpack f s")
    c.connect(answered, 0, instance)
    compare_then_keep = c.obj(110, 660, "t s s")
    c.connect(instance, 1, compare_then_keep)
    seen = c.obj(20, 690, "select none")
    c.connect(compare_then_keep, 1, seen)
    c.connect(compare_then_keep, 0, seen, 1)
    new_instance = c.obj(110, 720, "t b")
    c.connect(seen, 1, new_instance)
    dump_port = c.obj(110, 750, "f")
    c.connect(on_listen, 1, dump_port, 1)
    c.connect(new_instance, 0, dump_port)
    dump = c.msg(110, 780, "list /dump $1")
    c.connect(dump_port, 0, dump)
    c.connect(dump, 0, c.obj(110, 810, "s oscserver-send"))
    return c.render()


def _route_numbered(c: Canvas, trim: int, kind: str, x: int, y: int) -> None:
    """``kind N rest...`` from the server goes to ``[r oscserver-KIND-N]`` as ``rest...``."""
    route = c.obj(x, y, f"route {kind}")
    c.connect(trim, 0, route)
    order = c.obj(x, y + 30, "t a a")
    c.connect(route, 0, order)
    number = c.obj(x + 140, y + 60, "list split 1")
    c.connect(order, 1, number)
    name = c.obj(x + 140, y + 90, f"makefilename oscserver-{kind}-%s")
    c.connect(number, 0, name)
    rest = c.obj(x, y + 60, "list split 1")
    c.connect(order, 0, rest)
    rest_trim = c.obj(x, y + 90, "list trim")
    c.connect(rest, 1, rest_trim)
    to_number = c.obj(x, y + 120, "send")
    c.connect(name, 0, to_number, 1)
    c.connect(rest_trim, 0, to_number)
