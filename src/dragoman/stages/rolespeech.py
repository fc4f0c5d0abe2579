"""Roles of verbal conflict and answers to it, used by roles.py.

An answer (REJECT, CONCEDE, and AGREE with its own noun) is addressed to whoever made what it
answers: "rejected Peru's offer", "turned down a Chilean plan", "refused to respond to a demand
from Lima", "declined to step down despite calls from the opposition"
(:func:`proposer_tokens`). A demand or call is addressed to whoever answers it ("Iran ignored the
UN's demand": the demand is made of Iran, :func:`answerer_tokens`).
"""

from __future__ import annotations

from collections.abc import Callable

from ..lexicon import Kind, Trigger, lemma_in
from ..parsed import ParsedDoc
from ..schema import EventType
from .rolerules import children_of, prep_objects

__all__ = [
    "ANSWERS", "PROPOSALS", "SPEECH_ACTS", "addressee_tokens", "answering_verb", "left_place",
    "proposer_tokens", "speaker_tokens",
]  # fmt: skip

#: nouns of what one party puts to another, whose maker an answer is addressed to
PROPOSALS = frozenset(
    """proposal offer plan demand call request appeal initiative suggestion ultimatum invitation
    overture bid plea proposition formula pressure urging""".split()
)
#: events that answer a proposal or a demand
ANSWERS = frozenset({EventType.REJECT, EventType.CONCEDE})
#: arcs walked from an answer down to what it answers ("refused to bow to pressure from X")
_DOWN = frozenset({"dobj", "xcomp", "prep", "pobj", "nsubjpass"})
#: prepositions walked through: what is answered ("respond to", "comply with") and a concession
#: ("despite calls from X")
_ANSWERED_PREPS = frozenset({"to", "with", "despite"})
#: verbs whose subject answers a demand it governs ("ignored the demand", "rejected calls")
_ANSWERING = frozenset(
    """reject refuse ignore defy dismiss spurn rebuff accept meet heed respond answer comply bow
    yield satisfy fulfil fulfill consider study welcome deny decline""".split()
)
#: request nouns whose addressee is who answers them
_REQUEST_NOUNS = frozenset("demand call request appeal ultimatum plea".split())


def proposal_nouns(parsed: ParsedDoc, trig: Trigger, *, deep: bool) -> list[int]:
    """The nouns that name what an answer answers: the trigger's own noun ("rejected X's
    proposal"), else, with ``deep``, the nearest such noun among the objects of the trigger and of
    its complement ("refused to respond to a demand from X", "declined despite calls from X")."""
    if trig.noun is not None and lemma_in(parsed[trig.noun], PROPOSALS):
        return [trig.noun]
    if not deep:
        return []
    frontier = [trig.head]
    for _ in range(4):
        nxt = [
            c.i
            for i in frontier
            for c in parsed.children(i)
            if c.dep in _DOWN and (c.dep != "prep" or c.lower in _ANSWERED_PREPS) and c.i != trig.noun
        ]
        found = [i for i in nxt if parsed[i].pos == "NOUN" and lemma_in(parsed[i], PROPOSALS)]
        if found:
            return found
        frontier = nxt
    return []


def authors(parsed: ParsedDoc, noun: int, named: Callable[[int], bool]) -> list[int]:
    """The tokens that may name who made a proposal: its possessor, its by/from phrase, its "of"
    phrase when that names a party itself (``named``: "the demands of the workers", not "the plan
    of withdrawal from X"), the agent of a participle on it ("a plan put forward by X") and its
    modifiers ("a French plan")."""
    out = children_of(parsed, noun, ("poss",)) + prep_objects(parsed, noun, ("by", "from"))
    for pobj in prep_objects(parsed, noun, ("of",)):
        near = [pobj] + [c.i for c in parsed.children(pobj) if c.dep in ("compound", "amod", "poss")]
        out.extend([pobj] if any(named(i) for i in near) else [])
    for clause in parsed.children(noun):
        if clause.dep == "acl" and clause.tag == "VBN":
            out.extend(prep_objects(parsed, clause.i, ("by",)))
    out.extend(c.i for c in parsed.children(noun) if c.dep in ("amod", "compound", "nmod"))
    return out


def proposer_tokens(parsed: ParsedDoc, trig: Trigger, named: Callable[[int], bool]) -> list[int]:
    """The tokens naming who made what an answer answers: the recipient of a rejection or a
    concession (and of an agreement to a proposal its trigger names: "accepted the Danish
    plan"). Empty for other events."""
    event = trig.entry.event
    if event not in ANSWERS and not (event is EventType.AGREE and trig.noun is not None):
        return []
    nouns = proposal_nouns(parsed, trig, deep=event in ANSWERS)
    return [a for n in nouns for a in authors(parsed, n, named)]


def answering_verb(parsed: ParsedDoc, trig: Trigger) -> int | None:
    """The verb that answers a demand noun ("Iran ignored the UN's demand", "refused to respond
    to a demand from X"): its subject is whom the demand is addressed to. None for other
    triggers and when no answering verb governs the noun."""
    if trig.entry.event is not EventType.REQUEST or trig.entry.kind is not Kind.NOUN:
        return None
    if not lemma_in(parsed[trig.head], _REQUEST_NOUNS):
        return None
    tok = parsed[trig.head]
    verb: int | None = None
    if tok.dep == "dobj":
        verb = tok.head
    elif tok.dep == "pobj" and tok.head != tok.i:
        prep = parsed[tok.head]
        if prep.dep == "prep" and prep.lower in _ANSWERED_PREPS:
            verb = prep.head
    if verb is None or parsed[verb].pos != "VERB" or not lemma_in(parsed[verb], _ANSWERING):
        return None
    return verb


#: nouns of leaving a place, whose "from" phrase names the place left ("a withdrawal from X")
_DEPARTURES = frozenset("withdrawal pullout retreat exit departure evacuation".split())


def left_place(parsed: ParsedDoc, trig: Trigger, holder: int, source: str) -> bool:
    """True for the "from" phrase of a demanded departure ("demanded the withdrawal of U.S. troops
    from Iraq"): the place left, not whom the demand is made of (who is to leave)."""
    return (
        trig.entry.event is EventType.REQUEST
        and source == "from"
        and holder == trig.noun
        and lemma_in(parsed[holder], _DEPARTURES)
    )


#: events a noun of speech names: its "from" phrase is the speaker ("a warning from X"), the "to"
#: phrase of the verb it is the object of the addressee ("sent a warning to X")
SPEECH_ACTS = frozenset({EventType.REQUEST, EventType.THREATEN, EventType.ACCUSE})


def speaker_tokens(parsed: ParsedDoc, trig: Trigger) -> list[int]:
    """The "from" object of a noun of speech: who speaks ("a warning from X", "a protest from X")."""
    if trig.entry.kind is not Kind.NOUN or trig.entry.event not in SPEECH_ACTS:
        return []
    return prep_objects(parsed, trig.head, ("from",))


def addressee_tokens(parsed: ParsedDoc, trig: Trigger) -> list[int]:
    """The "to" object of the verb a noun of speech is the object of: whom it is addressed to
    ("sent a warning to X", "delivered an ultimatum to X", "handed a protest note to X")."""
    tok = parsed[trig.head]
    if trig.entry.kind is not Kind.NOUN or trig.entry.event not in SPEECH_ACTS:
        return []
    if tok.dep != "dobj" or tok.head == tok.i or parsed[tok.head].pos != "VERB":
        return []
    return prep_objects(parsed, tok.head, ("to",))
