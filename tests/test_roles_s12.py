"""Roles the parse places away from the trigger (stages/roleplaces.py, rolepurposes.py,
roleobjects.py, recipients.py) and the officials of a located investigation or sentence
(stages/force.py), over real parses with hand-built mentions and places."""

from __future__ import annotations

from collections.abc import Callable, Sequence

import pytest

from builders import hand_coded, mention, only_event, place
from dragoman.parsed import ParsedDoc
from dragoman.schema import Event, Mention, Place

Parse = Callable[[str], ParsedDoc]
pytestmark = pytest.mark.model


def event_of(
    parse: Parse,
    text: str,
    etype: str,
    mentions: Sequence[Mention],
    places: Sequence[Place] = (),
    *,
    attackers: bool = True,
) -> Event:
    return only_event(hand_coded(parse(text), mentions, places, attackers=attackers), etype)


def roles(event: Event) -> tuple[list[str | None], list[tuple[str | None, str | None, str]]]:
    return [a.code for a in event.actor], [(r.code, r.sector, r.rule) for r in event.recipient]


def test_a_threatened_curfew_in_a_city_of_the_governments_own_country_is_on_its_people(parse: Parse) -> None:
    text = "Chile's interior minister threatened to order a curfew in Valparaiso because of looting."
    ms = [mention(text, "Chile's interior minister", "CHL", "GOV")]
    event = event_of(parse, text, "THREATEN", ms, [place(text, "Valparaiso", "CHL")])
    assert roles(event) == (["CHL"], [("CHL", "CVL", "place-population")])


def test_measures_eased_in_a_place_the_parser_hung_on_the_verb(parse: Parse) -> None:
    text = "Colombia eased security measures on Sunday in Cauca province."
    ms = [mention(text, "Colombia", "COL", "GOV")]
    event = event_of(parse, text, "CONCEDE", ms, [place(text, "Cauca", "COL")])
    assert roles(event) == (["COL"], [("COL", "CVL", "place-population")])


def test_an_eased_tension_is_no_measure_on_a_places_people(parse: Parse) -> None:
    text = "Colombia eased tensions on Sunday in Cauca province."
    ms = [mention(text, "Colombia", "COL", "GOV")]
    events = hand_coded(parse(text), ms, [place(text, "Cauca", "COL")])
    assert all(not e.recipient for e in events)


def test_an_uncoded_destination_is_in_the_place_named_after_it(parse: Parse) -> None:
    text = "The IAEA sent inspectors to the Borealis Research Reactor (BRR) in eastern Ruritania on Monday."
    ms = [mention(text, "The IAEA", "UNO", None), mention(text, "BRR", None, None)]
    event = event_of(parse, text, "ACCUSE", ms, [place(text, "Ruritania", "XRU", 1)])
    assert "XRU" in [r.code for r in event.recipient]


def test_the_purpose_of_sending_a_team_is_carried_out_where_it_was_sent(parse: Parse) -> None:
    text = "Denmark flew a group of forensic experts to Tirana to investigate the killings."
    ms = [mention(text, "Denmark", "DNK", "GOV")]
    event = event_of(parse, text, "ACCUSE", ms, [place(text, "Tirana", "ALB")])
    assert [r.code for r in event.recipient] == ["ALB"]


def test_an_unattributed_investigation_is_by_the_places_authorities(parse: Parse) -> None:
    text = "A Czech lawyer was put under investigation in Slovakia for forgery."
    ms = [mention(text, "A Czech lawyer", "CZE", "CVL")]
    event = event_of(parse, text, "ACCUSE", ms, [place(text, "Slovakia", "SVK", 1)])
    (actor,) = event.actor
    assert (actor.code, actor.sector, actor.rule) == ("SVK", "GOV", "place-authorities")
    assert actor.entity_name == "authorities (Slovakia)"


def test_an_unattributed_sentence_is_by_the_places_courts(parse: Parse) -> None:
    text = "Two Latvian sailors were sentenced in Norway to a year in prison."
    ms = [mention(text, "Two Latvian sailors", "LVA", "CVL")]
    event = event_of(parse, text, "SANCTION", ms, [place(text, "Norway", "NOR", 1)])
    (actor,) = event.actor
    assert (actor.code, actor.sector, actor.rule) == ("NOR", "JUD", "place-courts")


def test_the_officials_are_not_guessed_with_the_setting_off(parse: Parse) -> None:
    text = "A Czech lawyer was put under investigation in Slovakia for forgery."
    ms = [mention(text, "A Czech lawyer", "CZE", "CVL")]
    event = event_of(parse, text, "ACCUSE", ms, [place(text, "Slovakia", "SVK", 1)], attackers=False)
    assert event.actor == ()


def test_a_relative_pronoun_object_stands_for_its_antecedent(parse: Parse) -> None:
    text = "Marines rescued three Indian crew members whom pirates had taken hostage in May."
    ms = [
        mention(text, "Marines", "FRA", "MIL"),
        mention(text, "three Indian crew members", "IND", "CVL"),
        mention(text, "pirates", None, "CRM"),
    ]
    event = event_of(parse, text, "ASSAULT", ms)
    assert [r.code for r in event.recipient] == ["IND"]


def test_the_movement_of_a_party_is_that_partys(parse: Parse) -> None:
    text = "Egypt relaxed restrictions on the movement of Sudanese traders."
    ms = [
        mention(text, "Egypt", "EGY", "GOV"),
        mention(text, "the movement", "XXX", None),
        mention(text, "Sudanese traders", "SDN", "BUS"),
    ]
    event = event_of(parse, text, "CONCEDE", ms)
    assert [r.code for r in event.recipient] == ["SDN"]


def test_fellow_protesters_are_no_recipient_the_joint_demand_names_it(parse: Parse) -> None:
    text = "Miners marched in Lima, joining farmers in calling for the energy minister's resignation."
    ms = [
        mention(text, "Miners", "PER", "LAB"),
        mention(text, "farmers", "PER", "AGR"),
        mention(text, "the energy minister", "PER", "GOV"),
    ]
    event = event_of(parse, text, "PROTEST", ms)
    assert [(r.code, r.sector) for r in event.recipient] == [("PER", "GOV")]


def test_the_aim_of_a_campaign_names_whom_the_act_addresses(parse: Parse) -> None:
    text = "Truckers blocked highways in a bid to force the Brazilian government to cut diesel prices."
    ms = [mention(text, "Truckers", "BRA", "LAB"), mention(text, "the Brazilian government", "BRA", "GOV")]
    event = event_of(parse, text, "PROTEST", ms)
    assert [(r.code, r.sector) for r in event.recipient] == [("BRA", "GOV")]


def test_the_topic_of_shared_information_is_no_recipient(parse: Parse) -> None:
    text = "Peru and Chile agreed to swap information on smuggling gangs."
    ms = [
        mention(text, "Peru", "PER", "GOV"),
        mention(text, "Chile", "CHL", "GOV"),
        mention(text, "smuggling gangs", None, "CRM"),
    ]
    event = event_of(parse, text, "AGREE", ms)
    assert event.recipient == ()


def test_an_unattributed_charge_is_brought_by_the_places_prosecutors(parse: Parse) -> None:
    text = "Two Lebanese traders were charged in Cyprus with money laundering."
    ms = [mention(text, "Two Lebanese traders", "LBN", "BUS")]
    event = event_of(parse, text, "COERCE", ms, [place(text, "Cyprus", "CYP", 1)])
    (actor,) = event.actor
    assert (actor.code, actor.sector, actor.entity_name) == ("CYP", "JUD", "prosecutors (Cyprus)")
