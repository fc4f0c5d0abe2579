"""Triggers recoded by their object: the same verb is another event type when what it acts on differs.

* "charge" is an arrest-type legal act when a person is charged ("charged the minister with
  fraud"); charging a state ("charged its neighbour with arming the rebels", "charged Greece
  with ...") is an accusation (ACCUSE, CAMEO 112): no court charges a country;
* "evacuate" is humanitarian aid when people are evacuated ("evacuated 300 citizens"); evacuating
  places ("evacuate all the settlements", "evacuated the embassy", "evacuated two army bases") is
  a withdrawal from them (RETREAT withdraw); expelling a body ("forced the UN agency out") rather
  than people reduces relations (SANCTION expel, CAMEO 166);
* "protest" with a clause for object ("protested that ...", or the clause before it: "..., a rights
  group protested") is a complaint (ACCUSE, CAMEO 114);
* a border opened to refugees is shelter given (AID, CAMEO 075), not access granted;
* "attack" by a politician or on a party, with no armed party, is criticism ("the MP attacked
  the minister", "attacking the party he once led"): ACCUSE disapprove;
* a "strike" on or against a named country, or a military one, is an armed attack ("preparing
  for strikes against Iran", "a pre-emptive strike"), not a labour strike: ASSAULT.
"""

from __future__ import annotations

from dataclasses import replace

from ..lexicon import Kind, LexEntry, Trigger, lemma_in
from ..parsed import ParsedDoc, Token
from ..schema import EventType
from .figurative import armed_party


def recoded(
    trig: Trigger, rule: str, event: EventType, mode: str | None, cameo: str | None, context: str
) -> Trigger:
    """The trigger with its entry coded as another type; the entry's id records the rule that did it
    (``<entry id>><rule>``)."""
    entry: LexEntry = replace(
        trig.entry, id=f"{trig.entry.id}>{rule}", event=event, mode=mode, cameo=cameo, contexts=(context,)
    )
    return replace(trig, entry=entry)


#: common nouns of states and governments: what is "charged with" an act by them is accused of it
STATES = frozenset(
    "country nation state government neighbour neighbor regime administration kingdom republic "
    "ally rival enemy capital".split()
)

#: entity types of states and peoples
_STATE_ENTS = frozenset({"GPE", "NORP"})


def _object(parsed: ParsedDoc, verb: int) -> Token | None:
    """The verb's direct object, or its subject when passive."""
    for child in parsed.children(verb):
        if child.dep in ("dobj", "nsubjpass"):
            return child
    return None


def state_word(tok: Token) -> bool:
    """A state: a named country or people, or a common noun of :data:`STATES`."""
    return (tok.ent_type in _STATE_ENTS and tok.pos == "PROPN") or lemma_in(tok, STATES)


def charges_a_state(parsed: ParsedDoc, verb: int) -> bool:
    """True when the verb is "charge" with a state for object: an accusation, not a legal charge."""
    obj = _object(parsed, verb)
    return lemma_in(parsed[verb], frozenset({"charge"})) and obj is not None and state_word(obj)


def state_charged(parsed: ParsedDoc, trig: Trigger) -> Trigger:
    """A "charge" (COERCE arrest) whose object is a state: an accusation, ACCUSE allege, CAMEO 112.
    Rule id ``<entry id>>accusation``; other triggers unchanged."""
    entry = trig.entry
    if entry.kind is not Kind.VERB or entry.event is not EventType.COERCE or entry.anchor != "charge":
        return trig
    if not charges_a_state(parsed, trig.head):
        return trig
    return recoded(trig, "accusation", EventType.ACCUSE, "allege", "112", "diplomatic")


#: places one leaves: evacuating them is a withdrawal ("evacuated the settlements", "the embassy")
PLACES = frozenset(
    "settlement outpost village town city base camp embassy consulate mission area zone region "
    "territory colony garrison position post building compound island district province strip "
    "enclave airport port facility installation site plant headquarters barrack".split()
)
#: entity types of places
_PLACE_ENTS = frozenset({"GPE", "LOC", "FAC"})


def _place(parsed: ParsedDoc, tok: Token) -> bool:
    """A place: a word of :data:`PLACES`, or a named place not followed by people ("Gaza", not
    "Gaza residents": the compound's head is then the people)."""
    return lemma_in(tok, PLACES) or (tok.pos == "PROPN" and tok.ent_type in _PLACE_ENTS)


def evacuated_places(parsed: ParsedDoc, trig: Trigger) -> Trigger:
    """An evacuation (AID) whose object is a place: a withdrawal from it, RETREAT withdraw. Rule id
    ``<entry id>>withdrawal``; an evacuation of people is aid and stays."""
    entry = trig.entry
    if entry.kind is not Kind.VERB or entry.event is not EventType.AID or entry.anchor != "evacuate":
        return trig
    obj = _object(parsed, trig.head)
    if obj is None or not _place(parsed, obj):
        return trig
    return recoded(trig, "withdrawal", EventType.RETREAT, "withdraw", None, "military")


#: those whose attacks are words: politicians and commentators (not presidents or leaders, who
#: may order armed attacks)
POLITICIANS = frozenset(
    "politician mp minister chancellor spokesman spokeswoman candidate opposition critic campaigner "
    "commentator senator congressman congresswoman lawmaker peer backbencher tory".split()
)
#: political bodies whose being attacked is criticism: "attacked the party"
_PARTIES = frozenset({"party", "leadership", "manifesto"})


def verbal_attack(parsed: ParsedDoc, trig: Trigger) -> Trigger:
    """An "attack" (ASSAULT verb) by a politician, on a party, or judging its object "as" something
    ("attacked the plan as a betrayal"), with no armed party named: criticism, ACCUSE disapprove
    (CAMEO 111). Rule id ``<entry id>>verbal``."""
    entry = trig.entry
    if entry.kind is not Kind.VERB or entry.event is not EventType.ASSAULT or entry.anchor != "attack":
        return trig
    if armed_party(parsed, trig.head):
        return trig
    subject = next((c for c in parsed.children(trig.head) if c.dep == "nsubj"), None)
    obj = _object(parsed, trig.head)
    speaker = subject is not None and subject.pos in ("NOUN", "PROPN") and lemma_in(subject, POLITICIANS)
    judged = any(c.dep == "prep" and c.lower == "as" for c in parsed.children(trig.head))
    if not speaker and not judged and not (obj is not None and obj.pos == "NOUN" and lemma_in(obj, _PARTIES)):
        return trig
    return recoded(trig, "verbal", EventType.ACCUSE, "disapprove", None, "political")


#: modifiers of an armed strike: "military strikes", "a pre-emptive strike", "nuclear strikes"
_ARMED_STRIKES = frozenset(
    {"military", "pre-emptive", "preemptive", "emptive", "preventive", "nuclear", "missile", "retaliatory"}
)


def military_strike(parsed: ParsedDoc, trig: Trigger) -> Trigger:
    """A labour "strike" (PROTEST noun) on or against a named country, or armed by its modifier:
    ASSAULT. Rule id ``<entry id>>military``."""
    entry = trig.entry
    if entry.kind is not Kind.NOUN or entry.event is not EventType.PROTEST or entry.anchor != "strike":
        return trig
    children = list(parsed.children(trig.head))
    armed = any(c.dep in ("amod", "compound") and c.lower in _ARMED_STRIKES for c in children)
    for prep in (c for c in children if c.dep == "prep" and c.lower in ("on", "against")):
        pobjs = [g for g in parsed.children(prep.i) if g.dep == "pobj"]
        if prep.lower == "on":  # "on Syria", "on Syria's sites"; not "on the Buenos Aires underground"
            pobjs = [g for g in pobjs if g.i + 1 >= len(parsed) or parsed[g.i + 1].pos in ("PUNCT", "ADP")]
        pobjs += [p for g in parsed.children(prep.i) for p in parsed.children(g.i) if p.dep == "poss"]
        armed = armed or any(g.pos == "PROPN" and g.ent_type == "GPE" for g in pobjs)
    if not armed:
        return trig
    return recoded(trig, "military", EventType.ASSAULT, None, None, "military")


#: bodies, not persons: expelling one reduces relations (CAMEO 166) rather than deporting people
BODIES = frozenset("agency organisation organization mission charity ngo bureau delegation".split())


def expelled_body(parsed: ParsedDoc, trig: Trigger) -> Trigger:
    """An expulsion (COERCE deport) whose object is a body ("forced the UN food agency out",
    "expelled the aid charity"), not people: SANCTION expel, CAMEO 166. Rule id ``<entry id>>body``."""
    entry = trig.entry
    if entry.kind is Kind.NOUN or entry.event is not EventType.COERCE or entry.mode != "deport":
        return trig
    obj = _object(parsed, trig.head)
    if obj is None or not (lemma_in(obj, BODIES) or (obj.pos == "PROPN" and obj.ent_type == "ORG")):
        return trig
    return recoded(trig, "body", EventType.SANCTION, "expel", "166", "diplomatic")


def verbal_protest(parsed: ParsedDoc, trig: Trigger) -> Trigger:
    """A "protest" (PROTEST verb) whose object is a clause is a complaint, not a demonstration:
    "the group protested that the rights of refugees were ignored", "X is failing to ..., the group
    protested". ACCUSE disapprove, CAMEO 114. Rule id ``<entry id>>complaint``."""
    entry = trig.entry
    if entry.kind is not Kind.VERB or entry.event is not EventType.PROTEST or entry.anchor != "protest":
        return trig
    inverted = inverted_report(parsed, trig.head) is not None
    if not inverted and not any(c.dep == "ccomp" for c in parsed.children(trig.head)):
        return trig
    trig = recoded(trig, "complaint", EventType.ACCUSE, "disapprove", "114", "diplomatic")
    # the one complained of is the clause's subject ("protested that the government was ...")
    return replace(trig, entry=replace(trig.entry, recipient_sources=("ccomp", "to", "against")))


def inverted_report(parsed: ParsedDoc, verb: int) -> int | None:
    """The head of the reported clause when a verb of saying ends the sentence after it and the
    parser hung the verb on the last noun before: "the police are beating detainees, a rights group
    protested" ("protested" a participle of "group"). None otherwise."""
    tok = parsed[verb]
    if tok.dep not in ("acl", "relcl") or tok.tag not in ("VBD", "VBN") or tok.head == tok.i:
        return None
    kids = list(parsed.children(verb))
    if any(c.dep in ("dobj", "ccomp", "xcomp") or c.lower in _OBJECT_PREPS for c in kids):
        return None  # "the students protested against the fees" is no parenthetical report
    noun = parsed[tok.head]
    start = parsed.subtree(noun.i)[0]
    if noun.dep != "appos" or start == 0 or parsed[start - 1].text != ",":
        return None
    head = noun
    while head.head != head.i:
        head = parsed[head.head]
    return head.i if head.i < start and head.pos in ("VERB", "AUX") else None


#: prepositions of what a protest is against or about: then it is no report of a clause
_OBJECT_PREPS = frozenset({"against", "over", "about", "at", "outside"})


#: people in need: a border opened to them is shelter given, not access granted
DISPLACED = frozenset(
    "refugee migrant asylum-seeker seeker evacuee civilian family people deportee expellee".split()
)
_FRONTIERS = frozenset({"border", "frontier", "crossing"})


def _displaced(parsed: ParsedDoc, tok: Token) -> bool:
    """People in need: a word of :data:`DISPLACED`, or a people named in the plural ("Sudanese")."""
    heads = [tok, *(g for p in parsed.children(tok.i) if p.lower == "of" for g in parsed.children(p.i))]
    return any(lemma_in(h, DISPLACED) or (h.ent_type == "NORP" and h.tag in ("NNPS", "NNS")) for h in heads)


def sheltered_people(parsed: ParsedDoc, trig: Trigger) -> Trigger:
    """A border opened (RETREAT access) to refugees or a people expelled ("opened its border to
    thousands of Syrian refugees"): humanitarian aid, AID, CAMEO 075 (grant asylum). Rule id
    ``<entry id>>shelter``; a border opened to trade or travel keeps its code."""
    entry = trig.entry
    if entry.kind is not Kind.LIGHT or entry.event is not EventType.RETREAT or entry.anchor != "open":
        return trig
    if trig.noun is None or not lemma_in(parsed[trig.noun], _FRONTIERS):
        return trig
    to_phrases = [g for p in parsed.children(trig.head) if p.lower == "to" for g in parsed.children(p.i)]
    if not any(g.dep == "pobj" and _displaced(parsed, g) for g in to_phrases):
        return trig
    return recoded(trig, "shelter", EventType.AID, None, "075", "humanitarian")


#: modals of a demand ("said X should/must ...")
_DEMAND_MODALS = frozenset({"should", "must", "ought"})


def hindsight_demand(parsed: ParsedDoc, trig: Trigger) -> Trigger:
    """A demand about the past ("said the government should have acted sooner", "must have known") asks
    for nothing that can still be done: it is criticism, ACCUSE disapprove (CAMEO 111). Rule id
    ``<entry id>>hindsight``; a demand for a future act keeps its code."""
    entry = trig.entry
    if entry.kind is not Kind.LIGHT or entry.event is not EventType.REQUEST or trig.noun is None:
        return trig
    modal = parsed[trig.noun]
    if modal.lower not in _DEMAND_MODALS or modal.head == modal.i:
        return trig
    verb = parsed[modal.head]
    perfect = any(c.dep == "aux" and c.lemma == "have" for c in parsed.children(verb.i))
    if not (perfect and verb.tag == "VBN"):
        return trig
    return recoded(trig, "hindsight", EventType.ACCUSE, "disapprove", None, "political")


def recoded_by_object(parsed: ParsedDoc, trig: Trigger) -> Trigger:
    """The trigger recoded by the class of its object (:func:`state_charged`,
    :func:`evacuated_places`, :func:`verbal_attack`, :func:`military_strike`,
    :func:`expelled_body`, :func:`verbal_protest`, :func:`sheltered_people`, :func:`hindsight_demand`),
    or unchanged."""
    trig = hindsight_demand(parsed, evacuated_places(parsed, state_charged(parsed, trig)))
    trig = expelled_body(parsed, military_strike(parsed, verbal_attack(parsed, trig)))
    return sheltered_people(parsed, verbal_protest(parsed, trig))
