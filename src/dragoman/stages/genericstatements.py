"""Generic, habitual and unrealised statements: what is said to happen in general, not one event.

* an act that parties "tend to" do, or "often" try to do or make ("governors tend to criticise
  the capital", "ministers usually make visits to the region") is a habit; force is still reported;
* asking oneself ("they ask themselves whether ...") is wondering, not a request;
* an act "without" which something happened ("were sent home without facing arrest", "the town
  fell without a fight") did not happen;
* an act judged possible, impossible, hard or impractical ("it is impossible to dismiss the
  claims", "banning all imports is impractical") is weighed, not done;
* what a power or a law allows one to do ("powers allowing officers to close bars", "the law
  enables police to hold suspects") is a capacity, not an act.
"""

from __future__ import annotations

from ..lexicon import Kind, Trigger, lemma_in
from ..parsed import ParsedDoc, Token
from ..schema import EventType
from .senseframes import FREQUENCY

#: verbs whose infinitive is a habit: "tend to criticise"
_HABIT_VERBS = frozenset({"tend"})
#: acts of force: repeated, they are still reported
_FORCE = frozenset({EventType.ASSAULT, EventType.COERCE})
#: reflexive pronouns: "ask themselves"
_REFLEXIVE = frozenset(
    "myself yourself himself herself itself oneself ourselves yourselves themselves".split()
)
#: adjectives of feasibility: an act judged so is weighed, not done
_FEASIBILITY = frozenset(
    "possible impossible hard difficult easy impractical practical unrealistic feasible unfeasible "
    "unworkable".split()
)
#: dependencies that lead from an act up to the judgement of it ("impossible to dismiss", "banning
#: ... is impractical")
_UP = frozenset({"xcomp", "advcl", "csubj", "csubjpass", "pcomp", "mark", "ccomp"})
#: verbs of permission: what a power "allows" one to do
_ALLOWING = frozenset({"allow", "enable", "permit", "let", "empower", "authorise", "authorize"})
#: nouns of a power or a text that grants it
_GRANTS = frozenset(
    "power right authority law act rule regulation legislation bill measure treaty deal agreement "
    "scheme system order".split()
)


def _verb_heads(parsed: ParsedDoc, trig: Trigger) -> list[int]:
    """The trigger's verb, or for a noun its governing verb ("make visits") and itself."""
    tok = parsed[trig.head]
    if trig.entry.kind is Kind.NOUN and tok.head != tok.i and tok.dep in ("dobj", "nsubjpass"):
        return [tok.i, tok.head]
    return [tok.i]


def frequency_habit(parsed: ParsedDoc, trig: Trigger) -> bool:
    """True when an act other than force is what parties "tend to" do, or the verb of an event noun
    or of an infinitive is done "often", "usually" ... ("governors tend to criticise the capital",
    "often make visits to Algeria", "usually try to meet the unions"): a habit. A verb with such an
    adverb of its own is :func:`.senseframes.habitual_act`'s."""
    if trig.entry.event in _FORCE:
        return False
    for i in _verb_heads(parsed, trig):
        tok = parsed[i]
        if i != trig.head and any(c.dep == "advmod" and c.lower in FREQUENCY for c in parsed.children(i)):
            return True
        if tok.dep == "xcomp" and tok.head != tok.i:
            head = parsed[tok.head]
            if lemma_in(head, _HABIT_VERBS):
                return True
            if any(c.dep == "advmod" and c.lower in FREQUENCY for c in parsed.children(head.i)):
                return True
    return False


def self_question(parsed: ParsedDoc, trig: Trigger) -> bool:
    """True when "ask" (REQUEST) has a reflexive object ("users ask themselves whether ...")."""
    tok = parsed[trig.head]
    if trig.entry.kind is Kind.NOUN or trig.entry.event is not EventType.REQUEST:
        return False
    if tok.lemma.lower() != "ask":
        return False
    return any(c.dep == "dobj" and c.lower in _REFLEXIVE for c in parsed.children(tok.i))


def _without(parsed: ParsedDoc, tok: Token) -> bool:
    return tok.dep in ("pcomp", "pobj") and tok.head != tok.i and parsed[tok.head].lower == "without"


def unrealised_without(parsed: ParsedDoc, trig: Trigger) -> bool:
    """True when the act is the object of "without" ("fell without a fight"), or the verb or the
    object of the verb of it ("sent home without facing arrest"): it did not happen."""
    tok = parsed[trig.head]
    if _without(parsed, tok):
        return True
    if tok.dep in ("dobj", "conj") and tok.head != tok.i:
        head = parsed[tok.head]
        if tok.dep == "conj" and head.dep == "dobj" and head.head != head.i:
            head = parsed[head.head]  # "facing arrest or persecution"
        return _without(parsed, head)
    return False


def _feasible(parsed: ParsedDoc, tok: Token) -> bool:
    if tok.pos == "ADJ" and lemma_in(tok, _FEASIBILITY):
        return True
    return any(c.dep == "acomp" and lemma_in(c, _FEASIBILITY) for c in parsed.children(tok.i))


def weighed_act(parsed: ParsedDoc, trig: Trigger) -> bool:
    """True when a verb's act is judged possible, hard or impractical ("impossible to dismiss the
    claims", "banning all imports is impractical"): weighed, not done."""
    if trig.entry.kind is Kind.NOUN:
        return False
    tok = parsed[trig.head]
    for _ in range(3):
        if tok.dep not in _UP or tok.head == tok.i:
            return False
        tok = parsed[tok.head]
        if _feasible(parsed, tok):
            return True
    return False


def allowed_act(parsed: ParsedDoc, trig: Trigger) -> bool:
    """True when a verb's act is what a power or a text allows ("powers allowing them to close
    bars", "the law enables police to hold suspects", "a law that allows police to ..."): a
    capacity, not an act."""
    tok = parsed[trig.head]
    if trig.entry.kind is Kind.NOUN or tok.dep not in ("xcomp", "ccomp") or tok.head == tok.i:
        return False
    verb = parsed[tok.head]
    if not lemma_in(verb, _ALLOWING):
        return False
    if verb.dep in ("acl", "relcl") and verb.head != verb.i and lemma_in(parsed[verb.head], _GRANTS):
        return True
    return any(c.dep == "nsubj" and c.pos == "NOUN" and lemma_in(c, _GRANTS) for c in parsed.children(verb.i))


_RULES = (frequency_habit, self_question, unrealised_without, weighed_act, allowed_act)


def generic_statement(parsed: ParsedDoc, trig: Trigger) -> bool:
    """True for a habit, a question to oneself, an act "without" which something happened, an act
    weighed or allowed (see the module doc)."""
    return any(rule(parsed, trig) for rule in _RULES)
