"""The statement behind an announced act (stages/statements.py): "X will do Y" is also X's asserted
AGREE (a cooperative Y), THREATEN (a hostile Y) or REJECT ("will not")."""

from __future__ import annotations

import pytest

from test_modality import Parse, events_of

pytestmark = pytest.mark.model


def _coded(parse: Parse, text: str) -> list[tuple[str, str | None, str, str]]:
    return [(str(e.event), e.mode, str(e.modality), e.event_text) for e in events_of(parse, text)]


@pytest.mark.parametrize(
    ("text", "statement", "act"),
    [
        ("Kenya will send food aid to Somalia.", ("AGREE", None, "asserted", "will"), ("AID", "future")),
        (
            "France said it would expel the Iranian ambassador.",
            ("THREATEN", "expel", "asserted", "would"),
            ("SANCTION", "future"),
        ),
        (
            "China plans to hold talks with Russia next month.",
            ("AGREE", None, "asserted", "plans"),
            ("CONSULT", "future"),
        ),
        (
            "Israel will not release the hostages.",
            ("REJECT", "yield", "asserted", "will"),
            ("RETREAT", "negated"),
        ),
    ],
)
def test_an_announced_act_has_its_statement_before_it(
    parse: Parse, text: str, statement: tuple[str, str | None, str, str], act: tuple[str, str]
) -> None:
    coded = _coded(parse, text)
    assert len(coded) == 2
    assert coded[0] == statement
    assert (coded[1][0], coded[1][2]) == act


def test_the_statement_keeps_the_acts_parties_not_its_date_or_place(parse: Parse) -> None:
    statement, act = events_of(parse, "Kenya will send food aid to Somalia.")
    assert [e.entity_text for e in statement.actor] == [e.entity_text for e in act.actor] == ["Kenya"]
    assert [e.entity_text for e in statement.recipient] == ["Somalia"]
    assert statement.date is None and statement.event_loc is None
    assert statement.cameo == "033" and statement.rule.startswith("statement:aux:will>")
    assert (statement.id, act.id) == ("e1", "e2")


@pytest.mark.parametrize(
    "text",
    [
        "Russia could impose new sanctions on Ukraine.",  # possible, not announced
        "Iran should release the sailors.",  # demanded, not announced
        "Kenya will deploy the army to Somalia.",  # a deployment: friend or foe is not said
        "It will rain in Nairobi.",  # no event
        "Kenya has not said how it would fund the aid to Somalia.",  # an indirect question
        "Iran did not say whether it will release the sailors.",
    ],
)
def test_what_is_not_announced_gets_no_statement(parse: Parse, text: str) -> None:
    assert all(not e.rule.startswith("statement:") for e in events_of(parse, text))


def test_a_statement_with_its_own_word_is_not_coded_twice(parse: Parse) -> None:
    coded = _coded(parse, "Kenya promised that it would send food aid to Somalia.")
    assert [c[0] for c in coded].count("AGREE") == 1


def test_an_unrelated_agreement_with_no_actor_does_not_stand_for_the_statement(parse: Parse) -> None:
    # the deal is the frame of the act, not its announcement: the act still gets its statement, and
    # the deal it is done under is background, not an event of its own (eventmerge)
    text = "Jordan will allow the Syrian refugees to return to Daraa under a deal brokered by the UN."
    rules = [e.rule for e in events_of(parse, text, ["Jordan", "UN"])]
    assert rules[0].startswith("statement:aux:will>") and not any(r.startswith("noun:deal") for r in rules)
