"""The parties of a statement from the act it is about: "France is ready to send troops to help
Chad" is an offer to Chad, "Ghana refused to commit aid to the rebels" a refusal of the rebels.

A commitment ("promised", "pledged", "is willing / ready / prepared to"), a refusal ("refused to",
"declined to") or a threat ("threatened to") is made to whom its act is for or against. When the
statement names no recipient outside the actor's own side ("up to 4,000 troops" is France's), it
takes the recipients of the act below it in the parse, the nearest one (a condition, "if it is
attacked", is not the act: intent.promised_tokens); when that act has no coded party either, the
country where a cooperative act is to be done (its location: "troops for a force in Liberia").
Agreements keep their own parties ("agreed to" is made to the other side of the deal). The act's
recipients keep their own resolution rules; a place's country is an entity of rule ``act-place``.

A condition hung on the commitment's clause is the promised act's ("Poland is willing to defend
Lithuania if the border is crossed": the willingness is stated, the defence is conditional): the
commitment stays asserted (modality rule ``commitment-over:<cue>``); the act keeps its own cue.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from ..parsed import ParsedDoc
from ..schema import Entity, Event, EventType, Modality
from .intent import condition_clause, promised_tokens

T = EventType

#: the words of a statement about an act, by the statement's type ("verb:refuse:reject" -> refuse)
_STATEMENTS: dict[EventType, frozenset[str]] = {
    T.AGREE: frozenset("promise pledge vow undertake commit offer willing ready prepared".split()),
    T.REJECT: frozenset("refuse decline".split()),
    T.THREATEN: frozenset("threaten vow promise pledge".split()),
}
#: acts whose place is their beneficiary when they name none: aid sent, troops contributed
_DONE_FOR_A_PLACE = frozenset({T.AID, T.COOPERATE, T.SUPPORT})


def _statement_word(event: Event) -> str:
    """The lemma a statement is anchored on, or "" when the event is no statement about an act."""
    parts = event.rule.split(":")
    word = parts[1] if len(parts) == 3 else ""
    return word if word in _STATEMENTS.get(event.event, frozenset()) else ""


def _foreign(entities: Sequence[Entity], own: set[str]) -> bool:
    return any(e.code and e.code not in own for e in entities)


def _act_below(parsed: ParsedDoc, event: Event, events: Sequence[Event]) -> Event | None:
    """The nearest event whose trigger lies under the statement's word in the parse."""
    head = parsed.token_at_char(event.trigger_start)
    if head is None:
        return None
    by_head: dict[int, Event] = {}
    for other in events:
        i = parsed.token_at_char(other.trigger_start)
        if other is not event and i is not None:
            by_head.setdefault(i, other)
    return next((by_head[i] for i in _act_tokens(parsed, head) if i in by_head), None)


def _act_tokens(parsed: ParsedDoc, head: int) -> list[int]:
    """The tokens under a statement word, nearest first; for a predicate adjective also the purpose
    the parser hangs on its copula ("is ready to ship arms | to help defend Latvia")."""
    out = promised_tokens(parsed, head)
    tok = parsed[head]
    if tok.dep != "acomp" or tok.head == tok.i:
        return out
    for kid in parsed.children(tok.head):
        kids = list(parsed.children(kid.i))
        infinitive = any(c.dep == "aux" and c.lower == "to" for c in kids)
        if kid.dep == "advcl" and infinitive and not condition_clause(parsed, kid):
            out += [kid.i, *promised_tokens(parsed, kid.i)]
    return out


def _act_parties(act: Event, own: set[str]) -> tuple[Entity, ...]:
    """The act's recipients outside the actor's side, else the country of its place."""
    if _foreign(act.recipient, own):
        return act.recipient
    place = act.event_loc
    if place is None or not act.text_info.start <= place.start < place.end <= act.text_info.end:
        return ()  # no place, or one from a dateline or another sentence: no words of the act's
    if act.event in _DONE_FOR_A_PLACE and place.country_code:
        if place.country_code not in own and not _foreign(act.recipient, set()):
            name = place.resolved_place or place.extracted_place
            return (Entity(place.extracted_place, name, place.country_code, None, rule="act-place"),)
    return ()


def with_act_recipients(parsed: ParsedDoc, events: Sequence[Event]) -> list[Event]:
    """The events, each statement about an act with no recipient of its own (none, or only the
    actor's side) taking the act's recipients (see the module's docstring)."""
    events = [unconditional_commitment(e) for e in events]
    out = list(events)
    for k, event in enumerate(events):
        if not _statement_word(event):
            continue
        own = {e.code for e in event.actor if e.code}
        if not own or _foreign(event.recipient, own):
            continue
        act = _act_below(parsed, event, events)
        if act is None:
            continue
        parties = _act_parties(act, own)
        if parties:
            out[k] = replace(event, recipient=parties)
    return out


#: the cues of a condition on the clause itself ("... if it is attacked", "... unless they pay")
_CONDITIONS = frozenset({"cond:if", "cond:unless"})
#: statements that are commitments (a refusal or a threat under a condition stays conditional)
_COMMITMENTS = _STATEMENTS[T.AGREE]


def unconditional_commitment(event: Event) -> Event:
    """The commitment asserted when its clause's condition is its act's (see the module's docstring)."""
    word = _statement_word(event)
    if event.event is not T.AGREE or word not in _COMMITMENTS or event.modality_rule not in _CONDITIONS:
        return event
    return replace(event, modality=Modality.ASSERTED, modality_rule=f"commitment-over:{event.modality_rule}")
