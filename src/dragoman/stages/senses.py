"""Sense and restatement filters over the matched triggers of a sentence.

The lexicon decides which words can express an event; these rules decide, with the roles found,
when two triggers report one event or when a trigger's sense depends on who acts:

* "beat" is a beating only when people are beaten, "receive" and "host" a visit only when the
  object is an actor;
* troops that "arrived in" or "flew to" a country are deployed there, not visiting (MOBILIZE),
  and a deployment of peacekeepers is peacekeeping aid (AID 074);
* a military exercise held by the forces of two countries is a joint one (COOPERATE);
* a demand that states a protest's purpose ("rallied to demand ...", "blocked roads to press their
  demands") and the arson or wrecking that accompanies it ("rioted, setting fire to ...") are the
  protest's content, not events of their own;
* an event noun that is the object of a verb of the same type ("pressed their demands", "agreed a
  deal") restates that verb's event.

Triggers whose type their object decides are recoded in :mod:`.sensecodes` ("charged Greece with",
"evacuated the settlements"); frames with no event of their own (an offence alleged, a stance, a
habit, figurative uses) are told in :mod:`.senseframes` and :mod:`.figurative`; generic statements
("if you ...", "powers to detain", "I agree with him") in :mod:`.sensegeneric`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from ..lexicon import Kind, Trigger, clause_head, lemma_in
from ..parsed import ParsedDoc, Token
from ..schema import EventType, Mention
from .roles import (
    MentionIndex,
    Roles,
    restates_actors,  # the filter roles applies to recipients
)
from .sensecodes import recoded, recoded_by_object
from .senseframes import PERMISSIONS, framed_non_event
from .sensegeneric import generic_sense
from .senseroles import held_roles as held_roles  # re-exported: events

#: armed forces and groups moved as a body: their arrival or travel is a deployment, not a visit
UNITS = frozenset(
    "troop soldier peacekeeper contingent battalion brigade marine paratrooper reinforcement "
    "deployment regiment division squadron unit".split()
)

#: the types of a protest's stated purpose: "marched to demand ...", "marched to protest against ..."
_PURPOSES = frozenset({EventType.REQUEST, EventType.PROTEST})

#: the dependents through which a purpose or accompanying clause hangs on its main verb
_PURPOSE_DEPS = frozenset({"advcl", "xcomp", "conj"})


def _unit_subject(parsed: ParsedDoc, verb: int) -> bool:
    """True when the verb's subject is a military body ("troops", "the first deployment of troops")."""
    for child in parsed.children(verb):
        if child.dep not in ("nsubj", "nsubjpass"):
            continue
        if lemma_in(child, UNITS):
            return True
        for prep in parsed.children(child.i):
            if prep.dep == "prep" and prep.lower == "of":
                if any(lemma_in(g, UNITS) for g in parsed.children(prep.i) if g.dep == "pobj"):
                    return True
    return False


#: the words of peacekeepers: their deployment is peacekeeping aid (CAMEO 074), not a show of force
_PEACEKEEPING = frozenset({"peacekeeper", "peacekeeping", "blue-helmet"})


def _peacekeepers(parsed: ParsedDoc, i: int) -> bool:
    """True when a participant of token ``i`` (subject, object, "of" complement) is peacekeepers."""
    heads = [c.i for c in parsed.children(i) if c.dep in ("nsubj", "nsubjpass", "dobj")]
    heads += [g for h in [i, *heads] for g in _with_of(parsed, h)[1:]]
    words = [parsed[h] for h in heads] + [
        m for h in heads for m in parsed.children(h) if m.dep in ("amod", "compound")
    ]
    return any(lemma_in(t, _PEACEKEEPING) or t.lower in _PEACEKEEPING for t in words)


def peacekeeping(parsed: ParsedDoc, trig: Trigger) -> Trigger:
    """A deployment (MOBILIZE) of peacekeepers as AID, CAMEO 074 ("the first deployment of NATO
    peacekeeping troops", "peacekeepers arrived in ..."), and their withdrawal (RETREAT withdraw) as
    aid withdrawn, SANCTION withdraw, CAMEO 1661 ("UN peacekeepers pulled out of the enclave"). Rule
    ids ``<entry id>>peacekeeping`` and ``<entry id>>peacekeepers-out``. A trigger whose sense its
    object decides is first recoded (:func:`.sensecodes.recoded_by_object`)."""
    trig = recoded_by_object(parsed, trig)
    entry = trig.entry
    leaving = entry.event is EventType.RETREAT and entry.mode == "withdraw" and entry.kind is not Kind.NOUN
    if entry.event is not EventType.MOBILIZE and not leaving:
        return trig
    if not _peacekeepers(parsed, trig.head):
        return trig
    if leaving:
        return recoded(trig, "peacekeepers-out", EventType.SANCTION, "withdraw", "1661", "peacekeeping")
    return recoded(trig, "peacekeeping", EventType.AID, None, "074", "peacekeeping")


def deployed_units(parsed: ParsedDoc, trig: Trigger) -> Trigger:
    """The trigger as a MOBILIZE (troops) event when a travel verb of a visit has troops as its
    subject ("Bangladeshi peacekeepers arrived in Sierra Leone"); else the trigger unchanged.
    Rule id ``<entry id>>units``."""
    entry = trig.entry
    if entry.event is not EventType.CONSULT or entry.mode != "visit" or entry.kind is Kind.NOUN:
        return trig
    if not _unit_subject(parsed, trig.head):
        return trig
    return recoded(trig, "units", EventType.MOBILIZE, "troops", None, "military")


#: the people a beating is done to ("police beat protesters"); a team or player beaten is a defeat
VICTIMS = frozenset(
    "protester demonstrator detainee prisoner inmate journalist reporter civilian activist villager "
    "resident worker migrant refugee monk priest supporter suspect student leader politician lawyer "
    "man woman child boy girl people member".split()
)


def _victim(tok: Token) -> bool:
    """A person beaten: a word of :data:`VICTIMS` or a people named by nationality or group
    ("Palestinians", "Kurds"); not a team or a player ("France", "Nadal")."""
    return lemma_in(tok, VICTIMS) or (tok.ent_type == "NORP" and tok.tag in ("NNPS", "NNS"))


#: those whose beating of someone is an assault whoever the victim: police, soldiers, gunmen
SECURITY = frozenset(
    "police policeman officer soldier troop force guard militia militiaman gunman thug mob agent settler "
    "attacker assailant captor jailer warder".split()
)


def _security_agent(parsed: ParsedDoc, verb: int) -> bool:
    """True when the verb's subject (or a passive's by-agent) is a security or armed body."""
    for child in parsed.children(verb):
        if child.dep == "nsubj" and any(lemma_in(parsed[i], SECURITY) for i in _with_of(parsed, child.i)):
            return True
        if child.dep == "agent":
            if any(lemma_in(g, SECURITY) for g in parsed.children(child.i) if g.dep == "pobj"):
                return True
    return False


def _patient(parsed: ParsedDoc, verb: int) -> int | None:
    """The verb's object, or its subject when passive."""
    for child in parsed.children(verb):
        if child.dep in ("dobj", "nsubjpass"):
            return child.i
    return None


def _with_of(parsed: ParsedDoc, i: int) -> list[int]:
    """Token ``i`` and the object of its "of" ("dozens of protesters", "a group of journalists")."""
    out = [i]
    for prep in parsed.children(i):
        if prep.dep == "prep" and prep.lower == "of":
            out.extend(g.i for g in parsed.children(prep.i) if g.dep == "pobj")
    return out


#: verbs whose subjectless participle frames an answer ("Asked about the talks, he said ...")
_INTERVIEW_VERBS = frozenset({"ask", "question", "press", "quiz"})


#: entity types of titles and products: what is "released" is then published, not set free
_TITLES = frozenset({"WORK_OF_ART", "PRODUCT"})


def _interview(parsed: ParsedDoc, verb: int) -> bool:
    tok = parsed[verb]
    return (
        tok.tag == "VBN"
        and tok.dep in ("advcl", "ccomp", "ROOT")
        and lemma_in(tok, _INTERVIEW_VERBS)
        and not any(c.dep in ("nsubj", "nsubjpass", "aux", "auxpass") for c in parsed.children(verb))
    )


#: verbs of acceptance that, with a clause for object, acknowledge a fact ("accepted that ...")
_ACKNOWLEDGING = frozenset({"accept", "acknowledge", "admit", "concede", "recognise", "recognize"})


def _denied_claim(parsed: ParsedDoc, trig: Trigger) -> bool:
    """A rejection or an acceptance whose object is a clause is a statement about a claim, not an
    answer to a proposal: "denied (that) the talks had failed", "did not rule out that a deal had
    been made", "accepted that mistakes were made"; "denied the request", "ruled out talks",
    "accepted the offer" keep their object."""
    entry = trig.entry
    if entry.kind not in (Kind.VERB, Kind.PHRASAL):
        return False
    if entry.event is not EventType.REJECT and entry.anchor not in _ACKNOWLEDGING:
        return False
    children = list(parsed.children(trig.head))
    if any(c.dep in ("dobj", "dative") for c in children):
        return False
    gerund = entry.anchor == "deny" and any(c.dep == "xcomp" and c.tag == "VBG" for c in children)
    return gerund or any(c.dep == "ccomp" for c in children)  # "denies taking part in ..."


#: the modals of a reported call ("said Iran must stop"), and the determiners of no one in particular
_CALL_MODALS = frozenset({"should", "must"})
_NOBODY = frozenset({"no", "any", "every", "each"})


def _no_addressee(parsed: ParsedDoc, trig: Trigger, index: MentionIndex) -> bool:
    """A reported "should"/"must" clause is a call on its subject only when that subject is a party:
    "said Iran must stop" is a request; "said this should mean ...", "told the radio: 'No
    politician should ...'" and "said there must be an inquiry" are statements."""
    entry = trig.entry
    if entry.kind is not Kind.LIGHT or entry.event is not EventType.REQUEST or trig.noun is None:
        return False
    if entry.words[-1] not in _CALL_MODALS:
        return False
    verb = parsed[trig.noun].head
    subjects = [c for c in parsed.children(verb) if c.dep in ("nsubj", "nsubjpass")]
    if not subjects or not index.covers(subjects[0].i):
        return True
    return any(c.dep == "det" and c.lower in _NOBODY for c in parsed.children(subjects[0].i))


#: verbs whose infinitive complement is an attempt, not a request: "sought to reassure MPs"
_ATTEMPTS = frozenset({"seek"})
#: verbs of habit or liking: "tends to defy the whips", "likes to attack the press"
_HABITS = frozenset({"tend", "like", "love", "enjoy", "prefer", "hate", "dislike"})


def _infinitive_of(parsed: ParsedDoc, verb: int) -> bool:
    """True when the verb has a to-infinitive complement and no object ("sought to calm ...";
    "sought Egypt's help to end the war" asks Egypt)."""
    if any(c.dep in ("dobj", "dative") for c in parsed.children(verb)):
        return False
    return any(
        c.dep == "xcomp" and any(a.dep == "aux" and a.lower == "to" for a in parsed.children(c.i))
        for c in parsed.children(verb)
    )


def _habitual(parsed: ParsedDoc, verb: int) -> bool:
    """True when the verb is the infinitive of a verb of habit or liking ("tended to defy")."""
    tok = parsed[verb]
    return tok.dep == "xcomp" and tok.head != tok.i and lemma_in(parsed[tok.head], _HABITS)


#: things that "call for", "offer" or "threaten" without acting: texts, plans and circumstances
THINGS = frozenset(
    "document manifesto report paper study survey plan proposal bill law legislation measure scheme "
    "strategy policy programme program package budget letter text draft charter blueprint framework "
    "motion amendment deal agreement situation crisis job task role move system approach model idea "
    "vision row dispute case book film".split()
)
#: the types of communicative acts, which need an agent: a request, an offer, a threat
_AGENTIVE = frozenset({EventType.REQUEST, EventType.AGREE, EventType.THREATEN})
_RELATIVES = frozenset({"that", "which"})


def _thing_subject(parsed: ParsedDoc, verb: int, index: MentionIndex) -> bool:
    """True when the verb's subject (a relative pronoun's antecedent) is a thing of :data:`THINGS`
    naming no actor: "a manifesto that calls for ...", "the document offers only ..."; "the UN
    resolution calls for ..." names its maker."""
    subjects = [c for c in parsed.children(verb) if c.dep == "nsubj"]
    if not subjects:
        return False
    subj = subjects[0]
    tok = parsed[verb]
    if subj.lower in _RELATIVES and tok.dep == "relcl" and tok.head != tok.i:
        subj = parsed[tok.head]
    if subj.pos != "NOUN" or not lemma_in(subj, THINGS):
        return False
    start, end = parsed.subtree(subj.i)
    return not any(index.covers(i) for i in range(start, min(end, verb)))  # not the relative clause's own


#: forces: what a deployment or a mobilisation moves ("deployed troops", "mobilised reservists")
_ARMS = frozenset(
    "army navy military reserve reservist personnel man fighter guardsman commando sailor airman ship "
    "vessel warship aircraft plane jet warplane helicopter tank weapon missile artillery battery drone "
    "boat fleet submarine carrier destroyer frigate bomber gendarme policeman volunteer recruit "
    "conscript".split()
)
FORCES = UNITS | SECURITY | _ARMS


#: the sectors of armed bodies: a mention of one deployed is a force ("deployed the Guard")
_ARMED_SECTORS = frozenset({"MIL", "COP", "SPY", "UAF"})


def _not_forces(parsed: ParsedDoc, verb: int, index: MentionIndex) -> bool:
    """True when a deployment's object is a common noun that is no force ("deployed 100 monitors",
    "deployed new software"); troops, police, weapons, a named unit or a bare number keep it."""
    patient = _patient(parsed, verb)
    if patient is None or parsed[patient].pos != "NOUN":
        return False
    heads = _with_of(parsed, patient)
    words = [parsed[h] for h in heads] + [
        m for h in heads for m in parsed.children(h) if m.dep in ("compound", "amod")
    ]
    armed = (m.entity.sector in _ARMED_SECTORS for t in words for m in index.at(t.i))
    return not any(lemma_in(t, FORCES) for t in words) and not any(armed)


#: what one rejects, dismisses or denies in a statement, not a proposal: "rejected speculation that ..."
CLAIMS = frozenset("speculation rumour rumor report suggestion question notion".split())


def _claim_object(parsed: ParsedDoc, verb: int, index: MentionIndex) -> bool:
    """True when a rejection's object is a claim of no named author ("dismissed questions about his
    health", "denied reports that ..."); "dismissed a U.S. report" answers the United States."""
    for obj in parsed.children(verb):
        if obj.dep != "dobj" or not lemma_in(obj, CLAIMS):
            continue
        authors = [m for m in parsed.children(obj.i) if m.dep in ("poss", "compound", "amod", "nmod")]
        return not any(index.covers(m.i) for m in authors)
    return False


def _withheld(parsed: ParsedDoc, verb: int) -> bool:
    """True for "deny" meaning withhold: a thing denied to someone ("were denied due process",
    "denied them access"), not a refusal of a proposal."""
    deps = {c.dep for c in parsed.children(verb)}
    return "dobj" in deps and bool(deps & {"dative", "nsubjpass"})


def _party_allowed(parsed: ParsedDoc, verb: int, index: MentionIndex) -> bool:
    """True when the one a verb of permission lets act is a coded party: its object, or the subject
    of its clause ("allowed the opposition to rally"; not "allowed shoppers to ...", "allowing FDI")."""
    heads = [c.i for c in parsed.children(verb) if c.dep in ("dobj", "dative")]
    heads += [s.i for c in parsed.children(verb) if c.dep in ("ccomp", "xcomp") for s in parsed.children(c.i)
              if s.dep in ("nsubj", "nsubjpass")]  # fmt: skip
    return any(m.entity.code for h in heads for m in index.at(h))


def _construal(parsed: ParsedDoc, trig: Trigger, index: MentionIndex) -> bool:
    """True when the construction gives a verb trigger another sense: an attempt ("sought to ..."),
    a habit ("tended to defy"), a thing as the subject of a communicative act, a deployment of no
    forces, a rejection of a claim, a "deny" that withholds, a permission given to no party."""
    entry, verb = trig.entry, trig.head
    if entry.kind is Kind.NOUN:
        return False
    if _habitual(parsed, verb):
        return True
    if entry.kind is Kind.VERB and entry.anchor in _ATTEMPTS and _infinitive_of(parsed, verb):
        return True
    if entry.event in _AGENTIVE and _thing_subject(parsed, verb, index):
        return True
    if entry.kind is Kind.VERB and entry.event is EventType.MOBILIZE and _not_forces(parsed, verb, index):
        return True
    if entry.kind is Kind.VERB and entry.anchor in PERMISSIONS and not _party_allowed(parsed, verb, index):
        return True
    if entry.kind is not Kind.VERB or entry.event is not EventType.REJECT:
        return False
    return _claim_object(parsed, verb, index) or (entry.anchor == "deny" and _withheld(parsed, verb))


def other_sense(parsed: ParsedDoc, trig: Trigger, index: MentionIndex) -> bool:
    """True when a verb trigger is, by its construction, another sense of the word: a subjectless
    participle framing an answer ("Asked about the strike, he said ..."); "beat" whose patient
    is not a person beaten and whose agent is not a security body ("Wales beat France 24-18";
    "police beat protesters", "soldiers beat the prisoner" are beatings), "release" of a title or
    product ("Doom was released in 1994"), a denial or acceptance of a clause ("denied that ..."), a reported
    "should" with no party to address ("said there should be ..."), or
    "received"/"hosted" whose object is not an actor ("received an award"; "received the Iraqi
    envoy" is a visit)."""
    entry = trig.entry
    if _denied_claim(parsed, trig) or _no_addressee(parsed, trig, index) or _construal(parsed, trig, index):
        return True
    if framed_non_event(parsed, trig) or generic_sense(parsed, trig):  # "arrested for spying", "if you ..."
        return True
    if entry.kind is not Kind.VERB:
        return False
    if _interview(parsed, trig.head):
        return True
    patient = _patient(parsed, trig.head)
    if entry.event is EventType.ASSAULT and entry.mode == "beat":
        party = patient is not None and any(m.entity.sector == "PTY" for m in index.at(patient))
        if patient is not None and not party and any(_victim(parsed[i]) for i in _with_of(parsed, patient)):
            return False  # "beat protesters"; a party beaten ("to beat the Tories") is defeated
        return not _security_agent(parsed, trig.head)
    if entry.event is EventType.RETREAT and entry.mode == "release" and patient is not None:
        return parsed[patient].ent_type in _TITLES  # "the film Doom was released in 1994"
    if entry.event is EventType.CONSULT and entry.cameo == "043":  # hosting a visit: receive, host
        return patient is None or not index.covers(patient)
    return False


#: the nouns of a military exercise: held by two countries' forces together it is cooperation
_EXERCISES = frozenset({"exercise", "drill", "game", "manoeuvre", "maneuver"})


def joint_exercise(trig: Trigger, roles: Roles) -> Trigger:
    """A military exercise (MOBILIZE) whose actors are the forces of two or more countries is a joint
    one: COOPERATE, CAMEO 062 ("French and Egyptian warships began war games"). Rule id
    ``<entry id>>joint``; other triggers unchanged."""
    entry = trig.entry
    if entry.event is not EventType.MOBILIZE or entry.kind is not Kind.NOUN or entry.anchor not in _EXERCISES:
        return trig
    if len({m.entity.code for m in roles.actor if m.entity.code}) < 2:
        return trig
    return recoded(trig, "joint", EventType.COOPERATE, None, "062", "military")


def _carrier(parsed: ParsedDoc, trig: Trigger) -> int:
    return trig.head if trig.entry.kind is not Kind.NOUN else clause_head(parsed, trig.head)


def _join(into: Roles, other: Roles, same_span: Callable[[Mention], Sequence[Mention]]) -> Roles:
    """``into`` with the recipients of ``other`` it lacks, but not the actors of ``into`` named
    again: one of them, or a plural phrase for them all ("Kenya and Uganda agreed a pact between
    the two countries"), read from the mentions of the phrase (``same_span``)."""
    seen = {(m.start, m.end) for m in (*into.actor, *into.recipient)}
    names = {m.entity.entity_name for m in into.actor}
    codes = {m.entity.code for m in into.actor if m.entity.code}
    extra: tuple[Mention, ...] = tuple(
        m
        for m in other.recipient
        if (m.start, m.end) not in seen
        and m.entity.entity_name not in names
        and not restates_actors(m, same_span(m), codes)
    )
    return Roles(into.actor, into.recipient + extra)


def _absorber(
    parsed: ParsedDoc, trig: Trigger, carriers: dict[int, int], found: Sequence[tuple[Trigger, Roles]]
) -> int | None:
    """The index in ``found`` of the event that ``trig`` only restates or states the purpose of."""
    etype = trig.entry.event
    if trig.entry.kind is Kind.NOUN:  # "pressed their demands": the verb's own object
        verb = clause_head(parsed, trig.head)
        tok = parsed[trig.head]
        direct = tok.head == verb or (tok.dep == "pobj" and parsed[tok.head].head == verb)
        k = carriers.get(verb)
        if direct and k is not None and found[k][0].entry.kind is not Kind.NOUN:
            if found[k][0].entry.event is etype:
                return k
    if etype is EventType.PROTEST and trig.entry.kind is Kind.NOUN:  # "a hunger strike in protest at X"
        tok = parsed[trig.head]
        if tok.dep == "pobj" and parsed[tok.head].lower == "in":
            verb = parsed[tok.head].head
            for k, (other, _) in enumerate(found):
                if (
                    other is not trig
                    and other.entry.event is EventType.PROTEST
                    and verb
                    in (
                        other.head,
                        _carrier(parsed, other),
                    )
                ):
                    return k
    if etype in _PURPOSES or trig.entry.mode == "destroy":  # "rallied to demand", "rioted, burning"
        verb = _carrier(parsed, trig)
        tok = parsed[verb]
        own_subject = any(c.dep in ("nsubj", "nsubjpass") for c in parsed.children(verb))
        if tok.dep in _PURPOSE_DEPS and tok.head != verb and not own_subject:
            for k, (other, _) in enumerate(found):
                if other.entry.event is EventType.PROTEST and _carrier(parsed, other) == tok.head:
                    return k
    return None


def merge_content(
    parsed: ParsedDoc, found: list[tuple[Trigger, Roles]], index: MentionIndex | None = None
) -> list[tuple[Trigger, Roles]]:
    """One event where two triggers report one: a request stating a protest's purpose joins the
    protest, an event noun that is the object of a verb of its own type joins that verb. The kept
    event takes the recipients of the one it absorbs that do not name its actors again (``index``:
    the mentions, to see every entity a plural phrase names)."""

    def same_span(m: Mention) -> Sequence[Mention]:
        first = parsed.token_at_char(m.start) if index is not None else None
        if index is None or first is None:
            return (m,)
        return [x for x in index.at(first) if (x.start, x.end) == (m.start, m.end)] or [m]

    carriers = {trig.head: k for k, (trig, _) in enumerate(found) if trig.entry.kind is not Kind.NOUN}
    for k, (trig, _) in enumerate(found):  # a protest noun's light verb ("staged demonstrations")
        if trig.entry.kind is Kind.NOUN:
            carriers.setdefault(_carrier(parsed, trig), k)
    target = {k: _absorber(parsed, trig, carriers, found) for k, (trig, _) in enumerate(found)}
    merged = list(found)
    for k in range(len(found)):
        into, seen = target[k], {k}
        while into is not None and target.get(into) is not None and into not in seen:
            seen.add(into)
            into = target[into]  # "blocked roads to press their demands": demands -> press -> blocked
        if into is None or into in seen:
            target[k] = None
            continue
        target[k] = into
        merged[into] = (merged[into][0], _join(merged[into][1], found[k][1], same_span))
    return [item for k, item in enumerate(merged) if target[k] is None]
