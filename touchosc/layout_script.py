"""The layout's Lua scripts, which do on the client what a plain binding cannot.

- the root script subscribes when the layout opens and again every few seconds (a restarted server, or one
  that dropped the layout after a failed send, finds it again), asks ``/dump`` when ``/subscribed`` names a
  server instance it has not seen (its own start, or a restarted server), writes the tempo and Link peers as
  text, moves the beat-in-bar indicator from ``/link/beat``'s third argument, colours each track's and each
  MIDI loop's state label, and shows whether audio and MIDI run (``/audio/ok``, ``/midi/ok``);
- the nudge buttons ask the root script (``notify``) to send the tempo it last heard from the server plus or
  minus a step, so a nudge needs no endpoint of its own.
"""

from __future__ import annotations

from clients import profile

RECEIVE_PORT = 9000  # TouchOSC's default receive port (Connections > OSC > UDP)

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
local OK_COLOURS = {{ [1] = {{{ok_colour}}}, [0] = {{{off_colour}}} }}

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

-- A track's (group 'track<n>') or a MIDI loop's (group 'midiloop<n>') state label: its colour and text.
local function showState(group_name, number, state, bars)
  local group = root:findByName(group_name .. number, true)
  if group == nil then return end
  local label = group:findByName('state', true)
  local rgb = STATE_COLOURS[state] or STATE_COLOURS.EMPTY
  label.color = Color(rgb[1], rgb[2], rgb[3], 1)
  if state == 'EMPTY' then
    label.values.text = number .. ' EMPTY'
  else
    label.values.text = number .. ' ' .. state .. ' ' .. bars .. ' bars'
  end
end

-- /audio/ok and /midi/ok: i:0/1 and what runs (the device) or why not; green while it runs, red while not.
local function showOk(name, what, ok, reason)
  local label = root:findByName(name, true)
  if label == nil then return end
  local rgb = OK_COLOURS[ok] or OK_COLOURS[0]
  label.color = Color(rgb[1], rgb[2], rgb[3], 1)
  label.values.text = what .. (ok == 1 and ' OK' or ' OFF') .. (reason and (': ' .. reason) or '')
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
  elseif path == '/audio/ok' or path == '/midi/ok' then
    local reason = args[2] and tostring(args[2].value) or nil
    local ok = math.floor(args[1].value)
    if path == '/audio/ok' then
      showOk('audio_ok', 'AUDIO', ok, reason)
    else
      showOk('midi_ok', 'MIDI', ok, reason)
    end
  else
    local track = string.match(path, '^/looper/(%d+)/state$')
    local midiloop = string.match(path, '^/midiloop/(%d+)/state$')
    if track ~= nil then
      showState('track', track, args[1].value, args[2].value)
    elseif midiloop ~= nil then
      showState('midiloop', midiloop, args[1].value, args[2].value)
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
        ok_colour=", ".join(str(channel) for channel in profile.OK_COLOURS[True]),
        off_colour=", ".join(str(channel) for channel in profile.OK_COLOURS[False]),
    )
