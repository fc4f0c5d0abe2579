"""The places stage: place names in the parse, resolved to gazetteer (GeoNames) entries.

Candidates:

- the parser's GPE, LOC and FAC entities, a leading "the" and a trailing "'s" dropped, and
  "Paris, Texas" inside one entity split in two;
- a well-known place (a country, region, sea, or a place of 100,000 people or more) that the
  parser labelled otherwise: a whole ORG/NORP/... entity ("Aleppo" tagged NORP), the place name
  leading or ending an organisation's name ("Edmonton Police Service", "University of Toronto"),
  and a PERSON entity only in a place's position ("in Cairns", "Gainesville, Ga.");
- names the parser missed: capitalised multiword names the gazetteer knows ("Gaza Strip",
  "Strait of Hormuz"), lone well-known names, and a province or country after "<place>,".

Not places: demonyms ("Chilean", "Ethiopian" are NORP entities naming actors; the actors stage
handles them), a word of a person's name used alone later ("Georgia Stevens ... Georgia said"),
and a capital that is the subject of a speech verb ("Beijing said": a metonym for a government,
not where anything happened; kept with ``keep_metonyms=True``). Names without a gazetteer entry
are not returned: a place without coordinates is of no use downstream.

Each candidate's gazetteer entries are scored (in log10-population units); the best one wins:

- population, plus a bonus when the text is the entry's main name or a curated alias rather than
  one of GeoNames' many alternate names, and a feature-class bonus on main names (country, region,
  sea > capital > other city and province: "Georgia" alone is the country, "Washington" the capital);
- context: the countries the caller supplies (the actors stage), the countries named or implied
  unambiguously by the article's other place names (weighted by their share of the article), and
  the US states / provinces named in it; a name never supports itself;
- the dateline: its country, and the very entry when the dateline name recurs;
- an apposition: "Paris, Texas", "London, Ontario", "Santiago, Spain" restricts to the container.

``rule`` names the strongest contextual reason when the winner needed its reasons to win
("apposition", "dateline", "context-country", "context-admin1"), else "population" (or "unique"
for a name with one entry); ``confidence`` grows with the margin over the runner-up. Resolution:
1 country (also continents and seas), 2 province or region, 3 district, 4 city, 5 below.
"""

from __future__ import annotations

import math
from collections.abc import Collection, Iterable
from dataclasses import dataclass, field

from ..gazetteer import ALTERNATE_NAME, GazEntry, Gazetteer, normalise_name
from ..parsed import ParsedDoc
from ..schema import Place

PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
#: labels whose tokens the gazetteer scan never claims (they name people, groups, works, ...)
OTHER_LABELS = frozenset({"PERSON", "ORG", "NORP", "WORK_OF_ART", "EVENT", "PRODUCT", "LAW", "LANGUAGE"})
SPEECH_LEMMAS = frozenset(
    "say tell announce warn claim deny accuse insist urge condemn reject respond vow demand threaten "
    "state add confirm report call criticize criticise protest".split()
)
_CONNECTORS = frozenset({"of", "de", "del", "al", "el", "la", "and", "upon", "on"})
_COUNTRY_CODES = frozenset({"PCLI", "PCLD", "PCLS", "PCLF", "PCL"})
_RESOLUTION = {"ADM1": 2, "ADM2": 3, "ADM3": 5, "ADM4": 5, "RGN": 2, "PEN": 2, "ISL": 2}
_COARSE = frozenset({"CONT", "SEA", "GULF", "STRT", "OCN", "CNL"})

#: prepositions whose object, whatever the parser's label, is taken for a place when the gazetteer
#: knows it well ("fighting in Aleppo" with "Aleppo" tagged NORP)
LOCATIVE_PREPS = frozenset("in at from to near into across outside inside around toward towards".split())
#: "well known": a country, region or sea, or a place of at least this population; only such names
#: are taken from entities of other labels and from lone capitalised words
STRONG_POPULATION = 100_000

#: score weights, in units of log10(population); the main-name and feature bonuses apply only when
#: the text is the entry's main name or a curated alias, not one of GeoNames' alternate names
W_MAIN_NAME = 1.0
W_FEATURE = {"PCLI": 3.0, "PPLC": 2.0, "ADM1": 0.5, "ISL": 1.0,
             "RGN": 3.0, "SEA": 3.0, "GULF": 3.0, "STRT": 3.0, "PEN": 3.0, "CNL": 3.0}  # fmt: skip
W_CONTEXT = 2.0  #: a context country; up to twice that for the article's dominant country
W_ADMIN1 = 2.0
W_DATELINE = 3.5
W_SAME_AS_DATELINE = 4.0
W_APPOSITION = 10.0
#: how far a name's best entry must lead other countries' to tell the article's country by itself
W_IMPLIED = 1.5


@dataclass(frozen=True)
class _Candidate:
    start: int  #: character offsets
    end: int
    text: str
    sentence: int
    first: int  #: token range [first, last)
    last: int
    source: str  #: where it came from: "ner", "ner-org" (inside another entity) or "gazetteer"


@dataclass
class _Context:
    """What the article says about where it is: country weights, admin1 areas, the dateline."""

    countries: dict[str, float] = field(default_factory=dict)
    #: per name key, the countries its own mentions contributed (so a name never supports itself)
    own: dict[str, dict[str, float]] = field(default_factory=dict)
    #: (country, admin1) of the provinces named, with the name keys that named them
    admin1: dict[tuple[str, str], set[str]] = field(default_factory=dict)
    dateline: GazEntry | None = None

    def weight(self, key: str, country: str) -> float:
        total = sum(self.countries.values()) - sum(self.own.get(key, {}).values())
        mine = self.countries.get(country, 0.0) - self.own.get(key, {}).get(country, 0.0)
        if mine <= 0 or total <= 0:
            return 0.0
        return W_CONTEXT * (1.0 + mine / total)


Options = list[tuple[GazEntry, int]]


def find_places(
    parsed: ParsedDoc,
    *,
    gazetteer: Gazetteer,
    context_countries: Collection[str] = (),
    dateline_place: str | None = None,
    keep_metonyms: bool = False,
) -> list[Place]:
    """Every place name in ``parsed`` resolved to a gazetteer entry, in text order."""
    options = _candidates(parsed, gazetteer)
    if not keep_metonyms:
        options = {c: o for c, o in options.items() if not _is_metonym(parsed, c, o)}
    candidates = sorted(options, key=lambda c: c.start)
    dateline = None
    if dateline_place:
        dateline = resolve_place_name(
            dateline_place, gazetteer=gazetteer, context_countries=context_countries
        )
    context = _context(candidates, options, context_countries, dateline, gazetteer)
    containers = _appositions(parsed, candidates, options)
    places = []
    for cand in candidates:
        entry, rule, confidence = _choose(cand.text, options[cand], context, containers.get(cand))
        places.append(_place(cand.start, cand.end, cand.text, cand.sentence, entry, rule, confidence))
    return places


def resolve_place_name(
    name: str,
    *,
    gazetteer: Gazetteer,
    context_countries: Collection[str] = (),
    dateline_place: str | None = None,
) -> Place | None:
    """Resolve one name outside any text (a dateline): a :class:`Place` with ``start == end == -1``."""
    options = gazetteer.matches(name)
    if not options:
        return None
    context = _Context(countries={c.upper(): 1.0 for c in context_countries})
    if dateline_place:
        dateline = gazetteer.lookup(dateline_place)
        context.dateline = dateline[0] if dateline else None
    entry, rule, confidence = _choose(name, options, context, None)
    return _place(-1, -1, name.strip(), 0, entry, rule, confidence)


# --- candidates ---------------------------------------------------------------------------------


def _candidates(parsed: ParsedDoc, gazetteer: Gazetteer) -> dict[_Candidate, Options]:
    """Each candidate name with its gazetteer options (names the gazetteer lacks are left out)."""
    found: dict[_Candidate, Options] = {}
    for ent in parsed.ents:
        if ent.label in PLACE_LABELS:
            for cand in _split_entity(parsed, ent.start, ent.end):
                found[cand] = gazetteer.matches(cand.text)
        elif ent.label in OTHER_LABELS:
            hit = _place_in_entity(parsed, ent.start, ent.end, ent.label, gazetteer)
            if hit is not None:
                found[hit[0]] = hit[1]
    found = {c: o for c, o in found.items() if o}
    taken = {i for c in found for i in range(c.first, c.last)}
    found.update(_gazetteer_scan(parsed, gazetteer, taken))
    names = _person_names(parsed)
    return {
        c: o
        for c, o in found.items()
        if c.last - c.first > 1 or c.text not in names or _after_locative(parsed, c.first)
    }


def _person_names(parsed: ParsedDoc) -> set[str]:
    """The words of multiword PERSON names: "Georgia" after "Georgia Stevens" is her, not a place."""
    words: set[str] = set()
    for ent in parsed.ents:
        if ent.label == "PERSON" and ent.end - ent.start > 1:
            words.update(parsed[i].text for i in range(ent.start, ent.end))
    return words


def _split_entity(parsed: ParsedDoc, first: int, last: int) -> Iterable[_Candidate]:
    """Trim "the" and "'s"; split "Paris, Texas" at its commas."""
    parts: list[tuple[int, int]] = []
    begin = first
    for i in range(first, last):
        if parsed[i].text == ",":
            parts.append((begin, i))
            begin = i + 1
    parts.append((begin, last))
    for lo, hi in parts:
        while lo < hi and parsed[lo].lower in {"the", ","}:
            lo += 1
        while hi > lo and parsed[hi - 1].text in {"'s", "’s", "'", ","}:
            hi -= 1
        if lo < hi:
            yield _make(parsed, lo, hi, "ner")


def _place_in_entity(
    parsed: ParsedDoc, first: int, last: int, label: str, gazetteer: Gazetteer
) -> tuple[_Candidate, Options] | None:
    """A well-known place that the parser labelled otherwise: the whole entity ("Aleppo" as NORP,
    "EDMONTON" as ORG), or an organisation's leading place name ("Edmonton Police Service").
    A PERSON entity counts only in a place's position: after a locative preposition ("in Cairns")
    or before ", <province or country>" ("Gainesville, Ga.")."""
    parts = list(_split_entity(parsed, first, last))
    if len(parts) != 1:
        return None
    whole = parts[0]
    placed = _after_locative(parsed, whole.first) or _before_container(parsed, whole.last, gazetteer)
    if label == "PERSON" and not placed:
        return None
    options = gazetteer.matches(whole.text)
    if _strong(whole.text, options):
        return whole, options
    if label != "ORG":
        return None
    spans = [(whole.first, hi) for hi in range(min(whole.last - 1, whole.first + 3), whole.first, -1)]
    spans += [(i + 1, whole.last) for i in range(whole.first, whole.last - 1) if parsed[i].lower == "of"]
    for lo, hi in spans:  # "Edmonton Police Service", "University of Toronto"
        cand = _make(parsed, lo, hi, "ner-org")
        options = gazetteer.matches(cand.text)
        if _strong(cand.text, options):
            return cand, options
    return None


def _after_locative(parsed: ParsedDoc, first: int) -> bool:
    return first > 0 and parsed[first - 1].lower in LOCATIVE_PREPS


def _before_container(parsed: ParsedDoc, last: int, gazetteer: Gazetteer) -> bool:
    """The tokens after ``last`` are ", <province or country>"."""
    if last + 1 >= len(parsed) or parsed[last].text != ",":
        return False
    for hi in range(min(last + 4, len(parsed)), last + 1, -1):
        for entry, kind in gazetteer.matches(parsed.span_text(last + 1, hi)):
            if kind != ALTERNATE_NAME and (
                entry.feature_code == "ADM1" or entry.feature_code in _COUNTRY_CODES
            ):
                return True
    return False


def _strong(text: str, options: Options) -> bool:
    """The text is the main name (or a curated alias) of a country, region or sizeable place."""
    if text.isupper() and len(text) <= 3 or text.islower():
        return False
    for entry, kind in options:
        if kind != ALTERNATE_NAME and (
            entry.population >= STRONG_POPULATION or not entry.feature_code.startswith("PPL")
        ):
            return True
    return False


def _make(parsed: ParsedDoc, lo: int, hi: int, source: str) -> _Candidate:
    start, end = parsed[lo].idx, parsed[hi - 1].end
    return _Candidate(start, end, parsed.text[start:end], parsed[lo].sent, lo, hi, source)


def _gazetteer_scan(parsed: ParsedDoc, gazetteer: Gazetteer, taken: set[int]) -> dict[_Candidate, Options]:
    """Names the parser missed: capitalised multiword names ("Gaza Strip", "Strait of Hormuz"),
    single well-known names, and a province or country right after "<place>," ("Birmingham, Ala.")."""
    found: dict[_Candidate, Options] = {}
    n = len(parsed)
    i = 0
    while i < n:
        if not _name_token(parsed, i, taken):
            i += 1
            continue
        after_comma = i >= 2 and parsed[i - 1].text == "," and (i - 2) in taken
        for hi in range(min(i + 5, n), i, -1):
            if not _name_run(parsed, i, hi, taken):
                continue
            cand = _make(parsed, i, hi, "gazetteer")
            options = gazetteer.matches(cand.text)
            if _accept_scan(cand.text, options, after_comma, hi - i):
                found[cand] = options
                taken.update(range(i, hi))
                i = hi - 1
                break
        i += 1
    return found


def _name_run(parsed: ParsedDoc, lo: int, hi: int, taken: set[int]) -> bool:
    if not _name_token(parsed, hi - 1, taken) or parsed[lo].sent != parsed[hi - 1].sent:
        return False
    return all(_name_token(parsed, j, taken) or parsed[j].lower in _CONNECTORS for j in range(lo, hi))


def _name_token(parsed: ParsedDoc, i: int, taken: set[int]) -> bool:
    tok = parsed[i]
    if i in taken or tok.ent_type in OTHER_LABELS or not tok.text[:1].isupper():
        return False
    return tok.pos == "PROPN" or tok.tag in {"NNP", "NNPS"} or tok.text.endswith(".")


def _accept_scan(text: str, options: Options, after_comma: bool, length: int) -> bool:
    if not options:
        return False
    if after_comma and any(
        e.feature_code == "ADM1" or e.feature_code in _COUNTRY_CODES
        for e, k in options
        if k != ALTERNATE_NAME
    ):
        return True
    if length == 1 or text.endswith("."):
        return _strong(text, options)
    return any(
        kind != ALTERNATE_NAME and (entry.population >= 1000 or not entry.feature_code.startswith("PPL"))
        for entry, kind in options
    )


def _is_metonym(parsed: ParsedDoc, cand: _Candidate, options: Options) -> bool:
    entry, kind = options[0]
    if entry.feature_code != "PPLC" or kind == ALTERNATE_NAME:
        return False
    for i in range(cand.first, cand.last):
        tok = parsed[i]
        if tok.dep in {"nsubj", "nsubjpass"} and not cand.first <= tok.head < cand.last:
            return parsed[tok.head].lemma.lower() in SPEECH_LEMMAS
    return False


# --- context ------------------------------------------------------------------------------------


def _context(
    candidates: list[_Candidate],
    options: dict[_Candidate, Options],
    context_countries: Collection[str],
    dateline: Place | None,
    gazetteer: Gazetteer,
) -> _Context:
    context = _Context()
    for code in context_countries:
        context.countries[code.upper()] = context.countries.get(code.upper(), 0.0) + 1.0
    if dateline is not None and dateline.geonameid is not None:
        context.dateline = gazetteer.by_id(dateline.geonameid)
    for cand in candidates:
        key = normalise_name(cand.text)
        implied = _implied(options[cand])
        if implied is None:
            continue
        country, admin1 = implied
        context.countries[country] = context.countries.get(country, 0.0) + 1.0
        own = context.own.setdefault(key, {})
        own[country] = own.get(country, 0.0) + 1.0
        if admin1 is not None:
            context.admin1.setdefault((country, admin1), set()).add(key)
    return context


def _implied(options: Options) -> tuple[str, str | None] | None:
    """The country (and province) a name pins down on its own: a country, a name whose entries all
    lie in one country, or one whose best entry leads every other country's by :data:`W_IMPLIED`."""
    key_free = _Context()
    scores: dict[str, float] = {}
    best: GazEntry | None = None
    for entry, kind in options:
        if not entry.country_code:
            continue
        score = _score("", entry, kind, key_free, None)[0]
        if score > scores.get(entry.country_code, -1.0):
            scores[entry.country_code] = score
            if best is None or score > scores[best.country_code]:
                best = entry
    if best is None:
        return None
    runner_up = max((v for c, v in scores.items() if c != best.country_code), default=-1.0)
    if best.feature_code not in _COUNTRY_CODES and scores[best.country_code] - runner_up < W_IMPLIED:
        return None
    return best.country_code, best.admin1 if best.feature_code == "ADM1" else None


def _appositions(
    parsed: ParsedDoc, candidates: list[_Candidate], options: dict[_Candidate, Options]
) -> dict[_Candidate, list[GazEntry]]:
    """ "Paris, Texas": the containers the second name can be, for the first name."""
    out: dict[_Candidate, list[GazEntry]] = {}
    for left, right in zip(candidates, candidates[1:], strict=False):
        if right.first != left.last + 1 or parsed[left.last].text != ",":
            continue
        if any(_is_container(e, kind) for e, kind in options[left]):
            continue  # a list ("Russia, Turkey and Iran"), not a place and its container
        containers = [e for e, kind in options[right] if _is_container(e, kind)]
        if containers:
            out[left] = containers
    return out


def _is_container(entry: GazEntry, kind: int) -> bool:
    """A country or province named by its main name or a curated alias."""
    return kind != ALTERNATE_NAME and (entry.feature_code in _COUNTRY_CODES or entry.feature_code == "ADM1")


# --- choosing -----------------------------------------------------------------------------------


def _choose(
    text: str, options: Options, context: _Context, containers: list[GazEntry] | None
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
    key: str, entry: GazEntry, kind: int, context: _Context, containers: list[GazEntry] | None
) -> tuple[float, list[tuple[float, str]]]:
    """A score in log10-population units, and the contextual reasons (weight, rule) inside it."""
    score = math.log10(entry.population + 10)
    if kind != ALTERNATE_NAME:
        score += W_MAIN_NAME + W_FEATURE.get(entry.feature_code, 0.0)
    elif normalise_name(entry.name).startswith(key + " "):  # a short form: "Santiago" (de Compostela)
        score += W_MAIN_NAME
    reasons: list[tuple[float, str]] = []
    if containers and any(_inside(entry, c) for c in containers):
        reasons.append((W_APPOSITION, "apposition"))
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
        if (
            entry.admin1
            and entry.feature_code != "ADM1"
            and context.admin1.get((entry.country_code, entry.admin1), {key}) != {key}
        ):
            reasons.append((W_ADMIN1, "context-admin1"))
    score += sum(w for w, _ in reasons)
    return score, reasons


def _inside(entry: GazEntry, container: GazEntry) -> bool:
    if entry.geonameid == container.geonameid or entry.country_code != container.country_code:
        return False
    return container.feature_code != "ADM1" or entry.admin1 == container.admin1


def _resolution(feature_code: str) -> int:
    if feature_code in _COUNTRY_CODES or feature_code in _COARSE:
        return 1
    if feature_code.startswith("PPL"):
        return 4
    return _RESOLUTION.get(feature_code, 5)


def _place(
    start: int, end: int, text: str, sentence: int, entry: GazEntry, rule: str, confidence: float
) -> Place:
    return Place(
        start=start,
        end=end,
        extracted_place=text,
        resolved_place=entry.name,
        geonameid=entry.geonameid,
        lat=entry.lat,
        lon=entry.lon,
        country_code=entry.country_code or None,
        feature_code=entry.feature_code,
        resolution=_resolution(entry.feature_code),
        sentence=sentence,
        rule=rule,
        confidence=round(confidence, 3),
    )
