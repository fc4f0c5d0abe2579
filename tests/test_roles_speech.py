"""Roles of verbal conflict and the parses that hide them (stages/rolespeech.py, roleparse.py,
rolerules.py, recipients.py): an answer is addressed to whoever made what it answers, a demand
to whoever answers it; a demanded departure is asked of who leaves; an object moved after its
"as" predicate; a possessor outranks an act noun's "of" object; a main verb read as a participle;
a preposition's object read as a clause's subject; the places of acts on people."""

from __future__ import annotations

from collections.abc import Callable

from dragoman.parsed import ParsedDoc
from dragoman.stages.rolerules import misread_main_verb, prep_objects
from test_roles_search import _parsed, coded, codes, mention, of_type, place

Parse = Callable[[str], ParsedDoc]


def test_a_rejected_proposal_names_its_maker_as_the_recipient(parse: Parse) -> None:
    text = "The Kenyan opposition rejected the government's proposal to delay the vote."
    ms = [mention(text, "The Kenyan opposition", "KEN", "OPP"), mention(text, "the government", "KEN")]
    event = of_type(coded(parse, text, ms), "REJECT")
    assert codes(event.actor) == ["KEN"] and [e.sector for e in event.recipient] == ["GOV"]


def test_a_refusal_despite_calls_is_addressed_to_the_callers(parse: Parse) -> None:
    text = "The Bolivian president refused to step down despite calls from the Chilean government."
    ms = [mention(text, "The Bolivian president", "BOL"), mention(text, "the Chilean government", "CHL")]
    event = of_type(coded(parse, text, ms), "REJECT")
    assert codes(event.recipient) == ["CHL"]


def test_the_maker_of_a_demand_deep_in_the_complement_is_the_recipient(parse: Parse) -> None:
    text = "Laos refused to respond to an appeal from Thailand on the dam project."
    ms = [mention(text, "Laos", "LAO"), mention(text, "Thailand", "THA")]
    events = coded(parse, text, ms)
    assert codes(of_type(events, "REJECT").recipient) == ["THA"]
    request = of_type(events, "REQUEST")  # the appeal is made of Laos, who does not answer it
    assert codes(request.actor) == ["THA"] and codes(request.recipient) == ["LAO"]


def test_a_demand_is_addressed_to_whoever_ignores_it(parse: Parse) -> None:
    text = "Peru ignored Chile's call for talks on the maritime border."
    ms = [mention(text, "Peru", "PER"), mention(text, "Chile", "CHL")]
    event = of_type(coded(parse, text, ms), "REQUEST")
    assert codes(event.actor) == ["CHL"] and codes(event.recipient) == ["PER"]


def test_a_demanded_withdrawal_is_asked_of_who_leaves_not_of_the_place(parse: Parse) -> None:
    text = "Kenya's parliament demanded the withdrawal of Ugandan troops from Kenya."
    ms = [
        mention(text, "Kenya's parliament", "KEN", "LEG", name="kenyan parliament"),
        mention(text, "Ugandan troops", "UGA", "MIL"),
        mention(text, "Kenya.", "KEN", name="kenya"),
    ]
    event = of_type(coded(parse, text, ms), "REQUEST")
    assert codes(event.recipient) == ["UGA"]


def test_the_owner_of_a_condemned_act_is_condemned_not_its_object(parse: Parse) -> None:
    text = "The Malian junta's expulsion of the French ambassador was condemned by Paris."
    ms = [
        mention(text, "The Malian junta", "MLI"),
        mention(text, "the French ambassador", "FRA"),
        mention(text, "Paris", "FRA", name="paris"),
    ]
    event = of_type(coded(parse, text, ms), "ACCUSE")
    assert codes(event.actor) == ["FRA"] and codes(event.recipient) == ["MLI"]


def test_an_object_moved_after_its_as_predicate_is_the_recipient(parse: Parse) -> None:
    for text, owner, code in (
        ("Tanzania denounced as illegal Kenya's closure of the border crossing.", "Kenya", "KEN"),
        (
            "Uganda condemned as a provocation the Congolese army's raid on the town.",
            "the Congolese army",
            "COD",
        ),
    ):
        ms = [mention(text, text.split()[0], text.split()[0][:3].upper()), mention(text, owner, code)]
        event = of_type(coded(parse, text, ms), "ACCUSE")
        assert codes(event.recipient) == [code], text


def test_a_time_phrase_with_following_names_no_party(parse: Parse) -> None:
    text = "Israel reimposed a blockade in Jenin following the killing of two Israeli soldiers."
    ms = [
        mention(text, "Israel", "ISR"),
        mention(text, "two Israeli soldiers", "ISR", "MIL", name="soldiers"),
    ]
    event = of_type(coded(parse, text, ms, [place(text, "Jenin", "PSE")]), "COERCE")
    assert codes(event.recipient) == ["PSE"]


def test_the_place_an_easing_is_done_in_is_its_recipient(parse: Parse) -> None:
    text = "Israel lifted the curfew in Hebron on Sunday."
    event = of_type(
        coded(parse, text, [mention(text, "Israel", "ISR")], [place(text, "Hebron", "PSE")]), "CONCEDE"
    )
    assert codes(event.recipient) == ["PSE"]


def test_the_place_of_a_destination_gives_the_recipient(parse: Parse) -> None:
    text = "Ecuador sent aid to a clinic in Haiti."
    event = of_type(
        coded(parse, text, [mention(text, "Ecuador", "ECU")], [place(text, "Haiti", "HTI")]), "AID"
    )
    assert codes(event.recipient) == ["HTI"]


def test_an_unresolved_possessive_gives_way_to_the_light_verbs_subject(parse: Parse) -> None:
    text = "The truce commission completed its investigation into the raid on Goma."
    ms = [mention(text, "The truce commission", "COD", "GOV"), mention(text, "its", None, None)]
    event = of_type(coded(parse, text, ms), "ACCUSE")
    assert codes(event.actor) == ["COD"]


def test_a_main_verb_read_as_a_participle_takes_the_root_noun_as_subject() -> None:
    # "Nurses from two charities delivered medicine": the parser hung "delivered" on "charities"
    parsed = _parsed(
        [
            ("Nurses", "NOUN", "NNS", "ROOT", 0),
            ("from", "ADP", "IN", "prep", 0),
            ("two", "NUM", "CD", "nummod", 3),
            ("charities", "NOUN", "NNS", "pobj", 1),
            ("delivered", "VERB", "VBN", "acl", 3),
            ("medicine", "NOUN", "NN", "dobj", 4),
        ]
    )
    assert misread_main_verb(parsed, 4) == 0


def test_a_participle_on_an_object_is_no_main_verb() -> None:
    # "Police freed hostages held by rebels": "held" is a participle on the object
    parsed = _parsed(
        [
            ("Police", "NOUN", "NNS", "nsubj", 1),
            ("freed", "VERB", "VBD", "ROOT", 1),
            ("hostages", "NOUN", "NNS", "dobj", 1),
            ("held", "VERB", "VBN", "acl", 2),
            ("by", "ADP", "IN", "agent", 3),
            ("rebels", "NOUN", "NNS", "pobj", 4),
        ]
    )
    assert misread_main_verb(parsed, 3) is None


def test_a_prepositions_object_read_as_a_clause_subject_is_its_object() -> None:
    # "granted asylum to officers holed up in a hotel": "officers" made the subject of "holed"
    parsed = _parsed(
        [
            ("Chile", "PROPN", "NNP", "nsubj", 1),
            ("granted", "VERB", "VBD", "ROOT", 1),
            ("asylum", "NOUN", "NN", "dobj", 1),
            ("to", "ADP", "IN", "prep", 1),
            ("officers", "NOUN", "NNS", "nsubj", 5),
            ("holed", "VERB", "VBD", "advcl", 1),
            ("up", "ADP", "RP", "prt", 5),
        ]
    )
    assert prep_objects(parsed, 1, ("to",)) == [4]


def test_a_noun_of_speech_takes_its_speaker_from_from_and_addressee_from_its_verbs_to(parse: Parse) -> None:
    text = "Sudan delivered an ultimatum to the rebel movement in Darfur."
    ms = [mention(text, "Sudan", "SDN"), mention(text, "the rebel movement", "SDN", "REB", name="rebels")]
    event = of_type(coded(parse, text, ms), "THREATEN")
    assert [e.sector for e in event.recipient] == ["REB"]
    text = "A warning from Turkey to Syria came after the shelling."
    ms = [mention(text, "Turkey", "TUR"), mention(text, "Syria", "SYR")]
    event = of_type(coded(parse, text, ms), "THREATEN")
    assert codes(event.actor) == ["TUR"] and codes(event.recipient) == ["SYR"]


def test_the_place_a_warning_is_sent_to_is_its_recipient(parse: Parse) -> None:
    text = "North Korea sent a warning to Seoul on Monday."
    ms = [mention(text, "North Korea", "PRK")]
    event = of_type(coded(parse, text, ms, [place(text, "Seoul", "KOR")]), "THREATEN")
    assert codes(event.recipient) == ["KOR"]


def test_whom_a_refusal_would_have_let_act_is_its_recipient_but_not_a_purpose(parse: Parse) -> None:
    text = "Israel refused to let Turkish ships enter the port."
    ms = [mention(text, "Israel", "ISR"), mention(text, "Turkish", "TUR", name="turkey")]
    assert codes(of_type(coded(parse, text, ms), "REJECT").recipient) == ["TUR"]
    text = "The Malian president resigned on Monday to allow Mali's first free elections to take place."
    ms = [mention(text, "The Malian president", "MLI"), mention(text, "Mali", "MLI", name="mali")]
    assert codes(of_type(coded(parse, text, ms), "RETREAT").recipient) == []
