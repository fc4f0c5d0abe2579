"""Countries of bare actors from the actors around them (dragoman.stages.actorvictims)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from dragoman.parsed import ParsedDoc
from dragoman.registry import Registry
from dragoman.stages.actors import resolve_actors

Parse = Callable[[str], ParsedDoc]


def _coded(parse: Parse, text: str) -> dict[str, tuple[str | None, str | None]]:
    mentions = resolve_actors(parse(text), registry=Registry.load(), article_date=date(2020, 3, 1))
    return {m.text: (m.entity.code, m.entity.sector) for m in mentions}


@pytest.mark.model
def test_number_killed_in_a_result_clause_is_of_the_target(parse: Parse) -> None:
    got = _coded(parse, "Sudanese jets bombed rebel camps in South Sudan, killing 14.")
    assert got["14"] == ("SSD", "CVL")


@pytest.mark.model
def test_number_killed_takes_the_country_of_the_target_adjective(parse: Parse) -> None:
    got = _coded(parse, "Armenian artillery shelled Azerbaijani villages, killing or wounding 8.")
    assert got["8"] == ("AZE", "CVL")


@pytest.mark.model
def test_number_killed_never_takes_the_attackers_country(parse: Parse) -> None:
    got = _coded(parse, "Malian soldiers raided a market, killing 11.")
    assert got["11"][0] is None and got["Malian soldiers"] == ("MLI", "MIL")


@pytest.mark.model
def test_noun_from_a_body_takes_its_country(parse: Parse) -> None:
    got = _coded(parse, "Surgeons from two Jordanian hospitals operated on the wounded, Iraqi police said.")
    assert got["Surgeons"] == ("JOR", "MED")


@pytest.mark.model
def test_officials_of_a_body_noun_take_its_sector(parse: Parse) -> None:
    got = _coded(parse, "Union officials and party officials met government officials in Lusaka.")
    assert got["Union officials"][1] == "LAB"
    assert got["party officials"][1] == "PTY"
    assert got["government officials"][1] == "GOV"


@pytest.mark.model
def test_national_body_named_by_a_party_noun_is_a_party(parse: Parse) -> None:
    got = _coded(parse, "The Ghana Progress Party said it would boycott the count.")
    assert got["The Ghana Progress Party"] == ("GHA", "PTY")
