"""Generic statements and other senses that report no event of the trigger's type.

* a conditional addressed to anyone ("if you criticise the mayor, you should warn him") states
  what one does in general, not an event;
* a power or a right to act ("powers to detain suspects", "the right to protest") and what a law
  lets one do ("under the treaty, Russia can inspect ...") are capacities, not acts;
* "agree with" someone, with no act agreed on, is holding the same opinion ("I agree with the
  minister"); PLOVER AGREE is agreeing to act ("agreed with Uganda to reopen the border");
* a share of a poll that "backs" or "opposes" something is an opinion measured ("42% backed");
* a noun "called" something is named so ("a party called Veritas"), not called for;
* force "verbally" or "politically" is words ("attacked the minister politically");
* "regular meetings", "frequent visits" are a habit, not one event.
"""

from __future__ import annotations

from ..lexicon import Kind, Trigger, lemma_in
from ..parsed import ParsedDoc, Token
from ..schema import EventType

#: the subordinators of a condition or a general time: "if you ...", "when one ..."
_CONDITIONS = frozenset({"if", "when", "whenever", "unless"})
#: generic persons: "you", "one"
_GENERIC = frozenset({"you", "one"})


def _has_generic_subject(parsed: ParsedDoc, verb: int) -> bool:
    """A bare "you" or "one" subject ("one of the stars" is someone)."""
    return any(
        c.dep == "nsubj" and c.lower in _GENERIC and not list(parsed.children(c.i))
        for c in parsed.children(verb)
    )


def _clause_verbs(parsed: ParsedDoc, i: int) -> list[int]:
    """Token ``i`` and its ancestors up to the first finite clause's head (inclusive)."""
    out = [i]
    for anc in parsed.ancestors(i):
        out.append(anc.i)
        if anc.dep in ("ROOT", "ccomp", "advcl", "relcl", "parataxis"):
            break
    return out


def generic_condition(parsed: ParsedDoc, trig: Trigger) -> bool:
    """True when the trigger's clause is, or depends on, a condition with "you"/"one" for subject:
    "If you give aid to a rebel group, you should warn the government", "if you attack ..."."""
    for verb in _clause_verbs(parsed, trig.head):
        for child in [parsed[verb], *parsed.children(verb)]:
            if child.dep != "advcl" and child.i != verb:
                continue
            marks = {m.lower for m in parsed.children(child.i) if m.dep in ("mark", "advmod")}
            if marks & _CONDITIONS and _has_generic_subject(parsed, child.i):
                return True
    return False


#: nouns of a capacity: their to-infinitive is what may be done, not what is done
CAPACITIES = frozenset(
    "power right authority ability capacity freedom permission licence license mandate "
    "discretion option".split()
)
#: verbs by which a power is used, not held: the act is done
_ENACTING = frozenset({"use", "exercise", "invoke", "employ", "wield"})
#: modals of permission and what a text allows: "under the law, police can detain ..."
_PERMISSION = frozenset({"can", "may"})
#: what "under" names when it gives a permission: a law, a treaty, its rules
_TEXTS = frozenset(
    "law act treaty rule regulation deal agreement accord plan proposal bill scheme system".split()
)


def _capacity_infinitive(parsed: ParsedDoc, i: int) -> bool:
    """True when token ``i`` is the to-infinitive of a capacity noun: "powers to detain", also as
    parsed on the noun's verb ("gives police powers to detain", "has the right to strike")."""
    tok = parsed[i]
    if tok.head == tok.i or not any(c.dep == "aux" and c.lower == "to" for c in parsed.children(i)):
        return False
    head = parsed[tok.head]
    if tok.dep == "acl":
        return lemma_in(head, CAPACITIES)
    if tok.dep not in ("advcl", "xcomp") or lemma_in(head, _ENACTING):
        return False  # "used their powers to detain 50 protesters" detains them
    return any(
        c.dep in ("dobj", "nsubjpass") and c.i < i and lemma_in(c, CAPACITIES)
        for c in parsed.children(head.i)
    )


def _bare_plural(parsed: ParsedDoc, tok: Token) -> bool:
    """A plural common noun with no determiner, owner or number: a class ("judges"), not a party
    ("the judges", "two judges", "Kenyan judges")."""
    if tok.tag != "NNS" or tok.ent_type:
        return False
    return not any(c.dep in ("det", "poss", "nummod", "amod", "compound") for c in parsed.children(tok.i))


def capacity(parsed: ParsedDoc, trig: Trigger) -> bool:
    """True for a power or a right to act ("powers to detain", "the right to strike"), a
    permission a text gives ("Under the new law, police can hold suspects for 28 days") or what a
    class of people can do ("judges can jail parents")."""
    if trig.entry.kind is Kind.NOUN:
        return False
    tok = parsed[trig.head]
    if _capacity_infinitive(parsed, tok.i):
        return True
    children = list(parsed.children(tok.i))
    if not any(c.dep == "aux" and c.lower in _PERMISSION for c in children):
        return False
    if any(c.dep == "aux" and c.lower in ("can", "ca") for c in children) and any(
        c.dep == "nsubj" and _bare_plural(parsed, c) for c in children
    ):
        return True  # what a class of people can do: "judges can jail parents who ..."
    under = (c for c in children if c.dep == "prep" and c.lower == "under")
    return any(lemma_in(g, _TEXTS) for p in under for g in parsed.children(p.i) if g.dep == "pobj")


def shared_opinion(parsed: ParsedDoc, trig: Trigger) -> bool:
    """True when "agree" has a "with" party and no act agreed: no infinitive, no "on"/"to" object,
    no direct object ("I agree with the minister", "agreed with him that the vote was flawed")."""
    entry = trig.entry
    if entry.kind is Kind.NOUN or entry.event is not EventType.AGREE or entry.anchor != "agree":
        return False
    if entry.kind is Kind.PHRASAL and entry.words[-1] != "on":
        return False
    children = list(parsed.children(trig.head))
    if not any(c.dep == "prep" and c.lower == "with" for c in children):
        return False
    if parsed[trig.head].dep == "acl" or any(c.dep == "auxpass" for c in children):
        return False  # "measures agreed with the US": an agreement made
    if any(c.dep in ("xcomp", "dobj", "conj") for c in children):
        return False
    preps = [c for c in children if c.dep == "prep" and c.lower in ("on", "to", "upon", "over")]
    objects = [g for p in preps for g in parsed.children(p.i) if g.dep == "pobj"]
    return all(g.lower in _POINTS for g in objects)  # "agree with him on this" is an opinion too


#: what one agrees "on" when one shares an opinion: "I agree with him on this"
_POINTS = frozenset({"this", "that", "it", "everything", "much", "most", "point", "one"})

#: types of a position taken: a poll's share holding it is an opinion measured
_POSITIONS = frozenset({EventType.SUPPORT, EventType.REJECT})


def poll_share(parsed: ParsedDoc, trig: Trigger) -> bool:
    """True when support or opposition has a percentage for subject ("42% backed the plan")."""
    if trig.entry.kind is Kind.NOUN or trig.entry.event not in _POSITIONS:
        return False
    for subj in parsed.children(trig.head):
        if subj.dep == "nsubj" and (subj.lower in ("%", "percent", "per cent") or subj.tag == "CD"):
            return True
        if subj.dep == "nsubj" and any(c.lower in ("%", "percent") for c in parsed.children(subj.i)):
            return True
    return False


def naming(parsed: ParsedDoc, trig: Trigger) -> bool:
    """True for "called" naming a noun it follows ("a new party called Veritas"): no call for; a
    reduced relative "called on Thursday for ..." is a call."""
    tok = parsed[trig.head]
    if trig.entry.kind is Kind.NOUN or tok.lower != "called" or tok.dep != "acl" or tok.i + 1 >= len(parsed):
        return False
    name = parsed[tok.i + 1]  # "called Veritas", 'called "Truth"'; not "called on Thursday for ..."
    return (name.pos == "PROPN" and name.ent_type != "DATE") or name.text in ('"', "'", "\u201c")


#: manner adverbs of words, not force: "attacked him politically", "verbally abused"
_VERBAL = frozenset({"verbally", "politically", "publicly", "personally", "rhetorically"})


def verbal_force(parsed: ParsedDoc, trig: Trigger) -> bool:
    """True when an assault verb is modified by an adverb of words ("attack him politically")."""
    if trig.entry.kind is Kind.NOUN or trig.entry.event is not EventType.ASSAULT:
        return False
    return any(c.dep == "advmod" and c.lower in _VERBAL for c in parsed.children(trig.head))


#: adjectives of recurrence on a plural event noun: "regular meetings", "frequent visits"
_RECURRENT = frozenset({"regular", "frequent", "routine", "occasional", "periodic", "repeated"})


def recurrent_noun(parsed: ParsedDoc, trig: Trigger) -> bool:
    """True for a plural event noun of a habit ("has regular meetings with them"); force repeated
    ("repeated attacks") is still reported as events."""
    entry = trig.entry
    if entry.kind is not Kind.NOUN or entry.event in (EventType.ASSAULT, EventType.COERCE):
        return False
    tok = parsed[trig.head]
    return tok.tag == "NNS" and any(c.dep == "amod" and c.lower in _RECURRENT for c in parsed.children(tok.i))


_RULES = (generic_condition, capacity, shared_opinion, poll_share, naming, verbal_force, recurrent_noun)


def generic_sense(parsed: ParsedDoc, trig: Trigger) -> bool:
    """True when the trigger states something general or has another sense (see the module doc)."""
    return any(rule(parsed, trig) for rule in _RULES)
