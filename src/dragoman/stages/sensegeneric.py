"""Generic statements and other senses that report no event of the trigger's type.

* a conditional addressed to anyone ("if you criticise the mayor, you should warn him", "if a
  party rings a voter ...") states what one does in general, not an event;
* a power or a right to act ("powers to detain suspects", "the right to protest") and what a law
  lets one do ("under the treaty, Russia can inspect ...") are capacities, not acts;
* "agree with" someone, with no act agreed on, is holding the same opinion ("I agree with the
  minister"), as is agreeing that something is so ("they agreed he was right"); PLOVER AGREE is
  agreeing to act ("agreed with Uganda to reopen the border"); "called off" is no call;
* a share of a poll that "backs" or "opposes" something, or says someone "should" act, and a level of
  support that rises or falls are opinions measured ("42% backed", "support for the party rose");
* a reported "should expect", "must realise" is a forecast, not a demand;
* a noun "called" something is named so ("a party called Veritas"), not called for;
* force "verbally" or "politically" is words ("attacked the minister politically");
* "regular meetings", "frequent visits" are a habit, not one event;
* habits at a rate, quarrels, canvassing, questions and forecasts: stages/genericnews.py; habits
  "often" done, questions to oneself, acts "without", weighed or allowed: stages/genericstatements.py;
  a party's own plans funded, politicians' clashes: stages/genericsenses.py.
"""

from __future__ import annotations

from ..lexicon import Kind, Trigger, lemma_in
from ..parsed import ParsedDoc, Token
from ..schema import EventType
from .genericnews import news_habit
from .genericsenses import ordinary_sense
from .genericstatements import generic_statement
from .modalcues import to_infinitive

#: the subordinators of a condition or a general time: "if you ...", "when one ..."
_CONDITIONS = frozenset({"if", "when", "whenever", "unless"})
#: generic persons: "you", "one"
_GENERIC = frozenset({"you", "one"})


#: indefinite pronouns and determiners of anyone at all: "if anyone ...", "if a party rings ..."
_ANYONE = frozenset({"anyone", "anybody", "someone", "somebody", "everyone", "everybody"})
_INDEFINITE = frozenset({"a", "an", "any", "every"})


def _indefinite(parsed: ParsedDoc, tok: Token) -> bool:
    """An indefinite subject: "anyone", "a party", "any country" (a common noun, not a name)."""
    if tok.lower in _ANYONE:
        return True
    dets = [c for c in parsed.children(tok.i) if c.dep == "det"]
    return tok.pos == "NOUN" and any(c.lower in _INDEFINITE for c in dets)


def _has_generic_subject(parsed: ParsedDoc, verb: int) -> bool:
    """A bare "you" or "one" subject ("one of the stars" is someone); or, for a verb in the present,
    an indefinite one ("if a party rings a voter"; not "when a bomb exploded", a past event)."""
    subjects = [c for c in parsed.children(verb) if c.dep == "nsubj"]
    if any(c.lower in _GENERIC and not list(parsed.children(c.i)) for c in subjects):
        return True
    present = parsed[verb].tag in ("VBZ", "VBP") or any(
        c.dep == "aux" and c.lower in ("can", "may", "does", "do") for c in parsed.children(verb)
    )
    return present and any(_indefinite(parsed, c) for c in subjects)


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
    if tok.head == tok.i or not to_infinitive(parsed, i):
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
    permission a text gives ("Under the new law, police can hold suspects for 28 days"), what a
    class of people can do ("judges can jail parents") or what a relative clause says a party can
    do ("Russia, which can veto any resolution, ...")."""
    if trig.entry.kind is Kind.NOUN:
        return False
    tok = parsed[trig.head]
    if _capacity_infinitive(parsed, tok.i):
        return True
    children = list(parsed.children(tok.i))
    if not any(c.dep == "aux" and c.lower in _PERMISSION for c in children):
        return False
    can = any(c.dep == "aux" and c.lower in ("can", "ca") for c in children)
    if can and any(c.dep == "nsubj" and _bare_plural(parsed, c) for c in children):
        return True  # what a class of people can do: "judges can jail parents who ..."
    if can and tok.dep == "relcl" and any(c.dep == "nsubj" and c.lower in ("which", "who") for c in children):
        return True  # a party's power described: "the US, which can veto any sale, said ..."
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
_POINTS = frozenset({"this", "that", "it", "everything", "much", "most", "point", "one", "thing"})
#: predicates of a state: "agreed he was brilliant" judges, "agreed talks would resume" acts
_JUDGED = frozenset({"be", "seem", "look", "remain", "appear"})


def _judgement(parsed: ParsedDoc, clause: int) -> bool:
    """A clause that predicates a state of a subject other than "there" ("he was brilliant")."""
    if not lemma_in(parsed[clause], _JUDGED):
        return False
    return not any(c.dep == "expl" for c in parsed.children(clause))


def agreed_judgement(parsed: ParsedDoc, trig: Trigger) -> bool:
    """True when "agree" holds a judgement, with no one named: a that-clause of a state ("the men
    agreed he was brilliant") or a point ("critics agree on one thing"); "agreed that talks would
    resume" and "agreed there would be a truce" are agreements to act."""
    entry = trig.entry
    if entry.kind is Kind.NOUN or entry.event is not EventType.AGREE or entry.anchor != "agree":
        return False
    children = list(parsed.children(trig.head))
    if any(c.dep in ("xcomp", "dobj") or (c.dep == "prep" and c.lower == "with") for c in children):
        return False
    clauses = [c.i for c in children if c.dep == "ccomp"]
    if clauses:
        return all(_judgement(parsed, i) for i in clauses)
    preps = [c for c in children if c.dep == "prep" and c.lower in ("on", "upon")]
    objects = [g for p in preps for g in parsed.children(p.i) if g.dep == "pobj"]
    return bool(objects) and all(g.lower in _POINTS for g in objects)


#: types of a position taken: a poll's share holding it is an opinion measured
_POSITIONS = frozenset({EventType.SUPPORT, EventType.REJECT})


#: shares of those polled: "a quarter of those polled said ...", "most respondents backed ..."
_SHARES = frozenset({"%", "percent", "quarter", "third", "half", "fifth", "tenth", "respondent"})


#: participles of those polled: "those surveyed", "people questioned"
_POLLED = frozenset({"poll", "survey", "question", "interview", "ask", "sample"})


def _share(parsed: ParsedDoc, subj: Token) -> bool:
    """A percentage or a share of a poll: "42%", "a quarter (21%)", "most respondents", "nearly
    half those surveyed"."""
    if subj.lower in ("%", "percent", "per cent") or subj.tag == "CD" or lemma_in(subj, _SHARES):
        return True
    children = list(parsed.children(subj.i))
    if any(c.dep == "acl" and c.tag == "VBN" and lemma_in(c, _POLLED) for c in children):
        return True
    return any(c.lower in ("%", "percent") or (c.dep == "predet" and lemma_in(c, _SHARES)) for c in children)


def poll_share(parsed: ParsedDoc, trig: Trigger) -> bool:
    """True when support or opposition has a percentage for subject ("42% backed the plan"), or a
    reported obligation does ("21% said the minister should resign"): an opinion measured."""
    entry = trig.entry
    opinion = entry.kind is Kind.LIGHT and _modal_token(parsed, trig) is not None
    if entry.kind is Kind.NOUN or (entry.event not in _POSITIONS and not opinion):
        return False
    return any(subj.dep == "nsubj" and _share(parsed, subj) for subj in parsed.children(trig.head))


#: verbs of a level or its change: "support for the party remained unchanged", "rose to 40%"
_LEVELS = frozenset(
    "remain stay rise fall drop grow increase decrease slip slump surge climb soar plunge dip jump "
    "edge stand hover decline".split()
)


def opinion_level(parsed: ParsedDoc, trig: Trigger) -> bool:
    """True when a support or opposition noun is the subject of a level or its change ("support for
    all parties remained unchanged", "opposition to the war rose"): an opinion measured."""
    entry = trig.entry
    if entry.kind is not Kind.NOUN or entry.event not in _POSITIONS:
        return False
    tok = parsed[trig.head]
    return tok.dep == "nsubj" and tok.head != tok.i and lemma_in(parsed[tok.head], _LEVELS)


#: verbs of expectation and knowledge: "should expect", "must realise" is a forecast or advice on
#: what to think, not a demand to act
_EPISTEMIC = frozenset(
    "expect anticipate realise realize know understand appreciate imagine assume suppose".split()
)


def _modal_token(parsed: ParsedDoc, trig: Trigger) -> int | None:
    """The modal of a light "say ... should" trigger, if any."""
    return next((i for i in trig.tokens if parsed[i].tag == "MD"), None)


def called_off(parsed: ParsedDoc, trig: Trigger) -> bool:
    """True when a call (REQUEST on "call") is "called off": a cancellation, not a call for talks."""
    if trig.entry.event is not EventType.REQUEST:
        return False
    calls = [
        i for i in (*trig.tokens, trig.head) if parsed[i].pos == "VERB" and lemma_in(parsed[i], {"call"})
    ]
    return any(c.dep == "prt" and c.lower == "off" for i in calls for c in parsed.children(i))


def epistemic_should(parsed: ParsedDoc, trig: Trigger) -> bool:
    """True when a reported "should"/"must" governs a verb of expectation or knowledge ("said
    ministers should expect defeat", "must realise they cannot win"): no act is demanded."""
    entry = trig.entry
    if entry.kind is not Kind.LIGHT or entry.event is not EventType.REQUEST:
        return False
    modal = _modal_token(parsed, trig)
    return modal is not None and lemma_in(parsed[parsed[modal].head], _EPISTEMIC)


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


_RULES = (
    generic_condition,
    capacity,
    shared_opinion,
    agreed_judgement,
    called_off,
    poll_share,
    opinion_level,
    epistemic_should,
    naming,
    verbal_force,
    recurrent_noun,
    news_habit,
    generic_statement,
    ordinary_sense,
)


def generic_sense(parsed: ParsedDoc, trig: Trigger) -> bool:
    """True when the trigger states something general or has another sense (see the module doc)."""
    return any(rule(parsed, trig) for rule in _RULES)
