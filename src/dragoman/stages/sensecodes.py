"""Triggers recoded by their object: the same verb is another event type when what it acts on differs.

* "charge" is an arrest-type legal act when a person is charged ("charged the minister with
  fraud"); charging a state ("charged its neighbour with arming the rebels", "charged Greece
  with ...") is an accusation (ACCUSE, CAMEO 112): no court charges a country;
* "evacuate" is humanitarian aid when people are evacuated ("evacuated 300 citizens"); evacuating
  places ("evacuate all the settlements", "evacuated the embassy", "evacuated two army bases") is
  a withdrawal from them (RETREAT withdraw).
"""

from __future__ import annotations

from dataclasses import replace

from ..lexicon import Kind, LexEntry, Trigger, lemma_in
from ..parsed import ParsedDoc, Token
from ..schema import EventType


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


def recoded_by_object(parsed: ParsedDoc, trig: Trigger) -> Trigger:
    """The trigger recoded by the class of its object (:func:`state_charged`,
    :func:`evacuated_places`), or unchanged."""
    return evacuated_places(parsed, state_charged(parsed, trig))
