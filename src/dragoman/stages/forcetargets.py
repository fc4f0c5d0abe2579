"""The targets of protests and expulsions that the trigger's own arguments do not name.

* ``grievance``: a protest with no recipient addresses the party its protesters defy or object to,
  named in a phrase of a stance against someone ("blocked roads in defiance of the military
  authorities", "marched to show their anger at the government", "rallied in opposition to Kenya's
  finance bill"): the party that is that stance's object, or the owner or modifier of the object
  ("X's decision", "the X government's policies"); a country named only as a place ("the United
  States' policies") stands for its state. Not a party that is only the object of an event inside
  it ("in protest at the arrest of students": the students are not the target).
"""

from __future__ import annotations

from collections.abc import Sequence

from ..lexicon import Trigger
from ..parsed import ParsedDoc
from ..schema import EventType, Mention, Place
from .placeparty import is_country, place_mention
from .rolerules import unique
from .roles import MentionIndex, Roles

#: nouns of a stance against someone: their object is what a protest addresses
GRIEVANCES = frozenset(
    "defiance disapproval anger outrage opposition protest condemnation fury frustration discontent "
    "displeasure rejection resentment denunciation rage indignation".split()
)
#: prepositions of a stance's object ("anger at", "opposition to", "protest against")
_OBJECT_PREPS = frozenset({"of", "for", "at", "against", "over", "to", "with"})
#: prepositions of the verb that takes the stance noun as its object ("voiced anger at X")
_VERB_PREPS = frozenset({"at", "against", "over", "with"})
#: arcs by which a stance phrase hangs below the protest: "in defiance of", "to show anger at"
_PATH = frozenset({"prep", "pobj", "dobj", "advcl", "xcomp", "acl", "npadvmod"})
#: modifiers of the stance's object that name its owner ("Kenya's bill", "US policies")
_OWNERS = frozenset({"poss", "compound", "amod", "conj"})


def with_protest_target(
    parsed: ParsedDoc, trig: Trigger, roles: Roles, index: MentionIndex, places: Sequence[Place]
) -> Roles:
    """``roles`` with the target of a protest's stance phrase as the recipient (``grievance``) when
    the protest names no coded recipient."""
    if trig.entry.event is not EventType.PROTEST or any(m.entity.code for m in roles.recipient):
        return roles
    actors = {m.entity.entity_name for m in roles.actor} | {(m.start, m.end) for m in roles.actor}
    for noun in _stances(parsed, trig):
        found = [
            m
            for i in _objects(parsed, noun)
            for m in index.at(i)
            if m.entity.code and m.entity.entity_name not in actors and (m.start, m.end) not in actors
        ]
        if not found:
            found = _country_places(parsed, noun, trig, places)
        if found:
            return Roles(roles.actor, (*roles.recipient, *unique(found)))
    return roles


def _stances(parsed: ParsedDoc, trig: Trigger) -> list[int]:
    """The stance nouns below the trigger (its verb, its noun and a noun's governing verb), within
    three arcs of prepositions, objects and purpose clauses; not the trigger's own noun."""
    roots = {trig.head} | ({trig.noun} if trig.noun is not None else set())
    tok = parsed[trig.head]
    if tok.pos == "NOUN" and tok.head != tok.i:
        roots.add(tok.head)  # "staged a sit-in in defiance of ...": the phrase may hang on "staged"
    sent = parsed.sents[tok.sent]
    out: list[int] = []
    for i in range(sent.start, sent.end):
        if i in trig.tokens or parsed[i].lemma.lower() not in GRIEVANCES or parsed[i].pos != "NOUN":
            continue
        if _hangs_below(parsed, i, roots):
            out.append(i)
    return out


def _hangs_below(parsed: ParsedDoc, i: int, roots: set[int]) -> bool:
    tok = parsed[i]
    for _ in range(4):
        if tok.dep not in _PATH or tok.head == tok.i:
            return False
        if tok.head in roots:
            return True
        tok = parsed[tok.head]
    return False


def _objects(parsed: ParsedDoc, noun: int) -> list[int]:
    """The stance's objects and their owners' tokens: "of [Chinese authorities]", "for [the United
    States'] policies", "voiced anger at [the government]" (the verb's phrase); not the objects of a
    further "of" ("the arrest of students")."""
    out: list[int] = []
    tok = parsed[noun]
    preps = [(p, _OBJECT_PREPS) for p in parsed.children(noun)]
    if tok.dep == "dobj" and tok.head != tok.i:
        preps += [(p, _VERB_PREPS) for p in parsed.children(tok.head) if p.i > noun]
    for prep, allowed in preps:
        if prep.dep != "prep" or prep.lower not in allowed:
            continue
        for obj in parsed.children(prep.i):
            if obj.dep != "pobj":
                continue
            out.append(obj.i)
            out.extend(c.i for c in parsed.children(obj.i) if c.dep in _OWNERS)
            owners = [c.i for c in parsed.children(obj.i) if c.dep == "poss"]
            out.extend(g.i for o in owners for g in parsed.children(o) if g.dep in ("compound", "conj"))
    return out


def _country_places(parsed: ParsedDoc, noun: int, trig: Trigger, places: Sequence[Place]) -> list[Mention]:
    """Countries named as places among the stance's objects ("the United States' policies")."""
    tokens = set(_objects(parsed, noun))
    sent = parsed[trig.head].sent
    return [
        place_mention(p, sent, "grievance")
        for p in places
        if p.start >= 0 and p.country_code and is_country(p) and parsed.token_at_char(p.start) in tokens
    ]
