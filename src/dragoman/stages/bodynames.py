"""Bodies named by proper nouns before a common noun ("the Stop Murder Music coalition", "the Black Gay
Men's Advisory Group"): a name of their own, which the entity recogniser found, not a description of an
earlier actor nor a body of the country of their context. Not "the Defence Ministry" or "the Foreign
Office": capitalised words of offices and sectors describe a state's body."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..parsed import ParsedDoc
from ..registry import Registry, fold

if TYPE_CHECKING:
    from .phrases import Phrase

__all__ = ["named_body"]

_VOCABULARY: dict[int, frozenset[str]] = {}
#: how the words of a name hang together before its head ("Save Our Cocoa", "Volta Growers' Advisory")
_NAME_DEPS = frozenset({"compound", "poss", "case", "nmod", "amod"})


def named_body(parsed: ParsedDoc, registry: Registry, phrase: Phrase) -> bool:
    """Whether an organisation's name (proper nouns of an ORG entity, one at least no word of an office
    or sector noun) makes the phrase up to its head; a possessive pronoun inside it ("Save Our Cocoa")
    owns nothing."""
    lo, head, owner = phrase.lo, phrase.head, phrase.pronoun_owner
    if owner is not None and parsed[owner].ent_type != "ORG":
        return False
    start = head
    while start - 1 >= lo and _name_word(parsed, start - 1) and parsed[start - 1].dep in _NAME_DEPS:
        start -= 1
    names = [i for i in range(start, head + 1) if parsed[i].pos == "PROPN" and _name_word(parsed, i)]
    if start == head or not names:
        return False
    words = _vocabulary(registry)
    return any(fold(parsed[i].text) not in words for i in names)


def _name_word(parsed: ParsedDoc, i: int) -> bool:
    tok = parsed[i]
    return tok.ent_type == "ORG" and (tok.text[:1].isupper() or tok.dep == "case")


def _vocabulary(registry: Registry) -> frozenset[str]:
    """Every word of the registry's offices and sector nouns."""
    key = id(registry)
    if key not in _VOCABULARY:
        _VOCABULARY[key] = frozenset(
            w for table in (registry.offices, registry.sector_nouns) for k in table for w in k
        )
    return _VOCABULARY[key]
