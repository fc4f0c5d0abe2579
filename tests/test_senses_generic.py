"""Generic statements and other senses (stages/sensegeneric.py), verbal attacks and retorts
(stages/sensecodes.py, stages/figurative.py), party funding (stages/domain.py) and the economic or
commercial senses of "demand" and "supply" (lexicon neg lists)."""

from __future__ import annotations

from collections.abc import Callable, Sequence

import pytest

from builders import named_mentions as _mentions
from dragoman.lexicon import Trigger, find_triggers, load_lexicon
from dragoman.parsed import ParsedDoc
from dragoman.schema import Entity, Event, EventType, Mention
from dragoman.stages.domain import party_funding
from dragoman.stages.events import find_events
from dragoman.stages.sensegeneric import generic_sense

Parse = Callable[[str], ParsedDoc]


def _events(parse: Parse, text: str, names: Sequence[str]) -> list[Event]:
    return find_events(parse(text), mentions=_mentions(text, names), times=(), places=(), article_date=None)


def _types(events: Sequence[Event]) -> list[str]:
    return [str(e.event) for e in events]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "names", "absent"),
    [
        ("If you criticise the minister in public, the police can arrest you.", ["the minister"], "COERCE"),
        (
            "If you give money to the rebels, you should warn the governor first.",
            ["the governor"],
            "THREATEN",
        ),
        ("The new law gives the police powers to detain suspects for a month.", ["the police"], "COERCE"),
        ("Under the treaty, the army can inspect the northern missile sites.", ["the army"], "COERCE"),
        ("I agree with the minister on this, the senator said.", ["the minister", "the senator"], "AGREE"),
        (
            "The governor agreed with the minister that the vote was flawed.",
            ["The governor", "the minister"],
            "AGREE",
        ),
        ("Some 42% backed the minister's plan, the survey found.", ["the minister"], "SUPPORT"),
        ("He is founding a new party called Liberty Now, the minister said.", ["the minister"], "REQUEST"),
        ("I attack the minister politically, not personally, the senator said.", ["the minister"], "ASSAULT"),
        ("The minister has regular meetings with the envoy of the republic.", ["The minister"], "CONSULT"),
        ("The ministry denies taking part in the secret talks.", ["The ministry"], "REJECT"),
        ("The minister hit back on Tuesday, saying the claims were absurd.", ["The minister"], "ASSAULT"),
        ("The tabloid targeted the minister over his expenses.", ["the minister"], "ASSAULT"),
        ("Small farms in the north were worst hit, the ministry said.", ["the ministry"], "ASSAULT"),
        ("Rising wages in the republic boosted demand for imported cars.", ["the republic"], "REQUEST"),
        ("The state firm signed a contract to supply gas to the ministry.", ["the ministry"], "AID"),
    ],
)
def test_generic_or_other_sense_codes_no_such_event(
    parse: Parse, text: str, names: list[str], absent: str
) -> None:
    assert absent not in _types(_events(parse, text, names))


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "names", "expected"),
    [
        (
            "The governor agreed with the minister to reopen the border.",
            ["The governor", "the minister"],
            "AGREE",
        ),
        (
            "The governor agreed with the minister on a new border deal.",
            ["The governor", "the minister"],
            "AGREE",
        ),
        ("The army hit back at the rebels on Sunday.", ["The army", "the rebels"], "ASSAULT"),
        ("Police detained the minister's critics on Friday.", ["Police", "the minister"], "COERCE"),
        ("The protesters demanded the resignation of the minister.", ["the minister"], "REQUEST"),
        ("Gunmen attacked the party's offices in the capital on Sunday.", ["Gunmen", "the party"], "ASSAULT"),
        ("If the rebels attack the town, the army will respond.", ["the rebels", "the army"], "ASSAULT"),
    ],
)
def test_acts_keep_their_event(parse: Parse, text: str, names: list[str], expected: str) -> None:
    assert expected in _types(_events(parse, text, names))


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "The opposition MP attacked the minister over the prison crisis.",
        "The former leader was criticised for attacking the party he once led.",
        "The farmers' union attacked the minister as a friend of the supermarkets.",
    ],
)
def test_verbal_attack_is_criticism(parse: Parse, text: str) -> None:
    events = _events(parse, text, ["the minister", "the party", "The farmers' union"])
    assert "ASSAULT" not in _types(events)
    assert any(e.event is EventType.ACCUSE and e.mode == "disapprove" for e in events)


def _mention(name: str, sector: str) -> Mention:
    return Mention(0, len(name), name, Entity(name, name.lower(), "GBR", sector, rule="test"))


def test_donation_to_a_party_is_party_funding_not_aid() -> None:
    lexicon = load_lexicon()
    donate = next(e for e in lexicon.entries if e.words == ("donate",))
    trig = Trigger(entry=donate, head=0, tokens=(0,), noun=None)
    party = [_mention("the Labour Party", "PTY")]
    assert party_funding(trig, [_mention("a businessman", "BUS")], party)
    assert not party_funding(trig, [_mention("the government", "GOV")], party)
    assert not party_funding(trig, [_mention("a businessman", "BUS")], [_mention("the Red Cross", "NGO")])


@pytest.mark.model
def test_power_used_is_an_act(parse: Parse) -> None:
    text = "The police used their powers to detain the minister's critics on Friday."
    assert "COERCE" in _types(_events(parse, text, ["The police", "the minister"]))


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The ministry denied it was preparing for military strikes against the rebels.", "ASSAULT"),
        ("The minister warned of a pre-emptive strike on the rebels' missile sites.", "ASSAULT"),
        ("Rail workers began a strike against the minister's pension reform.", "PROTEST"),
    ],
)
def test_armed_strike_is_an_assault(parse: Parse, text: str, expected: str) -> None:
    assert _types(
        [
            e
            for e in _events(parse, text, ["The ministry", "The minister", "the minister", "the rebels"])
            if str(e.event) in ("ASSAULT", "PROTEST")
        ]
    ) == [expected]


def test_bare_country_is_a_team_in_a_sports_article() -> None:
    from dragoman.stages.domain import political_party

    team = Entity("Fiji", "fiji", "FJI", "GOV", rule="registry:country")
    body = Entity("the Fijian government", "fiji", "FJI", "GOV", rule="registry:country-body")
    assert political_party(team) and not political_party(team, domain="sport")
    assert political_party(body, domain="sport")


@pytest.mark.model
def test_a_party_beaten_is_defeated_not_assaulted(parse: Parse) -> None:
    text = "The Greens hope to beat the Tories in three seats in the city."
    mentions = _mentions(text, ["The Greens", "the Tories"], sector="PTY")
    events = find_events(parse(text), mentions=mentions, times=(), places=(), article_date=None)
    assert "ASSAULT" not in _types(events)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "names", "expected"),
    [
        ("The talks were part of a package agreed with the minister last year.", ["the minister"], "AGREE"),
        (
            "Tragedy struck when one of the rebels attacked the minister's convoy.",
            ["the minister"],
            "ASSAULT",
        ),
    ],
)
def test_lookalikes_of_generic_frames_keep_their_event(
    parse: Parse, text: str, names: list[str], expected: str
) -> None:
    assert expected in _types(_events(parse, text, names))


@pytest.mark.model
def test_strike_on_a_city_service_is_a_labour_strike(parse: Parse) -> None:
    text = "A strike on the Sao Paulo underground by the minister's staff has halted trains."
    assert "ASSAULT" not in _types(_events(parse, text, ["the minister"]))


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "generic"),
    [
        ("She plans to launch a movement called Fidelis - Latin for faithful.", True),
        ("A report by two committees called on Thursday for new elections.", False),
    ],
)
def test_called_names_or_calls(parse: Parse, text: str, generic: bool) -> None:
    parsed = parse(text)
    calls = [t for t in find_triggers(parsed, load_lexicon()) if t.entry.anchor == "call"]
    assert calls and all(generic_sense(parsed, t) is generic for t in calls)
