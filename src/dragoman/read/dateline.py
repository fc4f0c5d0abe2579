"""Datelines, date strings and author lines of news text.

Accepted date forms (the whole string, with an optional weekday, "Published:"-like label, time and
time zone): ISO ``2024-03-12`` (or a datetime ``2024-03-12T09:00:00Z``), ``March 12, 2024``,
``Mar. 12 2024``, ``12 March 2024``, ``Tuesday 12 March 2024``, ``12th of March``. Numeric forms
such as ``12/03/2024`` are ambiguous (day or month first) and are not dates here. A date without a
year takes the year of ``default_date`` (the year before when that would put it more than six months
after ``default_date``); without ``default_date`` it stays unknown.

A dateline is ``PLACE[, Region][, date] [(Agency)] -`` at the start of a paragraph
(``NAIROBI, Kenya, May 15 (AP) — ...``, ``LONDON, March 3 (Reuters) -``, ``WASHINGTON — ...``,
``Paris (AFP) - ...``), or a line holding only a date.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import lru_cache

from .language import lexicon

_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
_MONTH = (
    r"(?P<month>Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|June?|July?"
    r"|Aug(?:ust|\.)?|Sep(?:tember|t\.?|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)"
)
_WEEKDAY = r"(?:(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs?)?|Fri|Sat(?:ur)?|Sun)(?:day|\.)?,?\s+)"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
_DATE_CORE = (
    rf"(?:{_WEEKDAY}?(?:{_MONTH}\s+{_DAY}(?:,?\s+{_YEAR})?"
    rf"|{_DAY.replace('day>', 'day2>')}\s+(?:of\s+)?{_MONTH.replace('month>', 'month2>')}(?:,?\s+"
    rf"{_YEAR.replace('year>', 'year2>')})?)"
    r"|(?P<iso>(?:19|20)\d\d-[01]\d-[0-3]\d))"
)
_TIME = (
    r"(?:\d{1,2}(?:[:.]\d\d){1,2}\s*(?:[ap]\.?m\.?)?|\d{1,2}\s*[ap]\.?m\.?)"
    r"(?:\s*\(?(?:(?-i:[A-Z]{2,5})|UTC|GMT)(?:\s*[+-]\s*\d{1,2}(?::?\d\d)?)?\)?)?"
)
_LABEL = r"(?:(?:Published|Updated|Posted|Last updated|First published|Date)\s*:?\s*(?:on\s+)?)"
_DATE_LINE = re.compile(
    rf"^\s*{_LABEL}?{_DATE_CORE}"
    rf"(?:T\d\d:\d\d(?::\d\d(?:\.\d+)?)?(?:Z|[+-]\d\d:?\d\d)?)?"
    rf"(?:\s*[,|/@•·–—-]?\s*(?:at\s+)?{_TIME})?\s*[.,;:|–—-]?\s*$",
    re.IGNORECASE,
)

_CAPS_WORD = r"[A-Z][A-Z'’.\-]*[A-Z.]"
_TITLE_WORD = r"[A-Z][A-Za-z'’.\-]*"
_DASH = r"(?:\s+-{1,2}|\s*[–—]+|\s*:)"
_DATELINE = re.compile(
    rf"^(?P<place>{_CAPS_WORD}(?:\s+{_CAPS_WORD})*|{_TITLE_WORD}(?:\s+{_TITLE_WORD}){{0,2}})"
    rf"(?P<region>(?:,\s*{_TITLE_WORD}(?:\s+{_TITLE_WORD}){{0,2}}){{0,2}}?)"
    rf"(?:,\s*(?P<date>{_DATE_CORE.replace('?P<', '?P<d_')}))?"
    r"(?:\s*\((?P<agency>[^()\n]{1,40})\))?"
    rf"(?:(?P<dash>{_DASH})\s*|\s+|$)"
)
_CALENDAR_WORDS = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday today yesterday tomorrow "
    "january february march april may june july august september october november december".split()
)
_SMALL_WORDS = frozenset("de da do dos das del la le les du des au aux of upon on es en y el al di".split())


@dataclass(frozen=True)
class Dateline:
    """A dateline found at the start of a paragraph; ``end`` is where the body text begins."""

    text: str
    place: str | None
    date: date | None
    agency: str | None
    end: int


def is_date(text: str) -> bool:
    """Whether the whole of ``text`` has the form of a date (its value may still be unknown)."""
    return _DATE_LINE.match(text) is not None


def parse_date(text: str, *, default_date: date | None) -> date | None:
    """The date ``text`` holds when the whole string is a date (forms in the module docstring)."""
    match = _DATE_LINE.match(text)
    if match is None:
        return None
    return _date_from(match, default_date=default_date, prefix="")


def _date_from(match: re.Match[str], *, default_date: date | None, prefix: str) -> date | None:
    groups = {k[len(prefix) :]: v for k, v in match.groupdict().items() if k.startswith(prefix) and v}
    if "iso" in groups:
        try:
            return date.fromisoformat(groups["iso"])
        except ValueError:
            return None
    month_name = groups.get("month") or groups.get("month2")
    day = groups.get("day") or groups.get("day2")
    year = groups.get("year") or groups.get("year2")
    if month_name is None or day is None:
        return None
    month = _MONTHS[month_name.lower()[:3]]
    return _make_date(int(year) if year else None, month, int(day), default_date=default_date)


def _make_date(year: int | None, month: int, day: int, *, default_date: date | None) -> date | None:
    if year is None:
        if default_date is None:
            return None
        year = default_date.year
        if _valid(year, month, day) and date(year, month, day) > default_date + timedelta(days=183):
            year -= 1
    return date(year, month, day) if _valid(year, month, day) else None


def _valid(year: int, month: int, day: int) -> bool:
    try:
        date(year, month, day)
    except ValueError:
        return False
    return True


def parse_any_date(value: str, *, default_date: date | None) -> date | None:
    """A record's date: the forms of :func:`parse_date`, ISO datetimes, else dateparser's reading."""
    value = value.strip()
    if not value:
        return None
    found = parse_date(value, default_date=default_date)
    if found is not None:
        return found
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00")).date()
    except ValueError:
        pass
    import dateparser  # slow to import; only records with unusual date forms need it

    settings = {
        "PREFER_DAY_OF_MONTH": "first",
        "REQUIRE_PARTS": ["day", "month", "year"],
        "PARSERS": ["custom-formats", "absolute-time"],  # no "yesterday" read against today
    }
    parsed = dateparser.parse(value, languages=["en"], settings=settings)
    return parsed.date() if parsed is not None else None


def match_dateline(paragraph: str, *, default_date: date | None) -> Dateline | None:
    """The dateline opening ``paragraph``, or None.

    A place alone needs a dash after it (not a colon: ``NATO: ...``) and must be in capitals
    (``WASHINGTON — ...``); a place in title case needs a date or an agency (``Paris (AFP) - ...``).
    """
    match = _DATELINE.match(paragraph)
    if match is None:
        return None
    place = match.group("place")
    has_date = match.group("date") is not None
    agency = match.group("agency")
    dash = match.group("dash") or ""
    if not (has_date or agency or dash.strip() not in ("", ":")):
        return None
    capitals = place.upper() == place
    if not capitals and not (has_date or agency):
        return None
    if capitals and (len(re.sub(r"[^A-Z]", "", place)) < 3 or _not_place(place)):
        return None
    if match.end() < len(paragraph) and not match.group("dash"):
        return None
    if place.lower().rstrip(".") in _CALENDAR_WORDS:
        return None
    found = _date_from(match, default_date=default_date, prefix="d_") if has_date else None
    region = (match.group("region") or "").strip(" ,")
    return Dateline(
        text=paragraph[: match.end()].strip(),
        place=place_name(place) + (f", {region}" if region else ""),
        date=found,
        agency=agency.strip() if agency else None,
        end=match.end(),
    )


def _not_place(place: str) -> bool:
    return any(word in _labels() for word in place.split())


@lru_cache(maxsize=1)
def _labels() -> frozenset[str]:
    return frozenset(str(w).upper() for w in lexicon()["not_places"])


def _capitalise(word: str) -> str:
    """``"n'djamena"`` -> ``"N'Djamena"``: a one-letter elision keeps the next letter a capital."""
    head, mark, tail = word.partition("'")
    if mark and len(head) == 1:
        return head.upper() + mark + tail.capitalize()
    return word.capitalize()


def place_name(raw: str) -> str:
    """``"NEW YORK"`` -> ``"New York"``, ``"DAR ES SALAAM"`` -> ``"Dar es Salaam"``."""
    if raw.upper() != raw:
        return raw.strip()
    words = []
    for i, word in enumerate(raw.split()):
        parts = [_capitalise(p) for p in word.lower().split("-")]
        if i > 0 and word.lower() in _SMALL_WORDS:
            parts = [word.lower()]
        elif len(parts) > 1:
            parts = [parts[0]] + [p.lower() if p.lower() in _SMALL_WORDS else p for p in parts[1:]]
        words.append("-".join(parts))
    return " ".join(words)
