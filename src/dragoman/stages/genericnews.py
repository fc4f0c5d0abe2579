"""Habits, quarrels and campaigning: ordinary news that reports no political event.

* an act done at a rate ("inspectors make 2,000 visits a year", "meets the envoy twice a month") is
  a habit, not one event; force at a rate is still reported;
* a clash "about" something, or "over" how or whether to act, is a quarrel in words ("clashed with
  colleagues about how to spend the money"), not an assault;
* calling or meeting voters or customers ("volunteers are phoning thousands of voters") is
  campaigning or custom, not a consultation; meeting one's own kin ("met his wife") a private life;
* recognising that something is so ("had to recognise that times had changed") is no recognition;
* an event noun that "would" or "could" do something ("closer cooperation would help") is a
  hypothesis, not an event;
* a warning that something will need or cost something ("warned that the plan will cost more") is
  a forecast, not a threat;
* asking someone "if" or "whether" something is so is a question, not a request.
"""

from __future__ import annotations

from ..lexicon import Kind, Trigger, lemma_in
from ..parsed import ParsedDoc, Token
from ..schema import EventType
from .figurative import sense_lists

#: units of time of a rate: "a year", "every week", "per month"
_PERIODS = frozenset({"year", "month", "week", "day", "fortnight", "night", "annum", "quarter"})
#: determiners and prepositions that make a period a rate ("a year", "each week", "per day")
_RATE_WORDS = frozenset({"a", "an", "every", "each", "per"})
#: words that make a period a distance in time: "a week later", "a day ago"
_RELATIVE = frozenset({"later", "ago", "earlier", "before", "after", "afterwards", "on", "early", "late"})
#: acts of force: repeated, they are still reported
_FORCE = frozenset({EventType.ASSAULT, EventType.COERCE})


def _rate(parsed: ParsedDoc, tok: Token) -> bool:
    """A period modifier of rate: "a year" (npadvmod), "per year", "every week"."""
    if not lemma_in(tok, _PERIODS):
        return False
    if tok.dep == "pobj" and tok.head != tok.i and parsed[tok.head].lower == "per":
        return True
    if tok.dep not in ("npadvmod", "advmod", "obl"):
        return False
    if any(c.dep == "prep" or c.lower in _RELATIVE for c in parsed.children(tok.i)):
        return False  # "a day after the vote", "a week later": a time, not a rate
    return any(c.dep in ("det", "predet") and c.lower in _RATE_WORDS for c in parsed.children(tok.i))


def _rate_near(parsed: ParsedDoc, i: int) -> bool:
    for child in parsed.children(i):
        if _rate(parsed, child):
            return True
        if child.dep == "prep" and child.lower == "per":
            if any(_rate(parsed, g) for g in parsed.children(child.i)):
                return True
    return False


def habitual_rate(parsed: ParsedDoc, trig: Trigger) -> bool:
    """True when an act other than force is done at a rate ("make 3,000 visits a year", "the
    minister meets the envoy twice a month"): a habit, not one event."""
    if trig.entry.event in _FORCE:
        return False
    heads = [trig.head]
    tok = parsed[trig.head]
    if trig.entry.kind is Kind.NOUN and tok.head != tok.i and tok.dep in ("dobj", "nsubjpass"):
        heads.append(tok.head)  # "carried out 2,000 visits a year": the rate is on either
    return any(_rate_near(parsed, h) for h in heads)


#: the lemmas of a clash: a fight or a quarrel
_CLASH = frozenset({"clash", "spar", "tussle", "lock"})
#: wh-words of a question clashed over: "over how to ...", "over whether ..."
_QUESTION = frozenset({"how", "whether", "what", "why", "when", "who", "which"})


def _topic(parsed: ParsedDoc, prep: Token) -> bool:
    """A prepositional phrase of a topic: "about ...", or "over" a wh-question ("over how to ...")."""
    if prep.dep != "prep":
        return False
    if prep.lower == "about":
        return True
    if prep.lower != "over":
        return False
    _, end = parsed.subtree(prep.i)
    return any(parsed[j].lower in _QUESTION for j in range(prep.i + 1, min(end, prep.i + 3)))


def verbal_clash(parsed: ParsedDoc, trig: Trigger) -> bool:
    """True when a clash (ASSAULT) is about a topic ("clashed with ministers about the budget", "a
    clash with the mayor over how to fund the schools"): a quarrel in words."""
    if trig.entry.event is not EventType.ASSAULT or not lemma_in(parsed[trig.head], _CLASH):
        return False
    places = [trig.head]
    for child in parsed.children(trig.head):
        if child.dep == "prep" and child.lower in ("with", "between"):
            places.extend(g.i for g in parsed.children(child.i) if g.dep == "pobj")
    return any(_topic(parsed, c) for p in places for c in parsed.children(p))


def _customers(parsed: ParsedDoc, tok: Token) -> bool:
    names = sense_lists()["customers"]
    if tok.pos == "NOUN" and lemma_in(tok, names):
        return True
    preps = [p for p in parsed.children(tok.i) if p.dep == "prep" and p.lower == "of"]
    objects = [g for p in preps for g in parsed.children(p.i) if g.dep == "pobj"]
    return any(g.pos == "NOUN" and lemma_in(g, names) for g in objects)


def canvassing(parsed: ParsedDoc, trig: Trigger) -> bool:
    """True when a verb of consultation (CONSULT) has voters or customers for object ("volunteers
    are phoning millions of voters", "the candidate met shoppers"): campaigning or custom."""
    if trig.entry.event is not EventType.CONSULT or trig.entry.kind is Kind.NOUN:
        return False
    objects = [c for c in parsed.children(trig.head) if c.dep in ("dobj", "nsubjpass")]
    return any(_customers(parsed, o) for o in objects)


#: possessive pronouns: "his wife", "their children"
_OWN = frozenset({"his", "her", "their", "my", "our", "your", "its"})


def private_meeting(parsed: ParsedDoc, trig: Trigger) -> bool:
    """True when "meet" (CONSULT) has one's own kin for object ("met his future wife in 1990",
    "met his wife Anna")."""
    entry = trig.entry
    if entry.kind is not Kind.VERB or entry.event is not EventType.CONSULT or entry.anchor != "meet":
        return False
    kin = sense_lists()["kin"]
    for obj in parsed.children(trig.head):
        if obj.dep != "dobj":
            continue
        if obj.pos == "NOUN" and lemma_in(obj, kin):
            return any(c.dep == "poss" and c.lower in _OWN for c in parsed.children(obj.i))
        for noun in parsed.children(obj.i):  # "met his future wife Glenys"
            if noun.dep == "compound" and noun.pos == "NOUN" and lemma_in(noun, kin):
                return any(c.dep == "poss" and c.lower in _OWN for c in parsed.children(obj.i))
    return False


#: verbs of recognition that also mean to see a fact: "recognise that ...", "acknowledged that ..."
_PERCEIVE = frozenset({"recognise", "recognize", "acknowledge", "accept"})


def recognised_fact(parsed: ParsedDoc, trig: Trigger) -> bool:
    """True when a verb of recognition (SUPPORT) has no object, only a clause or nothing ("must
    recognise that there are new parties"): a fact seen, not a state or a claim recognised."""
    tok = parsed[trig.head]
    if trig.entry.kind is not Kind.VERB or trig.entry.event is not EventType.SUPPORT:
        return False
    if not lemma_in(tok, _PERCEIVE):
        return False
    if tok.dep in ("relcl", "acl"):
        return False  # "the state Brazil recognised" has its object outside the clause
    return not any(c.dep in ("dobj", "nsubjpass", "attr", "oprd") for c in parsed.children(tok.i))


#: modals of a hypothesis: "would help", "could bring"
_HYPOTHETICAL = frozenset({"would", "could", "might"})
#: verbs of an effect: what an act "would help", "could cost"
_EFFECTS = frozenset(
    "help make bring lead mean cost allow enable improve boost ensure strengthen weaken hurt damage "
    "benefit undermine create reduce increase save give harm".split()
)


def hypothetical_noun(parsed: ParsedDoc, trig: Trigger) -> bool:
    """True when an event noun is the subject of a hypothesis ("closer cooperation would help", "a
    strike could cost millions"): what an act would do, not an act done."""
    tok = parsed[trig.head]
    if trig.entry.kind is not Kind.NOUN or tok.dep != "nsubj" or tok.head == tok.i:
        return False
    verb = parsed[tok.head]
    auxes = [c.lower for c in parsed.children(verb.i) if c.dep == "aux"]
    hypothesis = any(a in _HYPOTHETICAL for a in auxes) and "have" not in auxes
    return hypothesis and lemma_in(verb, _EFFECTS)


#: verbs of what a thing will need: a warning that it will is a forecast
_NEEDING = frozenset({"require", "need", "cost", "take", "mean", "demand"})
#: verbs of a quantity's change: a warning that profits "may fall" is a forecast
_CHANGING = frozenset(
    {"fall", "decline", "drop", "rise", "slow", "shrink", "grow", "slump", "dip", "increase"}
)


def _addressed(parsed: ParsedDoc, warn: Token, clause: Token) -> bool:
    """True when the warning has an addressee, or the change an object ("would increase pressure")."""
    if any(c.dep in ("dobj", "dative") for c in parsed.children(warn.i)):
        return True
    return any(c.dep == "dobj" for c in parsed.children(clause.i))


def forecast_warning(parsed: ParsedDoc, trig: Trigger) -> bool:
    """True when "warn" (THREATEN) has a clause of what something will need or cost, of a quantity
    that will change, or with a clause for subject ("warned that making films will need more
    artists", "warned that its profits may decline"): a forecast."""
    tok = parsed[trig.head]
    if trig.entry.kind is not Kind.VERB or trig.entry.event is not EventType.THREATEN:
        return False
    if tok.lemma.lower() != "warn":
        return False
    for clause in parsed.children(tok.i):
        if clause.dep != "ccomp":
            continue
        if lemma_in(clause, _NEEDING) or any(c.dep == "csubj" for c in parsed.children(clause.i)):
            return True
        if lemma_in(clause, _CHANGING) and not _addressed(parsed, tok, clause):
            return (
                True  # "warned that its profits may decline", not "warned Iran that its exports would fall"
            )
    return False


#: the subordinators of an indirect question: "asked him if ...", "asked whether ..."
_ASKING = frozenset({"if", "whether"})


def question(parsed: ParsedDoc, trig: Trigger) -> bool:
    """True when "ask" (REQUEST) has an indirect question ("asked the minister whether troops would
    be sent", "asking him if he was a spy") and no to-infinitive: a question, not a request."""
    tok = parsed[trig.head]
    if (
        trig.entry.kind is not Kind.VERB
        or trig.entry.event is not EventType.REQUEST
        or tok.lemma.lower() != "ask"
    ):
        return False
    clauses = [c for c in parsed.children(tok.i) if c.dep in ("ccomp", "advcl", "xcomp")]
    if tok.dep == "xcomp" and tok.head != tok.i:  # "was heard asking him if ...", parsed on "heard"
        clauses += [c for c in parsed.children(tok.head) if c.dep == "advcl" and c.i > tok.i]
    if any(c.dep == "xcomp" for c in clauses):
        return False  # "asked him to resign"
    return any(m.dep == "mark" and m.lower in _ASKING for c in clauses for m in parsed.children(c.i))


_RULES = (
    question,
    habitual_rate,
    verbal_clash,
    canvassing,
    private_meeting,
    recognised_fact,
    hypothetical_noun,
    forecast_warning,
)


def news_habit(parsed: ParsedDoc, trig: Trigger) -> bool:
    """True for an act at a rate, a clash about a topic, voters canvassed, kin met, a fact
    recognised, a hypothetical act, a forecast warning or a question (see the module doc)."""
    return any(rule(parsed, trig) for rule in _RULES)
