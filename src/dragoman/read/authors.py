"""Author lines of news text.

Three forms, kept simple:

- a byline at the top: ``By Jane Doe``, ``By Jane Doe and John Roe``, ``By JANE DOE, Reuters``
  (a list "A, B and C" is all names; otherwise what follows the first comma is the outlet);
- a closing line ``Jane Doe is a reporter at ...`` / ``Jane Doe and John Roe are correspondents ...``
  (the job nouns are ``author_roles`` in ``data/read_lexicon.yaml``);
- a credit line ``Reporting by Jane Doe in Nairobi; Additional reporting by ...; Editing by John Roe``
  (reporters and writers are authors; editors are not).

Every name must look like a person's name: two to five words, each starting with a capital (name
particles such as "de", "van", "bin" allowed). A closing line is at most 300 characters.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .language import lexicon

_BYLINE = re.compile(r"^\s*By:?\s+(?P<names>[^|\n]{2,120}?)\s*(?:\|.*)?$", re.IGNORECASE)
_CREDIT = re.compile(
    r"(?:Additional\s+)?(?:Reporting|Writing|Written|Compiled)(?:\s+and\s+writing)?\s+by\s+(?P<names>[^;)(\n]+)",
    re.IGNORECASE,
)
_NAME_PARTICLES = frozenset("de del der den van von bin bint al el la le da di du dos ibn".split())
_NAME_WORD = re.compile(r"^(?:[A-Z][\w'’.\-]*|[A-Z]\.)$")
_CLOSING_MAX_CHARS = 300
_SPLIT_NAMES = re.compile(r"\s*,\s*|\s+and\s+|\s*&\s*")


@lru_cache(maxsize=1)
def _closing_line() -> re.Pattern[str]:
    roles = "|".join(sorted((re.escape(str(r)) for r in lexicon()["author_roles"]), key=len, reverse=True))
    return re.compile(
        rf"^\s*(?P<names>[A-Z][^!?\n]{{1,120}}?)\s+(?:is|are)\s+(?:(?:an?|the)\s+)?"
        rf"(?:[\w\-’']+\s+){{0,4}}?(?:{roles})s?\b[^\n]*$"
    )


def is_person_name(text: str) -> bool:
    """Two to five words, each capitalised or a name particle, the first capitalised."""
    words = text.split()
    if not 2 <= len(words) <= 5 or not _NAME_WORD.match(words[0]):
        return False
    return all(_NAME_WORD.match(w) or w.lower() in _NAME_PARTICLES for w in words)


def _tidy(name: str) -> str:
    name = name.strip(" .,;:")
    if name.upper() == name:
        name = " ".join(w.capitalize() for w in name.split())
    return name


def byline_authors(line: str) -> tuple[str, ...]:
    """The names in a top byline (``By Jane Doe and John Roe, Reuters``), or ()."""
    match = _BYLINE.match(line)
    if match is None:
        return ()
    segments = [s.strip() for s in match.group("names").split(",")]
    if len(segments) > 1 and re.search(r"\s(?:and|&)\s", segments[-1]):
        raw = [n for s in segments for n in _SPLIT_NAMES.split(s)]
    else:
        raw = _SPLIT_NAMES.split(segments[0])
    names = [_tidy(n) for n in raw if n.strip()]
    if not names or not all(is_person_name(n) for n in names):
        return ()
    return tuple(names)


def closing_authors(line: str) -> tuple[str, ...]:
    """The names in a closing line ``Jane Doe is a reporter at ...``, or ()."""
    match = _closing_line().match(line) if len(line) <= _CLOSING_MAX_CHARS else None
    if match is None:
        return ()
    names = [_tidy(n) for n in _SPLIT_NAMES.split(match.group("names")) if n.strip()]
    if not names or not all(is_person_name(n) for n in names):
        return ()
    return tuple(names)


def credit_authors(line: str) -> tuple[str, ...]:
    """Reporters and writers named in ``Reporting by A in X; Editing by B``, or ()."""
    names: list[str] = []
    for match in _CREDIT.finditer(line):
        for raw in _SPLIT_NAMES.split(match.group("names")):
            name = _tidy(re.sub(r"\s+(?:in|from)\s+[A-Z].*$", "", raw.strip()))
            if name and is_person_name(name):
                names.append(name)
    return tuple(names)
