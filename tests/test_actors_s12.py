"""Peoples of one state's division, given names that are such adjectives, capitals named for a
namesake city, and a body's noun in another sense (S12). Sentences written for these tests."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from dragoman.parsed import ParsedDoc
from dragoman.registry import Registry
from dragoman.stages.actors import resolve_actors
from dragoman.stages.actorseats import seat_namesakes

Parse = Callable[[str], ParsedDoc]
D1990 = date(1990, 4, 2)


def _mentions(parse: Parse, registry: Registry, text: str) -> list[tuple[str, str | None, str | None]]:
    found = resolve_actors(parse(text), registry=registry, article_date=D1990)
    return [(m.text, m.entity.code, m.entity.sector) for m in found]


def test_people_of_a_division_take_its_state(parse: Parse, registry: Registry) -> None:
    got = _mentions(parse, registry, "Army units overran a Karen rebel base in the hills.")
    assert ("a Karen rebel base", "MMR", "REB") in got
    got = _mentions(parse, registry, "Kachin villagers fled the shelling.")
    assert ("Kachin villagers", "MMR", "CVL") in got


def test_given_name_is_not_a_people(parse: Parse, registry: Registry) -> None:
    got = _mentions(parse, registry, "Karen Walsh, a councillor, opposed the road plan.")
    assert all(code != "MMR" for _, code, _ in got)


def test_namesake_table_reads_the_data() -> None:
    assert "LBN" in seat_namesakes()[(("tripoli",), "LBY")]


def test_capital_named_for_its_namesake_is_no_government(parse: Parse, registry: Registry) -> None:
    text = "Lebanese police patrolled Tripoli after clashes in the port city."
    assert all(code != "LBY" for _, code, _ in _mentions(parse, registry, text))
    text = "Tripoli denied the report, Libyan radio said."
    assert ("Tripoli", "LBY", "GOV") in _mentions(parse, registry, text)


def test_capital_stays_a_government_without_a_namesake_country(parse: Parse, registry: Registry) -> None:
    got = _mentions(parse, registry, "Egyptian diplomats said Tripoli had closed the crossing.")
    assert ("Tripoli", "LBY", "GOV") in got


def test_body_noun_in_another_sense_is_no_actor(parse: Parse, registry: Registry) -> None:
    got = _mentions(
        parse, registry, "The UN refugee agency asked Chad to ease limits on the movement of refugees."
    )
    assert all(text != "the movement" for text, _, _ in got)
    got = _mentions(parse, registry, "Hamas organised a march in Gaza. The movement said it would continue.")
    assert ("The movement", "PSE", "REB") in got


def test_party_in_a_namesake_city_takes_its_country(parse: Parse, registry: Registry) -> None:
    got = _mentions(parse, registry, "Armed gangs in Tripoli traded fire again, Lebanese radio reported.")
    assert ("Armed gangs", "LBN", "CRM") in got


def test_era_name_on_the_article_date(parse: Parse, registry: Registry) -> None:
    text = "Gabon signed a border treaty with Congo."
    old = resolve_actors(parse(text), registry=registry, article_date=date(1988, 2, 1))
    new = resolve_actors(parse(text), registry=registry, article_date=date(2010, 2, 1))
    assert [m.entity.code for m in old if m.text == "Congo"] == ["COG"]
    assert [m.entity.code for m in new if m.text == "Congo"] == ["COD"]
