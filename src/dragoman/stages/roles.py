"""Actor and recipient roles of a trigger, read from the dependency parse.

Active clauses give nsubj -> actor and dobj / the objects of the entry's prepositions ->
recipient; passives swap them (nsubjpass -> recipient, "by X" -> actor); a verb without a
subject inherits one (xcomp, conj, relative clauses, participles); event nouns take their
possessor or "by" phrase as actor, or the subject of the light verb that governs them
("launched an attack"). Argument tokens are mapped to entities through the mentions that
cover them (see :class:`MentionIndex`).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from ..lexicon import DEP_SOURCES, Kind, Trigger
from ..parsed import ParsedDoc
from ..schema import Entity, Mention

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
    or those of its of/by/from phrase ("the demands of the workers"); conjuncts ("X and Y") add theirs."""
    found = list(index.at(i))
    if not found and depth < 2:
        for child in parsed.children(i):
            if child.dep in ("compound", "appos", "poss", "nmod", "amod"):
                found.extend(index.at(child.i))
            elif child.dep in ("prep", "agent") and child.lower in ("of", "by", "from"):
                for pobj in parsed.children(child.i):
                    if pobj.dep == "pobj":
                        found.extend(mentions_for(parsed, index, pobj.i, depth=depth + 1))
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
        if head.lemma.lower() in OBJECT_CONTROL:
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
    if tok.dep == "pcomp" and head.head != head.i:
        gov = parsed[head.head]
        if head.lower in ("of", "for") and gov.lemma.lower() in OBJECT_OF_PREP:
            obj = _children(parsed, gov.i, ("dobj",))
            if obj:  # "accused Russia of shelling": Russia shelled
                return obj, False
        return subject_of(parsed, gov.i, depth=depth + 1)
    if tok.dep in ("acl", "relcl"):
        return [tok.head], tok.tag == "VBN"
    return [], False


def _verb_roles(parsed: ParsedDoc, trig: Trigger) -> tuple[list[int], list[int]]:
    entry, verb = trig.entry, trig.head
    subj, subj_is_patient = subject_of(parsed, verb)
    passive = is_passive(parsed, verb) or subj_is_patient
    actors: list[int] = []
    recipients: list[int] = []
    if passive:
        actors.extend(_prep_objects(parsed, verb, ("by",)))
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
    actors += [
        c.i
        for c in parsed.children(noun)
        if c.dep in ("compound", "amod", "nmod") and c.i not in trig.tokens and index.covers(c.i)
    ]
    recipients: list[int] = []
    for source in trig.entry.recipient_sources or ("on", "against"):
        if source not in DEP_SOURCES:
            recipients.extend(_prep_objects(parsed, noun, (source,)))
    tok = parsed[noun]
    governor = parsed[tok.head]
    if tok.dep == "pobj" and governor.head != governor.i:  # "went on strike", "came under attack"
        governor = parsed[governor.head]
    actors += _prep_objects(parsed, noun, [a for a in trig.entry.actor_sources if a not in DEP_SOURCES])
    if not actors and governor.pos == "VERB" and tok.dep in ("dobj", "pobj", "nsubjpass"):
        subj, _ = subject_of(parsed, governor.i)
        lemma = governor.lemma.lower()
        if lemma in LIGHT_VERBS and (tok.dep != "pobj" or lemma in LIGHT_PREP_VERBS):
            actors = _prep_objects(parsed, governor.i, ("by",)) if tok.dep == "nsubjpass" else subj
        elif lemma in UNDERGO_VERBS and not recipients:
            recipients = subj
    return actors, recipients


def find_roles(parsed: ParsedDoc, trig: Trigger, index: MentionIndex) -> Roles:
    """The actor and recipient mentions of a matched trigger (no duplicates; none in both roles)."""
    if trig.entry.kind is Kind.NOUN:
        actor_toks, recipient_toks = _noun_roles(parsed, trig, index)
    else:
        actor_toks, recipient_toks = _verb_roles(parsed, trig)
    actors = _unique(m for i in actor_toks for m in mentions_for(parsed, index, i))
    taken = {(m.start, m.end, m.entity.entity_name) for m in actors}
    recipients = _unique(
        m
        for i in recipient_toks
        for m in mentions_for(parsed, index, i)
        if (m.start, m.end, m.entity.entity_name) not in taken
    )
    return Roles(tuple(actors), tuple(recipients))


def _unique(mentions: Iterable[Mention]) -> list[Mention]:
    out: list[Mention] = []
    seen: set[tuple[int, int, str]] = set()
    for mention in mentions:
        key = (mention.start, mention.end, mention.entity.entity_name)
        if key not in seen:
            seen.add(key)
            out.append(mention)
    return out
