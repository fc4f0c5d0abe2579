"""Parties of force, protest and deployment inferred from places and phrases (stages/force.py,
stages/forcetargets.py, the recoding and own-authorities rules of stages/placeparty.py, the "when"
merge of stages/events.py), over real parses with mentions and places built by hand."""

from __future__ import annotations

from collections.abc import Callable, Sequence

import pytest

from builders import hand_coded, mention, only_event, place
from dragoman.parsed import ParsedDoc
from dragoman.schema import Entity, Event, Mention, Place

Parse = Callable[[str], ParsedDoc]
pytestmark = pytest.mark.model


def events(
    parse: Parse, text: str, mentions: Sequence[Mention], places: Sequence[Place], *, attackers: bool = False
) -> list[Event]:
    return hand_coded(parse(text), mentions, places, attackers=attackers)


one = only_event


def parties(entities: Sequence[Entity]) -> list[tuple[str | None, str | None, str]]:
    return [(e.code, e.sector, e.rule) for e in entities]


def test_unnamed_attackers_are_inferred_only_when_asked(parse: Parse) -> None:
    text = "A roadside bomb killed three Nigerien soldiers near the town of Tillaberi on Monday."
    mentions = [mention(text, "three Nigerien soldiers", "NER", "MIL")]
    places = [place(text, "Tillaberi", "NER")]
    assert one(events(parse, text, mentions, places), "ASSAULT").actor == ()
    event = one(events(parse, text, mentions, places, attackers=True), "ASSAULT")
    assert parties(event.actor) == [("NER", "UAF", "place-attacker")]
    assert event.actor[0].entity_name == "unidentified attackers (Niger)"
    assert event.actor[0].entity_text == "Tillaberi"


def test_gunmen_coded_only_from_context_take_the_country_of_the_attack(parse: Parse) -> None:
    text = "Turkey's consulate in Basra was attacked by masked men on Sunday."
    mentions = [
        mention(text, "Turkey", "TUR", "GOV"),
        mention(text, "masked men", "TUR", "CVL", rule="sector+context"),
    ]
    event = one(events(parse, text, mentions, [place(text, "Basra", "IRQ")], attackers=True), "ASSAULT")
    assert parties(event.actor) == [("IRQ", "UAF", "sector+context+place-attacker")]
    assert event.actor[0].entity_text == "masked men"
    assert event.actor[0].entity_name == "unidentified attackers (Iraq)"


def test_a_country_attacked_as_a_whole_has_no_local_attacker(parse: Parse) -> None:
    text = "Parliament debated the invasion of Kuwait on Monday."
    mentions = [mention(text, "Kuwait", "KWT", "GOV")]
    event = one(events(parse, text, mentions, [place(text, "Kuwait", "KWT", 1)], attackers=True), "ASSAULT")
    assert event.actor == () and parties(event.recipient)[0][0] == "KWT"


def test_no_attacker_country_is_guessed_from_one_side_of_a_border(parse: Parse) -> None:
    text = "Two Ugandan traders were abducted near the Congolese border on Friday."
    mentions = [mention(text, "Two Ugandan traders", "UGA", "BUS")]
    places = [place(text, "Congolese", "COD")]
    assert one(events(parse, text, mentions, places, attackers=True), "ASSAULT").actor == ()


def test_no_attacker_is_inferred_for_shelling_or_beside_a_named_armed_party(parse: Parse) -> None:
    text = "Two Ukrainian civilians were killed by shelling in Kherson."
    mentions = [mention(text, "Two Ukrainian civilians", "UKR", "CVL")]
    found = events(parse, text, mentions, [place(text, "Kherson", "UKR")], attackers=True)
    assert all(not e.actor for e in found)
    text = "Two Congolese soldiers were killed in an ambush near Goma as rebels advanced."
    mentions = [mention(text, "rebels", "COD", "REB"), mention(text, "Two Congolese soldiers", "COD", "MIL")]
    found = events(parse, text, mentions, [place(text, "Goma", "COD")], attackers=True)
    assert all(e.actor == () or e.actor[0].rule != "place-attacker" for e in found)


def test_troops_on_alert_abroad_are_deployed_against_that_country(parse: Parse) -> None:
    text = "Turkish troops remained on alert in northern Syria on Sunday."
    mentions = [mention(text, "Turkish troops", "TUR", "MIL")]
    event = one(events(parse, text, mentions, [place(text, "Syria", "SYR", 1)]), "MOBILIZE")
    assert parties(event.recipient) == [("SYR", None, "place")]
    text = "Turkish troops remained on alert in Hatay on Sunday."
    mentions = [mention(text, "Turkish troops", "TUR", "MIL")]
    event = one(events(parse, text, mentions, [place(text, "Hatay", "TUR")]), "MOBILIZE")
    assert event.recipient == ()


def test_abuse_in_custody_is_done_by_the_holder(parse: Parse) -> None:
    text = "Two students were beaten in police custody in Kampala."
    mentions = [mention(text, "Two students", "UGA", "EDU")]
    event = one(events(parse, text, mentions, [place(text, "Kampala", "UGA")]), "ASSAULT")
    assert parties(event.actor) == [("UGA", "COP", "custody")]
    text = "A Tibetan monk was tortured in Chinese army custody, rights groups said."
    mentions = [mention(text, "A Tibetan monk", "CHN", "REL"), mention(text, "Chinese", "CHN", "MIL")]
    event = one(events(parse, text, mentions, []), "ASSAULT")
    assert parties(event.actor) == [("CHN", "MIL", "test")]


def test_a_protest_addresses_the_party_it_defies_not_the_people_an_act_was_done_to(parse: Parse) -> None:
    text = "Dockers blocked roads near Durban in defiance of the South African government."
    mentions = [
        mention(text, "Dockers", None, "LAB"),
        mention(text, "the South African government", "ZAF", "GOV"),
    ]
    event = one(events(parse, text, mentions, [place(text, "Durban", "ZAF")]), "PROTEST")
    assert ("ZAF", "GOV", "test") in parties(event.recipient)
    text = "Lawyers marched in protest at the arrest of Georgian journalists."
    mentions = [mention(text, "Lawyers", "GEO", "CVL"), mention(text, "Georgian journalists", "GEO", "JRN")]
    event = one(events(parse, text, mentions, []), "PROTEST")
    assert all(e.rule != "test" for e in event.recipient)


def test_a_protest_by_citizens_with_no_place_addresses_their_own_authorities(parse: Parse) -> None:
    text = "Peruvian farmers rioted on Thursday."
    event = one(events(parse, text, [mention(text, "Peruvian farmers", "PER", "AGR")], []), "PROTEST")
    assert parties(event.recipient) == [("PER", "GOV", "own-authorities")]
    assert event.recipient[0].entity_name == "authorities (Peru)"
    text = "A jailed Peruvian farmer began a hunger strike on Thursday."
    event = one(events(parse, text, [mention(text, "A jailed Peruvian farmer", "PER", "AGR")], []), "PROTEST")
    assert event.recipient == ()
    text = "Peruvian farmers rallied in Santiago on Thursday."
    mentions = [mention(text, "Peruvian farmers", "PER", "AGR")]
    event = one(events(parse, text, mentions, [place(text, "Santiago", "CHL")]), "PROTEST")
    assert event.recipient == ()


def test_people_coded_from_the_context_take_the_country_where_they_were_hit(parse: Parse) -> None:
    text = "Israeli soldiers killed four people and two officers in Jenin."
    mentions = [
        mention(text, "Israeli soldiers", "ISR", "MIL"),
        mention(text, "four people", "ISR", "CVL", rule="sector+context"),
        mention(text, "two officers", "ISR", "COP", rule="sector+context"),
    ]
    event = one(events(parse, text, mentions, [place(text, "Jenin", "PSE")]), "ASSAULT")
    assert ("PSE", "CVL", "sector+context+place-country:event") in parties(event.recipient)
    assert ("ISR", "COP", "sector+context") in parties(event.recipient)  # officers serve abroad


def test_a_when_clause_of_the_same_attack_is_one_event(parse: Parse) -> None:
    text = "Four Chadian soldiers were killed when their patrol was attacked near Bol."
    mentions = [mention(text, "Four Chadian soldiers", "TCD", "MIL"), mention(text, "their", "TCD", "MIL")]
    found = events(parse, text, mentions, [place(text, "Bol", "TCD")])
    assert len([e for e in found if str(e.event) == "ASSAULT"]) == 1
    text = "Sudanese troops shelled the camp when rebels attacked a convoy."
    mentions = [mention(text, "Sudanese troops", "SDN", "MIL"), mention(text, "rebels", "SDN", "REB")]
    found = events(parse, text, mentions, [])
    assert len([e for e in found if str(e.event) == "ASSAULT"]) == 2


def test_an_uncoded_victim_is_a_party_once_the_place_gives_a_country(parse: Parse) -> None:
    text = "An anti-Iran journalist was shot dead in Erbil."
    mentions = [mention(text, "An anti-Iran journalist", None, "JRN", rule="sector")]
    places = [place(text, "Iran", "IRN", 1), place(text, "Erbil", "IRQ")]
    event = one(events(parse, text, mentions, places), "ASSAULT")
    assert parties(event.recipient) == [("IRQ", "JRN", "sector+place-country:event")]


def test_a_halt_to_aid_deliveries_in_a_town_is_done_to_its_people(parse: Parse) -> None:
    text = "The UN agency suspended aid deliveries in Bentiu on Tuesday."
    mentions = [mention(text, "The UN agency", "UNO", None)]
    event = one(events(parse, text, mentions, [place(text, "Bentiu", "SSD")]), "SANCTION")
    assert parties(event.recipient) == [("SSD", "CVL", "place-population")]
