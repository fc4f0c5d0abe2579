"""Frames in which a trigger word reports no event of its own.

* the offence one is charged with, arrested or jailed for is an allegation, not an asserted event:
  "arrested for spying for Israel", "charged with supporting dissidents" (the arrest or the charge
  is the event);
* a stance or a state is not an act: "is committed to the plan", "remains devoted to the cause"
  (an adjectival participle after "be", "remain", "seem");
* a habit is not an event: "often criticises the government", "visits the capital every year"
  (repeated force is: "soldiers routinely beat detainees");
* a permission that is the aim of another act is no act of its own: "resigned to allow elections";
* the figurative senses and idioms of trigger words (:mod:`.figurative`).
"""

from __future__ import annotations

from ..lexicon import Kind, Trigger, lemma_in
from ..parsed import ParsedDoc
from ..schema import EventType
from .figurative import figurative
from .sensebackground import background_noun, framing_noun, modifier_noun
from .senseuses import describing_participle, light_pledge, nominal_participle, showing

#: legal acts whose "of"/"for"/"with" complement is the offence alleged: "arrested for spying"
#: (a verbal accusation, "accused Iran of arming ...", codes the act alleged, attributed to the accuser)
LEGAL_ACTS = frozenset(
    "charge suspect arrest detain jail imprison convict sentence indict prosecute try execute fine "
    "punish investigate question hold suspicion conviction indictment trial".split()
)
#: the prepositions that introduce the offence
_ALLEGED_PREPS = frozenset({"of", "for", "with", "over"})


def alleged_act(parsed: ParsedDoc, trig: Trigger) -> bool:
    """True when a verb trigger is the gerund complement of a legal act: the offence alleged ("was
    arrested for collaborating with", "charged with supporting", "jailed for insulting")."""
    if trig.entry.kind is Kind.NOUN:
        return False
    tok = parsed[trig.head]
    if tok.tag != "VBG" or tok.dep not in ("pcomp", "pobj") or tok.head == tok.i:
        return False
    prep = parsed[tok.head]
    if prep.lower not in _ALLEGED_PREPS or prep.head == prep.i:
        return False
    return lemma_in(parsed[prep.head], LEGAL_ACTS)


#: the verbs of a state: their adjectival participle complement is a stance, not an act
_STATE_VERBS = frozenset({"be", "remain", "seem", "appear", "stay", "become"})
#: stance participles: "committed to", "devoted to", "dedicated to", "engaged in" ("is opposed to
#: the plan" is a rejection of it, as "opposes the plan" is)
STANCES = frozenset({"commit", "devote", "dedicate", "engage", "attach", "wed", "tie"})


def stance(parsed: ParsedDoc, trig: Trigger) -> bool:
    """True when a verb trigger is a stance participle after a verb of state, its complement a "to"
    phrase naming a thing: "the party is committed to the roadmap", "remains devoted to the plan".
    "Was opposed by the army" (an agent), "committed troops" (an object) and "is committed to
    opening talks" (an act promised) are events."""
    if trig.entry.kind not in (Kind.VERB, Kind.PHRASAL):
        return False
    tok = parsed[trig.head]
    if tok.tag != "VBN" or not lemma_in(tok, STANCES):
        return False
    children = list(parsed.children(tok.i))
    if any(c.dep in ("agent", "dobj") for c in children):
        return False
    to_phrase = any(  # a thing, not an act: "committed to opening up the economy" is a pledge
        c.dep == "prep" and c.lower in ("to", "in") and any(g.dep == "pobj" for g in parsed.children(c.i))
        for c in children
    )
    state = any(c.dep in ("auxpass", "aux") and lemma_in(c, _STATE_VERBS) for c in children)
    head = parsed[tok.head]
    state = state or (tok.dep in ("acomp", "xcomp", "oprd") and lemma_in(head, _STATE_VERBS))
    return to_phrase and state


def topic_gerund(parsed: ParsedDoc, trig: Trigger) -> bool:
    """True when a verb trigger is the gerund subject of a lexical verb in the present: a kind of
    act, no act ("Detaining suspects without trial breaks the law"); "Lifting the sanctions is out
    of the question" and "Banning the party would anger ..." weigh a possible act (modality's)."""
    tok = parsed[trig.head]
    if trig.entry.kind is Kind.NOUN or tok.tag != "VBG" or tok.dep not in ("csubj", "csubjpass"):
        return False
    head = parsed[tok.head]  # a generic present: "breaks the law", not "would anger its supporters"
    return tok.head != tok.i and head.tag in ("VBZ", "VBP") and not lemma_in(head, _STATE_VERBS)


#: adverbs of frequency: the act is a habit, not an event ("police routinely detain ...")
FREQUENCY = frozenset(
    "often usually always regularly routinely frequently typically generally normally habitually "
    "rarely seldom sometimes occasionally traditionally customarily".split()
)
#: determiners of a recurring time: "each month", "every year"
_RECURRING = frozenset({"every", "each"})
#: the types of force: their repetition is reported as abuse ("police routinely torture ...")
_ABUSES = frozenset({EventType.ASSAULT, EventType.COERCE})
_TIME_NOUNS = frozenset("day week month year season summer winter spring autumn time weekend".split())


def habitual_act(parsed: ParsedDoc, trig: Trigger) -> bool:
    """True when a verb trigger is modified by an adverb of frequency ("often criticises Israel") or
    a recurring time ("visits the capital every year"): a habit, not one event. Force used again and
    again ("soldiers routinely beat detainees") is a pattern of abuse reported, and coded."""
    if trig.entry.kind is Kind.NOUN or trig.entry.event in _ABUSES:
        return False
    for child in parsed.children(trig.head):
        if child.dep == "advmod" and child.lower in FREQUENCY:
            return True
        if child.dep == "npadvmod" and lemma_in(child, _TIME_NOUNS):
            if any(d.dep == "det" and d.lower in _RECURRING for d in parsed.children(child.i)):
                return True
    return False


#: verbs of permission, and the prepositions of a permission not yet given ("before allowing ...")
PERMISSIONS = frozenset({"allow", "permit"})
_UNREALISED = frozenset({"before", "until", "without"})


def permission_aim(parsed: ParsedDoc, trig: Trigger) -> bool:
    """True when a verb of permission is the aim of another act ("opened the bridge to allow the
    delivery of grain", "resigned to allow elections") or a condition not yet met ("before allowing
    aid convoys in"): the act itself is coded, not a permission."""
    tok = parsed[trig.head]
    if trig.entry.kind is not Kind.VERB or not lemma_in(tok, PERMISSIONS) or tok.head == tok.i:
        return False
    purpose = tok.dep in ("advcl", "acl", "relcl")  # "raised pay to allow ...", "a law to allow ..."
    if purpose and any(c.dep == "aux" and c.lower == "to" for c in parsed.children(tok.i)):
        return True
    return tok.dep == "pcomp" and parsed[tok.head].lower in _UNREALISED


def framed_non_event(parsed: ParsedDoc, trig: Trigger) -> bool:
    """True when the trigger's frame makes it no event: an alleged act, a stance, a gerund topic,
    a habit, the aim of a permission, a figurative use, a noun setting the scene of another act or
    classifying another noun (:mod:`.sensebackground`), a use with no act (:mod:`.senseuses`)."""
    rules = [alleged_act, stance, topic_gerund, habitual_act, permission_aim, figurative]
    rules += [background_noun, framing_noun, modifier_noun]
    rules += [nominal_participle, light_pledge, describing_participle, showing]
    return any(rule(parsed, trig) for rule in rules)
