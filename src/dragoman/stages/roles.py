"""Actor and recipient roles of a trigger, read from the dependency parse.

Active clauses give nsubj -> actor and dobj / the objects of the entry's prepositions ->
recipient; passives swap them (nsubjpass -> recipient, "by X" -> actor); a verb without a
subject inherits one (xcomp, conj, relative clauses, participles); event nouns take their
possessor or "by" phrase as actor, or the subject of the light verb that governs them
("launched an attack"). With no recipient among the trigger's own arguments, an answer or a
demand is addressed to whoever made or answers it (rolespeech.py: "rejected X's offer", "ignored
X's demand"), else the nearest coded mention below its objects is taken (rolesearch.py,
:func:`nearest_below`), then one in the clause that states its purpose ("marched to demand X's
resignation"). Argument tokens are mapped to entities through the mentions that cover them (see
:class:`MentionIndex`).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from ..lexicon import DEP_SOURCES, Kind, Trigger, lemma_in
from ..parsed import ParsedDoc
from ..schema import Entity, EventType, Mention
from .roleclaims import claimed_parties
from .rolenoun import asked_party, blamer_inside, participle_agent, writer_of, written_to
from .roleobjects import antecedents, movers
from .roleparse import (
    called_subject,
    conjoined_agent,
    distant_agent,
    genitive_actor,
    misattached_appositions,
    negotiating_partner,
    object_participle_subject,
    participle_subjects,
    pronoun_owner,
    quantified_object,
    reciprocal_party,
    requester,
    shared_object,
    shares_passive,
    shifted_object,
    summoned_roles,
)
from .roleplots import plot_actor
from .rolerules import (
    by_agents,
    children_of,
    is_reporter,
    measured_change,
    misread_main_verb,
    nearest_below,
    prep_objects,
    subject_left_of,
    unique,
    with_conjuncts,
)
from .rolesearch import restates_actors, searched_recipients
from .rolespeech import addressee_tokens, answering_verb, left_place, proposer_tokens, speaker_tokens

__all__ = [
    "LIGHT_VERBS", "MentionIndex", "Roles", "find_roles", "mentions_for", "nearest_below", "restates_actors",
    "subject_of",
]  # fmt: skip

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
    authorise open complete accelerate speed finish attend host""".split()
)
#: light verbs whose subject performs a noun that is the object of their preposition ("went on strike")
LIGHT_PREP_VERBS = frozenset("go engage take join participate enter".split())
#: verbs whose subject undergoes the event noun they govern ("came under attack")
UNDERGO_VERBS = frozenset("suffer face come survive endure repel repulse withstand".split())

#: participles whose "be" form is a stance of the subject, not a passive ("is opposed to")
STATIVE_PARTICIPLES = frozenset("oppose commit determine resolve dedicate devote engage involve".split())
#: modes of a retreat whose undergoer is who steps back, when no agent is named ("troops were
#: withdrawn", "fighters were disarmed"): coded as the retreat's actor, as CAMEO does
_STEPPING_BACK = frozenset({"withdraw", "disarm", "resign"})
_STEPPING_EVENTS = frozenset({EventType.RETREAT, EventType.SANCTION})  # "the envoy was recalled"
#: nouns of a party related to another, whose possessor is that other ("its neighbour", "their rivals")
RELATIONAL = frozenset(
    "neighbor neighbour rival enemy foe adversary opponent counterpart ally partner".split()
)
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
        owned = _owner_named(parsed, index, i)  # "X's expulsion of Y": X, not the act's object Y
        for child in parsed.children(i):
            if child.dep == "appos" and not is_reporter(
                parsed, child.i
            ):  # "Jane Doe, the head of the agency"
                found.extend(index.at(child.i) or mentions_for(parsed, index, child.i, depth=depth + 1))
            elif child.dep == "poss" and lemma_in(parsed[i], RELATIONAL):
                continue  # "its neighbour": another party than the one "its" names
            elif child.dep in ("compound", "poss", "nmod", "amod"):  # "Chinese and Russian bombers"
                found.extend(m for j in with_conjuncts(parsed, child.i) for m in index.at(j))
            elif child.dep in ("prep", "agent") and child.lower in ("of", "by", "from", "in"):
                if owned and child.lower == "of":
                    continue
                for pobj in parsed.children(child.i):
                    if pobj.dep == "pobj":
                        found.extend(mentions_for(parsed, index, pobj.i, depth=depth + 1))
    if found and not any(m.entity.code for m in found) and depth < 2:
        found = _affiliation(parsed, index, i, depth) or found  # "the deputy chief of X's militia"
    found = found or own
    for child in parsed.children(i):
        if child.dep == "conj" or (child.dep == "appos" and _is_list(parsed, child.i)):
            found.extend(mentions_for(parsed, index, child.i, depth=depth))
    return found


def _owner_named(parsed: ParsedDoc, index: MentionIndex, i: int) -> bool:
    """True when the possessor of token ``i`` names a coded party ("the junta's expulsion of the
    envoy"): its "of" phrase is then what the noun acts on, not whose it is."""
    return any(m.entity.code for c in children_of(parsed, i, ("poss",)) for m in index.at(c))


def _is_list(parsed: ParsedDoc, i: int) -> bool:
    """True for an apposition that goes on with "and"/"or": the parser's reading of a list "A, B
    and C" (B an apposition of A, C a conjunct of B)."""
    children = list(parsed.children(i))
    return any(c.dep == "cc" for c in children) and any(c.dep == "conj" for c in children)


def _affiliation(parsed: ParsedDoc, index: MentionIndex, i: int, depth: int) -> list[Mention]:
    """The coded mentions of the "of" or "from" phrase of a person or body with no country of its
    own ("the deputy chief of X's militia", "doctors from two X aid groups"): whose it is."""
    return [
        m
        for pobj in prep_objects(parsed, i, ("of", "from"))
        for m in mentions_for(parsed, index, pobj, depth=depth + 1)
        if m.entity.code
    ]


def is_passive(parsed: ParsedDoc, verb: int) -> bool:
    tok = parsed[verb]
    if any(c.dep in ("nsubjpass", "auxpass") for c in parsed.children(verb)):
        return True
    # a participle on a noun, unless a clause of its own ("claims that troops had burned X") or a
    # main verb misread ("X shortened by an hour the curfew")
    participle = tok.dep == "acl" and tok.tag == "VBN" and not children_of(parsed, verb, ("nsubj",))
    return participle and not measured_change(parsed, verb)


def subject_of(parsed: ParsedDoc, verb: int, *, depth: int = 0) -> tuple[list[int], bool]:
    """Subject tokens of a verb, inherited when it has none; and whether they are its recipients
    rather than actors (the noun a passive participle modifies: "protesters arrested by police")."""
    subj = participle_subjects(parsed, children_of(parsed, verb, ("nsubj", "csubj")))
    tok = parsed[verb]
    if subj:
        if tok.dep == "relcl" and parsed[subj[0]].lower in _RELATIVE:
            return [tok.head], False
        return subj, False
    if depth > 4 or tok.head == verb:
        return subject_left_of(parsed, verb), False
    head = parsed[tok.head]
    plotter = plot_actor(parsed, verb)  # "foiled a plot to bomb": not the police; "made an attempt to"
    if plotter is not None:
        return plotter, False
    crowd = object_participle_subject(parsed, verb)  # "arrested protesters demanding X"
    called = called_subject(parsed, verb)  # "pressed for Ethiopian troops to pull out"
    called = called if called is not None else asked_party(parsed, verb)  # "a demand for X to leave"
    if crowd is not None or called is not None:
        return [i for i in (crowd, called) if i is not None], False
    if tok.dep == "xcomp":
        if lemma_in(head, OBJECT_CONTROL):
            obj = children_of(parsed, head.i, ("dobj",)) or prep_objects(parsed, head.i, ("on", "upon", "to"))
            if obj:
                return obj, False
        raised = children_of(parsed, head.i, ("nsubjpass",))  # "Iran is expected to release"
        if raised and not children_of(parsed, head.i, ("nsubj",)):
            return raised, False
        return subject_of(parsed, head.i, depth=depth + 1)
    if tok.dep == "conj" and head.pos in ("VERB", "AUX"):
        undergone = children_of(parsed, head.i, ("nsubjpass",))  # "was indicted ... and will resign"
        passive = shares_passive(parsed, verb)
        if undergone and passive is not None and not children_of(parsed, head.i, ("nsubj",)):
            return undergone, passive
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
            obj = children_of(parsed, gov.i, ("dobj",))
            if obj:  # "accused Russia of shelling": Russia shelled
                return obj, False
            accused = children_of(parsed, gov.i, ("nsubjpass",))
            if accused:  # "Russia was accused of shelling": Russia shelled
                return accused, False
        return subject_of(parsed, gov.i, depth=depth + 1)
    if tok.dep == "acl" and tok.tag == "VBG":  # "released a statement insisting that ...": its issuer
        noun = parsed[tok.head]
        if noun.dep == "dobj" and noun.head != noun.i and lemma_in(parsed[noun.head], LIGHT_VERBS):
            return subject_of(parsed, noun.head, depth=depth + 1)
    main_subject = misread_main_verb(parsed, verb)
    if main_subject is not None:  # "Doctors from X donated ...": not a participle on "X"
        return [main_subject], False
    writer = writer_of(parsed, verb)  # "wrote to the minister demanding": the writer demands
    if writer is not None:
        return subject_of(parsed, writer, depth=depth + 1)
    if tok.dep in ("acl", "relcl"):
        return [tok.head], tok.tag == "VBN"
    return subject_left_of(parsed, verb), False


def _verb_roles(parsed: ParsedDoc, trig: Trigger) -> tuple[list[int], list[int]]:
    entry, verb = trig.entry, trig.head
    subj, subj_is_patient = subject_of(parsed, verb)
    passive = is_passive(parsed, verb) or subj_is_patient
    actors: list[int] = []
    recipients: list[int] = []
    agent = by_agents(parsed, verb)
    if passive and not agent and lemma_in(parsed[verb], STATIVE_PARTICIPLES):
        passive = False  # "Chile is opposed to ...", "Ghana is committed to ...": the subject acts
        subj = children_of(parsed, verb, ("nsubjpass",)) or subj
    if passive:
        # "were detained and beaten by X"; "was accused of fraud, most of it never proved, by X"
        actors.extend(
            agent
            or conjoined_agent(parsed, verb)
            or distant_agent(parsed, verb)
            or blamer_inside(parsed, verb)
        )
        # a passive with no subject of its own undergoes what it inherits ("raided X and were attacked")
        patients = children_of(parsed, verb, ("nsubjpass",)) or subj
    else:
        actors.extend(subj if not subj_is_patient else [])
        loose = misattached_appositions(parsed, verb)  # "refused entry to X, by far the largest group"
        patients = antecedents(parsed, verb, loose)  # "the men, whom X arrested": the men
        patients = patients or shifted_object(parsed, verb)  # "denounced as a crime X's raid"
        patients = patients or quantified_object(parsed, verb)  # "kidnapped up to 16 advisers"
        patients = patients or shared_object(parsed, verb)  # "killing or wounding 50"
    if passive and not actors and entry.event in _STEPPING_EVENTS and entry.mode in _STEPPING_BACK:
        actors, patients = patients, []  # "guerrillas have been demobilized": they disarm
    for holder in [verb] + ([trig.noun] if trig.noun is not None else []):
        actors.extend(prep_objects(parsed, holder, [a for a in entry.actor_sources if a not in DEP_SOURCES]))
    sources = entry.recipient_sources or _default_recipients(entry.event)
    holders = [verb] + ([trig.noun] if trig.noun is not None else [])
    for source in sources:
        if source == "dobj":
            recipients.extend(p for p in patients if p != trig.noun)
        elif source == "dative":
            recipients.extend(children_of(parsed, verb, ("dative",)))
        elif source == "self" and trig.noun is not None and not recipients:  # "took X hostage": X
            recipients.append(trig.noun)
            recipients.extend(children_of(parsed, trig.noun, ("nsubj", "compound")))
        elif source == "nsubj":
            recipients.extend(actors)
            actors = []
        elif source == "ccomp":  # "demanded that Iran release": Iran
            for clause in children_of(parsed, verb, ("ccomp",)):
                recipients.extend(children_of(parsed, clause, ("nsubj", "nsubjpass")))
        elif source not in DEP_SOURCES:
            for holder in holders:
                if not left_place(parsed, trig, holder, source):
                    recipients.extend(prep_objects(parsed, holder, (source,)))
    return actors, recipients


def _default_recipients(event: EventType) -> tuple[str, ...]:
    """Where a verb with no recipient sources of its own finds its recipient: its objects, but a
    mobilisation's object is the force it moves ("put its army on alert")."""
    return ("dative",) if event is EventType.MOBILIZE else ("dobj", "dative")


def _noun_roles(parsed: ParsedDoc, trig: Trigger, index: MentionIndex) -> tuple[list[int], list[int]]:
    noun = trig.head
    actors = children_of(parsed, noun, ("poss",)) + prep_objects(parsed, noun, ("by",))
    actors += participle_agent(parsed, noun)  # "a lawsuit brought by the attorney general"
    modifiers = [c.i for c in parsed.children(noun) if c.dep in ("compound", "amod", "nmod")]
    modifiers += [g.i for m in modifiers for g in parsed.children(m) if g.dep in ("compound", "amod", "nmod")]
    actors += [i for i in modifiers if i not in trig.tokens and index.covers(i)]
    recipients: list[int] = []
    for source in trig.entry.recipient_sources or ("on", "against"):
        if source not in DEP_SOURCES:
            recipients.extend(prep_objects(parsed, noun, (source,)))
    tok = parsed[noun]
    governor = parsed[tok.head]
    if tok.dep == "pobj" and governor.head != governor.i:  # "went on strike", "came under attack"
        governor = parsed[governor.head]
    if not recipients and tok.dep == "dobj" and lemma_in(governor, LIGHT_VERBS):
        for source in trig.entry.recipient_sources or ("on", "against"):  # "staged rallies ... against X"
            if source not in DEP_SOURCES:
                recipients.extend(prep_objects(parsed, governor.i, (source,)))
    if not recipients:  # "sent a warning to X", "delivered an ultimatum to X"
        recipients = addressee_tokens(parsed, trig)
    actors += prep_objects(parsed, noun, [a for a in trig.entry.actor_sources if a not in DEP_SOURCES])
    actors += speaker_tokens(parsed, trig)  # "a warning from X"
    # a possessive that names no actor ("continued their strike": "their" unresolved) gives way to the
    # clause's subject
    actors = [i for i in actors if _names_actor(parsed, index, i)]
    in_protest = (
        tok.dep == "pobj" and parsed[tok.head].lower == "in" and trig.entry.event is EventType.PROTEST
    )
    if not actors and in_protest:  # "X are fasting in protest at Y", "X halted work in protest"
        verb = governor
        if verb.pos in ("NOUN", "PROPN") and verb.dep == "dobj" and verb.head != verb.i:
            verb = parsed[verb.head]
        if verb.pos in ("VERB", "AUX"):
            actors = [_performer(parsed, index, i) for i in subject_of(parsed, verb.i)[0]]
    if not actors and governor.pos == "VERB" and tok.dep in ("dobj", "pobj", "nsubjpass"):
        subj, _ = subject_of(parsed, governor.i)
        if not subj and lemma_in(governor, STATIVE_PARTICIPLES):  # "forces were engaged in cleansing"
            subj = children_of(parsed, governor.i, ("nsubjpass",))
        light = lemma_in(governor, LIGHT_VERBS)
        if light and (tok.dep != "pobj" or lemma_in(governor, LIGHT_PREP_VERBS)):
            actors = prep_objects(parsed, governor.i, ("by",)) if tok.dep == "nsubjpass" else subj
        elif lemma_in(governor, UNDERGO_VERBS) and not recipients:
            recipients = subj
    return actors, recipients


def _performer(parsed: ParsedDoc, index: MentionIndex, i: int) -> int:
    """The subject ``i`` of a clause, or, when it is an act named by no party that is the object
    of a verb, that verb's subject: "parties staged a strike that closed X in protest": the
    parties protest, through the strike they staged."""
    tok = parsed[i]
    if _names_actor(parsed, index, i) or tok.dep != "dobj" or parsed[tok.head].pos != "VERB":
        return i
    subj = subject_of(parsed, tok.head)[0]
    return subj[0] if subj else i


def _names_actor(parsed: ParsedDoc, index: MentionIndex, i: int) -> bool:
    """True when token ``i`` names an actor: a pronoun only when resolved to a party ("continued
    their strike": an unresolved "their" gives way to the clause's subject)."""
    found = mentions_for(parsed, index, i)
    if parsed[i].pos == "PRON":
        return any(m.entity.code or m.entity.sector for m in found)
    return bool(found)


def _noun_actor_fallback(parsed: ParsedDoc, trig: Trigger, index: MentionIndex) -> list[int]:
    """The actor of an event noun with no possessor, agent or governing light verb: its "of"
    phrase ("the deployment of NATO troops"), else the subject of the clause a reciprocal noun is
    a circumstance of ("retook the town after fighting with rebels")."""
    for found in (genitive_actor(parsed, trig), reciprocal_party(parsed, trig)):
        named = [i for i in found if mentions_for(parsed, index, i)]
        if named:
            return named
    return []


def find_roles(parsed: ParsedDoc, trig: Trigger, index: MentionIndex) -> Roles:
    """The actor and recipient mentions of a matched trigger (no duplicates; none in both roles).

    When the entry's sources give no recipient, the nearest mention in the trigger's objects is
    the recipient (:func:`nearest_below`), except for entries that name ``rcp=nsubj``."""
    summoned = summoned_roles(parsed, trig)  # "ordered X to appear for questioning"
    if summoned is not None:
        actor_toks, recipient_toks = summoned
    elif trig.entry.kind is Kind.NOUN:
        actor_toks, recipient_toks = _noun_roles(parsed, trig, index)
        if not any(mentions_for(parsed, index, i) for i in actor_toks):
            actor_toks = _noun_actor_fallback(parsed, trig, index) or actor_toks
    else:
        actor_toks, recipient_toks = _verb_roles(parsed, trig)
    recipient_toks = claimed_parties(parsed, trig.entry.event, movers(parsed, recipient_toks))  # "travel of"
    actors = unique(m for i in actor_toks for m in mentions_for(parsed, index, i))
    if not actors and trig.entry.kind is not Kind.NOUN:  # "it is willing to withdraw its troops"
        actors = unique(m for i in pronoun_owner(parsed, trig.head, actor_toks) for m in index.at(i))
    if not actors:
        between = _between_parties(parsed, trig.head, index)
        if between is not None:
            return between
    taken = {(m.start, m.end, m.entity.entity_name) for m in actors}
    actor_names = {m.entity.entity_name for m in actors}
    recipients = unique(  # not the actor itself ("deployed troops to its border with Finland")
        m
        for i in recipient_toks
        for m in mentions_for(parsed, index, i)
        if (m.start, m.end, m.entity.entity_name) not in taken and m.entity.entity_name not in actor_names
    )
    if not recipients:  # "rejected Peru's offer", "ignored the UN's demand"
        recipients = _addressed(parsed, trig, index, actor_names)
    if not recipients and trig.entry.kind is not Kind.NOUN:  # "wrote to X demanding": X is asked
        written = [m for i in written_to(parsed, trig.head) for m in mentions_for(parsed, index, i)]
        recipients = unique(m for m in written if m.entity.entity_name not in actor_names)
    if not recipients and "nsubj" not in trig.entry.recipient_sources:
        recipients = searched_recipients(parsed, trig, index, actors, actor_toks)
    if not any(m.entity.code or m.entity.sector for m in recipients):  # "agreed after talks with X"
        partner = [m for i in negotiating_partner(parsed, trig) for m in mentions_for(parsed, index, i)]
        recipients = unique(m for m in partner if m.entity.entity_name not in actor_names) or recipients
    if not any(m.entity.code for m in recipients):  # "Haiti asked the UN to send a force": to Haiti
        asker = [m for i in requester(parsed, trig) for m in mentions_for(parsed, index, i)]
        recipients = unique(m for m in asker if m.entity.entity_name not in actor_names) or recipients
    return Roles(tuple(actors), tuple(recipients))


def _addressed(parsed: ParsedDoc, trig: Trigger, index: MentionIndex, actor_names: set[str]) -> list[Mention]:
    """The party an answer or a demand is addressed to, when its own arguments name none: who made
    what an answer answers ("rejected Peru's offer", "refused to resign despite calls from X"),
    who answers a demand ("Iran ignored the UN's demand"). Parties only (a code or a sector)."""
    toks = proposer_tokens(parsed, trig, index.covers)
    verb = answering_verb(parsed, trig)
    if verb is not None:
        subj, patient = subject_of(parsed, verb)
        toks += [] if patient else subj
    return unique(
        m
        for i in toks
        for m in mentions_for(parsed, index, i)
        if (m.entity.code or m.entity.sector) and m.entity.entity_name not in actor_names
    )


def _between_parties(parsed: ParsedDoc, head: int, index: MentionIndex) -> Roles | None:
    """A reciprocal event between parties, with no actor of its own ("fighting between the army and
    the RSF", "talks between Israel and Hamas"): the first party as the actor, the others as the
    recipients, as CAMEO codes reciprocal events; None when the phrase does not name two parties."""
    for pobj in prep_objects(parsed, head, ("between",)):
        parties = unique(mentions_for(parsed, index, pobj))  # with its conjuncts, or a shared head
        if len({m.entity.entity_name for m in parties}) >= 2:  # "between Kyrgyz and Tajik troops"
            return Roles(tuple(parties[:1]), tuple(parties[1:]))
    return None
