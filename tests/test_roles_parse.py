"""Role rules for parses that hide who acts on whom (stages/roleparse.py and their use in
stages/roles.py): the doer in an event noun's "of" phrase, an apposition parsed as a second
object, a person's affiliation, reciprocal nouns in an adverbial phrase, coordinated "of" objects,
"ordered X to appear for questioning", and participles that only tell how an act went on."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from dragoman.lexicon import Trigger, load_lexicon
from dragoman.parsed import ParsedDoc
from dragoman.schema import Event, Mention
from dragoman.stages.events import find_events
from dragoman.stages.roleparse import misattached_appositions, summoned_roles
from test_roles_search import codes, mention

Parse = Callable[[str], ParsedDoc]


def of_type(parse: Parse, text: str, mentions: Sequence[Mention], etype: str) -> Event:
    events = find_events(parse(text), mentions=mentions, times=[], places=[], article_date=None)
    found = [e for e in events if str(e.event) == etype]
    assert len(found) == 1, [(str(e.event), e.event_text) for e in events]
    return found[0]


def test_the_of_phrase_of_a_deployment_names_the_force_that_acts(parse: Parse) -> None:
    text = "The first deployment of Kenyan police officers reached the capital on Monday."
    ms = [mention(text, "Kenyan police officers", "KEN", "COP")]
    event = of_type(parse, text, ms, "MOBILIZE")
    assert codes(event.actor) == ["KEN"]


def test_an_of_recipient_stays_the_recipient(parse: Parse) -> None:
    text = "The bombardment of Ukrainian villages by Russian artillery went on all night."
    ms = [mention(text, "Ukrainian villages", "UKR", "CVL"), mention(text, "Russian artillery", "RUS", "MIL")]
    event = of_type(parse, text, ms, "ASSAULT")
    assert codes(event.actor) == ["RUS"] and codes(event.recipient) == ["UKR"]


def test_a_participle_after_a_filled_recipient_phrase_names_no_recipient(parse: Parse) -> None:
    text = "Turkey began its invasion of the island, pushing through Greek positions near the coast."
    ms = [mention(text, "Turkey", "TUR"), mention(text, "Greek positions", "GRC", "MIL")]
    event = of_type(parse, text, ms, "ASSAULT")
    assert codes(event.actor) == ["TUR"] and codes(event.recipient) == []


def test_an_apposition_parsed_as_a_second_object_is_not_the_recipient(parse: Parse) -> None:
    text = "Hungary was refusing entry to Syrians, by far the largest group waiting at the border."
    ms = [
        mention(text, "Hungary", "HUN"),
        mention(text, "Syrians", "SYR", "CVL"),
        mention(text, "the largest group", None, "REB"),
    ]
    event = of_type(parse, text, ms, "REJECT")
    assert codes(event.actor) == ["HUN"] and codes(event.recipient) == ["SYR"]


def test_misattached_appositions_needs_a_comma_after_an_argument(parse: Parse) -> None:
    parsed = parse("Hungary was refusing entry to Syrians, by far the largest group waiting at the border.")
    verb = next(t.i for t in parsed.tokens if t.lower == "refusing")
    assert {parsed[i].lower for i in misattached_appositions(parsed, verb)} == {"group"}
    plain = parse("The army gave the villagers food and blankets.")
    verb = next(t.i for t in plain.tokens if t.lower == "gave")
    assert misattached_appositions(plain, verb) == set()


def test_a_person_without_a_country_takes_that_of_the_body_they_belong_to(parse: Parse) -> None:
    text = "Taliban fighters killed the deputy head of Pakistan's border militia on Monday."
    ms = [
        mention(text, "Taliban fighters", "AFG", "REB"),
        mention(text, "the deputy head", None, "GOV"),
        mention(text, "Pakistan's border militia", "PAK", "PRM"),
    ]
    event = of_type(parse, text, ms, "ASSAULT")
    assert codes(event.recipient) == ["PAK"]


def test_fighting_with_a_party_in_an_adverbial_phrase_is_fought_by_the_subject(parse: Parse) -> None:
    text = "Nigerien troops recaptured a town after heavy fighting with Malian rebels."
    ms = [mention(text, "Nigerien troops", "NER", "MIL"), mention(text, "Malian rebels", "MLI", "REB")]
    event = of_type(parse, text, ms, "ASSAULT")
    assert codes(event.actor) == ["NER"] and codes(event.recipient) == ["MLI"]


def test_both_coordinated_objects_of_a_removal_are_recipients(parse: Parse) -> None:
    text = "Kenyan students demanded the dismissal of President William Ruto and his cabinet."
    ms = [
        mention(text, "Kenyan students", "KEN", "EDU"),
        mention(text, "President William Ruto", "KEN", name="ruto"),
        mention(text, "his cabinet", "KEN", name="kenyan cabinet"),
    ]
    event = of_type(parse, text, ms, "REQUEST")
    assert sorted(e.entity_name for e in event.recipient) == ["kenyan cabinet", "ruto"]


def test_the_one_ordered_to_appear_for_questioning_is_questioned(parse: Parse) -> None:
    text = "A Peruvian judge ordered former president Pedro Castillo to appear for questioning."
    ms = [
        mention(text, "A Peruvian judge", "PER", "JUD"),
        mention(text, "former president Pedro Castillo", "PER", "ELI"),
    ]
    event = of_type(parse, text, ms, "ACCUSE")
    assert [e.sector for e in event.actor] == ["JUD"] and [e.sector for e in event.recipient] == ["ELI"]


def test_those_held_for_questioning_are_questioned_by_the_agent(parse: Parse) -> None:
    parsed = parse("Two French journalists were detained for questioning by Iranian police.")
    head = next(t.i for t in parsed.tokens if t.lower == "questioning")
    entry = next(e for e in load_lexicon().entries if e.id == "verb:question:accuse")
    roles = summoned_roles(parsed, Trigger(entry, head, (head,)))
    assert roles is not None
    actors, recipients = roles
    assert [parsed[i].lower for i in actors] == ["police"]
    assert [parsed[i].lower for i in recipients] == ["journalists"]


def test_a_visit_for_talks_keeps_the_visitor_as_the_actor(parse: Parse) -> None:
    text = "The Nigerian president came to Paris for talks with French officials."
    ms = [mention(text, "The Nigerian president", "NGA"), mention(text, "French officials", "FRA")]
    event = of_type(parse, text, ms, "CONSULT")
    assert codes(event.actor) == ["NGA"] and codes(event.recipient) == ["FRA"]


def test_those_who_attend_a_meeting_take_part_in_it(parse: Parse) -> None:
    text = "Russia's foreign minister did not attend the meeting of G20 foreign ministers."
    ms = [mention(text, "Russia's foreign minister", "RUS"), mention(text, "G20 foreign ministers", "IGO")]
    event = of_type(parse, text, ms, "CONSULT")
    assert codes(event.actor) == ["RUS"]


def test_a_strike_over_an_act_names_its_author_as_the_recipient(parse: Parse) -> None:
    text = "Thousands of Kenyan nurses went on strike over a pay freeze ordered by the Kenyan government."
    ms = [
        mention(text, "Thousands of Kenyan nurses", "KEN", "MED"),
        mention(text, "the Kenyan government", "KEN", name="kenyan government"),
    ]
    event = of_type(parse, text, ms, "PROTEST")
    assert [e.entity_name for e in event.recipient] == ["kenyan government"]


def test_a_participle_taken_for_the_subject_gives_way_to_its_noun(parse: Parse) -> None:
    text = "The Red Cross operating in Yemen said Houthi forces must let medical teams reach the wounded."
    ms = [mention(text, "The Red Cross", "NGO", None), mention(text, "Houthi forces", "YEM", "REB")]
    event = of_type(parse, text, ms, "REQUEST")
    assert codes(event.actor) == ["NGO"]


def test_an_event_participle_stays_the_subject(parse: Parse) -> None:
    text = "Officials said Ukrainian shelling killed three people in Donetsk."
    ms = [mention(text, "Ukrainian", "UKR")]
    events = find_events(parse(text), mentions=ms, times=[], places=[], article_date=None)
    assert len([e for e in events if str(e.event) == "ASSAULT"]) == 1


def test_a_mobilisation_does_not_make_its_own_force_the_recipient(parse: Parse) -> None:
    text = "North Korea put its army on high alert on Monday."
    ms = [mention(text, "North Korea", "PRK"), mention(text, "its army", "PRK", "MIL", name="korean army")]
    event = of_type(parse, text, ms, "MOBILIZE")
    assert codes(event.actor) == ["PRK"] and codes(event.recipient) == []


def test_a_list_parsed_as_an_apposition_gives_every_member(parse: Parse) -> None:
    text = "Mali, Burkina Faso and Niger signed a defence pact on Saturday."
    ms = [mention(text, "Mali", "MLI"), mention(text, "Burkina Faso", "BFA"), mention(text, "Niger", "NER")]
    event = of_type(parse, text, ms, "AGREE")
    assert sorted(codes(event.actor)) == ["BFA", "MLI", "NER"]


def test_coordinated_modifiers_of_the_subject_are_all_actors(parse: Parse) -> None:
    text = "Chinese and Russian bombers will conduct joint patrols over the Sea of Japan."
    ms = [mention(text, "Chinese", "CHN"), mention(text, "Russian", "RUS")]
    event = of_type(parse, text, ms, "COOPERATE")
    assert sorted(codes(event.actor)) == ["CHN", "RUS"]


def test_by_far_introduces_an_apposition_not_a_party(parse: Parse) -> None:
    text = "Israel denied visas to Eritreans, by far the largest group of applicants, on Monday."
    ms = [
        mention(text, "Israel", "ISR"),
        mention(text, "Eritreans", "ERI", "CVL"),
        mention(text, "the largest group", "ISR", "REB", name="group"),
    ]
    event = of_type(parse, text, ms, "REJECT")
    assert codes(event.recipient) == ["ERI"]


def test_what_is_asked_to_be_sent_goes_to_the_one_who_asks(parse: Parse) -> None:
    text = "Somalia urged Kenya to send more troops."
    ms = [
        mention(text, "Somalia", "SOM"),
        mention(text, "Kenya", "KEN"),
        mention(text, "more troops", None, "MIL"),
    ]
    event = of_type(parse, text, ms, "MOBILIZE")
    assert codes(event.actor) == ["KEN"] and codes(event.recipient) == ["SOM"]


def test_an_appeal_to_a_country_makes_it_the_one_that_acts(parse: Parse) -> None:
    text = "Lebanon appealed to France to deliver medical supplies."
    ms = [mention(text, "Lebanon", "LBN"), mention(text, "France", "FRA")]
    event = of_type(parse, text, ms, "AID")
    assert codes(event.actor) == ["FRA"] and codes(event.recipient) == ["LBN"]


def test_an_unresolved_pronoun_subject_is_the_owner_of_its_object(parse: Parse) -> None:
    text = "Tajikistan says it is ready to withdraw its troops from the disputed valley."
    ms = [mention(text, "Tajikistan", "TJK"), mention(text, "its troops", "TJK", "MIL", name="tajik troops")]
    event = of_type(parse, text, ms, "RETREAT")
    assert codes(event.actor) == ["TJK"] and codes(event.recipient) == []
