"""The times stage: time expressions found in the text and resolved against the article's date.

``find_times`` runs the patterns of :mod:`dragoman.stages.timeparse` over the text, keeps the
candidates the parse confirms ("May" the modal, "Theresa May", "2000 people" are dropped), keeps the
longest of overlapping candidates, and resolves each one:

* absolute forms ("3 March 2024", "2016", "the 1990s") need no article date;
* relative forms ("Monday", "next month", "7 March", "two years ago") are resolved against the
  article's date, in the direction the governing verb's tense points to ("will travel on Thursday"
  is the coming Thursday, "met on Thursday" the last one);
* anchored forms ("a day earlier", "the following week") are resolved against the latest resolved
  time of the same or the previous sentence, or left unresolved (rule ``anchored:unresolved``).

Adjacent resolved expressions joined by "to", "until", "-" (or "and" after "between") become one
range. Every expression carries the rule that resolved it.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date

from ..parsed import ParsedDoc, Token
from ..schema import Precision, TimeExpr
from .timecalendar import LEX, Context, Resolved, Tense
from .timeparse import PATTERNS, TRIGGERS, Pattern

__all__ = ["find_times", "resolve_time_text", "tense_at"]

_PRESENT_AUX = frozenset({"is", "are", "am", "'s", "'re", "'m"})
_SIMPLE_PAST_AUX = frozenset({"was", "were", "had", "did", "'d"})
_PAST_AUX = frozenset({"was", "were", "had", "did", "has", "have", "'d", "'ve"})
_NOT_A_YEAR = frozenset({"MONEY", "PERCENT", "QUANTITY", "CARDINAL", "ORDINAL", "TIME"})
_DETERMINERS = frozenset({"the", "its", "his", "her", "their", "our", "this", "that", "'s", "’s"})
_RANGE_JOIN = re.compile(r"\s*(?:[-–—]|(?i:to|until|till|through|and))\s*")
_LEADING_PREPOSITION = re.compile(r"^(?i:on|in|at|by|during|since|from|until|till|over)\s+")
_BETWEEN = re.compile(r"\b(?i:between)\s+$")


@dataclass(frozen=True)
class _Candidate:
    start: int
    end: int
    order: int  #: the pattern's position in PATTERNS: breaks ties between equal spans
    pattern: Pattern
    match: re.Match[str]


def find_times(parsed: ParsedDoc, *, article_date: date | None) -> list[TimeExpr]:
    """Every time expression in ``parsed``, resolved against ``article_date``, sorted by start."""
    chosen = _longest_first(c for c in _candidates(parsed.text) if _confirmed(parsed, c))
    sent_starts = [s.start_char for s in parsed.sents]
    found: list[TimeExpr] = []
    for cand in chosen:
        sentence = max(bisect_right(sent_starts, cand.start) - 1, 0)
        tense = tense_at(parsed, cand.start, cand.end)
        ctx = Context(article_date, tense, _anchor(found, sentence))
        resolved = cand.pattern.resolve(cand.match, ctx)
        if resolved is not None:
            found.append(_expr(parsed.text, cand, resolved, sentence))
    return _join_ranges(parsed.text, found)


def resolve_time_text(
    text: str,
    *,
    article_date: date | None,
    tense: str = "past",
    anchor: tuple[date, date] | None = None,
) -> tuple[date | None, date | None, Precision] | None:
    """Resolve one whole time expression ("last Friday", "3 March 2024"); None if it is not one.

    ``tense`` is "past", "present" or "future". A leading preposition is ignored ("on Monday",
    "in December"). Anchored expressions ("a day earlier", "two days after") are resolved against
    ``anchor`` (the first and last day of what they refer back to: an event's dates), and come back
    with no date without one.
    """
    text = _LEADING_PREPOSITION.sub("", text.strip())
    best: tuple[int, Resolved] | None = None
    for order, pattern in enumerate(PATTERNS):
        match = pattern.regex.fullmatch(text)
        if match is None:
            continue
        known = (anchor[0], anchor[1], _span_precision(*anchor)) if anchor else None
        ctx = Context(article_date, tense, known)
        resolved = pattern.resolve(match, ctx)
        if resolved is not None and (best is None or order < best[0]):
            best = (order, resolved)
    return best[1] if best is not None else None


def _span_precision(first: date, last: date) -> Precision:
    days = (last - first).days
    if days < 1:
        return Precision.DAY
    if days < 7:
        return Precision.WEEK
    return Precision.MONTH if days < 32 else Precision.YEAR


# ---------------------------------------------------------------- finding candidates
_MARGIN = 60  #: characters around a trigger word that a match may reach (the longest forms are ~45)


def _windows(trigger: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    """Merged stretches of ``text`` within :data:`_MARGIN` characters of a trigger word."""
    windows: list[tuple[int, int]] = []
    for hit in trigger.finditer(text):
        lo, hi = max(hit.start() - _MARGIN, 0), min(hit.end() + _MARGIN, len(text))
        if windows and lo <= windows[-1][1]:
            windows[-1] = (windows[-1][0], hi)
        else:
            windows.append((lo, hi))
    return windows


def _candidates(text: str) -> list[_Candidate]:
    windows = {key: _windows(trigger, text) for key, trigger in TRIGGERS.items()}
    found = []
    for order, pattern in enumerate(PATTERNS):
        matches = (m for lo, hi in windows[pattern.trigger] for m in pattern.regex.finditer(text, lo, hi))
        for match in matches:
            start, end = match.span()
            if match.groupdict().get("lead"):  # "between 2010 and 2012": the span starts at the year
                start = match.start("year")
            found.append(_Candidate(start, end, order, pattern, match))
    return found


def _longest_first(candidates: Iterable[_Candidate]) -> list[_Candidate]:
    """Non-overlapping candidates, the longest winning (then the earlier pattern), in text order."""
    ranked = sorted(candidates, key=lambda c: (c.start - c.end, c.order, c.start))
    taken: list[_Candidate] = []
    for cand in ranked:
        if all(cand.end <= t.start or cand.start >= t.end for t in taken):
            taken.append(cand)
    return sorted(taken, key=lambda c: c.start)


def _token(parsed: ParsedDoc, offset: int) -> Token | None:
    i = parsed.token_at_char(offset)
    return parsed.tokens[i] if i is not None else None


def _previous_word(parsed: ParsedDoc, offset: int) -> str:
    i = parsed.token_at_char(offset)
    return parsed.tokens[i - 1].lower if i is not None and i > 0 else ""


def _confirmed(parsed: ParsedDoc, cand: _Candidate) -> bool:
    """Whether the parse agrees that a candidate is a time, not a name, a modal or a number."""
    m, groups = cand.match, cand.match.groupdict()
    for key in ("mon", "wd", "deictic"):
        if groups.get(key):
            tok = _token(parsed, m.start(key))
            if tok is not None and (tok.ent_type in LEX.name_labels or tok.tag == "MD"):
                return False
    rule, bare = cand.pattern.rule, not (groups.get("mod") or groups.get("rel"))
    if rule == "relative:weekday":
        return _weekday_confirmed(parsed, cand, bare)
    if rule in ("relative:today", "relative:part-of-day") and _title_case_inside(parsed, cand):
        return False  # "Radio 4's Today programme", "ITV1's This Morning"
    if rule == "relative:month" and bare:
        tok = _token(parsed, m.start("mon"))
        cued = _previous_word(parsed, cand.start) in LEX.month_cues
        return cued or (tok is not None and tok.ent_type == "DATE")
    if rule == "relative:month-day" and _counts_something(parsed, cand.end):
        return False  # "In January 25 people died"
    if rule == "absolute:year" and bare and not groups.get("fiscal"):
        return _year_confirmed(parsed, cand)
    return True


def _counts_something(parsed: ParsedDoc, end: int) -> bool:
    """Whether the number that ends at ``end`` is followed by a plural noun it counts."""
    i = parsed.token_at_char(end - 1)
    if i is None or i + 1 >= len(parsed.tokens):
        return False
    return parsed.tokens[i + 1].tag == "NNS" and parsed.tokens[i + 1].sent == parsed.tokens[i].sent


def _year_confirmed(parsed: ParsedDoc, cand: _Candidate) -> bool:
    """A bare four-digit number is a year after a cue ("in 2016") or inside a DATE entity, but not
    when it counts something ("seized 2000 rifles"; "the 2014 election" is still a year)."""
    i = parsed.token_at_char(cand.match.start("year"))
    if i is None:
        return True
    tok, previous = parsed.tokens[i], _previous_word(parsed, cand.start)
    if _counts_something(parsed, cand.end) and previous not in _DETERMINERS:
        return False
    if tok.ent_type == "DATE":
        return True
    return tok.ent_type not in _NOT_A_YEAR - {"CARDINAL"} and previous in LEX.year_cues


def _weekday_confirmed(parsed: ParsedDoc, cand: _Candidate, bare: bool) -> bool:
    """A day name, not "on a Thursday" (any Thursday) nor "the Sunday Telegraph" (a name)."""
    if bare and _previous_word(parsed, cand.start) in ("a", "an", "every", "each", "the", "that"):
        return False
    i = parsed.token_at_char(cand.match.start("wd"))
    if i is None:
        return True
    tok = parsed.tokens[i]
    head = parsed.tokens[tok.head]
    named = tok.dep == "compound" and head.pos == "PROPN" and head.i > i and head.text not in LEX.months
    return tok.ent_type == "DATE" or not named


def _title_case_inside(parsed: ParsedDoc, cand: _Candidate) -> bool:
    """A capitalised word in mid-sentence: the title of a programme or a paper, not a time."""
    i = parsed.token_at_char(cand.start)
    if i is None or not cand.match.group()[:1].isupper():
        return False
    tok = parsed.tokens[i]
    return i > parsed.sents[tok.sent].start and parsed.tokens[i - 1].text not in ('"', "“", "(", "-", "—")


# ---------------------------------------------------------------- tense of the governing verb
def tense_at(parsed: ParsedDoc, start: int, end: int) -> Tense:
    """The tense ("past", "present", "future") of the verb that governs the text ``[start, end)``."""
    first, last = parsed.token_at_char(start), parsed.token_at_char(max(end - 1, start))
    if first is None or last is None or not parsed.tokens:
        return "past"
    head = first
    for i in range(first, last + 1):
        h = parsed.tokens[i].head
        if h == i or not first <= h <= last:
            head = i
            break
    verb = next((t for t in parsed.ancestors(head) if t.pos in ("VERB", "AUX")), None)
    if verb is None:
        return _sentence_cue(parsed, first)
    return _verb_tense(parsed, verb)


def _verb_tense(parsed: ParsedDoc, verb: Token) -> Tense:
    for _ in range(4):  # follow "plans to visit" / "is due to arrive" a few levels up
        aux = {c.lower for c in parsed.children(verb.i) if c.dep in ("aux", "auxpass")}
        if aux & LEX.future_auxiliaries:
            return "future"
        if verb.lemma in LEX.future_heads and verb.tag != "VBD" and not aux & _SIMPLE_PAST_AUX:
            return "future"  # "unions have been expecting a strike on 9 June"
        if verb.tag == "VBD" or aux & _PAST_AUX:
            return "past"
        if verb.tag == "VBG" and aux & _PRESENT_AUX and verb.lemma != "go":
            return "past" if verb.lemma in LEX.reporting_verbs else "future"
        if verb.dep == "xcomp" and verb.head != verb.i:
            head = parsed.tokens[verb.head]
            if head.lemma in LEX.future_heads:
                head_aux = {c.lower for c in parsed.children(head.i) if c.dep in ("aux", "auxpass")}
                past = head.tag == "VBD" or bool(head_aux & _PAST_AUX)
                return "past" if past else "future"
            verb = head
            continue
        if verb.tag in ("VBZ", "VBP") or aux & _PRESENT_AUX:
            return "past" if verb.lemma in LEX.reporting_verbs else "present"
        return "past" if verb.tag == "VBN" else "present"
    return "past"


def _sentence_cue(parsed: ParsedDoc, first: int) -> Tense:
    """No governing verb: a future auxiliary or "due/plans to" before the expression decides."""
    sent = parsed.sents[parsed.tokens[first].sent]
    words = [t.lower for t in parsed.tokens[sent.start : first]]
    if set(words) & LEX.future_auxiliaries:
        return "future"
    pairs = zip(words, words[1:], strict=False)
    return "future" if any(b == "to" and a in ("due", "plans", "plan", "set") for a, b in pairs) else "past"


# ---------------------------------------------------------------- anchors, records, ranges
def _anchor(found: list[TimeExpr], sentence: int) -> Resolved | None:
    for expr in reversed(found):
        if expr.sentence < sentence - 1:
            return None
        if expr.date is not None:
            return expr.date, expr.enddate, expr.precision
    return None


def _expr(text: str, cand: _Candidate, resolved: Resolved, sentence: int) -> TimeExpr:
    start, end, precision = resolved
    rule = cand.pattern.rule
    if start is None and cand.pattern.kind == "anchored":
        rule = "anchored:unresolved"
    elif start is None:
        rule += ":unresolved"
    return TimeExpr(
        start=cand.start,
        end=cand.end,
        text=text[cand.start : cand.end],
        date=start,
        enddate=end,
        precision=precision,
        sentence=sentence,
        rule=rule,
    )


#: rules of a first range end without its own year ("January" in "between January and March 2024")
_YEARLESS = frozenset({"relative:month", "relative:month-day", "relative:day-month"})


def _year_from_end(text: str, first: TimeExpr, second: TimeExpr) -> TimeExpr:
    """The first end of a range moved into the year the second end names: "between January and March
    2024" is January 2024, "from November to February 2024" November 2023; unchanged otherwise."""
    if first.rule not in _YEARLESS or not second.rule.startswith("absolute:") or second.date is None:
        return first
    if (
        first.date is None
        or first.enddate is None
        or _RANGE_JOIN.fullmatch(text, first.end, second.start) is None
    ):
        return first
    year = second.date.year
    start = _with_year(first.date, year)
    if start is not None and start > second.date:
        start = _with_year(first.date, year - 1)
    end = _with_year(first.enddate, start.year) if start is not None else None
    if start is None or end is None:
        return first
    return replace(first, date=start, enddate=end)


def _with_year(day: date, year: int) -> date | None:
    try:
        return day.replace(year=year)
    except ValueError:  # 29 February
        return None


def _join_ranges(text: str, found: list[TimeExpr]) -> list[TimeExpr]:
    """Join "March 3 to March 5", "between 2010 and 2012" into one expression with a range."""
    out: list[TimeExpr] = []
    for expr in found:
        prev = _year_from_end(text, out[-1], expr) if out else None
        if prev is not None and _joins(text, prev, expr):
            out[-1] = TimeExpr(
                start=prev.start,
                end=expr.end,
                text=text[prev.start : expr.end],
                date=prev.date,
                enddate=expr.enddate,
                precision=prev.precision,
                sentence=prev.sentence,
                rule=f"range:{prev.rule.split(':', 1)[-1]}",
            )
        else:
            out.append(expr)
    return out


def _joins(text: str, first: TimeExpr, second: TimeExpr) -> bool:
    gap = _RANGE_JOIN.fullmatch(text, first.end, second.start)
    if gap is None or first.date is None or second.date is None or second.enddate is None:
        return False
    if first.precision != second.precision or first.date > second.date:
        return False
    return "and" not in gap.group().lower() or _BETWEEN.search(text, 0, first.start) is not None
