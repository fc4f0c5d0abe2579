"""Where the people an act is done to are, when the parse hangs the place on the verb.

Two readings that :func:`.recipients.place_recipients` uses before its general search:

* a measure on people (a curfew, a lockdown, martial law, a state of emergency or siege, security
  restrictions) that the trigger or a verb in its infinitive chain imposes, threatens, extends or
  eases "in X" is done to the people of X (:func:`measure_places`): "threatened to impose a curfew
  in X", "eased emergency measures on Friday in X". The verb's own "in" names that place too, as a
  measure has no other location; the government's own country is no bar (it is the usual case).
* a destination that names no party, with a place right after it ("sent inspectors to the
  Natanz plant in central Iran"): the parser hangs "in Iran" on the verb, but it says where the
  facility is (:func:`destination_places`).
"""

from __future__ import annotations

from ..lexicon import Trigger
from ..parsed import ParsedDoc
from ..schema import EventType
from .rolerules import children_of, prep_objects

#: nouns of a measure imposed on a place's people
_MEASURES = frozenset("curfew lockdown blockade siege emergency restriction".split())
#: nouns of a measure only with a modifier that makes it one ("emergency measures", "martial law")
_MODIFIED = {"measure": frozenset({"emergency", "security"}), "law": frozenset({"martial"})}
#: nouns that name a measure through their "of" phrase ("a state of emergency")
_STATE = frozenset({"state"})
#: events by which a party imposes, threatens, eases or promises a measure
_IMPOSING = frozenset(
    {EventType.COERCE, EventType.CONCEDE, EventType.THREATEN, EventType.AGREE, EventType.RETREAT}
)
#: prepositions of the place a measure is in
_WHERE = ("in", "inside", "across", "throughout")
#: prepositions of a destination
_TO = ("to", "into")


def _measure(parsed: ParsedDoc, i: int) -> bool:
    """True for a noun that names a measure on people ("curfew", "emergency measures", "martial
    law", "a state of siege")."""
    lemma = parsed[i].lemma.lower()
    if lemma in _MEASURES:
        return True
    mods = {c.lemma.lower() for c in parsed.children(i) if c.dep in ("amod", "compound")}
    if mods & _MODIFIED.get(lemma, frozenset()):
        return True
    return lemma in _STATE and any(_measure(parsed, o) for o in prep_objects(parsed, i, ("of",)))


def _verb_chain(parsed: ParsedDoc, head: int) -> list[int]:
    """The trigger verb and the infinitives it governs ("threatened to impose", "decided to lift")."""
    chain = [head]
    for _ in range(3):
        nxt = children_of(parsed, chain[-1], ("xcomp",))
        if not nxt:
            break
        chain.append(nxt[0])
    return chain


def measure_places(parsed: ParsedDoc, trig: Trigger) -> list[int]:
    """The tokens of the places ("in X") of a measure on people the trigger or its infinitive chain
    acts on: the measure noun's own phrase, its "of" noun's ("a state of emergency in X"), or the
    phrase of the verb that takes it ("eased the curfew on Monday in X"). Empty when none."""
    if trig.entry.event not in _IMPOSING:
        return []  # "condemned the curfew in X": aimed at who imposed it, not at X's people
    pairs: list[tuple[int, int]] = []
    if trig.noun is not None and _measure(parsed, trig.noun):
        pairs.append((trig.head, trig.noun))
    for verb in _verb_chain(parsed, trig.head):
        pairs += [(verb, o) for o in children_of(parsed, verb, ("dobj", "nsubjpass")) if _measure(parsed, o)]
    for verb, noun in pairs:
        holders = [noun, *prep_objects(parsed, noun, ("of",)), verb]
        found = [p for h in holders for p in prep_objects(parsed, h, _WHERE)]
        if found:
            return found
    return []


def destination_places(parsed: ParsedDoc, trig: Trigger) -> list[int]:
    """The place of a destination named by no place ("to the Natanz site in central Iran"): the
    object of the trigger verb's "in" phrase that starts right after the phrase of its "to" object.
    Used when the trigger's arguments name no party."""
    out: list[int] = []
    for dest in prep_objects(parsed, trig.head, _TO):
        end = parsed.subtree(dest)[1]
        nxt = end + 1 if end < len(parsed) and parsed[end].pos == "PUNCT" else end
        for prep in parsed.children(trig.head):
            if prep.dep == "prep" and prep.lower in _WHERE and prep.i in (end, nxt):
                out += children_of(parsed, prep.i, ("pobj",))
    return out
