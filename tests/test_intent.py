"""Expressed intent: a commitment is an AGREE (or a THREATEN) coded by its promised act; governing
nouns and clauses decide an act's modality."""

from __future__ import annotations

import pytest

from dragoman.ontology import intent_cameo, threat_cameo
from dragoman.stages.modality import modality_of
from test_modality import Parse, events_of

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("act", "expected"),
    [("0841", "0353"), ("0872", "0356"), ("046", "036"), ("072", "0332"), ("081", "0351"), (None, "030")],
)
def test_intent_code_follows_the_act(act: str | None, expected: str) -> None:
    assert intent_cameo(act) == expected


def test_threat_code_follows_the_act() -> None:
    assert (threat_cameo("166"), threat_cameo("190"), threat_cameo("040")) == ("136", "138", "130")


def _coded(parse: Parse, text: str) -> list[tuple[str, str, str]]:
    return [(str(e.event), e.cameo, str(e.modality)) for e in events_of(parse, text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Kenya promised to free the sailors.",
            [("AGREE", "0353", "asserted"), ("RETREAT", "0841", "future")],
        ),
        (
            "Iran offered to negotiate with France.",
            [("AGREE", "036", "asserted"), ("CONSULT", "046", "hypothetical")],
        ),
        (
            "Russia is willing to withdraw from Ukraine.",
            [("AGREE", "0356", "asserted"), ("RETREAT", "0872", "hypothetical")],
        ),
        ("China pledged aid to Kenya.", [("AGREE", "033", "asserted"), ("AID", "070", "future")]),
        (
            "Israel vowed to expel the Somalia envoy.",
            [("THREATEN", "136", "asserted"), ("SANCTION", "166", "future")],
        ),
    ],
)
def test_a_commitment_is_coded_with_its_act(
    parse: Parse, text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert _coded(parse, text) == expected


def test_a_bare_vow_or_a_readiness_inside_a_warning_is_no_agreement(parse: Parse) -> None:
    assert _coded(parse, "The minister vowed to fight corruption.") == []
    assert [e[0] for e in _coded(parse, "Iran warned Israel that it was ready to act.")] == ["THREATEN"]


@pytest.mark.parametrize(
    ("text", "event", "expected"),
    [
        ("Kenya's refusal to accept the deal angered Somalia.", "AGREE", ("negated", "neg:refusal")),
        ("Iran's failure to reach a deal with France ended the talks.", "AGREE", ("negated", "neg:failure")),
        (
            "Iran rejected an invitation to attend a meeting with France.",
            "CONSULT",
            ("hypothetical", "purpose:invitation"),
        ),
        (
            "Israel opposed the plan until Somalia releases the hostages.",
            "RETREAT",
            ("hypothetical", "mark:until"),
        ),
        (
            "Russia broke its pledge to withdraw from Ukraine.",
            "RETREAT",
            ("negated", "purpose:broken-pledge"),
        ),
    ],
)
def test_governing_nouns_and_clauses(parse: Parse, text: str, event: str, expected: tuple[str, str]) -> None:
    found = [(str(e.modality), e.modality_rule) for e in events_of(parse, text) if str(e.event) == event]
    assert found == [expected]


def test_a_past_until_clause_is_asserted(parse: Parse) -> None:
    events = events_of(parse, "Russia shelled Ukraine until the rebels released the hostages.")
    assert [str(e.modality) for e in events if str(e.event) == "RETREAT"] == ["asserted"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Removing the sanctions is out of the question.", ("negated", "subj:ruled-out")),
        ("Removing the sanctions is unthinkable.", ("negated", "subj:unthinkable")),
        ("Removing the sanctions is possible.", ("hypothetical", "subj:possible")),
        ("Removing the sanctions angered Iran.", ("asserted", "default")),
    ],
)
def test_a_gerund_subject_takes_its_predicate_cue(parse: Parse, text: str, expected: tuple[str, str]) -> None:
    cue = modality_of(parse(text), 0)
    assert (str(cue.modality), cue.rule) == expected
