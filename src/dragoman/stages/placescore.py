"""Choosing among a place name's gazetteer entries: the scores and the article's context.

The places stage (:mod:`dragoman.stages.places`) finds candidate names and their entries; this
module scores each entry (in log10-population units) with the reasons the module docstring of the
places stage lists (population, main name and feature class, context countries and provinces, the
dateline, an apposition), picks the best one and turns it into a :class:`~dragoman.schema.Place`.
"""

from __future__ import annotations

import math
from collections.abc import Collection, Iterable
from dataclasses import dataclass, field

from ..gazetteer import ALTERNATE_NAME, GazEntry, Gazetteer, is_derived, normalise_name
from ..schema import Place

__all__ = [
    "COUNTRY_CODES",
    "Options",
    "PlaceContext",
    "build_context",
    "choose_entry",
    "implied_country",
    "is_container",
    "is_inside",
    "make_place",
]

COUNTRY_CODES = frozenset({"PCLI", "PCLD", "PCLS", "PCLF", "PCL"})
_RESOLUTION = {"ADM1": 2, "ADM2": 3, "ADM3": 5, "ADM4": 5, "RGN": 2, "PEN": 2, "ISL": 2, "MTS": 2,
               "STM": 2, "LK": 2}  # fmt: skip
_COARSE = frozenset({"CONT", "SEA", "GULF", "STRT", "OCN", "CNL"})

#: score weights, in units of log10(population); the main-name and feature bonuses apply only when
#: the text is the entry's main name or a curated alias, not one of GeoNames' alternate names
W_MAIN_NAME = 1.0
W_FEATURE = {"PCLI": 3.0, "PPLC": 2.0, "ADM1": 0.5, "ISL": 1.0,
             "RGN": 3.0, "SEA": 3.0, "GULF": 3.0, "STRT": 3.0, "PEN": 3.0, "CNL": 3.0}  # fmt: skip
W_CONTEXT = 2.0  #: a context country; up to twice that for the article's dominant country
W_ADMIN1 = 2.0
#: the most added to :data:`W_ADMIN1` for the province the article names most (a tie-breaker)
W_ADMIN1_SHARE = 0.5
W_DATELINE = 3.5
W_SAME_AS_DATELINE = 4.0
W_APPOSITION = 10.0
#: the entry an apposition chose for the same name elsewhere in the article ("Paris, Missouri" ...
#: "of Paris"): one sense per article
W_SETTLED = 6.0
#: how far a name's best entry must lead other countries' to tell the article's country by itself
W_IMPLIED = 1.5


@dataclass
class PlaceContext:
    """What the article says about where it is: country weights, admin1 areas, the dateline."""

    countries: dict[str, float] = field(default_factory=dict)
    #: per name key, the countries its own mentions contributed (so a name never supports itself)
    own: dict[str, dict[str, float]] = field(default_factory=dict)
    #: (country, admin1) of the provinces named, with the name keys that named them
    admin1: dict[tuple[str, str], set[str]] = field(default_factory=dict)
    #: how often each (country, admin1) is implied, overall and per name key
    admin1_mentions: dict[tuple[str, str], float] = field(default_factory=dict)
    admin1_own: dict[str, dict[tuple[str, str], float]] = field(default_factory=dict)
    dateline: GazEntry | None = None
    #: per name key, the entry an apposition chose for it ("Paris, Missouri")
    settled: dict[str, int] = field(default_factory=dict)

    def weight(self, key: str, country: str) -> float:
        total = sum(self.countries.values()) - sum(self.own.get(key, {}).values())
        mine = self.countries.get(country, 0.0) - self.own.get(key, {}).get(country, 0.0)
        if mine <= 0 or total <= 0:
            return 0.0
        return W_CONTEXT * (1.0 + mine / total)

    def admin1_weight(self, key: str, area: tuple[str, str]) -> float:
        """:data:`W_ADMIN1`, plus up to :data:`W_ADMIN1_SHARE` by the province's share of the
        country's provinces the article names, when two or more (other names' mentions only):
        "Seminole County" is Florida's in an article naming Florida thrice and Georgia once."""
        own = self.admin1_own.get(key, {})
        others = {
            a: n - own.get(a, 0.0)
            for a, n in self.admin1_mentions.items()
            if n > own.get(a, 0.0) and a[0] == area[0]
        }
        if len(others) < 2 or area not in others:
            return W_ADMIN1  # one province of the country named: no tie to break
        return W_ADMIN1 + W_ADMIN1_SHARE * others[area] / sum(others.values())


Options = list[tuple[GazEntry, int]]


def build_context(
    names: Iterable[tuple[str, Options]],
    context_countries: Collection[str],
    dateline: Place | None,
    gazetteer: Gazetteer,
) -> PlaceContext:
    """The article's context from the countries its actors give and the place names it contains
    (each name with its gazetteer options)."""
    context = PlaceContext()
    for code in context_countries:
        context.countries[code.upper()] = context.countries.get(code.upper(), 0.0) + 1.0
    if dateline is not None and dateline.geonameid is not None:
        context.dateline = gazetteer.by_id(dateline.geonameid)
    for text, options in names:
        key = normalise_name(text)
        implied = implied_country(options)
        if implied is None:
            continue
        country, admin1 = implied
        context.countries[country] = context.countries.get(country, 0.0) + 1.0
        own = context.own.setdefault(key, {})
        own[country] = own.get(country, 0.0) + 1.0
        if admin1 is not None:
            context.admin1.setdefault((country, admin1), set()).add(key)
            context.admin1_mentions[country, admin1] = context.admin1_mentions.get((country, admin1), 0.0) + 1
            mine = context.admin1_own.setdefault(key, {})
            mine[country, admin1] = mine.get((country, admin1), 0.0) + 1.0
    return context


def implied_country(options: Options) -> tuple[str, str | None] | None:
    """The country (and province) a name pins down on its own: a country, a name whose entries all
    lie in one country, or one whose best entry leads every other country's by :data:`W_IMPLIED`;
    the province likewise, when the best entry is a province or leads the other provinces' entries
    in its country by as much ("Freestone County" -> Texas; "Louisville" -> Kentucky)."""
    key_free = PlaceContext()
    scores: dict[str, float] = {}
    areas: dict[str | None, float] = {}
    best: GazEntry | None = None
    scored = [(_score("", e, kind, key_free, None)[0], e) for e, kind in options if e.country_code]
    for score, entry in scored:
        if score > scores.get(entry.country_code, -1.0):
            scores[entry.country_code] = score
            if best is None or score > scores[best.country_code]:
                best = entry
    if best is None:
        return None
    runner_up = max((v for c, v in scores.items() if c != best.country_code), default=-1.0)
    if best.feature_code not in COUNTRY_CODES and scores[best.country_code] - runner_up < W_IMPLIED:
        return None
    if best.feature_code in COUNTRY_CODES or best.admin1 is None:
        return best.country_code, None
    for score, entry in scored:
        if entry.country_code == best.country_code and entry.admin1 != best.admin1:
            areas[entry.admin1] = max(areas.get(entry.admin1, -1.0), score)
    if (
        best.feature_code == "ADM1"
        or scores[best.country_code] - max(areas.values(), default=-1.0) >= W_IMPLIED
    ):
        return best.country_code, best.admin1
    return best.country_code, None


def is_container(entry: GazEntry, kind: int) -> bool:
    """A country or province named by its main name or a curated alias."""
    return kind != ALTERNATE_NAME and (entry.feature_code in COUNTRY_CODES or entry.feature_code == "ADM1")


# --- choosing -----------------------------------------------------------------------------------


def choose_entry(
    text: str, options: Options, context: PlaceContext, containers: list[GazEntry] | None
) -> tuple[GazEntry, str, float]:
    """The best entry, the rule that decided it and a confidence that grows with the margin.

    The rule is the strongest contextual reason when, without its reasons, the winner would have
    lost; otherwise "population" (size, feature class and main name decided) or "unique"."""
    key = normalise_name(text)
    scored = sorted(
        ((_score(key, e, kind, context, containers), i, e) for i, (e, kind) in enumerate(options)),
        key=lambda t: (-t[0][0], t[1]),
    )
    (best_score, reasons), _, best = scored[0]
    if len(scored) == 1:
        rule = max(reasons)[1] if reasons else "unique"
        return best, rule, 0.95 if options[0][1] != ALTERNATE_NAME else 0.8
    second_score = scored[1][0][0]
    needed = reasons and best_score - sum(weight for weight, _ in reasons) < second_score
    rule = max(reasons)[1] if needed else ""
    confidence = 0.5 + 0.45 * (1.0 - math.exp(-(best_score - second_score)))
    return best, rule or "population", confidence


def _score(
    key: str, entry: GazEntry, kind: int, context: PlaceContext, containers: list[GazEntry] | None
) -> tuple[float, list[tuple[float, str]]]:
    """A score in log10-population units, and the contextual reasons (weight, rule) inside it."""
    score = math.log10(entry.population + 10)
    if kind != ALTERNATE_NAME:
        score += W_MAIN_NAME + W_FEATURE.get(entry.feature_code, 0.0)
    elif normalise_name(entry.name).startswith(key + " "):  # a short form: "Santiago" (de Compostela)
        score += W_MAIN_NAME
    reasons: list[tuple[float, str]] = []
    if containers and any(is_inside(entry, c) for c in containers):
        reasons.append((W_APPOSITION, "apposition"))
    elif context.settled.get(key) == entry.geonameid:
        reasons.append((W_SETTLED, "apposition"))
    dateline = context.dateline
    if dateline is not None:
        if dateline.geonameid == entry.geonameid:
            reasons.append((W_SAME_AS_DATELINE, "dateline"))
        elif dateline.country_code and dateline.country_code == entry.country_code:
            reasons.append((W_DATELINE, "dateline"))
    if entry.country_code:
        weight = context.weight(key, entry.country_code)
        if weight:
            reasons.append((weight, "context-country"))
        admin1 = entry.admin1 if kind != ALTERNATE_NAME else None  # an alternate name is weak evidence
        if admin1 and context.admin1.get((entry.country_code, admin1), {key}) != {key}:
            reasons.append((context.admin1_weight(key, (entry.country_code, admin1)), "context-admin1"))
    score += sum(w for w, _ in reasons)
    return score, reasons


def is_inside(entry: GazEntry, container: GazEntry) -> bool:
    """The entry lies in the container (a country, or a province by its admin1 code)."""
    if entry.geonameid == container.geonameid or entry.country_code != container.country_code:
        return False
    return container.feature_code != "ADM1" or entry.admin1 == container.admin1


def _resolution(feature_code: str) -> int:
    if feature_code in COUNTRY_CODES or feature_code in _COARSE:
        return 1
    if feature_code.startswith("PPL"):
        return 4
    return _RESOLUTION.get(feature_code, 5)


def make_place(
    start: int, end: int, text: str, sentence: int, entry: GazEntry, rule: str, confidence: float
) -> Place:
    return Place(
        start=start,
        end=end,
        extracted_place=text,
        resolved_place=entry.name,
        geonameid=None if is_derived(entry) else entry.geonameid,
        lat=entry.lat,
        lon=entry.lon,
        country_code=entry.country_code or None,
        feature_code=entry.feature_code,
        resolution=_resolution(entry.feature_code),
        sentence=sentence,
        rule=rule,
        confidence=round(confidence, 3),
    )
