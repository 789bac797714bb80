"""A binding checked against the registry before it is made: the endpoint exists, its fixed arguments are
ones it accepts, and the MIDI value has a parameter to go to. Nothing is run: the endpoint's own typed
parameters (type, count, range) decide, through the same :meth:`Endpoint.bind` a request goes through.
"""

from __future__ import annotations

from collections.abc import Sequence

from oscserver.exceptions import InvalidArgument
from oscserver.mapping.rules import Behaviour, Plan
from oscserver.osc.codec import OscArg
from oscserver.osc.params import Kind, Param, describe_value, is_release
from oscserver.osc.registry import Endpoint, Registry


def check_fixed_args(args: Sequence[OscArg]) -> tuple[OscArg, ...]:
    """Numbers, strings and booleans: what a binding keeps (and writes into mappings.json)."""
    for arg in args:
        if not isinstance(arg, bool | int | float | str):
            shown = describe_value(arg)
            raise InvalidArgument(f"a binding's fixed arguments are numbers or strings, got {shown}")
    return tuple(args)


def plan_binding(registry: Registry, kind: str, address: str, args: Sequence[OscArg]) -> Plan:
    """How a binding of a ``kind`` message to ``address`` with ``args`` would act; InvalidArgument or
    UnknownAddress (the /error the endpoint itself would give) when it could never act."""
    fixed = check_fixed_args(args)
    targets = registry.resolve(address)
    if any(target.endpoint.template.startswith("/map/") for target in targets):
        raise InvalidArgument(f"{address}: a binding cannot change the bindings themselves")
    plans = {_plan(target.endpoint, kind, fixed) for target in targets}
    if len(plans) > 1:
        raise InvalidArgument(f"{address} matches endpoints that take a MIDI value in different ways")
    return plans.pop()


def _plan(endpoint: Endpoint, kind: str, fixed: tuple[OscArg, ...]) -> Plan:
    free = _free_param(endpoint, len(fixed))
    if endpoint.button or free is None:
        if endpoint.button and fixed and is_release(fixed[0]):
            raise InvalidArgument(f"{endpoint.template}: a first argument of 0 is a button's release")
        endpoint.bind(fixed)
        return Plan(Behaviour.BUTTON)
    if free.kind is Kind.BOOL:
        for value in (0, 1):
            endpoint.bind((*fixed, value))
        return Plan(Behaviour.TOGGLE, free)
    if free.kind in (Kind.INT, Kind.FLOAT) and free.minimum is not None and free.maximum is not None:
        if kind == "program":
            raise InvalidArgument(
                f"{endpoint.template}: a program change has no value to set {free.name} with; "
                "give it as a fixed argument, or bind a note or a cc"
            )
        for end in (free.minimum, free.maximum):
            endpoint.bind((*fixed, int(end) if free.kind is Kind.INT else float(end)))
        return Plan(Behaviour.NUMBER, free)
    if not free.required:
        endpoint.bind(fixed)
        return Plan(Behaviour.BUTTON)
    raise InvalidArgument(
        f"{endpoint.template}: its parameter {free.name} ({free.tag}) cannot take a MIDI value; "
        "give it as a fixed argument"
    )


def _free_param(endpoint: Endpoint, given: int) -> Param | None:
    """The parameter after the fixed arguments, which a MIDI value would set; None when there is none."""
    if given >= len(endpoint.params):
        return None
    param = endpoint.params[given]
    return None if param.variadic else param
