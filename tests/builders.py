"""Hand-built mentions and places for tests of the stages that take them (force, place parties)."""

from __future__ import annotations

from dragoman.schema import Entity, Mention, Place


def mention(text: str, words: str, code: str | None, sector: str | None, *, rule: str = "test") -> Mention:
    """The first occurrence of ``words`` in ``text`` as an actor mention."""
    start = text.index(words)
    entity = Entity(words, words.lower(), code, sector, rule=rule)
    return Mention(start, start + len(words), words, entity)


def place(text: str, words: str, code: str, resolution: int = 4) -> Place:
    """The first occurrence of ``words`` in ``text`` as a resolved place (a country at resolution 1)."""
    start = text.index(words)
    feature = "PCLI" if resolution == 1 else "PPL"
    return Place(start, start + len(words), words, words, 1, 0.0, 0.0, code, feature, resolution)
