"""Precision on ordinary news (issue 4, set three): generic statements (stages/genericstatements.py),
ordinary senses of aid, clash, strike and walk-out words (stages/genericsenses.py), proceedings fought and
forecasts met (stages/figurative.py), and private parties' dealings (stages/domain.py). All sentences
were written for dragoman."""

from __future__ import annotations

from collections.abc import Callable, Sequence

import pytest

from builders import bare_mention as _mention
from builders import hand_coded
from builders import lexicon_trigger as _trigger
from builders import named_mentions as _mentions
from dragoman.parsed import ParsedDoc
from dragoman.stages.domain import firm_dealing, political_party
from dragoman.stages.figurative import sense_lists

Parse = Callable[[str], ParsedDoc]


def _types(parse: Parse, text: str, names: Sequence[str]) -> list[str]:
    return [str(e.event) for e in hand_coded(parse(text), _mentions(text, names))]


def test_new_sense_lists_load() -> None:
    lists = sense_lists()
    assert {"proceedings", "commitments", "politicians", "strokes"} <= set(lists)
    assert "forecast" in lists["challenges"] and "panel" in lists["bodies"]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "names", "absent"),
    [
        (
            "The envoy said the detainees would be flown home without facing arrest by the police.",
            ["The envoy", "the police"],
            "COERCE",
        ),
        (
            "The garrison surrendered the fort without a fight, the governor said.",
            ["The garrison"],
            "ASSAULT",
        ),
        (
            "Officials in Lagos said it would be impossible to reject the Chinese offer.",
            ["Officials", "the Chinese"],
            "REJECT",
        ),
        (
            "Imposing sanctions on the junta would be difficult, the minister said.",
            ["the junta", "the minister"],
            "SANCTION",
        ),
        (
            "Powers allowing the interior minister to expel foreign preachers were approved on Tuesday.",
            ["the interior minister"],
            "COERCE",
        ),
        (
            "The planners asked themselves whether the ministry could survive the cuts.",
            ["The planners", "the ministry"],
            "REQUEST",
        ),
        (
            "The governor usually tries to meet the mayors before the budget.",
            ["The governor", "the mayors"],
            "CONSULT",
        ),
        ("The senator is still fighting against extradition to Peru.", ["The senator", "Peru"], "ASSAULT"),
        ("The ministry said its tax receipts would meet market forecasts.", ["The ministry"], "CONSULT"),
        (
            "The premier promised a fuel levy to finance a series of pledges on schools.",
            ["The premier"],
            "AID",
        ),
        ("The chancellor will fund her spending plans with new borrowing.", ["The chancellor"], "AID"),
        (
            "The two party leaders clashed on a radio phone-in on Tuesday.",
            ["The two party leaders"],
            "ASSAULT",
        ),
        (
            "The minister's warnings about the deficit were hitting home, aides said.",
            ["The minister"],
            "ASSAULT",
        ),
        (
            "The deputy struck a conciliatory tone in her speech to the senate.",
            ["The deputy", "the senate"],
            "ASSAULT",
        ),
        ("A panel of judges will meet on Friday to choose the winning novel.", ["judges"], "CONSULT"),
        ("In 1975 the senator met his wife Maria at a party in Lima.", ["the senator"], "CONSULT"),
        ("The state airline warned that its revenue may fall this year.", ["The state airline"], "THREATEN"),
    ],
)
def test_generic_and_ordinary_uses_are_no_events(
    parse: Parse, text: str, names: list[str], absent: str
) -> None:
    assert absent not in _types(parse, text, names)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "names", "expected"),
    [
        ("The police arrested the editor at the airport on Monday.", ["The police", "the editor"], "COERCE"),
        ("The rebels attacked the army base without warning.", ["The rebels", "the army"], "ASSAULT"),
        ("The minister rejected the Chinese offer on Friday.", ["The minister", "the Chinese"], "REJECT"),
        ("The ministry expelled two foreign preachers on Tuesday.", ["The ministry"], "COERCE"),
        (
            "The governor met the mayors of the three cities on Monday.",
            ["The governor", "the mayors"],
            "CONSULT",
        ),
        ("Troops clashed with the rebels near the border.", ["Troops", "the rebels"], "ASSAULT"),
        ("The gunmen struck the convoy near the border.", ["The gunmen", "the convoy"], "ASSAULT"),
        (
            "The opposition deputies walked out of parliament on Tuesday.",
            ["The opposition deputies", "parliament"],
            "PROTEST",
        ),
        (
            "The rebels fought against government troops in the north.",
            ["The rebels", "government troops"],
            "ASSAULT",
        ),
        (
            "The president warned the junta that its exports would fall if it attacked.",
            ["The president", "the junta"],
            "THREATEN",
        ),
    ],
)
def test_literal_uses_stay(parse: Parse, text: str, names: list[str], expected: str) -> None:
    assert expected in _types(parse, text, names)


def test_an_unknown_person_alone_may_be_a_politician() -> None:
    # a name the registry does not know may be a politician's ("Mr Bell urged the commissioner")
    assert political_party(_mention("Mr Bell", None, rule="surname").entity)
    assert not political_party(_mention("parents", "CVL", rule="sector+context").entity)


def test_a_firms_dealings_with_private_parties_are_business() -> None:
    ask = _trigger("ask")
    firm = [_mention("Apple", None, rule="ner:org", code=None)]
    assert firm_dealing(ask, firm, [_mention("the journalists", "JRN")])
    assert firm_dealing(ask, [_mention("the company", "BUS")], [])
    tycoon = _mention("Mr Bell", None, rule="surname")
    assert firm_dealing(_trigger("sue"), [tycoon], [_mention("the banks", "BUS")])  # a firm as recipient
    assert not firm_dealing(_trigger("sue"), [tycoon], [])
    assert not firm_dealing(ask, firm, [tycoon])  # an unknown name may be a politician's
    assert not firm_dealing(ask, firm, [_mention("the ministry", "GOV")])
    assert not firm_dealing(ask, firm, [_mention("the UN", None, rule="registry:organisation", code="IGO")])
    assert not firm_dealing(ask, [_mention("the minister", "GOV")], [_mention("the journalists", "JRN")])
    assert not firm_dealing(_trigger("strike"), firm, [_mention("the journalists", "JRN")])  # a public act
