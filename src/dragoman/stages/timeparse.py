"""The grammar of English time expressions and their resolution against a reference date.

Pure string and calendar logic, no parse: :mod:`dragoman.stages.times` finds candidates with
:data:`PATTERNS`, filters them with the parse, works out the tense and the anchor, and calls each
pattern's ``resolve``. A resolution is ``(date, enddate, precision)``; ``date`` is None when the
expression is relative and there is nothing to resolve it against. A resolver returns None when the
match is not a time after all ("between 2010 and 20", "February 30").

Word lists come from ``data/times.yaml``. Weeks run Monday to Sunday (ISO 8601), a weekend is the
Saturday and Sunday that close a week.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

from .timecalendar import (
    DAY,
    LEX,
    MONTH,
    RANK,
    UNIT_PRECISION,
    WEEK,
    Context,
    Resolved,
    day_of,
    month_day_in_context,
    month_in_context,
    month_of,
    safe_date,
    week_of,
    weekend_of,
    year_of,
)

__all__ = ["PATTERNS", "TRIGGERS", "Pattern", "month_number", "number_value"]


def month_number(word: str) -> int:
    word = word.rstrip(".")
    return LEX.months.get(word) or LEX.month_abbreviations[word]


def number_value(m: re.Match[str]) -> int:
    """The count of a match's ``num`` (a word) or ``num_digits`` group; 1 when it has neither."""
    groups = m.groupdict()
    if groups.get("num_digits"):
        return int(groups["num_digits"])
    return LEX.numbers[groups["num"].lower()] if groups.get("num") else 1


def _g(m: re.Match[str], name: str) -> str:
    return (m.groupdict().get(name) or "").lower()


# ---------------------------------------------------------------- resolvers: absolute forms
def _iso(m: re.Match[str], ctx: Context) -> Resolved | None:
    d = safe_date(int(m["year"]), int(m["monn"]), int(m["day"]))
    return day_of(d) if d else None


def _full_date(m: re.Match[str], ctx: Context) -> Resolved | None:
    d = safe_date(int(m["year"]), month_number(m["mon"]), int(m["day"]))
    return day_of(d) if d else None


def _month_day(m: re.Match[str], ctx: Context) -> Resolved | None:
    month, day = month_number(m["mon"]), int(m["day"])
    if not 1 <= day <= 31 or safe_date(2000, month, day) is None:
        return None
    weekday = LEX.weekdays[m["wd"]] if m.groupdict().get("wd") else None
    d = month_day_in_context(month, day, ctx, weekday)
    return day_of(d) if d else (None, None, DAY)


def _day_range(m: re.Match[str], ctx: Context) -> Resolved | None:
    month, first, last = month_number(m["mon"]), int(m["day"]), int(m["day2"])
    if not 1 <= first < last <= 31 or safe_date(2000, month, last) is None:
        return None
    if m["year"]:
        start, end = safe_date(int(m["year"]), month, first), safe_date(int(m["year"]), month, last)
    else:
        start = month_day_in_context(month, first, ctx)
        end = safe_date(start.year, month, last) if start else None
    if start is None or end is None:
        return (None, None, DAY) if ctx.ref is None and not m["year"] else None
    return start, end, DAY


def _month_year(m: re.Match[str], ctx: Context) -> Resolved | None:
    return month_of(int(m["year"]), month_number(m["mon"]))


def _year(m: re.Match[str], ctx: Context) -> Resolved | None:
    year = int(m["year"])
    return year_of(year) if 1000 <= year <= 2199 else None


def _year_range(m: re.Match[str], ctx: Context) -> Resolved | None:
    first = int(m["year"])
    last = int(m["year2"]) if m["year2"] else first // 100 * 100 + int(m["short2"])
    joined_by_and = _g(m, "sep") == "and"
    if not first < last <= first + 100 or (joined_by_and and _g(m, "lead") != "between"):
        return None
    return year_of(first, last)


def _decade(m: re.Match[str], ctx: Context) -> Resolved | None:
    if m["dec4"]:
        start = int(m["dec4"])
    else:
        short = int(m["dec2"])
        latest = (ctx.ref.year if ctx.ref else 2000) // 10 * 10
        start = 2000 + short if 2000 + short <= latest else 1900 + short
    return year_of(start, start + 9)


def _century(m: re.Match[str], ctx: Context) -> Resolved | None:
    word = m["cent"].lower()
    n = int(word[:-2]) if word[0].isdigit() else LEX.ordinals[word]
    return year_of((n - 1) * 100, (n - 1) * 100 + 99) if 2 <= n <= 21 else None  # no year 0 in dates


def _month(m: re.Match[str], ctx: Context) -> Resolved | None:
    month = month_number(m["mon"])
    resolved = month_in_context(month, ctx, " ".join(_g(m, "rel").split()))
    return resolved if resolved is not None else (None, None, MONTH)


def _season(m: re.Match[str], ctx: Context) -> Resolved | None:
    first, last = LEX.seasons[m["season"].lower()]
    rel = _g(m, "rel")
    if _g(m, "year"):
        start_year = int(m["year"])
    elif ctx.ref is None:
        return None, None, MONTH
    else:
        now = ctx.ref.year * 12 + ctx.ref.month - 1
        starts = [y for y in range(ctx.ref.year - 2, ctx.ref.year + 2)]
        ends = {y: (y + (1 if last < first else 0)) * 12 + last - 1 for y in starts}
        if rel in ("last", "past"):
            start_year = max(y for y in starts if ends[y] < now)
        elif rel in ("next", "coming"):
            start_year = min(y for y in starts if y * 12 + first - 1 > now)
        else:  # this summer: the one under way, else the next one
            start_year = min(y for y in starts if ends[y] >= now)
    end_year = start_year + (1 if last < first else 0)
    return date(start_year, first, 1), month_of(end_year, last)[1], MONTH


# ---------------------------------------------------------------- resolvers: relative to the article
def _deictic(m: re.Match[str], ctx: Context) -> Resolved | None:
    if ctx.ref is None:
        return None, None, DAY
    word = _g(m, "deictic") or _g(m, "rel")
    shift = {"yesterday": -1, "tomorrow": 1, "last": -1 if _g(m, "part") in ("night", "evening") else 0}
    return day_of(ctx.ref + timedelta(days=shift.get(word, 0)))


def _weekday(m: re.Match[str], ctx: Context) -> Resolved | None:
    if ctx.ref is None:
        return None, None, DAY
    target, today = LEX.weekdays[m["wd"]], ctx.ref.weekday()
    rel = " ".join(_g(m, "rel").split())
    back, ahead = (today - target) % 7, (target - today) % 7
    if rel in ("last", "past", "this past"):
        delta = -(back or 7)
    elif rel in ("next", "coming", "this coming"):
        delta = ahead or 7
    elif ctx.tense in ("future", "present"):  # "the festival opens on Friday": the coming one
        delta = ahead
    else:
        delta = -back
    return day_of(ctx.ref + timedelta(days=delta))


def _the_weekend(m: re.Match[str], ctx: Context) -> Resolved | None:
    """ "the weekend", "over the weekend": the one the tense points to (the one under way on a
    Saturday or Sunday)."""
    if ctx.ref is None:
        return None, None, WEEK
    if ctx.ref.weekday() >= 5 or ctx.tense == "future":
        return weekend_of(ctx.ref)  # the one under way, or the one closing this week
    return weekend_of(ctx.ref - timedelta(weeks=1))


def _shift_unit(base: date, unit: str, n: int) -> Resolved:
    """The ``unit`` (day, week, weekend, month, year) ``n`` units from the one containing ``base``."""
    if unit == "week":
        return week_of(base + timedelta(weeks=n))
    if unit == "weekend":
        return weekend_of(base + timedelta(weeks=n))
    if unit == "month":
        return month_of(base.year, base.month, n)
    if unit == "year":
        return year_of(base.year + n)
    return day_of(base + timedelta(days=n))


_REL_SHIFT = {
    "this": 0, "current": 0, "the current": 0,
    "last": -1, "past": -1, "previous": -1, "the past": -1, "the last": -1, "the previous": -1,
    "next": 1, "coming": 1, "the coming": 1,
}  # fmt: skip


def _unit_relative(m: re.Match[str], ctx: Context) -> Resolved | None:
    unit = _g(m, "unit")
    rel = " ".join(_g(m, "rel").split()) or "this"
    if rel not in _REL_SHIFT:
        return None
    if ctx.ref is None:
        return None, None, UNIT_PRECISION[unit]
    shift = _REL_SHIFT[rel]
    if not _g(m, "rel") and "end" in _g(m, "mod") and ctx.tense == "past" and _early_in(ctx.ref, unit):
        shift = -1  # "sales peaked by the end of the year", written in January: last year's end
    resolved = _shift_unit(ctx.ref, unit, shift)
    return _before_or_after(resolved, ctx.ref, _g(m, "mod").lower()) if shift == 0 else resolved


def _before_or_after(resolved: Resolved, ref: date, mod: str) -> Resolved:
    """The part of the current unit before the article's day ("earlier this week": Monday to the day
    before) or after it ("later this month"); the whole unit when that part is empty."""
    start, end, precision = resolved
    if start is None or end is None:
        return resolved
    if mod == "earlier" and start < ref:
        return start, min(end, ref - timedelta(days=1)), precision
    if mod == "later" and ref < end:
        return max(start, ref + timedelta(days=1)), end, precision
    return resolved


def _early_in(ref: date, unit: str) -> bool:
    """Whether ``ref`` falls in the first quarter of its week, month or year."""
    if unit == "year":
        return ref.month <= 3
    if unit == "month":
        return ref.day <= 7
    return ref.weekday() <= 1


def _unit_further(m: re.Match[str], ctx: Context) -> Resolved | None:
    """Resolve "the week after next", "the month before last"."""
    unit = _g(m, "unit")
    if ctx.ref is None:
        return None, None, UNIT_PRECISION[unit]
    return _shift_unit(ctx.ref, unit, 2 if _g(m, "dir").startswith("after") else -2)


def _ago(m: re.Match[str], ctx: Context) -> Resolved | None:
    unit, n = _g(m, "unit"), number_value(m)
    if ctx.ref is None:
        return None, None, UNIT_PRECISION[unit]
    return _shift_unit(ctx.ref, unit, -n if _g(m, "dir") == "ago" else n)


# ---------------------------------------------------------------- resolvers: anchored to another time
_PARTS_OF_DAY = frozenset({"day", "morning", "afternoon", "evening", "night"})
_FOLLOWED_BY_WORDS = re.compile(r"\s*[\w$£€\"“']")


def _anchored(m: re.Match[str], ctx: Context) -> Resolved | None:
    """Resolve "a day earlier", "two weeks later", "the following day", "the day before", "that year"."""
    unit = _g(m, "unit")
    precision = UNIT_PRECISION[unit]
    direction = _g(m, "dir")
    n = number_value(m)
    sign = {"earlier": -1, "before": -1, "previously": -1, "previous": -1, "preceding": -1}.get(direction, 1)
    if direction in ("same", "that"):
        sign = 0
    if direction in ("before", "after") and _FOLLOWED_BY_WORDS.match(m.string, m.end()):
        return None, None, precision  # "two days after the attack": anchored to an event, not a time
    anchor = ctx.anchor
    if anchor is not None and anchor[0] is not None and RANK[anchor[2]] <= RANK[precision]:
        base = anchor[1] if sign > 0 and anchor[1] is not None else anchor[0]
        step = "day" if precision == DAY else unit
        return _shift_unit(base, step, sign * n)
    if ctx.ref is not None and direction in ("next", "previous") and unit not in _PARTS_OF_DAY:
        return _shift_unit(ctx.ref, unit, sign)  # "the next week" with nothing to anchor it: deictic
    return None, None, precision


def _anchored_weekday(m: re.Match[str], ctx: Context) -> Resolved | None:
    """ "the following Monday", "the previous Friday": the first such day after (before) the day
    they refer back to; "the next Monday" with nothing to refer to is the coming one."""
    target = LEX.weekdays[m["wd"]]
    back = _g(m, "dir") in ("previous", "preceding")
    anchor = ctx.anchor
    if anchor is not None and anchor[0] is not None and anchor[2] == DAY:
        base = anchor[0]
    elif ctx.ref is not None and _g(m, "dir") == "next":
        base = ctx.ref
    else:
        return None, None, DAY
    if back:
        return day_of(base - timedelta(days=(base.weekday() - target) % 7 or 7))
    return day_of(base + timedelta(days=(target - base.weekday()) % 7 or 7))


# ---------------------------------------------------------------- the patterns
def _alt(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


_FULL_MONTH = _alt(list(LEX.months))
_MON = rf"(?P<mon>(?:{_FULL_MONTH})\b|(?:{_alt(list(LEX.month_abbreviations))})\b\.?)"
_BARE_MON = rf"(?P<mon>(?:{_FULL_MONTH})\b)"
_WD = rf"\b(?P<wd>{_alt(list(LEX.weekdays))})\b"
_WD_OPT = rf"(?:{_WD}\s*,?\s+)?"
_NUM_START = r"(?<![\w$£€#.,/:])"
_DAY = _NUM_START + r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?(?![\w%]|[.,:/]\d)"
_DAY2 = r"(?P<day2>[0-3]?\d)(?:st|nd|rd|th)?(?![\w%]|[.,:/]\d)"
_YEAR_END = r"(?![\w%]|[.,:/]\d|-year|\s*(?:percent|GMT|BST|UTC|EST|EDT|CET|hrs|hours|local\s+time)\b)"
_YEAR = _NUM_START + r"(?P<year>[12]\d{3})" + _YEAR_END
_YEAR_OPT = rf"(?:(?:\s*,\s*|\s+){_YEAR})?"
_MOD = (
    r"(?:\b(?P<mod>(?i:early|mid|late|earlier|later|(?:the\s+)?(?:end|beginning|start|middle|turn)\s+of))"
    r"(?:\s*-\s*|\s+))?"
)
_THE = r"(?:(?i:the)\s+)?"
_NUM = rf"(?:\b(?P<num>(?i:{_alt(list(LEX.numbers))}))\b|{_NUM_START}(?P<num_digits>\d{{1,3}}))"
_PART = rf"(?:\s+(?P<part>(?i:{_alt(sorted(LEX.parts_of_day))})))?"
_UNITS = r"(?P<unit>(?i:day|week|month|year))s?"
_REL = r"(?P<rel>(?i:this\s+past|this\s+coming|last|next|this|coming|past))"
_ORD = rf"(?P<cent>\d{{1,2}}(?:st|nd|rd|th)|(?i:{_alt(list(LEX.ordinals))}))"
_SEASON = rf"(?P<season>(?i:{_alt(list(LEX.seasons))}))"

Resolver = Callable[[re.Match[str], Context], Resolved | None]


@dataclass(frozen=True)
class Pattern:
    """One form of time expression: ``rule`` is ``kind:name`` (absolute, relative, anchored)."""

    rule: str
    regex: re.Pattern[str]
    resolve: Resolver
    #: the key in :data:`TRIGGERS` of words every match contains: the pattern runs only near them
    trigger: str

    @property
    def kind(self) -> str:
        return self.rule.split(":", 1)[0]


#: Cheap patterns for words that every match of a family of patterns contains. Scanning the text
#: once for each of these and running the full patterns only around what they find keeps the stage
#: fast: most of an article is far from any date word.
TRIGGERS: dict[str, re.Pattern[str]] = {
    key: re.compile(rx)
    for key, rx in {
        "iso": r"\d{4}-\d\d-\d\d",
        "month": r"\b(?:" + "|".join(sorted({m[:3] for m in (*LEX.months, *LEX.month_abbreviations)})) + ")",
        "year": r"[12]\d{3}|['’]\d0s",
        "century": r"(?i:century)",
        "season": rf"(?i:{_alt(list(LEX.seasons))})",
        "weekday": _alt(list(LEX.weekdays)),
        "today": r"(?i:yesterday|today|tomorrow|tonight)",
        "part": rf"(?i:{_alt(sorted(LEX.parts_of_day))})",
        "unit": r"(?i:day|week|month|year|morning|afternoon|evening|night)",
    }.items()
}


_SPECS: list[tuple[str, str, Resolver]] = [
    ("absolute:iso", r"\b(?P<year>[12]\d{3})-(?P<monn>[01]\d)-(?P<day>[0-3]\d)\b", _iso),
    ("absolute:month-day-year", rf"{_WD_OPT}{_MON}\s+{_DAY}(?:\s*,\s*|\s+){_YEAR}", _full_date),
    ("absolute:day-month-year", rf"{_WD_OPT}{_THE}{_DAY}(?:\s+(?i:of))?\s+{_MON},?\s+{_YEAR}", _full_date),
    ("absolute:month-year", rf"{_MOD}{_MON}(?:\s+(?i:of))?,?\s+{_YEAR}", _month_year),
    (
        "absolute:year-range",
        rf"(?:\b(?P<lead>(?i:between|from))\s+)?{_NUM_START}(?P<year>[12]\d{{3}})\s*"
        rf"(?:(?P<sep>[-–]|(?i:to|and|until|till|through))\s*(?P<year2>[12]\d{{3}})|[-–](?P<short2>\d{{2}})){_YEAR_END}",
        _year_range,
    ),  # fmt: skip
    ("absolute:decade", rf"{_THE}{_MOD}(?:{_NUM_START}(?P<dec4>[12]\d{{2}}0)|['’](?P<dec2>\d0))s\b", _decade),
    ("absolute:century", rf"{_THE}{_MOD}{_ORD}[\s-]+(?i:century)\b", _century),
    ("absolute:year", rf"{_MOD}(?P<fiscal>(?i:fiscal(?:\s+year)?|FY)\s*)?{_YEAR}", _year),
    ("absolute:season-year", rf"{_MOD}{_SEASON}(?:\s+(?i:of))?\s+{_YEAR}", _season),
    (
        "relative:month-day-range",
        rf"{_MON}\s+{_DAY}\s*(?:[-–]|(?i:to|until|through))\s*{_DAY2}{_YEAR_OPT}",
        _day_range,
    ),  # fmt: skip
    (
        "relative:day-month-range",
        rf"{_DAY}\s*(?:[-–]|(?i:to|until))\s*{_DAY2}\s+{_MON}{_YEAR_OPT}",
        _day_range,
    ),
    ("relative:month-day", rf"{_MOD}{_WD_OPT}{_MON}\s+{_DAY}", _month_day),
    ("relative:day-month", rf"{_MOD}{_WD_OPT}{_THE}{_DAY}(?:\s+(?i:of))?\s+{_MON}", _month_day),
    ("relative:month", rf"{_MOD}(?:{_REL}\s+)?{_BARE_MON}", _month),
    ("relative:season", rf"{_MOD}{_REL}\s+{_SEASON}\b", _season),
    ("relative:weekday", rf"{_MOD}(?:{_REL}\s+)?{_WD}{_PART}\b", _weekday),
    ("relative:today", rf"{_MOD}\b(?P<deictic>(?i:yesterday|today|tomorrow|tonight)){_PART}\b", _deictic),
    (
        "relative:part-of-day",
        r"\b(?P<rel>(?i:this|last))\s+(?P<part>(?i:morning|afternoon|evening|night))\b",
        _deictic,
    ),  # fmt: skip
    (
        "relative:unit",
        rf"{_MOD}\b(?P<rel>(?i:this|last|next|coming|past|current|the\s+(?:past|last|previous|coming|current)))"
        r"\s+(?:(?i:fiscal)\s+)?(?P<unit>(?i:week(?:end)?|month|year))\b(?!\s+(?i:of)\b)",
        _unit_relative,
    ),  # fmt: skip
    (
        "relative:end-of-unit",
        r"\b(?P<mod>(?i:(?:the\s+)?(?:end|beginning|start|middle|turn)\s+of))\s+(?:(?i:the)\s+)?"
        r"(?P<unit>(?i:week|weekend|month|year))\b(?!\s+(?i:of|before|after)\b)",
        _unit_relative,
    ),  # fmt: skip
    (
        "relative:unit-after-next",
        r"\b(?i:the\s+(?P<unit>week|weekend|month|year)\s+(?P<dir>after\s+next|before\s+last))\b",
        _unit_further,
    ),
    ("relative:ago", rf"{_NUM}\s+{_UNITS}\s+(?P<dir>(?i:ago))\b", _ago),
    ("relative:hence", rf"{_NUM}\s+{_UNITS}\s+(?P<dir>(?i:from\s+now))\b", _ago),
    ("relative:hence-in", rf"(?:\b(?i:in)\s+)?{_NUM}\s+{_UNITS}['’]?s?\s+(?P<dir>(?i:time))\b", _ago),
    (
        "anchored:offset",
        rf"{_NUM}\s+{_UNITS}\s+(?P<dir>(?i:earlier|later|before|after|previously))\b(?!\s+(?i:than)\b)",
        _anchored,
    ),
    (
        "anchored:the-next",
        r"\b(?i:the\s+(?P<dir>following|next|previous|preceding|same)\s+"
        r"(?P<unit>day|morning|afternoon|evening|night|week(?:end)?|month|year))\b(?!\s+(?i:of)\b)",
        _anchored,
    ),  # fmt: skip
    (
        "anchored:the-day-before",
        r"\b(?i:the\s+(?P<unit>day|week|month|year)\s+(?P<dir>before|after))\b",
        _anchored,
    ),
    ("anchored:that", r"\b(?P<dir>(?i:that))\s+(?P<unit>(?i:day|week|month|year))\b", _anchored),
    (
        "anchored:weekday",
        rf"\b(?i:the)\s+(?P<dir>(?i:following|next|previous|preceding))\s+{_WD}",
        _anchored_weekday,
    ),
    ("relative:the-weekend", r"\b(?i:the\s+weekend)\b(?!\s+(?i:of|before|after)\b)", _the_weekend),
]


_TRIGGER_OF = {
    "absolute:iso": "iso",
    "absolute:year-range": "year",
    "absolute:decade": "year",
    "absolute:year": "year",
    "absolute:century": "century",
    "absolute:season-year": "season",
    "relative:season": "season",
    "relative:weekday": "weekday",
    "relative:today": "today",
    "relative:part-of-day": "part",
    "anchored:weekday": "weekday",
}


def _trigger(rule: str, regex: str) -> str:
    if rule in _TRIGGER_OF:
        return _TRIGGER_OF[rule]
    return "month" if "(?P<mon>" in regex else "unit"


PATTERNS: tuple[Pattern, ...] = tuple(
    Pattern(rule, re.compile(rx), fn, _trigger(rule, rx)) for rule, rx, fn in _SPECS
)
