"""The looper's JACK client as the server names it: the name JACK gave (not the one asked for) in the log,
``/status`` and ``/audio/status``, again after the device came back under another name; and PortAudio told
the name before anything initialises it in the audio process."""

from __future__ import annotations

import ctypes.util
import logging
import subprocess
import sys

import pytest

from oscserver.audio.jackclient import JACK_CLIENT_NAME, jack_ports
from tests.unit.audio.looper_harness import Device, Harness, run_started


def test_the_ports_are_named_as_portaudio_names_them() -> None:
    assert jack_ports("oscserver-audio-01", 2, 1) == [
        "oscserver-audio-01:in_0",
        "oscserver-audio-01:in_1",
        "oscserver-audio-01:out_0",
    ]
    assert jack_ports("", 2, 2) == []  # off JACK there are none


def test_the_name_jack_gave_is_shown_and_again_after_the_device_came_back_under_another(
    caplog: pytest.LogCaptureFixture,
) -> None:
    async def test(h: Harness) -> None:
        caplog.set_level(logging.INFO, logger="oscserver.audio")
        said = "system, 48000 Hz, 256 frames, JACK client oscserver-audio (in_0 in_1 out_0 out_1)"
        assert dict(h.looper.status())["audio"] == said
        audio = dict(zip(*[iter(h.looper.audio_status())] * 2, strict=True))
        assert audio["jack_client"] == "oscserver-audio"
        assert audio["jack_ports"] == (
            "oscserver-audio:in_0 oscserver-audio:in_1 oscserver-audio:out_0 oscserver-audio:out_1"
        )
        # JACK went away; meanwhile another client took the name, so JACK gives this one a suffix.
        assert h.device.current is not None
        h.device.current.lose()
        h.device.jack_client = "oscserver-audio-01"
        await h.run(3.0)
        assert dict(h.looper.status())["audio_ok"] == 1
        assert dict(h.looper.status())["audio"] == said.replace("oscserver-audio", "oscserver-audio-01")
        audio = dict(zip(*[iter(h.looper.audio_status())] * 2, strict=True))
        assert audio["jack_client"] == "oscserver-audio-01"
        assert str(audio["jack_ports"]).split()[0] == "oscserver-audio-01:in_0"
        back = [r.getMessage() for r in caplog.records if "back on" in r.getMessage()]
        assert back == [
            "audio: back on system, 48000 Hz, 256 frames, JACK client oscserver-audio-01 "
            "(in_0 in_1 out_0 out_1); 0 loop(s) restored"
        ]

    run_started(test, device=Device(name="system", jack_client=JACK_CLIENT_NAME))


def test_a_device_off_jack_names_no_client() -> None:
    async def test(h: Harness) -> None:
        assert dict(h.looper.status())["audio"] == "test card, 48000 Hz, 256 frames"
        audio = dict(zip(*[iter(h.looper.audio_status())] * 2, strict=True))
        assert (audio["jack_client"], audio["jack_ports"]) == ("", "")

    run_started(test, device=Device())


def test_the_audio_process_imports_no_sounddevice_before_it_names_its_jack_client() -> None:
    if ctypes.util.find_library("portaudio") is None:
        pytest.skip("PortAudio (libportaudio2) is not installed")
    # A spawned audio process first imports the module of its target and the entry point's (oscserver.cli);
    # had any of them imported sounddevice, PortAudio would be initialised with its client named PortAudio.
    script = (
        "import sys, oscserver.cli, oscserver.audio.process\n"
        "from oscserver.audio.jackclient import name_jack_client\n"
        "print('sounddevice' in sys.modules, name_jack_client())\n"
        "import sounddevice\n"
        "print(name_jack_client())\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=60, check=True
    )
    # Not imported before; named (where PortAudio has JACK); too late once sounddevice is in.
    assert result.stdout.split() == ["False", "True", "False"], result.stderr
