"""Calendar arithmetic and word lists for the time-expression stage.

The units a time expression resolves to (a day, an ISO week Monday..Sunday, a weekend, a month, a
year) as ``(date, enddate, precision)`` triples, the choice of a year for a date written without
one, and the word lists of ``data/times.yaml``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from importlib import resources
from typing import Any

import yaml

from ..errors import ModelError
from ..schema import Precision

Resolved = tuple[date | None, date | None, Precision]
Tense = str  #: "past", "present" or "future"

DAY, WEEK, MONTH, YEAR = Precision.DAY, Precision.WEEK, Precision.MONTH, Precision.YEAR
RANK = {DAY: 0, WEEK: 1, MONTH: 2, YEAR: 3}
UNIT_PRECISION = {
    "day": DAY, "morning": DAY, "afternoon": DAY, "evening": DAY, "night": DAY,
    "week": WEEK, "weekend": WEEK, "month": MONTH, "year": YEAR,
}  # fmt: skip


@dataclass(frozen=True)
class Lexicon:
    """The word lists of ``data/times.yaml``."""

    months: dict[str, int]
    month_abbreviations: dict[str, int]
    weekdays: dict[str, int]
    numbers: dict[str, int]
    ordinals: dict[str, int]
    seasons: dict[str, tuple[int, int]]
    parts_of_day: frozenset[str]
    future_auxiliaries: frozenset[str]
    future_heads: frozenset[str]
    reporting_verbs: frozenset[str]
    year_cues: frozenset[str]
    month_cues: frozenset[str]
    name_labels: frozenset[str]


@lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    """Read ``data/times.yaml`` (once per process)."""
    try:
        raw: dict[str, Any] = yaml.safe_load(
            resources.files("dragoman").joinpath("data/times.yaml").read_text(encoding="utf-8")
        )
        return Lexicon(
            months={str(k): int(v) for k, v in raw["months"].items()},
            month_abbreviations={str(k): int(v) for k, v in raw["month_abbreviations"].items()},
            weekdays={str(k): int(v) for k, v in raw["weekdays"].items()},
            numbers={str(k): int(v) for k, v in raw["numbers"].items()},
            ordinals={str(k): int(v) for k, v in raw["ordinals"].items()},
            seasons={str(k): (int(v[0]), int(v[1])) for k, v in raw["seasons"].items()},
            **{
                key: frozenset(str(w) for w in raw[key])
                for key in (
                    "parts_of_day",
                    "future_auxiliaries",
                    "future_heads",
                    "reporting_verbs",
                    "year_cues",
                    "month_cues",
                    "name_labels",
                )
            },  # fmt: skip
        )
    except (OSError, KeyError, TypeError, ValueError, yaml.YAMLError) as exc:
        raise ModelError(f"dragoman data file data/times.yaml cannot be read: {exc}") from exc


LEX = load_lexicon()


# ---------------------------------------------------------------- calendar arithmetic
def day_of(d: date) -> Resolved:
    return d, d, DAY


def week_of(d: date) -> Resolved:
    monday = d - timedelta(days=d.weekday())
    return monday, monday + timedelta(days=6), WEEK


def weekend_of(d: date) -> Resolved:
    monday = d - timedelta(days=d.weekday())
    return monday + timedelta(days=5), monday + timedelta(days=6), WEEK


def month_of(year: int, month: int, shift: int = 0) -> Resolved:
    index = year * 12 + month - 1 + shift
    year, month = divmod(index, 12)
    start = date(year, month + 1, 1)
    nxt = date(year + (month + 1) // 12, (month + 1) % 12 + 1, 1)
    return start, nxt - timedelta(days=1), MONTH


def year_of(year: int, last: int | None = None) -> Resolved:
    return date(year, 1, 1), date(last if last is not None else year, 12, 31), YEAR


def safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def pick(options: list[date], ref: date, tense: Tense) -> date:
    """The option the tense points to: the latest on or before ``ref`` (past), the earliest on or
    after it (future); in the present tense the coming one only when it is much nearer (news
    reports more past than future: "the 11 September attacks" read in March are last year's)."""
    past = [d for d in options if d <= ref]
    future = [d for d in options if d >= ref]
    if tense == "future" and future:
        return min(future)
    if not past:
        return min(future)
    if tense == "present" and future and (min(future) - ref).days * 2 < (ref - max(past)).days:
        return min(future)
    return max(past)


def month_day_in_context(month: int, day: int, ctx: Context, weekday: int | None = None) -> date | None:
    """A day of a month without a year, placed in the year the tense points to; a weekday written
    with it ("Sunday, 27 February") picks the nearby year in which the date falls on that day."""
    if ctx.ref is None:
        return None
    options = [d for y in (-1, 0, 1) if (d := safe_date(ctx.ref.year + y, month, day)) is not None]
    matching = [d for d in options if d.weekday() == weekday]
    if weekday is not None and len(matching) == 1:
        return matching[0]
    return pick(options, ctx.ref, ctx.tense) if options else None


def month_in_context(month: int, ctx: Context, rel: str) -> Resolved | None:
    if ctx.ref is None:
        return None
    this = date(ctx.ref.year, month, 1)
    now = date(ctx.ref.year, ctx.ref.month, 1)
    options = [date(ctx.ref.year + y, month, 1) for y in (-1, 0, 1)]
    if rel in ("last", "past"):
        start = max(d for d in options if d < now)
    elif rel in ("next", "coming"):
        start = min(d for d in options if d > now)
    elif rel == "this":
        start = this
    else:
        start = pick(options, now, ctx.tense)
    return month_of(start.year, start.month)


# ---------------------------------------------------------------- resolution context
@dataclass(frozen=True)
class Context:
    """What a resolver may use besides the match: the reference date, the tense, an anchor."""

    ref: date | None
    tense: Tense = "past"
    anchor: Resolved | None = None
