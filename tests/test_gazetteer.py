"""The gazetteer index: build once, open fast, look names up case- and accent-insensitively."""

from __future__ import annotations

import os
import pickle
from pathlib import Path

import pytest

import dragoman.gazetteer as gazetteer_module
from dragoman.errors import ModelError
from dragoman.gazetteer import (
    ALIAS,
    ALTERNATE_NAME,
    INDEX_VERSION,
    MAIN_NAME,
    PROVINCE_ID_BASE,
    GazEntry,
    Gazetteer,
    _county_point,
    is_derived,
    normalise_name,
)


@pytest.fixture(scope="session")
def gazetteer(tmp_path_factory: pytest.TempPathFactory) -> Gazetteer:
    """One index per test session, built in a temporary cache directory (shared with test_places)."""
    return Gazetteer.load(tmp_path_factory.getbasetemp() / "gazetteer-cache")


def _top(gazetteer: Gazetteer, name: str) -> GazEntry:
    entries = gazetteer.lookup(name)
    assert entries, name
    return entries[0]


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("Bogotá", "bogota"),
        ("  BOGOTA ", "bogota"),
        ("The Côte d'Ivoire", "cote divoire"),
        ("Nagorno-Karabakh", "nagorno karabakh"),
        ("St. Louis", "st louis"),
        ("Ala.", "ala."),
        ("U.S.", "us."),
        ("São Paulo", "sao paulo"),
        ("Theodore", "theodore"),
    ],
)
def test_normalise_name(name: str, key: str) -> None:
    assert normalise_name(name) == key


def test_index_is_built_once_in_a_versioned_file(gazetteer: Gazetteer) -> None:
    assert gazetteer.path.name == f"gazetteer-v{INDEX_VERSION}.sqlite3"
    before = os.stat(gazetteer.path).st_mtime_ns
    again = Gazetteer.load(gazetteer.path.parent)
    assert again.path == gazetteer.path
    assert os.stat(gazetteer.path).st_mtime_ns == before
    assert not list(gazetteer.path.parent.glob("*.tmp"))


def test_a_new_version_replaces_older_indexes(
    gazetteer: Gazetteer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    built: list[Path] = []

    def copy_index(path: Path) -> None:  # building again would take seconds: copy the session's index
        built.append(path)
        path.write_bytes(gazetteer.path.read_bytes())

    monkeypatch.setattr(gazetteer_module, "build_index", copy_index)
    old = tmp_path / f"gazetteer-v{INDEX_VERSION - 1}.sqlite3"
    old.write_bytes(b"an older index")
    assert Gazetteer.load(tmp_path).lookup("Nairobi")
    assert built == [tmp_path / gazetteer.path.name]
    assert sorted(p.name for p in tmp_path.iterdir()) == [gazetteer.path.name]
    Gazetteer.load(tmp_path)
    assert len(built) == 1


def test_lookup_folds_case_and_accents(gazetteer: Gazetteer) -> None:
    with_accent = _top(gazetteer, "Bogotá")
    assert with_accent == _top(gazetteer, "bogota") == _top(gazetteer, "BOGOTA")
    assert with_accent.country_code == "COL"
    assert with_accent.feature_code == "PPLC"
    assert abs(with_accent.lat - 4.6) < 0.2 and abs(with_accent.lon + 74.1) < 0.2


def test_alternate_spellings_reach_the_same_place(gazetteer: Gazetteer) -> None:
    assert _top(gazetteer, "Kiev").geonameid == _top(gazetteer, "Kyiv").geonameid
    assert _top(gazetteer, "Kyiv").country_code == "UKR"


def test_lookup_orders_by_population_and_keeps_homonyms(gazetteer: Gazetteer) -> None:
    entries = gazetteer.lookup("Tripoli")
    countries = [e.country_code for e in entries]
    assert countries[0] == "LBY" and "LBN" in countries
    populations = [e.population for e in entries]
    assert populations == sorted(populations, reverse=True)


def test_matches_tell_main_names_from_alternate_names(gazetteer: Gazetteer) -> None:
    kinds = {e.country_code: kind for e, kind in gazetteer.matches("Paris") if e.feature_code == "PPLC"}
    assert kinds == {"FRA": MAIN_NAME}
    britain = [kind for e, kind in gazetteer.matches("Britain") if e.feature_code == "PCLI"]
    assert britain == [ALIAS]
    assert any(kind == ALTERNATE_NAME for _, kind in gazetteer.matches("Londres"))


def test_unknown_and_empty_names(gazetteer: Gazetteer) -> None:
    assert gazetteer.lookup("Qwzxplatz Vorbnik") == []
    assert gazetteer.lookup("  ") == []


def test_country_records(gazetteer: Gazetteer) -> None:
    france = gazetteer.country("FRA")
    assert france is not None
    assert (france.name, france.feature_code, france.country_code) == ("France", "PCLI", "FRA")
    assert abs(france.lat - 46) < 1 and abs(france.lon - 2) < 1
    assert gazetteer.country("fra") == france
    kosovo = gazetteer.country("KOS")
    assert kosovo is not None and kosovo.name == "Kosovo"
    assert gazetteer.country("XKX") is None
    assert gazetteer.country("ZZZ") is None


def test_every_country_has_a_point(gazetteer: Gazetteer) -> None:
    for code in ("USA", "GBR", "RUS", "CHN", "BRA", "NGA", "PSE", "SSD", "ARG"):
        entry = gazetteer.country(code)
        assert entry is not None, code
        assert -90 <= entry.lat <= 90 and -180 <= entry.lon <= 180
    usa = gazetteer.country("USA")
    assert usa is not None and 30 < usa.lat < 45 and -110 < usa.lon < -85


def test_country_aliases(gazetteer: Gazetteer) -> None:
    for alias, code in [("UK", "GBR"), ("U.S.", "USA"), ("Burma", "MMR"), ("Ivory Coast", "CIV")]:
        assert any(e.country_code == code and e.feature_code == "PCLI" for e in gazetteer.lookup(alias)), (
            alias
        )


@pytest.mark.parametrize(
    ("name", "code", "country"),
    [
        ("West Bank", "RGN", "PSE"),
        ("Gaza Strip", "RGN", "PSE"),
        ("Crimea", "ADM1", "UKR"),
        ("Donbas", "RGN", "UKR"),
        ("Nagorno-Karabakh", "RGN", "AZE"),
        ("Golan Heights", "RGN", "SYR"),
        ("Tigray", "ADM1", "ETH"),
        ("Red Sea", "SEA", ""),
        ("South China Sea", "SEA", ""),
        ("Persian Gulf", "GULF", ""),
        ("Taiwan Strait", "STRT", ""),
        ("Khyber Pakhtunkhwa", "ADM1", "PAK"),
        ("North Kivu", "ADM1", "COD"),
    ],
)
def test_supplementary_regions_and_features(gazetteer: Gazetteer, name: str, code: str, country: str) -> None:
    entry = next(e for e in gazetteer.lookup(name) if e.feature_code == code)
    assert (entry.name, entry.country_code) == (name, country)


def test_us_states_are_provinces_with_points_and_abbreviations(gazetteer: Gazetteer) -> None:
    texas = next(e for e in gazetteer.lookup("Texas") if e.feature_code == "ADM1")
    assert (texas.country_code, texas.admin1) == ("USA", "TX")
    assert 27 < texas.lat < 35 and -104 < texas.lon < -95
    assert gazetteer.admin1("USA", "TX") == texas
    alabama = _top(gazetteer, "Ala.")
    assert (alabama.name, alabama.feature_code) == ("Alabama", "ADM1")
    assert all(e.feature_code != "ADM1" for e in gazetteer.lookup("Man"))  # "Man." is Manitoba


def test_capitals_are_marked(gazetteer: Gazetteer) -> None:
    codes = {e.country_code: e.feature_code for e in gazetteer.lookup("Tripoli")}
    assert codes["LBY"] == "PPLC" and codes["LBN"] == "PPL"
    assert _top(gazetteer, "Addis Ababa").feature_code == "PPLC"


def test_by_id(gazetteer: Gazetteer) -> None:
    paris = _top(gazetteer, "Paris")
    assert gazetteer.by_id(paris.geonameid) == paris
    assert gazetteer.by_id(-5) is None


def test_a_gazetteer_pickles_by_path(gazetteer: Gazetteer) -> None:
    copy = pickle.loads(pickle.dumps(gazetteer))
    assert copy.path == gazetteer.path
    assert copy.lookup("Nairobi") == gazetteer.lookup("Nairobi")


def test_a_broken_index_raises_model_error(tmp_path: Path) -> None:
    path = tmp_path / f"gazetteer-v{INDEX_VERSION}.sqlite3"
    path.write_bytes(b"not a database at all" * 10)
    with pytest.raises(ModelError, match="gazetteer"):
        Gazetteer.load(tmp_path)


def test_an_unwritable_cache_raises_model_error(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(ModelError, match="cache"):
        Gazetteer.load(blocker / "sub")


def test_place_nouns_data_file() -> None:
    from dragoman.gazetteer import place_nouns

    nouns = place_nouns()
    assert {"town", "province", "village", "outskirts"} <= nouns
    assert "county" not in nouns and "street" not in nouns  # left out on purpose (see the file)
    assert all(n == n.strip().lower() and not n.startswith("#") for n in nouns)


# --- US counties (derived ADM2 records) and countries' adjectival forms ----------------------------


def test_us_counties_are_derived_adm2_records(gazetteer: Gazetteer) -> None:
    (fresno,) = gazetteer.lookup("Fresno County")
    assert (fresno.feature_code, fresno.country_code, fresno.admin1, fresno.population) == (
        "ADM2",
        "USA",
        "CA",
        0,
    )
    assert is_derived(fresno) and fresno.geonameid == -6019  # the negated FIPS code, no GeoNames id
    assert abs(fresno.lat - 36.76) < 0.05 and abs(fresno.lon + 119.65) < 0.05  # its centre of area


def test_a_county_gets_the_centre_of_its_census_boundary(gazetteer: Gazetteer) -> None:
    """Not the point of a namesake town elsewhere in the state (Plymouth, Iowa lies 200 km east
    of Plymouth County) nor the state's middle (Kanawha County holds Charleston, West Virginia)."""
    (plymouth,) = [e for e in gazetteer.lookup("Plymouth County") if e.admin1 == "IA"]
    assert abs(plymouth.lat - 42.74) < 0.1 and abs(plymouth.lon + 96.21) < 0.1
    (kanawha,) = gazetteer.lookup("Kanawha County")
    (charleston,) = [e for e in gazetteer.lookup("Charleston") if e.admin1 == "WV"][:1]
    assert abs(kanawha.lat - charleston.lat) < 0.2 and abs(kanawha.lon - charleston.lon) < 0.2
    (aleutians,) = gazetteer.lookup("Aleutians West Census Area")
    assert aleutians.lon < -160  # west of the antimeridian's other side, not in Canada


def test_a_county_missing_from_the_table_falls_back_on_its_namesakes_or_state() -> None:
    cities = [
        {"name": "Fresno", "latitude": 36.0, "longitude": -119.0, "population": 300_000},
        {"name": "Fresno", "latitude": 40.0, "longitude": -119.0, "population": 100_000},
    ]
    assert _county_point("fresno", cities) == (37.0, -119.0)  # weighted by population
    assert _county_point("kings", cities[:1]) == (36.0, -119.0)  # the middle of the state's cities


def test_county_short_forms_parishes_and_homonyms(gazetteer: Gazetteer) -> None:
    assert [e.name for e in gazetteer.lookup("Licking Co.")] == ["Licking County"]
    assert {e.admin1 for e in gazetteer.lookup("Jefferson Parish")} == {"LA"}
    monroes = gazetteer.lookup("Monroe County")
    assert len(monroes) > 10 and len({e.admin1 for e in monroes}) == len(monroes)
    assert gazetteer.lookup("Monroe") and all(e.feature_code != "ADM2" for e in gazetteer.lookup("Monroe"))


def test_country_adjectives_are_kept_apart_from_names(gazetteer: Gazetteer) -> None:
    syria = gazetteer.adjective("Syrian")
    assert syria is not None and (syria.country_code, syria.feature_code) == ("SYR", "PCLI")
    ivory = gazetteer.adjective("Ivorian")
    assert ivory is not None and ivory.country_code == "CIV"
    assert gazetteer.lookup("Syrian") == []  # an adjective is not a place name
    assert gazetteer.adjective("Damascus") is None


def test_provinces_without_a_geonames_id_get_derived_ids(gazetteer: Gazetteer) -> None:
    hunan = gazetteer.lookup("Hunan")[0]
    assert (hunan.feature_code, hunan.country_code) == ("ADM1", "CHN") and is_derived(hunan)
    assert abs(hunan.lat - 27.6) < 1 and abs(hunan.lon - 111.7) < 1
    assert [e.name for e in gazetteer.lookup("Bayern")] == ["Bavaria"]
    county_ids = {e.geonameid for e in gazetteer.lookup("Monroe County")}
    assert all(-100_000 < gid < 0 for gid in county_ids) and hunan.geonameid < -1_000_000_000


def test_major_airports_point_to_their_cities(gazetteer: Gazetteer) -> None:
    (london, kind) = gazetteer.matches("Heathrow")[0]
    assert (london.name, london.country_code, kind) == ("London", "GBR", ALIAS)


def test_oceans_rivers_and_regions_have_derived_ids_and_outrank_towns(gazetteer: Gazetteer) -> None:
    atlantic = gazetteer.lookup("Atlantic")[0]  # before Atlantic, Iowa
    assert (atlantic.name, atlantic.feature_code, atlantic.country_code) == ("Atlantic Ocean", "OCN", "")
    assert is_derived(atlantic) and -3 * PROVINCE_ID_BASE < atlantic.geonameid <= -2 * PROVINCE_ID_BASE
    (bosphorus,) = gazetteer.lookup("Bosporus")
    assert bosphorus.country_code == "TUR" and abs(bosphorus.lat - 41.1) < 0.5
    siberia = gazetteer.lookup("Siberia")[0]
    assert siberia.feature_code == "RGN"  # the region, not a hamlet of that name


def test_the_county_table_covers_the_counties_with_plausible_points() -> None:
    rows = list(gazetteer_module._data_lines("places_counties.tsv"))[1:]
    assert len(rows) > 3000 and len({row[0] for row in rows}) == len(rows)
    for fips, _, lat, lon in rows:
        assert len(fips) == 5 and fips.isdigit()
        assert -15.0 < float(lat) < 72.0  # from American Samoa to Alaska
        assert -180.0 <= float(lon) < -64.0 or 144.0 < float(lon) < 146.5  # Guam, the Marianas


def test_irans_provinces_and_londons_districts_have_derived_ids(gazetteer: Gazetteer) -> None:
    khuzestan = gazetteer.lookup("Khuzestan")[0]
    assert (khuzestan.country_code, khuzestan.feature_code) == ("IRN", "ADM1") and is_derived(khuzestan)
    assert gazetteer.lookup("Fars Province")[0].country_code == "IRN"
    assert gazetteer.lookup("Fars") == []  # mostly the news agency: only "Fars Province" is the province
    district = gazetteer.lookup("Stoke Newington")[0]
    assert (district.country_code, district.feature_code) == ("GBR", "PPLX") and is_derived(district)
    assert abs(district.lat - 51.5) < 0.2 and abs(district.lon) < 0.3
    assert gazetteer.lookup("St. John's Wood")[0].name == "St John's Wood"
    # a London borough known in GeoNames only by an alternate name outranks its American namesakes
    assert [(e.country_code, kind) for e, kind in gazetteer.matches("Westminster")][0] == ("GBR", ALIAS)
