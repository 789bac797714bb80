"""The server-side bound on MIDI messages waiting in the MIDI process."""

from __future__ import annotations

import pytest

from oscserver.exceptions import Overloaded
from oscserver.midi.backlog import Backlog


def admit(backlog: Backlog, port: str, gone_by: float, note: bool = False) -> None:
    """As the subsystem does: room first, then the handover, then the count."""
    backlog.make_room()
    backlog.add(port, gone_by, note)


def test_messages_count_until_they_are_gone_and_the_limit_is_enforced() -> None:
    now = [0.0]
    backlog = Backlog(lambda: now[0], limit=3)
    admit(backlog, "", 1.0)
    admit(backlog, "", 2.0, note=True)
    admit(backlog, "drums", 5.0, note=True)
    with pytest.raises(Overloaded, match="3 MIDI messages are already waiting; try again later"):
        backlog.make_room()
    now[0] = 1.0  # the first is gone
    admit(backlog, "", 1.5)
    assert len(backlog) == 3


def test_a_panic_forgets_the_notes_of_its_ports_only() -> None:
    backlog = Backlog(lambda: 0.0)
    admit(backlog, "", 9.0, note=True)
    admit(backlog, "", 9.0)  # a timed cc: the panic leaves it waiting
    admit(backlog, "drums", 9.0, note=True)
    backlog.forget_notes([""])
    assert len(backlog) == 2


def test_a_dead_process_takes_everything_waiting_with_it() -> None:
    backlog = Backlog(lambda: 0.0, limit=2)
    admit(backlog, "", 3600.0)
    admit(backlog, "drums", 3600.0, note=True)
    backlog.clear()
    admit(backlog, "", 1.0)
    assert len(backlog) == 1
