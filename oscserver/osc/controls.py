"""Builders for the two common endpoint shapes: a control (set/ask one value) and a verb (a button)."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any

from oscserver.osc.codec import OscArg
from oscserver.osc.params import Param
from oscserver.osc.registry import Endpoint, Reply, Request, Role

Getter = Callable[[Mapping[str, Any]], Sequence[OscArg]]
Setter = Callable[[Mapping[str, Any], Any], None]


def control(
    template: str,
    param: Param,
    get: Getter,
    set: Setter | None,
    summary: str,
    dump: Callable[[], Iterable[Reply]] | None = None,
    reply: str = "",
) -> Endpoint:
    """One address that sets (with an argument), asks (without) and reports (pushes) a value.

    ``param`` must be optional (its default None means 'asked'). Without ``set`` the control is read-only and
    an argument is refused. ``dump`` defaults to the current value at ``template`` for controls without path
    variables.
    """
    if param.default is not None:
        raise ValueError(f"{template}: a control's parameter must default to None (meaning 'asked')")

    def handle(request: Request) -> list[Reply]:
        value = request.args.get(param.name)
        if value is not None:
            if set is None:
                raise AssertionError("read-only controls take no parameters")
            set(request.path, value)
        return [(request.address, get(request.path))]

    if dump is None and "<" not in template:

        def dump() -> list[Reply]:
            return [(template, get({}))]

    return Endpoint(
        template=template,
        summary=summary,
        handler=handle,
        params=(param,) if set is not None else (),
        role=Role.CONTROL if set is not None else Role.ACTION,
        dump=dump,
        reply=reply or f"{template} {param.tag}:{param.name}",
    )


def verb(
    template: str,
    action: Callable[[Request], Iterable[Reply] | None],
    summary: str,
    params: tuple[Param, ...] = (),
    reply: str = "",
    timed: bool = False,
) -> Endpoint:
    """A button: acts on press (no argument or a non-zero first argument); a lone 0 is a release."""
    return Endpoint(
        template=template,
        summary=summary,
        handler=action,
        params=params,
        role=Role.ACTION,
        button=True,
        reply=reply,
        timed=timed,
    )
