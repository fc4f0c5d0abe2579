"""Event nouns that name the background of another act, not a new event of their own.

A report names earlier or surrounding events to place the one it reports: "the army withdrew after
days of fighting", "the border was closed because of clashes", "since last year's invasion",
"ahead of the talks". Those nouns set the scene; the news is the clause's own act. Likewise an event
noun that only modifies another noun ("ceasefire talks", "strike leaders", "protest organisers")
names a kind of thing, not an act. Both yield no event.

A cause of death is not background: "died after torture" names the assault (:mod:`.senseroles`).
"""

from __future__ import annotations

from ..lexicon import Kind, Trigger, lemma_in
from ..parsed import ParsedDoc, Token
from .senseroles import MEASURES

#: prepositions that place an act after, because of or around an earlier or ongoing one
_SCENE_PREPS = frozenset(
    {"after", "following", "since", "amid", "amidst", "ahead", "because", "prior", "despite"}
)
#: two-word scene markers: the noun heading the preposition ("because of", "in the wake of")
_SCENE_NOUNS = frozenset({"wake", "aftermath", "eve", "because", "result"})
#: scene markers that date the act by another one, earlier or still to come ("since the invasion",
#: "on the eve of a visit by ...", "ahead of talks with ..."): never an event reported here
_TIME_MARKS = frozenset({"since", "eve", "ahead"})
#: verbs of dying or being hurt: their "after" complement is the cause, an assault (coded)
_HARMED = frozenset("die perish succumb injure wound hurt hospitalize hospitalise".split())


def _measured(parsed: ParsedDoc, tok: Token) -> Token:
    """The measure that counts out an event noun ("five days of fighting" -> days), else the noun."""
    if tok.dep != "pobj" or tok.head == tok.i:
        return tok
    prep = parsed[tok.head]
    if prep.lower != "of" or prep.head == prep.i:
        return tok
    measure = parsed[prep.head]
    return measure if lemma_in(measure, MEASURES) else tok


def _scene_prep(parsed: ParsedDoc, tok: Token) -> tuple[str, Token] | None:
    """The marker word of a scene phrase whose object is ``tok`` and the token attaching the phrase
    ("after [fighting]", "in the wake of [the riots]" -> ("wake", in), "ahead of [the talks]"), or
    None."""
    if tok.dep not in ("pobj", "dobj") or tok.head == tok.i:
        return None
    prep = parsed[tok.head]
    if tok.dep == "dobj" and prep.dep != "prep":  # "following [a demonstration]" read as a verb
        return None
    if prep.lower in _SCENE_PREPS:
        return prep.lower, prep
    if prep.lower != "of" or prep.head == prep.i:
        return None
    marker = parsed[prep.head]  # "ahead of", "because of", "in the wake of", "on the eve of"
    if marker.lower in _SCENE_PREPS or marker.lower in _SCENE_NOUNS:
        return marker.lower, marker if marker.dep != "pobj" else parsed[marker.head]
    return None


#: entity types of the parties an event noun may name ("fighting between Kurds and Turks")
_PARTY_ENTS = frozenset({"PERSON", "NORP", "GPE", "ORG"})
#: prepositions that introduce an event noun's parties ("clashes with the rebels", "a raid by Israel")
_PARTY_PREPS = frozenset({"with", "between", "by", "against", "of"})
#: the dependencies of a name or nationality modifying a noun ("Iranian troops", "Kurdish and Iranian troops")
_MODIFIERS = frozenset({"amod", "compound", "nmod"})


def _party(parsed: ParsedDoc, tok: Token) -> bool:
    """A named party: an entity, or a noun that a nationality or a name modifies ("Israeli man")."""
    if tok.ent_type in _PARTY_ENTS:
        return True
    return any(c.dep in _MODIFIERS and c.ent_type in _PARTY_ENTS for c in parsed.children(tok.i))


def _own_parties(parsed: ParsedDoc, tok: Token) -> bool:
    """True when an event noun names who took part ("fighting between Azerbaijanis and Armenians",
    "clashes with guerrillas", "the killing of an Israeli man", "Russia's invasion"): an event of
    its own, reported, not the scene of another. An "of" complement is a party only when named."""
    for child in parsed.children(tok.i):
        if child.dep == "poss" or (child.dep in _MODIFIERS and child.ent_type in _PARTY_ENTS):
            return True
        if child.dep == "prep" and child.lower in _PARTY_PREPS:
            objects = [g for g in parsed.children(child.i) if g.dep == "pobj"]
            objects += [c for g in objects for c in parsed.children(g.i) if c.dep == "conj"]
            named = child.lower != "of"  # "fighting with guerrillas"; "the bombing of a market" is no party
            if any(_party(parsed, g) or (named and g.pos in ("NOUN", "PROPN")) for g in objects):
                return True
    return False


def background_noun(parsed: ParsedDoc, trig: Trigger) -> bool:
    """True when a noun trigger, or a bare gerund, sets the scene of a clause's act ("withdrew after
    five days of fighting", "closed the border because of clashes", "since the invasion"), names no
    party of its own (:data:`_TIME_MARKS` date the act by another whatever its parties) and is not
    the cause of a death or injury ("died after torture"). "Fled after killing two guards" (a gerund
    with an object) is an act of the clause's subject."""
    tok = parsed[trig.head]
    objects = any(c.dep == "dobj" for c in parsed.children(tok.i))
    gerund = tok.tag == "VBG" and tok.dep == "pobj" and not objects
    if trig.entry.kind is not Kind.NOUN and not (trig.entry.kind is Kind.VERB and gerund):
        return False
    scene = _scene_prep(parsed, _measured(parsed, tok))
    if scene is None or scene[1].head == scene[1].i:
        return False
    mark, prep = scene
    if mark not in _TIME_MARKS and not lemma_in(tok, CONDITIONS) and _own_parties(parsed, tok):
        return False  # "because of fighting between Kurds and Turks" is reported
    governor = parsed[prep.head]
    while governor.pos not in ("VERB", "AUX") and governor.head != governor.i:
        governor = parsed[governor.head]  # a scene phrase on the clause's object or subject noun
    if governor.pos not in ("VERB", "AUX"):
        return False
    return not lemma_in(governor, _HARMED)


#: nouns of a lasting condition rather than a single act: their people ("Palestinian unrest") make
#: them no more a report of their own when they frame another act ("after a week of unrest")
CONDITIONS = frozenset("unrest uprising revolt rebellion insurgency intifada turmoil upheaval".split())
#: prepositions of the span within which another act took place ("the worst attack in the uprising")
_WITHIN = frozenset({"in", "during", "throughout"})
#: determiners and modifiers of a frame already known to the reader ("the talks", "the current uprising")
_GIVEN = frozenset("the this that these those its their his her our current ongoing continuing".split())
#: nouns whose "in" phrase names what their holder takes part in: "its role in the talks" is no frame
_TAKING_PART = frozenset("role part participation involvement share seat place presence say".split())
#: verbs of defending: what one defends against is another's earlier act ("defended X against criticism")
_DEFENDING = frozenset("defend protect shield guard safeguard insulate".split())
#: nouns whose "of"/"on"/"against" complement is a condition acted upon ("suppression of the unrest")
_UPON = frozenset({"of", "on", "against"})


def framing_noun(parsed: ParsedDoc, trig: Trigger) -> bool:
    """True when an event noun is only the known frame or target of another act, not an act reported
    here: the span, known and naming no party but a condition's people, that a noun or a gerund took
    place in ("the second worst bombing in the current uprising", "accused X of stalling in the
    talks"), what is defended against ("defended its ally against American criticism"), or a
    condition acted upon ("the crushing of the revolt")."""
    tok = parsed[trig.head]
    if trig.entry.kind is not Kind.NOUN or tok.dep != "pobj" or tok.head == tok.i:
        return False
    prep = parsed[tok.head]
    if prep.head == prep.i:
        return False
    governor = parsed[prep.head]
    defender = parsed[governor.head] if governor.dep == "dobj" else governor  # "defended X | against"
    if prep.lower == "against" and lemma_in(defender, _DEFENDING):
        return True
    if prep.lower in _UPON and governor.pos == "NOUN" and lemma_in(tok, CONDITIONS):
        return not lemma_in(governor, MEASURES)  # "a week of unrest" is the scene rule's
    if prep.lower not in _WITHIN or lemma_in(governor, _TAKING_PART):
        return False
    nominal = governor.pos == "NOUN" or (governor.tag == "VBG" and governor.dep in ("pcomp", "pobj"))
    given = any(c.dep in ("det", "poss", "amod") and c.lower in _GIVEN for c in parsed.children(tok.i))
    return nominal and given and (lemma_in(tok, CONDITIONS) or not _own_parties(parsed, tok))


#: nouns that a modifying event noun classifies without asserting its act ("ceasefire talks")
_CLASSIFIED = frozenset(
    "talk negotiation leader organiser organizer committee commission agreement deal plan proposal "
    "zone line monitor observer force mission team group movement official law bill resolution "
    "victim survivor camp site anniversary memorial museum".split()
)


def modifier_noun(parsed: ParsedDoc, trig: Trigger) -> bool:
    """True when a one-word noun trigger only modifies another noun that it classifies: "ceasefire
    talks", "strike leaders", "protest organisers", "a peace deal's aid clause"."""
    if trig.entry.kind is not Kind.NOUN or len(trig.tokens) != 1:
        return False
    tok = parsed[trig.head]
    if tok.dep != "compound" or tok.head == tok.i:
        return False
    return lemma_in(parsed[tok.head], _CLASSIFIED)
