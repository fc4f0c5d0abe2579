"""Uses of a trigger word that report no act of their own.

* a participle used as a noun names people, not an act: "evacuated the wounded", "buried the dead";
* "undertake" is a promise only with a to-infinitive ("undertook to free the prisoners"); with an
  object it is a light verb ("undertook a mediation mission") whose noun is coded instead;
* a light verb's participle that describes its own noun ("the sanctions imposed in 1990", "the
  deals reached with Israel", "the curfew imposed after the coup") refers to a thing that exists;
  the act was reported when it happened;
* "demonstrate" with an object or a clause is "show" ("demonstrate their solvency", "the figures
  demonstrate that ..."); a demonstration has no object.
"""

from __future__ import annotations

from ..lexicon import Kind, Trigger, lemma_in
from ..parsed import ParsedDoc

#: determiners of a participle used as a noun ("the wounded", "the injured")
_NOMINAL_DETS = frozenset({"the", "their", "its", "his", "her"})
#: the dependencies of a noun phrase
_NOMINAL_DEPS = frozenset({"dobj", "pobj", "nsubj", "nsubjpass", "conj", "appos"})


def nominal_participle(parsed: ParsedDoc, trig: Trigger) -> bool:
    """True when a verb trigger is a participle used as a noun ("evacuated the wounded from the
    town", "the injured were taken to hospital")."""
    tok = parsed[trig.head]
    if trig.entry.kind is not Kind.VERB or tok.tag != "VBN" or tok.dep not in _NOMINAL_DEPS:
        return False
    children = list(parsed.children(tok.i))
    if any(c.dep in ("dobj", "agent", "auxpass", "aux", "nsubj", "nsubjpass") for c in children):
        return False
    return any(c.dep in ("det", "poss") and c.lower in _NOMINAL_DETS for c in children)


#: verbs of a pledge that are light verbs when they take an object ("undertook a mission")
_PLEDGE_LIGHT = frozenset({"undertake"})


def light_pledge(parsed: ParsedDoc, trig: Trigger) -> bool:
    """True when a pledge verb that doubles as a light verb has no to-infinitive ("undertook a
    mediation mission", "agreed to undertake joint exercises"): its object is the event."""
    tok = parsed[trig.head]
    if trig.entry.kind is not Kind.VERB or not lemma_in(tok, _PLEDGE_LIGHT):
        return False
    return not any(c.dep == "xcomp" for c in parsed.children(tok.i))


def describing_participle(parsed: ParsedDoc, trig: Trigger) -> bool:
    """True when a light trigger's verb is a participle describing the trigger's own noun ("the
    curfew imposed after the coup", "peace deals reached with Israel"): a thing that exists."""
    if trig.entry.kind is not Kind.LIGHT or trig.noun is None:
        return False
    verb = parsed[trig.head]
    return verb.dep == "acl" and verb.tag == "VBN" and verb.head == trig.noun


#: protest verbs that mean "show" when they take an object or a clause
_SHOW_VERBS = frozenset({"demonstrate"})


def showing(parsed: ParsedDoc, trig: Trigger) -> bool:
    """True when a protest verb that also means "show" has a direct object or a clausal complement
    ("banks must demonstrate their financial position", "the results demonstrate that it failed")."""
    tok = parsed[trig.head]
    if trig.entry.kind is not Kind.VERB or not lemma_in(tok, _SHOW_VERBS):
        return False
    return any(c.dep in ("dobj", "ccomp") for c in parsed.children(tok.i))
