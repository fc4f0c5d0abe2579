"""Role rules for parses that hide who acts on whom, used by roles.py.

:func:`misattached_appositions` finds an apposition the parser made a second object of the verb
("refused entry to Ghanaians, by far the largest group"); :func:`genitive_actor` reads the doer
of an event noun from its "of" phrase ("the deployment of NATO troops"); :func:`reciprocal_party`
gives a reciprocal event noun in an adverbial phrase the subject of its clause ("retook the town
after fighting with rebels"); :func:`summoned_roles` reads "ordered X to appear for questioning"
(X questioned, by the one who ordered it).
"""

from __future__ import annotations

from ..lexicon import Trigger, lemma_in
from ..parsed import ParsedDoc
from ..schema import EventType
from .rolenoun import ADDRESSING, party_for
from .rolerules import children_of, prep_objects

__all__ = [
    "called_subject", "conjoined_agent", "distant_agent", "genitive_actor", "misattached_appositions",
    "negotiating_partner", "object_participle_subject", "participle_subjects", "pronoun_owner",
    "quantified_object", "reciprocal_party", "requester", "shared_object", "shares_passive", "shifted_object",
    "summoned_roles",
]  # fmt: skip

#: dependents of a verb that may stand between an object and its apposition ("..., by far the ...")
_BETWEEN = frozenset({"punct", "prep", "advmod", "npadvmod", "pcomp"})
#: arguments of a verb an apposition can follow
_ARGUMENTS = frozenset({"dobj", "dative", "prep"})


def misattached_appositions(parsed: ParsedDoc, verb: int) -> set[int]:
    """Objects of ``verb`` that are an apposition of the argument before them: a noun phrase the
    parser labelled a second object, set off from that argument by a comma ("refused entry to
    Ghanaians, by far the largest group": "group" is the Ghanaians, not a second recipient)."""
    out: set[int] = set()
    children = list(parsed.children(verb))
    for obj in children:
        if obj.dep != "dobj":
            continue
        lo = parsed.subtree(obj.i)[0]
        earlier = [c.i for c in children if c.i < obj.i and c.i not in out and _names_party(parsed, c.i)]
        if not earlier:
            continue
        end = parsed.subtree(earlier[-1])[1]
        between = parsed.tokens[end:lo]
        comma = any(t.text == "," for t in between)
        loose = all(t.dep in _BETWEEN or _under(parsed, t.i, verb, _BETWEEN) for t in between)
        if comma and loose and between:
            out.add(obj.i)
    for prep in children:  # "by far the largest group" read as a "by" phrase
        if prep.lower == "by" and any(c.lower == "far" for c in parsed.children(prep.i)):
            out.update(children_of(parsed, prep.i, ("pobj",)))
    return out


def _names_party(parsed: ParsedDoc, i: int) -> bool:
    """True for an object, or a preposition with an object ("to Ghanaians"; not "by far")."""
    tok = parsed[i]
    if tok.dep in ("dobj", "dative") and tok.pos in ("NOUN", "PROPN", "PRON"):
        return True
    return tok.dep in _ARGUMENTS and bool(children_of(parsed, i, ("pobj",)))


def _under(parsed: ParsedDoc, i: int, verb: int, deps: frozenset[str]) -> bool:
    """True when token ``i`` hangs, through ``deps`` arcs only, on an adverbial of ``verb``."""
    for _ in range(3):
        tok = parsed[i]
        if tok.head == verb:
            return tok.dep in deps
        if tok.dep not in deps:
            return False
        i = tok.head
    return False


def genitive_actor(parsed: ParsedDoc, trig: Trigger) -> list[int]:
    """The "of" object of an event noun whose entry takes none of its recipients from "of": the
    doer, or the force it moves ("the deployment of NATO troops", "the withdrawal of Russian
    forces", "a walkout of dock workers"). Empty for "of" recipients ("the invasion of X")."""
    if "of" in trig.entry.recipient_sources:
        return []
    tok = parsed[trig.head]
    if tok.dep == "pobj" and parsed[tok.head].lower == "in" and trig.entry.event is EventType.PROTEST:
        return []  # "in protest of X": what is protested, not who protests
    return prep_objects(parsed, trig.head, ("of",))


#: prepositions that set an event noun as the circumstance of a clause ("after fighting with X")
_CIRCUMSTANCE = frozenset({"after", "during", "amid", "following", "in", "before", "since"})


def reciprocal_party(parsed: ParsedDoc, trig: Trigger) -> list[int]:
    """The subject of the clause a reciprocal event noun ("fighting with", "clashes with", "talks
    with") is a circumstance of: the other party to what its "with" phrase names ("the army
    retook the town after heavy fighting with rebels": the army fought). Empty otherwise."""
    noun = parsed[trig.head]
    if "with" not in trig.entry.recipient_sources or not prep_objects(parsed, noun.i, ("with",)):
        return []
    prep = parsed[noun.head]
    if noun.dep != "pobj" or prep.lower not in _CIRCUMSTANCE or prep.head == prep.i:
        return []
    verb = parsed[prep.head]
    if verb.pos not in ("VERB", "AUX"):
        return []
    return children_of(parsed, verb.i, ("nsubj", "nsubjpass"))


#: verbs whose subject presents itself for what their "for" phrase names ("appear for questioning")
_PRESENT_VERBS = frozenset("appear report come present return surrender".split())


#: events a person is held or summoned for ("for questioning", "for trial", "for interrogation")
_SUMMONED_FOR = frozenset({EventType.ACCUSE, EventType.COERCE})


def summoned_roles(parsed: ParsedDoc, trig: Trigger) -> tuple[list[int], list[int]] | None:
    """Actor and recipient tokens of an act named in a "for" phrase of a verb of presenting
    oneself, of a passive or of a verb with an object ("ordered the former president to appear
    for questioning", "was detained for questioning by police", "police held X for questioning"):
    who presents himself or is held undergoes it; who ordered or held him performs it. None for
    other parses, and for events other than accusing and coercing ("came to Paris for talks")."""
    tok = parsed[trig.head]
    prep = parsed[tok.head]
    if trig.entry.event not in _SUMMONED_FOR:
        return None
    if tok.dep not in ("pcomp", "pobj") or prep.lower != "for" or prep.head == prep.i:
        return None
    gov = parsed[prep.head]
    passive = any(c.dep in ("nsubjpass", "auxpass") for c in parsed.children(gov.i))
    if passive:
        patients = children_of(parsed, gov.i, ("nsubjpass",))
        return prep_objects(parsed, gov.i, ("by",)) + prep_objects(parsed, tok.i, ("by",)), patients
    held = children_of(parsed, gov.i, ("dobj",))
    if held and gov.pos == "VERB" and not lemma_in(gov, _PRESENT_VERBS):  # "detained X for questioning"
        return children_of(parsed, gov.i, ("nsubj",)), held
    if not lemma_in(gov, _PRESENT_VERBS):
        return None
    patients = children_of(parsed, gov.i, ("nsubj",))
    actors: list[int] = []
    if gov.dep == "xcomp" and gov.head != gov.i:  # "ordered X to appear": X appears, for the one who ordered
        controller = gov.head
        patients = patients or children_of(parsed, controller, ("dobj",))
        actors = children_of(parsed, controller, ("nsubj",))
    return actors, patients


def participle_subjects(parsed: ParsedDoc, subjects: list[int]) -> list[int]:
    """Subjects with a participle the parser took for the subject replaced by the noun before it
    ("The Red Cross operating in Iraq said ...": "operating" the subject, "Cross" its subject). A
    participle with nothing after it is an event noun, not a clause ("Ukrainian shelling killed")."""
    out: list[int] = []
    for i in subjects:
        tok = parsed[i]
        clause = tok.pos == "VERB" and tok.tag in ("VBG", "VBN") and any(c.i > i for c in parsed.children(i))
        inner = children_of(parsed, i, ("nsubj",)) if clause else []
        out.extend([j for j in inner if j < i] or [i])
    return out


#: verbs by which one asks another to act ("asked the UN to send", "urged Germany to deliver")
_ASKING = frozenset("ask request urge appeal call press beg implore invite".split())
#: events of giving or sending: what the asker asks for is sent to the asker
_SENDING = frozenset({EventType.AID, EventType.MOBILIZE})


def requester(parsed: ParsedDoc, trig: Trigger) -> list[int]:
    """The subject of the verb that asks for an act of sending with no recipient of its own: whom
    the help is for ("Haiti asked the UN to send a security force": sent to Haiti)."""
    tok = parsed[trig.head]
    if trig.entry.event not in _SENDING or tok.dep != "xcomp" or tok.head == tok.i:
        return []
    asking = parsed[tok.head]
    if not lemma_in(asking, _ASKING):
        return []
    return children_of(parsed, asking.i, ("nsubj",))


#: a subject pronoun and the possessive that refers back to it
_POSSESSIVE_OF = {"it": "its", "they": "their", "he": "his", "she": "her", "we": "our"}


def pronoun_owner(parsed: ParsedDoc, verb: int, subjects: list[int]) -> list[int]:
    """The possessive on the verb's object that stands for its pronoun subject, when the pronoun
    itself names no one ("it is willing to withdraw its troops": "its", resolved, is the actor)."""
    wanted = {_POSSESSIVE_OF.get(parsed[i].lower) for i in subjects} - {None}
    if not wanted:
        return []
    verbs = [verb] + children_of(parsed, verb, ("xcomp",))  # "is willing to withdraw its troops"
    objects = [o for v in verbs for o in children_of(parsed, v, ("dobj",))]
    return [p for o in objects for p in children_of(parsed, o, ("poss",)) if parsed[p].lower in wanted]


def shifted_object(parsed: ParsedDoc, verb: int) -> list[int]:
    """The object of a verb with none, moved after its "as" predicate, that the parser hung on the
    "as" phrase: as an apposition of its noun ("denounced as a crime the army's raid on X"), or
    as that phrase itself, the predicate adjective read as its modifier ("condemned as illegal
    X's decision": an adjective before the phrase's determiner or possessor)."""
    if children_of(parsed, verb, ("dobj",)):
        return []
    out: list[int] = []
    for pobj in prep_objects(parsed, verb, ("as",)):
        out.extend(c for c in children_of(parsed, pobj, ("appos",)) if c > pobj)
        starts = [c.i for c in parsed.children(pobj) if c.dep in ("det", "poss")]
        names = [i for i in starts if parsed[i].pos == "PROPN"]  # "illegal Kenya's": not Kenya's
        adjectives = [
            c.i for h in [pobj, *names] for c in parsed.children(h) if c.dep == "amod" and c.pos == "ADJ"
        ]
        if adjectives and starts and min(adjectives) < min(starts):
            out.append(pobj)
    return out


def shares_passive(parsed: ParsedDoc, verb: int) -> bool | None:
    """For a verb conjoined to a passive, whether it is passive too: True for a participle sharing
    its "be" ("were detained and beaten") or with a passive auxiliary of its own ("and have been
    freed"); False for an active verb, one with an auxiliary of its own ("was indicted and will
    resign") or a finite verb with an object ("was ousted and fled the country"); None when the
    parse cannot tell (a past tense with neither: "was summoned and asked to explain")."""
    tok = parsed[verb]
    aux = [c for c in parsed.children(verb) if c.dep in ("aux", "auxpass")]
    if any(c.dep == "auxpass" for c in aux):
        return True
    if aux or (tok.tag in ("VBD", "VBZ", "VBP") and children_of(parsed, verb, ("dobj",))):
        return False
    return True if tok.tag == "VBN" else None


def conjoined_agent(parsed: ParsedDoc, verb: int) -> list[int]:
    """The agent of a passive participle conjoined to the passive ``verb`` and sharing its subject,
    when ``verb`` has none: "were detained and beaten by soldiers" (the soldiers detained them too)."""
    return [
        a
        for c in parsed.children(verb)
        if c.dep == "conj"
        and not children_of(parsed, c.i, ("nsubj", "nsubjpass"))
        and shares_passive(parsed, c.i)
        for a in prep_objects(parsed, c.i, ("by",))
    ]


def quantified_object(parsed: ParsedDoc, verb: int) -> list[int]:
    """The object of a verb with none, counted with "up to", that the parser read as the verb's
    particle "up" and a "to" phrase ("have kidnapped up to 16 advisers": the advisers are
    kidnapped, not a destination). The "to" object must carry the number."""
    out: list[int] = []
    for up in parsed.children(verb):
        if up.lower != "up" or up.dep not in ("prt", "advmod", "prep") or up.i + 1 >= len(parsed):
            continue
        to = parsed[up.i + 1]
        if to.lower != "to" or to.dep != "prep" or to.head not in (up.i, verb):
            continue
        out.extend(
            obj
            for obj in children_of(parsed, to.i, ("pobj",))
            if parsed[obj].pos == "NUM" or any(c.dep == "nummod" for c in parsed.children(obj))
        )
    return out


def distant_agent(parsed: ParsedDoc, verb: int) -> list[int]:
    """The "by" phrase of a passive ``verb`` that follows an aside set off by commas, which the
    parser hung on a word of the aside ("was accused of fraud, most of it never proved, by the
    auditors", "was charged on Monday, a move seen as political, by prosecutors"): a "by"
    directly after the comma that closes the aside, its head inside the aside."""
    sent = parsed[verb].sent
    commas = [i for i in range(verb + 1, len(parsed)) if parsed[i].sent == sent and parsed[i].text == ","]
    if len(commas) < 2:
        return []
    for comma in commas[1:]:
        by = parsed[comma + 1] if comma + 1 < len(parsed) else None
        if by is None or by.lower != "by" or by.dep not in ("prep", "agent"):
            continue
        if commas[0] < by.head < comma:
            return children_of(parsed, by.i, ("pobj",))
    return []


#: nouns of talks, whose "with" phrase names the other side of what they lead to
_TALKS = frozenset("talk negotiation deliberation consultation discussion meeting dialogue mediation".split())
#: prepositions that set talks as the circumstance of an act ("after talks with X")
_AFTER_TALKS = frozenset({"after", "following", "during", "through", "in", "at"})
#: events settled with another side: the side talked with is their recipient
_SETTLED = frozenset(
    {EventType.AGREE, EventType.CONCEDE, EventType.REJECT, EventType.RETREAT, EventType.COOPERATE}
)


def negotiating_partner(parsed: ParsedDoc, trig: Trigger) -> list[int]:
    """The other side of talks an agreement, concession or refusal came out of ("called off the
    strike after deliberations with the government", "agreed to extend the truce following talks
    with X"): the "with" object of a talk noun in a circumstance phrase of the trigger or of its
    infinitive complement. Empty for other events."""
    if trig.entry.event not in _SETTLED:
        return []
    holders = [trig.head] + ([trig.noun] if trig.noun is not None else [])
    holders += children_of(parsed, trig.head, ("xcomp",))
    out: list[int] = []
    for holder in holders:
        for prep in parsed.children(holder):
            if prep.dep != "prep" or prep.lower not in _AFTER_TALKS:
                continue
            talks = [t for t in children_of(parsed, prep.i, ("pobj",)) if lemma_in(parsed[t], _TALKS)]
            out.extend(w for t in talks for w in prep_objects(parsed, t, ("with",)))
    return out


def shared_object(parsed: ParsedDoc, verb: int) -> list[int]:
    """The object of the verb coordinated right after a verb with none, that both act on ("killing
    or wounding 50", "looted and burned three villages"): only for "V1 and/or V2 object"."""
    if verb + 2 >= len(parsed) or parsed[verb + 1].dep != "cc":
        return []
    nxt = parsed[verb + 2]
    if nxt.dep != "conj" or nxt.head != verb or nxt.pos != "VERB":
        return []
    return children_of(parsed, nxt.i, ("dobj",))


#: participles of what a crowd says or does to press a cause ("protesters demanding X")
_CROWD_ACTS = frozenset(
    "demand call protest chant shout urge denounce seek oppose demonstrate march press appeal".split()
)
_PLACE_TYPES = frozenset({"GPE", "LOC", "FAC"})
#: entity labels of a time ("wrote to X on Friday demanding": not Friday's demand)
_TIME_TYPES = frozenset({"DATE", "TIME"})


def object_participle_subject(parsed: ParsedDoc, verb: int) -> int | None:
    """The object a participle of speech or protest right after it describes, when the parser hung
    the participle on the verb ("police arrested dozens of protesters demanding X's release":
    the protesters demand, not the police); None after a comma ("..., demanding X") or a place."""
    tok = parsed[verb]
    if tok.tag != "VBG" or tok.dep not in ("advcl", "xcomp") or tok.head == verb:
        return None
    if not lemma_in(tok, _CROWD_ACTS) or children_of(parsed, verb, ("nsubj", "mark", "aux")):
        return None
    objects = children_of(parsed, tok.head, ("dobj",)) + _pobjs(parsed, tok.head)
    if lemma_in(parsed[tok.head], ADDRESSING):  # "wrote to X demanding": the writer demands
        objects = [o for o in objects if parsed[parsed[o].head].lower != "to"]
    for obj in objects + [o for d in objects for o in _pobjs(parsed, d)]:  # "dozens of protesters"
        noun = parsed[obj]
        if parsed.subtree(obj)[1] != verb or noun.ent_type in _PLACE_TYPES or noun.ent_type in _TIME_TYPES:
            continue
        if noun.pos in ("NOUN", "PROPN"):
            return obj
    return None


def _pobjs(parsed: ParsedDoc, i: int) -> list[int]:
    return [o for p in children_of(parsed, i, ("prep",)) for o in children_of(parsed, p, ("pobj",))]


#: verbs whose "for" object is the subject of the infinitive after it ("called for X to withdraw")
_FOR_CONTROL = frozenset("call appeal press push plead lobby ask arrange".split())
def called_subject(parsed: ParsedDoc, verb: int) -> int | None:
    """The "for" object right before the infinitive ``verb`` of a verb of calling, when it names a
    party: "called for Sudan's army to withdraw", "pressed for Ethiopian troops to pull out" (the
    army withdraws, not the caller); not a purpose ("called for a strike to protest the cuts")."""
    tok = parsed[verb]
    if tok.dep not in ("xcomp", "advcl") or tok.head == verb or not lemma_in(parsed[tok.head], _FOR_CONTROL):
        return None
    return party_for(parsed, tok.head, verb)
