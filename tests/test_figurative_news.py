"""False positives of ordinary news (issue 4): figurative stances and visits (stages/figurative.py),
opinions measured, forecasts and generic statements (stages/sensegeneric.py), tours and firms' own crackdowns
(stages/domain.py). All sentences were written for dragoman."""

from __future__ import annotations

from collections.abc import Callable, Sequence

import pytest

from builders import bare_mention as _mention
from builders import hand_coded
from builders import lexicon_trigger as _trigger
from builders import named_mentions as _mentions
from dragoman.lexicon import Kind, Trigger, load_lexicon
from dragoman.parsed import ParsedDoc
from dragoman.stages.domain import private_force, sightseeing
from dragoman.stages.figurative import sense_lists

Parse = Callable[[str], ParsedDoc]


def _types(parse: Parse, text: str, names: Sequence[str]) -> list[str]:
    return [str(e.event) for e in hand_coded(parse(text), _mentions(text, names))]


def test_new_sense_lists_load() -> None:
    lists = sense_lists()
    assert {"stations", "localities", "findings", "economics", "criticised", "contests"} <= set(lists)
    assert "temple" in lists["venues"] and "duty" in lists["challenges"]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "names", "absent"),
    [
        (
            "The opposition leader went on the offensive over the minister's tax remarks.",
            ["The opposition leader"],
            "ASSAULT",
        ),
        (
            "The commission attacked the administration's failure to cut waiting lists.",
            ["The commission"],
            "ASSAULT",
        ),
        (
            "The party leader will visit a Sikh gurdwara in Leicester on Friday.",
            ["The party leader"],
            "CONSULT",
        ),
        ("The governor arrived in power in 1998 and promised cheap bread.", ["The governor"], "CONSULT"),
        (
            "The chancellor will travel to key towns and marginal seats next week.",
            ["The chancellor"],
            "CONSULT",
        ),
        (
            "These statistics are a stark warning to the ministry, the auditor said.",
            ["the ministry"],
            "THREATEN",
        ),
        ("The ministry will support growth in the north with cheap loans.", ["The ministry"], "SUPPORT"),
        (
            "The council cannot meet its duty to the refugees, the minister said.",
            ["The council", "the minister"],
            "CONSULT",
        ),
        (
            "Support for the ruling party rose to 41% in May, a new survey showed.",
            ["the ruling party"],
            "SUPPORT",
        ),
        ("Some 35% of those polled said the minister should resign.", ["the minister"], "REQUEST"),
        (
            "The peer said ministers should expect the bill to be rewritten.",
            ["The peer", "ministers"],
            "REQUEST",
        ),
        (
            "The ministry, which can veto any sale of the land, said it would study the plan.",
            ["The ministry"],
            "REJECT",
        ),
        ("The minister left office in May to fight the illness.", ["The minister"], "ASSAULT"),
        (
            "The ministry's new bill would target some of the worst problems in the market.",
            ["The ministry"],
            "ASSAULT",
        ),
        ("This is the record the minister will have to defend.", ["the minister"], "SUPPORT"),
        (
            "The minister would not discuss reports that the party repaid the loan.",
            ["The minister"],
            "CONSULT",
        ),
        (
            "The council's resolution sanctioning military action passed on Monday.",
            ["The council"],
            "SANCTION",
        ),
        ("Asked about the speech, the ministers agreed it was brilliant.", ["the ministers"], "AGREE"),
        (
            "Even the minister's critics agree on one thing: he is a skilled campaigner.",
            ["the minister"],
            "AGREE",
        ),
        ("Nearly half those surveyed said the minister should resign.", ["the minister"], "REQUEST"),
        (
            "After talks with the ministry, the union called off its plan.",
            ["the ministry", "the union"],
            "REQUEST",
        ),
        ("The minister is fighting a marginal seat in the north.", ["The minister"], "ASSAULT"),
        ("The minister defended his party's plans to raise taxes.", ["The minister", "his party"], "SUPPORT"),
        ("The minister will visit the Golden Temple in Amritsar on Friday.", ["The minister"], "CONSULT"),
        (
            "If a candidate phones a voter and urges the voter to back the party, the agency may act.",
            ["the party", "the agency"],
            "SUPPORT",
        ),
    ],
)
def test_news_false_positives_code_nothing(parse: Parse, text: str, names: list[str], absent: str) -> None:
    assert absent not in _types(parse, text, names)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "names", "expected"),
    [
        (
            "The rebels went on the offensive in the north, the army said.",
            ["The rebels", "the army"],
            "ASSAULT",
        ),
        ("The army attacked the rebel base with heavy artillery.", ["The army"], "ASSAULT"),
        (
            "The ministry backed the envoy's demands for a new inquiry.",
            ["The ministry", "the envoy"],
            "SUPPORT",
        ),
        ("The ministry sanctioned three foreign banks on Monday.", ["The ministry"], "SANCTION"),
        ("The minister discussed the reports with the envoy.", ["The minister", "the envoy"], "CONSULT"),
        ("The ministry defended the envoy against the charges.", ["The ministry", "the envoy"], "SUPPORT"),
        (
            "The two ministers agreed with the envoy to reopen the border.",
            ["The two ministers", "the envoy"],
            "AGREE",
        ),
        (
            "The foreign minister arrived in the capital for two days of talks.",
            ["The foreign minister"],
            "CONSULT",
        ),
        ("The envoy visited towns in Gaza on Tuesday.", ["The envoy"], "CONSULT"),
        ("The ministry backed the opposition's plan to reform the courts.", ["The ministry"], "SUPPORT"),
        (
            "The minister said the rebels should lay down their arms.",
            ["The minister", "the rebels"],
            "REQUEST",
        ),
        ("The minister's supporters protested outside the court on Monday.", ["The minister"], "PROTEST"),
        (
            "When the army shelled the town, the minister condemned the attack.",
            ["the army", "the minister"],
            "ASSAULT",
        ),
    ],
)
def test_literal_uses_stay(parse: Parse, text: str, names: list[str], expected: str) -> None:
    assert expected in _types(parse, text, names)


def test_a_tour_of_places_is_no_visit() -> None:
    visit = _trigger("visit")
    places = [_mention("France", None, rule="place", code="FRA")]
    assert sightseeing(visit, [_mention("the robot", None, code=None)], places)
    assert not sightseeing(visit, [_mention("the president", "GOV")], places)
    assert not sightseeing(visit, [_mention("the robot", None, code=None)], [_mention("the king", "GOV")])


def test_a_firms_own_crackdown_is_not_political() -> None:
    crackdown = _trigger("crack", "down")
    firm = [_mention("the company", "BUS")]
    assert private_force(crackdown, firm, [])
    assert not private_force(crackdown, firm, [_mention("the strikers", "LAB")])
    assert not private_force(crackdown, [_mention("the police", "COP")], [])
    arrest = next(e for e in load_lexicon().entries if e.words == ("arrest",) and e.kind is Kind.NOUN)
    noun = Trigger(entry=arrest, head=0, tokens=(0,), noun=None)
    assert not private_force(noun, firm, [])  # "his arrest": a noun's owner may be its patient
