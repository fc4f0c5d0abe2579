"""Roles of event nouns whose holder is their recipient.

A noun event held or undergone by a verb's subject has that subject for recipient: "Kenya has
the support of Britain" (Britain supports Kenya), "Kenya faces accusations from Uganda" (Uganda
accuses Kenya), and the victim of an assault is the one who died of it ("a prisoner died of
torture"). The one called on in "called for Russia to withdraw" is the clause's subject. An
event noun measured out ("began five days of war games", "launched a wave of air
strikes") is done by the subject of the verb of its measure.
"""

from __future__ import annotations

from ..lexicon import Kind, Trigger, lemma_in
from ..parsed import ParsedDoc
from ..schema import EventType
from .modalcues import TEXT_NOUNS
from .rolerules import prep_objects, unique
from .roles import LIGHT_VERBS, MentionIndex, Roles, mentions_for, subject_of
from .sensecodes import inverted_report

#: verbs by which one holds support: the holder is supported ("Kenya has the backing of Britain")
_HOLDING = frozenset("have enjoy win gain receive get secure lose retain keep command".split())
#: verbs whose subject undergoes the act of their object noun ("Kenya faces accusations from ...")
_UNDERGOING = frozenset({"face"})


def _held(parsed: ParsedDoc, trig: Trigger) -> int | None:
    """The verb of which a trigger noun is the object held or undergone, or None."""
    tok = parsed[trig.head]
    if trig.entry.kind is not Kind.NOUN or tok.dep != "dobj" or tok.head == tok.i:
        return None
    verb = parsed[tok.head]
    if lemma_in(verb, _UNDERGOING) or (trig.entry.event is EventType.SUPPORT and lemma_in(verb, _HOLDING)):
        return verb.i
    return None


#: verbs of dying: the subject of one is the victim of the assault its complement names
_DYING = frozenset({"die", "perish", "succumb"})
#: the words between a death and its cause: "died of torture", "died as a result of beatings"
_CAUSE_WORDS = frozenset({"of", "from", "after", "under", "during", "following", "to", "as", "result"})


def _died_of(parsed: ParsedDoc, trig: Trigger) -> int | None:
    """The verb of dying whose cause an assault noun is ("died of torture", "died as a result of
    torture", "succumbed to the beating"), or None."""
    if trig.entry.kind is not Kind.NOUN or trig.entry.event is not EventType.ASSAULT:
        return None
    tok = parsed[trig.head]
    for _ in range(4):  # noun <- preposition (<- "result" <- "as") <- the verb
        if tok.head == tok.i:
            return None
        tok = parsed[tok.head]
        if tok.pos == "VERB":
            return tok.i if lemma_in(tok, _DYING) else None
        if tok.lower not in _CAUSE_WORDS and not lemma_in(tok, _CAUSE_WORDS):
            return None
    return None


def held_roles(parsed: ParsedDoc, trig: Trigger, roles: Roles, index: MentionIndex) -> Roles:
    """The roles of an event noun held or undergone by the verb's subject, who is its recipient:
    "Kenya has the support of Britain" (Britain supports Kenya), "Kenya faces accusations from
    Uganda" (Uganda accuses Kenya), "a prisoner died of torture" (the prisoner was tortured); the
    other parties found act. Other triggers keep their roles."""
    verb = _held(parsed, trig)
    if verb is None:
        verb = _died_of(parsed, trig)
    if verb is None and not roles.actor:
        roles = _engaged_roles(parsed, trig, _measured_roles(parsed, trig, roles, index), index)
        return _text_roles(parsed, trig, roles, index)
    if verb is None and not roles.recipient:
        return _called_roles(parsed, trig, roles, index)
    subjects = [c.i for c in parsed.children(verb) if c.dep == "nsubj"] if verb is not None else []
    if not subjects:
        return roles
    holder = tuple(index.at(subjects[0]))
    spans = {(m.start, m.end) for m in holder}
    others = tuple(m for m in (*roles.actor, *roles.recipient) if (m.start, m.end) not in spans)
    return Roles(others, holder)


#: nouns that measure out an event: "five days of war games", "a wave of strikes", "a series of raids"
MEASURES = frozenset(
    "day week month year hour night series wave round spate string campaign succession".split()
)


def _measure_verb(parsed: ParsedDoc, trig: Trigger) -> int | None:
    """The light verb whose object measures out an event noun ("launched ten days of war games"),
    or None."""
    tok = parsed[trig.head]
    if trig.entry.kind is not Kind.NOUN or tok.dep != "pobj" or tok.head == tok.i:
        return None
    prep = parsed[tok.head]
    if prep.lower != "of" or prep.head == prep.i:
        return None
    measure = parsed[prep.head]
    if not lemma_in(measure, MEASURES) or measure.dep != "dobj" or measure.head == measure.i:
        return None
    verb = parsed[measure.head]
    return verb.i if lemma_in(verb, LIGHT_VERBS) else None


def _measured_roles(parsed: ParsedDoc, trig: Trigger, roles: Roles, index: MentionIndex) -> Roles:
    """The roles of an event noun measured out by a light verb's object: the verb's subject acts
    ("French and Egyptian warships began ten days of war games"). Others keep their roles."""
    verb = _measure_verb(parsed, trig)
    if verb is None:
        return roles
    subjects, patient = subject_of(parsed, verb)
    if patient:
        return roles
    actors = unique(m for i in subjects for m in mentions_for(parsed, index, i))
    if not actors:
        return roles
    spans = {(m.start, m.end) for m in actors}
    return Roles(tuple(actors), tuple(m for m in roles.recipient if (m.start, m.end) not in spans))


def _called_roles(parsed: ParsedDoc, trig: Trigger, roles: Roles, index: MentionIndex) -> Roles:
    """A call whose particle opens a clause ("called for Russia to withdraw", matched by the lexicon's
    clause marker) is addressed to that clause's subject. Others keep their roles."""
    marks = [i for i in trig.tokens if parsed[i].dep == "mark" and parsed[i].head != i]
    if trig.entry.kind is not Kind.PHRASAL or not marks:
        return roles
    clause = parsed[marks[0]].head
    subjects = [c.i for c in parsed.children(clause) if c.dep in ("nsubj", "nsubjpass")]
    actors = {(m.start, m.end) for m in roles.actor}
    called = [m for i in subjects for m in mentions_for(parsed, index, i) if (m.start, m.end) not in actors]
    return Roles(roles.actor, tuple(unique(called))) if called else roles


#: verbs whose subject takes part in the event noun after "in": "troops were engaged in ethnic
#: cleansing", "militias involved in the massacre", "units that participated in the raids"
_TAKING_PART = frozenset("engage involve participate".split())


def _engaged_roles(parsed: ParsedDoc, trig: Trigger, roles: Roles, index: MentionIndex) -> Roles:
    """An event noun one is engaged or involved in is done by that verb's subject, active or
    passive ("Serb units were engaged in ethnic cleansing"). Others keep their roles."""
    tok = parsed[trig.head]
    if roles.actor or trig.entry.kind is not Kind.NOUN or tok.dep != "pobj" or tok.head == tok.i:
        return roles
    prep = parsed[tok.head]
    if prep.lower != "in" or prep.head == prep.i:
        return roles
    verb = parsed[prep.head]
    if verb.lower == "part" and verb.dep == "dobj" and lemma_in(parsed[verb.head], {"take"}):
        verb = parsed[verb.head]  # "took part in the raids"
    elif not lemma_in(verb, _TAKING_PART) and not _takes_part(parsed, verb.i):
        return roles
    subjects = [c.i for c in parsed.children(verb.i) if c.dep in ("nsubj", "nsubjpass")]
    actors = unique(m for i in subjects for m in mentions_for(parsed, index, i))
    if not actors:
        return roles
    spans = {(m.start, m.end) for m in actors}
    recipients = roles.recipient or tuple(  # "engaged in ethnic cleansing against the Karen"
        unique(m for i in prep_objects(parsed, verb.i, ("against",)) for m in mentions_for(parsed, index, i))
    )
    return Roles(tuple(actors), tuple(m for m in recipients if (m.start, m.end) not in spans))


def _takes_part(parsed: ParsedDoc, verb: int) -> bool:
    """The verb of "take part" ("took part in the raids", the "in" hung on the verb)."""
    return lemma_in(parsed[verb], {"take"}) and any(
        c.dep == "dobj" and c.lower == "part" for c in parsed.children(verb)
    )


def _text_roles(parsed: ParsedDoc, trig: Trigger, roles: Roles, index: MentionIndex) -> Roles:
    """The act a text's participle names is done by whoever issues or votes the text: "the council
    passed a resolution condemning the coup" (the council condemns). Others keep their roles."""
    tok = parsed[trig.head]
    if roles.actor or trig.entry.kind is not Kind.VERB or tok.dep != "acl" or tok.tag != "VBG":
        return roles
    noun = parsed[tok.head]
    if not lemma_in(noun, TEXT_NOUNS) or noun.dep != "dobj" or noun.head == noun.i:
        return roles
    subjects, patient = subject_of(parsed, noun.head)
    actors = [] if patient else unique(m for i in subjects for m in mentions_for(parsed, index, i))
    return Roles(tuple(actors), roles.recipient) if actors else roles


def inverted_roles(parsed: ParsedDoc, trig: Trigger, roles: Roles, index: MentionIndex) -> Roles:
    """A complaint reported after its clause and hung by the parser on the noun before it ("the
    police are beating detainees, a rights group protested"): the group complains, of the clause's
    subject. Others keep their roles."""
    if trig.entry.event is not EventType.ACCUSE or trig.entry.kind is not Kind.VERB:
        return roles
    clause = inverted_report(parsed, trig.head)
    if clause is None:
        return roles
    actors = unique(mentions_for(parsed, index, parsed[trig.head].head))
    spans = {(m.start, m.end) for m in actors}
    subjects = [c.i for c in parsed.children(clause) if c.dep in ("nsubj", "nsubjpass")]
    accused = [m for i in subjects for m in mentions_for(parsed, index, i) if (m.start, m.end) not in spans]
    return Roles(tuple(actors), tuple(unique(accused))) if actors or accused else roles
