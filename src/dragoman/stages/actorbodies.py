"""Bodies the registry does not know, read from their names: an association of no one country named
after a region or the world is a non-governmental organisation ("the Association of African Jurists",
"the Third World Water Forum": NGO, PLOVER's code for non-state international organisations), of the
sector of the members its name gives ("jurists": JUD); a helper of :mod:`~dragoman.stages.names`."""

from __future__ import annotations

from ..parsed import ParsedDoc
from ..registry import Registry, fold

__all__ = ["transnational_body"]

#: nouns of civil-society bodies (not "union", "organisation", "bank", "commission": as often a body
#: of governments, which the registry names)
_BODIES = frozenset(
    "association forum federation foundation institute society network alliance coalition league "
    "committee council congress movement".split()
)

#: words that make a body's reach wider than one country
_TRANSNATIONAL = frozenset(
    "international world global african arab asian european latin pan-african transnational".split()
)


def transnational_body(
    parsed: ParsedDoc, registry: Registry, start: int, end: int
) -> tuple[str, str | None] | None:
    """(NGO, sector or None) for an unknown organisation name over ``[start, end)`` that names a
    civil-society body and a reach beyond one country; None for any other name."""
    words = parsed.tokens[start:end]
    if not any(t.lemma.lower() in _BODIES and t.text[:1].isupper() for t in words):
        return None
    if not any(fold(t.text) in _TRANSNATIONAL and t.text[:1].isupper() for t in words):
        return None
    last = words[-1]
    forms = (fold(last.lemma), fold(last.text), fold(last.text).removesuffix("s"))
    noun = next((registry.sector_nouns[(f,)] for f in forms if (f,) in registry.sector_nouns), None)
    members = noun.sector if noun is not None and forms[-1] not in _BODIES else None
    return "NGO", members or None
