"""HTML page -> Article, through trafilatura (main text without navigation, footers or ads).

Title, date, authors, URL and site name come from the page's metadata. The body keeps
trafilatura's paragraphs, one a line; a first line repeating the title is dropped. A page whose
text has fewer than four words (a menu, a caption) has no article text. The body's first
paragraph goes through the dateline rule of :mod:`dragoman.read.text` (its date is used when the
metadata has none), and its last paragraphs through the closing author lines.
"""

from __future__ import annotations

import re
from datetime import date

import trafilatura

from ..errors import InputError
from ..schema import Article
from .dateline import parse_any_date
from .text import analyse_text, make_article

NO_TEXT = "no article text found in HTML"
#: fewer words than this is a menu or a caption left over by trafilatura's fallback extractors
MIN_WORDS = 4
_WORD = re.compile(r"[^\W\d_]{2,}")


def read_html_article(html: str, *, origin: str, default_date: date | None) -> Article:
    """The article of one HTML page; raises InputError when it holds no article text."""
    try:
        extracted = trafilatura.bare_extraction(
            html,
            with_metadata=True,
            favor_precision=True,
            include_comments=False,
            include_tables=False,
            date_extraction_params={"extensive_search": False, "original_date": True},
        )
    except (ValueError, TypeError, LookupError) as exc:  # trafilatura's parse failures
        raise InputError(origin, f"malformed HTML ({exc})") from exc
    raw_text = getattr(extracted, "text", None) if extracted is not None else None
    if not isinstance(raw_text, str) or len(_WORD.findall(raw_text)) < MIN_WORDS:
        raise InputError(origin, NO_TEXT)
    title = _str(extracted, "title")
    lines = raw_text.strip().split("\n")
    if title and len(lines) > 1 and lines[0].strip() == title.strip():
        lines = lines[1:]
    body = analyse_text("\n".join(lines), default_date=default_date, header=False)
    if len(_WORD.findall(body.text)) < MIN_WORDS:
        raise InputError(origin, NO_TEXT)
    meta_date = _str(extracted, "date")
    day = parse_any_date(meta_date, default_date=default_date) if meta_date else None
    authors = tuple(a.strip() for a in re.split(r";", _str(extracted, "author") or "") if a.strip())
    return make_article(
        body.text,
        origin=origin,
        default_date=default_date,
        title=title,
        day=day if day is not None else body.date,
        url=_str(extracted, "url"),
        source=_str(extracted, "sitename") or _str(extracted, "hostname") or body.agency,
        authors=tuple(dict.fromkeys(authors + body.authors)),
        place=body.place,
        agency=body.agency,
    )


def _str(extracted: object, name: str) -> str | None:
    value = getattr(extracted, name, None)
    return value.strip() or None if isinstance(value, str) else None
