"""Roles the parse places on a neighbouring word (stages/rolenoun.py, roleparse.py): a demand after
"wrote to X" is the writer's and asks X; the agent of a participle on an event noun; the "for" party
of a demand noun's infinitive; the accuser's "by" phrase the parser hung on the blamed act."""

from __future__ import annotations

from collections.abc import Callable

from dragoman.parsed import ParsedDoc
from test_roles_search import coded, codes, mention, of_type

Parse = Callable[[str], ParsedDoc]


def test_a_demand_after_writing_to_someone_is_the_writers(parse: Parse) -> None:
    text = "The Welsh first minister wrote to the Irish premier on Friday demanding an apology."
    ms = [mention(text, "The Welsh first minister", "GBR"), mention(text, "the Irish premier", "IRL")]
    event = of_type(coded(parse, text, ms), "REQUEST")
    assert codes(event.actor) == ["GBR"] and codes(event.recipient) == ["IRL"]


def test_a_crowd_after_an_object_still_demands(parse: Parse) -> None:
    text = "Riot police detained dozens of farmers demanding the resignation of the Chilean minister."
    ms = [
        mention(text, "Riot police", "CHL", "COP"),
        mention(text, "farmers", "CHL", "AGR"),
        mention(text, "the Chilean minister", "CHL"),
    ]
    event = of_type(coded(parse, text, ms), "REQUEST")
    assert [e.sector for e in event.actor] == ["AGR"]


def test_who_brings_a_lawsuit_is_its_actor(parse: Parse) -> None:
    text = "A lawsuit brought by the Peruvian tax office accuses the mining firm of evasion."
    ms = [mention(text, "the Peruvian tax office", "PER"), mention(text, "the mining firm", "PER", "BUS")]
    event = of_type(coded(parse, text, ms), "ACCUSE")
    assert codes(event.actor) == ["PER"] and [e.sector for e in event.actor] == ["GOV"]


def test_the_party_a_demand_is_for_performs_its_infinitive(parse: Parse) -> None:
    text = "A Russian demand for Georgia to recognise Abkhazia was turned down."
    ms = [mention(text, "Russian", "RUS"), mention(text, "Georgia", "GEO"), mention(text, "Abkhazia", "GEO")]
    events = [e for e in coded(parse, text, ms) if e.event_text.lower().startswith("recogni")]
    assert events and codes(events[0].actor) == ["GEO"]


def test_an_accusers_by_phrase_hung_on_the_blamed_act_is_the_accuser(parse: Parse) -> None:
    text = "Belarus has been accused of jailing two reporters by a Polish journalists' union."
    ms = [mention(text, "Belarus", "BLR"), mention(text, "a Polish journalists' union", "POL", "MED")]
    event = of_type(coded(parse, text, ms), "ACCUSE")
    assert codes(event.actor) == ["POL"] and codes(event.recipient) == ["BLR"]


def test_a_demand_the_parser_hung_on_the_addressee_is_still_the_writers(parse: Parse) -> None:
    text = "The Scottish leader wrote to the Spanish ambassador urging a quick answer."
    ms = [mention(text, "The Scottish leader", "GBR"), mention(text, "the Spanish ambassador", "ESP")]
    event = of_type(coded(parse, text, ms), "REQUEST")
    assert codes(event.actor) == ["GBR"] and codes(event.recipient) == ["ESP"]
