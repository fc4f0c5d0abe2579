"""Definite descriptions for coreference: "the minister", "the group", "the two leaders", "the bloc".

A description takes, in order:

* with a possessive pronoun, the pronoun's actor as owner ("his government" -> that person's
  country's government; "their envoys"); "his Somali counterpart" is the office of the pronoun's
  actor held for the country named (Somalia's foreign minister after "Kenya's foreign minister");
* with "two" or "both" and a plural head, the last two distinct actors it describes, named people
  first ("The two leaders" after "Joe Biden met Rishi Sunak"); "the two governments" are those of the
  last two countries; "both sides" are the last two actors set against each other ("fighting between
  the army and the RSF"), not the subjects of its own clause ("Egypt and Qatar mediate between the two
  sides");
* "the X ministry" is the government of the X minister named before, the one who was a subject first
  ("Ghana's defence minister held talks with his Togolese counterpart, the defence ministry said");
* the nearest earlier actor with the same office, kind or sector within six sentences ("the
  minister", "the militants"); "the bloc" and "the alliance" also name the body of an earlier
  official of the European Union or NATO ("Kaja Kallas, the EU's foreign policy chief ... the bloc");
* else the country of its context (:mod:`dragoman.stages.context`: "the government" in a sentence about
  Argentina); else it stays a description without a country.

Adjectives used as nouns ("the wounded", "the dead") are never resolved to an earlier actor, and a
body's noun with an "of" complement naming a common noun ("the movement of workers") is no actor.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from ..parsed import ParsedDoc
from ..registry import Registry
from ..schema import Entity
from .context import with_country
from .refs import Found, Ref

__all__ = ["describe"]

_DESCRIPTION_WINDOW = 6
#: bodies a description names after one of their officials: noun -> registry name
_BODIES = {"bloc": "European Union", "alliance": "NATO"}
_COUNTING = frozenset({"two", "both"})


def describe(
    parsed: ParsedDoc,
    item: Found,
    history: list[Found],
    *,
    registry: Registry,
    pronoun: Callable[[int], list[Found]],
) -> list[Found]:
    """Resolve a description (or a counterpart) against the actors found before it."""
    if _other_sense(parsed, item):
        return []  # "the movement of aid convoys": no actor at all
    if item.pronoun_owner is not None:
        owners = pronoun(item.pronoun_owner)
        if item.ref.role == "counterpart":
            return [_counterpart(item, owners[0])] if owners else [item]
        if owners:
            return [_owned(item, owner, registry, local=item.local) for owner in owners]
    if parsed[item.head].pos != "ADJ":
        if item.plural and any(parsed[i].lower in _COUNTING for i in range(item.start, item.head)):
            several = _counted(parsed, item, history, registry)
            if len(several) == 2:
                return [replace(item, ref=prior.ref, confidence=0.55) for prior in several]
            if item.ref.entity.sector is None:
                return [item]  # "both sides" with no two parties before
        body = _body(parsed, item, history, registry) or _ministry(parsed, item, history, registry)
        if body is not None:
            return [body]
        found = _last_described(parsed, item, history, 1)
        if found:
            ref = found[0].ref
            if ref.entity.sector == "UAF" and item.ref.entity.sector == "REB":
                ref.entity = replace(ref.entity, sector="REB")  # what the gunmen are, said later
            return [replace(item, ref=ref, confidence=0.6)]
    if item.context is not None:
        return [with_country(parsed, item, item.context, registry)]
    if item.ref.entity.sector is None:
        return [item]
    return [replace(item, rule="sector" if not item.ref.person else "title", confidence=0.35)]


def _counted(parsed: ParsedDoc, item: Found, history: list[Found], registry: Registry) -> list[Found]:
    """The two actors of "the two leaders", "the two governments", "both sides"."""
    if item.ref.entity.sector is None:  # "both sides": the two parties last set against each other
        return _last_pair(parsed, item, history)
    if item.ref.kind == "group" and item.ref.entity.sector == "GOV":  # the governments of two countries
        return _two_governments(parsed, item, history, registry)
    described = _last_described(parsed, item, history, 2, named=True)
    return described if len(described) == 2 else _last_described(parsed, item, history, 2)


def _last_pair(parsed: ParsedDoc, item: Found, history: list[Found]) -> list[Found]:
    """The last two actors coordinated in one phrase, those after "between" first ("fighting between
    the army and the RSF ... both sides")."""
    sent = parsed[item.head].sent
    verb = item.head
    while parsed[verb].pos not in ("VERB", "AUX") and parsed[verb].head != verb:
        verb = parsed[verb].head
    pairs: list[tuple[bool, Found, Found]] = []
    for n, first in enumerate(history):
        if sent - parsed[first.head].sent > _DESCRIPTION_WINDOW or first.ref.person:
            continue
        root = first.head
        while parsed[root].dep == "conj" and parsed[root].head != root:
            root = parsed[root].head
        governor = parsed[root].head
        if parsed[governor].dep == "aux":  # "Egypt [are] mediating": the parser's head may be the auxiliary
            governor = parsed[governor].head
        if parsed[root].dep == "nsubj" and governor == verb:
            continue  # "Egypt and Qatar are mediating between the two sides": not the sides
        for second in history[n + 1 :]:
            tok = parsed[second.head]
            if tok.dep == "conj" and tok.head == first.head and second.ref is not first.ref:
                pairs.append((parsed[parsed[first.head].head].lower == "between", first, second))
    if not pairs:
        return []
    between = [p for p in pairs if p[0]]
    _, first, second = (between or pairs)[-1]
    return [first, second]


def _two_governments(parsed: ParsedDoc, item: Found, history: list[Found], registry: Registry) -> list[Found]:
    """ "the two governments": the governments of the last two countries whose actors came before."""
    sent = parsed[item.head].sent
    codes: list[str] = []
    for prior in reversed(history):
        if sent - parsed[prior.head].sent > _DESCRIPTION_WINDOW:
            break
        code = prior.ref.entity.code
        if code and code not in codes and registry.country(code) is not None:
            codes.append(code)
    if len(codes) < 2:
        return []
    return [f for f in (_government(item, code, registry) for code in reversed(codes[:2])) if f is not None]


def _government(item: Found, code: str, registry: Registry) -> Found | None:
    country = registry.country(code)
    if country is None:
        return None
    entity = Entity(item.ref.entity.entity_text, country.name, code, "GOV", (), country.wikidata_id)
    ref = Ref(f"{country.key}|GOV", replace(entity, rule="description"), "country", False, registry=True)
    return replace(item, ref=ref, confidence=0.55)


def _ministry(parsed: ParsedDoc, item: Found, history: list[Found], registry: Registry) -> Found | None:
    """ "the defence ministry" after "Ghana's defence minister held talks with his Togolese
    counterpart": the government of the minister of that portfolio who was a subject, else the last."""
    if parsed[item.head].lemma.lower() != "ministry" or item.plural:
        return None
    portfolio = {
        parsed[i].lower for i in range(item.start, item.head) if parsed[i].pos in ("NOUN", "ADJ", "PROPN")
    }
    sent = parsed[item.head].sent
    fits = [
        prior
        for prior in history
        if sent - parsed[prior.head].sent <= _DESCRIPTION_WINDOW
        and prior.ref.entity.code
        and portfolio & set((prior.ref.entity.office or "").split())
    ]
    subjects = [f for f in fits if parsed[f.head].dep in ("nsubj", "nsubjpass")]
    best = (subjects or fits)[-1:]
    return _government(item, best[0].ref.entity.code or "", registry) if best else None


def _last_described(
    parsed: ParsedDoc, item: Found, history: list[Found], count: int, *, named: bool = False
) -> list[Found]:
    """The last ``count`` distinct earlier actors the description fits, most recent first."""
    sent = parsed[item.head].sent
    found: list[Found] = []
    for prior in reversed(history):
        if sent - parsed[prior.head].sent > _DESCRIPTION_WINDOW:
            break
        if named and not (prior.ref.registry or prior.ref.names):
            continue  # "the two leaders": the people named, before "an Indian leader"
        if _describes(item.ref, prior.ref) and all(f.ref is not prior.ref for f in found):
            found.append(prior)
            if len(found) == count:
                break
    return found


def _other_sense(parsed: ParsedDoc, item: Found) -> bool:
    """A body's noun with no sector of its own and an "of" complement naming a common noun: another
    sense of the word ("restrictions on the movement of workers", "the body of a victim"), not an
    earlier organisation; "the organisation of the elections" likewise."""
    if item.ref.entity.sector is not None or item.ref.person:
        return False
    for prep in parsed.children(item.head):
        if prep.dep == "prep" and prep.lower == "of":
            return any(c.dep == "pobj" and c.pos == "NOUN" for c in parsed.children(prep.i))
    return False


def _describes(description: Ref, prior: Ref) -> bool:
    role = description.role
    if role is not None:
        if not prior.person or prior.role is None:
            return False
        if role == "leader":  # "the two leaders": heads of state or government, party and group leaders
            return prior.entity.sector in ("GOV", "OPP", "REB", "PTY")
        return prior.role == role or (role == "minister" and prior.role.endswith("minister"))
    sector = description.entity.sector
    if description.kind == "group":
        if sector == "GOV":
            return prior.kind == "country" and prior.entity.sector == "GOV"
        if sector is None:
            return prior.kind in ("organisation", "group")
        return prior.kind in ("organisation", "group", "sector") and _same_sector(sector, prior.entity.sector)
    return sector is not None and not prior.person and _same_sector(sector, prior.entity.sector)


def _same_sector(description: str, prior: str | None) -> bool:
    """ "The militants" after "gunmen": unidentified armed men described as rebels are those rebels."""
    return description == prior or (description == "REB" and prior == "UAF")


def _body(parsed: ParsedDoc, item: Found, history: list[Found], registry: Registry) -> Found | None:
    """ "the bloc" after an EU official, "the alliance" after a NATO official: that body."""
    name = _BODIES.get(parsed[item.head].lemma.lower())
    hits = registry.lookup(name, on=None) if name else []
    if not hits:
        return None
    hit = hits[0]
    sent = parsed[item.head].sent
    for prior in reversed(history):
        if sent - parsed[prior.head].sent > _DESCRIPTION_WINDOW:
            break
        if prior.ref.entity.code == hit.code:
            entity = hit.entity(item.ref.entity.entity_text, rule="description")
            ref = Ref(f"{hit.entry.key}|{hit.sector}", entity, hit.entry.kind, False, registry=True)
            return replace(item, ref=ref, confidence=0.55)
    return None


def _counterpart(item: Found, owner: Found) -> Found:
    """ "his Somali counterpart": the office of the pronoun's actor, for the country named."""
    office, role = owner.ref.entity.office, owner.ref.role
    entity = item.ref.entity
    if office is None or role is None or entity.code is None:
        return item
    country = entity.entity_name.rsplit(" of ", 1)[-1]
    name = f"{office} of {country}"
    new = replace(entity, entity_name=name, office=office, sector=owner.ref.entity.sector, rule="counterpart")
    ref = Ref(f"office:{country}:{role}", new, "person", True, None, role=role)
    return replace(item, ref=ref, rule="counterpart", confidence=0.6)


def _ever_governed(ref: Ref, registry: Registry) -> bool:
    """Whether a registry group ever held a national government ("Hamas ... its government")."""
    entry = registry.entries.get(ref.key.split("|")[0]) if ref.registry else None
    return entry is None or bool(entry.in_government)


def _owned(item: Found, owner: Found, registry: Registry, *, local: bool = True) -> Found:
    """A noun owned by a pronoun ("his government", "their envoys"): the owner's country and the
    noun's sector; an office owned so is the office of the owner ("envoy of Russia")."""
    code = owner.ref.entity.code
    sector = item.ref.entity.sector
    office = item.ref.entity.office
    if office is not None and item.ref.role is not None:
        name = f"{office} of {owner.ref.canonical or owner.ref.entity.entity_name}"
        key = f"office:{name}" + (":pl" if item.plural else "")
        entity = replace(item.ref.entity, entity_name=name, code=code, rule="pronoun+title")
        ref = Ref(key, entity, "person", not item.plural, item.ref.gender, item.plural, role=item.ref.role)
        return replace(item, ref=ref, rule="pronoun+title", confidence=0.5)
    if (
        owner.ref.kind == "group"
        and owner.ref.entity.sector
        and (sector not in (None, "GOV") or not _ever_governed(owner.ref, registry))
    ):
        return replace(
            item, ref=owner.ref, rule="pronoun+group", confidence=0.55
        )  # "The RSF ... its fighters", "the FIS ... its leadership" (the FIS never governed)
    country = registry.country(code) if code and local else None
    if country is None and code and owner.ref.kind in ("organisation", "group"):  # "MSF ... its staff"
        name = (
            f"{owner.ref.canonical or owner.ref.entity.entity_name} {item.ref.entity.entity_text.split()[-1]}"
        )
        entity = replace(
            item.ref.entity, entity_name=name, code=code, sector=sector or owner.ref.entity.sector
        )
        ref = Ref(f"member:{owner.ref.key}:{sector}", replace(entity, rule="pronoun+sector"), "sector", False)
        return replace(item, ref=ref, rule="pronoun+sector", confidence=0.5)
    if country is None or sector is None:
        return replace(item, confidence=0.35, rule="pronoun+sector")
    entity = Entity(item.ref.entity.entity_text, country.name, code, sector, (), None, None, "pronoun+sector")
    if sector == "GOV":
        entity = replace(entity, wikidata_id=country.wikidata_id)
        ref = Ref(f"{country.key}|GOV", entity, "country", False, registry=True)
    else:
        name = (
            f"{(country.adjectives or (country.name,))[0]} {item.ref.entity.entity_text.split()[-1].lower()}"
        )
        entity = replace(entity, entity_name=name)
        ref = Ref(f"sector:{code}:{sector}", entity, "sector", False, names=[name])
    return replace(item, ref=ref, rule="pronoun+sector", confidence=0.55)
