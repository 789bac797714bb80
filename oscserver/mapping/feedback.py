"""LED feedback: which pushes show a binding's value, and the MIDI value each becomes.

A binding to a control (``/link/playing``, ``/looper/1/volume``) shows the control's value: a toggle lights
(127) when on, a number lights in proportion to where it sits in its range, a button with a fixed value
lights while the control holds exactly that value. A binding to a track's verb (``/looper/1/record``, or any
address whose sibling ``.../state`` exists) shows the track's state through :data:`STATE_VELOCITIES`.
"""

from __future__ import annotations

from dataclasses import dataclass

from oscserver.exceptions import InvalidArgument
from oscserver.mapping.bindings import Binding
from oscserver.mapping.rules import MIDI_MAX, Behaviour, Plan, unscale
from oscserver.osc.codec import OscArg
from oscserver.osc.registry import Registry, Role

# A track's state as a note-on velocity (or cc value), in the colours of an Akai APC mini's pads
# (0 off, 1 green, 2 green blinking, 3 red, 4 red blinking, 5 yellow, 6 yellow blinking); docs/midi.md
# gives the Launchpad's equivalents. A state not listed (a newer one) shows as off.
STATE_VELOCITIES: dict[str, int] = {
    "EMPTY": 0,  # off: nothing recorded
    "TRIGGERED": 4,  # red blinking: recording starts at the next boundary
    "ARMED": 4,
    "RECORDING": 3,  # red
    "PLAYING": 1,  # green
    "STOPPING": 2,  # green blinking: stops at the next boundary
    "STOPPED": 5,  # yellow: holds a loop, silent
}


@dataclass(frozen=True)
class Source:
    """Where a binding's value is pushed, and how the push's arguments become a MIDI value."""

    address: str  # the push to watch
    state: bool  # True: a track's state (args[0] a state name); False: a control's value
    position: int  # which argument of the push holds the value


def source_of(binding: Binding, plan: Plan, registry: Registry) -> Source:
    """The push that shows ``binding``'s value; InvalidArgument when it has none to show."""
    if binding.trigger.kind == "program":
        raise InvalidArgument(f"binding {binding.id} is a program change: a controller has no LED for it")
    targets = registry.resolve(binding.address)
    if len(targets) != 1 or targets[0].address != binding.address:
        raise InvalidArgument(f"binding {binding.id}: feedback shows one address's value, not a pattern's")
    endpoint = targets[0].endpoint
    if endpoint.role is Role.CONTROL:
        return Source(binding.address, False, len(binding.args) if plan.free is not None else 0)
    parent, _, _ = binding.address.rpartition("/")
    state = f"{parent}/state"
    if parent and state != binding.address and _exists(registry, state):
        return Source(state, True, 0)
    raise InvalidArgument(
        f"binding {binding.id}: {binding.address} has no value to show (feedback shows a control's value "
        "or a track's state)"
    )


def _exists(registry: Registry, address: str) -> bool:
    try:
        return any(target.address == address for target in registry.resolve(address))
    except Exception:  # UnknownAddress, or a path segment that is no track: nothing to show
        return False


def midi_value(source: Source, binding: Binding, plan: Plan, pushed: tuple[OscArg, ...]) -> int | None:
    """The velocity (or cc value) the push means for this binding's LED; None when the push says nothing."""
    if len(pushed) <= source.position:
        return None
    value = pushed[source.position]
    if source.state:
        return STATE_VELOCITIES.get(value, 0) if isinstance(value, str) else None
    if isinstance(value, str) or not isinstance(value, int | float):
        return None
    if plan.behaviour is Behaviour.TOGGLE:
        return MIDI_MAX if value else 0
    if plan.behaviour is Behaviour.NUMBER:
        assert plan.free is not None
        return unscale(float(value), plan.free)
    fixed = binding.args[0] if binding.args else None  # a preset button: lit while its value holds
    return MIDI_MAX if fixed is not None and fixed == value else 0


def message(binding: Binding, value: int) -> bytes:
    """The note-on (velocity 0 turns a pad off) or cc that shows ``value`` on the bound pad or knob."""
    trigger = binding.trigger
    status = 0x90 if trigger.kind == "note" else 0xB0
    channel = max(trigger.channel, 1) - 1  # a binding to any channel answers on channel 1
    return bytes((status | channel, trigger.number, value))
