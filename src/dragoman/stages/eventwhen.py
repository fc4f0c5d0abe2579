"""When and where an event happened: the choice of an event's date and location.

The events stage calls these for each event it builds; they read only the parse and the records of
the earlier stages (times, places, the event's roles, the events already built).

Date (:func:`event_time`), in order:

1. a time expression in the trigger's own clause: the carrier verb's subtree without the clauses
   below it ("Zelensky thanked India and asked it to back a summit later this year": the thanking
   is not dated "later this year"; "after the city was retaken in 2017" dates the retaking only).
   A time that belongs to another event noun in the clause is that noun's ("rejected calls from
   lawmakers last week": the calls were last week, not the rejection); a noun trigger takes the
   times of its own phrase first. A time of another moment named there ("rebuilt since its
   recapture in 2016", "since the election in 2020") is not the event's; "since" with a bare time
   runs a present or present perfect event from that time to the article's date ("have arrested
   12 people since Sunday");
2. else the sentence's single time expression attached to its main clause, when it has one;
3. else the article's date when the carrier is in the present or present perfect tense;
4. else none.

Anchored expressions ("a day earlier", "the following week", "two days after the attack") are
resolved against the event they refer back to: the latest earlier event of the same kind when the
expression names one ("after the attack"), else the latest earlier dated event. With no such
event, "two days after the attack" stays without a date (its text kept) rather than guessed;
"a day earlier" keeps what the times stage resolved it to (the previous time expression).

Location (:func:`event_place`): see :mod:`dragoman.stages.eventwhere`, which also holds what both
read: the tokens of the event's own clause (:func:`own_tokens`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date

from ..lexicon import Lexicon, Trigger, load_lexicon
from ..parsed import ParsedDoc
from ..schema import Event, TimeExpr
from .eventwhere import (
    bare_time_after,
    inside,
    noun_phrase,
    own_tokens,
    tokens_of,
    trigger_tokens,
)
from .times import resolve_time_text

__all__ = ["event_time", "is_present"]

#: tags of a verb in the present or present perfect (the article's date applies)
_PRESENT_TAGS = frozenset({"VBZ", "VBP"})
_FUTURE_AUX = frozenset({"will", "shall", "'ll", "wo"})
#: prepositions whose object is another moment than the event's ("rebuilt since its recapture in
#: 2016": 2016 dates the recapture); "since" with a bare time starts the event ("since Sunday")
_OTHER_MOMENT = frozenset({"after", "before", "since", "following", "until", "till"})
_ANCHORED_NOUN = re.compile(r"\b(?i:before|after)\s*$")

When = tuple[date | None, date | None, str | None]


# ---------------------------------------------------------------- date
def is_present(parsed: ParsedDoc, verb: int) -> bool:
    """Whether ``verb`` is in the present or present perfect ("says", "has arrested")."""
    tok = parsed[verb]
    aux = [c for c in parsed.children(verb) if c.dep in ("aux", "auxpass")]
    if any(a.lemma.lower() == "have" and a.tag in _PRESENT_TAGS for a in aux):
        return True
    if any(a.tag == "MD" or a.tag == "VBD" for a in aux):
        return False
    return tok.tag in _PRESENT_TAGS or any(a.tag in _PRESENT_TAGS for a in aux)


def _is_future(parsed: ParsedDoc, verb: int) -> bool:
    return any(c.lower in _FUTURE_AUX for c in parsed.children(verb) if c.dep == "aux")


def _moment_prep(parsed: ParsedDoc, expr: TimeExpr) -> tuple[str, bool] | None:
    """The preposition of another moment (:data:`_OTHER_MOMENT`) that a time expression lies under
    within its clause, and whether the expression is its object ("since Sunday") rather than
    nested in a noun phrase below it ("since the election in 2020")."""
    span = tokens_of(parsed, expr.start, expr.end)
    if not span:
        return None
    top = next(
        (i for i in span if not span[0] <= parsed[i].head <= span[-1] or parsed[i].head == i), span[-1]
    )
    after = _after_moment_phrase(parsed, top)
    if after is not None:
        return after, False
    below = top
    for anc in parsed.ancestors(top):
        if anc.dep == "prep" and anc.lower in _OTHER_MOMENT:
            return anc.lower, below == top
        if anc.pos in ("VERB", "AUX"):
            return None
        below = anc.i
    return None


def _after_moment_phrase(parsed: ParsedDoc, top: int) -> str | None:
    """The moment preposition of the phrase right before a time's own prepositional phrase, when
    the parser hung both on the verb ("continued since the election in 2020")."""
    prep = parsed[top].head
    if parsed[top].dep != "pobj" or parsed[prep].dep != "prep" or parsed[prep].head == prep:
        return None
    for sib in parsed.children(parsed[prep].head):
        if sib.dep == "prep" and sib.lower in _OTHER_MOMENT and parsed.subtree(sib.i)[1] == prep:
            objects = [c for c in parsed.children(sib.i) if c.dep == "pobj"]
            if objects and all(o.ent_type not in ("DATE", "TIME") for o in objects):
                return sib.lower
    return None


def _anothers(parsed: ParsedDoc, expr: TimeExpr) -> bool:
    """Whether a time expression dates another moment named in the clause ("after the 2016 vote")."""
    if expr.rule.startswith("anchored"):
        return False
    found = _moment_prep(parsed, expr)
    return found is not None and not found[1]


def _nearest(items: Sequence[TimeExpr], offset: int) -> TimeExpr:
    return min(items, key=lambda t: abs(t.start - offset))


def _usable(expr: TimeExpr) -> bool:
    return expr.date is not None or expr.rule.startswith("anchored")


def _choose_time(
    parsed: ParsedDoc, trig: Trigger | int, carrier: int, times: Sequence[TimeExpr], lexicon: Lexicon
) -> TimeExpr | None:
    head, tokens = trigger_tokens(trig)
    sent_no = parsed[head].sent
    in_sentence = [t for t in times if t.sentence == sent_no and _usable(t)]
    if not in_sentence:
        return None
    own = own_tokens(parsed, head, carrier, lexicon=lexicon, trigger=tokens)
    offset = parsed[head].idx
    if parsed[head].pos in ("NOUN", "PROPN") and head != carrier:
        phrase = noun_phrase(parsed, head) | bare_time_after(parsed, max(noun_phrase(parsed, head)))
        mine = [t for t in in_sentence if inside(parsed, t.start, t.end, phrase)]
        if mine:
            return _nearest(mine, offset)
    in_clause = [t for t in in_sentence if inside(parsed, t.start, t.end, own) and not _anothers(parsed, t)]
    if in_clause:
        return _nearest(in_clause, offset)
    sent = parsed.sents[sent_no]
    root = next((i for i in range(sent.start, sent.end) if parsed[i].head == i), None)
    if root is None or _is_future(parsed, carrier):
        return None
    main = own_tokens(parsed, root, root, lexicon=lexicon)
    free = [
        t
        for t in in_sentence
        if inside(parsed, t.start, t.end, main) and t.date is not None and not _anothers(parsed, t)
    ]
    return free[0] if len(free) == 1 and len(in_sentence) == 1 else None


def event_time(
    parsed: ParsedDoc,
    trig: Trigger | int,
    carrier: int,
    times: Sequence[TimeExpr],
    article_date: date | None,
    *,
    previous: Sequence[Event] = (),
    lexicon: Lexicon | None = None,
) -> When:
    """The event's ``(date, enddate, date_text)``: see the module's rules. ``trig`` is the matched
    trigger (or a bare token index), ``carrier`` the verb whose clause carries it (the trigger verb
    itself, or the verb governing a trigger noun); ``previous`` the events before this one, in text
    order (what anchored expressions refer back to)."""
    lexicon = lexicon if lexicon is not None else load_lexicon()
    expr = _choose_time(parsed, trig, carrier, times, lexicon)
    if expr is not None and expr.rule.startswith("anchored"):
        return _anchored(parsed, expr, previous, article_date, lexicon)
    if expr is not None and article_date is not None and _moment_prep(parsed, expr) == ("since", True):
        if is_present(parsed, carrier):
            return expr.date, article_date, expr.text  # "have arrested 12 since Sunday": until now
    if expr is not None:
        return expr.date, expr.enddate, expr.text
    if article_date is not None and is_present(parsed, carrier):
        return article_date, article_date, None
    return None, None, None


def _anchored(
    parsed: ParsedDoc, expr: TimeExpr, previous: Sequence[Event], article_date: date | None, lexicon: Lexicon
) -> When:
    """An anchored expression resolved against the earlier event it refers back to."""
    named = _ANCHORED_NOUN.search(expr.text) is not None and _names_something(parsed, expr.end)
    anchor = _anchor_event(parsed, expr, previous, lexicon) if named else _latest_dated(previous, expr)
    if anchor is None or anchor.date is None:
        return (None, None, expr.text) if named or expr.date is None else (expr.date, expr.enddate, expr.text)
    resolved = resolve_time_text(
        expr.text, article_date=article_date, anchor=(anchor.date, anchor.enddate or anchor.date)
    )
    if resolved is None or resolved[0] is None:
        return expr.date, expr.enddate, expr.text
    return resolved[0], resolved[1], expr.text


def _names_something(parsed: ParsedDoc, end: int) -> bool:
    """Whether a noun phrase follows offset ``end`` ("two days after the attack", not "the day
    before.")."""
    i = parsed.token_at_char(end)
    while i is not None and i < len(parsed) and parsed[i].idx < end:
        i += 1
    return i is not None and i < len(parsed) and parsed[i].pos in ("DET", "NOUN", "PROPN", "ADJ", "NUM")


def _latest_dated(previous: Sequence[Event], expr: TimeExpr) -> Event | None:
    """The latest earlier event with a date of its own words, in this or the previous two sentences."""
    for event in reversed(previous):
        if event.trigger_start >= expr.start:
            continue
        if event.text_info.sentence < expr.sentence - 2:
            return None
        if event.date is not None and event.date_text and event.date_text != expr.text:
            return event
    return None


def _anchor_event(
    parsed: ParsedDoc, expr: TimeExpr, previous: Sequence[Event], lexicon: Lexicon
) -> Event | None:
    """The earlier event that "two days after the <noun>" names: one whose trigger is that word,
    else one of the type the word triggers."""
    after = parsed.token_at_char(expr.end - 1)
    if after is None:
        return None
    noun = next(
        (j for j in range(after + 1, min(after + 5, len(parsed))) if parsed[j].pos in ("NOUN", "PROPN")), None
    )
    if noun is None:
        return None
    lemma = parsed[noun].lemma.lower()
    types = {str(e.event) for e in lexicon.candidates(lemma)}
    earlier = [e for e in previous if e.trigger_end <= expr.start and e.date is not None]
    for event in reversed(earlier):
        words = {parsed[i].lemma.lower() for i in tokens_of(parsed, event.trigger_start, event.trigger_end)}
        if lemma in words:
            return event
    return next((e for e in reversed(earlier) if str(e.event) in types), None)
