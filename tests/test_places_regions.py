"""Regions of one state (countries.tsv's ``regions`` column) resolve to that state as places, ahead of
namesake towns abroad ("Chechnya" is not a Ukrainian village, "Northern Ireland" not Ireland).
Sentences written for these tests."""

from __future__ import annotations

from collections.abc import Callable
from importlib import resources

import pytest

from dragoman.gazetteer import Gazetteer
from dragoman.parsed import ParsedDoc
from dragoman.stages.places import find_places

Parse = Callable[[str], ParsedDoc]


@pytest.fixture(scope="module")
def gazetteer(tmp_path_factory: pytest.TempPathFactory) -> Gazetteer:
    """The index in the session's temporary cache directory (shared with test_gazetteer, test_places)."""
    return Gazetteer.load(tmp_path_factory.getbasetemp() / "gazetteer-cache")


def _regions() -> list[tuple[str, str]]:
    text = resources.files("dragoman").joinpath("data").joinpath("countries.tsv").read_text("utf-8")
    rows = [line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#")]
    return [(row[0], name) for row in rows[1:] if len(row) > 7 for name in row[7].split("|") if name]


def test_every_registry_region_is_a_place_of_its_country(parse: Parse, gazetteer: Gazetteer) -> None:
    wrong = []
    for code, name in _regions():
        places = find_places(parse(f"Heavy clashes were reported in {name} overnight."), gazetteer=gazetteer)
        if [p.country_code for p in places] != [code]:
            wrong.append((name, code, [(p.resolved_place, p.country_code) for p in places]))
    assert wrong == []


@pytest.mark.parametrize(
    ("text", "name", "code"),
    [
        ("Refugees from Dagestan reached the border.", "Dagestan", "RUS"),
        ("Rebels in Casamance released two hostages.", "Casamance", "SEN"),
        ("Voters in Northern Ireland went to the polls.", "Northern Ireland", "GBR"),
        ("Floods closed two roads in Somerset on Tuesday.", "Somerset", "GBR"),  # not Somerset, New Jersey
        ("Farmers in Cornwall blocked a depot.", "Cornwall", "GBR"),  # not Cornwall, Ontario
        ("A bomb was found near a farm in County Tyrone.", "County Tyrone", "GBR"),
        ("Students in Kent, Ohio, marched on Monday.", "Kent", "USA"),  # the state named after it decides
    ],
)
def test_region_beats_a_namesake(parse: Parse, gazetteer: Gazetteer, text: str, name: str, code: str) -> None:
    (place,) = [p for p in find_places(parse(text), gazetteer=gazetteer) if p.extracted_place == name]
    assert place.country_code == code


def test_ambiguous_city_follows_the_country_the_sentence_names(parse: Parse, gazetteer: Gazetteer) -> None:
    text = "Gunfire echoed across Tripoli, the second city of Lebanon, on Friday."
    places = find_places(parse(text), gazetteer=gazetteer, context_countries=["LBN"])
    assert [p.country_code for p in places if p.extracted_place == "Tripoli"] == ["LBN"]
