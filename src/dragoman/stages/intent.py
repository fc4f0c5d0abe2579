"""Expressed intent: an explicit commitment ("promised to", "pledged aid", "offered to", "is willing
to") is an AGREE event of its own, as CAMEO's 03x codes are (all AGREE in CAMEO2PLOVER); the promised
act stays an event with its modality (modality.py). The commitment's CAMEO code follows the promised
act ("vowed to free the hostages": 0353, "offered to negotiate": 036, "pledged aid": 033), and a
commitment to a hostile act is a threat ("vowed to expel the envoys": THREATEN, as "vowed to fight").

Called by :func:`dragoman.lexicon.find_triggers` on its matches; :func:`merge_statements` keeps one
statement per commitment when unrealised acts are scored as their statements (``--stated-intents``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from ..ontology import code, intent_cameo, threat_cameo
from ..parsed import ParsedDoc, Token
from ..schema import Event, EventType

if TYPE_CHECKING:
    from ..lexicon import Lexicon, Trigger

#: the words of a commitment: their AGREE takes the code of the promised act
COMMITMENTS = frozenset(
    "promise pledge vow undertake commit offer willing ready prepared agree consent".split()
)
#: commitment words that are an event only with a promised act or thing ("offer", "agree" and
#: "commit to" are events of their own, as before)
_BARE = frozenset("promise pledge vow undertake willing ready prepared".split())
#: commitments that are threats when the act is hostile ("vowed to expel"); "agreed to" stays AGREE
_VOWS = COMMITMENTS - {"agree", "consent"}
#: how the search reaches the promised act below the commitment word
_PATH = frozenset({"xcomp", "dobj", "ccomp", "prep", "pobj", "pcomp", "conj", "advcl", "dative"})
#: what is pledged when no act is named: money (0331), arms (0332), relief (0333), troops (0334)
_THINGS: tuple[tuple[frozenset[str], str], ...] = (
    (frozenset("money fund funding loan grant credit cash dollar euro pound yen budget".split()), "0331"),
    (frozenset("weapon arm ammunition missile tank jet equipment training".split()), "0332"),
    (frozenset("food medicine relief vaccine supply shelter tent".split()), "0333"),
    (frozenset("troop peacekeeper soldier".split()), "0334"),
)
#: a hostile act: force, coercion, sanctions, protest (a deployment may be a promise of help)
_HOSTILE = frozenset({EventType.ASSAULT, EventType.COERCE, EventType.SANCTION, EventType.PROTEST})


#: subordinators of a condition or circumstance: "ready to send troops if it is attacked" promises
#: the sending, not the attack (a purpose, "in order to" / "so that", is still the promise's)
_CONDITION_MARKS = frozenset(
    "if unless when whenever once should after before because since as while until till though "
    "although whether".split()
)


def condition_clause(parsed: ParsedDoc, tok: Token) -> bool:
    """True when ``tok`` heads an adverbial clause of condition or circumstance."""
    return tok.dep == "advcl" and any(
        c.dep == "mark" and c.lower in _CONDITION_MARKS for c in parsed.children(tok.i)
    )


def promised_tokens(parsed: ParsedDoc, head: int, depth: int = 3) -> list[int]:
    """Tokens under the commitment word along complement arcs, nearest first (not into a
    condition: see _CONDITION_MARKS)."""
    out: list[int] = []
    level = [head]
    for _ in range(depth):
        level = [
            c.i
            for i in level
            for c in parsed.children(i)
            if c.dep in _PATH and not condition_clause(parsed, c)
        ]
        out.extend(level)
    return out


def _thing_code(parsed: ParsedDoc, tokens: Sequence[int]) -> str | None:
    """The 033x code of a pledged thing: "pledged $50m" (0331), "promised weapons" (0332)."""
    for i in tokens:
        tok: Token = parsed[i]
        lemma = tok.lemma.lower()
        if tok.ent_type == "MONEY" and tok.pos in ("NOUN", "NUM", "SYM", "PROPN"):
            return "0331"
        for words, cameo in _THINGS:
            if tok.pos == "NOUN" and lemma in words:
                return cameo
    return None


def _act_cameo(trig: Trigger) -> str:
    entry = trig.entry
    return entry.cameo or code(entry.event, entry.mode).cameo


def _in_threat(parsed: ParsedDoc, head: int, threats: set[int]) -> bool:
    """A commitment inside a warning's complement ("warned that Israel was ready to act") is the
    threat's content, not a promise."""
    tok = parsed[head]
    for _ in range(3):
        if tok.head == tok.i:
            return False
        tok = parsed[tok.head]
        if tok.i in threats:
            return True
    return False


def intent_trigger(parsed: ParsedDoc, trig: Trigger, by_head: dict[int, Trigger]) -> Trigger | None:
    """The commitment trigger with the CAMEO code of its promised act (THREATEN for a hostile act);
    None for a bare commitment word that promises no event ("vowed to fight corruption")."""
    lemma = trig.entry.words[0]
    below = promised_tokens(parsed, trig.head)
    act = next((by_head[i] for i in below if i in by_head and i != trig.head), None)
    if act is None:
        thing = _thing_code(parsed, below)
        if thing is None and lemma in _BARE:
            return None
        return replace(trig, entry=replace(trig.entry, cameo=thing or trig.entry.cameo or "030"))
    if act.entry.event in _HOSTILE and lemma in _VOWS:
        words = "_".join(trig.entry.words)
        entry = replace(
            trig.entry,
            id=f"{trig.entry.kind}:{words}:threaten",
            event=EventType.THREATEN,
            cameo=threat_cameo(_act_cameo(act)),
            contexts=act.entry.contexts or trig.entry.contexts,
        )
        return replace(trig, entry=entry)
    return replace(trig, entry=replace(trig.entry, cameo=intent_cameo(_act_cameo(act))))


def _pledge(trig: Trigger, lexicon: Lexicon) -> Trigger | None:
    """The AGREE of a light entry's commitment verb ("pledged aid": AID and the pledge, 033)."""
    if trig.entry.kind != "light" or trig.entry.event in (EventType.AGREE, EventType.THREATEN):
        return None
    verb = trig.entry.words[0]
    entry = next((e for e in lexicon.candidates(verb) if e.kind == "verb" and verb in _VOWS), None)
    if entry is None or entry.event is not EventType.AGREE:
        return None
    coded = replace(entry, cameo=intent_cameo(_act_cameo(trig)))
    return replace(trig, entry=coded, tokens=(trig.head,), noun=None)


def with_intent_codes(parsed: ParsedDoc, triggers: list[Trigger], lexicon: Lexicon) -> list[Trigger]:
    """The triggers, each commitment coded by its promised act; a commitment inside a warning dropped."""
    by_head = {t.head: t for t in triggers}
    threats = {t.head for t in triggers if t.entry.event is EventType.THREATEN}
    out: list[Trigger] = []
    for trig in triggers:
        pledge = _pledge(trig, lexicon)
        if pledge is not None:
            out.append(pledge)
        if trig.entry.event is not EventType.AGREE or trig.entry.words[0] not in COMMITMENTS:
            out.append(trig)
        elif not _in_threat(parsed, trig.head, threats):
            coded = intent_trigger(parsed, trig, by_head)
            out.extend([coded] if coded is not None else [])
    return out


def _commitment_word(event: Event) -> str:
    """The lemma a commitment event is anchored on ("verb:promise:agree" -> "promise"), or "" (also
    for "agreed to": its partner is the other party of the agreement, not the act's target)."""
    parts = event.rule.split(":")
    word = parts[1] if len(parts) == 3 else ""
    return word if word in _VOWS and event.event in (EventType.AGREE, EventType.THREATEN) else ""


def with_promised_recipients(events: Sequence[Event]) -> list[Event]:
    """The events, each commitment without a recipient of its own (none, or only the actor's own
    side: "Britain promised to send troops to Estonia" finds "troops") taking its promised act's
    recipients: a promise is made to whom the act is for."""
    out = list(events)
    for k, event in enumerate(events):
        word = _commitment_word(event)
        if not word:
            continue
        own = {e.code for e in event.actor if e.code}
        if any(e.code and e.code not in own for e in event.recipient):
            continue
        act = next((a for a in events if a.modality_rule == f"gov:{word}" and _same_sentence(a, event)), None)
        if act is not None and any(e.code and e.code not in own for e in act.recipient):
            out[k] = replace(event, recipient=act.recipient)
    return out


def _same_sentence(a: Event, b: Event) -> bool:
    return a.text_info.sentence == b.text_info.sentence
