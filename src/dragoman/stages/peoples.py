"""Peoples as owners of a noun phrase: ethnic communities ("Bosnian Serbs", "ethnic Albanians") and
nationality adjectives shared by coordinated nouns ("Sierra Leonean and Liberian refugees"), and
adjectives of regions that are no state's ("Latin American"); helpers of :mod:`~dragoman.stages.actors`."""

from __future__ import annotations

from datetime import date

from ..parsed import ParsedDoc
from ..registry import NameMatch, Office, Registry, RegistryHit, SectorNoun, fold
from .names import owner_hit
from .phrases import Phrase
from .phrasetree import Tree

__all__ = ["ethnic_adjective", "ethnic_people", "qualified_office", "regional", "shared_adjective", "stance"]


def shared_adjective(
    parsed: ParsedDoc, registry: Registry, by_end: dict[int, NameMatch], phrase: Phrase, on: date | None
) -> None:
    """A nationality adjective parsed as the head of a coordination whose last conjunct holds the noun:
    "Sierra Leonean and Liberian refugees" are refugees of both countries."""
    tok = parsed[phrase.head]
    match = by_end.get(tok.head) if tok.dep == "conj" else None
    if match is None or tok.head >= phrase.lo:
        return
    hit = owner_hit(registry, match, on)
    if hit is None or hit.form != "adjective" or hit.entry.kind != "country":
        return
    if all(parsed[i].pos in ("CCONJ", "PUNCT") for i in range(match.end, phrase.lo)):
        phrase.owners.insert(0, (match.start, match.end, hit))
        phrase.lo = match.start


#: a people named as an ethnic community: civilians, of the country their owner or context gives
_COMMUNITY = SectorNoun("CVL", is_group=False)


def ethnic_people(
    parsed: ParsedDoc,
    registry: Registry,
    phrase: Phrase,
    match: NameMatch,
    on: date | None,
    *,
    tree: Tree | None = None,
    by_end: dict[int, NameMatch] | None = None,
) -> None:
    """A country's people named as an ethnic community: of another country named before them
    ("Bosnian Serbs": BIH CVL) or after "of" ("the Albanians of Macedonia": MKD CVL), else of the
    country of their context ("ethnic Albanians in Serbia"); so are "ethnic Albanian guerrillas"
    (:func:`ethnic_adjective`)."""
    hit = owner_hit(registry, match, on)
    if hit is None or hit.form != "people" or hit.entry.kind != "country" or match.end - 1 != phrase.head:
        return
    others = [o for o in phrase.owners if o[1] <= match.start and o[2].entry.kind == "country"]
    if not others and tree is not None and by_end is not None:
        others = _of_country(parsed, registry, tree, by_end, phrase, on)
    others = [o for o in others if o[2].code != hit.code]
    if len(others) == 1:
        phrase.noun, phrase.noun_start, phrase.owners = _COMMUNITY, match.start, others
    elif not others and any(parsed[i].lower == "ethnic" for i in range(phrase.lo, match.start)):
        phrase.noun, phrase.noun_start, phrase.owners = _COMMUNITY, match.start, []


def _of_country(
    parsed: ParsedDoc,
    registry: Registry,
    tree: Tree,
    by_end: dict[int, NameMatch],
    phrase: Phrase,
    on: date | None,
) -> list[tuple[int, int, RegistryHit]]:
    """The country named by "of" after a people ("the Albanians of southern Serbia"), which the phrase
    then spans; no country when it names none."""
    for k in tree.kids[phrase.head]:
        if k <= phrase.head or parsed[k].dep != "prep" or parsed[k].lower != "of":
            continue
        for obj in (o for o in tree.kids[k] if parsed[o].dep == "pobj" and o in by_end):
            place = owner_hit(registry, by_end[obj], on)
            if place is not None and place.entry.kind == "country" and place.form == "name":
                phrase.hi = max(phrase.hi, tree.right_edge(k) + 1)
                return [(by_end[obj].start, by_end[obj].end, place)]
    return []


def ethnic_adjective(parsed: ParsedDoc, start: int, hit: RegistryHit) -> bool:
    return (
        hit.form == "adjective"
        and hit.entry.kind == "country"
        and start > 0
        and parsed[start - 1].lower == "ethnic"
    )


#: words before a nationality adjective that make it a region's ("Latin American", "Eastern European")
_REGION_WORDS = frozenset("Latin North South East West Central Eastern Western Northern Southern".split())


def regional(parsed: ParsedDoc, match: NameMatch) -> bool:
    """An adjective or people name after a word of region: "Latin American countries" are not the
    United States', "Eastern European governments" not the EU's."""
    if match.start == 0 or parsed[match.start - 1].text not in _REGION_WORDS:
        return False
    return all(ref.form in ("adjective", "people") for ref in match.refs)


#: prefixes that make a name the object of a stance, not the owner of the phrase ("anti-Syria journalist")
_STANCES = frozenset({"anti", "pro"})


def stance(parsed: ParsedDoc, match: NameMatch) -> bool:
    """A name after "anti-" or "pro-": "an anti-Syria journalist" and "pro-Russian separatists" are not
    Syria's or Russia's; the name is what they oppose or support."""
    if match.start >= 2 and parsed[match.start - 1].text == "-":
        return parsed[match.start - 2].lower in _STANCES
    return match.start >= 1 and parsed[match.start - 1].lower in ("anti-", "pro-")


#: the word that makes an office the opposition's ("shadow chancellor")
_SHADOW = "shadow"


def qualified_office(
    parsed: ParsedDoc, registry: Registry, phrase: Phrase, start: int, office: Office
) -> tuple[Office, int]:
    """An office as its qualifiers make it: a "shadow" minister is the opposition's (OPP); a leader
    of a people the registry does not know as a state's ("Yoruba leaders", "Kurdish leaders") is an
    elite of that community (ELI), not the government."""
    if start > phrase.lo and parsed[start - 1].lower == _SHADOW:
        return Office(f"shadow {office.role}", "OPP", office.gender), start - 1
    if office.role == "leader" and phrase.name is None and office.sector == "GOV":
        if any(_community_word(parsed, registry, i) for i in range(phrase.lo, start)):
            return Office(office.role, "ELI", office.gender), start
    return office, start


#: words of regions and of peoples of several states: their leaders are heads of states ("Arab leaders")
_REGIONAL = frozenset(
    "African Asian European Arab American Latin Caribbean Pacific Nordic Balkan Gulf Western Eastern "
    "Northern Southern North South East West Central Muslim Christian Islamic".split()
)


def _community_word(parsed: ParsedDoc, registry: Registry, i: int) -> bool:
    """A name of a people the registry knows as no state's and no region's ("Yoruba", "Kurdish")."""
    tok = parsed[i]
    if tok.text in _REGIONAL or (i > 0 and parsed[i - 1].text in _REGIONAL) or not tok.text[:1].isupper():
        return False
    if (fold(tok.text),) in registry.names:
        return False
    return tok.ent_type == "NORP" or (tok.pos == "PROPN" and tok.dep in ("compound", "amod"))
