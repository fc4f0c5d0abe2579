"""Hand-built mentions, places and triggers for tests of the stages that take them (force, place parties,
sense rules)."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from dragoman.lexicon import Trigger, load_lexicon
from dragoman.parsed import ParsedDoc
from dragoman.schema import Entity, Event, Mention, Place
from dragoman.stages.events import find_events
from dragoman.stages.modality import modality_of


def mention(text: str, words: str, code: str | None, sector: str | None, *, rule: str = "test") -> Mention:
    """The first occurrence of ``words`` in ``text`` as an actor mention."""
    start = text.index(words)
    entity = Entity(words, words.lower(), code, sector, rule=rule)
    return Mention(start, start + len(words), words, entity)


def bare_mention(name: str, sector: str | None, rule: str = "test", code: str | None = "GBR") -> Mention:
    """A mention of ``name`` at the start of a text, for rules that read only its entity."""
    return Mention(0, len(name), name, Entity(name, name.lower(), code, sector, rule=rule))


def lexicon_trigger(*words: str) -> Trigger:
    """A trigger of the lexicon entry with these words, on token 0, for rules that read only its entry."""
    entry = next(e for e in load_lexicon().entries if e.words == words)
    return Trigger(entry=entry, head=0, tokens=(0,), noun=None)


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


def hand_coded(
    parsed: ParsedDoc, mentions: Sequence[Mention], places: Sequence[Place] = (), *, attackers: bool = False
) -> list[Event]:
    """The events of a parse whose mentions and places were built by hand (no times, no article date)."""
    return find_events(
        parsed, mentions=mentions, times=[], places=places, article_date=None, unnamed_attackers=attackers
    )


def only_event(found: Sequence[Event], etype: str) -> Event:
    """The one event of type ``etype`` among ``found`` (the assertion lists them all when not one)."""
    same = [e for e in found if str(e.event) == etype]
    assert len(same) == 1, [(str(e.event), e.event_text) for e in found]
    return same[0]
