"""Event types recovered by lexicon matching and sense rules: "for" opening a called-for clause,
conjoined objects of a light verb, bodies expelled, verbal protests, victims who died of an assault,
events measured out ("ten days of war games") and rejections stated as "is opposed to"."""

from __future__ import annotations

from collections.abc import Callable, Sequence

import pytest

from builders import named_mentions
from dragoman.lexicon import find_triggers, load_lexicon
from dragoman.parsed import ParsedDoc
from dragoman.schema import Event, Mention
from dragoman.stages.events import find_events

Parse = Callable[[str], ParsedDoc]


def _mentions(text: str, names: Sequence[str]) -> list[Mention]:
    return named_mentions(text, names, distinct=True)


def _events(parse: Parse, text: str, names: Sequence[str]) -> list[Event]:
    mentions = _mentions(text, names)
    return find_events(parse(text), mentions=mentions, times=(), places=(), article_date=None)


def _fired(parse: Parse, text: str) -> list[str]:
    return [t.entry.id for t in find_triggers(parse(text), load_lexicon())]


@pytest.mark.model
def test_for_opening_a_clause_is_the_particle_of_a_call(parse: Parse) -> None:
    text = "The bishops called for the army to return to barracks."
    assert "phrasal:call_for:request" in _fired(parse, text)
    assert "phrasal:push_for:request" in _fired(parse, "Ottawa is pressing hard and pushing for Lima to act.")


@pytest.mark.model
def test_for_of_a_purpose_after_an_object_is_no_call(parse: Parse) -> None:
    fired = _fired(parse, "The union booked a hall for its members to meet in.")
    assert not [i for i in fired if "_for" in i]


@pytest.mark.model
def test_a_conjoined_object_completes_a_light_verb(parse: Parse) -> None:
    ids = _fired(parse, "Norway is providing maps and other military intelligence to the Kurds.")
    assert "light:provide_intelligence:aid" in ids


@pytest.mark.model
def test_aid_goods_handed_over_are_aid(parse: Parse) -> None:
    text = "The Danish nurses handed over 300 kg of medicine to the clinic."
    events = _events(parse, text, ["The Danish nurses"])
    assert [(str(e.event), e.rule) for e in events] == [("AID", "light:hand_over_medicine:aid")]


@pytest.mark.model
def test_a_body_forced_out_is_expelled_not_deported(parse: Parse) -> None:
    text = "The junta forced the UN children's agency out of the country."
    (event,) = _events(parse, text, ["The junta", "the UN children's agency"])
    assert str(event.event) == "SANCTION" and event.mode == "expel" and event.rule.endswith(">body")
    text = "The junta forced 400 migrant workers out of the country."
    assert [str(e.event) for e in _events(parse, text, ["The junta", "400 migrant workers"])] == ["COERCE"]


@pytest.mark.model
def test_protesting_a_claim_is_a_complaint(parse: Parse) -> None:
    text = "The watchdog protested that the ministry had ignored the court."
    (event,) = _events(parse, text, ["The watchdog", "the ministry"])
    assert str(event.event) == "ACCUSE" and event.rule.endswith(">complaint")
    text = "Thousands of farmers protested outside the ministry on Monday."
    assert [str(e.event) for e in _events(parse, text, ["Thousands of farmers"])] == ["PROTEST"]


@pytest.mark.model
def test_protesting_to_a_government_is_a_complaint(parse: Parse) -> None:
    text = "Chile protested to Bolivia over the arrest of its consul."
    events = _events(parse, text, ["Chile", "Bolivia"])
    assert ("ACCUSE", "phrasal:protest_to:accuse") in [(str(e.event), e.rule) for e in events]


@pytest.mark.model
def test_one_who_died_of_torture_is_its_victim(parse: Parse) -> None:
    text = "A jailed blogger died as a result of torture in a prison near the capital."
    (event,) = _events(parse, text, ["A jailed blogger"])
    assert str(event.event) == "ASSAULT" and [m.code for m in event.recipient] == ["X00"]


@pytest.mark.model
def test_an_event_measured_out_is_done_by_the_subject(parse: Parse) -> None:
    text = "Greek and Turkish warships began eight days of war games in the Aegean."
    events = _events(parse, text, ["Greek", "Turkish"])
    assert [str(e.event) for e in events] == ["COOPERATE"]
    assert {m.code for m in events[0].actor} == {"X00", "X01"}


@pytest.mark.model
def test_being_opposed_to_a_proposal_rejects_it(parse: Parse) -> None:
    text = "Peru is opposed to Chilean mediation in the border dispute, an aide said."
    assert "REJECT" in [str(e.event) for e in _events(parse, text, ["Peru", "Chilean"])]
    text = "The ruling party is committed to the peace plan."
    assert _events(parse, text, ["The ruling party"]) == []


@pytest.mark.model
def test_a_party_allowing_a_party_to_act_concedes(parse: Parse) -> None:
    text = "The electoral board allowed the opposition leader to stand in the vote."
    events = _events(parse, text, ["The electoral board", "the opposition leader"])
    assert [(str(e.event), e.rule) for e in events] == [("CONCEDE", "verb:allow:concede")]
    text = "The new rules allow shops to open on Sundays."
    assert "CONCEDE" not in [str(e.event) for e in _events(parse, text, ["shops"])]


@pytest.mark.model
def test_a_concession_offered_is_an_offer_and_signatures_collected_a_petition(parse: Parse) -> None:
    text = "The envoy offered concessions last month that could end the standoff."
    assert [str(e.event) for e in _events(parse, text, ["The envoy"])] == ["AGREE"]
    text = "The farmers' union began collecting signatures against the new water tax."
    assert "PROTEST" in [str(e.event) for e in _events(parse, text, ["The farmers' union"])]


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "The general resigned on Monday to allow free elections to take place.",
        "The rebels demanded a ceasefire before allowing the monitors into the valley.",
    ],
)
def test_a_permission_that_is_an_aim_is_no_concession(parse: Parse, text: str) -> None:
    names = ["The general", "The rebels", "the monitors"]
    assert "CONCEDE" not in [str(e.event) for e in _events(parse, text, names)]


@pytest.mark.model
def test_a_border_opened_to_refugees_is_shelter(parse: Parse) -> None:
    text = "Jordan opened its border to thousands of Iraqi refugees on Friday."
    (event,) = _events(parse, text, ["Jordan", "Iraqi"])
    assert str(event.event) == "AID" and event.rule.endswith(">shelter")
    text = "Jordan opened its border to Iraqi lorries on Friday."
    assert [str(e.event) for e in _events(parse, text, ["Jordan", "Iraqi"])] == ["RETREAT"]
