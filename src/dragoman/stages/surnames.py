"""Surnames standing alone for the people an article names in full: "Mr Conte" after "Victor Conte" is
not the registry's Giuseppe Conte, "Mr Kennedy" after "Charles Kennedy" no misspelt "Kenney"."""

from __future__ import annotations

from datetime import date

from rapidfuzz import fuzz

from ..parsed import ParsedDoc
from ..registry import NameMatch, Registry, RegistryHit, fold, pieces

__all__ = [
    "HONORIFICS",
    "article_surnames",
    "given_name_adjective",
    "lone_others",
    "others_hit",
    "others_surname",
]

#: titles of address before a person's name, with the gender they give
HONORIFICS = {"mr": "m", "mrs": "f", "ms": "f", "miss": "f", "dr": None, "sir": "m", "dame": "f"}


def article_surnames(parsed: ParsedDoc) -> dict[str, set[str]]:
    """Folded surname -> folded given names of the people the article names in full ("Victor Conte",
    "Charles Kennedy"): the people its lone surnames refer to."""
    people: dict[str, set[str]] = {}
    for ent in parsed.ents:
        words = [t for t in parsed.tokens[ent.start : ent.end] if t.pos == "PROPN" and t.text[:1].isupper()]
        if ent.label != "PERSON" or len(words) < 2 or fold(words[0].text).rstrip(".") in HONORIFICS:
            continue
        people.setdefault(fold(words[-1].text), set()).add(fold(words[0].text))
    return people


def others_surname(parsed: ParsedDoc, word: str, person: RegistryHit | None = None) -> bool:
    """Whether the article names in full someone else with the surname ``word``: "Mr Conte" after
    "Victor Conte" is not the registry's Giuseppe Conte, "Mr Kennedy" after "Charles Kennedy" no
    misspelt "Kenney". Without ``person`` (a misspelling), any full name with that surname counts."""
    given = article_surnames(parsed).get(fold(word))
    if not given:
        return False
    if person is None:
        return True
    names = [pieces(n) for n in (person.entry.name, *person.entry.aliases)]
    firsts = {fold(p[0]) for p in names if len(p) > 1}
    return bool(firsts) and all(fuzz.ratio(g, f) < 50 for g in given for f in firsts)


def others_hit(parsed: ParsedDoc, text: str, hit: RegistryHit) -> bool:
    """A registry person's hit for a lone surname that names someone else of the article."""
    return hit.entry.kind == "person" and len(pieces(text)) == 1 and others_surname(parsed, text, hit)


def lone_others(parsed: ParsedDoc, registry: Registry, match: NameMatch, on: date | None) -> bool:
    """A registry surname standing alone for someone else the article names in full ("Victor Conte
    ... Mr Conte"), or the surname of that full name itself."""
    if match.end - match.start != 1 or not all(r.key.startswith("person:") for r in match.refs):
        return False
    text = parsed[match.start].text
    return all(others_hit(parsed, text, registry.resolve(r, on=on)) for r in match.refs)


def given_name_adjective(parsed: ParsedDoc, registry: Registry, match: NameMatch) -> bool:
    """A people's adjective that is also a given name opening a person's name: "Karen Bass" is a
    woman, not a Karen (Myanmar) person; "a Karen rebel base" keeps the adjective."""
    if (
        match.end - match.start != 1
        or match.end >= len(parsed)
        or not all(r.form == "adjective" for r in match.refs)
    ):
        return False
    word, after = parsed[match.start], parsed[match.end]
    if fold(word.text) not in registry.given_names or after.pos != "PROPN" or not after.text[:1].isupper():
        return False
    return word.ent_type == "PERSON" and after.ent_type == "PERSON"
