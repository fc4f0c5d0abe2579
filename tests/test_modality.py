"""Modality: negated, future, hypothetical and asserted events, over real parses."""

from __future__ import annotations

from collections.abc import Callable, Sequence

import pytest

from builders import cue_on, named_mentions
from dragoman.parsed import ParsedDoc
from dragoman.schema import Event
from dragoman.stages.events import find_events
from dragoman.stages.modality import modality_of

Parse = Callable[[str], ParsedDoc]
pytestmark = pytest.mark.model

ACTORS = ["Russia", "Ukraine", "Iran", "Israel", "Kenya", "Somalia", "France", "China", "it", "The minister",
          "The army", "the hostages", "the sailors", "the journalists", "Ethiopia", "the rebels"]  # fmt: skip


def events_of(parse: Parse, text: str, names: Sequence[str] = ACTORS) -> list[Event]:
    return find_events(
        parse(text), mentions=named_mentions(text, names), times=[], places=[], article_date=None
    )


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
        ("Russia will attack Ukraine.", {"THREATEN": "asserted", "ASSAULT": "future"}),
        ("France plans to impose sanctions on Iran.", {"THREATEN": "asserted", "SANCTION": "future"}),
        ("Kenya agreed to withdraw its troops from Somalia.", {"AGREE": "asserted", "RETREAT": "future"}),
        ("Iran promised to release the sailors.", {"AGREE": "asserted", "RETREAT": "future"}),
        ("The minister is due to visit China next week.", {"CONSULT": "future"}),
        ("Israel announced it would withdraw from Gaza.", {"AGREE": "asserted", "RETREAT": "future"}),
        ("Iran is expected to release the sailors.", {"RETREAT": "future"}),
        ("Iran is going to attack Israel.", {"THREATEN": "asserted", "ASSAULT": "future"}),
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
            # the consequent of a condition; announced with "will", it is a threat
            {"ASSAULT": "hypothetical", "THREATEN": "asserted", "SANCTION": "hypothetical"},
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
        ("Kenya is willing to pull its soldiers out of Somalia.", "hypothetical", "gov:willing"),
        ("France is ready to impose sanctions on Iran.", "hypothetical", "gov:ready"),
        ("Ethiopia is prepared to release the journalists.", "hypothetical", "gov:prepared"),
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


def test_pledged_aid_is_an_agreement_and_a_future_aid(parse: Parse) -> None:
    events = events_of(parse, "France pledged new loans to Ukraine.", ["France", "Ukraine"])
    assert [(str(e.event), str(e.modality), e.modality_rule) for e in events] == [
        ("AGREE", "asserted", "default"),
        ("AID", "future", "light:pledge"),
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
    refusal, event = events_of(parse, "Kenya will not withdraw its troops from Somalia.")
    assert (str(event.modality), event.modality_rule) == ("negated", "neg:will-not")
    assert (str(refusal.event), str(refusal.modality)) == ("REJECT", "asserted")  # the statement


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        # denial of a report: the reported act is negated; the report is transparent
        (
            "The firm denied reports that it was pulling its staff out of Iraq.",
            "pulling",
            ("negated", "gov:deny-report"),
        ),
        ("Iran denied the attack on the tanker.", "attack", ("negated", "gov:deny")),
        ("Iran denied any plan to attack the tanker.", "attack", ("negated", "gov:deny+purpose:plan")),
        # an absent plan, intention or sign
        (
            "The minister said Beijing had drawn up no plan for an invasion of the island.",
            "invasion",
            ("negated", "neg:no-plan"),
        ),
        ("Russia said it had no intention to invade Ukraine.", "invade", ("negated", "neg:no-intention")),
        ("Iran said it had no intention of attacking Israel.", "attacking", ("negated", "neg:no-intention")),
        ("There was no sign of a withdrawal from the town.", "withdrawal", ("negated", "neg:no-sign")),
        ("China ruled out an invasion of the island.", "invasion", ("negated", "gov:rule-out")),
        # prevention is implicative: the act did not happen
        (
            "Police detained him to prevent him from fighting abroad.",
            "fighting",
            ("negated", "gov:prevent-from"),
        ),
        ("The guards kept the prisoners from leaving the camp.", "leaving", ("negated", "gov:keep-from")),
        ("Iraq refrained from criticising Iran.", "criticising", ("negated", "gov:refrain-from")),
        ("The police foiled a plot to bomb the embassy.", "bomb", ("negated", "gov:foil+purpose:plot")),
        (
            "Rebels made a failed attempt to seize the airport.",
            "seize",
            ("negated", "purpose:failed-attempt"),
        ),
    ],
)
def test_embedded_negated(parse: Parse, text: str, word: str, expected: tuple[str, str]) -> None:
    assert cue_on(parse, text, word) == expected


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        # a demand, through a participle clause and a coordination
        (
            "She wrote to the minister, calling for him to apologise and withdraw the remark.",
            "apologise",
            ("hypothetical", "gov:call"),
        ),
        (
            "She wrote to the minister, calling for him to apologise and withdraw the remark.",
            "withdraw",
            ("hypothetical", "gov:call"),
        ),
        ("Health groups urge the government to fight on.", "fight", ("hypothetical", "gov:urge")),
        # the purpose of a campaign, effort, bid or attempt
        (
            "The army launched a campaign to destroy the rebels.",
            "destroy",
            ("hypothetical", "purpose:campaign"),
        ),
        ("France backed efforts to topple the regime.", "topple", ("hypothetical", "purpose:effort")),
        ("Gunmen made an attempt to kill the mayor.", "kill", ("asserted", "default")),
        (
            "The opposition renewed its campaign for the release of the prisoners.",
            "release",
            ("hypothetical", "purpose:campaign"),
        ),
        ("The threat of sanctions hung over the talks.", "sanctions", ("hypothetical", "prospect:threat")),
        # a prohibition is not implicative: the act is only forbidden
        ("Women were banned from attending the matches.", "attending", ("hypothetical", "gov:ban-from")),
        # a commitment
        ("Kenya signed a deal with Somalia to withdraw its troops.", "withdraw", ("future", "purpose:deal")),
    ],
)
def test_embedded_hypothetical_and_future(
    parse: Parse, text: str, word: str, expected: tuple[str, str]
) -> None:
    assert cue_on(parse, text, word) == expected


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The firm denied reports and withdrew its staff from Iraq.", "withdrew"),  # the cue is a sibling
        ("The firm confirmed reports that it was withdrawing its staff.", "withdrawing"),
        ("There were signs of a withdrawal from the town.", "withdrawal"),  # no "no"
        ("The minister denied responsibility for the attack on the convoy.", "attack"),
        ("The army launched a successful campaign to recapture the town.", "recapture"),
        ("Israel was accused of attacking the convoy.", "attacking"),
        ("Russia threatened Ukraine by massing troops on the border.", "massing"),
        ("The rebels denied the charges and attacked the town.", "attacked"),
    ],
)
def test_a_cue_that_does_not_govern_the_act_leaves_it_asserted(parse: Parse, text: str, word: str) -> None:
    assert cue_on(parse, text, word)[0] == "asserted"


def test_embedded_cues_reach_the_events(parse: Parse) -> None:
    assert modalities(parse, "Iran said it had no intention of attacking Israel.") == {"ASSAULT": "negated"}
    events = events_of(parse, "France wrote to China, calling on China to impose sanctions on Russia.")
    assert {str(e.event): str(e.modality) for e in events}["SANCTION"] == "hypothetical"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kenya did not attack or shell Somalia.", {"ASSAULT": "negated"}),  # one shared negation
        ("France is not party to the dispute, but has supported Ukraine.", {"SUPPORT": "asserted"}),
        (
            "Iran did not attack Israel and has released the sailors.",
            {"ASSAULT": "negated", "RETREAT": "asserted"},
        ),
    ],
)
def test_a_conjunct_of_its_own_does_not_share_the_negation(
    parse: Parse, text: str, expected: dict[str, str]
) -> None:
    assert modalities(parse, text) == expected


@pytest.mark.parametrize(
    "text",
    ["Iran is likely to release the sailors.", "Kenya is unlikely to withdraw its troops from Somalia."],
)
def test_a_likelihood_is_hypothetical(parse: Parse, text: str) -> None:
    assert modalities(parse, text) == {"RETREAT": "hypothetical"}
