"""Capitals named for a namesake city: "Tripoli" in a story that names Lebanon and never Libya is
Lebanon's port, not Libya's government; "Tripoli" in a story datelined "TRIPOLI, Lebanon" likewise.
A helper of :mod:`~dragoman.stages.actors`; the namesakes come from ``seat_namesakes.tsv``."""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from importlib import resources

from ..parsed import ParsedDoc
from ..registry import NameMatch, Registry, fold, pieces

__all__ = ["seat_conflicts", "seat_namesakes"]


@lru_cache(maxsize=1)
def seat_namesakes() -> dict[tuple[tuple[str, ...], str], frozenset[str]]:
    """(folded seat name, its country) -> the countries of its namesake cities."""
    text = resources.files("dragoman").joinpath("data").joinpath("seat_namesakes.tsv").read_text("utf-8")
    out: dict[tuple[tuple[str, ...], str], set[str]] = {}
    rows = [line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#")]
    for seat, country, namesake in rows[1:]:
        out.setdefault((tuple(fold(p) for p in pieces(seat)), country), set()).add(namesake)
    return {key: frozenset(codes) for key, codes in out.items()}


def seat_conflicts(
    parsed: ParsedDoc, registry: Registry, matches: Sequence[NameMatch], dateline: str | None
) -> dict[int, str | None]:
    """Capital names, used as places, that name no government of theirs, by their last token, with the
    country of the city they name when known: in a story datelined in another country that the text
    names the capital's own nowhere else (that country when it has a namesake city: "TRIPOLI,
    Lebanon"), or, without a dateline, when the text names one country with a namesake city of that
    name and never the capital's own ("Tripoli ... the north Lebanese port")."""
    named: set[str] = set()
    seats: dict[int, tuple[str, tuple[str, ...]]] = {}
    for match in matches:
        for ref in match.refs:
            entry = registry.entries[ref.key]
            if entry.kind != "country" or entry.code is None:
                continue
            if ref.form == "seat" and _is_gpe(parsed, match.end - 1):
                words = tuple(fold(p) for i in range(match.start, match.end) for p in pieces(parsed[i].text))
                seats[match.end - 1] = (entry.code, words)
            else:
                named.add(entry.code)
    out: dict[int, str | None] = {}
    for last, (code, words) in seats.items():
        namesakes = seat_namesakes().get((words, code), frozenset())
        if code in named:
            continue
        if dateline is not None and code != dateline:
            out[last] = dateline if dateline in namesakes else None
        elif dateline is None and len(namesakes & named) == 1:
            out[last] = next(iter(namesakes & named))
    return out


def _is_gpe(parsed: ParsedDoc, head: int) -> bool:
    """A name the recogniser takes for a place ("a summit in Brussels", the EU's seat)."""
    return parsed[head].ent_type in ("GPE", "LOC")
