"""Country names that meant another state in a period: "Congo" while the Democratic Republic of the
Congo was called Zaire (27 October 1971 to 17 May 1997) named the Republic of the Congo (Brazzaville),
and so did "Congolese".
A helper of :mod:`~dragoman.stages.actors`, applied to the registry's name matches on the article's date.

Source: Wikipedia, "Zaire" (the name's dates) and "Republic of the Congo".
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date

from ..parsed import ParsedDoc
from ..registry import NameMatch, Registry, fold, pieces

__all__ = ["ERA_NAMES", "era_names"]

#: folded name -> (the state it names today, the state it named, first day, day after the last)
ERA_NAMES: dict[tuple[str, ...], tuple[str, str, date, date]] = {
    ("congo",): ("COD", "COG", date(1971, 10, 27), date(1997, 5, 17)),
    ("congolese",): ("COD", "COG", date(1971, 10, 27), date(1997, 5, 17)),
}


def era_names(
    parsed: ParsedDoc, registry: Registry, matches: Sequence[NameMatch], on: date | None
) -> list[NameMatch]:
    """The matches, a name in :data:`ERA_NAMES` read on a date inside its period as the state it
    named then ("Congo" in 1985: COG)."""
    if on is None:
        return list(matches)
    out = []
    for match in matches:
        words = tuple(fold(p) for i in range(match.start, match.end) for p in pieces(parsed[i].text))
        era = ERA_NAMES.get(words)
        then = registry.by_code.get(era[1]) if era is not None and era[2] <= on < era[3] else None
        if era is not None and then is not None:
            refs = tuple(
                replace(r, key=then.key) if registry.entries[r.key].code == era[0] else r for r in match.refs
            )
            match = replace(match, refs=refs)
        out.append(match)
    return out
