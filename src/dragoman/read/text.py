"""Plain text -> Article: header lines (dateline, title, byline), body, closing author lines.

The header is the first few non-empty lines, each one of:

- a dateline line: a date alone (``October 29, 2023 - 11:00am``, ``2024-03-12``) or a dateline
  with nothing after its dash (``LONDON, March 3 (Reuters) -``);
- a byline ``By Jane Doe`` (authors);
- a title: a short line (at most 20 words, 200 characters) not ending in ``.``, ``,``, ``;``, ``:``,
  ``?`` or ``!`` (an ellipsis is allowed: a question opening the body is as common as a question
  headline), not continued in lower case on the next line (hard-wrapped text),
  first in the text or after the dateline line, with body text after it (a Markdown ``# heading``
  is a title whatever its punctuation).

Header lines are metadata and are not part of ``Article.text``. The first body paragraph may open
with a dateline (``NAIROBI, Kenya, May 15 (AP) — Kenya's president ...``): its place and date are
taken and the body keeps the words after the dash. In the last two paragraphs, a closing line
``Jane Doe is a reporter at ...`` gives authors and is removed; a credit line ``Reporting by Jane
Doe; Editing by John Roe`` gives authors and stays in the text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date

from ..errors import InputError
from ..schema import Article, text_id
from .authors import byline_authors, closing_authors, credit_authors
from .dateline import is_date, match_dateline, parse_date
from .decode import EMPTY, normalise_newlines
from .language import guess_language

_HEADER_LINES = 5
_TITLE_MAX_WORDS = 20
_TITLE_MAX_CHARS = 200
_CLOSING_PARAGRAPHS = 2


@dataclass(frozen=True)
class Body:
    """What the text analysis found: the body text and the metadata taken out of it."""

    text: str
    title: str | None = None
    date: date | None = None
    place: str | None = None
    authors: tuple[str, ...] = field(default=())
    #: the news agency named in the dateline ("LIMA, March 12 (Reuters) -")
    agency: str | None = None


def analyse_text(raw: str, *, default_date: date | None, header: bool = True) -> Body:
    """Split ``raw`` into metadata and body text (see the module docstring).

    ``header=False`` skips the header lines (for HTML, whose title and byline are metadata).
    """
    lines = normalise_newlines(raw).strip().split("\n")
    found = Body(text="")
    start = 0
    if header:
        found, start = _header(lines, default_date=default_date)
    body = lines[start:]
    found = _opening_dateline(body, found, default_date=default_date)
    authors = list(found.authors)
    for index in _last_paragraphs(body):
        closing = closing_authors(body[index])
        if closing:
            authors.extend(closing)
            body[index] = ""
        else:
            authors.extend(credit_authors(body[index]))
    text = "\n".join(body).strip()
    return replace(found, text=text, authors=tuple(dict.fromkeys(authors)))


def _header(lines: list[str], *, default_date: date | None) -> tuple[Body, int]:
    found = Body(text="")
    dateline_seen = byline_seen = False
    index = examined = 0
    while index < len(lines) and examined < _HEADER_LINES:
        line = lines[index].strip()
        index += 1
        if not line:
            continue
        examined += 1
        if not dateline_seen and is_date(line):
            found = replace(found, date=parse_date(line, default_date=default_date))
            dateline_seen = True
            continue
        dateline = None if dateline_seen else match_dateline(line, default_date=default_date)
        if dateline is not None and dateline.end >= len(line):
            found = replace(found, date=dateline.date, place=dateline.place, agency=dateline.agency)
            dateline_seen = True
            continue
        names = () if byline_seen else byline_authors(line)
        if names:
            found = replace(found, authors=names)
            byline_seen = True
            continue
        if found.title is None and not byline_seen and dateline is None and _is_title(line, lines[index:]):
            found = replace(found, title=line.lstrip("#").strip())
            continue
        return found, index - 1
    return found, index


def _is_title(line: str, rest: list[str]) -> bool:
    if not any(r.strip() for r in rest):
        return False
    if line.startswith("#"):
        return True
    if rest[0][:1].islower():  # a hard-wrapped first sentence goes on
        return False
    bare = line.rstrip("\"'”’)]")
    if bare.endswith(("...", "…")):
        bare = bare.rstrip(".…") + "…"
    if not bare or bare[-1] in ".,;:?!" or len(line) > _TITLE_MAX_CHARS:
        return False
    return len(line.split()) <= _TITLE_MAX_WORDS


def _opening_dateline(body: list[str], found: Body, *, default_date: date | None) -> Body:
    """Take a dateline off the first body paragraph."""
    for index, line in enumerate(body):
        if not line.strip():
            continue
        dateline = match_dateline(line.lstrip(), default_date=default_date)
        if dateline is None:
            return found
        body[index] = line.lstrip()[dateline.end :]
        return replace(
            found,
            date=found.date if found.date is not None else dateline.date,
            place=found.place or dateline.place,
            agency=found.agency or dateline.agency,
        )
    return found


def _last_paragraphs(body: list[str]) -> list[int]:
    indexes = [i for i, line in enumerate(body) if line.strip()]
    return indexes[-_CLOSING_PARAGRAPHS:] if len(indexes) > 1 else []


def make_article(
    text: str,
    *,
    origin: str,
    default_date: date | None,
    id: str | None = None,
    title: str | None = None,
    day: date | None = None,
    url: str | None = None,
    source: str | None = None,
    authors: tuple[str, ...] = (),
    place: str | None = None,
    agency: str | None = None,
) -> Article:
    """An Article over ``text``, its language judged; ``default_date`` fills a missing date."""
    english = guess_language(text).english
    return Article(
        id=id if id is not None else text_id(text),
        text=text,
        title=title or None,
        date=day if day is not None else default_date,
        url=url or None,
        source=source or None,
        authors=authors,
        language="en" if english else None,
        dateline_place=place,
        dateline_source=agency,
        origin=origin,
    )


def read_text_article(raw: str, *, origin: str, default_date: date | None) -> Article:
    """One plain-text article: header, dateline, body and author lines (module docstring).

    ``Article.language`` is None when the text does not look English. Raises
    :class:`~dragoman.errors.InputError` when no body text is left.
    """
    if not raw.strip():
        raise InputError(origin, EMPTY)
    body = analyse_text(raw, default_date=default_date)
    if not re.search(r"[^\W\d_]", body.text):
        raise InputError(origin, "no body text")
    return make_article(
        body.text,
        origin=origin,
        default_date=default_date,
        title=body.title,
        day=body.date,
        authors=body.authors,
        place=body.place,
        source=body.agency,
        agency=body.agency,
    )
