"""The statement behind an announced act: "Finland will give Tanzania a grant" is also an AGREE.

An act that has not happened keeps its modality ("future", "hypothetical", "negated"); the actor's
announcement of it is an event of its own, which happened: CAMEO codes "said it would send troops"
as 0334 (express intent to provide peacekeeping), "would blockade the ports unless ..." as a threat
(13x) and "will not accept more refugees" as a refusal (12x); CAMEO2PLOVER maps them to AGREE,
THREATEN and REJECT. dragoman already codes the statements that have a word of their own ("promised
to", "threatened to", "refused to", "agreed to"); this module adds the statement whose only word is
the announcing one: the auxiliary "will"/"would"/"shall" of the act, a verb of plan ("plans to",
"intends to", "is going to") or the "unless" of an ultimatum.

Only acts with an actor (who announced) and only intention cues: "could", "may", "should", "must"
say what is possible or demanded, not what the actor has announced, and a conditional ("if") counts
only with "will"/"would" ("would meet him if ..."). The statement is asserted, anchored on the cue
word (one event per trigger), takes the act's parties (not its date and place, which are the
act's, not the announcement's), and is coded by the act:
AGREE with the CAMEO 03x code of the act (ontology.intent_cameo), THREATEN with the mode and 13x code
of the hostile act, REJECT with the mode of the cooperation refused. A sentence that already codes
the statement (the same type and actor, or an actorless one that governs the act) gets no second
one. Rules: ``statement:<cue>``. Before this, a commitment, refusal or threat with a word of its own
that names no recipient takes its act's (cooproles.py).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import replace

from ..lexicon import lemma_of
from ..ontology import code, intent_cameo, stated_intent, threat_cameo
from ..parsed import ParsedDoc, Token
from ..schema import Event, EventType, Modality
from .cooproles import with_act_recipients

T = EventType

#: modality cues that announce the actor's intention (see modality.py for the cue names)
_INTENTIONS = frozenset(
    {"aux:will", "aux:would", "aux:shall", "gov:plan", "gov:intend", "gov:going-to", "neg:will-not"}
)
#: cues of a condition: an announcement only with "will"/"would" on the act ("would meet if ...")
_CONDITIONS = frozenset({"cond:if", "mark:if", "cond:unless", "mark:unless"})
#: the auxiliaries that announce
_ANNOUNCING = frozenset({"will", "would", "shall", "'ll", "wo", "'d"})
#: the THREATEN mode of a threatened act, by the act's type and mode (None: any mode)
_THREAT_MODES: dict[tuple[EventType, str | None], str | None] = {
    (T.ASSAULT, None): "violence",
    (T.COERCE, "arrest"): "arrest",
    (T.COERCE, "deport"): "expel",
    (T.COERCE, None): "restrict",
    (T.SANCTION, "expel"): "expel",
    (T.SANCTION, "convict"): "arrest",
    (T.SANCTION, "withdraw"): "relations",
    (T.SANCTION, "discontinue"): "relations",
    (T.SANCTION, None): "restrict",
}
#: the REJECT mode of a refused act, by the act's type
_REFUSAL_MODES: dict[EventType, str] = {
    T.AID: "assist",
    T.COOPERATE: "assist",
    T.SUPPORT: "assist",
    T.CONCEDE: "yield",
    T.RETREAT: "yield",
    T.CONSULT: "meet",
}


def with_statements(parsed: ParsedDoc, events: Sequence[Event]) -> list[Event]:
    """``events`` with the statement of each announced act inserted before it, ids renumbered."""
    out: list[Event] = []
    events = with_act_recipients(parsed, events)
    for event in events:
        statement = _statement(parsed, event, [*out, *events])
        if statement is not None:
            out.append(statement)
        out.append(event)
    return [replace(e, id=f"e{n}") for n, e in enumerate(out, start=1)]


#: acts whose announcement says nothing of friend or foe: a deployment may be a peacekeeping mission
#: or a threat ("Kenya will deploy police to Haiti"), so it is left to the words that say which
_AMBIVALENT = frozenset({T.MOBILIZE})


def _statement(parsed: ParsedDoc, act: Event, others: Sequence[Event]) -> Event | None:
    kind = stated_intent(act.event, act.modality, act.modality_rule)
    if kind is None or act.event in _AMBIVALENT or not act.actor or not _announced(parsed, act):
        return None
    cue = _cue_token(parsed, act)
    if cue is None or _asked(parsed, cue) or any(_states(parsed, other, kind, act) for other in others):
        return None
    mode, cameo = _coded(kind, act)
    row = code(kind, mode)
    return replace(
        act,
        event=kind,
        mode=mode,
        cameo=cameo or row.cameo,
        quad_code=row.quad_code,
        intensity=row.intensity,
        modality=Modality.ASSERTED,
        date=None,  # the announcement's own day and place are not the act's
        enddate=None,
        date_text=None,
        event_loc=None,
        modality_rule=f"statement:{act.modality_rule}",
        event_text=cue.text,
        trigger_start=cue.idx,
        trigger_end=cue.end,
        rule=f"statement:{act.modality_rule}>{act.rule}",
    )


def _announced(parsed: ParsedDoc, act: Event) -> bool:
    """True when the act's modality comes from an announcing cue (a condition only with "will")."""
    rule = act.modality_rule
    if rule in _INTENTIONS:
        return not (rule == "aux:would" and act.modality is Modality.HYPOTHETICAL)
    return rule in _CONDITIONS and _auxiliary(parsed, act) is not None


#: subordinators of an indirect question: "say how they would fund it" announces nothing
_QUESTION_MARKS = frozenset({"whether", "if"})


def _asked(parsed: ParsedDoc, cue: Token) -> bool:
    """True when the announcing word's clause is an indirect question ("how they would fund",
    "whether it will withdraw")."""
    verb = parsed[cue.head] if cue.dep == "aux" else cue
    return any(
        c.tag in ("WRB", "WP", "WDT") or (c.dep == "mark" and c.lower in _QUESTION_MARKS)
        for c in parsed.children(verb.i)
    )


def _coded(kind: EventType, act: Event) -> tuple[str | None, str | None]:
    """The statement's PLOVER mode and CAMEO code, from the act it announces."""
    if kind is T.AGREE:
        return None, intent_cameo(act.cameo)
    if kind is T.THREATEN:
        mode = _THREAT_MODES.get((act.event, act.mode), _THREAT_MODES.get((act.event, None)))
        return mode, threat_cameo(act.cameo)
    return _REFUSAL_MODES.get(act.event), None


def _states(parsed: ParsedDoc, other: Event, kind: EventType, act: Event) -> bool:
    """True when ``other`` already codes the act's statement: the same type in the same sentence,
    by the same actor (by code, or by words when uncoded), or with no actor and governing the act
    ("an agreement to withdraw"; not "will let them return as part of a deal")."""
    if other is act or other.event is not kind or other.text_info.sentence != act.text_info.sentence:
        return False
    if other.modality is not Modality.ASSERTED:
        return False
    if not other.actor:
        return _governs(parsed, other, act)
    mine = {e.code or e.entity_name for e in act.actor}
    return bool(mine & {e.code or e.entity_name for e in other.actor})


def _governs(parsed: ParsedDoc, other: Event, act: Event) -> bool:
    """True when ``other``'s trigger is above the act's in the parse."""
    above, head = parsed.token_at_char(other.trigger_start), _act_head(parsed, act)
    if above is None or head is None:
        return False
    return any(tok.i == above for tok in parsed.ancestors(head))


def _act_head(parsed: ParsedDoc, act: Event) -> int | None:
    return parsed.token_at_char(act.trigger_start)


def _auxiliary(parsed: ParsedDoc, act: Event) -> Token | None:
    """The announcing auxiliary of the act's verb ("will" in "will withdraw"), also of the verb a
    nominal act is the object of ("will hold talks")."""
    head = _act_head(parsed, act)
    if head is None:
        return None
    for verb in _verbs(parsed, head):
        for child in parsed.children(verb):
            if child.dep == "aux" and child.lower in _ANNOUNCING:
                return child
    return None


#: the arcs that close a clause: no announcing word is looked for above them
_CLAUSES = frozenset({"ccomp", "advcl", "relcl", "ROOT", "acl", "parataxis"})


def _verbs(parsed: ParsedDoc, head: int) -> Iterator[int]:
    """The act's own token and the words above it within its clause (two steps at most)."""
    yield head
    if parsed[head].dep in _CLAUSES:
        return
    for n, tok in enumerate(parsed.ancestors(head)):
        if n >= 2:
            return
        yield tok.i
        if tok.dep in _CLAUSES:
            return


def _cue_token(parsed: ParsedDoc, act: Event) -> Token | None:
    """The word that announces the act: its auxiliary, or the verb of plan above it."""
    rule = act.modality_rule
    kind, _, word = rule.partition(":")
    if kind == "gov":
        head = _act_head(parsed, act)
        if head is None:
            return None
        lemma = "go" if word == "going-to" else word
        return next((t for t in parsed.ancestors(head) if lemma_of(t) == lemma), None)
    return _auxiliary(parsed, act)
