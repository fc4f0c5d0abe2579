"""Modality of goals and pending acts: "aimed at", "agreed to" a noun, a demand's "that" clause and a
present-tense "before" clause (stages/modality.py, stages/modalcues.py), over real parses."""

from __future__ import annotations

from collections.abc import Callable, Sequence

import pytest

from builders import named_mentions
from dragoman.parsed import ParsedDoc
from dragoman.schema import Event
from dragoman.stages.events import find_events

Parse = Callable[[str], ParsedDoc]
pytestmark = pytest.mark.model

NAMES = ["Chile", "Peru", "Colombia", "Norway", "Egypt", "The WHO", "the rebels", "The rebels", "the army",
         "Ghana", "Togo"]  # fmt: skip


def events_of(parse: Parse, text: str, names: Sequence[str] = NAMES) -> list[Event]:
    return find_events(
        parse(text), mentions=named_mentions(text, names), times=[], places=[], article_date=None
    )


def modality(parse: Parse, text: str, etype: str) -> tuple[str, str]:
    found = [e for e in events_of(parse, text) if str(e.event) == etype]
    assert found, (text, etype)
    return str(found[0].modality), found[0].modality_rule


def test_a_goal_after_aimed_at_is_not_done(parse: Parse) -> None:
    text = "Leaders held a summit aimed at establishing closer relations between Chile and Peru."
    assert modality(parse, text, "SUPPORT") == ("future", "gov:aim-at")


def test_a_noun_agreed_to_is_not_yet_done(parse: Parse) -> None:
    text = "Colombia agreed to Norwegian mediation in its talks with the rebels."
    assert modality(parse, text, "CONSULT") == ("future", "gov:agree-to")
    assert modality(parse, text, "AGREE")[0] == "asserted"
    # a plain preposition of another verb stays asserted
    assert modality(parse, "Norway sent food aid to Colombia.", "AID")[0] == "asserted"


def test_the_that_clause_of_a_demand_is_hypothetical(parse: Parse) -> None:
    text = "The WHO repeated its demand that Egypt lift restrictions on aid convoys."
    assert modality(parse, text, "CONCEDE") == ("hypothetical", "purpose:demand-that")
    # a report's clause is not a demand: its act stays asserted
    text = "The WHO confirmed reports that Egypt lifted restrictions on aid convoys."
    assert modality(parse, text, "CONCEDE")[0] == "asserted"


def test_a_present_tense_before_clause_is_still_to_come(parse: Parse) -> None:
    text = "Togo said the army must hold talks with Ghana before the rebels disarm."
    assert modality(parse, text, "RETREAT") == ("hypothetical", "mark:before")
    text = "The rebels disarmed before the army held talks with Ghana."
    assert modality(parse, text, "RETREAT")[0] == "asserted"


def test_the_act_of_a_vetoed_text_is_not_done(parse: Parse) -> None:
    text = "Chile vetoed a resolution condemning the coup in Peru."
    assert modality(parse, text, "ACCUSE") == ("negated", "gov:veto-resolution")
    text = "Chile drafted a resolution condemning the coup in Peru."
    assert modality(parse, text, "ACCUSE") == ("hypothetical", "gov:draft-resolution")
    text = "Chile passed a resolution condemning the coup in Peru."
    assert modality(parse, text, "ACCUSE")[0] == "asserted"


def test_an_admission_is_transparent_to_the_verb_over_it(parse: Parse) -> None:
    text = "Peru demanded an admission by Chile that Chile shelled a village in Peru."
    assert modality(parse, text, "ASSAULT") == ("hypothetical", "gov:demand")
    text = "Chile made an admission that Chile shelled a village in Peru."
    assert modality(parse, text, "ASSAULT")[0] == "asserted"
