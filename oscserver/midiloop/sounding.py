"""The notes a loop has handed to the MIDI sender and that may still sound, so a cut can release them.

A note handed over carries its own note-off (the sender pairs them), but a loop that stops, is cleared or is
undone before that note-off must end it at the cut. The release is a plain note-off at the cut's beat (or at
the note's own start, for a note handed over early that should not sound at all); the sender then drops the
note's own note-off, so each note-on still has exactly one.
"""

from __future__ import annotations

from dataclasses import dataclass

from oscserver.engine.timeline import BEAT_EPSILON


@dataclass
class HandedNote:
    loop: int
    port: str
    channel: int
    note: int
    start: float  # beats
    end: float


@dataclass(frozen=True)
class Release:
    port: str
    channel: int
    note: int
    beat: float


class SoundingNotes:
    def __init__(self) -> None:
        self._notes: list[HandedNote] = []

    def __len__(self) -> int:
        return len(self._notes)

    def add(self, note: HandedNote) -> None:
        self._notes.append(note)

    def forget_ended(self, beat: float) -> None:
        self._notes = [n for n in self._notes if n.end > beat + BEAT_EPSILON]

    def cut(self, loop: int, beat: float) -> list[Release]:
        """Note-offs for ``loop``'s notes still sounding at ``beat``; they are forgotten."""
        releases, kept = [], []
        for note in self._notes:
            if note.loop == loop and note.end > beat + BEAT_EPSILON:
                releases.append(Release(note.port, note.channel, note.note, max(beat, note.start)))
            else:
                kept.append(note)
        self._notes = kept
        return releases

    def clear(self) -> None:
        """Forget everything (after a panic, the sender released it all)."""
        self._notes.clear()
