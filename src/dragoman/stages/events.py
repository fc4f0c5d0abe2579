"""The events stage: triggers -> PLOVER events with roles, modality, attribution, date and place.

One event per matched trigger (``dragoman.lexicon``); no trigger, no event. An event needs an
actor or a recipient that is a resolved mention ("were abducted" with no agent keeps an empty
actor list); a trigger with neither is another sense of the word ("the team's attack", "shot a
film") and yields nothing. Triggers of one type that tell one act ("phoned him to discuss",
"shelled the town, killing six", "killed in the fighting") give one event (:mod:`.eventmerge`).
Ids are "e1", "e2", ... in text order.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from ..lexicon import Kind, Lexicon, Trigger, clause_head, find_triggers, lemma_in, lemma_of, load_lexicon
from ..ontology import code
from ..parsed import ParsedDoc
from ..schema import Event, EventType, Mention, Modality, Place, TextInfo, TimeExpr
from .attribution import attribution_of, dateline_attribution, dateline_sources
from .domain import PUBLIC_ACTS, article_domain, political_event, political_party
from .eventmerge import background, merge_frames, merge_subordinate
from .eventwhen import event_time
from .eventwhere import event_place
from .force import with_force_parties
from .forcetargets import with_protest_target
from .intent import with_promised_recipients
from .modalcues import ModalityCue
from .modality import NOMINAL_FUTURE, modality_of
from .modes import refined_mode
from .placeparty import with_place_parties
from .recipients import with_place_recipients
from .roles import LIGHT_VERBS, MentionIndex, Roles, find_roles
from .senseattempts import attempted_assault
from .senseorders import causer, ordered_roles
from .senseroles import inverted_roles
from .senses import deployed_units, held_roles, joint_exercise, merge_content, other_sense, peacekeeping
from .statements import with_statements


def _carrier(parsed: ParsedDoc, trig: Trigger) -> int:
    """The verb that carries the event: the trigger verb, or the verb governing a trigger noun."""
    return trig.head if trig.entry.kind is not Kind.NOUN else clause_head(parsed, trig.head)


def _trigger_tokens(parsed: ParsedDoc, trig: Trigger) -> tuple[int, ...]:
    """The trigger's tokens, with the light verb of a noun trigger ("launched ... offensive")."""
    tok = parsed[trig.head]
    if trig.entry.kind is Kind.NOUN and tok.dep == "dobj" and lemma_in(parsed[tok.head], LIGHT_VERBS):
        return tuple(sorted({tok.head, *trig.tokens}))
    return trig.tokens


def _event_text(parsed: ParsedDoc, tokens: tuple[int, ...]) -> str:
    parts: list[str] = []
    prev: int | None = None
    for i in tokens:
        if prev is not None and i != prev + 1:
            parts.append("...")
        parts.append(parsed[i].text)
        prev = i
    text = " ".join(parts)
    return text.replace(" - ", "-")


def _confidence(trig: Trigger, roles: Roles, modality: Modality) -> float:
    score = 0.35
    score += 0.3 if roles.actor else 0.0
    score += 0.2 if roles.recipient else 0.0
    score += {Kind.LIGHT: 0.1, Kind.PHRASAL: 0.08, Kind.VERB: 0.05, Kind.NOUN: 0.0}[trig.entry.kind]
    if trig.entry.neg:
        score -= 0.03  # an ambiguous word, its other senses ruled out only by the list
    if modality is not Modality.ASSERTED:
        score -= 0.02
    return round(min(score, 0.95), 3)


def _build(
    parsed: ParsedDoc,
    trig: Trigger,
    roles: Roles,
    index: MentionIndex,
    *,
    times: Sequence[TimeExpr],
    places: Sequence[Place],
    article_date: date | None,
    dateline_place: Place | None,
    agencies: list[tuple[int, int, str, int]],
    lexicon: Lexicon,
    number: int,
    previous: Sequence[Event],
    attackers: bool = False,
) -> Event:
    entry = trig.entry
    mode = refined_mode(parsed, trig, lexicon)
    row = code(entry.event, mode)
    cameo = entry.cameo if mode == entry.mode and entry.cameo else row.cameo
    carrier = _carrier(parsed, trig)
    order = causer(parsed, trig) if "caused" in entry.need else None
    cue = modality_of(
        parsed,
        trig.head if order is None else order,  # an imposed act is as real as its order
        clause=carrier if carrier != trig.head and order is None else None,
        also=(trig.noun,) if trig.noun is not None and order is None else (),
    )
    if (
        trig.entry.kind is Kind.LIGHT
        and trig.entry.event is not EventType.THREATEN  # "vowed to fight": the vow is the threat
        and cue.rule == "default"
        and lemma_in(parsed[trig.head], NOMINAL_FUTURE)
    ):
        cue = ModalityCue(Modality.FUTURE, f"light:{lemma_of(parsed[trig.head])}")  # "pledged loans"
    cue = attempted_assault(parsed, trig, cue)  # "an attempt on his life was foiled": still an assault
    when, until, date_text = event_time(parsed, trig, carrier, times, article_date, previous=previous)
    sent_no = parsed[trig.head].sent
    sent = parsed.sents[sent_no]
    tokens = _trigger_tokens(parsed, trig)
    first, last = parsed[tokens[0]], parsed[tokens[-1]]
    where = event_place(parsed, trig, carrier, places, roles, dateline_place)
    roles = with_protest_target(parsed, trig, roles, index, places)  # "in defiance of X"
    parties = with_place_parties(parsed, trig, roles, where, places)  # the people of the place
    parties = with_force_parties(parsed, trig, parties, where, index, attackers=attackers)
    return Event(
        id=f"e{number}",
        event=entry.event,
        mode=mode,
        context=entry.contexts,
        cameo=cameo,
        quad_code=row.quad_code,
        intensity=row.intensity,
        actor=parties.actor_entities,
        recipient=parties.recipient_entities,
        modality=cue.modality,
        modality_rule=cue.rule,
        attribution=attribution_of(parsed, trig.head, index, trigger_verb=carrier)
        or dateline_attribution(parsed, parsed[trig.head].idx, index, agencies),
        date=when,
        enddate=until,
        date_text=date_text,
        event_loc=where,
        event_text=_event_text(parsed, tokens),
        text_info=TextInfo(sent_no, sent.start_char, sent.end_char),
        confidence=_confidence(trig, roles, cue.modality),
        trigger_start=first.idx,
        trigger_end=last.end,
        rule=entry.id,
    )


#: the types of a response to a request: its object is the request answered, not a new one
_RESPONSES = frozenset({EventType.CONCEDE, EventType.REJECT, EventType.AGREE})
#: the nouns a response answers: requests, and threats or ultimatums ("rejected the ultimatum")
_ANSWERABLE = frozenset({EventType.REQUEST, EventType.THREATEN})


def _in_subject(parsed: ParsedDoc, i: int) -> bool:
    """True when token ``i`` is inside a subject phrase ("Israel's prime minister dismissed ...")."""
    tok = parsed[i]
    for _ in range(4):
        if tok.dep in ("nsubj", "nsubjpass"):
            return True
        if tok.head == tok.i or tok.pos in ("VERB", "AUX"):
            return False
        tok = parsed[tok.head]
    return False


def _answered_requests(parsed: ParsedDoc, triggers: Sequence[Trigger]) -> set[int]:
    """Heads of REQUEST and THREATEN nouns that are the object of a response trigger: "gave in to the
    demands of the protesters", "rejected a request from Iran", "rejected an ultimatum" report the
    response; the request is its object (its maker the response's recipient), as in the light
    entries "accept demand", "reject demand"."""
    responses = {t.head for t in triggers if t.entry.event in _RESPONSES and t.entry.kind is not Kind.NOUN}
    out: set[int] = set()
    for trig in triggers:
        if trig.entry.event not in _ANSWERABLE or trig.entry.kind is not Kind.NOUN:
            continue
        tok = parsed[trig.head]
        governor = tok.head
        if tok.dep == "pobj" and parsed[governor].dep == "prep":
            governor = parsed[governor].head
        if tok.dep in ("dobj", "pobj") and governor in responses:
            out.add(trig.head)
    return out


def _warned(parsed: ParsedDoc, verb: int, roles: Roles) -> bool:
    """A warning addressed to a party ("warned Hezbollah that ...", "warned Israel of a response"),
    also in the passive ("Hezbollah was warned by Israel not to ...")."""
    return bool(roles.recipient) and any(
        c.dep in ("dobj", "dative", "nsubjpass") for c in parsed.children(verb)
    )


#: subjects by which a warner announces its own act ("warned that it could cut off gas")
_SPEAKER_SUBJECTS = frozenset({"we", "i", "it", "they", "he", "she"})
_OWN = frozenset({"its", "their", "our", "his", "her", "my"})


def _announces_an_act(parsed: ParsedDoc, verb: int, index: MentionIndex) -> bool:
    """A warning that is a threat: its complement announces a possible or coming act of the warner
    ("warned that it could cut off gas", "warned there would be walkouts unless ..."), not a forecast
    ("warned that banks face hard times", "warned that prices could rise")."""
    for clause in parsed.children(verb):
        if clause.dep not in ("ccomp", "xcomp") or not _party_subject(parsed, verb, clause.i, index):
            continue
        for child in parsed.children(clause.i):
            if child.dep == "aux" and (child.tag == "MD" or child.lower in ("will", "'ll")):
                if not _state(parsed, clause.i):
                    return True
            if child.dep == "advcl" and any(
                m.dep == "mark" and m.lower in ("if", "unless") for m in parsed.children(child.i)
            ):
                return True
    return False


#: predicates of a state, not an act: "warned that it could be a mistake", "could prove costly"
_STATES = frozenset({"be", "prove", "become", "remain", "seem", "appear", "look", "sound"})


def _state(parsed: ParsedDoc, clause: int) -> bool:
    """True when the clause predicates a state of a subject other than "there" ("it could be
    controversial"); "there would be consequences" announces an act."""
    if not lemma_in(parsed[clause], _STATES):
        return False
    return not any(c.dep == "expl" for c in parsed.children(clause))


#: nouns of an act one warns of ("warned of consequences"), besides the lexicon's event nouns
_ACTS = frozenset(
    "consequence action response measure step repercussion reprisal retaliation retribution punishment war "
    "force".split()
)


def _of_an_act(parsed: ParsedDoc, verb: int, lexicon: Lexicon) -> bool:
    """True when the warning is of an act ("warned of retaliation", "of a military response"), not
    of a danger forecast ("warned of rising obesity levels")."""
    for prep in parsed.children(verb):
        if prep.dep != "prep" or prep.lower != "of":
            continue
        for obj in parsed.children(prep.i):
            lemma = lemma_of(obj)
            nouns = [e for e in lexicon.candidates(lemma) if e.kind is Kind.NOUN]
            if obj.dep == "pobj" and (lemma in _ACTS or nouns):
                return True
    return False


def _party_subject(parsed: ParsedDoc, verb: int, clause: int, index: MentionIndex) -> bool:
    """True when the clause's subject is the warner or another political party: none (an
    infinitive), a personal pronoun, an existential "there", something of its own ("its forces"),
    the warner's own head word, or a political party ("warned that Iran would pay a heavy price");
    not a thing forecast ("warned that prices could rise", "that small firms could be crippled")."""
    subjects = [c for c in parsed.children(clause) if c.dep in ("nsubj", "nsubjpass", "expl")]
    if not subjects:
        return True
    subj = subjects[0]
    if subj.lower in _SPEAKER_SUBJECTS or subj.dep == "expl":
        return True
    if any(c.dep == "poss" and c.lower in _OWN for c in parsed.children(subj.i)):
        return True  # "warned that its forces would respond"
    if any(political_party(m.entity) for m in index.at(subj.i)):
        return True
    warner = [c for c in parsed.children(verb) if c.dep == "nsubj"]
    return bool(warner) and lemma_of(warner[0]) == lemma_of(subj)


def _merge_restatements(parsed: ParsedDoc, found: list[tuple[Trigger, Roles]]) -> list[tuple[Trigger, Roles]]:
    """One event for "the air strike killed five": a verb whose subject is an event noun of the
    same type restates that event; its recipients join the noun's."""
    by_head = {trig.head: k for k, (trig, _) in enumerate(found) if trig.entry.kind is Kind.NOUN}
    merged = list(found)
    dropped: set[int] = set()
    for k, (trig, roles) in enumerate(found):
        if trig.entry.kind is Kind.NOUN:
            continue
        for child in parsed.children(trig.head):
            j = by_head.get(child.i)
            if child.dep != "nsubj" or j is None or found[j][0].entry.event != trig.entry.event:
                continue
            noun_trig, noun_roles = merged[j]
            seen = {(m.start, m.end) for m in (*noun_roles.actor, *noun_roles.recipient)}
            extra = tuple(m for m in roles.recipient if (m.start, m.end) not in seen)
            merged[j] = (noun_trig, Roles(noun_roles.actor, noun_roles.recipient + extra))
            dropped.add(k)
    return [item for k, item in enumerate(merged) if k not in dropped]


def _restates(parsed: ParsedDoc, trig: Trigger, heads: dict[int, EventType]) -> bool:
    """True when the trigger's subject is another trigger of its type ("shelling killed three"): the
    verb restates that event, whose parties are the ones that count."""
    return any(
        c.dep in ("nsubj", "csubj") and heads.get(c.i) is trig.entry.event for c in parsed.children(trig.head)
    )


def _located_public(
    parsed: ParsedDoc,
    trig: Trigger,
    roles: Roles,
    places: Sequence[Place],
    dateline_place: Place | None,
    domain: str | None,
) -> bool:
    """True for force or a protest whose parties become political once its place gives them a
    country ("a journalist was killed in Beirut": a Lebanese journalist, :mod:`.placeparty`)."""
    if trig.entry.event not in PUBLIC_ACTS:
        return False
    where = event_place(parsed, trig, _carrier(parsed, trig), places, roles, dateline_place)
    located = with_place_parties(parsed, trig, roles, where, places)
    actor, recipient = located.actor[: len(roles.actor)], located.recipient[: len(roles.recipient)]
    return (actor, recipient) != (roles.actor, roles.recipient) and political_event(
        trig, actor, recipient, domain=domain
    )


#: the subordinators of a clause that tells how or by what an act of its type happened
_WHEN = frozenset({"when", "after", "as"})


def _merge_when_clauses(parsed: ParsedDoc, found: list[tuple[Trigger, Roles]]) -> list[tuple[Trigger, Roles]]:
    """One event for "two soldiers were killed when their convoy was ambushed": a trigger in a "when"
    (or "after", "as") clause of a trigger of the same type, whose parties are none or the main
    event's own, tells how that event happened; it fills the main event's empty roles and is
    dropped. A clause with another party is an event of its own ("police fired when protesters
    stormed the gate", "Israel struck Gaza after Hamas fired rockets")."""
    clause_of = {k: _carrier(parsed, trig) for k, (trig, _) in enumerate(found)}
    merged = list(found)
    dropped: set[int] = set()
    for k, (trig, roles) in enumerate(found):
        clause = parsed[clause_of[k]]
        if clause.dep != "advcl" or not any(
            c.dep in ("advmod", "mark") and c.lower in _WHEN for c in parsed.children(clause.i)
        ):
            continue
        for j, (main, main_roles) in enumerate(merged):
            if (
                j == k
                or j in dropped
                or clause_of[j] != clause.head
                or main.entry.event is not trig.entry.event
            ):
                continue
            if not _same_parties(roles, main_roles):
                continue
            merged[j] = (
                main,
                Roles(main_roles.actor or roles.actor, main_roles.recipient or roles.recipient),
            )
            dropped.add(k)
            break
    return [item for k, item in enumerate(merged) if k not in dropped]


def _same_parties(sub: Roles, main: Roles) -> bool:
    """True when the clause's actors are none or the main event's (by country and sector: "troops
    shelled X when rebels attacked" are two parties) and its recipients none or among the main
    event's parties, by country (a party of no country is another)."""
    main_actors = {(m.entity.code, m.entity.sector) for m in main.actor if m.entity.code}
    everyone = {m.entity.code for m in (*main.actor, *main.recipient)} - {None}
    actors = {(m.entity.code, m.entity.sector) for m in sub.actor}
    recipients = {m.entity.code for m in sub.recipient}
    return actors <= main_actors and recipients <= everyone


def find_events(
    parsed: ParsedDoc,
    *,
    mentions: Sequence[Mention],
    times: Sequence[TimeExpr],
    places: Sequence[Place],
    article_date: date | None,
    dateline_place: Place | None = None,
    dateline_source: str | None = None,
    lexicon: Lexicon | None = None,
    unnamed_attackers: bool = False,
) -> list[Event]:
    """Every PLOVER event in the parsed article, in text order, ids ``e1``, ``e2``, ...

    ``dateline_source`` is the agency of a dateline removed from the top of the text ("Reuters"):
    the attribution of events no closer source reports, as is the agency of any dateline in the text
    for the paragraphs it heads. ``unnamed_attackers`` gives a located attack with no named
    perpetrator the place's unidentified attackers (:mod:`.force`, rule ``place-attacker``), as the
    PLOVER gold and ICEWS code it; off by default: the text does not name them."""
    lexicon = lexicon if lexicon is not None else load_lexicon()
    index = MentionIndex(parsed, mentions)
    agencies = dateline_sources(parsed.text, first=dateline_source)
    found: list[tuple[Trigger, Roles]] = []
    names = frozenset(  # a coded actor's name or the subject phrase it heads ("the Arab League backed")
        i
        for i in range(len(parsed))
        if any(m.entity.code for m in index.at(i)) and (parsed[i].pos == "PROPN" or _in_subject(parsed, i))
    )
    triggers = find_triggers(parsed, lexicon, protected=names)
    domain = article_domain(parsed, lexicon)
    answered = _answered_requests(parsed, triggers)
    for trig in triggers:
        if trig.entry.kind is Kind.NOUN and index.covers(trig.head):
            continue  # the word names an actor ("the Strike Force"), not an event
        if trig.head in answered:
            continue  # the request a concession or rejection answers: that response's object
        if background(parsed, trig):
            continue  # "sent to monitor the truce", "under a 2021 deal": a standing arrangement
        if other_sense(parsed, trig, index):
            continue  # "Wales beat France", "received an award"
        trig = peacekeeping(parsed, deployed_units(parsed, trig))
        roles = find_roles(parsed, trig, index)
        roles = held_roles(parsed, trig, with_place_recipients(parsed, trig, roles, places), index)
        roles = ordered_roles(parsed, trig, roles, index)  # "ordered the paper to stop printing"
        roles = inverted_roles(parsed, trig, roles, index)  # "..., a rights group protested"
        found.append((joint_exercise(trig, roles), roles))
    events: list[Event] = []
    heads = {trig.head: trig.entry.event for trig, _ in found}
    found = _merge_when_clauses(parsed, _merge_restatements(parsed, found))
    for trig, roles in merge_content(parsed, merge_frames(parsed, merge_subordinate(parsed, found)), index):
        need = trig.entry.need
        if not political_event(trig, roles.actor, roles.recipient, domain=domain) and (
            _restates(parsed, trig, heads)
            or not _located_public(parsed, trig, roles, places, dateline_place, domain)
        ):
            continue
        if ("rcp" in need and not roles.recipient) or ("act" in need and not roles.actor):
            continue
        if "caused" in need and causer(parsed, trig) is None:
            continue  # a paper that stops printing of its own accord is censored by no one
        if "threat" in need and not (
            _warned(parsed, trig.head, roles)
            or _announces_an_act(parsed, trig.head, index)
            or _of_an_act(parsed, trig.head, lexicon)
        ):
            continue
        events.append(
            _build(
                parsed,
                trig,
                roles,
                index,
                times=times,
                places=places,
                article_date=article_date,
                dateline_place=dateline_place,
                agencies=agencies,
                lexicon=lexicon,
                number=len(events) + 1,
                previous=events,
                attackers=unnamed_attackers,
            )
        )
    return with_statements(parsed, with_promised_recipients(events))
