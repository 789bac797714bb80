"""``oscserver devices``: the audio devices PortAudio sees and the MIDI ports of each backend."""

from __future__ import annotations


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
        import rtmidi

        for api in rtmidi.get_compiled_api():
            name = rtmidi.get_api_display_name(api)
            try:
                outputs = rtmidi.MidiOut(api).get_ports()
                inputs = rtmidi.MidiIn(api).get_ports()
            except Exception as err:
                lines.append(f"  {name}: unavailable ({err})")
                continue
            lines.append(f"  {name}: {len(outputs)} output(s), {len(inputs)} input(s)")
            lines += [f"    out  {port}" for port in outputs]
            lines += [f"    in   {port}" for port in inputs]
    except Exception as err:
        lines.append(f"  unavailable: {err}")
    return "\n".join(lines)
