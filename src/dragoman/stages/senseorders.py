"""Acts that one party orders another to do to itself.

A paper that stops printing or a station that goes off the air is no political event; ordered to do
so by a government, it is censored: "the ministry ordered the weekly to cease publication", "the
station was forced to stop broadcasting". Lexicon entries marked ``need=caused`` are events only
under such an order; their actor is the one who gives the order and their recipient the one who
obeys it.
"""

from __future__ import annotations

from ..lexicon import Trigger, lemma_in
from ..parsed import ParsedDoc
from .modalcues import to_infinitive
from .rolerules import prep_objects, unique
from .roles import MentionIndex, Roles, mentions_for, subject_of

#: verbs by which one makes another party do an act ("ordered the paper to close")
CAUSATIVES = frozenset("order force compel oblige instruct direct tell require".split())


def causer(parsed: ParsedDoc, trig: Trigger) -> int | None:
    """The verb of ordering whose to-infinitive complement the trigger heads ("ordered X to
    suspend publication", "was forced to stop broadcasting"), or None."""
    tok = parsed[trig.head]
    if tok.dep not in ("xcomp", "ccomp", "advcl") or tok.head == tok.i or not to_infinitive(parsed, tok.i):
        return None
    verb = parsed[tok.head]
    return verb.i if lemma_in(verb, CAUSATIVES) else None


def ordered_roles(parsed: ParsedDoc, trig: Trigger, roles: Roles, index: MentionIndex) -> Roles:
    """The roles of a ``need=caused`` trigger under an order: the one ordering acts (the order's
    subject, or its "by" agent in the passive), the one ordered is the recipient. Others keep theirs."""
    if "caused" not in trig.entry.need:
        return roles
    verb = causer(parsed, trig)
    if verb is None:
        return roles
    kids = list(parsed.children(verb))
    ordered = [c.i for c in kids if c.dep in ("dobj", "nsubjpass")]
    if any(c.dep == "nsubjpass" for c in kids):
        givers = prep_objects(parsed, verb, ("by",))
    else:
        subjects, patient = subject_of(parsed, verb)
        givers = [] if patient else subjects
    actors = unique(m for i in givers for m in mentions_for(parsed, index, i))
    spans = {(m.start, m.end) for m in actors}
    recipients = [m for i in ordered for m in mentions_for(parsed, index, i) if (m.start, m.end) not in spans]
    return Roles(tuple(actors), tuple(unique(recipients)) or roles.recipient)
