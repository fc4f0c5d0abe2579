"""One event per act: merging triggers of one type that report the same act twice.

A sentence often names one act with two triggers of the same PLOVER type; an analyst codes it once.

* ``merge_subordinate``: a clause with no subject of its own that hangs from a trigger of the same
  type tells the purpose or the result of that act, or restates it: "phoned her counterpart to
  discuss the crisis" (one consultation), "fired tear gas to scatter the crowd", "shelled the port,
  killing six", "agreed to sign the accord", "killed or wounded forty". A result or a conjunct
  merges only when its mode is the main act's or one of them has none ("cut ties with and expelled
  the envoy" are two sanctions, "declared martial law, arresting opponents" two coercions), and a
  conjunct only when the first verb has no object of its own and the conjunct names no other
  coded target ("shelled Homs and bombed Aleppo", "stormed the barracks and seized the mayor").
  A ranked noun beside the clause restates its act: "held talks in Rome, the first delegation to
  visit Italy since the war" is one consultation.
* ``merge_frames``: an event noun in an "in", "into", "during" or "amid" phrase of a trigger of
  the same type is the frame of that act, not another one: "were killed in the fighting", "struck
  in protest at the arrests", "mediation in the talks", "an inquiry into the allegations".

Apart from these, ``background`` finds an agreement or a truce that the act only refers to.

The trigger kept is the main one (its mode and modality stand); the dropped trigger only fills
the roles the main one left empty. A clause whose actor is another party stays an event of its
own ("troops fired to stop rebels attacking").
"""

from __future__ import annotations

from ..lexicon import Kind, Trigger, clause_head
from ..parsed import ParsedDoc
from ..schema import EventType
from .roles import Roles

Found = tuple[Trigger, Roles]

#: prepositions of the frame an act happens in ("killed in the fighting", "during the protests")
FRAME_PREPS = frozenset({"in", "into", "during", "amid", "amidst"})
#: dependencies of a clause that serves or continues the act of the word it hangs from
_SUBORDINATE = frozenset({"xcomp", "advcl", "acl", "relcl", "conj"})


def _carrier(parsed: ParsedDoc, trig: Trigger) -> int:
    return trig.head if trig.entry.kind is not Kind.NOUN else clause_head(parsed, trig.head)


def _anchors(parsed: ParsedDoc, trig: Trigger) -> set[int]:
    """The tokens by which a trigger can be the main act of another: its words and carrier verb."""
    return {*trig.tokens, trig.head, _carrier(parsed, trig)}


def _subordinate_link(parsed: ParsedDoc, trig: Trigger) -> tuple[int, str] | None:
    """The word a subject-less purpose, result or conjunct clause hangs from, with its kind."""
    if trig.entry.kind is Kind.NOUN:
        return None
    verb = parsed[trig.head]
    kids = list(parsed.children(verb.i))
    if verb.dep not in _SUBORDINATE or verb.head == verb.i:
        return None
    if any(c.dep in ("nsubj", "nsubjpass", "csubj", "expl") for c in kids):
        return None  # a clause with a subject of its own: "urged Iran to release"
    if verb.dep == "conj":
        return verb.head, "conj"
    if verb.dep in ("relcl", "acl") and _ordinal_restatement(parsed, verb.head):
        return parsed[verb.head].head, "restatement"  # "held talks, the first delegation to visit"
    if any(c.dep == "aux" and c.lower == "to" for c in kids):
        return verb.head, "purpose"  # "met to discuss", "used tear gas to disperse"
    if verb.dep == "advcl" and verb.tag == "VBG" and not any(c.dep == "mark" for c in kids):
        return verb.head, "result"  # "shelled the town, killing six"; not "after killing"
    return None


#: the words by which "the first delegation to visit X" ranks the act of the clause it restates
_ORDINALS = frozenset("first second third last latest only".split())


def _ordinal_restatement(parsed: ParsedDoc, noun: int) -> bool:
    """True for a ranked noun ("the first Western delegation to visit Bucharest") set beside the
    clause of the act it ranks, as its apposition or a second object of its verb."""
    tok = parsed[noun]
    ranked = any(c.dep == "amod" and c.lower in _ORDINALS for c in parsed.children(noun))
    return ranked and tok.dep in ("appos", "dobj", "npadvmod", "attr") and tok.head != tok.i


def _actors_agree(sub: Roles, main: Roles) -> bool:
    """The subordinate act's actors are none, or the main act's (by country and sector), or the
    main act has none yet."""
    if not sub.actor or not main.actor:
        return True
    mains = {(m.entity.code, m.entity.sector) for m in main.actor}
    return {(m.entity.code, m.entity.sector) for m in sub.actor} <= mains


def _other_target(sub: Roles, main: Roles) -> bool:
    """True when a conjunct names a coded recipient the main act does not have ("and bombed Aleppo")."""
    spans = {(m.start, m.end) for m in main.recipient}
    return bool(spans) and any(m.entity.code and (m.start, m.end) not in spans for m in sub.recipient)


def _modes_fit(main: Trigger, sub: Trigger) -> bool:
    """The same mode, or one of them has none: "shelled the town, killing six" is one shelling."""
    return not main.entry.mode or not sub.entry.mode or main.entry.mode == sub.entry.mode


def _own_object(parsed: ParsedDoc, verb: int) -> bool:
    """True when the first conjunct has an object of its own ("stormed the barracks and ..."); in
    "killed or wounded forty" the object is shared."""
    return any(c.dep in ("dobj", "attr") for c in parsed.children(verb))


def _fill(main: Roles, sub: Roles) -> Roles:
    return Roles(main.actor or sub.actor, main.recipient or sub.recipient)


def _main_of(
    parsed: ParsedDoc, found: list[Found], k: int, anchors: set[int], dropped: dict[int, int]
) -> int | None:
    trig = found[k][0]
    for j, (other, _) in enumerate(found):
        if j == k or j in dropped or other.entry.event is not trig.entry.event:
            continue
        if anchors & _anchors(parsed, other):
            return j
    return None


def _collapse(found: list[Found], dropped: dict[int, int]) -> list[Found]:
    """Fill each kept trigger's empty roles from the triggers merged into it (in text order)."""
    merged = list(found)
    for k in sorted(dropped):
        root = dropped[k]
        while root in dropped:
            root = dropped[root]
        trig, roles = merged[root]
        merged[root] = (trig, _fill(roles, found[k][1]))
    return [item for k, item in enumerate(merged) if k not in dropped]


def merge_subordinate(parsed: ParsedDoc, found: list[Found]) -> list[Found]:
    """Drop a purpose, result or conjunct clause of a trigger of the same type (rules above)."""
    dropped: dict[int, int] = {}
    for k, (trig, roles) in enumerate(found):
        link = _subordinate_link(parsed, trig)
        if link is None:
            continue
        governor, kind = link
        j = _main_of(parsed, found, k, {governor}, dropped)
        if j is None:
            continue
        main = found[j][0]
        object_noun = main.entry.kind is Kind.NOUN and governor != main.head  # "demanded talks to ..."
        if not object_noun and kind != "restatement" and not _actors_agree(roles, found[j][1]):
            continue
        if kind != "purpose" and not _modes_fit(main, trig):
            continue  # "cut ties with and expelled the envoy", "declared martial law, arresting ..."
        if kind == "conj" and (_own_object(parsed, governor) or _other_target(roles, found[j][1])):
            continue  # "stormed the barracks and kidnapped the mayor": two acts
        dropped[k] = j
    return _collapse(found, dropped)


def _frame_anchors(parsed: ParsedDoc, trig: Trigger) -> set[int]:
    """The words a noun's frame phrase hangs from: "killed [in the fighting]", "a strike that shut
    the city [in protest]" (the relative clause's noun too)."""
    tok = parsed[trig.head]
    if trig.entry.kind is not Kind.NOUN or tok.dep != "pobj":
        return set()
    prep = parsed[tok.head]
    if prep.lower not in FRAME_PREPS or prep.head == prep.i:
        return set()
    anchor = parsed[prep.head]
    out = {anchor.i}
    if anchor.dep in ("relcl", "acl") and anchor.head != anchor.i:
        out.add(anchor.head)
    return out


def merge_frames(parsed: ParsedDoc, found: list[Found]) -> list[Found]:
    """Drop an event noun that is the frame of a trigger of the same type (rules above)."""
    dropped: dict[int, int] = {}
    for k, (trig, _) in enumerate(found):
        anchors = _frame_anchors(parsed, trig)
        if not anchors:
            continue
        j = _main_of(parsed, found, k, anchors, dropped)
        if j is not None and trig.head not in _anchors(parsed, found[j][0]):
            dropped[k] = j
    return _collapse(found, dropped)


#: the types of a standing arrangement: agreements and truces
_STANDING = frozenset({EventType.AGREE, EventType.RETREAT})
#: verbs whose object is a standing arrangement watched over, not made: "monitor the ceasefire"
_MONITOR = frozenset("monitor oversee supervise verify police observe".split())
#: prepositions of the standing agreement an act is done under ("under the deal", "as part of a pact")
_UNDER = frozenset({"under", "of"})


def background(parsed: ParsedDoc, trig: Trigger) -> bool:
    """True for an event noun that names a standing arrangement the sentence's act refers to, not an
    act of its own: the object of a verb of monitoring ("peacekeepers sent to monitor a truce"), or an
    agreement under which the act is done ("will free prisoners under a 2021 deal", "as part of a
    UN-brokered accord"). Only nouns of agreements and truces (AGREE, RETREAT)."""
    if trig.entry.kind is not Kind.NOUN or trig.entry.event not in _STANDING:
        return False
    tok = parsed[trig.head]
    governor = parsed[tok.head]
    if tok.dep == "dobj" and governor.lemma.lower() in _MONITOR and trig.entry.event is EventType.RETREAT:
        return True
    if tok.dep != "pobj" or governor.lower not in _UNDER or trig.entry.event is not EventType.AGREE:
        return False
    if governor.lower == "under":
        return parsed[governor.head].pos in ("VERB", "AUX")
    part = parsed[governor.head]  # "as part of a deal"
    return part.lower == "part" and part.dep == "pobj" and parsed[part.head].lower == "as"
