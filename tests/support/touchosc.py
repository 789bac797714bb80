"""A stand-in for TouchOSC, enough to test the layout against the real server.

TouchOSC itself cannot run here, so this does the two things it would do with the layout:
- turn a control's OSC binding and value into the message it sends, and an incoming message back into the
  control's value (the binding's value partial, scaled and converted as TouchOSC does);
- run the layout's Lua scripts (Lua via lupa) with the few functions of TouchOSC's script API that they use:
  ``sendOSC``, ``getMillis``, ``Color``, ``root``, ``self``, ``control:findByName``, ``control:notify``, the
  ``values`` table, and the callbacks ``init``, ``update``, ``onReceiveOSC``, ``onReceiveNotify``,
  ``onValueChanged``. Controls are Lua tables built from the layout's own tree, so a script that looks up a
  name the layout lacks fails here as it would in TouchOSC.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

import py2tosc
from py2tosc import Control, Conversion, OscMessage, PartialType

Sent = tuple[str, tuple[Any, ...]]


@dataclass(frozen=True)
class Binding:
    control: Control
    message: OscMessage

    @property
    def address(self) -> str:
        parts = []
        for partial in self.message.path:
            if str(partial.type) != str(PartialType.CONSTANT):
                raise ValueError(f"{self.control!r}: address built from {partial.type}, expected constants")
            parts.append(partial.value)
        return "".join(parts)

    def send(self, x: float) -> Sent:
        """The message TouchOSC sends when the control's ``x`` is ``x``."""
        return self.address, tuple(_argument(partial, x) for partial in self.message.arguments)

    def receive(self, args: Sequence[Any]) -> float | None:
        """The ``x`` the control takes from an incoming message on its address (None: no value argument)."""
        for index, partial in enumerate(self.message.arguments):
            if str(partial.type) == str(PartialType.VALUE) and partial.value == "x":
                low, high = partial.scale_min, partial.scale_max
                return (float(args[index]) - low) / (high - low)
        return None

    @property
    def presses_only(self) -> bool:
        return all(str(t.condition) != "ANY" for t in self.message.triggers)


def _convert(value: Any, conversion: str) -> Any:
    if conversion == str(Conversion.INTEGER):
        return round(float(value))
    if conversion == str(Conversion.FLOAT):
        return float(value)
    if conversion == str(Conversion.BOOLEAN):
        return bool(float(value))
    return str(value)


def _argument(partial: py2tosc.Partial, x: float) -> Any:
    kind, conversion = str(partial.type), str(partial.conversion)
    if kind == str(PartialType.CONSTANT):
        return _convert(partial.value, conversion)
    if kind == str(PartialType.VALUE) and partial.value == "x":
        return _convert(partial.scale_min + x * (partial.scale_max - partial.scale_min), conversion)
    raise ValueError(f"unsupported argument partial {partial}")


def bindings(document: py2tosc.Document) -> Iterator[Binding]:
    for control in document.walk():
        for message in control.messages:
            if isinstance(message, OscMessage) and message.enabled:
                yield Binding(control, message)


def script_addresses(script: str) -> list[str]:
    """Addresses a Lua script sends with a literal ``sendOSC('/address', ...)``."""
    import re

    return re.findall(r"sendOSC\(\s*'([^']+)'", script)


# -- Lua ---------------------------------------------------------------------------------------------------

_PRELUDE = """
local Control = {}
Control.__index = Control

function Control:findByName(name, recursive)
  for _, child in ipairs(self.children) do
    if child.name == name then return child end
  end
  if recursive then
    for _, child in ipairs(self.children) do
      local found = child:findByName(name, true)
      if found ~= nil then return found end
    end
  end
  return nil
end

function Control:notify(key, value)
  local handler = self.__scripts and self.__scripts.onReceiveNotify
  if handler ~= nil then handler(key, value) end
end

function makeControl(name, kind, steps)
  return setmetatable({name = name, type = kind, steps = steps, values = {}, children = {}}, Control)
end

function Color(r, g, b, a)
  return {r = r, g = g, b = b, a = a or 1}
end

function loadScript(source, chunkname, env)
  if setfenv then
    local chunk = assert(loadstring(source, chunkname))
    setfenv(chunk, env)
    return chunk
  end
  return assert(load(source, chunkname, 't', env))
end
"""


class LuaLayout:
    """The layout's controls as Lua tables, with each control's script loaded in its own environment."""

    def __init__(
        self,
        document: py2tosc.Document,
        send: Callable[[str, tuple[Any, ...]], None],
        lua_module: str = "lupa.lua54",
    ) -> None:
        import importlib

        lupa = importlib.import_module(lua_module)
        self.lua = lupa.LuaRuntime(unpack_returned_tuples=True)
        self.lua.execute(_PRELUDE)
        self.millis = 0.0
        self._send = send
        self._tables: dict[str, Any] = {}
        self.scripts: dict[str, Any] = {}
        self.root = self._make(document.root)
        for control in document.walk():
            if control.get("script"):
                self._load_script(control)

    def _make(self, control: Control) -> Any:
        table = self.lua.globals().makeControl(
            control.get("name", ""), control.control_type.value, control.get("steps", None)
        )
        for value in control.values:
            table["values"][value.key] = value.default  # ["values"]: .values is the Lua table's own method
        for index, child in enumerate(control.children, start=1):
            table.children[index] = self._make(child)
        self._tables[control.id] = table
        return table

    def table(self, control: Control) -> Any:
        return self._tables[control.id]

    def value(self, control: Control, key: str) -> Any:
        """One of the control's ``values`` (``x``, ``text``) as the scripts left it."""
        return self._tables[control.id]["values"][key]

    def field(self, control: Control, key: str) -> Any:
        """A property the scripts may have set (``steps``, ``color``)."""
        return self._tables[control.id][key]

    def colour(self, control: Control) -> tuple[float, float, float] | None:
        colour = self._tables[control.id]["color"]
        return None if colour is None else (colour["r"], colour["g"], colour["b"])

    def _send_osc(self, address: str, *args: Any) -> None:
        self._send(address, tuple(args))

    def _load_script(self, control: Control) -> None:
        g = self.lua.globals()
        env = self.lua.table_from(
            {
                "self": self._tables[control.id],
                "root": self.root,
                "sendOSC": self._send_osc,
                "getMillis": lambda: self.millis,
                "Color": g.Color,
                "print": g.print,
                "string": g.string,
                "math": g.math,
                "table": g.table,
                "tostring": g.tostring,
                "tonumber": g.tonumber,
                "ipairs": g.ipairs,
                "pairs": g.pairs,
            }
        )
        g.loadScript(control.get("script"), f"={control.get('name')}", env)()
        self._tables[control.id]["__scripts"] = env
        self.scripts[control.id] = env

    def call(self, control: Control, callback: str, *args: Any) -> Any:
        handler = self.scripts[control.id][callback]
        if handler is None:
            raise AttributeError(f"{control!r} has no {callback}()")
        return handler(*args)

    def receive_osc(self, control: Control, address: str, args: Sequence[Any]) -> None:
        """Deliver an incoming message as TouchOSC does: ``onReceiveOSC({path, {{tag, value}, ...}})``."""
        arguments = self.lua.table_from([self.lua.table_from({"tag": _tag(a), "value": a}) for a in args])
        message = self.lua.table_from([address, arguments])
        self.call(control, "onReceiveOSC", message, self.lua.table_from([True]))

    def press(self, control: Control) -> None:
        """A finger on a momentary button: x goes to 1, then back to 0."""
        table = self._tables[control.id]
        for x in (1.0, 0.0):
            table["values"]["x"] = x
            if control.id in self.scripts and self.scripts[control.id]["onValueChanged"] is not None:
                self.call(control, "onValueChanged", "x")


def _tag(value: Any) -> str:
    if isinstance(value, bool):
        return "T" if value else "F"
    if isinstance(value, int):
        return "i"
    if isinstance(value, float):
        return "f"
    if isinstance(value, bytes):
        return "b"
    return "s"
