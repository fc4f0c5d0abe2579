"""Misspelt names: the registry entry a name that is not in the registry most likely misspells.

Two measures, chosen so that different people stay apart:

* names of two words or more, and country names and demonyms, are compared whole with rapidfuzz's
  ``ratio`` against the registry's names (cutoff 90 of 100: "Volodymir Zelenskyy", "Ethopia"); a
  one-word country name or demonym may also have two neighbouring letters swapped ("Isreali");
* a single word is a surname: it matches a registry person's surname (the last word of the name or of
  an alias, or a one-word alias) at optimal-string-alignment distance 1 (one letter added, dropped,
  changed, or two neighbours swapped: "Erdgoan", "Macorn", "Zelenksy", "Netanyhau") when both words
  have six letters or more and the same first letter; when several people fit, the one in office on
  the article's date wins, else none; a word that is the surname with an "s" added ("Richards" for
  "Richard") is another surname, and a given name ("Michael" for "Michel") none.

:func:`close_words` is the same surname test, used by coreference between an article's own names.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from rapidfuzz import fuzz, process
from rapidfuzz.distance import OSA

if TYPE_CHECKING:
    from .registry import AliasRef, Registry, RegistryHit

__all__ = ["close_words", "misspelt_name", "misspelt_surname"]

#: shortest surname compared (shorter words are too often other words at distance one)
MIN_SURNAME = 6


def close_words(a: str, b: str) -> bool:
    """Whether folded words ``a`` and ``b`` differ by one edit (or are equal), surname-length."""
    if a == b:
        return True
    if min(len(a), len(b)) < MIN_SURNAME or a[:1] != b[:1]:
        return False
    return OSA.distance(a, b, score_cutoff=1) <= 1


def misspelt_name(
    registry: Registry, name: str, *, on: date | None, countries: bool = False, cutoff: float = 90.0
) -> RegistryHit | None:
    """The entry whose name ``name`` misspells: people, organisations and groups of two words or
    more ("Volodymir Zelenskyy"), or with ``countries`` a country's name or demonym ("Ethopia")."""
    from dataclasses import replace

    from .registry import fold, pieces

    key = " ".join(fold(p) for p in pieces(name))
    if len(key) < (6 if countries else 8) or (" " not in key and not countries):
        return None
    which = "countries" if countries else "names"
    table = _table(registry, which)
    best = _best_name(registry, key, which, cutoff)
    if best is None:
        return None
    hit = registry.resolve(table[best[0]][0], on=on)
    return replace(hit, rule="registry:fuzzy", confidence=round(hit.confidence * best[1] / 100 * 0.9, 3))


def _best_name(registry: Registry, key: str, which: str, cutoff: float) -> tuple[str, float] | None:
    """The name of table ``which`` that ``key`` misspells, with its score; remembered per registry."""
    memo = registry.fuzzy_best
    if (key, which, cutoff) in memo:
        return memo[key, which, cutoff]
    table = _table(registry, which)
    best = process.extractOne(key, list(table), scorer=fuzz.ratio, score_cutoff=cutoff)
    if best is None and which == "countries" and " " not in key:
        best = _swapped(key, table)  # "Isreali": two neighbours swapped
    if len(memo) >= 100_000:
        memo.clear()
    memo[key, which, cutoff] = found = None if best is None else (best[0], best[1])
    return found


def _swapped(key: str, table: dict[str, list[AliasRef]]) -> tuple[str, float, int] | None:
    """The one-word country name or demonym that ``key`` spells with two neighbouring letters swapped
    ("Isreali", "Pakistnai"), its first letter kept; the ratio measure scores a swap too low."""
    fits = [
        name
        for name in table
        if " " not in name
        and name[:1] == key[:1]
        and len(name) == len(key)
        and OSA.distance(key, name, score_cutoff=1) <= 1
        and sorted(name) == sorted(key)
    ]
    return (fits[0], 90.0, 0) if len(fits) == 1 else None


def misspelt_surname(registry: Registry, word: str, *, on: date | None) -> RegistryHit | None:
    """The registry person whose surname the single word ``word`` misspells, if exactly one fits."""
    from dataclasses import replace

    from .registry import fold, pieces

    parts = pieces(word)
    if len(parts) != 1 or len(parts[0]) < MIN_SURNAME or not parts[0][:1].isupper():
        return None
    folded = fold(parts[0])
    table = _table(registry, "surnames")
    if folded in table or folded in registry.given_names:
        return None  # a correctly spelt surname (the registry's own lookup resolves it), or a given name
    hits = [registry.resolve(ref, on=on) for ref in _close_surnames(registry, folded)]
    if len(hits) > 1:
        hits = [h for h in hits if h.rule == "registry:person"]
    if len(hits) != 1:
        return None
    return replace(hits[0], rule="registry:fuzzy", confidence=round(hits[0].confidence * 0.8, 3))


def _close_surnames(registry: Registry, folded: str) -> list[AliasRef]:
    """The people one edit from the surname ``folded``, each once; remembered per registry."""
    memo = registry.fuzzy_names.setdefault("close surnames", {})
    if folded in memo:
        return memo[folded]
    size = len(folded)
    people = {
        r.key: r
        for s, refs in _initial_table(registry, folded[:1]).items()
        if abs(len(s) - size) <= 1  # what one edit can reach, checked cheaply first
        and close_words(folded, s)
        and folded != s + "s"
        for r in refs
    }  # "Richards" is another surname (or a plural), not a misspelt "Richard"
    if len(memo) >= 100_000:
        memo.clear()
    memo[folded] = found = list(people.values())
    return found


def _initial_table(registry: Registry, initial: str) -> dict[str, list[AliasRef]]:
    """The ``surnames`` table's entries that start with ``initial``, in its order; built once."""
    key = f"surnames:{initial}"
    part = registry.fuzzy_names.get(key)
    if part is None:
        part = {s: refs for s, refs in _table(registry, "surnames").items() if s[:1] == initial}
        registry.fuzzy_names[key] = part
    return part


def _table(registry: Registry, which: str) -> dict[str, list[AliasRef]]:
    """Folded names -> aliases: ``names`` (non-country names of two words or more), ``countries``
    (country names and demonyms) or ``surnames`` (people's last words and one-word aliases)."""
    table = registry.fuzzy_names.setdefault(which, {})
    if table:
        return table
    for words, refs in registry.names.items():
        if which == "countries":
            keep = [r for r in refs if r.key.startswith("country:") and r.form != "seat"]
        elif which == "names":
            keep = [r for r in refs if r.form == "name" and not r.key.startswith("country:")]
            keep = keep if len(words) >= 2 else []
        else:
            keep = [r for r in refs if r.key.startswith("person:")]
            words = words[-1:]
        for ref in keep:
            refs_at = table.setdefault(" ".join(words), [])
            if ref not in refs_at:
                refs_at.append(ref)
    return table
