"""The people of a place as a party (stages/placeparty.py) over real parses, with actor mentions and
places built by hand (hermetic: no registry, no gazetteer)."""

from __future__ import annotations

from collections.abc import Callable, Sequence

import pytest

from builders import mention, place
from dragoman.lexicon import find_triggers, load_lexicon
from dragoman.parsed import ParsedDoc
from dragoman.schema import Entity, Event, Mention, Place
from dragoman.stages.events import find_events
from dragoman.stages.placeparty import named_countries, population, with_place_parties
from dragoman.stages.roles import Roles

Parse = Callable[[str], ParsedDoc]
pytestmark = pytest.mark.model


def coded(parse: Parse, text: str, mentions: Sequence[Mention], places: Sequence[Place], etype: str) -> Event:
    events = find_events(parse(text), mentions=mentions, times=[], places=places, article_date=None)
    found = [e for e in events if str(e.event) == etype]
    assert len(found) == 1, [(str(e.event), e.event_text) for e in events]
    return found[0]


def parties(entities: Sequence[Entity]) -> list[tuple[str, str | None, str | None, str]]:
    return [(e.entity_text, e.code, e.sector, e.rule) for e in entities]


def test_a_curfew_in_a_town_is_imposed_on_its_people(parse: Parse) -> None:
    text = "Army units imposed a curfew in the town of Tafila on Monday."
    event = coded(
        parse, text, [mention(text, "Army units", "JOR", "MIL")], [place(text, "Tafila", "JOR")], "COERCE"
    )
    assert parties(event.recipient) == [("Tafila", "JOR", "CVL", "place-population")]
    assert event.recipient[0].entity_name == "civilians (Jordan)"


def test_shelling_a_foreign_town_hits_its_civilians(parse: Parse) -> None:
    text = "Artillery crews shelled targets in Bakhmut overnight."
    event = coded(
        parse,
        text,
        [mention(text, "Artillery crews", "RUS", "MIL")],
        [place(text, "Bakhmut", "UKR")],
        "ASSAULT",
    )
    assert parties(event.recipient) == [("Bakhmut", "UKR", "CVL", "place-population")]
    assert event.recipient[0].entity_name == "civilians (Ukraine)"


def test_a_country_attacked_is_the_state_and_a_visited_city_no_population(parse: Parse) -> None:
    text = "The armed forces invaded Lesotho in 1998."
    event = coded(
        parse,
        text,
        [mention(text, "The armed forces", "ZAF", "MIL")],
        [place(text, "Lesotho", "LSO", 1)],
        "ASSAULT",
    )
    assert [(e.code, e.sector, e.rule) for e in event.recipient] == [("LSO", None, "place")]
    text = "The foreign minister arrived in Amman for talks."
    event = coded(
        parse,
        text,
        [mention(text, "The foreign minister", "EGY", "GOV")],
        [place(text, "Amman", "JOR")],
        "CONSULT",
    )
    assert [(e.code, e.sector, e.rule) for e in event.recipient] == [("JOR", None, "place")]


def test_unnamed_parties_take_their_own_place_else_the_events(parse: Parse) -> None:
    text = "Police in Lagos arrested 30 people on Friday."
    mentions = [
        mention(text, "Police", None, "COP", rule="sector"),
        mention(text, "30 people", None, "CVL", rule="sector"),
    ]
    event = coded(parse, text, mentions, [place(text, "Lagos", "NGA")], "COERCE")
    assert parties(event.actor) == [("Police", "NGA", "COP", "sector+place-country")]
    assert event.actor[0].entity_name == "Nigerian police"
    assert parties(event.recipient) == [("30 people", "NGA", "CVL", "sector+place-country:event")]
    assert event.recipient[0].entity_name == "Nigerian people"


def test_residents_of_a_place_take_its_country_not_the_events(parse: Parse) -> None:
    text = "Soldiers detained residents of Tulkarm during a raid in Nablus."
    mentions = [mention(text, "Soldiers", "ISR", "MIL"), mention(text, "residents", None, "CVL")]
    places = [place(text, "Tulkarm", "PSE"), place(text, "Nablus", "XYZ")]
    event = coded(parse, text, mentions, places, "COERCE")
    assert [(e.code, e.rule) for e in event.recipient] == [("PSE", "test+place-country")]


def test_a_named_recipient_is_kept_and_no_population_added(parse: Parse) -> None:
    text = "Nigerian troops attacked Boko Haram fighters near Maiduguri on Friday."
    mentions = [
        mention(text, "Nigerian troops", "NGA", "MIL"),
        mention(text, "Boko Haram fighters", "NGA", "REB"),
    ]
    event = coded(parse, text, mentions, [place(text, "Maiduguri", "NGA")], "ASSAULT")
    assert parties(event.recipient) == [("Boko Haram fighters", "NGA", "REB", "test")]


def test_a_code_from_the_text_or_a_named_country_is_never_replaced(parse: Parse) -> None:
    text = "Gunmen kidnapped two Chinese engineers in Agadez on Sunday."
    mentions = [mention(text, "Gunmen", None, "UAF"), mention(text, "two Chinese engineers", "CHN", "BUS")]
    event = coded(parse, text, mentions, [place(text, "Agadez", "NER")], "ASSAULT")
    assert [e.code for e in event.actor] == ["NER"] and [e.code for e in event.recipient] == ["CHN"]
    text = "Police arrested Sudanese traders in Abeche on Monday."
    mentions = [mention(text, "Police", "TCD", "COP"), mention(text, "Sudanese traders", None, "BUS")]
    event = coded(parse, text, mentions, [place(text, "Abeche", "TCD")], "COERCE")
    assert [(e.code, e.sector) for e in event.recipient] == [(None, "BUS")]


def test_a_phrase_naming_another_country_gives_none(parse: Parse) -> None:
    text = "Militants killed the deputy head of Kenya's police unit in Kismayo on Sunday."
    mentions = [mention(text, "Militants", "SOM", "REB"), mention(text, "the deputy head", None, "GOV")]
    places = [place(text, "Kenya", "KEN", 1), place(text, "Kismayo", "SOM")]
    event = coded(parse, text, mentions, places, "ASSAULT")
    assert [(e.code, e.sector) for e in event.recipient] == [(None, "GOV")]


def test_foreigners_and_refugees_take_no_country_from_where_they_are(parse: Parse) -> None:
    for words, sector in (("foreign workers", "LAB"), ("refugees", "REF")):
        text = f"Police beat {words} in Dubai on Monday."
        mentions = [mention(text, "Police", "ARE", "COP"), mention(text, words, None, sector)]
        event = coded(parse, text, mentions, [place(text, "Dubai", "ARE")], "ASSAULT")
        assert [(e.code, e.sector) for e in event.recipient] == [(None, sector)]


def test_a_protest_with_no_target_is_addressed_to_the_places_authorities(parse: Parse) -> None:
    text = "Opposition supporters protested in Dhaka on Tuesday."
    supporters = mention(text, "Opposition supporters", None, "OPP")
    event = coded(parse, text, [supporters], [place(text, "Dhaka", "BGD")], "PROTEST")
    assert [e.code for e in event.actor] == ["BGD"]
    assert parties(event.recipient) == [("Dhaka", "BGD", "GOV", "place-authorities")]


def test_protesters_from_another_country_get_no_guessed_target(parse: Parse) -> None:
    text = "Eritrean exiles rallied in Stockholm on Saturday."
    exiles = mention(text, "Eritrean exiles", "ERI", "OPP")
    event = coded(parse, text, [exiles], [place(text, "Stockholm", "SWE")], "PROTEST")
    assert event.recipient == ()


def test_a_protest_in_a_sentence_naming_another_country_gets_no_guessed_target(parse: Parse) -> None:
    text = "Students marched in Dublin against the war in Yemen."
    students = mention(text, "Students", None, "EDU")
    where = [place(text, "Dublin", "IRL"), place(text, "Yemen", "YEM", 1)]
    event = coded(parse, text, [students], where, "PROTEST")
    assert all(e.rule != "place-authorities" for e in event.recipient)


def test_a_strike_gets_no_guessed_target(parse: Parse) -> None:
    text = "Dock workers went on strike in Antwerp on Monday."
    workers = mention(text, "Dock workers", None, "LAB")
    event = coded(parse, text, [workers], [place(text, "Antwerp", "BEL")], "PROTEST")
    assert event.recipient == ()


def test_easing_a_curfew_is_done_to_the_places_people(parse: Parse) -> None:
    text = "The army lifted the curfew in Jenin on Monday."
    event = coded(
        parse, text, [mention(text, "The army", "ISR", "MIL")], [place(text, "Jenin", "PSE")], "CONCEDE"
    )
    assert parties(event.recipient) == [("Jenin", "PSE", "CVL", "place-population")]


def test_a_place_outside_the_sentence_gives_no_population(parse: Parse) -> None:
    text = "Hebron was quiet. Troops imposed a curfew."
    parsed = parse(text)
    trig = next(t for t in find_triggers(parsed, load_lexicon()) if str(t.entry.event) == "COERCE")
    troops = mention(text, "Troops", "ISR", "MIL")
    roles = with_place_parties(parsed, trig, Roles((troops,), ()), place(text, "Hebron", "PSE"), [])
    assert roles.recipient == ()
    roles = with_place_parties(parsed, trig, Roles((troops,), ()), None, [])
    assert roles.recipient == ()


def test_the_country_words_and_the_population_entity() -> None:
    assert named_countries("Sudanese traders and Chadian police") == {"SDN", "TCD"}
    assert named_countries("Kurdish villagers") == set()
    text = "in Cizre"
    people = population(place(text, "Cizre", "TUR"), "place-population")
    assert (people.entity_text, people.entity_name, people.code, people.sector) == (
        "Cizre",
        "civilians (Turkey)",
        "TUR",
        "CVL",
    )


def test_a_target_of_its_own_is_not_the_places_people(parse: Parse) -> None:
    text = "Gunmen attacked an army checkpoint in Kidal overnight, killing three soldiers."
    gunmen = mention(text, "Gunmen", None, "UAF")
    events = find_events(
        parse(text), mentions=[gunmen], times=[], places=[place(text, "Kidal", "MLI")], article_date=None
    )
    assert events and all(e.rule != "place-population" for e in events for e in e.recipient)


def test_an_area_of_the_place_is_its_people(parse: Parse) -> None:
    text = "The army shelled residential areas of Kidal on Monday."
    army = mention(text, "The army", "MLI", "MIL")
    event = coded(parse, text, [army], [place(text, "Kidal", "MLI")], "ASSAULT")
    assert parties(event.recipient) == [("Kidal", "MLI", "CVL", "place-population")]


def test_the_protesters_own_words_name_no_other_country(parse: Parse) -> None:
    text = "Ethnic Hungarians demonstrated in Cluj on Sunday."
    hungarians = mention(text, "Ethnic Hungarians", "ROU", "CVL")
    event = coded(parse, text, [hungarians], [place(text, "Cluj", "ROU")], "PROTEST")
    assert parties(event.recipient) == [("Cluj", "ROU", "GOV", "place-authorities")]


def test_prisoners_protest_to_their_jailers_whatever_their_nationality(parse: Parse) -> None:
    text = "Sudanese detainees went on a hunger strike in a prison in Cairo."
    detainees = mention(text, "Sudanese detainees", "SDN", "CVL")
    event = coded(parse, text, [detainees], [place(text, "Cairo", "EGY")], "PROTEST")
    assert parties(event.recipient) == [("Cairo", "EGY", "GOV", "place-authorities")]
