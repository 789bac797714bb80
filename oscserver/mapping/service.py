"""The mapping subsystem: MIDI input through the bindings to the endpoints, learn, feedback, saving.

A bound message is carried out exactly as an OSC message would be (:meth:`OscService.handle_message`): the
same resolution, argument checks, bundle-free dispatch and pushes. Its sender is the binding itself: what an
endpoint refuses is logged and pushed to every subscriber as ``/error address "MIDI binding N: why"``, since
the musician who hit the pad has no OSC client waiting for an answer; other answers go nowhere.
"""

from __future__ import annotations

import asyncio
import inspect
import logging
from collections.abc import Callable, Hashable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from oscserver.engine.midi_schedule import VIRTUAL_PORT
from oscserver.exceptions import InvalidArgument, RequestError
from oscserver.mapping import feedback as fb
from oscserver.mapping.bindings import Binding, BindingTable, check_trigger
from oscserver.mapping.endpoints import mapping_endpoints
from oscserver.mapping.persistence import MappingFile, encode
from oscserver.mapping.planning import plan_binding
from oscserver.mapping.rules import Behaviour, MidiEvent, Plan, arguments, event_of, is_pressed, press
from oscserver.osc.codec import Message, OscArg, parse_packet
from oscserver.osc.peers import Peer
from oscserver.osc.registry import Endpoint, Request, Role
from oscserver.osc.service import OscService

log = logging.getLogger(__name__)

OUT = "out"  # the name of the server's own virtual output, as /map/feedback takes it


class MidiPorts(Protocol):
    """What the mapping needs of MIDI: its input, and a way to send to an output."""

    input_listeners: list[Callable[[bytes, float, str], None]]

    @property
    def aliases(self) -> tuple[str, ...]: ...

    def send(self, port: str, data: bytes, at: float | None) -> None: ...


@dataclass
class _Learning:
    address: str
    args: tuple[OscArg, ...]
    peer: Peer


@dataclass(frozen=True)
class _BindingPeer:
    """The sender of a bound message: refusals go to the log and to subscribers, answers nowhere."""

    binding: int
    refused: Callable[[int, str, str], None]

    @property
    def key(self) -> Hashable:
        return ("mapping", self.binding)

    @property
    def host(self) -> str:
        return "midi"

    @property
    def port(self) -> int:
        return 0

    def send(self, data: bytes) -> None:
        for message in parse_packet(data):
            if message.address == "/error" and len(message.args) == 2:
                self.refused(self.binding, str(message.args[0]), str(message.args[1]))

    def at_port(self, port: int) -> _BindingPeer:
        return self

    def __str__(self) -> str:
        return f"MIDI binding {self.binding}"


class MappingService:
    name = "mapping"

    def __init__(self, osc: OscService, midi: MidiPorts, data_dir: Path) -> None:
        self._osc = osc
        self._midi = midi
        self._file = MappingFile(data_dir)
        self.table = BindingTable()
        self._plans: dict[int, Plan] = {}
        self._held: dict[int, bool] = {}  # a cc binding's switch is down (presses are its rising edges)
        self._toggled: dict[int, bool] = {}  # a toggle's value when its control cannot be asked
        self._sources: dict[int, fb.Source] = {}  # bindings whose value is shown, by id
        self._lit: dict[int, int] = {}  # the value last sent to each binding's LED
        self._learning: _Learning | None = None
        self._dirty = False
        self._saving: asyncio.Task[None] | None = None
        midi.input_listeners.append(self.heard)
        osc.publisher.taps.append(self._pushed)

    # -- Subsystem -----------------------------------------------------------------------------------

    def endpoints(self) -> Iterable[Endpoint]:
        return mapping_endpoints(self, self._osc.subscribers)

    def status(self) -> list[tuple[str, OscArg]]:
        return [("map_bindings", len(self.table))]

    async def start(self) -> None:
        try:
            bindings = self._file.read()
            if bindings is not None:
                self.install(bindings, self.check(bindings), save=False)
                log.info("%d MIDI bindings loaded from %s", len(bindings), self._file.path)
        except InvalidArgument as err:
            self._file.refused = True
            log.error("%s; starting with no MIDI bindings (the file is left as it is)", err)

    async def stop(self) -> None:
        if self._saving is not None:
            await self._saving

    # -- bindings ------------------------------------------------------------------------------------

    def add(self, kind: str, channel: int, number: int, address: str, args: Sequence[OscArg]) -> Binding:
        trigger = check_trigger(kind, channel, number)
        plan = plan_binding(self._osc.registry, kind, address, args)
        binding = self.table.add(trigger, address, tuple(args))
        self._plans[binding.id] = plan
        self._changed()
        self._osc.publisher.event("/map/added", binding.described())
        return binding

    def remove(self, ident: int) -> Binding:
        binding = self.table.remove(ident)
        for state in (self._plans, self._held, self._toggled, self._sources, self._lit):
            state.pop(ident, None)
        self._changed()
        self._osc.publisher.event("/map/removed", (binding.id,))
        return binding

    def clear(self) -> bool:
        """True when there were bindings (their going is then pushed)."""
        return self.install([], {})

    def check(self, bindings: list[Binding]) -> dict[int, Plan]:
        """Each binding's plan, or InvalidArgument naming the first that could not act (changes nothing)."""
        plans = {}
        for binding in bindings:
            try:
                plans[binding.id] = plan = plan_binding(
                    self._osc.registry, binding.trigger.kind, binding.address, binding.args
                )
                if binding.feedback is not None:
                    fb.source_of(binding, plan, self._osc.registry)
            except RequestError as err:
                raise InvalidArgument(f"binding {binding.id} ({binding.address}): {err}") from None
        return plans

    def install(self, bindings: list[Binding], plans: dict[int, Plan], save: bool = True) -> bool:
        """Put checked bindings in place of all others (a load, a clear) and show their values; True when
        that changed them (the new list is then pushed, as /map/list answers it)."""
        unchanged = list(self.table) == list(bindings)  # (a session without bindings loaded into none)
        self.table.replace_all(bindings)
        self._plans = dict(plans)
        for state in (self._held, self._toggled, self._sources, self._lit):
            state.clear()
        for binding in bindings:
            if binding.feedback is not None:
                self._sources[binding.id] = fb.source_of(binding, plans[binding.id], self._osc.registry)
                self._show_now(binding)
        if unchanged:
            return False
        if save:
            self._changed()
        for binding in bindings:
            self._osc.publisher.event("/map/binding", binding.described())
        self._osc.publisher.event("/map/list", (len(bindings),))
        return True

    # -- learn ---------------------------------------------------------------------------------------

    def learn(self, address: str, args: Sequence[OscArg], peer: Peer) -> None:
        """The next note-on, cc (any value) or program change becomes a binding to ``address``; /map/added
        goes to ``peer``."""
        self.table.check_room()
        plan_binding(self._osc.registry, "note", address, args)  # refused now, not when the pad is hit
        self._learning = _Learning(address, tuple(args), peer)

    def cancel_learning(self) -> None:
        self._learning = None

    def _learn(self, learning: _Learning, event: MidiEvent) -> None:
        try:
            binding = self.add(event.kind, event.channel, event.number, learning.address, learning.args)
        except RequestError as err:  # a program change for a number, or the table filled meanwhile
            self._osc.send_error(learning.peer, "/map/learn", str(err))
            return
        self._learning = None
        log.info("MIDI binding %d learned: %s", binding.id, binding.described())
        if learning.peer.key not in self._osc.subscribers:  # a subscriber has heard it as a push
            self._osc.reply(learning.peer, [("/map/added", binding.described())])

    # -- MIDI in -------------------------------------------------------------------------------------

    def heard(self, data: bytes, at: float, input_name: str) -> None:
        """A MIDI input listener: every binding the message matches acts (a learn takes it instead)."""
        event = event_of(data)
        if event is None:
            return
        learning = self._learning
        if learning is not None and (event.kind == "cc" or is_pressed(event)):  # a knob, from any value
            self._learn(learning, event)
            return
        for binding in self.table:
            if binding.trigger.matches(event):
                self._act(binding, event)

    def _act(self, binding: Binding, event: MidiEvent) -> None:
        plan = self._plans[binding.id]
        pressed = press(event, self._held.get(binding.id, False))
        self._held[binding.id] = is_pressed(event)
        current = self._toggle_value(binding) if plan.behaviour is Behaviour.TOGGLE and pressed else None
        args = arguments(plan, binding.args, event, pressed, current)
        if args is None:
            return
        if plan.behaviour is Behaviour.TOGGLE:
            self._toggled[binding.id] = not current
        peer = _BindingPeer(binding.id, self._refused)
        self._osc.handle_message(Message(binding.address, args), peer)

    def _toggle_value(self, binding: Binding) -> bool:
        asked = self._ask(binding.address)
        position = len(binding.args)
        if asked is not None and len(asked) > position:
            return bool(asked[position])
        return self._toggled.get(binding.id, False)

    def _refused(self, ident: int, address: str, why: str) -> None:
        log.warning("MIDI binding %d: %s refused: %s", ident, address, why)
        self._osc.publisher.event("/error", (address, f"MIDI binding {ident}: {why}"))

    # -- feedback ------------------------------------------------------------------------------------

    def set_feedback(self, ident: int, output: str) -> Binding:
        binding = self.table.get(ident)
        if output not in (OUT, "none") and output not in self._midi.aliases:
            named = ", ".join((OUT, *self._midi.aliases))
            raise InvalidArgument(f"no MIDI output named {output!r}; outputs: {named} (or none)")
        if output == "none":
            binding = self.table.set_feedback(ident, None)
            self._sources.pop(ident, None)
            self._lit.pop(ident, None)
        else:
            source = fb.source_of(binding, self._plans[ident], self._osc.registry)
            binding = self.table.set_feedback(ident, output)
            self._sources[ident] = source
            self._lit.pop(ident, None)
            self._show_now(binding)
        self._changed()
        return binding

    def _show_now(self, binding: Binding) -> None:
        source = self._sources[binding.id]
        asked = self._ask(source.address)
        if asked is not None:
            self._show(binding, source, asked)

    def _pushed(self, address: str, args: Sequence[OscArg]) -> None:
        """A publisher tap: every push, so each LED follows its value however it changed."""
        if not self._sources:
            return
        for ident, source in list(self._sources.items()):
            if source.address == address:
                self._show(self.table.get(ident), source, tuple(args))

    def _show(self, binding: Binding, source: fb.Source, pushed: tuple[OscArg, ...]) -> None:
        value = fb.midi_value(source, binding, self._plans[binding.id], pushed)
        if value is None or self._lit.get(binding.id) == value or binding.feedback is None:
            return
        port = VIRTUAL_PORT if binding.feedback == OUT else binding.feedback
        if port != VIRTUAL_PORT and port not in self._midi.aliases:
            return  # a session's output this server was not started with
        try:
            self._midi.send(port, fb.message(binding, value), None)
        except RequestError as err:  # MIDI is down: the LED shows the truth once a value changes again
            log.debug("feedback of binding %d not sent: %s", binding.id, err)
            return
        self._lit[binding.id] = value

    def _ask(self, address: str) -> tuple[OscArg, ...] | None:
        """The value an endpoint answers with now (its first answer's arguments), without changing it."""
        try:
            targets = self._osc.registry.resolve(address)
            if len(targets) != 1:
                return None
            target = targets[0]
            endpoint = target.endpoint
            args: dict[str, Any] | None
            if endpoint.role is Role.CONTROL:
                args = dict.fromkeys(p.name for p in endpoint.params)
            else:
                args = endpoint.bind(())
            if args is None:
                return None
            peer = _BindingPeer(0, self._refused)
            result = endpoint.handler(Request(target.address, target.path, args, peer))
            if inspect.iscoroutine(result):
                result.close()  # an answer that takes time is no use here
                return None
            if result is None or not isinstance(result, Iterable):
                return None
            for _, answer in result:
                return tuple(answer)
        except Exception as err:  # the value is a courtesy: the binding acts either way
            log.debug("cannot ask %s for its value: %s", address, err)
        return None

    # -- saving --------------------------------------------------------------------------------------

    def _changed(self) -> None:
        """Save mappings.json off the event loop; changes made while a write runs go in the next one."""
        self._dirty = True
        if self._saving is None:
            try:
                self._saving = asyncio.get_running_loop().create_task(self._save())
            except RuntimeError:  # no loop (a test of the table alone): nothing to save with
                self._saving = None

    async def _save(self) -> None:
        try:
            while self._dirty:
                self._dirty = False
                data = encode(list(self.table))
                try:
                    await asyncio.to_thread(self._file.write, data)
                except OSError as err:
                    log.error("MIDI bindings not saved to %s: %s", self._file.path, err)
        finally:
            self._saving = None
