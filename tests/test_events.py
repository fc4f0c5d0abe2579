"""The events stage over real parses, with actor mentions built by hand (hermetic: no registry)."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import date

import pytest

from dragoman.lexicon import parse_lexicon
from dragoman.parsed import ParsedDoc
from dragoman.schema import Entity, Event, Mention, Modality, Place, Precision, TimeExpr
from dragoman.stages.events import find_events

Parse = Callable[[str], ParsedDoc]
pytestmark = pytest.mark.model


def canonical(name: str) -> str:
    return re.sub(r"^(the|The) ", "", name).lower()


def mentions_in(text: str, names: Sequence[str], *, code: str = "XXX") -> list[Mention]:
    """One mention per occurrence of each name; the entity name is the name without "the"."""
    out: list[Mention] = []
    for name in names:
        for m in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", text):
            entity = Entity(name, canonical(name), code, "GOV", rule="test")
            out.append(Mention(m.start(), m.end(), name, entity))
    return sorted(out, key=lambda m: m.start)


def events_of(
    parse: Parse,
    text: str,
    names: Sequence[str],
    *,
    times: Sequence[TimeExpr] = (),
    places: Sequence[Place] = (),
    article_date: date | None = None,
    dateline: Place | None = None,
    code: str = "XXX",
) -> list[Event]:
    return find_events(
        parse(text),
        mentions=mentions_in(text, names, code=code),
        times=times,
        places=places,
        article_date=article_date,
        dateline_place=dateline,
    )


def names(entities: Sequence[Entity]) -> list[str]:
    return [e.entity_name for e in entities]


def only(events: Sequence[Event], etype: str) -> Event:
    found = [e for e in events if str(e.event) == etype]
    assert len(found) == 1, [(str(e.event), e.event_text) for e in events]
    return found[0]


#: type | sentence | actor mentions | recipient mentions | mode ("-": none)
PER_TYPE_TABLE = """
AGREE | Egypt and Sudan signed a water-sharing treaty on Tuesday. | Egypt, Sudan |  | -
AGREE | Turkey reached an agreement with Greece over the islands. | Turkey | Greece | -
AGREE | Kenya agreed with Ethiopia on a new border arrangement. | Kenya | Ethiopia | -
AGREE | The insurgents struck a deal with the junta. | The insurgents | the junta | -
CONSULT | The president met the governor in Nairobi. | The president | the governor | -
CONSULT | Japan held talks with China about fishing rights. | Japan | China | -
CONSULT | The minister paid a visit to India last week. | The minister | India | visit
CONSULT | India phoned Pakistan about the crisis. | India | Pakistan | phone
SUPPORT | Brazil praised Chile for its handling of the election. | Brazil | Chile | -
SUPPORT | Poland backed the opposition in the dispute. | Poland | the opposition | -
SUPPORT | The senator endorsed the governor. | The senator | the governor | -
CONCEDE | The government apologised to the farmers. | The government | the farmers | -
CONCEDE | Serbia pardoned the activists. | Serbia | the activists | -
CONCEDE | The council lifted sanctions on Belarus. | The council | Belarus | -
COOPERATE | Japan extradited the banker to Peru. | Japan | Peru | -
COOPERATE | Turkey shared intelligence with Greece. | Turkey | Greece | -
COOPERATE | Norway cooperated with Canada on Arctic research. | Norway | Canada | -
AID | Canada sent humanitarian aid to Sudan. | Canada | Sudan | -
AID | The World Bank donated vaccines to Uganda. | The World Bank | Uganda | -
AID | Japan provided assistance to India. | Japan | India | -
RETREAT | The rebels released the journalists. | The rebels | the journalists | release
RETREAT | The army withdrew from Gao. | The army | Gao | withdraw
RETREAT | The minister resigned on Friday. | The minister |  | resign
REQUEST | The United Nations called for an immediate ceasefire. | The United Nations |  | yield
REQUEST | Teachers demanded higher pay from the government. | Teachers | the government | -
REQUEST | Kenya appealed to the World Bank for emergency funding. | Kenya | the World Bank | -
ACCUSE | The opposition accused the government of vote rigging. | The opposition | the government | allege
ACCUSE | Amnesty International condemned the junta. | Amnesty International | the junta | disapprove
ACCUSE | The court launched an investigation into the governor. | The court | the governor | investigate
REJECT | Greece rejected the proposal from Turkey. | Greece | Turkey | -
REJECT | The government refused the demands of the workers. | The government | the workers | -
REJECT | Kosovo dismissed the claims by Serbia. | Kosovo |  | -
THREATEN | China threatened Japan with sanctions. | China | Japan | restrict
THREATEN | The militants warned the villagers. | The militants | the villagers | -
THREATEN | NATO issued an ultimatum to the junta. | NATO | the junta | relations
PROTEST | Students protested against the government in the capital. | Students | the government | demo
PROTEST | Thousands of workers went on strike on Monday. | workers |  | strike
PROTEST | Farmers blocked the roads with tractors. | Farmers |  | obstruct
SANCTION | The United Nations imposed sanctions on the junta. | The United Nations | the junta | -
SANCTION | Poland expelled two Russian diplomats. | Poland | Russian | expel
SANCTION | The court sentenced the governor to ten years in prison. | The court | the governor | convict
MOBILIZE | Pakistan deployed troops along the border. | Pakistan |  | troops
MOBILIZE | The army mobilised reservists near the frontier. | The army |  | troops
MOBILIZE | Turkey sent warships to Cyprus. | Turkey | Cyprus | weapons
COERCE | Police arrested dozens of students. | Police | students | arrest
COERCE | The junta banned the opposition. | The junta | the opposition | restrict
COERCE | The police detained three journalists. | The police | journalists | arrest
ASSAULT | The army shelled the rebels overnight. | The army | the rebels | heavy-weapons
ASSAULT | Militants kidnapped two teachers. | Militants | teachers | abduct
ASSAULT | Soldiers opened fire on the protesters. | Soldiers | the protesters | firearms
ASSAULT | A drone strike by the army hit the convoy. | the army |  | drone
"""


def _split(cell: str) -> list[str]:
    return [part.strip() for part in cell.split(",") if part.strip()]


PER_TYPE = [
    (etype, text, _split(actor), _split(recipient), None if mode == "-" else mode)
    for etype, text, actor, recipient, mode in (
        [cell.strip() for cell in line.split("|")] for line in PER_TYPE_TABLE.strip().splitlines()
    )
]


@pytest.mark.parametrize(("etype", "text", "actor", "recipient", "mode"), PER_TYPE)
def test_each_type(
    parse: Parse, etype: str, text: str, actor: list[str], recipient: list[str], mode: str | None
) -> None:
    event = only(events_of(parse, text, actor + recipient), etype)
    assert names(event.actor) == [canonical(a) for a in actor]
    assert names(event.recipient) == [canonical(r) for r in recipient]
    assert event.mode == mode
    assert event.modality is Modality.ASSERTED
    assert event.rule.endswith(":" + etype.lower())
    assert event.cameo is not None and event.quad_code in (1, 2, 3, 4)


def test_every_type_is_tested_three_times() -> None:
    counts: dict[str, int] = {}
    for row in PER_TYPE:
        counts[row[0]] = counts.get(row[0], 0) + 1
    assert len(counts) == 16 and min(counts.values()) >= 3


def test_passive_with_agent(parse: Parse) -> None:
    event = only(
        events_of(
            parse, "Sanctions were imposed on Russia by the European Union.", ["Russia", "the European Union"]
        ),
        "SANCTION",
    )
    assert (names(event.actor), names(event.recipient)) == (["european union"], ["russia"])


def test_a_sum_in_aid_is_the_aid_given(parse: Parse) -> None:
    text = "Norway pledged 40 million kroner in humanitarian aid to Chad."
    event = only(events_of(parse, text, ["Norway", "Chad"]), "AID")
    assert (names(event.actor), names(event.recipient)) == (["norway"], ["chad"])
    assert event.modality is Modality.FUTURE
    assert events_of(parse, "The firm invested 9 million dollars in its new plants.", ["The firm"]) == []


def test_passive_without_agent_keeps_an_empty_actor(parse: Parse) -> None:
    event = only(events_of(parse, "Two soldiers were abducted near the border.", ["Two soldiers"]), "ASSAULT")
    assert event.actor == () and names(event.recipient) == ["two soldiers"]
    assert event.mode == "abduct"


def test_passive_arrest(parse: Parse) -> None:
    event = only(
        events_of(parse, "The protesters were arrested by police.", ["The protesters", "police"]), "COERCE"
    )
    assert (names(event.actor), names(event.recipient)) == (["police"], ["protesters"])


def test_relative_clause_subject(parse: Parse) -> None:
    text = "Germany, which sent aid to Ukraine, criticised Russia."
    events = events_of(parse, text, ["Germany", "Ukraine", "Russia"])
    aid, accuse = only(events, "AID"), only(events, "ACCUSE")
    assert (names(aid.actor), names(aid.recipient)) == (["germany"], ["ukraine"])
    assert (names(accuse.actor), names(accuse.recipient)) == (["germany"], ["russia"])


def test_conjoined_verbs_share_their_subject(parse: Parse) -> None:
    text = "The rebels stormed the barracks and kidnapped the mayor."
    events = events_of(parse, text, ["The rebels", "the mayor"])
    kidnap = [e for e in events if e.mode == "abduct"][0]
    assert (names(kidnap.actor), names(kidnap.recipient)) == (["rebels"], ["mayor"])


def test_object_of_urge_is_the_actor_of_the_urged_act(parse: Parse) -> None:
    events = events_of(parse, "Kenya urged Ethiopia to release the journalists.", ["Kenya", "Ethiopia"])
    request, release = only(events, "REQUEST"), only(events, "RETREAT")
    assert (names(request.actor), names(request.recipient)) == (["kenya"], ["ethiopia"])
    assert names(release.actor) == ["ethiopia"]


def test_accused_of_doing_the_accused_does_it(parse: Parse) -> None:
    events = events_of(parse, "Ukraine accused Russia of shelling Kharkiv.", ["Ukraine", "Russia", "Kharkiv"])
    assault = only(events, "ASSAULT")
    assert (names(assault.actor), names(assault.recipient)) == (["russia"], ["kharkiv"])
    assert assault.attribution is not None and assault.attribution.text == "Ukraine"


def test_nominal_event_with_possessor_and_on(parse: Parse) -> None:
    event = only(
        events_of(parse, "The rebels' attack on the town lasted hours.", ["The rebels", "the town"]),
        "ASSAULT",
    )
    assert (names(event.actor), names(event.recipient)) == (["rebels"], ["town"])
    assert event.event_text == "attack"


def test_nominal_withdrawal_from(parse: Parse) -> None:
    event = only(events_of(parse, "The army's withdrawal from Gao began.", ["The army", "Gao"]), "RETREAT")
    assert (names(event.actor), names(event.recipient)) == (["army"], ["gao"])


def test_noun_under_a_light_verb_takes_its_subject(parse: Parse) -> None:
    event = only(events_of(parse, "Russia launched an attack on Ukraine.", ["Russia", "Ukraine"]), "ASSAULT")
    assert (names(event.actor), names(event.recipient)) == (["russia"], ["ukraine"])
    assert event.event_text == "launched ... attack"


def test_compound_actor_from_coordination(parse: Parse) -> None:
    events = events_of(
        parse, "France and Germany agreed to hold talks with Russia.", ["France", "Germany", "Russia"]
    )
    agree, consult = only(events, "AGREE"), only(events, "CONSULT")
    assert names(agree.actor) == ["france", "germany"]
    assert (names(consult.actor), names(consult.recipient)) == (["france", "germany"], ["russia"])


def test_compound_actor_from_mentions_sharing_a_span(parse: Parse) -> None:
    text = "The two leaders visited Chad."
    pair = [
        Mention(0, 15, "The two leaders", Entity("The two leaders", name, code, "GOV"))
        for name, code in (("Emmanuel Macron", "FRA"), ("Olaf Scholz", "DEU"))
    ]
    chad = Mention(24, 28, "Chad", Entity("Chad", "Chad", "TCD", "GOV"))
    events = find_events(parse(text), mentions=[*pair, chad], times=[], places=[], article_date=None)
    event = only(events, "CONSULT")
    assert names(event.actor) == ["Emmanuel Macron", "Olaf Scholz"]
    assert names(event.recipient) == ["Chad"] and event.mode == "visit"


def test_one_entity_mentioned_twice_is_listed_once(parse: Parse) -> None:
    text = "Kenya's president and the Kenyan leader met Ethiopia."
    ruto = Entity("x", "William Ruto", "KEN", "GOV")
    a, b = text.index("Kenya's president"), text.index("the Kenyan leader")
    mentions = [
        Mention(a, a + 17, "Kenya's president", ruto),
        Mention(b, b + 17, "the Kenyan leader", ruto),
        *mentions_in(text, ["Ethiopia"]),
    ]
    event = only(
        find_events(parse(text), mentions=mentions, times=[], places=[], article_date=None), "CONSULT"
    )
    assert names(event.actor) == ["William Ruto"]


def test_attribution_said(parse: Parse) -> None:
    event = only(
        events_of(parse, "Russia attacked Ukraine, officials said.", ["Russia", "Ukraine", "officials"]),
        "ASSAULT",
    )
    assert event.attribution is not None and event.attribution.text == "officials"
    assert event.attribution.entity is not None and event.attribution.entity.entity_name == "officials"


def test_attribution_according_to(parse: Parse) -> None:
    text = "According to state media, Israel bombed the town."
    event = only(events_of(parse, text, ["Israel", "the town"]), "ASSAULT")
    assert event.attribution is not None and event.attribution.text == "state media"
    assert event.attribution.entity is None  # the source is not a resolved actor


def test_attribution_from_a_mention_inside_the_source(parse: Parse) -> None:
    text = "Iranian state-run media reported that Israel bombed the town."
    event = only(events_of(parse, text, ["Iranian", "Israel", "the town"]), "ASSAULT")
    assert event.attribution is not None and event.attribution.text == "Iranian state-run media"
    assert event.attribution.entity is not None and event.attribution.entity.entity_name == "iranian"


def test_no_attribution_for_a_plain_report(parse: Parse) -> None:
    event = only(events_of(parse, "Police arrested the mayor.", ["Police", "the mayor"]), "COERCE")
    assert event.attribution is None


@pytest.mark.parametrize(
    "text",
    [
        "Russia said the economy grew by two percent.",
        "Kenya is a country in East Africa.",
        "The minister spoke about the weather.",
        "Turkey and Greece are neighbours.",
    ],
)
def test_no_trigger_no_event(parse: Parse, text: str) -> None:
    assert events_of(parse, text, ["Russia", "Kenya", "The minister", "Turkey", "Greece"]) == []


@pytest.mark.parametrize(
    ("text", "mentioned"),
    [
        ("Liverpool attacked the Arsenal goal in the second half.", ["Liverpool", "Arsenal"]),
        ("Messi struck the ball into the net.", ["Messi"]),
        ("France supported the team in the final.", ["France"]),
        ("Spielberg will shoot the film in Kenya.", ["Spielberg", "Kenya"]),
        ("Madonna released an album.", ["Madonna"]),
        ("Apple released a new iPhone.", ["Apple"]),
        ("Chelsea beat Arsenal in the cup.", ["Chelsea", "Arsenal"]),
        ("Kenya hosted the Olympic Games.", ["Kenya"]),
        ("The minister failed to meet expectations.", ["The minister"]),
        ("Tesla charged the battery overnight.", ["Tesla"]),
        ("The band released a statement on Monday.", []),
    ],
)
def test_sport_and_entertainment_senses_are_not_events(parse: Parse, text: str, mentioned: list[str]) -> None:
    assert events_of(parse, text, mentioned) == []


def test_trigger_without_any_actor_mention_is_no_event(parse: Parse) -> None:
    assert events_of(parse, "The storm destroyed hundreds of homes.", []) == []


def test_ids_text_info_and_purity(parse: Parse) -> None:
    text = "Police arrested the mayor. Later, the rebels attacked the army."
    names_ = ["Police", "the mayor", "the rebels", "the army"]
    events = events_of(parse, text, names_)
    assert [e.id for e in events] == ["e1", "e2"]
    assert [str(e.event) for e in events] == ["COERCE", "ASSAULT"]
    second = events[1]
    assert second.text_info.sentence == 1
    assert text[second.text_info.start : second.text_info.end] == "Later, the rebels attacked the army."
    assert text[second.trigger_start : second.trigger_end] == "attacked"
    assert events_of(parse, text, names_) == events


def test_several_events_per_sentence_one_per_trigger(parse: Parse) -> None:
    text = "The army shelled the town and arrested the mayor."
    events = events_of(parse, text, ["The army", "the town", "the mayor"])
    assert [str(e.event) for e in events] == ["ASSAULT", "COERCE"]
    assert len({(e.trigger_start, e.trigger_end) for e in events}) == 2


def test_confidence_grows_with_the_roles(parse: Parse) -> None:
    full = only(events_of(parse, "The army shelled the rebels.", ["The army", "the rebels"]), "ASSAULT")
    half = only(events_of(parse, "The army shelled the hills.", ["The army"]), "ASSAULT")
    assert 0 < half.confidence < full.confidence <= 1


def test_an_injected_lexicon_replaces_the_shipped_one(parse: Parse) -> None:
    lexicon = parse_lexicon("scold\tverb\tACCUSE\tdisapprove\t-\tdiplomatic\t-\t-\n")
    text = "Chile scolded Peru and attacked Bolivia."
    events = find_events(
        parse(text),
        mentions=mentions_in(text, ["Chile", "Peru", "Bolivia"]),
        times=[],
        places=[],
        article_date=None,
        lexicon=lexicon,
    )
    assert [(str(e.event), e.rule) for e in events] == [("ACCUSE", "verb:scold:accuse")]
    assert events[0].context == ("diplomatic",) and events[0].cameo == "111"


# ---- date and place


def _time(text: str, phrase: str, day: date) -> TimeExpr:
    start = text.index(phrase)
    return TimeExpr(start, start + len(phrase), phrase, day, day, Precision.DAY)


def _place(text: str, phrase: str, code: str) -> Place:
    start = text.index(phrase)
    return Place(start, start + len(phrase), phrase, phrase, 1, 0.0, 0.0, code, "PPL", 4)


def test_date_from_the_triggers_clause(parse: Parse) -> None:
    text = "Police arrested the mayor on Monday, a day after the rebels attacked the army on Sunday."
    times = [_time(text, "on Monday", date(2024, 5, 13)), _time(text, "on Sunday", date(2024, 5, 12))]
    events = events_of(parse, text, ["Police", "the mayor", "the rebels", "the army"], times=times)
    arrest, attack = only(events, "COERCE"), only(events, "ASSAULT")
    assert attack.date == date(2024, 5, 12) and attack.date_text == "on Sunday"
    assert arrest.date == date(2024, 5, 13) and arrest.date_text == "on Monday"


def test_date_from_the_sentence_when_the_clause_has_none(parse: Parse) -> None:
    text = "On Friday, officials said police had arrested the mayor."
    times = [_time(text, "On Friday", date(2024, 5, 10))]
    event = only(events_of(parse, text, ["police", "the mayor"], times=times), "COERCE")
    assert event.date == date(2024, 5, 10)


def test_article_date_only_for_present_tense(parse: Parse) -> None:
    day = date(2024, 5, 15)
    present = only(
        events_of(parse, "Police have arrested the mayor.", ["Police", "the mayor"], article_date=day),
        "COERCE",
    )
    assert present.date == day and present.date_text is None
    past = only(
        events_of(parse, "Police arrested the mayor.", ["Police", "the mayor"], article_date=day), "COERCE"
    )
    assert past.date is None


def test_place_in_the_clause(parse: Parse) -> None:
    text = "The president met the governor in Mombasa."
    places = [_place(text, "Mombasa", "KEN")]
    event = only(events_of(parse, text, ["The president", "the governor"], places=places), "CONSULT")
    assert event.event_loc is not None and event.event_loc.extracted_place == "Mombasa"


def test_dateline_place_when_the_sentence_has_none(parse: Parse) -> None:
    dateline = Place(0, 0, "NAIROBI", "Nairobi", 184745, -1.28, 36.82, "KEN", "PPLC", 4)
    text = "Police arrested the mayor."
    # the parties are Kenyan: the event is in the dateline's locale
    event = only(events_of(parse, text, ["Police", "the mayor"], dateline=dateline, code="KEN"), "COERCE")
    assert event.event_loc == dateline
    text2 = "Police arrested the mayor in Mombasa."
    other = only(
        events_of(
            parse, text2, ["Police", "the mayor"], places=[_place(text2, "Mombasa", "KEN")], dateline=dateline
        ),
        "COERCE",
    )
    assert other.event_loc is not None and other.event_loc.extracted_place == "Mombasa"


def test_an_actors_country_is_not_the_event_location(parse: Parse) -> None:
    text = "Kenya sent troops to Somalia."
    places = [_place(text, "Kenya", "KEN"), _place(text, "Somalia", "SOM")]
    event = only(events_of(parse, text, ["Kenya"], places=places), "MOBILIZE")
    assert event.event_loc is not None and event.event_loc.extracted_place == "Somalia"
    text2 = "Kenya condemned Somalia."
    event2 = only(
        events_of(parse, text2, ["Kenya", "Somalia"], places=[_place(text2, "Kenya", "KEN")]), "ACCUSE"
    )
    assert event2.event_loc is None


def test_to_dict_matches_the_format(parse: Parse) -> None:
    text = "Kenya sent troops to Somalia."
    event = only(events_of(parse, text, ["Kenya", "Somalia"]), "MOBILIZE")
    data = event.to_dict()
    assert data["event"] == "MOBILIZE" and data["mode"] == "troops" and data["context"] == ["military"]
    assert data["quad_code"] == 4 and data["intensity"] < 0 and data["modality"] == "asserted"
    assert data["actor"][0]["entity_name"] == "kenya" and data["recipient"][0]["entity_name"] == "somalia"


def test_travel_for_talks_is_one_visit(parse: Parse) -> None:
    text = "The envoy flew to Cairo on Sunday for talks with Egypt."
    event = only(events_of(parse, text, ["The envoy", "Egypt"]), "CONSULT")
    assert (names(event.actor), names(event.recipient)) == (["envoy"], ["egypt"])
    assert event.mode == "visit" and event.cameo == "042"
    assert event.event_text == "flew ... for talks"


def test_a_nouns_from_phrase_can_name_its_actor(parse: Parse) -> None:
    events = events_of(parse, "A request from Iran reached the council on Monday.", ["Iran"])
    request = only(events, "REQUEST")
    assert (names(request.actor), request.modality) == (["iran"], Modality.ASSERTED)


def test_the_request_a_response_answers_is_its_object(parse: Parse) -> None:
    events = events_of(parse, "Israel rejected a request from Iran.", ["Israel", "Iran"])
    reject = only(events, "REJECT")  # as "reject demand": the request is what was rejected
    assert (names(reject.actor), names(reject.recipient)) == (["israel"], ["iran"])
    conceded = events_of(parse, "Chile gave in to the demands of Peru.", ["Chile", "Peru"])
    concede = only(conceded, "CONCEDE")
    assert (names(concede.actor), names(concede.recipient)) == (["chile"], ["peru"])
    assert [str(e.event) for e in conceded] == ["CONCEDE"]


def test_calling_for_sanctions_does_not_make_the_caller_the_sanctioner(parse: Parse) -> None:
    events = events_of(parse, "France called for sanctions on Russia.", ["France", "Russia"])
    sanction = only(events, "SANCTION")
    assert (names(sanction.actor), names(sanction.recipient)) == ([], ["russia"])
    assert sanction.modality is Modality.HYPOTHETICAL
    assert names(only(events, "REQUEST").actor) == ["france"]


def test_a_verb_restating_an_event_noun_is_merged_into_it(parse: Parse) -> None:
    text = "The rebels' attack on the town killed five soldiers."
    events = events_of(parse, text, ["The rebels", "the town", "five soldiers"])
    event = only(events, "ASSAULT")
    assert names(event.actor) == ["rebels"]
    assert names(event.recipient) == ["town", "five soldiers"]


def test_demanded_that_x_names_the_recipient(parse: Parse) -> None:
    event = only(events_of(parse, "Chile demanded that Peru return the ship.", ["Chile", "Peru"]), "REQUEST")
    assert (names(event.actor), names(event.recipient)) == (["chile"], ["peru"])


def test_with_the_actors_stage(parse: Parse) -> None:
    from dragoman.registry import Registry
    from dragoman.stages.actors import resolve_actors

    text = (
        "Kenya's president flew to Addis Ababa on Monday for talks with Ethiopian Prime Minister Abiy Ahmed."
    )
    parsed = parse(text)
    day = date(2024, 5, 15)
    mentions = resolve_actors(parsed, registry=Registry.load(), article_date=day)
    times = [_time(text, "on Monday", date(2024, 5, 13))]
    (event,) = find_events(parsed, mentions=mentions, times=times, places=[], article_date=day)
    assert (str(event.event), event.mode, event.cameo) == ("CONSULT", "visit", "042")
    assert [e.code for e in event.actor] == ["KEN"] and [e.code for e in event.recipient] == ["ETH"]
    assert event.date == date(2024, 5, 13) and event.date_text == "on Monday"
    assert event.text_info.start == 0 and event.text_info.end == len(text)


def test_with_the_actors_stage_passive_and_attribution(parse: Parse) -> None:
    from dragoman.registry import Registry
    from dragoman.stages.actors import resolve_actors

    text = "The European Union imposed new sanctions on Iran on Tuesday, Iranian state media said."
    parsed = parse(text)
    mentions = resolve_actors(parsed, registry=Registry.load(), article_date=None)
    event = only(find_events(parsed, mentions=mentions, times=[], places=[], article_date=None), "SANCTION")
    assert [e.code for e in event.actor] == ["EUR"] and [e.code for e in event.recipient] == ["IRN"]
    assert event.attribution is not None and event.attribution.text == "Iranian state media"


def test_a_reported_obligation_is_a_request(parse: Parse) -> None:
    events = events_of(
        parse, "France said Russia must withdraw from Ukraine.", ["France", "Russia", "Ukraine"]
    )
    request, retreat = only(events, "REQUEST"), only(events, "RETREAT")
    assert (names(request.actor), names(request.recipient)) == (["france"], ["russia"])
    assert request.event_text == "said ... must" and request.modality is Modality.ASSERTED
    assert names(retreat.actor) == ["russia"] and retreat.modality is Modality.HYPOTHETICAL


# ---- recipients beyond the entry's own sources, places, political parties, dateline agencies


@pytest.mark.parametrize(
    ("text", "etype", "actor", "recipient"),
    [
        (
            "Chile demanded the removal of the Bolivian ambassador.",
            "REQUEST",
            "Chile",
            "the Bolivian ambassador",
        ),
        ("Peru denounced Ecuador's crackdown on the protesters.", "ACCUSE", "Peru", "Ecuador"),
        ("Norway agreed to send emergency aid to Malawi.", "AGREE", "Norway", "Malawi"),
        ("Uruguay rejected a Paraguayan proposal.", "REJECT", "Uruguay", "Paraguayan"),
    ],
)
def test_the_recipient_found_among_the_objects(
    parse: Parse, text: str, etype: str, actor: str, recipient: str
) -> None:
    event = only(events_of(parse, text, [actor, recipient]), etype)
    assert names(event.actor) == [canonical(actor)]
    assert names(event.recipient) == [canonical(recipient)]


def test_the_actors_own_possessive_and_a_location_are_not_recipients(parse: Parse) -> None:
    text = "Laos reopened its border crossings on Monday."
    laos = Entity("Laos", "laos", "LAO", "GOV")
    mentions = [Mention(0, 4, "Laos", laos), Mention(text.index("its"), text.index("its") + 3, "its", laos)]
    (event,) = find_events(parse(text), mentions=mentions, times=[], places=[], article_date=None)
    assert str(event.event) == "RETREAT" and names(event.recipient) == []
    text2 = "Ghana and Togo signed a trade pact in Accra."
    event2 = only(events_of(parse, text2, ["Ghana", "Togo", "Accra"]), "AGREE")
    assert names(event2.actor) == ["ghana", "togo"] and names(event2.recipient) == []


def test_a_visited_city_names_the_host_country(parse: Parse) -> None:
    text = "The Estonian premier arrived in Riga on Friday."
    place = Place(
        text.index("Riga"), text.index("Riga") + 4, "Riga", "Riga", 456172, 56.9, 24.1, "LVA", "PPLC", 4
    )
    event = only(events_of(parse, text, ["The Estonian premier"], places=[place]), "CONSULT")
    assert [(e.code, e.rule) for e in event.recipient] == [("LVA", "place")]
    assert event.event_loc == place
    alone = "Heavy rain arrived in Riga on Friday."
    riga = Place(
        alone.index("Riga"), alone.index("Riga") + 4, "Riga", "Riga", 456172, 56.9, 24.1, "LVA", "PPLC", 4
    )
    assert events_of(parse, alone, [], places=[riga]) == []  # a place alone makes no event


def test_an_event_needs_a_coded_or_sectored_party(parse: Parse) -> None:
    text = "Hendricks attacked Morales on Friday."
    people = [
        Mention(m.start(), m.end(), m.group(), Entity(m.group(), m.group(), None, None))
        for m in re.finditer(r"Hendricks|Morales", text)
    ]
    parsed = parse(text)
    assert find_events(parsed, mentions=people, times=[], places=[], article_date=None) == []
    police = [Mention(0, 9, "Hendricks", Entity("Hendricks", "police", None, "COP")), people[1]]
    events = find_events(parsed, mentions=police, times=[], places=[], article_date=None)
    assert [str(e.event) for e in events] == ["ASSAULT"]


def test_two_domain_words_in_the_sentence_mean_the_other_sense(parse: Parse) -> None:
    text = "The Cuban striker fired a shot that the Mexican goalkeeper saved."
    assert events_of(parse, text, ["Cuban", "Mexican"]) == []
    text2 = "Cuban troops fired on Mexican positions."
    assert [str(e.event) for e in events_of(parse, text2, ["Cuban troops", "Mexican"])] == ["ASSAULT"]


def test_a_verb_lemmatised_without_its_final_e_still_triggers(parse: Parse) -> None:
    text = "Farmers from the Bolivian union staged rallies against the Bolivian government."
    event = only(events_of(parse, text, ["Farmers", "the Bolivian government"]), "PROTEST")
    assert names(event.actor) == ["farmers"] and event.event_text == "staged rallies"


def test_a_dateline_agency_attributes_the_paragraph(parse: Parse) -> None:
    text = (
        "QUITO, May 3 (Reuters) - Ecuador expelled the Peruvian envoy.\n\n"
        "Officials said Peru condemned the move.\n\n"
        "LIMA, May 3 (AFP) - Peru recalled its ambassador."
    )
    events = events_of(parse, text, ["Ecuador", "the Peruvian envoy", "Peru", "Officials"])
    condemn = next(e for e in events if e.event_text.startswith("condemned"))
    assert condemn.attribution is not None and condemn.attribution.text == "Officials"
    expel = next(e for e in events if e.event_text.startswith("expelled"))
    recall = next(e for e in events if e.event_text.startswith("recalled"))
    assert expel.attribution is not None and expel.attribution.text == "Reuters"
    assert recall.attribution is not None and recall.attribution.text == "AFP"


def test_an_agency_from_a_removed_dateline(parse: Parse) -> None:
    text = "Ecuador expelled the Peruvian envoy."
    parsed = parse(text)
    mentions = mentions_in(text, ["Ecuador", "the Peruvian envoy"])
    events = find_events(
        parsed, mentions=mentions, times=[], places=[], article_date=None, dateline_source="Reuters"
    )
    assert [e.attribution.text if e.attribution else None for e in events] == ["Reuters"]
    said = "Ecuador expelled the Peruvian envoy, the ministry said."
    closer = find_events(
        parse(said),
        mentions=mentions_in(said, ["Ecuador", "the Peruvian envoy", "the ministry"]),
        times=[],
        places=[],
        article_date=None,
        dateline_source="Reuters",
    )
    assert [e.attribution.text if e.attribution else None for e in closer] == ["the ministry"]


def test_the_modality_rule_is_recorded(parse: Parse) -> None:
    (event,) = events_of(
        parse, "Ecuador did not expel the Peruvian envoy.", ["Ecuador", "the Peruvian envoy"]
    )
    assert (str(event.modality), event.modality_rule) == ("negated", "neg:not")
    (plain,) = events_of(parse, "Ecuador expelled the Peruvian envoy.", ["Ecuador", "the Peruvian envoy"])
    assert (str(plain.modality), plain.modality_rule) == ("asserted", "default")


@pytest.mark.parametrize(
    ("text", "names_", "etype", "mode"),
    [
        ("Chilean warplanes struck rebel camps.", ["Chilean warplanes", "rebel"], "ASSAULT", "aerial"),
        ("Rebel positions were hit by Chilean drones.", ["Rebel", "Chilean drones"], "ASSAULT", "drone"),
        ("Peru deployed 300 police officers to the border.", ["Peru"], "MOBILIZE", "police"),
        ("Chilean troops struck rebel camps.", ["Chilean troops", "rebel"], "ASSAULT", None),
    ],
)
def test_a_participant_names_the_mode(
    parse: Parse, text: str, names_: list[str], etype: str, mode: str | None
) -> None:
    event = only(events_of(parse, text, names_), etype)
    assert event.mode == mode
    if mode == "aerial":
        assert event.cameo == "195"


def test_a_preposition_with_its_own_object_is_not_a_particle(parse: Parse) -> None:
    text = "Chile gave its answers in an interview with Peru."
    assert "CONCEDE" not in [str(e.event) for e in events_of(parse, text, ["Chile", "Peru"])]
    text2 = "Chile finally gave in to Peru."
    assert "CONCEDE" in [str(e.event) for e in events_of(parse, text2, ["Chile", "Peru"])]


def test_asked_whether_is_a_question_not_a_request(parse: Parse) -> None:
    text = "Peru's minister was asked whether the border would open."
    assert [str(e.event) for e in events_of(parse, text, ["Peru's minister"])] == []
    text2 = "Chile asked Peru to open the border."
    assert "REQUEST" in [str(e.event) for e in events_of(parse, text2, ["Chile", "Peru"])]


def test_the_actors_own_force_is_not_its_recipient(parse: Parse) -> None:
    text = "Chile deployed 400 police officers to the Bolivian border."
    chile = Entity("Chile", "chile", "CHL", "GOV")
    police = Entity("Chilean police", "chilean police", "CHL", "COP")
    bolivia = Entity("Bolivian", "bolivia", "BOL", None)
    at = text.index
    mentions = [
        Mention(0, 5, "Chile", chile),
        Mention(at("400"), at(" to"), "400 police officers", police),
        Mention(at("Bolivian"), at("Bolivian") + 8, "Bolivian", bolivia),
    ]
    (event,) = find_events(parse(text), mentions=mentions, times=[], places=[], article_date=None)
    assert (str(event.event), event.mode) == ("MOBILIZE", "police")
    assert [e.code for e in event.recipient] == ["BOL"]


def test_words_of_an_actors_name_are_not_clues_to_another_sense(parse: Parse) -> None:
    text = "The Andean League backed Peru's plan."
    league = Entity("The Andean League", "andean league", "IGO", None)
    peru = Entity("Peru", "peru", "PER", "GOV")
    mentions = [Mention(0, 17, "The Andean League", league), Mention(25, 29, "Peru", peru)]
    (event,) = find_events(parse(text), mentions=mentions, times=[], places=[], article_date=None)
    assert str(event.event) == "SUPPORT" and [e.code for e in event.recipient] == ["PER"]


def test_a_threats_condition_names_its_target(parse: Parse) -> None:
    text = "Chile threatened to close the border unless Bolivia paid its debts."
    event = only(events_of(parse, text, ["Chile", "Bolivia"]), "THREATEN")
    assert names(event.recipient) == ["bolivia"]


def test_a_warning_is_a_threat_when_it_names_a_target_or_announces_an_act(parse: Parse) -> None:
    def types(text: str, names_: list[str]) -> list[str]:
        return [str(e.event) for e in events_of(parse, text, names_)]

    assert "THREATEN" in types("Chile warned Bolivia that it would close the border.", ["Chile", "Bolivia"])
    assert "THREATEN" in types(
        "Chile warned that it could cut off gas supplies to Bolivia.", ["Chile", "Bolivia"]
    )
    assert "THREATEN" not in types(
        "Chilean officials warned that the economy faces hard times.", ["Chilean officials"]
    )


def test_an_economic_blow_is_not_an_assault(parse: Parse) -> None:
    text = "The strong peso hit the competitiveness of Chilean exports."
    assert events_of(parse, text, ["Chilean"]) == []


@pytest.mark.parametrize(
    ("text", "etype", "actor", "recipient"),
    [
        (  # a purpose infinitive names whom a protest addresses
            "Farmers marched through the capital to demand the resignation of the agriculture minister.",
            "PROTEST",
            "Farmers",
            "the agriculture minister",
        ),
        (  # the purpose hangs on the verb that governs the event noun
            "The nurses continued their strike to demand higher pay from the health ministry.",
            "PROTEST",
            "The nurses",
            "the health ministry",
        ),
        ("Chad reopened its border to allow deliveries of food to Sudan.", "RETREAT", "Chad", "Sudan"),
        (  # five arcs below the purpose verb
            "Farmers blocked roads to press their demands for higher prices from the trade ministry.",
            "PROTEST",
            "Farmers",
            "the trade ministry",
        ),
    ],
)
def test_a_purpose_clause_names_the_recipient(
    parse: Parse, text: str, etype: str, actor: str, recipient: str
) -> None:
    event = only(events_of(parse, text, [actor, recipient]), etype)
    assert names(event.actor) == [canonical(actor)]
    assert names(event.recipient) == [canonical(recipient)]


def test_the_agent_of_a_participle_in_the_object_is_the_recipient(parse: Parse) -> None:
    text = "Chile condemned abuses committed by Bolivian troops."
    event = only(events_of(parse, text, ["Chile", "Bolivian troops"]), "ACCUSE")
    assert names(event.actor) == ["chile"] and names(event.recipient) == ["bolivian troops"]


def test_an_unresolved_possessive_gives_way_to_the_clause_subject(parse: Parse) -> None:
    # "their" is no mention here: the strikers are the subject of "continued"
    text = "The nurses continued their strike for a second week."
    event = only(events_of(parse, text, ["The nurses"]), "PROTEST")
    assert names(event.actor) == ["nurses"]


def test_in_protest_takes_the_clause_subject_as_actor(parse: Parse) -> None:
    for text in (
        "The miners stayed at home in protest at the closure of the pits.",
        "The miners halted work in protest at the closure of the pits.",  # "in" hangs on the object
    ):
        event = only(events_of(parse, text, ["The miners"]), "PROTEST")
        assert names(event.actor) == ["miners"]


def test_a_person_stands_for_the_body_named_in_the_apposition(parse: Parse) -> None:
    text = "Maria Lopez, the director of the Red Cross, urged Peru to free the prisoners."
    event = only(events_of(parse, text, ["the Red Cross", "Peru"]), "REQUEST")
    assert names(event.actor) == ["red cross"] and names(event.recipient) == ["peru"]


def test_an_agreement_to_act_does_not_take_the_acts_recipient(parse: Parse) -> None:
    text = "The Nordic states agreed to impose fresh sanctions on Iran's steel makers."
    event = only(events_of(parse, text, ["The Nordic states", "Iran"]), "AGREE")
    assert names(event.recipient) == []


def test_a_place_after_the_entrys_own_locative_preposition_is_the_recipient(parse: Parse) -> None:
    text = "Hundreds of Somali families sought refuge in Kenya last year."
    kenya = Place(
        text.index("Kenya"), text.index("Kenya") + 5, "Kenya", "Kenya", 192950, 1.0, 38.0, "KEN", "PCLI", 0
    )
    event = only(events_of(parse, text, ["Somali families"], places=[kenya], code="SOM"), "REQUEST")
    assert [(e.code, e.rule) for e in event.recipient] == [("KEN", "place")]
    curfew = "Israeli troops imposed a curfew in Hebron."
    town = Place(
        curfew.index("Hebron"), len(curfew) - 1, "Hebron", "Hebron", 285066, 31.5, 35.1, "PSE", "PPL", 3
    )
    event2 = only(events_of(parse, curfew, ["Israeli troops"], places=[town], code="ISR"), "COERCE")
    # "in" is not the curfew's own preposition: a location, whose people the curfew is imposed on
    assert [(e.code, e.sector, e.rule) for e in event2.recipient] == [("PSE", "CVL", "place-population")]


def test_an_uncoded_mention_does_not_hide_a_coded_recipient_further_down(parse: Parse) -> None:
    text = "Ghana kept refusing entry to Togolese traders, by far the largest group."
    parsed = parse(text)
    mentions = mentions_in(text, ["Ghana", "Togolese traders"])
    start = text.index("the largest group")
    blank = Entity("the largest group", "largest group", None, None, rule="test")
    mentions.append(Mention(start, start + len("the largest group"), "the largest group", blank))
    events = find_events(parsed, mentions=mentions, times=[], places=[], article_date=None)
    event = only(events, "REJECT")
    assert names(event.recipient) == ["togolese traders"]


def test_the_source_of_a_report_is_not_a_recipient(parse: Parse) -> None:
    text = "Chile condemned the decision, according to Bolivian officials."
    event = only(events_of(parse, text, ["Chile", "Bolivian officials"]), "ACCUSE")
    assert names(event.actor) == ["chile"] and names(event.recipient) == []


def test_a_complaint_is_against_what_it_is_about_not_its_addressee(parse: Parse) -> None:
    text = "Chile complained to the United Nations about Bolivian border raids."
    event = only(events_of(parse, text, ["Chile", "the United Nations", "Bolivian"]), "ACCUSE")
    assert names(event.recipient) == ["bolivian"]
    plain = "Chile complained to Bolivia on Monday."  # no "about": the addressee is all there is
    assert names(only(events_of(parse, plain, ["Chile", "Bolivia"]), "ACCUSE").recipient) == ["bolivia"]


def test_coordinated_recipients_found_below_the_trigger_are_all_kept(parse: Parse) -> None:
    text = "Peru threatened on Monday to sever diplomatic relations with Chad and Niger."
    event = only(events_of(parse, text, ["Peru", "Chad", "Niger"]), "THREATEN")
    assert names(event.recipient) == ["chad", "niger"]


# ---- senses and restatements (dragoman.stages.senses)


def types_of(events: Sequence[Event]) -> list[str]:
    return [str(e.event) for e in events]


@pytest.mark.parametrize(
    ("text", "actors", "expected"),
    [
        ("Chile beat Peru 3-1 in Lima on Tuesday.", ["Chile", "Peru"], []),
        ("Bolivian police beat protesters in La Paz.", ["Bolivian police", "protesters"], ["ASSAULT"]),
        ("Dozens of students were beaten by Bolivian police.", ["students", "Bolivian police"], ["ASSAULT"]),
        ("Bolivian soldiers beat the mayor of Oruro.", ["Bolivian soldiers", "the mayor"], ["ASSAULT"]),
    ],
)
def test_beat_is_a_beating_of_people_not_a_defeat(
    parse: Parse, text: str, actors: list[str], expected: list[str]
) -> None:
    assert types_of(events_of(parse, text, actors)) == expected


def test_receive_is_a_visit_only_when_an_actor_is_received(parse: Parse) -> None:
    text = "Chile's president received Peru's foreign minister."
    visit = events_of(parse, text, ["Chile's president", "Peru's foreign minister"])
    assert types_of(visit) == ["CONSULT"]
    award = events_of(parse, "Chile's president received an award from Peru.", ["Chile", "Peru"])
    assert types_of(award) == []


def test_an_interview_question_is_not_a_request(parse: Parse) -> None:
    text = "Asked about Peru, Chile's president said nothing."
    assert types_of(events_of(parse, text, ["Peru", "Chile"])) == []
    question = "Chile asked Peru what it would do next."
    assert types_of(events_of(parse, question, ["Chile", "Peru", "it"])) == []


def test_troops_arriving_are_deployed_not_visiting(parse: Parse) -> None:
    (event,) = events_of(parse, "Chilean troops arrived in Haiti on Monday.", ["Chilean troops", "Haiti"])
    assert (str(event.event), event.mode) == ("MOBILIZE", "troops")
    assert event.rule == "phrasal:arrive_in:consult>units"
    (visit,) = events_of(parse, "Chile's president arrived in Haiti on Monday.", ["Chile", "Haiti"])
    assert (str(visit.event), visit.mode) == ("CONSULT", "visit")


def test_a_protests_stated_demand_is_one_protest(parse: Parse) -> None:
    text = "Chilean miners marched in Santiago to demand higher wages from the government."
    (event,) = events_of(parse, text, ["Chilean miners", "the government"])
    assert str(event.event) == "PROTEST" and names(event.recipient) == ["government"]
    own = "Chilean miners marched in Santiago as the union called for a strike."  # the demand's own subject
    assert "REQUEST" in types_of(events_of(parse, own, ["Chilean miners", "the union"]))


def test_an_event_noun_restating_its_verb_is_one_event(parse: Parse) -> None:
    text = "Chile pressed its demands on Peru."
    assert types_of(events_of(parse, text, ["Chile", "Peru"])) == ["REQUEST"]


def test_a_rejected_ultimatum_is_the_rejection_only(parse: Parse) -> None:
    events = events_of(parse, "Peru rejected Chile's ultimatum.", ["Peru", "Chile"])
    assert types_of(events) == ["REJECT"] and names(events[0].recipient) == ["chile"]


def test_a_vow_of_force_is_one_threat(parse: Parse) -> None:
    (event,) = events_of(parse, "The rebels vowed to fight the army.", ["The rebels", "the army"])
    assert (str(event.event), event.mode, str(event.modality)) == ("THREATEN", "violence", "asserted")
    assert events_of(parse, "The minister vowed to fight corruption.", ["The minister"]) == []


def test_a_warning_is_a_threat_only_of_the_warners_act(parse: Parse) -> None:
    threat = "Chile warned that it could close the border."
    assert types_of(events_of(parse, threat, ["Chile", "it"]))[0] == "THREATEN"
    forecast = "Chile warned that copper prices could fall."
    assert types_of(events_of(parse, forecast, ["Chile"])) == []
    addressed = "Chile warned Peru that its patience was running out."
    assert types_of(events_of(parse, addressed, ["Chile", "Peru"])) == ["THREATEN"]


def test_an_exercise_of_two_countries_forces_is_joint(parse: Parse) -> None:
    text = "The navies of Chile and Peru began war games on Monday."
    parsed = parse(text)
    mentions = [
        Mention(m.start(), m.end(), name, Entity(name, name.lower(), code, "MIL", rule="test"))
        for name, code in (("Chile", "CHL"), ("Peru", "PER"))
        for m in re.finditer(name, text)
    ]
    (event,) = find_events(parsed, mentions=mentions, times=[], places=[], article_date=None)
    assert (str(event.event), event.cameo, event.rule) == ("COOPERATE", "062", "noun:war_game:mobilize>joint")
    alone = find_events(parsed, mentions=mentions[:1], times=[], places=[], article_date=None)
    assert types_of(alone) == ["MOBILIZE"]


def test_a_deployment_of_peacekeepers_is_peacekeeping_aid(parse: Parse) -> None:
    text = "Chilean peacekeeping troops arrived in Haiti on Monday."
    (event,) = events_of(parse, text, ["Chilean peacekeeping troops", "Haiti"])
    assert (str(event.event), event.cameo) == ("AID", "074")
    assert event.rule == "phrasal:arrive_in:consult>units>peacekeeping"


def _party(text: str, name: str, code: str | None, sector: str | None, *, nth: int = 0) -> Mention:
    start = [m.start() for m in re.finditer(re.escape(name), text)][nth]
    return Mention(start, start + len(name), name, Entity(name, name.lower(), code, sector))


def _coded(parse: Parse, text: str, mentions: Sequence[Mention]) -> list[Event]:
    return find_events(parse(text), mentions=sorted(mentions, key=lambda m: m.start), times=[], places=[],
                       article_date=None)  # fmt: skip


def test_a_merged_event_noun_does_not_take_its_actors_back_as_recipients(parse: Parse) -> None:
    text = "Kenya and Uganda agreed a pact between the two countries."
    both = "the two countries"
    mentions = [
        _party(text, "Kenya", "KEN", "GOV"),
        _party(text, "Uganda", "UGA", "GOV"),
        _party(text, both, "KEN", "GOV"),
        _party(text, both, "UGA", "GOV"),
    ]
    event = only(_coded(parse, text, mentions), "AGREE")
    assert [e.code for e in event.actor] == ["KEN", "UGA"] and event.recipient == ()


SPORT_STORY = (
    "The Brazilian striker urged the club's coach to pick him for the cup final. "
    "He scored two goals in the league match on Saturday, and the fans cheered every goal."
)


def test_in_a_story_about_sport_a_coded_person_alone_makes_no_event(parse: Parse) -> None:
    striker = _party(SPORT_STORY, "The Brazilian striker", "BRA", None)
    assert _coded(parse, SPORT_STORY, [striker]) == []
    plain = "The Brazilian economist urged the central bank to cut interest rates."
    economist = _party(plain, "The Brazilian economist", "BRA", None)
    assert [str(e.event) for e in _coded(parse, plain, [economist])] == ["REQUEST"]


def test_in_a_story_about_sport_a_political_party_or_an_arrest_still_makes_events(parse: Parse) -> None:
    police = SPORT_STORY.replace("the club's coach", "the Brazilian police")
    mentions = [
        _party(police, "The Brazilian striker", "BRA", None),
        _party(police, "the Brazilian police", "BRA", "COP"),
    ]
    assert [str(e.event) for e in _coded(parse, police, mentions)] == ["REQUEST"]
    union = SPORT_STORY.replace("the club's coach", "the European Union")
    eu = _party(union, "the European Union", "EUR", None)
    registered = Mention(eu.start, eu.end, eu.text, replace(eu.entity, rule="registry:organisation"))
    assert [str(e.event) for e in _coded(parse, union, [registered])] == ["REQUEST"]
    assert _coded(parse, union, [eu]) == []  # an unknown organisation of no sector: not in a sport story
    arrest = "The Brazilian striker was arrested in Lisbon on Sunday. " + SPORT_STORY.split(". ", 1)[1]
    event = only(_coded(parse, arrest, [_party(arrest, "The Brazilian striker", "BRA", None)]), "COERCE")
    assert event.actor == () and [e.code for e in event.recipient] == ["BRA"]


def test_firms_alone_make_no_political_event_but_their_protest_does(parse: Parse) -> None:
    text = "The two Japanese carmakers signed a memorandum of understanding in Tokyo."
    firms = _party(text, "The two Japanese carmakers", "JPN", "BUS")
    assert _coded(parse, text, [firms]) == []
    strike = "Japanese shopkeepers went on strike in Osaka on Monday."
    traders = _party(strike, "Japanese shopkeepers", "JPN", "BUS")
    assert [str(e.event) for e in _coded(parse, strike, [traders])] == ["PROTEST"]


def test_a_warning_about_firms_is_a_forecast_not_a_threat(parse: Parse) -> None:
    text = "The Danish minister warned that many small firms could be ruined by the new tax."
    mentions = [
        _party(text, "The Danish minister", "DNK", "GOV"),
        _party(text, "many small firms", "DNK", "BUS"),
    ]
    assert _coded(parse, text, mentions) == []


@pytest.mark.parametrize(
    "text",
    [
        "The Irish finance minister denied that the budget figures were too optimistic.",
        "The Irish finance minister denied his forecasts had been too rosy.",
        "The Irish finance minister did not rule out that the talks had failed.",
    ],
)
def test_denying_a_clause_is_a_statement(parse: Parse, text: str) -> None:
    assert [
        str(e.event) for e in _coded(parse, text, [_party(text, "The Irish finance minister", "IRL", "GOV")])
    ] == []


def test_denying_a_request_is_a_rejection(parse: Parse) -> None:
    text = "The Irish finance minister denied the request from Iceland."
    mentions = [
        _party(text, "The Irish finance minister", "IRL", "GOV"),
        _party(text, "Iceland", "ISL", "GOV"),
    ]
    assert [str(e.event) for e in _coded(parse, text, mentions)] == ["REJECT"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Dutch minister said Belgium must reopen the border crossing.", True),
        ("The Dutch minister said this should mean lower bills for Belgium.", False),
        ('The Dutch minister told the radio: "No country should repeat that mistake."', False),
        ("The Dutch minister said there must be an end to the dispute with Belgium.", False),
    ],
)
def test_a_reported_should_is_a_request_only_to_a_party(parse: Parse, text: str, expected: bool) -> None:
    mentions = [_party(text, "The Dutch minister", "NLD", "GOV")]
    mentions += [_party(text, "Belgium", "BEL", "GOV")] if "Belgium" in text else []
    mentions += [_party(text, "No country", None, "GOV")] if "No country" in text else []
    assert ("REQUEST" in [str(e.event) for e in _coded(parse, text, mentions)]) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Both sides will have the right of appeal to the Chilean supreme court.", []),
        ("The Chilean government has the right to appeal to the supreme court.", []),
        ("The Chilean government appealed to the supreme court on Monday.", ["REQUEST"]),
    ],
)
def test_a_right_to_appeal_is_no_appeal(parse: Parse, text: str, expected: list[str]) -> None:
    court = "the Chilean supreme court" if "Chilean supreme" in text else "the supreme court"
    mentions = [_party(text, court, "CHL", "JUD")]
    mentions += [_party(text, "The Chilean government", "CHL", "GOV")] if "government" in text else []
    assert [str(e.event) for e in _coded(parse, text, mentions)] == expected


def test_the_resignation_of_names_who_resigned(parse: Parse) -> None:
    text = "The reshuffle followed the resignation of the Spanish defence minister."
    minister = _party(text, "the Spanish defence minister", "ESP", "GOV")
    event = only(_coded(parse, text, [minister]), "RETREAT")
    assert [e.code for e in event.actor] == ["ESP"] and event.recipient == ()


@pytest.mark.parametrize(
    "text",
    [
        "The Czech minister withdrew his remarks about Slovakia on Monday.",
        "The Czech minister backed the view that Slovakia was right.",
        "Czech farmers were hit hardest by the new Slovak tax.",
        "The Czech minister's plan met with scepticism in Slovakia.",
        "The Czech minister recognised the concerns of Slovakia about the dam.",
    ],
)
def test_other_senses_named_by_their_objects(parse: Parse, text: str) -> None:
    mentions = [_party(text, "The Czech minister", "CZE", "GOV")] if "minister" in text else []
    mentions += [_party(text, "Czech farmers", "CZE", "AGR")] if "farmers" in text else []
    mentions += [_party(text, "Slovakia", "SVK", "GOV")] if "Slovakia" in text else []
    assert [str(e.event) for e in _coded(parse, text, mentions)] == []
