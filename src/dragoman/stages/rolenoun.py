"""Roles the parse places on a neighbouring word: the agent of a participle on an event noun ("a
suit filed by the regulator"), the "for" party of a demand noun's infinitive ("a call for X to
withdraw": X withdraws), who demands and who is asked after "wrote to X", and the "by" phrase of a
passive accusation that the parser hung on the accused act ("was accused of jailing reporters by a
press group": the group accuses)."""

from __future__ import annotations

from ..lexicon import lemma_in
from ..parsed import ParsedDoc
from .rolerules import children_of, prep_objects

#: nouns of asking whose "for X to V" names who is to act ("a demand for X to leave")
_ASKING_NOUNS = frozenset(
    "demand call appeal plea request pressure push bid ultimatum proposal plan motion".split()
)
#: passive verbs of blame whose "of" clause is the blamed act ("was accused of V-ing")
_BLAMING = frozenset("accuse blame charge suspect criticise criticize condemn convict".split())
#: verbs of addressing whose "to" object is spoken to, not the one who presses the cause ("wrote to
#: the minister demanding X": the writer demands, of the minister)
ADDRESSING = frozenset("write speak talk say appeal complain reply respond explain report turn".split())
#: participles of pressing a cause after a verb of addressing ("wrote to X demanding")
_PRESSING = frozenset("demand call urge ask seek request press appeal insist".split())
#: entity labels of a named party
_PARTY_TYPES = frozenset({"NORP", "GPE", "ORG", "PERSON"})


def participle_agent(parsed: ParsedDoc, noun: int) -> list[int]:
    """The "by" agent of a past participle on event noun ``noun``: "a lawsuit, brought by the
    attorney general", "the sanctions imposed by Brussels" (who brings or imposes it acts)."""
    out: list[int] = []
    for part in children_of(parsed, noun, ("acl",)):
        tok = parsed[part]
        if tok.tag == "VBN" and not children_of(parsed, part, ("nsubj", "nsubjpass")):
            out.extend(prep_objects(parsed, part, ("by",)))
    return out


def asked_party(parsed: ParsedDoc, verb: int) -> int | None:
    """The "for" object of a noun of asking that the infinitive ``verb`` modifies, when it names a
    party right before it: "an EU demand for Serbia to recognise Kosovo" (Serbia is to recognise)."""
    tok = parsed[verb]
    if tok.dep != "acl" or tok.head == verb or not lemma_in(parsed[tok.head], _ASKING_NOUNS):
        return None
    return party_for(parsed, tok.head, verb)


def blamer_inside(parsed: ParsedDoc, verb: int) -> list[int]:
    """The "by" phrase of a passive verb of blame that the parser hung on the blamed act after its
    object ("was accused of blocking a website by a watchdog"): the accuser, when a noun, not a
    means ("by shooting them")."""
    if not lemma_in(parsed[verb], _BLAMING):
        return []
    for prep in children_of(parsed, verb, ("prep",)):
        if parsed[prep].lower != "of":
            continue
        for act in children_of(parsed, prep, ("pcomp",)):
            if parsed[act].tag != "VBG" or not children_of(parsed, act, ("dobj",)):
                continue
            for by in children_of(parsed, act, ("prep", "agent")):
                if parsed[by].lower == "by" and by > max(children_of(parsed, act, ("dobj",))):
                    return [o for o in children_of(parsed, by, ("pobj",)) if _names_party(parsed, o)]
    return []


def _names_party(parsed: ParsedDoc, i: int) -> bool:
    """True for a noun (a party: "a watchdog", "Reporters Without Borders"), not a verb of means."""
    return parsed[i].pos in ("NOUN", "PROPN")


def written_to(parsed: ParsedDoc, verb: int) -> list[int]:
    """Whom a participle of demand after a verb of addressing is addressed to: "wrote to the minister
    demanding an apology" (the minister is asked), also when the parser hung it on the addressee."""
    tok = parsed[verb]
    if tok.tag != "VBG" or tok.head == verb or children_of(parsed, verb, ("nsubj", "mark")):
        return []
    if tok.dep in ("advcl", "xcomp") and lemma_in(parsed[tok.head], ADDRESSING):
        return prep_objects(parsed, tok.head, ("to",))
    return [tok.head] if writer_of(parsed, verb) is not None else []


def writer_of(parsed: ParsedDoc, verb: int) -> int | None:
    """The verb of addressing whose "to" object the parser hung participle ``verb`` on ("wrote to the
    minister demanding an apology": the writer demands, not the minister); None otherwise."""
    tok = parsed[verb]
    if tok.tag != "VBG" or tok.dep != "acl" or not lemma_in(tok, _PRESSING):
        return None
    noun = parsed[tok.head]
    if noun.dep != "pobj" or noun.head == noun.i or parsed[noun.head].lower != "to":
        return None
    gov = parsed[noun.head].head
    return gov if gov != noun.head and lemma_in(parsed[gov], ADDRESSING) else None


def party_for(parsed: ParsedDoc, head: int, verb: int) -> int | None:
    """The "for" object of ``head`` that names a party right before the subjectless infinitive
    ``verb`` ("for Sudan's army to withdraw"): the one who is to act."""
    if not any(c.tag == "TO" for c in parsed.children(verb)) or children_of(parsed, verb, ("nsubj",)):
        return None
    for obj in prep_objects(parsed, head, ("for",)):
        lo, hi = parsed.subtree(obj)
        named = any(parsed[i].ent_type in _PARTY_TYPES for i in range(lo, hi))
        if (
            named
            and hi < verb
            and all(parsed[i].tag == "TO" or parsed[i].dep == "neg" for i in range(hi, verb))
        ):
            return obj
    return None
