"""Figurative uses of trigger words, told by the class of their subject or object.

* a work or a text does not use force: "the film attacks the tabloids", "the book takes aim at ...",
  "a new documentary targets ..." is criticism by no named party, not an assault;
* force used on an abstraction is a figure of speech: "seizing the tools of change", "captured the
  mood", "attacked the problem", "killed the joke";
* one visits a place of business or a web page as a customer, not as an envoy: "the sites people
  visit", "visited the shop", "visitors to the museum"; one who flies somewhere "to watch" a match
  is a spectator;
* a body that meets with no one named holds its own meeting ("the cabinet met on Monday"); one
  "defends" one's own record, "hits back" with words, "meets" a challenge; customers and voters
  "back" a party without a political act.

The word lists are dragoman's own (``data/senses.tsv``), kept apart from the trigger lexicon.
"""

from __future__ import annotations

from functools import cache
from importlib import resources

from ..lexicon import Kind, Trigger, lemma_in
from ..parsed import ParsedDoc, Token
from ..schema import EventType


@cache
def sense_lists() -> dict[str, frozenset[str]]:
    """The named word lists of ``data/senses.tsv`` (``name<TAB>lemma lemma ...``)."""
    text = resources.files("dragoman.data").joinpath("senses.tsv").read_text(encoding="utf-8")
    lists: dict[str, frozenset[str]] = {}
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        name, _, words = line.partition("\t")
        lists[name.strip()] = frozenset(words.split())
    return lists


#: the types of acts of force: a work or an abstraction does not take part in them
_FORCE = frozenset({EventType.ASSAULT, EventType.COERCE, EventType.MOBILIZE, EventType.SANCTION})


def _subject(parsed: ParsedDoc, verb: int) -> Token | None:
    for child in parsed.children(verb):
        if child.dep == "nsubj":
            return child
    tok = parsed[verb]
    if tok.dep in ("relcl", "acl") and tok.head != tok.i and tok.tag != "VBN":
        return parsed[tok.head]  # "a film that attacks ...", "a report targeting ..."
    for _ in range(3):  # "voters are expected to support ...", "the board was due to meet"
        if tok.dep not in ("xcomp", "acomp") or tok.head == tok.i:
            return None
        tok = parsed[tok.head]
        subject = next((c for c in parsed.children(tok.i) if c.dep in ("nsubj", "nsubjpass")), None)
        if subject is not None:
            return subject
    return None


def _object(parsed: ParsedDoc, verb: int) -> Token | None:
    for child in parsed.children(verb):
        if child.dep in ("dobj", "nsubjpass"):
            return child
    tok = parsed[verb]
    if (
        tok.dep in ("relcl", "acl")
        and tok.head != tok.i
        and not any(
            c.dep in ("nsubj", "nsubjpass") and c.lower not in ("that", "which")
            for c in parsed.children(verb)
        )
    ):
        return None
    if tok.dep == "relcl" and tok.head != tok.i:  # "the sites people visit": the antecedent
        return parsed[tok.head]
    return None


def _common(tok: Token | None, name: str) -> bool:
    """A common noun of the list ``name`` (a name, "Time Warner", is an actor whatever its words)."""
    return tok is not None and tok.pos == "NOUN" and lemma_in(tok, sense_lists()[name])


def _agent(parsed: ParsedDoc, verb: int) -> Token | None:
    """The subject of an active verb, the by-agent of a passive one; for a relative pronoun, the
    noun it stands for ("disasters that hit the US")."""
    for child in parsed.children(verb):
        if child.dep == "agent":
            return next((g for g in parsed.children(child.i) if g.dep == "pobj"), None)
    subject = _subject(parsed, verb)
    if subject is not None and subject.tag in ("WDT", "WP") and parsed[verb].dep == "relcl":
        return parsed[parsed[verb].head]
    return subject


def work_subject(parsed: ParsedDoc, trig: Trigger) -> bool:
    """True when an act of force has a work or a text for subject ("the film attacks ..."), or an
    assault a calamity ("was hit by a crisis", "the recession struck the region")."""
    entry = trig.entry
    if entry.kind is Kind.NOUN or entry.event not in _FORCE:
        return False
    agent = _agent(parsed, trig.head)
    return _common(agent, "works") or (entry.event is EventType.ASSAULT and _common(agent, "calamities"))


def _of_objects(parsed: ParsedDoc, tok: Token) -> list[Token]:
    """The "of" objects of a quantity ("some of the problems", "any magnitude of growth")."""
    preps = [p for p in parsed.children(tok.i) if p.dep == "prep" and p.lower == "of"]
    return [g for p in preps for g in parsed.children(p.i) if g.dep == "pobj"]


def _against_objects(parsed: ParsedDoc, verb: int) -> list[Token]:
    """The "against" objects of a verb ("fight against extradition")."""
    preps = [p for p in parsed.children(verb) if p.dep == "prep" and p.lower == "against"]
    return [g for p in preps for g in parsed.children(p.i) if g.dep == "pobj"]


def abstract_object(parsed: ParsedDoc, trig: Trigger) -> bool:
    """True when an act of force is done to an abstraction ("seized the tools", "attacked the
    problem", "target some of the problems"), or an assault to animals ("shooting foxes"), to a
    policy ("attacked its failure"), a calamity ("fight the illness"), a contest ("fighting a
    seat") or proceedings ("fighting against extradition");
    a noun trigger's "on"/"of"/"against" object counts too ("an attack on the idea")."""
    entry = trig.entry
    if entry.event not in _FORCE:
        return False
    assault = ("abstractions", "animals", "criticised", "calamities", "contests", "proceedings")
    names = assault if entry.event is EventType.ASSAULT else ("abstractions",)
    if entry.kind is not Kind.NOUN:
        obj = _object(parsed, trig.head)
        if obj is not None and obj.i in trig.tokens:
            return False  # the noun of a light trigger ("opened fire") is the event itself
        objects = [obj, *_of_objects(parsed, obj)] if obj is not None else []
        objects += _against_objects(parsed, trig.head)  # "fighting against extradition"
        return any(_common(o, name) for o in objects for name in names)
    for prep in parsed.children(trig.head):
        if prep.dep == "prep" and prep.lower in ("on", "of", "against"):
            pobjs = [g for g in parsed.children(prep.i) if g.dep == "pobj"]
            if any(_common(g, name) for g in pobjs for name in names):
                return True
    return False


#: possessives of the subject itself: one defends one's own record or seat, not an ally
_OWN = frozenset({"his", "her", "its", "their", "our", "my", "your", "own"})
#: what one hits back at with words: critics and their claims
_RETORTS = frozenset(
    "critic claim criticism remark comment suggestion report accusation allegation attack charge "
    "opponent rival".split()
)
#: verbs of saying: "hit back by saying ..."
_SAYING = frozenset("say claim argue insist state point tell write describe call dismiss accuse".split())


def self_defence(parsed: ParsedDoc, trig: Trigger) -> bool:
    """True when "defend" (SUPPORT) has an object of the subject's own ("defended her record",
    "defend their seats", "defended his party's plans") or a record or a title ("the record he must
    defend"): a justification, not support of another."""
    entry = trig.entry
    if entry.kind is not Kind.VERB or entry.event is not EventType.SUPPORT or entry.anchor != "defend":
        return False
    obj = _object(parsed, trig.head) or _relative_object(parsed, trig.head)
    if obj is not None and obj.pos == "NOUN" and lemma_in(obj, _HELD):
        return True  # "the record he will have to defend", "defend the title"
    return obj is not None and _owned(parsed, obj)


def _owned(parsed: ParsedDoc, tok: Token) -> bool:
    """A noun with a possessive of the subject's own: "her record", "his party's plans"."""
    owners = [c for c in parsed.children(tok.i) if c.dep == "poss"]
    owners += [g for c in owners for g in parsed.children(c.i) if g.dep == "poss"]
    return any(c.lower in _OWN for c in owners)


def _relative_object(parsed: ParsedDoc, verb: int) -> Token | None:
    """The noun a relative clause describes when the verb, or an infinitive in it, lacks its object
    ("the record he will have to defend"); None when the clause's subject is the relative pronoun."""
    tok = parsed[verb]
    while tok.dep == "xcomp" and tok.head != tok.i:
        tok = parsed[tok.head]
    if tok.dep != "relcl" or tok.head == tok.i:
        return None
    subjects = [c for c in parsed.children(tok.i) if c.dep in ("nsubj", "nsubjpass")]
    if not subjects or any(c.tag in ("WDT", "WP") for c in subjects):
        return None
    return parsed[tok.head]


#: what one holds and defends as one's own whoever's it is: a record, a title
_HELD = frozenset({"record", "reputation", "title", "crown"})


#: armed parties and arms: their "hitting back" is force ("troops hit back at the rebels")
_ARMED = frozenset(
    "troop soldier army force military militant rebel insurgent guerrilla fighter gunman militia "
    "police navy jet warplane aircraft artillery tank missile rocket fire strike airstrike".split()
)


def armed_party(parsed: ParsedDoc, verb: int) -> bool:
    """True when the verb's subject or the object of its "at"/"with"/"against" is armed."""
    heads = [c for c in parsed.children(verb) if c.dep == "nsubj"]
    for prep in parsed.children(verb):
        if prep.dep == "prep" and prep.lower in ("at", "with", "against"):
            heads += [g for g in parsed.children(prep.i) if g.dep == "pobj"]
    words = heads + [m for h in heads for m in parsed.children(h.i) if m.dep in ("compound", "amod")]
    return any(lemma_in(t, _ARMED) for t in words)


def retort(parsed: ParsedDoc, trig: Trigger) -> bool:
    """True for "hit back", "strike back", "fire back" with words: "by saying ...", "at critics",
    ", saying ...", or with no armed party named ("the minister hit back on Tuesday"); "troops
    hit back at the rebels", "hit back with air strikes" are force."""
    entry = trig.entry
    if entry.kind is not Kind.VERB or entry.event is not EventType.ASSAULT:
        return False
    children = list(parsed.children(trig.head))
    if not any(c.dep in ("prt", "advmod") and c.lower == "back" for c in children):
        return False
    for prep in (c for c in children if c.dep == "prep" and c.lower in ("by", "at", "with")):
        if any(lemma_in(g, _RETORTS) or lemma_in(g, _SAYING) for g in parsed.children(prep.i)):
            return True
    if any(c.dep == "ccomp" or (c.dep in ("advcl", "xcomp") and lemma_in(c, _SAYING)) for c in children):
        return True
    return not armed_party(parsed, trig.head)


def met_challenge(parsed: ParsedDoc, trig: Trigger) -> bool:
    """True when "meet" in a consultation trigger ("meet", "come to a meeting") is a verb with a
    challenge, a target or a cost for object ("to meet the new threat", "come towards meeting
    the targets")."""
    if trig.entry.event is not EventType.CONSULT:
        return False
    verbs = [
        i for i in (*trig.tokens, trig.head) if parsed[i].pos == "VERB" and parsed[i].lemma.lower() == "meet"
    ]
    objects = [o for o in (_object(parsed, i) for i in verbs) if o is not None]
    objects += [g for o in objects for g in _of_objects(parsed, o)]  # "most of the bill was met"
    return any(_common(o, "challenges") for o in objects)


def _destinations(parsed: ParsedDoc, trig: Trigger) -> list[Token]:
    """Where a visit goes: the verb's object and the objects of its "to"/"in"/"at"/"into"
    ("visited the shop", "travelled to key cities", "a visit to the museum"), with their conjuncts."""
    out: list[Token] = []
    if trig.entry.kind is not Kind.NOUN:
        obj = _object(parsed, trig.head)
        out += [obj] if obj is not None else []
    for prep in parsed.children(trig.head):
        if prep.dep == "prep" and prep.lower in ("to", "in", "at", "into"):
            out += [g for g in parsed.children(prep.i) if g.dep == "pobj"]
    return out + [c for g in out for c in parsed.children(g.i) if c.dep == "conj"]


def _no_named_place(parsed: ParsedDoc, tok: Token) -> bool:
    """A common noun with no name in it or after it ("marginal seats"; not "towns in Gaza")."""
    names = [c for c in parsed.children(tok.i) if c.pos == "PROPN"]
    for prep in (c for c in parsed.children(tok.i) if c.dep == "prep"):
        names += [g for g in parsed.children(prep.i) if g.pos == "PROPN"]
    return not names


#: the head words of named places of worship, study, care and display ("the Al-Azhar Mosque")
_NAMED = frozenset(
    "temple mosque church chapel cathedral synagogue gurdwara shrine school college hospital hospice "
    "museum gallery factory farm stadium studio zoo".split()
)


def _custom_place(parsed: ParsedDoc, tok: Token) -> bool:
    """A place of custom or worship ("the shop", "a temple"), a position arrived in ("arrived in
    power", "came into office"), or unnamed localities ("key cities and marginal seats")."""
    if _common(tok, "venues") or (tok.pos == "PROPN" and tok.dep != "compound" and lemma_in(tok, _NAMED)):
        return True  # "the Shri Swaminarayan Mandir Temple"
    prep = parsed[tok.head] if tok.dep == "pobj" else None
    if prep is not None and prep.lower in ("in", "into") and _common(tok, "stations"):
        return True
    return tok.tag == "NNS" and _common(tok, "localities") and _no_named_place(parsed, tok)


def customer_visit(parsed: ParsedDoc, trig: Trigger) -> bool:
    """True when a visit (CONSULT visit) is to a place of business, worship or a web page ("visited
    the shop", "the sites people visit", "a visit to the museum"), to a position ("arrived in
    power"), a tour of unnamed localities ("travelled to key cities"), or made by customers."""
    entry = trig.entry
    if entry.event is not EventType.CONSULT or entry.mode != "visit":
        return False
    if any(_custom_place(parsed, g) for g in _destinations(parsed, trig)):
        return True
    return entry.kind is not Kind.NOUN and _common(_subject(parsed, trig.head), "customers")


def internal_meeting(parsed: ParsedDoc, trig: Trigger) -> bool:
    """True when "meet" (CONSULT) has one body for subject and no one to meet: the body's own
    meeting ("the party's executive was due to meet", "the cabinet met on Monday")."""
    entry = trig.entry
    if entry.kind is not Kind.VERB or entry.event is not EventType.CONSULT or entry.anchor != "meet":
        return False
    children = list(parsed.children(trig.head))
    if any(c.dep in ("dobj", "nsubjpass") or (c.dep == "prep" and c.lower == "with") for c in children):
        return False
    subject = _subject(parsed, trig.head)
    if subject is None or subject.tag != "NN" or any(c.dep == "conj" for c in parsed.children(subject.i)):
        return False
    return _common(subject, "bodies")


def spectator_visit(parsed: ParsedDoc, trig: Trigger) -> bool:
    """True when a visit's purpose is to watch ("flew to Rome to watch the final"): a spectator's."""
    entry = trig.entry
    if entry.event is not EventType.CONSULT or entry.mode != "visit" or entry.kind is Kind.NOUN:
        return False
    return any(c.dep in ("advcl", "xcomp") and c.lemma.lower() == "watch" for c in parsed.children(trig.head))


def custom_support(parsed: ParsedDoc, trig: Trigger) -> bool:
    """True when support (SUPPORT) comes from customers or voters ("expect the electorate to
    support ...", "fans backed the plan"): custom or a vote, not a political act."""
    if trig.entry.kind is Kind.NOUN or trig.entry.event is not EventType.SUPPORT:
        return False
    return _common(_agent(parsed, trig.head), "customers")


#: verbs of a stance taken: "went on the offensive", "is on the attack", "stayed on the offensive"
_STANCE_VERBS = frozenset({"go", "be", "stay", "remain", "move", "switch", "come"})


def stance_offensive(parsed: ParsedDoc, trig: Trigger) -> bool:
    """True for an assault noun in "go on the offensive", "be on the attack" with no armed party:
    a politician's attack in words ("the Tory leader went on the offensive over the remarks");
    "the army went on the offensive" is force."""
    entry = trig.entry
    if entry.kind is not Kind.NOUN or entry.event is not EventType.ASSAULT:
        return False
    tok = parsed[trig.head]
    if tok.dep != "pobj" or tok.head == tok.i or parsed[tok.head].lower != "on":
        return False
    if any(c.dep in ("prep", "amod", "compound") for c in parsed.children(tok.i)):
        return False  # "on the offensive against the rebels", "on a ground offensive"
    verb = parsed[tok.head].head
    return lemma_in(parsed[verb], _STANCE_VERBS) and not armed_party(parsed, verb)


def finding_warning(parsed: ParsedDoc, trig: Trigger) -> bool:
    """True when a threat noun is what a finding or a work is ("the figures are a stark warning to
    firms", "the report is a warning"): a lesson drawn, not a threat made by a party."""
    entry = trig.entry
    if entry.kind is not Kind.NOUN or entry.event is not EventType.THREATEN:
        return False
    tok = parsed[trig.head]
    if tok.dep != "attr" or tok.head == tok.i:
        return False
    subject = next((c for c in parsed.children(tok.head) if c.dep == "nsubj"), None)
    return _common(subject, "findings") or _common(subject, "works")


def sustained_economy(parsed: ParsedDoc, trig: Trigger) -> bool:
    """True when "support" or "back" (SUPPORT) has an economic quantity for object ("its resources
    can support growth", "to support the currency"): sustaining it, not backing a party."""
    if trig.entry.kind is Kind.NOUN or trig.entry.event is not EventType.SUPPORT:
        return False
    obj = _object(parsed, trig.head)
    return obj is not None and any(_common(t, "economics") for t in (obj, *_of_objects(parsed, obj)))


#: what one comments on rather than meets about: "would not discuss reports that ..."
_REPORTS = frozenset({"report", "claim", "allegation", "rumour", "rumor", "speculation"})
#: acts that "sanction" authorises: "a resolution sanctioning military action"
_AUTHORISED = frozenset(
    "action use force war attack strike invasion operation intervention deal plan move measure".split()
)


def commented_reports(parsed: ParsedDoc, trig: Trigger) -> bool:
    """True when "discuss" (CONSULT) has press reports or claims for object and no party to discuss
    them with ("he would not discuss reports that ..."): a comment, not a meeting."""
    entry = trig.entry
    if entry.kind is not Kind.VERB or entry.event is not EventType.CONSULT or entry.anchor != "discuss":
        return False
    obj = _object(parsed, trig.head)
    if obj is None or obj.pos != "NOUN" or not lemma_in(obj, _REPORTS):
        return False
    heads = (*parsed.children(trig.head), *parsed.children(obj.i))  # "discussed the reports with ..."
    return not any(c.dep == "prep" and c.lower == "with" for c in heads)


def authorised_act(parsed: ParsedDoc, trig: Trigger) -> bool:
    """True when the verb "sanction" has an act for object ("a resolution sanctioning military
    action"): authorising it, not a sanction on anyone."""
    entry = trig.entry
    if entry.kind is not Kind.VERB or entry.event is not EventType.SANCTION or entry.anchor != "sanction":
        return False
    obj = _object(parsed, trig.head)
    return obj is not None and obj.pos == "NOUN" and lemma_in(obj, _AUTHORISED)


_RULES = (
    commented_reports,
    authorised_act,
    stance_offensive,
    finding_warning,
    sustained_economy,
    work_subject,
    abstract_object,
    customer_visit,
    spectator_visit,
    self_defence,
    retort,
    met_challenge,
    internal_meeting,
    custom_support,
)


def figurative(parsed: ParsedDoc, trig: Trigger) -> bool:
    """True for a figurative or non-political use of a trigger word: a work or a calamity using
    force, force on an abstraction, a visit of custom or to watch, a defence of one's own, a retort,
    a challenge met, a body's own meeting, support of customers, a stance "on the offensive", a
    finding that is "a warning", an economy sustained, reports discussed, an act sanctioned."""
    return any(rule(parsed, trig) for rule in _RULES)
