"""The actors stage: every actor mention of an article, resolved to a registry entry or a description.

Sources of mentions, in one pass over each noun phrase of the parse:

* registry names (longest match over tokens through a precompiled index, case-aware: "US" is not
  "us"); country names are governments (GOV), adjectives alone modify something an actor owns
  ("a Chilean proposal" -> CHL GOV), people forms are civilians ("Chileans" -> CHL CVL), capitals
  and seats are metonyms ("Beijing said", "the Pentagon") except as places ("in Beijing");
* people with office from titles and appositions ("Ethiopian Prime Minister Abiy Ahmed",
  "Chile's foreign minister", "Ali Bagheri, Iran's deputy foreign minister"), resolved to the
  registry person who held the office on the article's date when the text names no one;
* nationality adjectives and owners on sector nouns ("Indian police" -> IND COP);
* named entities the registry does not know (PERSON, ORG, NORP);

then :mod:`dragoman.stages.coref` links pronouns, definite descriptions and surnames, and gives every
actor one canonical name.

Conventions: a mention's span covers its syntactic head token; a phrase naming several actors ("the
foreign ministers of Chile and Peru") gives one mention per actor on the same span; mentions are
sorted by (start, end).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date

from ..parsed import ParsedDoc
from ..registry import NameMatch, Office, Registry, RegistryHit, SectorNoun, fold, pieces
from ..schema import Entity, Mention
from . import coref
from .coref import Found, Ref

__all__ = ["resolve_actors"]

#: dependants to the left of a noun that belong to its phrase
_LEFT_DEPS = frozenset({"det", "amod", "compound", "poss", "nmod", "nummod", "quantmod", "npadvmod", "case"})
#: prepositions whose object is a place, not an actor ("in Beijing")
_LOCATIVE = frozenset(
    "in at to from near into across outside inside around toward towards via through within across "
    "throughout between along off onto".split()
)
#: verbs whose object is a place ("visited Kyiv")
_MOVEMENT = frozenset("visit travel arrive reach leave enter tour fly return head".split())
_NOMINAL = frozenset({"NOUN", "PROPN"})
#: an adjective in a noun's place is a head ("the NATO secretary-general" with "general" as head)
_NOMINAL_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "conj", "appos", "attr"})
_HONORIFICS = {"mr": "m", "mrs": "f", "ms": "f", "miss": "f", "dr": None, "sir": "m", "dame": "f"}
#: offices that take their sector from the organisation that holds them ("Hamas spokesman")
_GENERIC_ROLES = frozenset({"leader", "spokesperson", "chief", "commander", "envoy"})


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
    noun: SectorNoun | None = None
    noun_start: int = 0
    owners: list[tuple[int, int, RegistryHit]] = field(default_factory=list)
    pronoun_owner: int | None = None
    definite: bool = False


def resolve_actors(parsed: ParsedDoc, *, registry: Registry, article_date: date | None) -> list[Mention]:
    """Every actor mention of ``parsed``, resolved against ``registry`` on ``article_date``."""
    if not parsed.tokens:
        return []
    tree = _Tree(parsed)
    matches = registry.scan(parsed)
    by_end = {m.end - 1: m for m in matches}
    found: list[Found] = []
    claimed: set[int] = set()
    phrases: dict[int, Phrase] = {}
    for tok in parsed.tokens:
        if tok.pos in _NOMINAL or tok.i in by_end or (tok.pos == "ADJ" and tok.dep in _NOMINAL_DEPS):
            phrases[tok.i] = _phrase(parsed, tree, registry, by_end, tok.i, article_date)
    _merge_appositions(parsed, phrases)
    inside_name = {i: m for m in matches if m.end - m.start > 1 for i in range(m.start, m.end)}
    for head in sorted(phrases, key=lambda h: phrases[h].lo - phrases[h].hi):
        phrase = phrases[head]
        if head in claimed or not _is_actor(phrase) or _breaks_name(phrase, inside_name.get(head)):
            continue
        made = _phrase_mentions(parsed, registry, phrase, article_date)
        if made:
            found.extend(made)
            claimed.update(range(phrase.lo, phrase.hi))
    for match in matches:
        if not claimed.intersection(range(match.start, match.end)):
            found.extend(_name_mentions(parsed, registry, match, article_date))
            claimed.update(range(match.start, match.end))
    found.extend(_entity_mentions(parsed, registry, claimed, article_date))
    found = coref.resolve(parsed, found, registry=registry)
    return _to_mentions(parsed, found)


# -- the parse ---------------------------------------------------------------------------------------------


class _Tree:
    """Children, left edges and folded words of every token, computed once per document."""

    def __init__(self, parsed: ParsedDoc) -> None:
        self.kids: list[list[int]] = [[] for _ in parsed.tokens]
        for tok in parsed.tokens:
            if tok.head != tok.i:
                self.kids[tok.head].append(tok.i)
        self._edge: dict[int, int] = {}
        #: folded pieces of each token's lemma (its text for proper nouns): how tables are matched
        self.words = [
            tuple(fold(p) for p in pieces(t.text if t.pos == "PROPN" else t.lemma)) for t in parsed.tokens
        ]
        #: the forms a phrase's last token may take: lemma, text, text without a plural "s"
        self.lasts: list[set[tuple[str, ...]]] = []
        for tok, words in zip(parsed.tokens, self.words, strict=True):
            text = tuple(fold(p) for p in pieces(tok.text))
            forms = {words, text, tuple(fold(p) for p in pieces(tok.lemma))}
            if text and text[-1].endswith("s"):
                forms.add((*text[:-1], text[-1][:-1]))
            self.lasts.append(forms)

    def left_edge(self, i: int) -> int:
        if i not in self._edge:
            self._edge[i] = min([i, *(self.left_edge(k) for k in self.kids[i] if k < i)])
        return self._edge[i]

    def right_edge(self, i: int) -> int:
        return max([i, *(self.right_edge(k) for k in self.kids[i] if k > i)])


def _table_match(
    tree: _Tree, lo: int, end: int, table: dict[tuple[str, ...], Office] | dict[tuple[str, ...], SectorNoun]
) -> tuple[int, Office | SectorNoun] | None:
    """The longest table phrase ending at token ``end - 1`` and starting at or after ``lo``."""
    for start in range(max(lo, end - 6), end):
        if not tree.words[start]:
            continue
        words = tuple(w for i in range(start, end - 1) for w in tree.words[i])
        for last in tree.lasts[end - 1]:
            value = table.get(words + last)
            if value is not None:
                return start, value
    return None


# -- noun phrases ----------------------------------------------------------------------------------------


def _phrase(
    parsed: ParsedDoc,
    tree: _Tree,
    registry: Registry,
    by_end: dict[int, NameMatch],
    head: int,
    on: date | None,
) -> Phrase:
    tok = parsed[head]
    lo = head
    for k in tree.kids[head]:
        if k < head and parsed[k].dep in _LEFT_DEPS:
            lo = min(lo, tree.left_edge(k))
    match = by_end.get(head)
    if match is not None:
        lo = min(lo, match.start)
    end = _hyphenated_end(parsed, head)
    phrase = Phrase(head, lo, end, plural=tok.tag in ("NNS", "NNPS") or "Number=Plur" in tok.morph)
    phrase.definite = parsed[lo].lower in ("the", "this", "that", "these", "those")
    name_end = end
    person = _person_match(registry, match, on)
    if person is not None and match is not None:
        phrase.person, phrase.name = person, (match.start, match.end)
        name_end = match.start
    elif match is None and tok.ent_type == "PERSON" and tok.pos == "PROPN":
        start = head
        while start > lo and parsed[start - 1].ent_type == "PERSON" and parsed[start - 1].ent_iob != "O":
            start -= 1
        start = _strip_titles(parsed, registry, start, head + 1)
        if start <= head:
            phrase.name = (start, head + 1)
            name_end = start
    titles = _table_match(tree, lo, name_end, registry.offices) if name_end > lo else None
    rest_end = name_end
    if titles is not None and isinstance(titles[1], Office):
        phrase.office = titles[1]
        phrase.office_text = _office_words(parsed, titles[0], name_end)
        rest_end = titles[0]
        qualifier = _table_match(tree, lo, rest_end, registry.sector_nouns) if rest_end > lo else None
        if qualifier is not None and isinstance(qualifier[1], SectorNoun):
            phrase.noun, phrase.noun_start = qualifier[1], qualifier[0]
            rest_end = qualifier[0]
    elif phrase.name is None and match is None:
        nouns = _table_match(tree, lo, end, registry.sector_nouns)
        if nouns is not None and isinstance(nouns[1], SectorNoun):
            phrase.noun, phrase.noun_start = nouns[1], nouns[0]
            rest_end = nouns[0]
    _owners(parsed, registry, by_end, phrase, rest_end, on)
    if phrase.office is not None or phrase.noun is not None:
        _of_owners(parsed, tree, registry, by_end, phrase, on)
    return phrase


def _hyphenated_end(parsed: ParsedDoc, head: int) -> int:
    """The end of a head noun with its hyphenated tail: "secretary-general" parsed as "secretary"."""
    end = head + 1
    while (
        end + 1 < len(parsed)
        and parsed[end].text == "-"
        and not parsed[end - 1].whitespace
        and not parsed[end].whitespace
        and parsed[end + 1].pos in ("NOUN", "PROPN", "ADJ")
    ):
        end += 2
    return end


def _office_words(parsed: ParsedDoc, start: int, end: int) -> str:
    """An office as written, singular: "Foreign Ministers" -> "foreign minister"."""
    last = parsed[end - 1]
    text = parsed.span_text(start, end - 1) + parsed[end - 2].whitespace if end - 1 > start else ""
    singular = last.lemma if last.tag in ("NNS", "NNPS") else last.text
    return (text + singular).lower()


def _person_match(registry: Registry, match: NameMatch | None, on: date | None) -> RegistryHit | None:
    if match is None:
        return None
    for ref in match.refs:
        if ref.key.startswith("person:"):
            return registry.resolve(ref, on=on)
    return None


def _strip_titles(parsed: ParsedDoc, registry: Registry, start: int, end: int) -> int:
    """Move a name's start past titles and honorifics the entity recogniser included."""
    while start < end - 1:
        word = fold(parsed[start].text).rstrip(".")
        if word in _HONORIFICS or (word,) in registry.offices:
            start += 1
        else:
            break
    return start


def _owners(
    parsed: ParsedDoc,
    registry: Registry,
    by_end: dict[int, NameMatch],
    phrase: Phrase,
    end: int,
    on: date | None,
) -> None:
    """Registry names and possessive pronouns in ``[phrase.lo, end)``: whose office or sector it is."""
    for i in range(phrase.lo, end):
        tok = parsed[i]
        if tok.tag == "PRP$" and tok.dep == "poss":
            phrase.pronoun_owner = i
        match = by_end.get(i)
        if match is None or match.start < phrase.lo:
            continue
        hit = _owner_hit(registry, match, on)
        if hit is not None:
            phrase.owners.append((match.start, match.end, hit))


def _owner_hit(registry: Registry, match: NameMatch, on: date | None) -> RegistryHit | None:
    hits = [registry.resolve(ref, on=on) for ref in match.refs]
    for form in ("name", "adjective", "seat", "people"):
        for hit in hits:
            if hit.form == form:
                return hit
    return None


def _of_owners(
    parsed: ParsedDoc,
    tree: _Tree,
    registry: Registry,
    by_end: dict[int, NameMatch],
    phrase: Phrase,
    on: date | None,
) -> None:
    """Owners named after the head: "the foreign ministers of Chile and Peru"."""
    if phrase.owners or phrase.name is not None:
        return
    for k in tree.kids[phrase.head]:
        if k > phrase.head and parsed[k].dep == "prep" and parsed[k].lower == "of":
            objects = [o for o in tree.kids[k] if parsed[o].dep == "pobj"]
            while objects:
                obj = objects.pop(0)
                objects.extend(c for c in tree.kids[obj] if parsed[c].dep == "conj")
                match = by_end.get(obj)
                hit = _owner_hit(registry, match, on) if match is not None else None
                if match is not None and hit is not None and match.start > k:
                    phrase.owners.append((match.start, match.end, hit))
            if phrase.owners:
                phrase.hi = tree.right_edge(k) + 1
            return


def _merge_appositions(parsed: ParsedDoc, phrases: dict[int, Phrase]) -> None:
    """A name and its apposed title describe one person: share office and owners both ways."""
    for head, phrase in phrases.items():
        tok = parsed[head]
        if tok.dep != "appos" or tok.head not in phrases:
            continue
        other = phrases[tok.head]
        named, title = (other, phrase) if other.name is not None else (phrase, other)
        if named.name is None or title.office is None or title.name is not None:
            continue
        if named.office is None:
            named.office, named.office_text = title.office, title.office_text
        if not named.owners:
            named.owners = list(title.owners)
        title.name, title.person = named.name, named.person  # the title keeps its own span


def _breaks_name(phrase: Phrase, match: NameMatch | None) -> bool:
    """A phrase whose head sits inside a longer registry name ("Doctors" of "Doctors Without Borders")."""
    if match is None or match.end - 1 == phrase.head:
        return False
    return not (phrase.lo <= match.start and match.end <= phrase.hi)


def _is_actor(phrase: Phrase) -> bool:
    return phrase.name is not None or phrase.office is not None or phrase.noun is not None


# -- mentions from phrases ------------------------------------------------------------------------------


def _phrase_mentions(parsed: ParsedDoc, registry: Registry, phrase: Phrase, on: date | None) -> list[Found]:
    text = parsed.span_text(phrase.lo, phrase.hi)
    office, noun = phrase.office, phrase.noun
    if phrase.name is not None:
        if phrase.person is None and phrase.name is not None:
            phrase.person = registry.fuzzy(parsed.span_text(*phrase.name), on=on)
        return [_person_found(parsed, phrase, text)]
    if office is not None:
        if phrase.owners:
            return [_office_found(registry, phrase, office, hit, text, on) for _, _, hit in phrase.owners]
        if phrase.definite or phrase.pronoun_owner is not None:
            return [_description(phrase, text)]
        head = parsed[phrase.head]
        bare = head.pos == "NOUN" and (office.sector != "MIL" or phrase.plural)
        return [_bare_office(phrase, office, text)] if bare else []
    if noun is None:
        return []
    if phrase.owners:
        return [_sector_found(parsed, phrase, noun, hit, end) for _, end, hit in phrase.owners]
    if phrase.pronoun_owner is not None or phrase.definite or not noun.sector:
        return [_description(phrase, text)]
    if noun.owned:
        return []
    if noun.sector == "GOV" and noun.is_group:  # "government said": the article's government
        return [_description(phrase, text)]
    return [_bare_sector(parsed, phrase, noun, text)]


def _found(phrase: Phrase, ref: Ref, rule: str, confidence: float) -> Found:
    return Found(phrase.lo, phrase.hi, phrase.head, ref, rule, confidence, plural=phrase.plural)


def _entity(
    text: str,
    name: str,
    code: str | None,
    sector: str | None,
    rule: str,
    *,
    office: str | None = None,
    wikidata: str | None = None,
) -> Entity:
    return Entity(
        entity_text=text,
        entity_name=name,
        code=code,
        sector=sector,
        wikidata_id=wikidata,
        office=office,
        rule=rule,
    )


def _hit_ref(hit: RegistryHit, entity: Entity, *, plural: bool = False, gender: str | None = None) -> Ref:
    """The actor of a registry hit: a person is one actor whatever the office; others per sector."""
    entry = hit.entry
    if entry.kind == "person":
        return Ref(entry.key, entity, "person", True, entry.gender or gender, registry=True, role=hit.role)
    kind = entry.kind if hit.form != "people" else "sector"
    return Ref(f"{entry.key}|{hit.sector}", entity, kind, False, plural=plural, registry=True, role=hit.role)


def _person_found(parsed: ParsedDoc, phrase: Phrase, text: str) -> Found:
    """A named person, with the office and country the text gives, else the registry's on the date."""
    start, end = phrase.name or (phrase.head, phrase.head + 1)
    office, hit = phrase.office, phrase.person
    owner = phrase.owners[0][2] if phrase.owners else None
    before = fold(parsed[start - 1].text).rstrip(".") if start > 0 else ""
    gender = (office.gender if office else None) or _HONORIFICS.get(before)
    code = owner.code if owner else (hit.code if hit else None)
    sector = office.sector if office else (hit.sector if hit else None)
    if office and office.role in _GENERIC_ROLES:
        if owner and owner.entry.kind in ("group", "organisation"):
            sector = owner.sector
        if phrase.noun and phrase.noun.sector:
            sector = phrase.noun.sector
    rule = "title" if office else (hit.rule if hit else "ner:person")
    if hit is not None:
        entity = _entity(
            text,
            hit.entry.name,
            code,
            sector or hit.sector,
            rule,
            office=phrase.office_text or hit.office,
            wikidata=hit.entry.wikidata_id,
        )
        return _found(
            phrase, _hit_ref(hit, entity, gender=gender), rule, max(hit.confidence, 0.85 if office else 0)
        )
    name = parsed.span_text(start, end)
    entity = _entity(text, name, code, sector, rule, office=phrase.office_text or None)
    ref = Ref(
        f"person:{name}", entity, "person", True, gender, role=office.role if office else None, names=[name]
    )
    return _found(phrase, ref, rule, 0.85 if office else 0.7)


def _office_found(
    registry: Registry, phrase: Phrase, office: Office, owner: RegistryHit, text: str, on: date | None
) -> Found:
    """An office of a country or organisation without a name: the holder on the date when known."""
    role = office.role if owner.entry.kind == "country" else f"{owner.entry.name} {office.role}"
    holders = registry.holder(owner.code, role, on=on) if owner.code and not phrase.plural else []

    if len(holders) == 1:
        person = holders[0]
        entity = _entity(
            text,
            person.entry.name,
            person.code,
            person.sector,
            "title+registry",
            office=phrase.office_text,
            wikidata=person.entry.wikidata_id,
        )
        return _found(phrase, _hit_ref(person, entity), "title+registry", 0.85)
    sector: str | None = office.sector
    if office.role in _GENERIC_ROLES and owner.entry.kind in ("group", "organisation"):
        sector = owner.sector
    name = f"{phrase.office_text} of {owner.entry.name}"
    entity = _entity(text, name, owner.code, sector, "title", office=phrase.office_text)
    key = f"office:{owner.entry.name}:{office.role}" + (":pl" if phrase.plural else "")
    ref = Ref(key, entity, "person", not phrase.plural, office.gender, plural=phrase.plural, role=office.role)
    return _found(phrase, ref, "title", 0.8)


def _bare_office(phrase: Phrase, office: Office, text: str) -> Found:
    """An office without country or name ("a minister"): the office alone, low confidence."""
    entity = _entity(text, phrase.office_text, None, office.sector, "title", office=phrase.office_text)
    ref = Ref(f"office::{office.role}:{phrase.head}", entity, "person", True, office.gender, role=office.role)
    return _found(phrase, ref, "title", 0.4)


def _description(phrase: Phrase, text: str) -> Found:
    """A definite description for coreference to resolve ("the minister", "the group")."""
    office, noun = phrase.office, phrase.noun
    sector = office.sector if office else (noun.sector if noun and noun.sector else None)
    entity = _entity(text, text, None, sector, "description", office=phrase.office_text or None)
    kind = "person" if office else ("group" if noun and noun.is_group else "sector")
    gender, role = (office.gender, office.role) if office else (None, None)
    ref = Ref(
        f"description:{phrase.head}", entity, kind, office is not None, gender, phrase.plural, role=role
    )
    return Found(
        phrase.lo, phrase.hi, phrase.head, ref, "description", 0.3, phrase.plural, phrase.pronoun_owner
    )


def _bare_sector(parsed: ParsedDoc, phrase: Phrase, noun: SectorNoun, text: str) -> Found:
    """A sector noun without owner ("police", "protesters"): the sector, no country."""
    first = parsed[phrase.lo]
    name = text if first.pos == "PROPN" or first.ent_type else text[:1].lower() + text[1:]
    entity = _entity(text, name, None, noun.sector, "sector")
    key = f"sector::{noun.sector}:{parsed[phrase.head].lemma.lower()}"
    ref = Ref(key, entity, "sector", False, plural=phrase.plural, names=[name])
    return _found(phrase, ref, "sector", 0.5)


def _sector_found(parsed: ParsedDoc, phrase: Phrase, noun: SectorNoun, owner: RegistryHit, end: int) -> Found:
    """A sector noun owned by a country or group: "Indian police", "Hamas fighters"."""
    text = parsed.span_text(phrase.lo, phrase.hi)
    entry = owner.entry
    if entry.kind in ("group", "organisation"):
        return _found(phrase, _hit_ref(owner, owner.entity(text, rule="group+sector")), "group+sector", 0.85)
    code, sector = owner.code, noun.sector or "GOV"
    if entry.kind == "country" and sector == "GOV" and noun.is_group:
        entity = _entity(text, entry.name, code, sector, "nationality+sector", wikidata=entry.wikidata_id)
        return _found(
            phrase, Ref(f"{entry.key}|GOV", entity, "country", False, registry=True), entity.rule, 0.9
        )
    org = next((e for e in parsed.ents if e.label == "ORG" and e.start <= phrase.head < e.end), None)
    if org is not None and phrase.lo <= org.start + 1:  # a named body: "the Nigerian Union of Teachers"
        phrase.lo, phrase.hi = min(phrase.lo, org.start), max(phrase.hi, org.end)
        text = parsed.span_text(phrase.lo, phrase.hi)
        name = org.text.removeprefix("the ").removeprefix("The ")
        entity = _entity(text, name, code, sector, "nationality+sector")
        return _found(
            phrase, Ref(f"org:{name}", entity, "organisation", False, names=[name]), entity.rule, 0.85
        )
    base = entry.name if entry.kind == "person" else (entry.adjectives or (entry.name,))[0]
    name = f"{base} {parsed.span_text(max(phrase.noun_start, end), phrase.head + 1).lower()}"
    entity = _entity(text, name, code, sector, "nationality+sector")
    ref = Ref(f"sector:{code}:{sector}", entity, "sector", False, plural=phrase.plural, names=[name])
    return _found(phrase, ref, "nationality+sector", 0.85)


# -- names outside actor phrases ------------------------------------------------------------------------


def _name_mentions(parsed: ParsedDoc, registry: Registry, match: NameMatch, on: date | None) -> list[Found]:
    """A registry name standing alone: a country, organisation, group, seat, people or adjective."""
    hit = _owner_hit(registry, match, on)
    if hit is None or _inside_larger_entity(parsed, match):
        return []
    inside = range(match.start, match.end)
    head = next((i for i in inside if parsed[i].head not in inside), match.end - 1)
    locative = _is_locative(parsed, head)
    if hit.form == "seat" and locative:
        return []
    confidence = hit.confidence * (0.6 if locative else 1.0)
    if hit.form == "adjective" and parsed[head].dep not in ("amod", "compound", "nmod"):
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
        Found(lo, match.end, head, _hit_ref(hit, entity, plural=plural), hit.rule, confidence, plural=plural)
    ]


def _inside_larger_entity(parsed: ParsedDoc, match: NameMatch) -> bool:
    """A name inside a longer named entity ("New Jersey", "Michael Jordan", "University of Nairobi")."""
    for ent in parsed.ents:
        start = ent.start + 1 if parsed[ent.start].lower == "the" else ent.start
        if start <= match.start and match.end <= ent.end and (ent.end - start) > (match.end - match.start):
            if ent.label in ("PERSON", "GPE", "LOC", "FAC", "WORK_OF_ART", "EVENT", "LAW"):
                return True
            if ent.label == "ORG" and match.start > start:
                return True
    return False


def _is_locative(parsed: ParsedDoc, head: int) -> bool:
    """A name used as a place: object of "in", "to", ... or of a verb of movement ("visited Kyiv")."""
    tok = parsed[head]
    governor = parsed[tok.head]
    if tok.dep == "pobj":
        return governor.lower in _LOCATIVE
    return tok.dep == "dobj" and governor.lemma in _MOVEMENT


def _entity_mentions(
    parsed: ParsedDoc, registry: Registry, claimed: set[int], on: date | None
) -> list[Found]:
    """Named entities outside actor phrases (ORG, NORP, PERSON), through the registry when it knows them."""
    found = []
    for ent in parsed.ents:
        if ent.label not in ("ORG", "NORP", "PERSON", "GPE") or claimed.intersection(
            range(ent.start, ent.end)
        ):
            continue
        if ent.label == "GPE":
            found.extend(_misspelt_country(parsed, registry, ent.start, ent.end, on))
            continue
        claimed.update(range(ent.start, ent.end))
        end = ent.end - 1 if parsed[ent.end - 1].tag == "POS" and ent.end - ent.start > 1 else ent.end
        text = parsed.span_text(ent.start, end)
        hits = registry.lookup(text, on=on)
        fuzzy = registry.fuzzy(text, on=on) if not hits and ent.label != "NORP" else None
        hits = hits or ([fuzzy] if fuzzy is not None else [])
        if hits:
            ref = _hit_ref(hits[0], hits[0].entity(text))
            found.append(Found(ent.start, end, end - 1, ref, hits[0].rule, hits[0].confidence))
            continue
        label = ent.label.lower()
        name = text.removeprefix("the ").removeprefix("The ")
        entity = _entity(text, name, None, None, f"ner:{label}")
        is_person = ent.label == "PERSON"
        kind = "person" if is_person else "organisation"
        ref = Ref(f"{label}:{name}", entity, kind, is_person, plural=ent.label == "NORP", names=[name])
        found.append(Found(ent.start, end, end - 1, ref, f"ner:{label}", 0.5 if is_person else 0.4))

    return found


def _misspelt_country(
    parsed: ParsedDoc, registry: Registry, start: int, end: int, on: date | None
) -> list[Found]:
    """A place name the registry does not know that misspells a country or its people ("Ethopia")."""
    text = parsed.span_text(start, end)
    hit = registry.fuzzy(text, on=on, countries=True)
    if hit is None or _is_locative(parsed, end - 1):
        return []
    ref = _hit_ref(hit, replace(hit.entity(text), entity_name=hit.entry.name))
    return [Found(start, end, end - 1, ref, hit.rule, hit.confidence)]


def _to_mentions(parsed: ParsedDoc, found: Sequence[Found]) -> list[Mention]:
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
