"""Other senses told by the class of a trigger's subject or object, and frames that make no event:
figurative uses (stages/figurative.py), alleged offences, stances and gerund topics
(stages/senseframes.py), triggers recoded by their object (stages/sensecodes.py)."""

from __future__ import annotations

from collections.abc import Callable, Sequence

import pytest

from builders import named_mentions as _mentions
from dragoman.parsed import ParsedDoc
from dragoman.schema import Event
from dragoman.stages.events import find_events
from dragoman.stages.figurative import sense_lists

Parse = Callable[[str], ParsedDoc]


def _events(parse: Parse, text: str, names: Sequence[str]) -> list[Event]:
    mentions = _mentions(text, names)
    return find_events(parse(text), mentions=mentions, times=(), places=(), article_date=None)


def _types(events: Sequence[Event]) -> list[str]:
    return [str(e.event) for e in events]


def test_sense_lists_load() -> None:
    lists = sense_lists()
    assert {"works", "abstractions", "calamities", "animals", "challenges", "venues", "customers"} <= set(
        lists
    )
    assert "documentary" in lists["works"] and "threat" in lists["challenges"]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("The new documentary attacks the minister over his handling of the floods.", ["the minister"]),
        ("The northern province was hit by a deep recession, the minister said.", ["the minister"]),
        ("The minister shot three deer on his estate last autumn.", ["The minister"]),
        ("The minister seized the opportunity to praise the army.", ["The minister"]),
        ("Thousands of tourists visit the minister's museum each summer.", ["the minister"]),
        ("The minister defended her record on housing in a radio interview.", ["The minister"]),
        ("The minister hit back at critics by saying the budget was balanced.", ["The minister"]),
        ("The army met the new threat from the north with calm resolve.", ["The army"]),
        ("The report asks how far the ministry has come towards meeting its targets.", ["the ministry"]),
        ("Voters are expected to back the ruling party at the election.", ["the ruling party"]),
        ("The party's executive was due to meet on Thursday.", ["The party"]),
        ("The minister will fly to the capital on Sunday to watch the cup final.", ["The minister"]),
        ("The minister often criticises the army's conduct in the north.", ["The minister", "the army"]),
        ("The minister visits the northern province every year.", ["The minister"]),
    ],
)
def test_figurative_uses_code_nothing(parse: Parse, text: str, names: list[str]) -> None:
    assert _types([e for e in _events(parse, text, names) if str(e.event) != "ACCUSE"]) == []


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "names", "expected"),
    [
        (
            "The rebels attacked the army base near the river on Monday.",
            ["The rebels", "the army"],
            "ASSAULT",
        ),
        ("The army hit back at the rebels with artillery fire.", ["The army", "the rebels"], "ASSAULT"),
        ("The minister met the envoy in the capital on Sunday.", ["The minister", "the envoy"], "CONSULT"),
        ("The minister defended the envoy's decision to leave.", ["The minister", "the envoy"], "SUPPORT"),
        ("The minister visited the capital of the republic on Friday.", ["The minister"], "CONSULT"),
        (
            "The regional security council will meet in the capital on Friday.",
            ["The regional security council"],
            "CONSULT",
        ),
        ("Police detained critics of the minister on Monday.", ["Police", "the minister"], "COERCE"),
        ("The soldiers routinely beat up detainees in the camp.", ["The soldiers"], "ASSAULT"),
    ],
)
def test_literal_uses_keep_their_event(parse: Parse, text: str, names: list[str], expected: str) -> None:
    assert expected in _types(_events(parse, text, names))


@pytest.mark.model
def test_offence_of_an_arrest_is_alleged_not_asserted(parse: Parse) -> None:
    text = "Police arrested the teacher for collaborating with the enemy army."
    assert _types(_events(parse, text, ["Police", "the teacher", "the enemy army"])) == ["COERCE"]


@pytest.mark.model
def test_verbal_accusation_keeps_the_act_alleged(parse: Parse) -> None:
    text = "The minister accused the rebels on Monday of shelling the town."
    assert sorted(_types(_events(parse, text, ["The minister", "the rebels"]))) == ["ACCUSE", "ASSAULT"]


@pytest.mark.model
def test_stance_is_no_event_but_a_pledge_to_act_is(parse: Parse) -> None:
    assert (
        _types(_events(parse, "The ruling party is committed to the peace plan.", ["The ruling party"])) == []
    )
    text = "The ruling party is committed to opening talks with the rebels."
    assert "AGREE" in _types(_events(parse, text, ["The ruling party", "the rebels"]))


@pytest.mark.model
def test_gerund_topic_of_a_lexical_verb_is_no_event(parse: Parse) -> None:
    text = "Deporting the refugees breaches international law, the judges said."
    assert "COERCE" not in _types(_events(parse, text, ["the judges"]))


@pytest.mark.model
def test_charging_a_state_is_an_accusation(parse: Parse) -> None:
    text = "The government charged its neighbour with arming the rebels in the north."
    events = _events(parse, text, ["The government", "its neighbour", "the rebels"])
    assert _types(events) == ["ACCUSE"]
    assert events[0].mode == "allege"
    text = "Prosecutors charged the former minister with taking bribes."
    assert _types(_events(parse, text, ["Prosecutors", "the former minister"])) == ["COERCE"]


@pytest.mark.model
def test_evacuating_places_is_a_withdrawal_people_aid(parse: Parse) -> None:
    text = "The army will evacuate all the settlements in the valley by August."
    events = _events(parse, text, ["The army"])
    acts = [e for e in events if not e.rule.startswith("statement:")]  # not the announcement (AGREE)
    assert [(str(e.event), e.mode) for e in acts] == [("RETREAT", "withdraw")]
    text = "The army evacuated 300 citizens from the port city by ship."
    assert _types(_events(parse, text, ["The army"])) == ["AID"]
