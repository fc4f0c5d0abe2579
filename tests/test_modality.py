"""Modality: negated, future, hypothetical and asserted events, over real parses."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

import pytest

from dragoman.parsed import ParsedDoc
from dragoman.schema import Entity, Event, Mention
from dragoman.stages.events import find_events
from dragoman.stages.modality import modality_of

Parse = Callable[[str], ParsedDoc]
pytestmark = pytest.mark.model

ACTORS = ["Russia", "Ukraine", "Iran", "Israel", "Kenya", "Somalia", "France", "China", "it", "The minister",
          "The army", "the hostages", "the sailors", "the journalists", "Ethiopia", "the rebels"]  # fmt: skip


def events_of(parse: Parse, text: str, names: Sequence[str] = ACTORS) -> list[Event]:
    mentions = [
        Mention(m.start(), m.end(), name, Entity(name, name.lower(), "XXX", "GOV"))
        for name in names
        for m in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", text)
    ]
    mentions.sort(key=lambda m: m.start)
    return find_events(parse(text), mentions=mentions, times=[], places=[], article_date=None)


def modalities(parse: Parse, text: str) -> dict[str, str]:
    return {str(e.event): str(e.modality) for e in events_of(parse, text)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russia did not attack Ukraine.", {"ASSAULT": "negated"}),
        ("Iran never attacked Israel.", {"ASSAULT": "negated"}),
        ("Russia didn't invade Ukraine.", {"ASSAULT": "negated"}),
        ("Israel refused to negotiate with Iran.", {"REJECT": "asserted", "CONSULT": "negated"}),
        ("Iran denied that it attacked Israel.", {"ASSAULT": "negated"}),  # the denial: a statement
        ("The army failed to free the hostages.", {"RETREAT": "negated"}),
        ("No talks were held with Iran.", {"CONSULT": "negated"}),
    ],
)
def test_negated(parse: Parse, text: str, expected: dict[str, str]) -> None:
    assert modalities(parse, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russia will attack Ukraine.", {"ASSAULT": "future"}),
        ("France plans to impose sanctions on Iran.", {"SANCTION": "future"}),
        ("Kenya agreed to withdraw its troops from Somalia.", {"AGREE": "asserted", "RETREAT": "future"}),
        ("Iran promised to release the sailors.", {"RETREAT": "future"}),
        ("The minister is due to visit China next week.", {"CONSULT": "future"}),
        ("Israel announced it would withdraw from Gaza.", {"RETREAT": "future"}),
        ("Iran is expected to release the sailors.", {"RETREAT": "future"}),
        ("Iran is going to attack Israel.", {"ASSAULT": "future"}),
        ("Kenya is to withdraw its troops from Somalia.", {"RETREAT": "future"}),
        ("The army was to free the hostages on Monday.", {"RETREAT": "future"}),
        ("France will not impose sanctions on Iran.", {"SANCTION": "negated"}),
    ],
)
def test_future(parse: Parse, text: str, expected: dict[str, str]) -> None:
    assert modalities(parse, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russia may invade Ukraine.", {"ASSAULT": "hypothetical"}),
        ("China could impose sanctions on Russia.", {"SANCTION": "hypothetical"}),
        (
            "If Iran attacks Israel, France will impose sanctions on Iran.",
            {"ASSAULT": "hypothetical", "SANCTION": "hypothetical"},  # the consequent of a condition
        ),
        ("Iran threatened to attack Israel.", {"THREATEN": "asserted", "ASSAULT": "hypothetical"}),
        (
            "Kenya urged Ethiopia to release the journalists.",
            {"REQUEST": "asserted", "RETREAT": "hypothetical"},
        ),
        ("Russia is considering sanctions against Ukraine.", {"SANCTION": "hypothetical"}),
        (
            "France called on Russia to withdraw from Ukraine.",
            {"REQUEST": "asserted", "RETREAT": "hypothetical"},
        ),
    ],
)
def test_hypothetical(parse: Parse, text: str, expected: dict[str, str]) -> None:
    assert modalities(parse, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Russia attacked Ukraine.",
        "Russia has attacked Ukraine, officials said.",
        "Russia said it attacked Ukraine.",
        "The army released the hostages on Monday.",
    ],
)
def test_asserted(parse: Parse, text: str) -> None:
    assert set(modalities(parse, text).values()) == {"asserted"}


def test_the_cue_is_named(parse: Parse) -> None:
    parsed = parse("Russia did not attack Ukraine.")
    attack = next(t.i for t in parsed.tokens if t.lemma == "attack")
    cue = modality_of(parsed, attack)
    assert (str(cue.modality), cue.rule) == ("negated", "neg:not")
    parsed = parse("Russia will not attack Ukraine.")
    attack = next(t.i for t in parsed.tokens if t.lemma == "attack")
    assert modality_of(parsed, attack).rule == "neg:will-not"  # a refusal, not a denial
    parsed = parse("Kenya agreed to withdraw.")
    withdraw = next(t.i for t in parsed.tokens if t.lemma == "withdraw")
    assert modality_of(parsed, withdraw).rule == "gov:agree"


@pytest.mark.parametrize(
    ("text", "expected", "rule"),
    [
        ("Kenya is willing to pull its soldiers out of Somalia.", "future", "gov:willing"),
        ("France is ready to impose sanctions on Iran.", "future", "gov:ready"),
        ("Ethiopia is prepared to release the journalists.", "future", "gov:prepared"),
        ("The army was unable to free the hostages.", "negated", "gov:unable"),
        ("Iran refused to release the sailors.", "negated", "gov:refuse"),
        ("China might impose sanctions on Russia.", "hypothetical", "aux:might"),
    ],
)
def test_governing_adjectives_and_the_rule_on_the_event(
    parse: Parse, text: str, expected: str, rule: str
) -> None:
    events = [e for e in events_of(parse, text) if str(e.event) in ("RETREAT", "SANCTION")]
    assert [(str(e.modality), e.modality_rule) for e in events] == [(expected, rule)]


def test_a_conjunct_does_not_inherit_its_heads_complement_cue(parse: Parse) -> None:
    events = events_of(
        parse, "Kenya agreed to withdraw its troops, but urged Ethiopia to release the journalists."
    )
    by_type = {str(e.event): str(e.modality) for e in events}
    assert by_type["REQUEST"] == "asserted" and by_type["RETREAT"] in ("future", "hypothetical")


def test_the_consequent_of_a_condition_is_hypothetical(parse: Parse) -> None:
    events = events_of(parse, "If Russia attacks Ukraine, France will impose sanctions on Russia.")
    sanction = next(e for e in events if str(e.event) == "SANCTION")
    assert (str(sanction.modality), sanction.modality_rule) == ("hypothetical", "cond:if")


def test_pledged_aid_is_future(parse: Parse) -> None:
    events = events_of(parse, "France pledged new loans to Ukraine.", ["France", "Ukraine"])
    assert [(str(e.event), str(e.modality), e.modality_rule) for e in events] == [
        ("AID", "future", "light:pledge")
    ]
    events = events_of(parse, "France granted new loans to Ukraine.", ["France", "Ukraine"])
    assert [(str(e.event), str(e.modality)) for e in events] == [("AID", "asserted")]


def test_unless_names_the_condition_of_a_threat(parse: Parse) -> None:
    events = events_of(parse, "Kenya will withdraw its troops from Somalia unless Somalia pays them.")
    withdraw = next(e for e in events if str(e.event) == "RETREAT")
    assert (str(withdraw.modality), withdraw.modality_rule) == ("hypothetical", "cond:unless")


def test_an_attempt_is_the_act(parse: Parse) -> None:
    assert modalities(parse, "Russia tried to attack Ukraine.") == {"ASSAULT": "asserted"}
    assert modalities(parse, "The rebels attempted to seize Ukraine's embassy.")["COERCE"] == "asserted"


def test_will_not_is_a_refusal(parse: Parse) -> None:
    (event,) = events_of(parse, "Kenya will not withdraw its troops from Somalia.")
    assert (str(event.modality), event.modality_rule) == ("negated", "neg:will-not")
