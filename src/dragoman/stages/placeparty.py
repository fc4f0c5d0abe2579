"""The people of a place as a party: the country an event's place gives its unnamed parties.

Analysts (and the PLOVER and ACLED codebooks) code the people an act is done to by the country of
the place where they are: a curfew ordered for the town of Gondar is imposed on Ethiopians,
"police in Lahore arrested 40 people" arrests Pakistanis ("Civilians (Pakistan)" in ACLED). Three rules,
applied to an event once its location is known (:func:`with_place_parties`):

* ``place-country``: an uncoded generic party (a sector, no country: "prisoners", "residents",
  "police", "gunmen") takes the country of the place it is tied to: a locative modifier of its own
  ("inmates in Kandahar", "residents of Gaza", "Gaza residents"), else, for force and protest (acts
  done where their parties are), the event's location; not for talks and visits ("the two leaders
  met in Geneva" are not Swiss). A code
  found in the text is never replaced; a party whose words name a country ("Sudanese ...") or say
  it is from elsewhere ("foreign workers"), and refugees (of the country they fled), get none. The
  entity keeps its words; its name takes the country's adjective ("Pakistani police"), as the
  actors stage names the "police" it codes from the article's context.
* ``place-population``: a COERCE or ASSAULT event (a curfew, martial law, shelling, a raid), the
  easing of a curfew, an emergency or a blockade, or a halt to aid deliveries, with no recipient that
  names a party is done to the people of its location: the recipient is the place's words
  (``entity_text``), its country, sector CVL, and the name "civilians (<country>)" after ACLED, so
  that one country's unnamed civilians are one actor in dyads. The place must be a name in the event's
  own sentence (a dateline or an earlier sentence has no words to point at) and not inside the actor's
  words ("Lahore police raided ..."). A named recipient is never replaced, which also keeps a security
  operation against a named group ("troops raided an ISIS cell in Mosul") from gaining civilians.

* ``place-authorities``: a demonstration, riot, hunger strike or blockade (PROTEST with no mode or
  the modes demo, riot, hunger, obstruct) that names no target is addressed to the authorities of
  the place where it happens: "students marched through Dhaka" protests to Bangladesh's government
  (ICEWS and the PLOVER gold code it so). Only when the protesters are the place's own people (their
  country is the place's, or they have none) and the sentence names no other country: "Iranian
  exiles rallied in Paris" and "a march in London against the war in Gaza" get no guessed target.
  Strikes and boycotts are left alone: they are against employers and firms as often as against a
  government. The recipient is the place's words, its country, sector GOV, named "authorities
  (<country>)".
* ``own-authorities``: a demonstration or riot that no place locates, by citizens of one country
  in a sentence naming no other ("Egyptian demonstrators rioted"), is addressed to their own
  government (:func:`own_authorities`); not a hunger strike, whose jailers may be foreign.

People whose country was only guessed from the context (rule ``...+context``: "23 people" in a
sentence about Palestinian bombers) take the country of the event's place, named in their sentence,
when they are the victims of force or the protesters (:func:`recoded`); soldiers, police and officials,
who serve abroad, keep theirs. A stance toward a country ("an anti-Syria journalist") is no place of
the party's.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

from ..lexicon import Trigger
from ..parsed import ParsedDoc
from ..registry import Registry
from ..schema import Entity, Event, EventType, Mention, Place
from .quantities import is_quantity
from .roles import Roles

#: the acts done to a place's people when no other party is named
FORCE = frozenset({EventType.COERCE, EventType.ASSAULT})
#: CAMEO codes of undoing such an act: easing a curfew (0813), a state of emergency or martial law
#: (0814), a blockade or siege (0872): "lifted the curfew in Jenin" is done to Jenin's people too
_EASING = frozenset({"0813", "0814", "0872"})
#: prepositions by which a place locates a party ("police in Lahore", "residents of Gaza")
_LOCATIVE = frozenset({"in", "of", "at", "from", "near", "across", "throughout", "inside", "around"})
#: words that say a party's people come from another country than where they are
_ELSEWHERE = frozenset(
    "foreign foreigner foreigners expatriate expatriates expat expats migrant migrants immigrant immigrants "
    "tourist tourists overseas international visiting".split()
)
#: sectors of people away from their own country: refugees are of the country they fled
_DISPLACED = frozenset({"REF"})
#: prepositions of an act's target ("clashed with", "fired on", "a raid against")
_TARGET_PREPS = frozenset({"with", "on", "against", "at"})
#: named-entity labels of a party: a nationality or group, a person, an organisation
_PARTY_ENTITIES = frozenset({"NORP", "PERSON", "ORG"})
#: objects that are the place's people or their surroundings, not a target of their own: "shelled
#: the town", "bombed residential areas", "burned villages", "struck targets in X"
AREAS = frozenset(
    "town city village area district neighbourhood neighborhood suburb region province camp home house "
    "building market street quarter settlement outskirt zone target locality community hamlet".split()
)
#: named-entity labels of places, and of times and numbers (no target: "raided a house on Monday")
PLACE_ENTITIES = frozenset({"GPE", "LOC", "FAC"})
_TIME_ENTITIES = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "QUANTITY", "PERCENT", "MONEY"})
#: the population's sector
CIVILIANS = "CVL"
#: protests addressed to the place's authorities when they name no target (no mode: "protested")
_ADDRESSED = frozenset({None, "demo", "riot", "hunger", "obstruct"})
#: people held by the authorities of the place where they are: their protest is addressed to them
_HELD = frozenset("prisoners prisoner detainees detainee inmates inmate captives internees".split())
#: the authorities' sector
AUTHORITIES = "GOV"


@dataclass(frozen=True)
class Country:
    code: str
    name: str
    adjective: str


@lru_cache(maxsize=1)
def _countries() -> tuple[dict[str, Country], dict[str, str], re.Pattern[str]]:
    """The built-in registry's countries: by code, and the code of each of their names,
    adjectives and demonyms, with one pattern that finds those words in a text."""
    by_code: dict[str, Country] = {}
    by_word: dict[str, str] = {}
    for code, entry in Registry.load().by_code.items():
        by_code[code] = Country(code, entry.name, entry.adjectives[0] if entry.adjectives else entry.name)
        for word in (entry.name, *entry.aliases, *entry.adjectives, *entry.people):
            by_word.setdefault(word, code)
    words = sorted(by_word, key=len, reverse=True)
    pattern = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(w) for w in words) + r")(?!\w)")
    return by_code, by_word, pattern


def country(code: str) -> Country | None:
    """The registry's country of ``code`` (None for an international code)."""
    return _countries()[0].get(code)


def named_countries(text: str) -> set[str]:
    """The codes of the countries whose names, adjectives or demonyms ``text`` contains."""
    _, by_word, pattern = _countries()
    return {by_word[m.group(0)] for m in pattern.finditer(text)}


def population(place: Place, rule: str) -> Entity:
    """The people of ``place`` as a party: its words, "civilians (<country>)", its country, CVL."""
    code = place.country_code
    known = country(code) if code else None
    where = known.name if known else (place.resolved_place or place.extracted_place)
    return Entity(
        entity_text=place.extracted_place,
        entity_name=f"civilians ({where})",
        code=code,
        sector=CIVILIANS,
        rule=rule,
    )


def place_mention(place: Place, sent: int, rule: str) -> Mention:
    """The place as a party, by ``rule``: "place-population" its civilians (:func:`population`),
    "place-authorities" its government ("authorities (<country>)"), "place" its country."""
    code = place.country_code
    known = country(code) if code else None
    where = known.name if known else (place.resolved_place or place.extracted_place)
    if rule == "place-population":
        entity = population(place, rule)
    elif rule == "place-authorities":
        entity = Entity(place.extracted_place, f"authorities ({where})", code, AUTHORITIES, rule=rule)
    else:
        entity = Entity(
            place.extracted_place, place.resolved_place or place.extracted_place, code, None, rule=rule
        )
    return Mention(place.start, place.end, place.extracted_place, entity, sent, rule, place.confidence)


#: the CAMEO code of stopping material aid (162): "suspended food deliveries in Kassala" stops it
#: for the people of that place
_AID_CUT = "162"


def aid_cut(trig: Trigger) -> bool:
    """True when the trigger stops or cuts material aid (a SANCTION of CAMEO 162)."""
    return trig.entry.event is EventType.SANCTION and (trig.entry.cameo or "").startswith(_AID_CUT)


def on_people(trig: Trigger) -> bool:
    """True when the trigger's act is done to the people of a place: force (COERCE, ASSAULT) or
    the easing of a curfew, an emergency, a blockade (the entry's CAMEO code)."""
    return trig.entry.event in FORCE or (trig.entry.cameo or "")[:4] in _EASING


def with_place_parties(
    parsed: ParsedDoc, trig: Trigger, roles: Roles, event_loc: Place | None, places: Sequence[Place]
) -> Roles:
    """``roles`` with uncoded generic parties given their place's country (``place-country``); for
    COERCE and ASSAULT events with no party as recipient, the people of the event's location as the
    recipient (``place-population``); for protests with no target, its authorities
    (``place-authorities``)."""
    # the event's own place locates its parties only where such acts happen at home: force and
    # protest (leaders who "met in Geneva" are not Swiss)
    local = event_loc if on_people(trig) or trig.entry.event is EventType.PROTEST else None
    protest = trig.entry.event is EventType.PROTEST
    police = trig.entry.event is EventType.COERCE  # "police arrested a Briton in Nairobi": Kenya's
    actor = tuple(
        _located(parsed, m, local, places, recode=protest or police, police=police) for m in roles.actor
    )
    recipient = tuple(_located(parsed, m, local, places, recode=on_people(trig)) for m in roles.recipient)
    if (on_people(trig) or aid_cut(trig)) and not any(m.entity.code or m.entity.sector for m in recipient):
        people = _population(parsed, trig, actor, event_loc)
        if people is not None:
            recipient = (*recipient, people)
    elif addressed(trig) and not any(m.entity.code for m in recipient):
        rulers = _authorities(parsed, trig, actor, event_loc) or own_authorities(
            parsed, trig, actor, event_loc
        )
        if rulers is not None:
            recipient = (*recipient, rulers)
    return Roles(actor, recipient)


def addressed(trig: Trigger) -> bool:
    """True for a protest addressed to the authorities where it happens (not a strike, a boycott)."""
    return trig.entry.event is EventType.PROTEST and trig.entry.mode in _ADDRESSED


def _authorities(
    parsed: ParsedDoc, trig: Trigger, actor: Sequence[Mention], event_loc: Place | None
) -> Mention | None:
    """The authorities of the protest's place as its recipient (``place-authorities``): the place is
    named in the protest's sentence outside the protesters' words, the protesters are of its country
    or of none, and the sentence names no other country."""
    code = event_loc.country_code if event_loc is not None else None
    if event_loc is None or not code or event_loc.start < 0:
        return None
    sent = parsed[trig.head].sent
    if parsed.sentence_of_char(event_loc.start) != sent:
        return None
    if any(m.start <= event_loc.start < m.end for m in actor):
        return None
    held = all(set(m.text.lower().split()) & _HELD for m in actor) and bool(actor)
    if not held and any(m.entity.code and m.entity.code != code for m in actor):
        return None  # "Iranian exiles rallied in Paris"; prisoners protest to their jailers, whoever they are
    if named_countries(_other_words(parsed, sent, actor)) - {code}:
        return None
    return place_mention(event_loc, sent, "place-authorities")


def _other_words(parsed: ParsedDoc, sent: int, actor: Sequence[Mention]) -> str:
    """The sentence's text without the protesters' own words ("ethnic Albanians")."""
    span = parsed.sents[sent]
    words = parsed.text[span.start_char : span.end_char]
    for m in sorted(actor, key=lambda m: -m.start):
        if span.start_char <= m.start and m.end <= span.end_char:
            a, b = m.start - span.start_char, m.end - span.start_char
            words = words[:a] + " " * (b - a) + words[b:]
    return words


#: protests addressed to the protesters' own government when nothing locates them: not a hunger
#: strike (a prisoner's jailers may be of any country) nor a blockade (of a road, a port, a border)
_OWN_PROTESTS = frozenset({None, "demo", "riot"})
#: sectors of protesters who, with no place and no target, protest to their own government
_CITIZENS = frozenset({"CVL", "EDU", "LAB", "AGR", "REL", "OPP", "MED"})


def own_authorities(
    parsed: ParsedDoc, trig: Trigger, actor: Sequence[Mention], event_loc: Place | None
) -> Mention | None:
    """The protesters' own authorities as the recipient (``own-authorities``) of a protest that no
    place in its sentence locates elsewhere, by citizens of one country, in a sentence that names
    no other country: "Egyptian demonstrators rioted" protests to Egypt's government. The entity
    keeps the protesters' words, its name is "authorities (<country>)"."""
    codes = {m.entity.code for m in actor}
    if trig.entry.mode not in _OWN_PROTESTS or any(m.entity.sector not in _CITIZENS for m in actor):
        return None
    if len(codes) != 1 or None in codes:
        return None
    code = next(iter(codes)) or ""
    known = country(code)
    if known is None or (event_loc is not None and event_loc.country_code not in (None, code)):
        return None
    sent = parsed[trig.head].sent
    if named_countries(_other_words(parsed, sent, actor)) - {code}:
        return None
    m = actor[0]
    entity = Entity(m.text, f"authorities ({known.name})", code, AUTHORITIES, rule="own-authorities")
    return Mention(m.start, m.end, m.text, entity, sent, "own-authorities", m.confidence)


def _population(
    parsed: ParsedDoc, trig: Trigger, actor: Sequence[Mention], event_loc: Place | None
) -> Mention | None:
    """The people of the event's location as a recipient: a town or a province (a whole country
    does not say whose people were hit: "clashed with rebels in Somalia") named in the event's
    sentence outside the actor's words, when the act names no target the mentions missed."""
    if event_loc is None or not event_loc.country_code or event_loc.start < 0 or is_country(event_loc):
        return None
    sent = parsed[trig.head].sent
    if parsed.sentence_of_char(event_loc.start) != sent:
        return None
    target = _target(parsed, trig)
    if any(m.start <= event_loc.start < m.end for m in actor) or target == "party":
        return None
    # "hit an oil refinery in Krasnodar": the place's country, not its people
    return place_mention(event_loc, sent, "place" if target == "thing" else "place-population")


def is_country(place: Place) -> bool:
    """True for a place that is a whole country: by its gazetteer entry or its very name."""
    if place.resolution == 1 or (place.feature_code or "").startswith("PCL"):
        return True
    known = country(place.country_code) if place.country_code else None
    return known is not None and place.extracted_place == known.name


def _target(parsed: ParsedDoc, trig: Trigger) -> str | None:
    """What the trigger's object is when not the place's people: "party" when it names people, a
    group or a nationality that no mention covers ("kidnapped Russian advisers", "clashed with Oromo
    fighters"), "thing" when it is anything but a place or an area of one ("attacked a police
    station", "hit an oil refinery": the place's country is the target's), else None."""
    heads = [trig.head] + ([trig.noun] if trig.noun is not None else [])
    objects = [c.i for h in heads for c in parsed.children(h) if c.dep in ("dobj", "dative")]
    for h in heads:
        for prep in parsed.children(h):
            if prep.dep == "prep" and prep.lower in _TARGET_PREPS:
                objects.extend(c.i for c in parsed.children(prep.i) if c.dep == "pobj")
    found: str | None = None
    for obj in objects:
        if obj in trig.tokens or obj == trig.noun or parsed[obj].ent_type in _TIME_ENTITIES:
            continue  # "imposed a curfew", "on Monday"
        lo, hi = parsed.subtree(obj)
        head_words = range(lo, obj + 1)  # the object and its modifiers, not its own "in" phrase
        if any(parsed[i].ent_type in _PARTY_ENTITIES for i in head_words):
            return "party"
        if parsed[obj].ent_type not in PLACE_ENTITIES and parsed[obj].lemma.lower() not in AREAS:
            found = "thing"
    return found


def _located(
    parsed: ParsedDoc,
    mention: Mention,
    event_loc: Place | None,
    places: Sequence[Place],
    *,
    recode: bool = False,
    police: bool = False,
) -> Mention:
    """``mention`` with the country of its own place or else of the event's location, when it is
    an uncoded generic party whose words name no country and do not say it is from elsewhere; with
    ``recode`` (protesters, the victims of force), also when its country was only guessed from the
    context and the event's place, named in its sentence, is in another country (``recoded``); with
    ``police``, police too (the actors of a coercion: police arrest where they serve)."""
    entity = mention.entity
    if not entity.sector:
        return mention
    if entity.code and not (recode and recoded(parsed, mention, event_loc, police=police)):
        return mention
    words = mention.text.lower().split()
    if entity.sector in _DISPLACED or any(w in _ELSEWHERE for w in words):
        return mention
    own = own_place(parsed, mention, places)
    where = own or event_loc
    code = where.country_code if where is not None else None
    if not code or named_countries(_STANCE.sub(" ", _phrase_text(parsed, mention))) - {code}:
        return mention  # "Sudanese traders", "the head of Israel's militia ally in Lebanon"
    known = country(code)
    name = f"{known.adjective} {_noun(parsed, mention)}" if known else entity.entity_name
    rule = "place-country" if own is not None else "place-country:event"
    new = replace(entity, code=code, entity_name=name, rule=f"{entity.rule}+{rule}" if entity.rule else rule)
    return replace(mention, entity=new)


#: sectors of the people where an event happens: civilians, students, workers, farmers, clergy
_LOCAL_PEOPLE = frozenset({"CVL", "EDU", "LAB", "AGR", "REL"})


def recoded(parsed: ParsedDoc, mention: Mention, event_loc: Place | None, *, police: bool = False) -> bool:
    """True when a people's country came from the context ("23 people" in a sentence about Palestinian
    bombers: ``+context``) and the event's place, a name in the mention's own sentence, is in another
    country (Tel Aviv): the people hit or protesting are those of the place. Not soldiers, police or
    officials, who serve abroad; police only with ``police``."""
    entity = mention.entity
    if event_loc is None or not event_loc.country_code or event_loc.start < 0:
        return False
    local = _LOCAL_PEOPLE | {"COP"} if police else _LOCAL_PEOPLE
    if not entity.rule.endswith("+context") or entity.sector not in local:
        return False
    return event_loc.country_code != entity.code and parsed.sentence_of_char(
        event_loc.start
    ) == parsed.sentence_of_char(mention.start)


def _phrase_text(parsed: ParsedDoc, mention: Mention) -> str:
    """The mention's words and those of its head's locative phrases ("inmates in Kandahar")."""
    found = _span(parsed, mention)
    if found is None:
        return mention.text
    _, head = found
    parts = [mention.text]
    for child in parsed.children(head):
        if child.dep == "prep" and child.lower in _LOCATIVE:
            parts.append(parsed.span_text(*parsed.subtree(child.i)))
    return " ".join(parts)


def _span(parsed: ParsedDoc, mention: Mention) -> tuple[range, int] | None:
    """The mention's tokens and its head (the token whose head is outside them)."""
    start = parsed.token_at_char(mention.start)
    end = parsed.token_at_char(max(mention.end - 1, mention.start))
    if start is None or end is None:
        return None
    span = range(start, end + 1)
    return span, next((i for i in span if not start <= parsed[i].head <= end), end)


def _noun(parsed: ParsedDoc, mention: Mention) -> str:
    """The mention's noun and its modifiers without numbers and determiners ("30 people": "people")."""
    found = _span(parsed, mention)
    if found is None:
        return mention.entity.entity_name
    span, head = found
    if is_quantity(parsed[head]):
        return "people"  # "Hundreds marched": Kenyan people
    first = head
    while first - 1 in span and parsed[first - 1].pos in ("ADJ", "NOUN", "PROPN"):
        first -= 1
    words = [parsed[i].text if parsed[i].pos == "PROPN" else parsed[i].lower for i in range(first, head + 1)]
    return " ".join(words)


def own_place(parsed: ParsedDoc, mention: Mention, places: Sequence[Place]) -> Place | None:
    """The first place with a country inside the mention's words ("Gaza residents") or in a
    locative phrase of its head noun ("inmates in Kandahar", "residents of the town of Gondar"); not a
    possessor in it ("the chief of Israel's militia ally in Lebanon": Lebanon, not Israel)."""
    found = _span(parsed, mention)
    if found is None:
        return None
    span, head = found
    tokens = set(span) | _locative_tokens(parsed, head)
    for place in sorted(places, key=lambda p: p.start):
        i = parsed.token_at_char(place.start) if place.start >= 0 else None
        stance = parsed.text[max(place.start - 5, 0) : place.start].lower().endswith(("anti-", "pro-"))
        if i is not None and i in tokens and place.country_code and not stance:
            return place
    return None


#: a stance toward a country, which says nothing of where a party is ("an anti-Syria journalist")
_STANCE = re.compile(r"(?i)(?<![\w-])(?:anti|pro)-[\w.-]+")


#: the arcs of a locative phrase down to its place's name ("of the town of Gondar", "in East Timor")
_LOCATIVE_ARCS = frozenset({"pobj", "compound", "appos", "conj"})


def _locative_tokens(parsed: ParsedDoc, head: int) -> set[int]:
    """The tokens of the locative phrases under ``head``, along objects, names and nested
    locatives only (possessors and clauses are no place of the party's)."""
    out: set[int] = set()
    todo = [c.i for c in parsed.children(head) if c.dep == "prep" and c.lower in _LOCATIVE]
    while todo:
        i = todo.pop()
        for child in parsed.children(i):
            nested = child.dep == "prep" and child.lower in _LOCATIVE
            if child.i not in out and (child.dep in _LOCATIVE_ARCS or nested):
                out.add(child.i)
                todo.append(child.i)
    return out


def localised_mentions(mentions: Sequence[Mention], events: Sequence[Event]) -> list[Mention]:
    """The mentions, each uncoded generic party that an event located by a place of its own ("police
    in Lahore": rule ``place-country``, not the event's place) carrying that country too, so that the
    document's mentions and its events' parties agree."""
    located: dict[tuple[int, str], Entity] = {}
    for event in events:
        for entity in (*event.actor, *event.recipient):
            if entity.rule.endswith("place-country"):
                located[(event.text_info.sentence, entity.entity_text)] = entity
    out = []
    for m in mentions:
        found = located.get((m.sentence, m.text)) if m.entity.code is None else None
        out.append(replace(m, entity=found) if found is not None else m)
    return out
