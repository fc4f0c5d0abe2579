"""Hand-built mentions and places for tests of the stages that take them (force, place parties)."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from dragoman.parsed import ParsedDoc
from dragoman.schema import Entity, Mention, Place
from dragoman.stages.modality import modality_of


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


def named_mentions(
    text: str, names: Sequence[str], sector: str = "GOV", *, distinct: bool = False
) -> list[Mention]:
    """Every whole-word occurrence of each name as a mention of sector ``sector``, in text order; all
    coded "XXX", or, with ``distinct``, each name its own code ("X00", "X01", ...)."""
    out: list[Mention] = []
    for n, name in enumerate(names):
        for m in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", text):
            entity = Entity(name, name.lower(), f"X{n:02d}" if distinct else "XXX", sector, rule="test")
            out.append(Mention(m.start(), m.end(), name, entity))
    return sorted(out, key=lambda m: m.start)


def cue_on(parse: Callable[[str], ParsedDoc], text: str, word: str) -> tuple[str, str]:
    """The modality and rule of the act on the (first) token ``word`` of the parsed ``text``."""
    parsed = parse(text)
    i = next(t.i for t in parsed.tokens if t.lower == word)
    cue = modality_of(parsed, i)
    return str(cue.modality), cue.rule
