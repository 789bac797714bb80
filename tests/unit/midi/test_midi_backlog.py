"""The server-side bound on MIDI messages waiting in the MIDI process."""

from __future__ import annotations

import pytest

from oscserver.exceptions import Overloaded
from oscserver.midi.backlog import Backlog


def test_messages_count_until_they_are_gone_and_the_limit_is_enforced() -> None:
    now = [0.0]
    backlog = Backlog(lambda: now[0], limit=3)
    backlog.admit("", 1.0)
    backlog.admit("", 2.0, note=True)
    backlog.admit("drums", 5.0, note=True)
    with pytest.raises(Overloaded, match="3 MIDI messages are already waiting; try again later"):
        backlog.admit("", 0.5)
    now[0] = 1.0  # the first is gone
    backlog.admit("", 1.5)
    assert len(backlog) == 3


def test_a_panic_forgets_the_notes_of_its_ports_only() -> None:
    backlog = Backlog(lambda: 0.0)
    backlog.admit("", 9.0, note=True)
    backlog.admit("", 9.0)  # a timed cc: the panic leaves it waiting
    backlog.admit("drums", 9.0, note=True)
    backlog.forget_notes([""])
    assert len(backlog) == 2
