"""Tests for the choice of an event's date and location (dragoman.stages.eventwhen).

The sentences are parsed with the real model; times come from the times stage, places and actor
mentions are built by hand (so these tests are about the choice, not about finding names)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from dragoman.parsed import ParsedDoc
from dragoman.schema import Entity, Event, EventType, Mention, Modality, Place, TextInfo
from dragoman.stages.eventwhen import event_time, is_present
from dragoman.stages.eventwhere import clause_tokens, event_place, own_tokens
from dragoman.stages.roles import Roles
from dragoman.stages.times import find_times

pytestmark = pytest.mark.model

Parse = Callable[[str], ParsedDoc]
TUESDAY = date(2024, 3, 12)
NO_ROLES = Roles((), ())


def tok(parsed: ParsedDoc, word: str, nth: int = 0) -> int:
    hits = [t.i for t in parsed.tokens if t.text == word]
    return hits[nth]


def carrier(parsed: ParsedDoc, head: int) -> int:
    from dragoman.lexicon import clause_head

    return clause_head(parsed, head)


def when(parsed: ParsedDoc, word: str, *, previous: tuple[Event, ...] = (), ref: date | None = TUESDAY):
    head = tok(parsed, word)
    times = find_times(parsed, article_date=ref)
    return event_time(parsed, head, carrier(parsed, head), times, ref, previous=previous)


def place(parsed: ParsedDoc, name: str, *, country: str = "XXX", resolution: int = 4) -> Place:
    start = parsed.text.index(name)
    return Place(
        start=start,
        end=start + len(name),
        extracted_place=name,
        resolved_place=name,
        geonameid=1,
        lat=0.0,
        lon=0.0,
        country_code=country,
        feature_code="PCLI" if resolution == 1 else "PPL",
        resolution=resolution,
        sentence=parsed.sentence_of_char(start),
    )


def mention(parsed: ParsedDoc, text: str, code: str | None, *, rule: str = "registry") -> Mention:
    start = parsed.text.index(text)
    entity = Entity(entity_text=text, entity_name=text, code=code, sector="GOV" if code else None)
    return Mention(start, start + len(text), text, entity, parsed.sentence_of_char(start), rule)


def where(
    parsed: ParsedDoc,
    word: str,
    places: list[Place],
    roles: Roles = NO_ROLES,
    *,
    dateline: Place | None = None,
    event_type: str | None = None,
) -> str | None:
    head = tok(parsed, word)
    found = event_place(parsed, head, carrier(parsed, head), places, roles, dateline, event_type=event_type)
    return found.extracted_place if found is not None else None


def past_event(parsed: ParsedDoc, word: str, day: date, date_text: str) -> Event:
    """An event built by hand, as the events stage would have built it for ``word``."""
    t = parsed[tok(parsed, word)]
    sent = parsed.sents[t.sent]
    return Event(
        id="e1", event=EventType.ASSAULT, mode=None, context=(), cameo=None, quad_code=4, intensity=-9.0,
        actor=(), recipient=(), modality=Modality.ASSERTED, attribution=None, date=day, enddate=day,
        date_text=date_text, event_loc=None, event_text=t.text,
        text_info=TextInfo(t.sent, sent.start_char, sent.end_char), confidence=0.8,
        trigger_start=t.idx, trigger_end=t.end,
    )  # fmt: skip


# ---------------------------------------------------------------- clauses
def test_clause_tokens_stop_at_conjoined_and_subordinate_verbs(parse: Parse) -> None:
    parsed = parse("The envoy thanked Oslo for its help and asked it to host talks later this year.")
    own = clause_tokens(parsed, tok(parsed, "thanked"))
    assert tok(parsed, "help") in own
    assert tok(parsed, "asked") not in own and tok(parsed, "year") not in own


def test_own_tokens_leave_out_an_argument_event_noun(parse: Parse) -> None:
    parsed = parse("The ministers condemned the bombing of a school in Mosul.")
    own = own_tokens(parsed, tok(parsed, "condemned"), tok(parsed, "condemned"))
    assert tok(parsed, "Mosul") not in own
    noun = tok(parsed, "bombing")
    assert tok(parsed, "Mosul") in own_tokens(parsed, noun, carrier(parsed, noun))


# ---------------------------------------------------------------- dates
def test_time_of_a_conjoined_clause_is_not_the_first_verbs(parse: Parse) -> None:
    parsed = parse("The envoy thanked Oslo for its help and asked it to host talks later this year.")
    assert when(parsed, "thanked") == (None, None, None)
    assert when(parsed, "talks")[2] == "later this year"


def test_own_clause_time_wins_over_other_clauses(parse: Parse) -> None:
    parsed = parse("Troops withdrew on Friday after rebels had seized the airport on Monday.")
    assert when(parsed, "withdrew") == (date(2024, 3, 8), date(2024, 3, 8), "Friday")
    assert when(parsed, "seized") == (date(2024, 3, 11), date(2024, 3, 11), "Monday")


def test_historical_event_gets_its_own_year(parse: Parse) -> None:
    parsed = parse("Officials said the bridge was rebuilt after the town was recaptured in 2016.")
    assert when(parsed, "recaptured") == (date(2016, 1, 1), date(2016, 12, 31), "2016")
    assert when(parsed, "rebuilt") == (None, None, None)


def test_bare_time_after_an_event_noun_dates_the_noun(parse: Parse) -> None:
    parsed = parse("The minister rejected calls from lawmakers last week to resign.")
    assert when(parsed, "rejected") == (None, None, None)
    assert when(parsed, "calls") == (date(2024, 3, 4), date(2024, 3, 10), "last week")


def test_single_main_clause_time_dates_a_reported_event(parse: Parse) -> None:
    parsed = parse("On Sunday, officials said gunmen ambushed a convoy.")
    assert when(parsed, "ambushed") == (date(2024, 3, 10), date(2024, 3, 10), "Sunday")


def test_future_event_does_not_take_the_reporting_clauses_time(parse: Parse) -> None:
    parsed = parse("On Sunday, officials said the army will withdraw.")
    assert when(parsed, "withdraw") == (None, None, None)


def test_present_and_present_perfect_take_the_article_date(parse: Parse) -> None:
    parsed = parse("The army has detained four suspects and the inquiry continues.")
    assert is_present(parsed, tok(parsed, "detained"))
    assert when(parsed, "detained") == (TUESDAY, TUESDAY, None)
    assert when(parsed, "detained", ref=None) == (None, None, None)


def test_past_tense_without_time_is_undated(parse: Parse) -> None:
    parsed = parse("The army detained four suspects.")
    assert not is_present(parsed, tok(parsed, "detained"))
    assert when(parsed, "detained") == (None, None, None)


def test_offset_after_a_named_event_is_resolved_against_that_event(parse: Parse) -> None:
    parsed = parse("Rebels attacked the garrison on 2 March. Two days after the attack, troops arrived.")
    attack = past_event(parsed, "attacked", date(2024, 3, 2), "2 March")
    assert when(parsed, "arrived", previous=(attack,)) == (
        date(2024, 3, 4),
        date(2024, 3, 4),
        "Two days after",
    )


def test_offset_after_an_event_with_no_anchor_stays_unresolved(parse: Parse) -> None:
    parsed = parse("Two days after the attack, troops arrived.")
    assert when(parsed, "arrived") == (None, None, "Two days after")


def test_a_day_earlier_anchors_to_the_previous_event_not_the_previous_time(parse: Parse) -> None:
    parsed = parse(
        "The report was published on 9 March. Militants stormed the prison on 6 March. "
        "A day earlier, police had arrested their leader."
    )
    storm = past_event(parsed, "stormed", date(2024, 3, 6), "6 March")
    assert when(parsed, "arrested", previous=(storm,))[:2] == (date(2024, 3, 5), date(2024, 3, 5))


def test_a_day_earlier_without_events_keeps_the_times_anchor(parse: Parse) -> None:
    parsed = parse("Militants stormed a prison on 6 March. A day earlier, police had arrested their leader.")
    assert when(parsed, "arrested")[:2] == (date(2024, 3, 5), date(2024, 3, 5))


# ---------------------------------------------------------------- places
def test_place_in_own_clause(parse: Parse) -> None:
    parsed = parse("The ministers met in Geneva on Monday and condemned the bombing of a school in Mosul.")
    places = [place(parsed, "Geneva"), place(parsed, "Mosul")]
    assert where(parsed, "met", places) == "Geneva"
    # the condemning shares the meeting's subject and occasion; the school is the bombing's place
    assert where(parsed, "condemned", places) == "Geneva"
    assert where(parsed, "bombing", places) == "Mosul"


def test_destination_before_origin(parse: Parse) -> None:
    parsed = parse("The president flew from Nairobi to Kampala for talks.")
    places = [place(parsed, "Nairobi"), place(parsed, "Kampala")]
    assert where(parsed, "flew", places) == "Kampala"


def test_the_shelled_town_not_the_firing_positions(parse: Parse) -> None:
    parsed = parse("Soldiers shelled Avdiivka from positions in Donetsk.")
    places = [place(parsed, "Avdiivka"), place(parsed, "Donetsk")]
    assert where(parsed, "shelled", places) == "Avdiivka"


def test_attacked_town_is_the_location(parse: Parse) -> None:
    parsed = parse("Russia shelled Kherson overnight.")
    roles = Roles((mention(parsed, "Russia", "RUS"),), (mention(parsed, "Kherson", "UKR", rule="place"),))
    places = [place(parsed, "Russia", country="RUS", resolution=1), place(parsed, "Kherson", country="UKR")]
    assert where(parsed, "shelled", places, roles, event_type="ASSAULT") == "Kherson"


def test_recipient_country_is_the_location_only_for_material_conflict(parse: Parse) -> None:
    attacked = parse("Armenia attacked Azerbaijan.")
    roles = Roles((mention(attacked, "Armenia", "ARM"),), (mention(attacked, "Azerbaijan", "AZE"),))
    places = [place(attacked, "Armenia", resolution=1), place(attacked, "Azerbaijan", resolution=1)]
    assert where(attacked, "attacked", places, roles, event_type="ASSAULT") == "Azerbaijan"
    accused = parse("Armenia accused Azerbaijan of lying.")
    roles = Roles((mention(accused, "Armenia", "ARM"),), (mention(accused, "Azerbaijan", "AZE"),))
    places = [place(accused, "Armenia", resolution=1), place(accused, "Azerbaijan", resolution=1)]
    assert where(accused, "accused", places, roles, event_type="ACCUSE") is None


def test_circumstance_clause_shares_the_place_but_reported_speech_does_not(parse: Parse) -> None:
    killed = parse("Three soldiers were killed when militants attacked a checkpoint in Taji.")
    assert where(killed, "killed", [place(killed, "Taji")]) == "Taji"
    said = parse("Officials in Cairo said militants ambushed a patrol.")
    assert where(said, "ambushed", [place(said, "Cairo")]) is None


def test_dateline_only_for_events_in_the_articles_locale(parse: Parse) -> None:
    nairobi = Place(-1, -1, "NAIROBI", "Nairobi", 184745, -1.28, 36.82, "KEN", "PPLC", 4)
    local = parse("Police arrested five protesters.")
    roles = Roles((mention(local, "Police", "KEN"),), ())
    assert where(local, "arrested", [], roles, dateline=nairobi) == "NAIROBI"
    assert where(local, "arrested", [], NO_ROLES, dateline=nairobi) == "NAIROBI"
    foreign = parse("Chinese troops clashed with Indian troops.")
    roles = Roles((mention(foreign, "Chinese troops", "CHN"),), (mention(foreign, "Indian troops", "IND"),))
    assert where(foreign, "clashed", [], roles, dateline=nairobi) is None
    elsewhere = parse("Police arrested five protesters, officials in Kampala said.")
    roles = Roles((mention(elsewhere, "Police", "KEN"),), ())
    kampala = place(elsewhere, "Kampala", country="UGA")
    assert where(elsewhere, "arrested", [kampala], roles, dateline=nairobi) is None


def test_never_the_actors_home_country_by_default(parse: Parse) -> None:
    parsed = parse("Kenyan police arrested five protesters.")
    roles = Roles((mention(parsed, "Kenyan police", "KEN"),), ())
    assert where(parsed, "arrested", [], roles) is None


def test_a_country_as_a_modifier_is_a_nationality_a_city_is_a_place(parse: Parse) -> None:
    soldiers = parse("Gunmen killed two US soldiers.")
    assert where(soldiers, "killed", [place(soldiers, "US", resolution=1)]) is None
    hotel = parse("Gunmen stormed a Kabul hotel.")
    assert where(hotel, "stormed", [place(hotel, "Kabul")]) == "Kabul"
    war = parse("Thousands were killed in Yemen's civil war.")
    assert where(war, "killed", [place(war, "Yemen", resolution=1)]) == "Yemen"


def test_the_town_of_passes_through_to_the_verb(parse: Parse) -> None:
    parsed = parse("Rebels captured the town of Bakwa in the Farah province.")
    places = [place(parsed, "Bakwa"), place(parsed, "Farah", resolution=2)]
    assert where(parsed, "captured", places) == "Bakwa"


def test_a_finer_place_wins_over_its_country(parse: Parse) -> None:
    parsed = parse("Thousands demonstrated in the Belarus capital Minsk.")
    places = [place(parsed, "Belarus", resolution=1), place(parsed, "Minsk")]
    assert where(parsed, "demonstrated", places) == "Minsk"


def test_a_light_verbs_own_noun_keeps_its_place(parse: Parse) -> None:
    from dragoman.lexicon import find_triggers, load_lexicon

    parsed = parse("Russia launched a missile attack on the Kyiv region on Tuesday.")
    trig = next(t for t in find_triggers(parsed, load_lexicon()) if tok(parsed, "attack") in (t.head, t.noun))
    region = place(parsed, "Kyiv region", country="UKR", resolution=2)
    found = event_place(parsed, trig, carrier(parsed, trig.head), [region], NO_ROLES, None)
    assert found == region
    times = find_times(parsed, article_date=TUESDAY)
    assert event_time(parsed, trig, carrier(parsed, trig.head), times, TUESDAY)[2] == "Tuesday"


def test_the_day_before_with_nothing_after_it_is_not_named_after_an_event(parse: Parse) -> None:
    parsed = parse("Militants stormed a prison on 6 March. Police had arrested their leader the day before.")
    storm = past_event(parsed, "stormed", date(2024, 3, 6), "6 March")
    day = date(2024, 3, 5)
    assert when(parsed, "arrested", previous=(storm,)) == (day, day, "the day before")


def test_a_place_describing_the_actor_is_not_the_location(parse: Parse) -> None:
    won = parse("Fiji's Vijay Singh captured the title.")
    assert where(won, "captured", [place(won, "Fiji", resolution=1)]) is None
    hosts = parse("Hosts Canada captured the silver.")
    assert where(hosts, "captured", [place(hosts, "Canada", resolution=1)]) is None
    driver = parse("Sanogo, a driver from Bouake, was shot by police.")
    assert where(driver, "shot", [place(driver, "Bouake")]) is None
    streets = parse("Grozny's streets were patrolled by troops.")
    assert where(streets, "patrolled", [place(streets, "Grozny")]) == "Grozny"


# ---------------------------------------------------------------- places: other clauses
def test_conjoined_verbs_with_one_subject_share_the_place(parse: Parse) -> None:
    parsed = parse("Rebels ambushed and burned a convoy near Goma.")
    assert where(parsed, "ambushed", [place(parsed, "Goma")]) == "Goma"
    passives = parse("Four guards were killed and nine wounded in a raid on a depot in Tikrit.")
    assert where(passives, "killed", [place(passives, "Tikrit")]) == "Tikrit"


def test_conjoined_verbs_of_other_subjects_or_later_times_do_not(parse: Parse) -> None:
    other = parse("The ministers met on Monday and the rebels clashed with police in Goma.")
    assert where(other, "met", [place(other, "Goma")]) is None
    later = parse("He was stabbed twice and died later at a hospital in Mombasa.")
    assert where(later, "stabbed", [place(later, "Mombasa")]) is None


def test_a_clause_describing_the_patient_shares_the_place(parse: Parse) -> None:
    parsed = parse("Rebels captured two hills that overlook the road into Bunia.")
    assert where(parsed, "captured", [place(parsed, "Bunia")]) == "Bunia"


def test_a_clause_describing_the_actor_does_not(parse: Parse) -> None:
    subject = parse("Soldiers who are stationed in Kisumu arrested three men.")
    assert where(subject, "arrested", [place(subject, "Kisumu")]) is None
    agent = parse("The shop was looted by youths who had travelled from Eldoret.")
    assert where(agent, "looted", [place(agent, "Eldoret")]) is None


def test_a_clause_of_another_time_does_not_share_the_place(parse: Parse) -> None:
    parsed = parse("The journalist was shot hours after officials agreed to close a mine in Obuasi.")
    assert where(parsed, "shot", [place(parsed, "Obuasi")]) is None


def test_a_phrase_of_another_time_is_only_a_last_resort(parse: Parse) -> None:
    alone = parse("The driver was arrested after clashes in Kisumu.")
    assert where(alone, "arrested", [place(alone, "Kisumu")]) == "Kisumu"
    own = parse("The driver was arrested in Nakuru after clashes in Kisumu.")
    assert where(own, "arrested", [place(own, "Nakuru"), place(own, "Kisumu")]) == "Nakuru"


def test_attribution_and_part_phrases_are_not_the_location(parse: Parse) -> None:
    said = parse("The commander was killed, according to a statement from the ministry in Sanaa.")
    assert where(said, "killed", [place(said, "Sanaa")]) is None
    part = parse("Clashes killed 40 people across the country, including six in Lagos.")
    assert where(part, "killed", [place(part, "Lagos")]) is None


def test_partners_origins_of_people_and_backers_are_not_the_location(parse: Parse) -> None:
    deal = parse("The envoy signed a deal with Gabon.")
    assert where(deal, "signed", [place(deal, "Gabon")]) is None
    athlete = parse("The judges disqualified Karim Benali of Morocco.")
    assert where(athlete, "disqualified", [place(athlete, "Morocco")]) is None
    backed = parse("A Tehran-backed militia attacked the camp.")
    assert where(backed, "attacked", [place(backed, "Tehran")]) is None


def test_the_event_a_protest_is_against_keeps_its_own_place(parse: Parse) -> None:
    parsed = parse("Students demonstrated against the bombing of a clinic in Kunduz.")
    assert where(parsed, "demonstrated", [place(parsed, "Kunduz")]) is None


def test_an_object_of_the_events_own_type_is_the_same_event(parse: Parse) -> None:
    parsed = parse("Militants detonated a bomb in the centre of Kaduna.")
    assert where(parsed, "detonated", [place(parsed, "Kaduna")], event_type="ASSAULT") == "Kaduna"


def test_a_circumstance_takes_the_place_of_the_clause_it_hangs_on(parse: Parse) -> None:
    wounded = parse("A policeman wounded in the blast was flown to Garissa.")
    assert where(wounded, "wounded", [place(wounded, "Garissa")]) == "Garissa"
    killing = parse("Troops raided a market in Beni, killing two traders.")
    assert where(killing, "killing", [place(killing, "Beni")]) == "Beni"


def test_where_and_whose_clauses_take_the_place_they_describe(parse: Parse) -> None:
    gathered = parse("Protesters gathered in Goma, where police fired tear gas.")
    assert where(gathered, "fired", [place(gathered, "Goma")]) == "Goma"
    posts = parse("Liberia, whose border posts were attacked by rebels, closed its embassy.")
    assert where(posts, "attacked", [place(posts, "Liberia", resolution=1)]) == "Liberia"


def test_a_place_opening_the_sentence_is_its_scene_except_for_reported_speech(parse: Parse) -> None:
    scene = parse("In Bamako, hundreds of traders, angry at new taxes, closed their shops.")
    assert where(scene, "closed", [place(scene, "Bamako")]) == "Bamako"
    said = parse("In Bamako, officials said rebels had attacked a garrison.")
    assert where(said, "attacked", [place(said, "Bamako")]) is None


# ---------------------------------------------------------------- dates: other moments
def test_since_a_time_runs_a_present_perfect_event_to_the_article_date(parse: Parse) -> None:
    parsed = parse("Police have arrested 12 people since Sunday.")
    assert when(parsed, "arrested") == (date(2024, 3, 10), TUESDAY, "Sunday")


def test_a_time_of_another_moment_in_the_clause_is_not_the_events(parse: Parse) -> None:
    rebuilt = parse("The city has been rebuilt since its recapture in 2015.")
    assert when(rebuilt, "rebuilt") == (TUESDAY, TUESDAY, None)
    assert when(rebuilt, "recapture") == (date(2015, 1, 1), date(2015, 12, 31), "2015")
    continued = parse("Protests have continued since the election in 2020.")
    assert when(continued, "continued") == (TUESDAY, TUESDAY, None)
    coup = parse("Since the coup in 2021, the junta has arrested hundreds.")
    assert when(coup, "arrested") == (TUESDAY, TUESDAY, None)


def test_historical_events_in_relative_and_participle_clauses_get_their_own_year(parse: Parse) -> None:
    rebels = parse("Rebels who had seized the town in 2012 surrendered it on Monday.")
    assert when(rebels, "seized") == (date(2012, 1, 1), date(2012, 12, 31), "2012")
    assert when(rebels, "surrendered") == (date(2024, 3, 11), date(2024, 3, 11), "Monday")
    truce = parse("The truce, agreed in 2020, collapsed last month.")
    assert when(truce, "agreed") == (date(2020, 1, 1), date(2020, 12, 31), "2020")
    assert when(truce, "collapsed") == (date(2024, 2, 1), date(2024, 2, 29), "last month")


def test_a_conjoined_verb_takes_the_sentences_single_time(parse: Parse) -> None:
    parsed = parse("The two leaders met in Paris in May 2022 and agreed to resume talks.")
    assert when(parsed, "agreed") == (date(2022, 5, 1), date(2022, 5, 31), "May 2022")


def test_a_present_perfect_in_reported_speech_takes_the_article_date(parse: Parse) -> None:
    perfect = parse("The army says it has killed 20 militants.")
    assert when(perfect, "killed") == (TUESDAY, TUESDAY, None)
    past = parse("The army says it killed 20 militants.")
    assert when(past, "killed") == (None, None, None)


@pytest.mark.model
def test_an_event_noun_has_its_own_place_before_its_carriers(parse: Parse) -> None:
    parsed = parse("Students marched in Lisbon against the army's offensive in Cabinda.")
    places = [place(parsed, "Lisbon"), place(parsed, "Cabinda")]
    assert where(parsed, "marched", places) == "Lisbon"
    assert where(parsed, "offensive", places, event_type="ASSAULT") == "Cabinda"
