"""The recipient search of roles.py: when a trigger's own arguments name no recipient, the nearest
party below it (:func:`.rolerules.nearest_below`), through its objects, a threat's conditions and
complement, its purpose clause or a demand's content clause (:func:`searched_recipients`), among
the mentions :func:`party_filter` lets through.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from ..lexicon import DEP_SOURCES, Kind, Trigger
from ..parsed import ParsedDoc
from ..schema import EventType, Mention
from .roleobjects import joined
from .roleparse import misattached_appositions
from .rolepurposes import campaign_aims
from .rolerules import (
    actor_span,
    children_of,
    condition_subjects,
    nearest_below,
    prep_objects,
    purpose_clauses,
    unique,
    with_conjuncts,
)

if TYPE_CHECKING:
    from .roles import MentionIndex

__all__ = ["party_filter", "restates_actors", "searched_recipients"]


def party_filter(
    parsed: ParsedDoc, trig: Trigger, index: MentionIndex, actors: Sequence[Mention]
) -> Callable[[int], list[Mention]]:
    """The mentions at a token that can be the recipient the search looks for: not the actors
    ("its border", "their talks", "between the two countries"), not an uncoded, unsectored
    phrase ("the biggest group": the search looks further), and, for an entry that names its
    recipient's preposition, not the actor's own force it moves ("deployed 400 Kenyan police
    officers to X", "deployed troops to X"), which the search looks through."""
    actor_names = {m.entity.entity_name for m in actors}
    actor_codes = {m.entity.code for m in actors if m.entity.code}
    own_forces = {  # the actor's own forces ("peacekeepers were shipped out, leaving 100 UN troops")
        (m.entity.code, m.entity.sector) for m in actors if m.entity.code and m.entity.sector in _FORCES
    }
    sources = trig.entry.recipient_sources
    objects = [c.i for c in parsed.children(trig.head) if c.dep == "dobj" and c.i != trig.noun]
    own_objects = set(objects) | {  # the object's own words: "400 police officers", "its police"
        c.i for o in objects for c in parsed.children(o) if c.dep in ("compound", "amod", "nummod", "poss")
    }
    if trig.noun is not None:  # the owner of the trigger's noun: "recalled its ambassador"
        own_objects |= set(children_of(parsed, trig.noun, ("poss",)))
    force = (bool(sources) and "dobj" not in sources) or trig.entry.event is EventType.MOBILIZE

    def others(i: int) -> list[Mention]:
        conjuncts = with_conjuncts(parsed, i)  # "with X and Y"
        found = [m for j in conjuncts for m in index.at(j) if m.entity.entity_name not in actor_names]
        found = [m for m in found if (m.entity.code, m.entity.sector) not in own_forces]  # "100 UN troops"
        found = [m for m in found if not own_members(m, actor_names)]  # "a call for its forces to ..."
        found = [m for m in found if not restates_actors(m, found, actor_codes)]
        if not any(m.entity.code or m.entity.sector for m in found):
            return []  # "the biggest group": no party to code; look further
        if force and i in own_objects:
            found = [m for m in found if m.entity.code and m.entity.code not in actor_codes]
        return found

    return others


def own_members(mention: Mention, actor_names: set[str]) -> bool:
    """True for an organisation's own members named through its pronoun ("the African Union rejected
    a call for its peacekeepers to deploy": the AU's own forces), whose name is the actor's."""
    name = mention.entity.entity_name
    return mention.entity.rule == "pronoun+sector" and any(name.startswith(f"{a} ") for a in actor_names)


#: sectors of armed forces: the actor's own are no recipient of what it does
_FORCES = frozenset({"MIL", "COP"})


def restates_actors(mention: Mention, found: Sequence[Mention], actor_codes: set[str]) -> bool:
    """True for one of the entities of a plural phrase that names the compound actor again ("the
    United States and Jordan agreed on a pact between the two countries")."""
    same_span = {m.entity.code for m in found if (m.start, m.end) == (mention.start, mention.end)}
    return len(same_span) > 1 and None not in same_span and same_span <= actor_codes


#: prepositions whose object is what a protest is about ("a strike over a law passed by X")
_GRIEVANCE = frozenset({"over"})


def searched_recipients(
    parsed: ParsedDoc,
    trig: Trigger,
    index: MentionIndex,
    actors: Sequence[Mention],
    actor_toks: Sequence[int],
) -> list[Mention]:
    """The recipient found by searching below the trigger when its own arguments name none: its
    objects, a threat's conditions and complement, its purpose clause, a demand's content clause.
    At the same distance a coded party outranks an uncoded one ("refused entry to Ghanaians, by far
    the biggest group")."""
    others = party_filter(parsed, trig, index, actors)
    skip = set(trig.tokens) | set(actor_toks) | actor_span(parsed, actor_toks, trig.head)
    skip |= misattached_appositions(parsed, trig.head)
    roots = [trig.head] + ([trig.noun] if trig.noun is not None else [])
    event = trig.entry.event
    sources = frozenset(trig.entry.recipient_sources) | (
        _GRIEVANCE if event is EventType.PROTEST else frozenset()
    )
    recipients = unique(nearest_below(parsed, roots, others, skip=skip, open_preps=sources, prefer=_coded))
    if not recipients and event is EventType.THREATEN:
        recipients = unique(m for i in condition_subjects(parsed, trig.head) for m in others(i))
    if not recipients and event is EventType.THREATEN:  # the threatened act's target
        clauses = [c.i for c in parsed.children(trig.head) if c.dep == "ccomp"]
        recipients = unique(nearest_below(parsed, clauses, others, skip=skip)) if clauses else []
    if not recipients:  # "marched to demand X's resignation", "opened the border to let aid reach X"
        purposes = purpose_clauses(parsed, trig, filled=_slot_filled(parsed, trig))
        purposes += campaign_aims(parsed, trig)  # "in a bid to force X", "as part of a drive to"
        fellows, acts = joined(parsed, purposes)  # "joining nurses in calling for Y": Y, not the nurses
        purposes += [a for a in acts if a not in purposes]
        found = nearest_below(parsed, purposes, others, skip=skip | fellows, depth=5, prefer=_coded)
        recipients = unique(found)
    if not recipients and event is EventType.REQUEST:  # "its demand that Israel ease ..."
        clauses = [c.i for c in parsed.children(trig.head) if c.dep in ("ccomp", "acl")]
        clauses += _stranded_content(parsed, trig)
        subjects = [s for c in clauses for s in children_of(parsed, c, ("nsubj", "nsubjpass"))]
        recipients = unique(m for i in subjects for m in others(i))
    coded = [m for m in recipients if m.entity.code]
    return coded or recipients


def _slot_filled(parsed: ParsedDoc, trig: Trigger) -> bool:
    """True when a preposition the entry takes its recipient from has an object, though no party
    ("its invasion of South Lebanon"): the recipient is that phrase, not a party further on."""
    preps = [s for s in trig.entry.recipient_sources if s not in DEP_SOURCES]
    holders = [trig.head] + ([trig.noun] if trig.noun is not None else [])
    return bool(preps) and any(prep_objects(parsed, h, preps) for h in holders)


def _stranded_content(parsed: ParsedDoc, trig: Trigger) -> list[int]:
    """The "that" clause of an event noun the parser hung on the verb governing the noun
    ("renewed its demand that X withdraw": "withdraw" under "renewed", after "demand")."""
    tok = parsed[trig.head]
    if trig.entry.kind is not Kind.NOUN or tok.dep != "dobj" or tok.head == tok.i:
        return []
    return [
        c.i
        for c in parsed.children(tok.head)
        if c.dep == "ccomp"
        and c.i > tok.i
        and any(m.dep == "mark" and m.lower == "that" for m in parsed.children(c.i))
    ]


def _coded(mention: Mention) -> bool:
    return mention.entity.code is not None
