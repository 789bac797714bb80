"""MIDI: beat-locked output, a 24-ppqn clock, and input pushed to OSC subscribers.

The server side (:mod:`.subsystem`, :mod:`.endpoints`, :mod:`.process`) validates requests and forwards them;
the MIDI process (:mod:`.worker`) owns every port and sends each message on time.
"""
