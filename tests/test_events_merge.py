"""One event per act: purpose, result, conjunct and frame triggers of one type merge (eventmerge)."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

import pytest

from dragoman.parsed import ParsedDoc
from dragoman.schema import Entity, Event, Mention
from dragoman.stages.events import find_events

Parse = Callable[[str], ParsedDoc]
pytestmark = pytest.mark.model

CODES = {"Chile": "CHL", "Peru": "PER", "Kenyan police": "KEN", "the students": "KEN", "Syria": "SYR",
         "Turkey": "TUR", "Homs": "SYR", "Aleppo": "SYR", "The militants": "NGA", "Spain": "ESP",
         "Morocco": "MAR", "the teachers": "BOL", "the crowd": "KEN"}  # fmt: skip


def events_of(parse: Parse, text: str) -> list[Event]:
    mentions = [
        Mention(m.start(), m.end(), name, Entity(name, name.lower(), code, "GOV", rule="test"))
        for name, code in CODES.items()
        for m in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", text)
    ]
    mentions.sort(key=lambda m: m.start)
    return find_events(parse(text), mentions=mentions, times=[], places=[], article_date=None)


def types(events: Sequence[Event]) -> list[str]:
    return sorted(str(e.event) for e in events)


def codes(entities: Sequence[Entity]) -> set[str]:
    return {e.code for e in entities if e.code}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a purpose clause of the same type: one act
        ("Chile's foreign minister phoned Peru to discuss the fishing dispute.", ["CONSULT"]),
        ("Kenyan police fired tear gas to disperse the crowd.", ["ASSAULT"]),
        # a result clause of the same attack
        ("Syria shelled Turkey's border posts, killing two guards.", ["ASSAULT"]),
        # killed or wounded: one attack
        ("The militants killed or wounded 40 of the students.", ["ASSAULT"]),
        # the frame of the act: "in the fighting", "an inquiry into the allegations"
        ("Two soldiers from Syria were killed in the fighting with Turkey.", ["ASSAULT"]),
    ],
)
def test_one_act_told_twice_is_one_event(parse: Parse, text: str, expected: list[str]) -> None:
    assert types(events_of(parse, text)) == expected


def test_a_ranked_noun_beside_the_clause_restates_its_act(parse: Parse) -> None:
    text = "Chile's president met Peru's leaders on Monday, the first Chilean leader to visit Lima in years."
    assert types(events_of(parse, text)) == ["CONSULT"]


def test_the_merged_clause_fills_the_main_events_empty_roles(parse: Parse) -> None:
    (event,) = events_of(parse, "Kenyan police used tear gas to disperse the students.")
    assert codes(event.actor) == {"KEN"}


def test_a_conjunct_with_another_target_is_another_attack(parse: Parse) -> None:
    events = events_of(parse, "Turkey shelled Homs and bombed Aleppo.")
    assert types(events) == ["ASSAULT", "ASSAULT"]


def test_a_clause_with_a_subject_of_its_own_stays(parse: Parse) -> None:
    events = events_of(parse, "Spain urged Morocco to hold talks, and Morocco met Spain on Monday.")
    assert types(events).count("CONSULT") == 2


def test_another_type_in_the_purpose_clause_stays(parse: Parse) -> None:
    events = events_of(parse, "Kenyan police arrested 12 people to stop the students protesting.")
    assert "COERCE" in types(events)
    assert len(events) >= 1
