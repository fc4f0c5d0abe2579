"""Actor and recipient roles of a trigger, read from the dependency parse.

Active clauses give nsubj -> actor and dobj / the objects of the entry's prepositions ->
recipient; passives swap them (nsubjpass -> recipient, "by X" -> actor); a verb without a
subject inherits one (xcomp, conj, relative clauses, participles); event nouns take their
possessor or "by" phrase as actor, or the subject of the light verb that governs them
("launched an attack"). With no recipient among the trigger's own arguments, the nearest coded
mention below its objects is taken (:func:`nearest_below`), then one in the clause that states its
purpose ("marched to demand X's resignation"). Argument tokens are mapped to entities through the
mentions that cover them (see :class:`MentionIndex`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import TypeVar

from ..lexicon import DEP_SOURCES, Kind, Trigger, lemma_in
from ..parsed import ParsedDoc
from ..schema import Entity, EventType, Mention

#: verbs whose object is the subject of their infinitive ("urged Iran to release", "called on X to")
OBJECT_CONTROL = frozenset(
    "urge ask call press persuade force order tell allow invite encourage request push pressure "
    "compel instruct advise authorize authorise permit implore beg appeal".split()
)
#: verbs whose object performs the act in their "of"/"for" complement ("accused X of attacking")
OBJECT_OF_PREP = frozenset(
    "accuse blame charge suspect convict praise thank criticise criticize condemn".split()
)
#: verbs whose subject performs the event noun they govern ("launched an attack")
LIGHT_VERBS = frozenset(
    """launch carry conduct stage hold mount make begin start continue pay intensify escalate resume
    undertake perpetrate commit unleash announce impose wage lead organise organize call go join
    issue deliver send give offer provide sign reach express lodge file declare order step renew
    extend plan threaten vow pledge propose approve consider weigh mull prepare want seek authorize
    authorise open complete accelerate speed finish""".split()
)
#: light verbs whose subject performs a noun that is the object of their preposition ("went on strike")
LIGHT_PREP_VERBS = frozenset("go engage take join participate enter".split())
#: verbs whose subject undergoes the event noun they govern ("came under attack")
UNDERGO_VERBS = frozenset("suffer face come survive endure repel repulse withstand".split())
T = TypeVar("T")

#: participles whose "be" form is a stance of the subject, not a passive ("is opposed to")
STATIVE_PARTICIPLES = frozenset("oppose commit determine resolve dedicate devote engage involve".split())
#: relative pronouns that stand for the noun a relative clause modifies
_RELATIVE = frozenset({"who", "which", "that", "whom"})


class MentionIndex:
    """Which mentions cover each token (the longest covering span; equal spans = compound actor)."""

    def __init__(self, parsed: ParsedDoc, mentions: Sequence[Mention]) -> None:
        self._by_token: dict[int, tuple[Mention, ...]] = {}
        for mention in mentions:
            first = parsed.token_at_char(mention.start)
            if first is None:
                continue
            i = first
            while i < len(parsed) and parsed[i].idx < mention.end:
                self._add(i, mention)
                i += 1

    def _add(self, i: int, mention: Mention) -> None:
        current = self._by_token.get(i, ())
        if current:
            span = current[0].end - current[0].start
            length = mention.end - mention.start
            if length < span:
                return
            if length > span:
                current = ()
        self._by_token[i] = (*current, mention)

    def at(self, i: int) -> tuple[Mention, ...]:
        return self._by_token.get(i, ())

    def covers(self, i: int) -> bool:
        return i in self._by_token


@dataclass(frozen=True)
class Roles:
    actor: tuple[Mention, ...]
    recipient: tuple[Mention, ...]

    @property
    def actor_entities(self) -> tuple[Entity, ...]:
        return _entities(self.actor)

    @property
    def recipient_entities(self) -> tuple[Entity, ...]:
        return _entities(self.recipient)


def _entities(mentions: Iterable[Mention]) -> tuple[Entity, ...]:
    out: list[Entity] = []
    seen: set[tuple[str, str | None]] = set()
    for mention in mentions:
        key = (mention.entity.entity_name, mention.entity.code)
        if key not in seen:
            seen.add(key)
            out.append(mention.entity)
    return tuple(out)


def mentions_for(parsed: ParsedDoc, index: MentionIndex, i: int, *, depth: int = 0) -> list[Mention]:
    """The mentions an argument token stands for: its own, else its compound/appos/poss children's
    or those of its of/by/from/in phrase ("the demands of the workers"), or what its apposition
    stands for ("Jane Doe, the head of the agency"); conjuncts ("X and Y") add theirs. An uncoded
    person ("Engineers from three Canadian charities") gives way to the phrase's."""
    own = list(index.at(i))
    found = own if any(m.entity.code or m.entity.sector for m in own) else []
    if not found and depth < 2:
        for child in parsed.children(i):
            if child.dep == "appos":  # "Jane Doe, the head of the agency": the agency
                found.extend(index.at(child.i) or mentions_for(parsed, index, child.i, depth=depth + 1))
            elif child.dep in ("compound", "poss", "nmod", "amod"):
                found.extend(index.at(child.i))
            elif child.dep in ("prep", "agent") and child.lower in ("of", "by", "from", "in"):
                for pobj in parsed.children(child.i):
                    if pobj.dep == "pobj":
                        found.extend(mentions_for(parsed, index, pobj.i, depth=depth + 1))
    found = found or own
    for child in parsed.children(i):
        if child.dep == "conj":
            found.extend(mentions_for(parsed, index, child.i, depth=depth))
    return found


def _children(parsed: ParsedDoc, i: int, deps: Iterable[str]) -> list[int]:
    wanted = set(deps)
    return [c.i for c in parsed.children(i) if c.dep in wanted]


def _prep_objects(parsed: ParsedDoc, i: int, preps: Iterable[str]) -> list[int]:
    wanted = set(preps)
    out: list[int] = []
    for child in parsed.children(i):
        if child.dep in ("prep", "agent", "dative") and child.lower in wanted:
            out.extend(_children(parsed, child.i, ("pobj",)))
    return out


def is_passive(parsed: ParsedDoc, verb: int) -> bool:
    tok = parsed[verb]
    if any(c.dep in ("nsubjpass", "auxpass") for c in parsed.children(verb)):
        return True
    return tok.dep == "acl" and tok.tag == "VBN"


def subject_of(parsed: ParsedDoc, verb: int, *, depth: int = 0) -> tuple[list[int], bool]:
    """Subject tokens of a verb, inherited when it has none; and whether they are its recipients
    rather than actors (the noun a passive participle modifies: "protesters arrested by police")."""
    subj = _children(parsed, verb, ("nsubj", "csubj"))
    tok = parsed[verb]
    if subj:
        if tok.dep == "relcl" and parsed[subj[0]].lower in _RELATIVE:
            return [tok.head], False
        return subj, False
    if depth > 4 or tok.head == verb:
        return [], False
    head = parsed[tok.head]
    if tok.dep == "xcomp":
        if lemma_in(head, OBJECT_CONTROL):
            obj = _children(parsed, head.i, ("dobj",)) or _prep_objects(parsed, head.i, ("on", "upon"))
            if obj:
                return obj, False
        raised = _children(parsed, head.i, ("nsubjpass",))  # "Iran is expected to release"
        if raised and not _children(parsed, head.i, ("nsubj",)):
            return raised, False
        return subject_of(parsed, head.i, depth=depth + 1)
    if tok.dep in ("conj", "advcl") and head.pos in ("VERB", "AUX"):
        subj, patient = subject_of(parsed, head.i, depth=depth + 1)
        if (
            tok.dep == "advcl"
            and tok.tag == "VBN"
            and not any(c.dep == "mark" for c in parsed.children(verb))
        ):
            return subj, True  # "Asked about the plan, the minister said": the minister was asked
        return subj, patient
    if tok.dep in ("acomp", "attr", "oprd") and head.pos in ("VERB", "AUX"):  # "is ready to": its subject
        return subject_of(parsed, head.i, depth=depth + 1)
    if tok.dep == "pcomp" and head.head != head.i:
        gov = parsed[head.head]
        if head.lower in ("of", "for") and lemma_in(gov, OBJECT_OF_PREP):
            obj = _children(parsed, gov.i, ("dobj",))
            if obj:  # "accused Russia of shelling": Russia shelled
                return obj, False
        return subject_of(parsed, gov.i, depth=depth + 1)
    if tok.dep == "acl" and tok.tag == "VBG":  # "released a statement insisting that ...": its issuer
        noun = parsed[tok.head]
        if noun.dep == "dobj" and noun.head != noun.i and lemma_in(parsed[noun.head], LIGHT_VERBS):
            return subject_of(parsed, noun.head, depth=depth + 1)
    if tok.dep in ("acl", "relcl"):
        return [tok.head], tok.tag == "VBN"
    return [], False


def _verb_roles(parsed: ParsedDoc, trig: Trigger) -> tuple[list[int], list[int]]:
    entry, verb = trig.entry, trig.head
    subj, subj_is_patient = subject_of(parsed, verb)
    passive = is_passive(parsed, verb) or subj_is_patient
    actors: list[int] = []
    recipients: list[int] = []
    agent = _prep_objects(parsed, verb, ("by",))
    if passive and not agent and lemma_in(parsed[verb], STATIVE_PARTICIPLES):
        passive = False  # "Chile is opposed to ...", "Ghana is committed to ...": the subject acts
        subj = _children(parsed, verb, ("nsubjpass",)) or subj
    if passive:
        actors.extend(agent)
        patients = _children(parsed, verb, ("nsubjpass",)) or (subj if subj_is_patient else [])
    else:
        actors.extend(subj if not subj_is_patient else [])
        patients = _children(parsed, verb, ("dobj",))
    for holder in [verb] + ([trig.noun] if trig.noun is not None else []):
        actors.extend(_prep_objects(parsed, holder, [a for a in entry.actor_sources if a not in DEP_SOURCES]))
    sources = entry.recipient_sources or ("dobj", "dative")
    holders = [verb] + ([trig.noun] if trig.noun is not None else [])
    for source in sources:
        if source == "dobj":
            recipients.extend(p for p in patients if p != trig.noun)
        elif source == "dative":
            recipients.extend(_children(parsed, verb, ("dative",)))
        elif source == "self" and trig.noun is not None:
            recipients.append(trig.noun)
            recipients.extend(_children(parsed, trig.noun, ("nsubj", "compound")))
        elif source == "nsubj":
            recipients.extend(actors)
            actors = []
        elif source == "ccomp":  # "demanded that Iran release": Iran
            for clause in _children(parsed, verb, ("ccomp",)):
                recipients.extend(_children(parsed, clause, ("nsubj", "nsubjpass")))
        elif source not in DEP_SOURCES:
            for holder in holders:
                recipients.extend(_prep_objects(parsed, holder, (source,)))
    return actors, recipients


def _noun_roles(parsed: ParsedDoc, trig: Trigger, index: MentionIndex) -> tuple[list[int], list[int]]:
    noun = trig.head
    actors = _children(parsed, noun, ("poss",)) + _prep_objects(parsed, noun, ("by",))
    modifiers = [c.i for c in parsed.children(noun) if c.dep in ("compound", "amod", "nmod")]
    modifiers += [g.i for m in modifiers for g in parsed.children(m) if g.dep in ("compound", "amod", "nmod")]
    actors += [i for i in modifiers if i not in trig.tokens and index.covers(i)]
    recipients: list[int] = []
    for source in trig.entry.recipient_sources or ("on", "against"):
        if source not in DEP_SOURCES:
            recipients.extend(_prep_objects(parsed, noun, (source,)))
    tok = parsed[noun]
    governor = parsed[tok.head]
    if tok.dep == "pobj" and governor.head != governor.i:  # "went on strike", "came under attack"
        governor = parsed[governor.head]
    if not recipients and tok.dep == "dobj" and lemma_in(governor, LIGHT_VERBS):
        for source in trig.entry.recipient_sources or ("on", "against"):  # "staged rallies ... against X"
            if source not in DEP_SOURCES:
                recipients.extend(_prep_objects(parsed, governor.i, (source,)))
    actors += _prep_objects(parsed, noun, [a for a in trig.entry.actor_sources if a not in DEP_SOURCES])
    # a possessive that names no actor ("continued their strike": "their" unresolved) gives way to the
    # clause's subject
    actors = [i for i in actors if mentions_for(parsed, index, i)]
    in_protest = (
        tok.dep == "pobj" and parsed[tok.head].lower == "in" and trig.entry.event is EventType.PROTEST
    )
    if not actors and in_protest:  # "X are fasting in protest at Y", "X halted work in protest"
        verb = governor
        if verb.pos in ("NOUN", "PROPN") and verb.dep == "dobj" and verb.head != verb.i:
            verb = parsed[verb.head]
        if verb.pos in ("VERB", "AUX"):
            actors = subject_of(parsed, verb.i)[0]
    if not actors and governor.pos == "VERB" and tok.dep in ("dobj", "pobj", "nsubjpass"):
        subj, _ = subject_of(parsed, governor.i)
        if not subj and lemma_in(governor, STATIVE_PARTICIPLES):  # "forces were engaged in cleansing"
            subj = _children(parsed, governor.i, ("nsubjpass",))
        light = lemma_in(governor, LIGHT_VERBS)
        if light and (tok.dep != "pobj" or lemma_in(governor, LIGHT_PREP_VERBS)):
            actors = _prep_objects(parsed, governor.i, ("by",)) if tok.dep == "nsubjpass" else subj
        elif lemma_in(governor, UNDERGO_VERBS) and not recipients:
            recipients = subj
    return actors, recipients


#: dependents searched for a recipient the entry's own sources did not give: objects and their
#: modifiers, prepositional phrases, and the complements of control verbs ("agreed to send aid to X")
_OBJECT_DEPS = frozenset(
    {"dobj", "dative", "pobj", "prep", "xcomp", "poss", "compound", "nmod", "amod", "appos", "attr",
     "oprd", "pcomp", "acomp", "conj", "npadvmod", "nsubjpass", "acl", "agent"}
)  # fmt: skip
#: prepositions whose phrase is not a party to the event (time, manner, cause, the source of a report)
_NOT_PARTY = frozenset(
    {"despite", "after", "before", "during", "since", "until", "because", "like", "as", "in", "at", "near",
     "across", "along", "inside", "within", "over", "throughout", "around", "outside", "amid", "via",
     "according"}
)  # fmt: skip


def nearest_below(
    parsed: ParsedDoc,
    roots: Sequence[int],
    hit: Callable[[int], Sequence[T]],
    *,
    skip: set[int],
    depth: int = 4,
    open_preps: frozenset[str] = frozenset(),
) -> list[T]:
    """What ``hit`` finds on the nearest tokens below ``roots`` through object-like dependents
    (breadth first, at most ``depth`` arcs, not into locative or temporal phrases unless their
    preposition is one of ``open_preps``): "demanded the removal of X", "denounced X's
    crackdown", "agreed to send aid to X". Tokens in ``skip`` (the trigger, the actors) are not entered."""
    frontier = list(roots)
    seen = set(skip) | set(roots)
    preps = [i for i in skip if parsed[i].dep in ("prep", "agent", "dative")]
    frontier += [i for i in preps if i not in frontier]  # a trigger's own preposition: "arrived in"
    for _ in range(depth):
        found: list[T] = []
        nxt: list[int] = []
        for i in frontier:
            for child in parsed.children(i):
                own_prep = parsed[i].dep in ("prep", "agent", "dative") and i in skip
                if (
                    child.i in seen
                    or child.dep not in _OBJECT_DEPS
                    or (child.lower in _NOT_PARTY and child.lower not in open_preps and not own_prep)
                ):
                    continue
                if child.dep == "xcomp" and lemma_in(parsed[i], _REPORTING_HEADS):
                    continue
                if child.dep == "acl" and child.tag != "VBN":
                    continue  # only a passive participle's agent: "abuses committed by X"
                seen.add(child.i)
                hits = hit(child.i)
                if hits:
                    found.extend(hits)
                else:
                    nxt.append(child.i)
        if found:
            return found
        frontier = nxt
    return []


#: verbs whose complement is a report, not the event's object
_REPORTING_HEADS = frozenset("say tell report claim state announce add".split())


def find_roles(parsed: ParsedDoc, trig: Trigger, index: MentionIndex) -> Roles:
    """The actor and recipient mentions of a matched trigger (no duplicates; none in both roles).

    When the entry's sources give no recipient, the nearest mention in the trigger's objects is
    the recipient (:func:`nearest_below`), except for entries that name ``rcp=nsubj``."""
    if trig.entry.kind is Kind.NOUN:
        actor_toks, recipient_toks = _noun_roles(parsed, trig, index)
    else:
        actor_toks, recipient_toks = _verb_roles(parsed, trig)
    actors = _unique(m for i in actor_toks for m in mentions_for(parsed, index, i))
    taken = {(m.start, m.end, m.entity.entity_name) for m in actors}
    actor_names = {m.entity.entity_name for m in actors}
    recipients = _unique(  # not the actor itself ("deployed troops to its border with Finland")
        m
        for i in recipient_toks
        for m in mentions_for(parsed, index, i)
        if (m.start, m.end, m.entity.entity_name) not in taken and m.entity.entity_name not in actor_names
    )
    if not recipients and "nsubj" not in trig.entry.recipient_sources:
        skip = set(trig.tokens) | set(actor_toks) | _actor_span(parsed, actor_toks)
        roots = [trig.head] + ([trig.noun] if trig.noun is not None else [])
        sources = trig.entry.recipient_sources
        # an entry that names its recipient's preposition does not take its actor's own force as the
        # recipient ("deployed 400 Kenyan police officers to X"), but looks through it
        objects = [c.i for c in parsed.children(trig.head) if c.dep == "dobj" and c.i != trig.noun]
        own_objects = set(objects) | {  # the object's own words: "400 police officers"
            c.i for o in objects for c in parsed.children(o) if c.dep in ("compound", "amod", "nummod")
        }
        actor_codes = {m.entity.code for m in actors if m.entity.code}
        force = bool(sources) and "dobj" not in sources

        def others(i: int) -> list[Mention]:  # "its border", "their talks": the actors themselves
            conjuncts = [i] + [c.i for c in parsed.children(i) if c.dep == "conj"]  # "with X and Y"
            found = [m for j in conjuncts for m in index.at(j) if m.entity.entity_name not in actor_names]
            if not any(m.entity.code or m.entity.sector for m in found):
                return []  # "the biggest group": no party to code; look further
            if force and i in own_objects:
                found = [m for m in found if m.entity.code not in actor_codes]
            return found

        recipients = _unique(nearest_below(parsed, roots, others, skip=skip, open_preps=frozenset(sources)))
        if not recipients and trig.entry.event is EventType.THREATEN:
            recipients = _unique(m for i in _condition_subjects(parsed, trig.head) for m in others(i))
        if not recipients and trig.entry.event is EventType.THREATEN:  # the threatened act's target
            clauses = [c.i for c in parsed.children(trig.head) if c.dep == "ccomp"]
            recipients = _unique(nearest_below(parsed, clauses, others, skip=skip)) if clauses else []
        if not recipients:  # "marched to demand X's resignation", "opened the border to let aid reach X"
            purposes = _purpose_clauses(parsed, trig)  # a clause of its own: one arc deeper than the objects
            recipients = _unique(nearest_below(parsed, purposes, others, skip=skip, depth=5))
        if not recipients and trig.entry.event is EventType.REQUEST:  # "its demand that Israel ease ..."
            clauses = [c.i for c in parsed.children(trig.head) if c.dep in ("ccomp", "acl")]
            subjects = [s for c in clauses for s in _children(parsed, c, ("nsubj", "nsubjpass"))]
            recipients = _unique(m for i in subjects for m in others(i))
    return Roles(tuple(actors), tuple(recipients))


def _purpose_clauses(parsed: ParsedDoc, trig: Trigger) -> list[int]:
    """The clauses that state what an act is for: an infinitive or participle attached to the
    trigger, its noun or the verb governing its noun ("staged a rally to demand ...", "marched
    calling for ...", "reopened the border to let aid reach ..."). Their objects name whom the act
    addresses when the trigger's own objects name no one."""
    holders = [trig.head] + ([trig.noun] if trig.noun is not None else [])
    tok = parsed[trig.head]
    if trig.entry.kind is Kind.NOUN and tok.dep in ("dobj", "nsubj") and tok.head != tok.i:
        holders.append(tok.head)  # "began a hunger strike to demand": the clause hangs on "began"
    # an infinitive complement of the trigger verb is its content ("agreed to impose sanctions on X":
    # X is the sanction's recipient, not the agreement's); elsewhere the parser labels a purpose so
    open_xcomp = trig.entry.event is EventType.PROTEST
    out: list[int] = []
    for holder in holders:
        purpose = ("advcl", "acl", "xcomp") if open_xcomp or holder != trig.head else ("advcl", "acl")
        for clause in parsed.children(holder):
            if clause.dep not in purpose or clause.pos not in ("VERB", "AUX"):
                continue
            infinitive = any(c.tag == "TO" for c in parsed.children(clause.i))
            if (infinitive or clause.tag == "VBG") and not _children(parsed, clause.i, ("nsubj", "mark")):
                out.append(clause.i)
    return out


def _condition_subjects(parsed: ParsedDoc, head: int) -> list[int]:
    """Subjects of the conditions a threat sets ("threatened to strike unless Iraq accepted"): the
    target of the threat. Searched on the trigger and the verbs of its complement chain."""
    out: list[int] = []
    chain = [head]
    while True:
        nxt = [c.i for c in parsed.children(chain[-1]) if c.dep in ("xcomp", "ccomp")]
        if not nxt or len(chain) > 3:
            break
        chain.append(nxt[0])
    for verb in chain:
        for clause in parsed.children(verb):
            if clause.dep == "advcl" and any(
                c.dep == "mark" and c.lower in ("if", "unless") for c in parsed.children(clause.i)
            ):
                out.extend(_children(parsed, clause.i, ("nsubj", "nsubjpass")))
    return out


def _actor_span(parsed: ParsedDoc, actor_toks: Sequence[int]) -> set[int]:
    out: set[int] = set()
    for i in actor_toks:
        lo, hi = parsed.subtree(i)
        out.update(range(lo, hi))
    return out


def _unique(mentions: Iterable[Mention]) -> list[Mention]:
    out: list[Mention] = []
    seen: set[tuple[int, int, str]] = set()
    for mention in mentions:
        key = (mention.start, mention.end, mention.entity.entity_name)
        if key not in seen:
            seen.add(key)
            out.append(mention)
    return out
