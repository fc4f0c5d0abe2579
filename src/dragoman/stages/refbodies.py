"""Unnamed bodies that act with no owner: helpers of :mod:`~dragoman.stages.phrases`.

* A sector noun whose modifier is a plural kept as written ("rights group", "arms maker") is
  matched on the modifier's text, where the lemma ("right") would miss the table's row.
* A force of a region's states ("a regional peacekeeping force") is that region's organisation's
  (ECOWAS, the African Union, SADC: IGO in the registry): IGO, sector MIL. An "international"
  force keeps the registry's convention: no one's, no code (the place it goes says whose it is).
"""

from __future__ import annotations

from dataclasses import replace

from ..parsed import ParsedDoc
from ..registry import Registry, SectorNoun, fold
from .refs import Found

__all__ = ["as_body", "regional_force", "surface_noun"]

#: words that make a force a regional organisation's ("a regional peacekeeping force")
_REGIONAL_FORCE = frozenset({"regional"})
#: words of a force sent on a mission abroad ("peacekeeping", "intervention"), not a home command
_MISSIONS = frozenset(
    "peacekeeping peace-keeping peacekeepers peacekeeper intervention standby monitoring ceasefire".split()
)


def as_body(found: Found, code: str) -> Found:
    """The unnamed body ``found`` coded ``code`` (IGO: rule ``sector+igo``), no country taken from
    context."""
    rule = f"sector+{code.lower()}"
    entity = replace(found.ref.entity, code=code, rule=rule)
    ref = replace(found.ref, entity=entity, key=f"sector:{code}:{found.ref.entity.sector}")
    return replace(found, ref=ref, rule=rule, local=False)


def regional_force(parsed: ParsedDoc, lo: int, head: int, noun: SectorNoun) -> bool:
    """A military noun of a region's mission ("a regional peacekeeping force"; not "the regional
    army", a home command)."""
    words = {parsed[i].lower for i in range(lo, head + 1)}
    return noun.sector == "MIL" and bool(words & _REGIONAL_FORCE) and bool(words & _MISSIONS)


def surface_noun(
    parsed: ParsedDoc, registry: Registry, lo: int, head: int, start: int
) -> tuple[int, SectorNoun] | None:
    """A longer sector noun than the one found from ``start``, matched on its modifiers' written
    forms ("human rights group", not "group"): (start, noun), or None."""
    last = fold(parsed[head].lemma)
    for first in range(max(lo, head - 4), min(start, head)):
        words = tuple(fold(parsed[i].text) for i in range(first, head))
        noun = registry.sector_nouns.get((*words, last))
        if noun is not None:
            return first, noun
    return None
