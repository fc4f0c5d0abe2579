"""Actor mentions from the noun phrases the actors stage has analysed (:class:`Phrase`).

A phrase with a person's name is that person, with the office and country the text gives, else the
registry's on the date; an office with an owner is the holder on the date when the registry knows one
("Kenya's president" -> William Ruto), else the office of that owner; a sector noun with an owner is
that owner's sector ("Indian police" -> IND COP; "the Taliban government" -> AFG GOV while the
Taliban govern); without an owner, a definite description is left to coreference and a bare noun to
its context (:mod:`dragoman.stages.context`). :func:`merge_appositions` shares office, sector noun and
owners between a name and its apposed title ("Leila Haddad, a Lebanese journalist", "Irish singer Bono").
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date

from ..parsed import ParsedDoc
from ..registry import Office, Registry, RegistryHit, SectorNoun, fold
from .bodynames import named_body
from .names import HONORIFICS, hit_ref, is_locative, is_place, make_entity, others_surname
from .refbodies import as_body, regional_force, surface_noun
from .refs import Found, Ref

__all__ = [
    "GENERIC_ROLES",
    "HONORIFICS",
    "Phrase",
    "apposed_name_end",
    "merge_appositions",
    "phrase_mentions",
]

#: offices that take their sector from the organisation that holds them ("Hamas spokesman")
GENERIC_ROLES = frozenset({"leader", "spokesperson", "chief", "commander", "envoy", "general secretary"})
#: modifiers that make a sector noun nobody's in particular ("foreign forces")
_FOREIGN = frozenset({"foreign", "international", "western", "allied", "overseas", "outside"})
#: adjectives of regions of several states ("African leaders", "Latin American countries"): no one
#: country's (an adjective the registry knows, "American", "European", is an owner unless a word of
#: region comes before it: see dragoman.stages.peoples)
_REGIONAL = frozenset(
    "African Asian European American Latin Nordic Scandinavian Balkan Baltic Caribbean".split()
)


@dataclass
class Phrase:
    """What a noun phrase is made of: owners, an office or sector noun, a person's name."""

    head: int
    lo: int
    hi: int
    plural: bool = False
    name: tuple[int, int] | None = None
    person: RegistryHit | None = None
    office: Office | None = None
    office_text: str = ""
    office_start: int = 0
    noun: SectorNoun | None = None
    noun_start: int = 0
    owners: list[tuple[int, int, RegistryHit]] = field(default_factory=list)
    pronoun_owner: int | None = None
    definite: bool = False


def phrase_mentions(parsed: ParsedDoc, registry: Registry, phrase: Phrase, on: date | None) -> list[Found]:
    text = parsed.span_text(phrase.lo, phrase.hi)
    if phrase.noun is not None and phrase.office is None and phrase.name is None:  # "rights group"
        longer = surface_noun(parsed, registry, phrase.lo, phrase.head, phrase.noun_start)
        phrase.noun_start, phrase.noun = longer or (phrase.noun_start, phrase.noun)
    office, noun = phrase.office, phrase.noun
    if phrase.name is not None:
        if phrase.person is None:
            name = parsed.span_text(*phrase.name)
            surname = registry.fuzzy_surname(name, on=on) if not others_surname(parsed, name) else None
            phrase.person = registry.fuzzy(name, on=on) or surname
        if phrase.person is None and office is None and is_place(parsed, *phrase.name):
            return []  # "towards Goma", "campaigned in Devon": a place the recogniser took for a person
        found = _person_found(parsed, registry, phrase, text)
        if _body_office(parsed, phrase):  # "Balco president Victor Conte": the firm's, not a state's
            found.ref.entity = replace(found.ref.entity, sector=None)
            return [found]
        titled = office is not None and found.ref.entity.code is None and not found.ref.registry
        return [replace(found, local=True) if titled else found]  # "Judge X ... Chilean officials"
    if not phrase.owners and phrase.pronoun_owner is None and _predicative(parsed, phrase):
        return []  # "his ambition to be prime minister", "a man of integrity", "return as a minister"
    if noun is not None and not noun.sector and _modifies_noun(parsed, phrase.head):
        return []  # "the elite body guard"
    if office is not None:
        if phrase.owners:
            made = [_office_found(registry, phrase, office, hit, text, on) for _, _, hit in phrase.owners]
            if office.role == "counterpart":  # "his Somali counterpart": coreference gives the office
                made = [replace(f, pronoun_owner=phrase.pronoun_owner) for f in made]
            return made
        if phrase.definite or phrase.pronoun_owner is not None:
            return [_description(phrase, text)]
        head = parsed[phrase.head]
        bare = head.pos == "NOUN" and (office.sector != "MIL" or phrase.plural)
        # "a military spokesman said": a spokesman of the story's military
        local = phrase.plural or (office.role in GENERIC_ROLES and noun is not None and bool(noun.sector))
        local = local and not _nobodys(parsed, phrase)  # "West African leaders": of no one country
        return [replace(_bare_office(phrase, office, text), local=local)] if bare else []
    if noun is None or (noun.needs_owner and not phrase.owners):
        return []  # "components for drones", "the drones": arms without their owner
    if noun.is_property and _as_place(parsed, phrase):
        return []  # "fighting in Iraqi towns": where, not whom
    if phrase.owners and _ally_of_country(parsed, phrase):  # "Israel's militia ally": not Israel
        kind = _qualifier(parsed, registry, phrase)
        return [replace(_bare_sector(parsed, phrase, kind or noun, text), local=kind is not None)]
    if phrase.owners:
        return [_sector_found(parsed, phrase, noun, hit, end, on) for _, end, hit in phrase.owners]
    if noun.subject_only:  # "Air defences shot down ...": the story's; "supplying air defences": none
        subject = parsed[phrase.head].dep in ("nsubj", "nsubjpass") and phrase.pronoun_owner is None
        return [replace(_bare_sector(parsed, phrase, noun, text), local=True)] if subject else []
    if not noun.sector and parsed[phrase.head].lemma.lower() in _SIDES:
        return [_description(phrase, text)] if _counted_sides(parsed, phrase) else []
    if noun.sector == "GOV" and phrase.definite and _locative_country(parsed, phrase):
        return []  # "withdrew from the country": a place
    if phrase.definite and any(parsed[i].lower in _SIDES_OF_PLACES for i in range(phrase.lo, phrase.head)):
        return []  # "the west bank of the Dnipro"
    if not noun.sector and phrase.pronoun_owner is None and not phrase.definite:
        return []  # "a radical alliance", "relief agencies": no one's, and nobody named before
    if named_body(parsed, registry, phrase):
        return []  # "the Stop Murder Music coalition": a name, not a description
    if phrase.pronoun_owner is not None or phrase.definite or not noun.sector:
        return [_description(phrase, text)]
    if regional_force(parsed, phrase.lo, phrase.head, noun):  # "a regional force": its region's body's
        return [as_body(_bare_sector(parsed, phrase, noun, text), "IGO")]
    foreign = _nobodys(parsed, phrase)
    head = parsed[phrase.head]
    if head.dep == "compound" and parsed[head.head].pos == "NOUN":
        return []  # "the police station"
    if head.dep == "poss" and phrase.plural and parsed[phrase.lo].lower in ("a", "an"):
        return []  # "a donors' conference": the article is the conference's
    place = head.dep == "pobj" and parsed[head.head].lower in ("from", "to", "in", "at", "into")
    if noun.owned and not foreign:  # "opposition parties": only with a country from the context
        unowned = _bare_sector(parsed, phrase, noun, text)
        kept = phrase.plural or _acting_body(parsed, phrase, noun)  # "A newspaper based in Beirut said"
        return [replace(unowned, local=True, rule="owned")] if kept and not place else []
    if noun.sector == "GOV" and noun.is_group:  # "government said": the article's government
        return [_bare_sector(parsed, phrase, noun, text) if foreign else _description(phrase, text)]
    return [replace(_bare_sector(parsed, phrase, noun, text), local=noun.local and not foreign)]


def merge_appositions(parsed: ParsedDoc, phrases: dict[int, Phrase]) -> None:
    """A name and its apposed title describe one person: share office and owners both ways."""
    for head, phrase in phrases.items():
        tok = parsed[head]
        if tok.dep != "appos" or tok.head not in phrases:
            continue
        other = phrases[tok.head]
        if other.name is None and phrase.name is None and _names_a_person(parsed, other, phrase):
            start = other.head  # "Amadou Diallo, a spokesman for ...": a name the recogniser took for an ORG
            while start > other.lo and parsed[start - 1].pos == "PROPN":
                start -= 1
            other.name = (start, other.head + 1)
        named, title = (other, phrase) if other.name is not None else (phrase, other)
        if named.name is None or title.name is not None:
            continue
        if title.office is None:  # "Leila Haddad, a Lebanese journalist"; "Irish singer Bono"
            noun = title.noun
            if noun is None and not _country_owned(parsed, title):
                continue
            if (noun is None or noun.sector) and named.office is None and named.noun is None:
                named.noun, named.owners = noun, named.owners or list(title.owners)
                title.name, title.person = named.name, named.person
            continue
        if named.office is None:
            named.office, named.office_text = title.office, title.office_text
            named.noun = named.noun or title.noun
        if not named.owners:
            named.owners = list(title.owners)
        title.name, title.person = named.name, named.person  # the title keeps its own span


def _country_owned(parsed: ParsedDoc, title: Phrase) -> bool:
    """A common noun of a country's ("Irish singer"), apposed to a name: that person's nationality."""
    return (
        parsed[title.head].pos == "NOUN"
        and bool(title.owners)
        and all(hit.entry.kind == "country" for _, _, hit in title.owners)
    )


def _names_a_person(parsed: ParsedDoc, named: Phrase, title: Phrase) -> bool:
    """A proper noun outside the registry, apposed to an office or a noun for persons, is a person."""
    if parsed[named.head].pos != "PROPN" or named.person is not None or named.owners:
        return False
    noun = title.noun
    return title.office is not None or (noun is not None and not noun.is_group and bool(noun.sector))


#: sector nouns for another party than their owner: "Israel's allies" are not Israel
_ALLIES = frozenset({"ally"})


def _body_office(parsed: ParsedDoc, phrase: Phrase) -> bool:
    """An office of a body the registry does not know, named just before it: "Acme president X",
    "the Bay Area Lab Co-Operative (Balco) president X"."""
    start = phrase.office_start
    if phrase.office is None or phrase.owners or phrase.person is not None or start == 0:
        return False
    before = start - 1 if parsed[start - 1].text != ")" else start - 2
    return before >= 0 and parsed[before].sent == parsed[start].sent and parsed[before].ent_type == "ORG"


def _ally_of_country(parsed: ParsedDoc, phrase: Phrase) -> bool:
    """An ally of a country named as its owner ("US allies", "Israel's militia ally")."""
    return parsed[phrase.head].lemma.lower() in _ALLIES and all(
        hit.entry.kind == "country" for _, _, hit in phrase.owners
    )


def _qualifier(parsed: ParsedDoc, registry: Registry, phrase: Phrase) -> SectorNoun | None:
    """A sector noun qualifying the head: "militia" of "its militia ally" (PRM)."""
    for i in range(phrase.lo, phrase.head):
        tok = parsed[i]
        noun = registry.sector_nouns.get((fold(tok.lemma),)) if tok.dep == "compound" else None
        if noun is not None and noun.sector and noun.sector != "GOV":
            return noun
    return None


def _acting_body(parsed: ParsedDoc, phrase: Phrase, noun: SectorNoun) -> bool:
    """A body named by a singular noun that is the subject of a clause ("a court ruled", "a newspaper
    reported"): an actor of its context's country; not "a country" or "a ministry", said in general."""
    return parsed[phrase.head].dep in ("nsubj", "nsubjpass") and noun.sector not in ("", "GOV")


def _nobodys(parsed: ParsedDoc, phrase: Phrase) -> bool:
    """A modifier that makes the phrase no one country's: "foreign forces", "West African leaders"."""
    return any(
        parsed[i].lower in _FOREIGN or parsed[i].text in _REGIONAL for i in range(phrase.lo, phrase.head)
    )


def _as_place(parsed: ParsedDoc, phrase: Phrase) -> bool:
    head = parsed[phrase.head]
    return head.dep == "pobj" and parsed[head.head].lower in _PLACE_PREPS


#: prepositions whose object is a place ("in Iraqi towns", "near Palestinian homes"); not "to" or "from",
#: which also name a recipient or a source ("cut supplies to a Cambodian refugee camp")
_PLACE_PREPS = frozenset("in at into inside near across around outside within throughout".split())


def _predicative(parsed: ParsedDoc, phrase: Phrase) -> bool:
    """A bare office or noun said of someone rather than naming an actor: the complement of "be"
    ("to be prime minister", "a man of integrity") or the object of "as" ("return as a minister")."""
    head = parsed[phrase.head]
    if head.dep in ("attr", "oprd"):
        return True
    return head.dep == "pobj" and parsed[head.head].lower == "as" and not phrase.definite


def _modifies_noun(parsed: ParsedDoc, head: int) -> bool:
    tok = parsed[head]
    return tok.dep == "compound" and parsed[tok.head].pos == "NOUN"


#: words that make a noun a part of a place ("the west bank", "the left bank")
_SIDES_OF_PLACES = frozenset({"west", "east", "north", "south", "left", "right"})

#: nouns for the parties to a conflict, resolved only when counted: "both sides", "the two sides"
_SIDES = frozenset({"side"})


def _counted_sides(parsed: ParsedDoc, phrase: Phrase) -> bool:
    """ "both sides", "the two sides"; not "both sides of the border"."""
    counted = any(parsed[i].lower in ("both", "two") for i in range(phrase.lo, phrase.head))
    of = phrase.head + 1 < len(parsed) and parsed[phrase.head + 1].lower == "of"
    return counted and phrase.plural and not of


def _locative_country(parsed: ParsedDoc, phrase: Phrase) -> bool:
    """ "the country" or "the nation" as a place: "withdrew from the country", "across the country"."""
    return parsed[phrase.head].lemma.lower() in ("country", "nation") and is_locative(parsed, phrase.head)


def _found(phrase: Phrase, ref: Ref, rule: str, confidence: float) -> Found:
    return Found(phrase.lo, phrase.hi, phrase.head, ref, rule, confidence, plural=phrase.plural)


def _person_found(parsed: ParsedDoc, registry: Registry, phrase: Phrase, text: str) -> Found:
    """A named person, with the office and country the text gives, else the registry's on the date."""
    start, end = phrase.name or (phrase.head, phrase.head + 1)
    office, hit = phrase.office, phrase.person
    owner = phrase.owners[0][2] if phrase.owners else None
    before = fold(parsed[start - 1].text).rstrip(".") if start > 0 else ""
    gender = (office.gender if office else None) or HONORIFICS.get(before)
    code = owner.code if owner else (hit.code if hit else None)
    sector = office.sector if office else (hit.sector if hit else None)
    if office is None and phrase.noun is not None and phrase.noun.sector and hit is None:
        sector = phrase.noun.sector  # "Farmer Maria Santos", "Leila Haddad, a Lebanese journalist"
    if office and office.role in GENERIC_ROLES:
        if owner and owner.entry.kind in ("group", "organisation") and owner.sector:
            sector = owner.sector  # "leader of the Plaid Cymru group": the party's, not the noun's
        elif phrase.noun and phrase.noun.sector:
            sector = phrase.noun.sector
    if sector is None and hit is None and owner is not None and owner.entry.kind == "country":
        sector = "CVL"  # "Kenyan Susan Chepkemei", "US actor X": a private person of that country
    elif (
        sector is None and hit is None and owner is not None and owner.entry.kind == "group" and owner.sector
    ):
        sector = owner.sector  # "Liberal Democrat David Laws": the party's (PTY)
    others: tuple[str, ...] = ()
    if office is not None and hit is not None and _heads_state(office, hit):
        sector, others = hit.sector, hit.other_sectors  # "Lt. Gen. Prosper Avril", president: GOV, MIL
    if _out_of_office(parsed, phrase, start, hit):
        sector = "ELI"  # "former president X", "ousted leader X": an elite, no longer the government
    rule = "title" if office else (hit.rule if hit else "ner:person")
    if hit is not None:
        entity = make_entity(
            text,
            hit.entry.name,
            code,
            sector or hit.sector,
            rule,
            office=phrase.office_text or hit.office,
            wikidata=hit.entry.wikidata_id,
            other_sectors=others,
        )
        return _found(
            phrase, hit_ref(hit, entity, gender=gender), rule, max(hit.confidence, 0.85 if office else 0)
        )
    name = parsed.span_text(start, end)
    gender = gender or registry.gender(name)
    entity = make_entity(text, name, code, sector, rule, office=phrase.office_text or None)
    ref = Ref(
        f"person:{name}", entity, "person", True, gender, role=office.role if office else None, names=[name]
    )
    return _found(phrase, ref, rule, 0.85 if office else 0.7)


def _heads_state(office: Office, hit: RegistryHit) -> bool:
    """A rank the registry's head of state holds besides the office ("General X", the junta's president):
    the person is coded by the office (GOV), the rank's sector another of theirs."""
    return hit.sector == "GOV" and office.sector in hit.other_sectors


#: words before a title that say its holder no longer holds it
_FORMER = frozenset({"former", "ousted", "deposed", "exiled", "ex", "onetime", "one-time"})
#: registry rules of a person named on a date outside their terms of office
_OUT_OF_OFFICE = frozenset({"registry:person-former", "registry:person-before-office"})


def _out_of_office(parsed: ParsedDoc, phrase: Phrase, start: int, hit: RegistryHit | None) -> bool:
    """A person the text calls a former holder of their title, or a registry person named without a
    title on a date outside their terms: an elite (PLOVER ELI), not the government."""
    if any(parsed[i].lower in _FORMER for i in range(phrase.lo, start)):
        return phrase.office is not None and phrase.office.sector == "GOV"
    return phrase.office is None and phrase.noun is None and hit is not None and hit.rule in _OUT_OF_OFFICE


def _office_found(
    registry: Registry, phrase: Phrase, office: Office, owner: RegistryHit, text: str, on: date | None
) -> Found:
    """An office of a country or organisation without a name: the holder on the date when known."""
    role = office.role if owner.entry.kind == "country" else f"{owner.entry.name} {office.role}"
    one_each = not phrase.plural or len(phrase.owners) > 1  # "the presidents of Russia and China"
    holders = registry.holder(owner.code, role, on=on) if owner.code and one_each else []

    if len(holders) == 1:
        person = holders[0]
        entity = make_entity(
            text,
            person.entry.name,
            person.code,
            person.sector,
            "title+registry",
            office=phrase.office_text,
            wikidata=person.entry.wikidata_id,
        )
        return _found(phrase, hit_ref(person, entity), "title+registry", 0.85)
    sector: str | None = office.sector
    if office.role in GENERIC_ROLES and owner.entry.kind in ("group", "organisation"):
        sector = owner.sector
    if office.role in GENERIC_ROLES and phrase.noun is not None and phrase.noun.sector:
        sector = phrase.noun.sector  # "Afghan rebel leaders": REB
    name = f"{phrase.office_text} of {owner.entry.name}"
    entity = make_entity(text, name, owner.code, sector, "title", office=phrase.office_text)
    key = f"office:{owner.entry.name}:{office.role}" + (":pl" if phrase.plural else "")
    ref = Ref(key, entity, "person", not phrase.plural, office.gender, plural=phrase.plural, role=office.role)
    return _found(phrase, ref, "title", 0.8)


def _bare_office(phrase: Phrase, office: Office, text: str) -> Found:
    """An office without country or name ("a minister"): the office alone, low confidence."""
    sector = office.sector
    if office.role in GENERIC_ROLES and phrase.noun is not None and phrase.noun.sector:
        sector = phrase.noun.sector  # "a military spokesman": MIL
    entity = make_entity(text, phrase.office_text, None, sector, "title", office=phrase.office_text)
    ref = Ref(f"office::{office.role}:{phrase.head}", entity, "person", True, office.gender, role=office.role)
    return _found(phrase, ref, "title", 0.4)


def _description(phrase: Phrase, text: str) -> Found:
    """A definite description for coreference to resolve ("the minister", "the group")."""
    office, noun = phrase.office, phrase.noun
    sector = office.sector if office else (noun.sector if noun and noun.sector else None)
    if office is not None and office.role in GENERIC_ROLES and noun is not None and noun.sector:
        sector = noun.sector  # "the police spokesman": COP
    entity = make_entity(text, text, None, sector, "description", office=phrase.office_text or None)
    kind = "person" if office else ("group" if noun and noun.is_group else "sector")
    gender, role = (office.gender, office.role) if office else (None, None)
    ref = Ref(
        f"description:{phrase.head}", entity, kind, office is not None, gender, phrase.plural, role=role
    )
    return Found(
        phrase.lo,
        phrase.hi,
        phrase.head,
        ref,
        "description",
        0.3,
        phrase.plural,
        phrase.pronoun_owner,
        noun.local if noun else True,
    )


def _bare_sector(parsed: ParsedDoc, phrase: Phrase, noun: SectorNoun, text: str) -> Found:
    """A sector noun without owner ("police", "protesters"): the sector, no country."""
    first = parsed[phrase.lo]
    name = (
        text
        if first.pos == "PROPN" or first.ent_type not in ("", "CARDINAL")
        else text[:1].lower() + text[1:]
    )
    entity = make_entity(text, name, None, noun.sector, "sector")
    key = f"sector::{noun.sector}:{parsed[phrase.head].lemma.lower()}"
    ref = Ref(key, entity, "sector", False, plural=phrase.plural, names=[name])
    return _found(phrase, ref, "sector", 0.5)


def _sector_found(
    parsed: ParsedDoc, phrase: Phrase, noun: SectorNoun, owner: RegistryHit, end: int, on: date | None
) -> Found:
    """A sector noun owned by a country or group: "Indian police", "Hamas fighters"."""
    text = parsed.span_text(phrase.lo, phrase.hi)
    entry = owner.entry
    if entry.kind == "group" and noun.sector == "GOV" and noun.is_group and entry.governs(on):
        entity = make_entity(
            text, entry.name, owner.code, "GOV", "group+government", wikidata=entry.wikidata_id
        )
        return _found(
            phrase, Ref(f"{entry.key}|GOV", entity, "group", False, registry=True), entity.rule, 0.85
        )
    if entry.kind in ("group", "organisation"):
        if entry.sector is None and not (owner.code == "NGO" and noun.sector == "GOV"):
            owner = replace(owner, sector=noun.sector)  # "UN peacekeepers": MIL; "Red Cross officials": none
        return _found(phrase, hit_ref(owner, owner.entity(text, rule="group+sector")), "group+sector", 0.85)
    code, sector = owner.code, noun.sector or "GOV"
    if entry.kind == "country" and sector == "GOV" and noun.is_group:
        entity = make_entity(text, entry.name, code, sector, "nationality+sector", wikidata=entry.wikidata_id)
        entity = replace(entity, other_sectors=noun.other_sectors)  # "Mali's junta": GOV, and MIL
        return _found(
            phrase, Ref(f"{entry.key}|GOV", entity, "country", False, registry=True), entity.rule, 0.9
        )
    org = next((e for e in parsed.ents if e.label == "ORG" and e.start <= phrase.head < e.end), None)
    if org is not None and phrase.lo <= org.start + 1:  # a named body: "the Nigerian Union of Teachers"
        phrase.lo, phrase.hi = min(phrase.lo, org.start), max(phrase.hi, org.end)
        text = parsed.span_text(phrase.lo, phrase.hi)
        name = text if phrase.hi > org.end else org.text  # "the Law Society of Kenya"
        name = name.removeprefix("the ").removeprefix("The ")
        entity = make_entity(text, name, code, sector, "nationality+sector")
        return _found(
            phrase, Ref(f"org:{name}", entity, "organisation", False, names=[name]), entity.rule, 0.85
        )
    base = entry.name if entry.kind == "person" else (entry.adjectives or (entry.name,))[0]
    words_from = max(phrase.noun_start, end) if end <= phrase.head else phrase.noun_start  # "of Serbia"
    name = f"{base} {parsed.span_text(words_from, phrase.head + 1).lower()}"
    entity = make_entity(text, name, code, sector, "nationality+sector")
    plural = phrase.plural or (noun.is_group and sector == "CVL")  # "a British couple ... them"
    ref = Ref(f"sector:{code}:{sector}", entity, "sector", False, plural=plural, names=[name])
    return replace(_found(phrase, ref, "nationality+sector", 0.85), plural=plural)


def apposed_name_end(parsed: ParsedDoc, phrase: Phrase) -> int:
    """The end of an organisation's name apposed without a comma to a noun for a body of a sector
    ("Japanese carmaker Toyota"): one actor; else the phrase's own end."""
    if phrase.noun is None or not phrase.noun.is_group or phrase.hi >= len(parsed):
        return phrase.hi
    tok = parsed[phrase.hi]
    if tok.dep != "appos" or tok.head != phrase.head or tok.ent_type != "ORG" or tok.ent_iob != "B":
        return phrase.hi
    end = phrase.hi + 1
    while end < len(parsed) and parsed[end].ent_type == "ORG" and parsed[end].ent_iob == "I":
        end += 1
    return end
