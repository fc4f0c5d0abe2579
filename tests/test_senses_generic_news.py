"""Habits at a rate, clashes about a topic, voters canvassed (stages/genericnews.py) and a firm's
supply (stages/domain.py private_trade): ordinary news that is no political event."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

import pytest

from dragoman.parsed import ParsedDoc
from dragoman.schema import Entity, Event, Mention
from dragoman.stages.events import find_events

Parse = Callable[[str], ParsedDoc]


def _mentions(text: str, names: Sequence[tuple[str, str]]) -> list[Mention]:
    out: list[Mention] = []
    for name, sector in names:
        for m in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", text):
            entity = Entity(name, name.lower(), "XXX", sector, rule="test")
            out.append(Mention(m.start(), m.end(), name, entity))
    return sorted(out, key=lambda m: m.start)


def _types(parse: Parse, text: str, names: Sequence[tuple[str, str]]) -> list[str]:
    events: list[Event] = find_events(
        parse(text), mentions=_mentions(text, names), times=(), places=(), article_date=None
    )
    return [str(e.event) for e in events]


GOV = "GOV"


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "names", "absent"),
    [
        (
            "The state's food inspectors carry out some 2,000 visits a year to restaurants.",
            [("The state's food inspectors", GOV)],
            "CONSULT",
        ),
        (
            "The minister meets the envoy twice a month.",
            [("The minister", GOV), ("the envoy", GOV)],
            "CONSULT",
        ),
        (
            "The labour leader clashed with ministers about how the funds should be spent.",
            [("The labour leader", "LAB"), ("ministers", GOV)],
            "ASSAULT",
        ),
        (
            "Labour volunteers are phoning thousands of voters this week.",
            [("Labour volunteers", "PTY")],
            "CONSULT",
        ),
        (
            "Acme Corp supplied the Kenyan army with boots.",
            [("Acme Corp", "BUS"), ("the Kenyan army", "MIL")],
            "AID",
        ),
    ],
)
def test_no_event(parse: Parse, text: str, names: Sequence[tuple[str, str]], absent: str) -> None:
    assert absent not in _types(parse, text, names)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "names", "present"),
    [
        ("The minister met the envoy on Monday.", [("The minister", GOV), ("the envoy", GOV)], "CONSULT"),
        (
            "A day after the vote, the Iranian minister met the EU envoy.",
            [("the Iranian minister", GOV), ("the EU envoy", GOV)],
            "CONSULT",
        ),
        (
            "Police clashed with protesters in the capital on Sunday.",
            [("Police", "COP"), ("protesters", "CVL")],
            "ASSAULT",
        ),
        (
            "The president telephoned the Turkish leader on Friday.",
            [("The president", GOV), ("the Turkish leader", GOV)],
            "CONSULT",
        ),
        (
            "Norway will supply Ukraine with air defence systems.",
            [("Norway", GOV), ("Ukraine", GOV)],
            "AID",
        ),
        (
            "Rebels attack army posts in the region every week.",
            [("Rebels", "REB"), ("army posts", "MIL")],
            "ASSAULT",
        ),
    ],
)
def test_event_kept(parse: Parse, text: str, names: Sequence[tuple[str, str]], present: str) -> None:
    assert present in _types(parse, text, names)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "names", "absent"),
    [
        ("The senator met his future wife at a party in Boston.", [("The senator", GOV)], "CONSULT"),
        (
            "The cabinet had to recognise there were new parties in the race.",
            [("The cabinet", GOV)],
            "SUPPORT",
        ),
        (
            "Closer cooperation with Kenya would help secure the borders, the minister said.",
            [("Kenya", GOV), ("the minister", GOV)],
            "COOPERATE",
        ),
        (
            "The minister warned that building the new roads will require more engineers.",
            [("The minister", GOV)],
            "THREATEN",
        ),
    ],
)
def test_no_event_private(parse: Parse, text: str, names: Sequence[tuple[str, str]], absent: str) -> None:
    assert absent not in _types(parse, text, names)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "names", "present"),
    [
        (
            "The senator met the Mexican ambassador in Boston.",
            [("The senator", GOV), ("the Mexican ambassador", GOV)],
            "CONSULT",
        ),
        (
            "Brazil recognised Palestine as a state on Friday.",
            [("Brazil", GOV), ("Palestine", GOV)],
            "SUPPORT",
        ),
        (
            "Cooperation between Kenya and Uganda has improved trade.",
            [("Kenya", GOV), ("Uganda", GOV)],
            "COOPERATE",
        ),
        (
            "Russia warned that it would respond to any attack by Poland.",
            [("Russia", GOV), ("Poland", GOV)],
            "THREATEN",
        ),
    ],
)
def test_event_kept_private(parse: Parse, text: str, names: Sequence[tuple[str, str]], present: str) -> None:
    assert present in _types(parse, text, names)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "names", "present"),
    [
        (
            "The mayor was heard asking the senator if he was a spy.",
            [("The mayor", GOV), ("the senator", GOV)],
            "",
        ),
        (
            "The senator asked the minister to send troops.",
            [("The senator", GOV), ("the minister", GOV)],
            "REQUEST",
        ),
    ],
)
def test_question(parse: Parse, text: str, names: Sequence[tuple[str, str]], present: str) -> None:
    types = _types(parse, text, names)
    assert present in types if present else not {"REQUEST", "AGREE"} & set(types)
