"""``oscserver devices``: the audio devices PortAudio sees and the MIDI ports of each backend.

MIDI ports are listed by their full names, exactly as the server's log, ``/status``, ``/midi/outputs`` and
``/midi/inputs`` write them (``oscserver-01:out`` is a second server's virtual output). A backend that is
not there is said so in the words the server uses, without the libraries' own complaints on stderr.
"""

from __future__ import annotations

import os


def describe_devices() -> str:
    lines = ["Audio devices:"]
    try:
        import sounddevice

        devices = sounddevice.query_devices()
        if len(devices) == 0:
            lines.append("  (none: the built-in silent device will be used)")
        for index, device in enumerate(devices):
            lines.append(
                f"  {index:>2}  {device['name']}  ({device['max_input_channels']} in, "
                f"{device['max_output_channels']} out, {device['default_samplerate']:.0f} Hz)"
            )
    except Exception as err:  # PortAudio missing or failing: say so, list the rest
        lines.append(f"  unavailable: {err}")
    lines.append("MIDI ports:")
    try:
        lines += _midi_ports()
    except Exception as err:
        lines.append(f"  unavailable: {err}")
    return "\n".join(lines)


def _midi_ports() -> list[str]:
    import rtmidi

    from oscserver.midi.jack_graph import JackGraph
    from oscserver.midi.rtmidi_ports import ALSA_SEQUENCER

    lines = []
    for api in rtmidi.get_compiled_api():
        name = rtmidi.get_api_display_name(api)
        if api == rtmidi.API_LINUX_ALSA and not os.path.exists(ALSA_SEQUENCER):
            lines.append(f"  {name}: unavailable (no sequencer: {ALSA_SEQUENCER} is missing)")
            continue
        if api == rtmidi.API_UNIX_JACK:
            watch = JackGraph.open("oscserver-devices", lambda: None)  # asks without complaining
            if watch is None:
                lines.append(f"  {name}: unavailable (no JACK server is running)")
                continue
            watch.close()
        try:
            outputs = rtmidi.MidiOut(api).get_ports()
            inputs = rtmidi.MidiIn(api).get_ports()
        except Exception as err:
            lines.append(f"  {name}: unavailable ({err})")
            continue
        lines.append(f"  {name}: {len(outputs)} output(s), {len(inputs)} input(s)")
        lines += [f"    out  {port}" for port in outputs]
        lines += [f"    in   {port}" for port in inputs]
    return lines
