"""Actor names standing alone: registry names and named entities outside actor phrases.

Also the helpers the actors stage shares: entities and coreference refs from registry hits, and the
conversion of token-range findings to :class:`~dragoman.schema.Mention` objects. A name used as a
place ("fled to Pakistan", "in Kenya", "visited Egypt") is no actor; :func:`country_heads` finds the
countries named, which :mod:`dragoman.stages.context` gives to bare sector nouns ("Police in Kenya").
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date

from rapidfuzz import fuzz

from ..parsed import ParsedDoc, Token
from ..registry import NameMatch, Registry, RegistryHit, fold, pieces
from ..schema import Entity, Mention
from .actoradjectives import (
    controlled_place,
    in_place_name,
    landform_of,
    listed_names,
    military_act,
    not_an_act,
    of_person,
)
from .actorbodies import transnational_body
from .refs import Found, Ref
from .surnames import HONORIFICS, lone_others, others_hit, others_surname

__all__ = [
    "HONORIFICS",
    "entity_mentions",
    "hit_ref",
    "is_locative",
    "is_place",
    "make_entity",
    "misspelt_country",
    "name_mentions",
    "other_given_name",
    "others_surname",
    "lone_others",
    "owner_hit",
    "country_heads",
    "to_mentions",
]

#: prepositions whose object is always a place ("in Kenya", "across Spain", "towards Goma")
LOCATIVE = frozenset(
    "in at near into across outside inside around toward towards via through within throughout along off "
    "onto".split()
)
#: prepositions whose object is a place after a verb of movement ("fled to Pakistan", "fled from Syria")
_DIRECTIONAL = frozenset({"to", "from"})
#: verbs whose prepositional object after "to"/"from" is a place, or whose object is ("visited Kyiv")
MOVEMENT = frozenset(
    "visit travel arrive reach enter tour fly return head flee go come move send deploy deport cross march "
    "migrate escape evacuate relocate drive sail walk transfer smuggle bring take withdraw retreat "
    "advance carry deliver ship transport airlift".split()
)
#: nouns of places: a name modifying one, or after "of" one, is a place ("the Lebanese city of Tripoli",
#: "the city's Bab al-Tabbaneh district", "the Kyiv region", "former UN bases")
PLACE_NOUNS = frozenset(
    "city town village capital region province district neighbourhood neighborhood suburb area border "
    "coast port county island base street square outskirts municipality governorate enclave valley".split()
)
#: nouns of the parts and people of a place: "Kyiv's streets", "Beijing's residents"
_PLACE_PARTS = PLACE_NOUNS | frozenset("resident airport centre center skyline population metro".split())
#: place nouns written as the last word of a place's name ("Sokoto State", "Darfur Region")
_NAME_PLACE_WORDS = frozenset({"state", "region", "province", "district", "county", "governorate"})
#: the clause roles in which a capital or seat stands for its government ("Beijing said", "urged Moscow")
_SEAT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "dative", "pobj", "agent", "ROOT"})
#: nouns whose "to" object is a place ("the ambassador to Argentina", "a trip to Chad")
_PLACE_NOUNS = frozenset("ambassador envoy trip visit journey flight route road".split())
#: nouns whose "with"/"between" object is a place ("the border with Bulgaria")
_BORDERS = frozenset("border frontier boundary crossing".split())
#: verbs whose direct object is a place ("visited Egypt"); "left Niger" keeps Niger an actor
_PLACE_OBJECT_VERBS = frozenset("visit tour enter reach cross".split())


def make_entity(
    text: str,
    name: str,
    code: str | None,
    sector: str | None,
    rule: str,
    *,
    office: str | None = None,
    wikidata: str | None = None,
    other_sectors: tuple[str, ...] = (),
) -> Entity:
    return Entity(
        entity_text=text,
        entity_name=name,
        code=code,
        sector=sector,
        other_sectors=other_sectors,
        wikidata_id=wikidata,
        office=office,
        rule=rule,
    )


def hit_ref(hit: RegistryHit, entity: Entity, *, plural: bool = False, gender: str | None = None) -> Ref:
    """The actor of a registry hit: a person is one actor whatever the office; others per sector."""
    entry = hit.entry
    if entry.kind == "person":
        return Ref(entry.key, entity, "person", True, entry.gender or gender, registry=True, role=hit.role)
    kind = entry.kind if hit.form != "people" else "sector"
    return Ref(f"{entry.key}|{hit.sector}", entity, kind, False, plural=plural, registry=True, role=hit.role)


def owner_hit(registry: Registry, match: NameMatch, on: date | None) -> RegistryHit | None:
    hits = [registry.resolve(ref, on=on) for ref in match.refs]
    for form in ("name", "adjective", "seat", "people", "region"):
        for hit in hits:
            if hit.form == form:
                return hit
    return None


def name_mentions(parsed: ParsedDoc, registry: Registry, match: NameMatch, on: date | None) -> list[Found]:
    """A registry name standing alone: a country, organisation, group, seat, people or adjective."""
    hit = owner_hit(registry, match, on)
    if hit is None or hit.form == "region" or _inside_larger_entity(parsed, match):
        return []  # a region ("Darfur") is a place, which only gives its actors their country
    inside = range(match.start, match.end)
    head = next((i for i in inside if parsed[i].head not in inside), match.end - 1)
    if is_locative(parsed, head) and (hit.entry.kind == "country" or _is_gpe(parsed, head)):
        return []  # a place: "fled to Pakistan", "in Kenya" (the sentence keeps its country)
    part_of = hit.entry.kind == "country" and hit.form == "name"  # "four regions of Ukraine": Ukraine's
    if _names_place(parsed, head, of=not part_of) or (hit.form == "seat" and not _seat_actor(parsed, head)):
        return []  # "the city of Tripoli", "the Kyiv region", "former UN bases", "Kyiv's streets"
    if hit.form == "adjective" and _modifies_place(parsed, head):
        return []  # "the northern Lebanese city of Tripoli"
    if in_place_name(parsed, head) if hit.entry.kind == "country" else controlled_place(parsed, head):
        return []  # "the Syrian Golan Heights", "Israeli-held territory", "Hamas-ruled Gaza"
    if hit.entry.kind == "country" and hit.form in ("name", "adjective") and not_an_act(parsed, head):
        return []  # "the Indian economy", "Japan's economy", "the US trade deficit", "remain British"
    if match.start > 0 and fold(parsed[match.start - 1].text).rstrip(".") in HONORIFICS:
        return []  # "Mr German": a surname
    if hit.entry.kind == "country" and _in_org_name(parsed, head):
        return []  # "the Law Society of Kenya": part of a body's name
    body = _national_body(parsed, registry, match, hit) if hit.entry.kind == "country" else None
    if body is not None:
        return [body]
    confidence = hit.confidence
    sector = _compound_sector(parsed, registry, head) if hit.form == "adjective" else None
    if sector is not None:  # "in Israeli police custody": the police's, "Israeli army bulldozers"
        hit = replace(hit, sector=sector)
    elif hit.form == "adjective" and of_person(parsed, head):  # "a Kenyan geologist": a civilian
        hit = replace(hit, form="people", rule="registry:country-people", sector="CVL")
    elif hit.form == "adjective" and hit.entry.kind == "country" and military_act(parsed, head):
        hit = replace(hit, sector="MIL")  # "Israeli air strikes": its military's
    if hit.form == "adjective" and parsed[head].dep not in ("amod", "compound", "nmod"):
        if _counted(parsed, head):  # "a Chilean", "a million Sudanese": people, not the state
            hit = replace(hit, form="people", rule="registry:country-people", sector="CVL")
        else:
            confidence *= 0.7
    text = parsed.span_text(match.start, match.end)
    name = hit.entry.name
    if hit.form == "people":
        name = hit.entry.people[0] if hit.entry.people else text
    elif hit.form == "seat" and hit.sector != "GOV":
        name = text.removeprefix("the ").removeprefix("The ")
    plural = hit.form == "people" or parsed[head].tag in ("NNS", "NNPS")
    entity = replace(hit.entity(text), entity_name=name)
    lo = match.start - 1 if match.start > 0 and parsed[match.start - 1].lower == "the" else match.start
    return [
        Found(lo, match.end, head, hit_ref(hit, entity, plural=plural), hit.rule, confidence, plural=plural)
    ]


def _compound_sector(parsed: ParsedDoc, registry: Registry, head: int) -> str | None:
    """The sector of a sector noun between an adjective and the noun both qualify: "police" of "Israeli
    police custody"."""
    noun = parsed[head].head
    if parsed[head].dep != "amod" or noun <= head + 1:
        return None
    between = range(head + 1, noun)
    if not all(parsed[k].head == noun and parsed[k].dep == "compound" for k in between):
        return None
    words = tuple(fold(p) for k in between for p in pieces(parsed[k].lemma))
    found = registry.sector_nouns.get(words)
    return found.sector if found is not None and found.sector and not found.needs_owner else None


def _names_place(parsed: ParsedDoc, head: int, *, of: bool = True) -> bool:
    """A name modifying a place noun or, with ``of``, after "of" one: "the Kyiv region", "the city of
    Tripoli"."""
    tok = parsed[head]
    governor = parsed[tok.head]
    if tok.dep in ("compound", "nmod") and governor.pos == "NOUN":
        return is_place_noun(governor)
    if of and tok.dep == "pobj" and governor.lower == "of" and governor.head != governor.i:
        return is_place_noun(parsed[governor.head])
    return False


def is_place_noun(tok: Token) -> bool:
    """A noun of :data:`PLACE_NOUNS`, by lemma or by its form ("bases", which the tagger may lemmatise
    as "basis")."""
    lower = tok.lower
    return tok.lemma.lower() in PLACE_NOUNS or lower in PLACE_NOUNS or lower.removesuffix("s") in PLACE_NOUNS


def _modifies_place(parsed: ParsedDoc, head: int) -> bool:
    """A nationality adjective on a place noun that names where, not whom: "in the Lebanese city of
    Tripoli", "deported to the Libyan border"; not "attacked a Somali army base"."""
    tok = parsed[head]
    place = parsed[tok.head]
    if tok.dep != "amod" or not is_place_noun(place):
        return False
    named = any(t.head == place.i and t.lower == "of" and t.i > place.i for t in parsed.tokens[place.i :])
    return named or is_locative(parsed, place.i)


def _seat_actor(parsed: ParsedDoc, head: int) -> bool:
    """A capital or seat in a clause role that makes it its government: subject ("Beijing said"),
    object ("urged Moscow"), object of a preposition other than "of" ("talks with Washington"), owner
    of something other than a place part ("Moscow's decision"; not "Kyiv's streets")."""
    tok = parsed[head]
    while tok.dep == "conj" and tok.head != tok.i:
        tok = parsed[tok.head]
    if tok.dep == "poss":
        return parsed[tok.head].lemma.lower() not in _PLACE_PARTS
    if tok.dep == "pobj":
        return parsed[tok.head].lower != "of"
    return tok.dep in _SEAT_DEPS


#: words that make a body named after its country a state body ("the US Department of Justice")
_STATE_BODIES = frozenset(
    "department ministry treasury customs bureau agency administration office service".split()
)


def _national_body(parsed: ParsedDoc, registry: Registry, match: NameMatch, hit: RegistryHit) -> Found | None:
    """A body whose name starts with a country's name or adjective and names no sector ("Kenya
    Airways"): of that country, not its government, sector unknown; a department, agency or office
    ("the US Department of Justice", "the UK Treasury") is GOV; a name ending in a noun for bodies of
    a sector has its sector ("the Ghana Football Association": SOC, "the Kenya Teachers Union": LAB)."""
    if hit.form not in ("name", "adjective"):
        return None
    ents = (e for e in parsed.ents if e.label == "ORG" and e.start <= match.start < match.end < e.end)
    ent = next((e for e in ents if not listed_names(parsed, e.start, e.end)), None)
    if ent is None or any(parsed[i].lower != "the" for i in range(ent.start, match.start)):
        return None
    end = ent.end - 1 if parsed[ent.end - 1].tag == "POS" else ent.end
    if end <= match.end:
        return None
    lo = match.start - 1 if match.start > 0 and parsed[match.start - 1].lower == "the" else match.start
    name = parsed.span_text(match.start, end)
    state = any(parsed[i].lemma.lower() in _STATE_BODIES for i in range(match.end, end))
    sector = "GOV" if state else _body_sector(parsed, registry, end - 1)
    entity = make_entity(parsed.span_text(lo, end), name, hit.code, sector, "registry:country-body")
    ref = Ref(f"org:{name}", entity, "organisation", False, names=[name])
    return Found(lo, end, end - 1, ref, entity.rule, 0.7)


def _body_sector(parsed: ParsedDoc, registry: Registry, last: int) -> str | None:
    """The sector of a noun for bodies ending a name ("Association", "Union"), not of persons."""
    noun = registry.sector_nouns.get((fold(parsed[last].lemma),))
    if noun is None or not noun.sector or not (noun.is_group or noun.owned) or noun.is_property:
        return None
    return noun.sector.split("|")[0]


def _in_org_name(parsed: ParsedDoc, head: int) -> bool:
    """A country after "of" that ends a body's name: "the Law Society of Kenya"."""
    tok = parsed[head]
    prep = parsed[tok.head]
    if tok.dep != "pobj" or prep.lower != "of":
        return False
    owner = parsed[prep.head]
    return owner.pos == "PROPN" and owner.ent_type == "ORG"


def _is_gpe(parsed: ParsedDoc, head: int) -> bool:
    """A name the recogniser takes for a place ("a summit in Brussels", the EU's seat)."""
    return parsed[head].ent_type in ("GPE", "LOC")


def _counted(parsed: ParsedDoc, head: int) -> bool:
    """A nationality word counted as persons: "a German", "three Sudanese", "a million Sudanese"."""
    return any(
        parsed[k].head == head and (parsed[k].lower in ("a", "an") or parsed[k].dep == "nummod")
        for k in range(max(0, head - 3), head)
    )


def _inside_larger_entity(parsed: ParsedDoc, match: NameMatch) -> bool:
    """A name inside a longer named entity ("New Jersey", "Michael Jordan", "University of Nairobi")."""
    for start, end, label in parsed.cached("names.entity_names", lambda: _entity_names(parsed)):
        if start <= match.start and match.end <= end and (end - start) > (match.end - match.start):
            if label in ("PERSON", "GPE", "LOC", "FAC", "WORK_OF_ART", "EVENT", "LAW"):
                return True
            if label == "ORG" and match.start > start:
                return True
    return False


def _entity_names(parsed: ParsedDoc) -> list[tuple[int, int, str]]:
    """The names of the document's entities: their token ranges without "the" or a closing
    possessive, with their labels."""
    names = []
    for ent in parsed.ents:
        if ent.label == "ORG" and listed_names(parsed, ent.start, ent.end):
            continue  # "Mali, Burkina Faso": names the recogniser joined, not one name
        start = ent.start + 1 if parsed[ent.start].lower == "the" else ent.start
        end = ent.end - 1 if parsed[ent.end - 1].tag == "POS" else ent.end  # "the United States'"
        names.append((start, end, ent.label))
    return names


def is_locative(parsed: ParsedDoc, head: int, *, unknown: bool = False) -> bool:
    """A name used as a place: object of "in", "across", ..., of "to"/"from" after a verb of movement
    ("fled to Pakistan") or "to" after "ambassador", of "with"/"between" after "border", or of a verb
    like "visit"; a conjunct as its first conjunct ("across Spain and Portugal"). ``unknown`` names (no
    registry entry) are places after "over" and "to" too ("the bridge over the Bosphorus", "took the
    crew to Hodeidah")."""
    tok = parsed[head]
    while tok.dep == "conj" and tok.head != tok.i:
        tok = parsed[tok.head]
    governor = parsed[tok.head]
    if tok.dep == "pobj":
        prep = governor.lower
        if prep in LOCATIVE or (unknown and prep in ("over", "to")):
            return True
        if prep in ("with", "between") and parsed[governor.head].lemma.lower() in _BORDERS:
            return True  # "its border with Bulgaria", "the frontier between Chad and Sudan"
        if prep in _DIRECTIONAL:
            owner = parsed[governor.head]
            if owner.pos == "VERB":
                return owner.lemma in MOVEMENT
            return prep == "to" and owner.lemma in _PLACE_NOUNS
        return False
    return tok.dep == "dobj" and governor.lemma in _PLACE_OBJECT_VERBS


def country_heads(
    parsed: ParsedDoc, registry: Registry, matches: Sequence[NameMatch], *, on: date | None = None
) -> dict[int, str]:
    """The head token of every country name, capital or region in the text -> the country's code
    (on the date ``on``: "Juba" in 2003 is Sudan's)."""
    heads: dict[int, str] = {}
    for match in matches:
        if _inside_larger_entity(parsed, match):
            continue
        inside = range(match.start, match.end)
        head = next((i for i in inside if parsed[i].head not in inside), match.end - 1)
        for ref in match.refs:
            entry = registry.entries[ref.key]
            if entry.kind != "country" or not entry.code:
                continue
            place = head if ref.form in ("name", "seat", "region") else landform_of(parsed, head)
            if place is not None:  # a landform: "in the Syrian Golan Heights" is in Syria
                heads[place] = registry.resolve(ref, on=on).code or entry.code
                break
    return heads


def entity_mentions(parsed: ParsedDoc, registry: Registry, claimed: set[int], on: date | None) -> list[Found]:
    """Named entities outside actor phrases (ORG, NORP, PERSON), through the registry when it knows them;
    an unknown name used as a place ("towards Goma", "in Devon") is none, nor an unknown adjective
    qualifying a noun ("the Muslim community"); a lone proper noun may
    misspell a registry person's surname ("Macorn told reporters")."""
    found = []
    for ent in parsed.ents:
        if ent.label not in ("ORG", "NORP", "PERSON", "GPE") or claimed.intersection(
            range(ent.start, ent.end)
        ):
            continue
        end = ent.end - 1 if parsed[ent.end - 1].tag == "POS" and ent.end - ent.start > 1 else ent.end
        label = ent.label
        if label == "GPE" and ent.start > 0 and fold(parsed[ent.start - 1].text).rstrip(".") in HONORIFICS:
            label = "PERSON"  # "Mr Hague": a person, whatever the recogniser took it for
        if label == "GPE":
            found.extend(
                misspelt_country(parsed, registry, ent.start, ent.end, on)
                or _misspelt_person(parsed, registry, ent.start, end, on)
            )
            continue
        claimed.update(range(ent.start, ent.end))
        text = parsed.span_text(ent.start, end)
        hits = [h for h in registry.lookup(text, on=on) if not others_hit(parsed, text, h)]
        fuzzy = registry.fuzzy(text, on=on) if not hits and ent.label != "NORP" else None
        hits = hits or ([fuzzy] if fuzzy is not None else [])
        if hits:
            ref = hit_ref(hits[0], hits[0].entity(text))
            found.append(Found(ent.start, end, end - 1, ref, hits[0].rule, hits[0].confidence))
            continue
        if label == "NORP" and parsed[end - 1].pos == "ADJ" and parsed[end - 1].dep in ("amod", "acomp"):
            continue  # "the Muslim community", "Jewish voters": a qualifier the registry does not know
        misspelt = _misspelt_person(parsed, registry, ent.start, end, on)
        if misspelt or is_place(parsed, ent.start, end):
            found.extend(misspelt)
            continue
        is_person = label == "PERSON"
        label = label.lower()
        name = text.removeprefix("the ").removeprefix("The ")
        body = transnational_body(parsed, registry, ent.start, end) if label == "org" else None
        code, sector = body or (None, None)
        entity = make_entity(text, name, code, sector, f"ner:{label}")
        kind = "person" if is_person else "organisation"
        gender = registry.gender(name) if is_person else None
        ref = Ref(f"{label}:{name}", entity, kind, is_person, gender, ent.label == "NORP", names=[name])
        found.append(Found(ent.start, end, end - 1, ref, f"ner:{label}", 0.5 if is_person else 0.4))
    for tok in parsed.tokens:
        if tok.pos == "PROPN" and not tok.ent_type and tok.i not in claimed and tok.dep in _ARGUMENT_DEPS:
            found.extend(
                misspelt_country(parsed, registry, tok.i, tok.i + 1, on)
                or _misspelt_person(parsed, registry, tok.i, tok.i + 1, on)
            )
    return found


#: the dependencies of a lone proper noun that may be a misspelt actor ("Macorn told reporters")
_ARGUMENT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "appos", "conj"})


def is_place(parsed: ParsedDoc, start: int, end: int) -> bool:
    """An unknown name used as a place: a locative object ("towards Goma", "in Devon", "over the
    Bosphorus"), a modifier of a common noun ("the Amazon fires") or of a place noun ("the city's Bab
    al-Tabbaneh district"), the "of" object of a place noun ("the city of Tripoli"), or a name ending
    in a place noun ("Sokoto State")."""
    inside = range(start, end)
    head = next((i for i in inside if parsed[i].head not in inside), end - 1)
    tok = parsed[head]
    the = parsed[start].lower == "the" or (start > 0 and parsed[start - 1].lower == "the")
    if tok.dep == "compound" and parsed[tok.head].pos == "NOUN" and the:
        return True
    last = parsed[end - 1]
    if end - start > 1 and last.text[:1].isupper() and last.lower in _NAME_PLACE_WORDS:
        return True  # "Sokoto State"
    return _names_place(parsed, head) or is_locative(parsed, head, unknown=True)


def _misspelt_person(
    parsed: ParsedDoc, registry: Registry, start: int, end: int, on: date | None
) -> list[Found]:
    """A one-word name that misspells a registry person's surname ("Erdgoan", "Netanyhau")."""
    if end - start != 1:
        return []
    text = parsed.span_text(start, end)
    hit = registry.fuzzy_surname(text, on=on) if not others_surname(parsed, text) else None
    if hit is None:
        return []
    return [Found(start, end, start, hit_ref(hit, hit.entity(text)), hit.rule, hit.confidence)]


def misspelt_country(
    parsed: ParsedDoc, registry: Registry, start: int, end: int, on: date | None
) -> list[Found]:
    """A place name the registry does not know that misspells a country or its people ("Ethopia")."""
    text = parsed.span_text(start, end)
    hit = registry.fuzzy(text, on=on, countries=True)
    if hit is None or is_locative(parsed, end - 1):
        return []
    ref = hit_ref(hit, replace(hit.entity(text), entity_name=hit.entry.name))
    return [Found(start, end, end - 1, ref, hit.rule, hit.confidence)]


def to_mentions(parsed: ParsedDoc, found: Sequence[Found]) -> list[Mention]:
    mentions = []
    seen: set[tuple[int, int, str, str | None, str | None]] = set()
    for item in found:
        start = parsed[item.start].idx
        end = parsed[item.end - 1].end
        text = parsed.text[start:end]
        entity = item.ref.final_entity(text, item.rule)
        key = (start, end, entity.entity_name, entity.code, entity.sector)
        if key in seen:
            continue
        seen.add(key)
        mentions.append(
            Mention(start, end, text, entity, parsed[item.head].sent, item.rule, round(item.confidence, 3))
        )
    mentions.sort(key=lambda m: (m.start, m.end))
    return mentions


def other_given_name(parsed: ParsedDoc, person: RegistryHit, start: int, surname: int) -> bool:
    """Whether the given name written before a registry surname is unlike every given name the registry
    has for that person ("Juan Ortega" for Daniel Ortega; not "Iyad Allawi" for Ayad Allawi, nor "Mike"
    for "Michael")."""
    if start >= surname:
        return False
    given = fold(parsed[start].text).rstrip(".")
    names = [pieces(n) for n in (person.entry.name, *person.entry.aliases)]
    firsts = {fold(p[0]) for p in names if len(p) > 1}
    if not firsts or len(given) < 2:
        return False
    return all(fuzz.ratio(given, first) < 50 for first in firsts)
