"""Role rules: which mention becomes the recipient when the search goes below the trigger
(stages/rolerules.py), the repaired subject of a verb the parser left without one, the speaker
of a parenthetical report, and the places that give a recipient (stages/recipients.py)."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from dragoman.parsed import ParsedDoc, Span, Token
from dragoman.schema import Entity, Event, Mention, Place
from dragoman.stages.events import find_events
from dragoman.stages.rolerules import is_reporter, subject_left_of

Parse = Callable[[str], ParsedDoc]


def mention(
    text: str, phrase: str, code: str | None, sector: str | None = "GOV", *, name: str = ""
) -> Mention:
    start = text.index(phrase)
    entity = Entity(phrase, name or phrase.lower(), code, sector, rule="test")
    return Mention(start, start + len(phrase), phrase, entity)


def place(text: str, name: str, country: str) -> Place:
    start = text.index(name)
    return Place(start, start + len(name), name, name, 1, 0.0, 0.0, country, "PPL", 3)


def coded(parse: Parse, text: str, mentions: Sequence[Mention], places: Sequence[Place] = ()) -> list[Event]:
    return find_events(parse(text), mentions=mentions, times=[], places=places, article_date=None)


def of_type(events: Sequence[Event], etype: str) -> Event:
    found = [e for e in events if str(e.event) == etype]
    assert len(found) == 1, [(str(e.event), e.event_text) for e in events]
    return found[0]


def codes(entities: Sequence[Entity]) -> list[str | None]:
    return [e.code for e in entities]


def test_a_verb_conjoined_to_the_trigger_is_a_clause_of_its_own(parse: Parse) -> None:
    text = "Hungary refused to send troops and ordered its diplomats home."
    ms = [mention(text, "Hungary", "HUN"), mention(text, "its diplomats", "HUN", name="hungarian diplomats")]
    event = of_type(coded(parse, text, ms), "REJECT")
    assert codes(event.actor) == ["HUN"] and codes(event.recipient) == []


def test_the_agent_of_a_participle_is_as_near_as_its_subject(parse: Parse) -> None:
    text = "Bolivian farmers staged a hunger strike to demand the release of men held by Peruvian police."
    ms = [mention(text, "Bolivian farmers", "BOL", "CVL"), mention(text, "Peruvian police", "PER", "COP")]
    event = of_type(coded(parse, text, ms), "PROTEST")
    assert codes(event.actor) == ["BOL"] and codes(event.recipient) == ["PER"]


def test_a_participles_own_phrase_names_no_party(parse: Parse) -> None:
    text = "Chile's supreme court opened an inquiry into methods used against Bolivian prisoners."
    ms = [
        mention(text, "Chile's supreme court", "CHL", "JUD"),
        mention(text, "Bolivian prisoners", "BOL", "CVL"),
    ]
    event = of_type(coded(parse, text, ms), "ACCUSE")
    assert codes(event.actor) == ["CHL"] and codes(event.recipient) == []


def test_a_plural_phrase_that_names_the_actors_again_is_not_the_recipient(parse: Parse) -> None:
    text = "Peru and Chile signed a fishing accord between the two countries on Monday."
    both = [mention(text, "the two countries", code, name=f"two countries {code}") for code in ("PER", "CHL")]
    ms = [mention(text, "Peru", "PER"), mention(text, "Chile", "CHL"), *both]
    event = of_type(coded(parse, text, ms), "AGREE")
    assert sorted(codes(event.actor)) == ["CHL", "PER"] and codes(event.recipient) == []


def test_an_uncoded_force_the_actor_moves_is_looked_through(parse: Parse) -> None:
    text = "Turkey deployed more soldiers to its border with Syria."
    ms = [
        mention(text, "Turkey", "TUR", name="turkey"),
        mention(text, "more soldiers", None, "MIL"),
        mention(text, "its", "TUR", name="turkey"),
        mention(text, "Syria", "SYR"),
    ]
    event = of_type(coded(parse, text, ms), "MOBILIZE")
    assert codes(event.recipient) == ["SYR"]


def test_a_coded_party_outranks_an_uncoded_one_at_the_same_distance(parse: Parse) -> None:
    text = "Benin kept refusing entry to Nigerian traders, by far the largest group involved."
    ms = [
        mention(text, "Benin", "BEN"),
        mention(text, "Nigerian traders", "NGA", "BUS"),
        mention(text, "the largest group", None, "REB"),
    ]
    event = of_type(coded(parse, text, ms), "REJECT")
    assert codes(event.recipient) == ["NGA"]


def test_places_coordinated_with_the_nearest_one_are_recipients_too(parse: Parse) -> None:
    text = "Iran threatened to strike Haifa and Dubai."
    event = of_type(
        coded(
            parse,
            text,
            [mention(text, "Iran", "IRN")],
            [place(text, "Haifa", "ISR"), place(text, "Dubai", "ARE")],
        ),
        "THREATEN",
    )
    assert [(e.code, e.rule) for e in event.recipient] == [("ISR", "place"), ("ARE", "place")]


def _token(i: int, text: str, idx: int, pos: str, tag: str, dep: str, head: int) -> Token:
    lemma = {"said": "say", "agreed": "agree", "agreeing": "agree"}.get(text, text.lower())
    return Token(i, text, idx, lemma, pos, tag, dep, head, 0)


def _parsed(rows: Sequence[tuple[str, str, str, str, int]]) -> ParsedDoc:
    """A hand-made parse (word, pos, tag, dep, head): the parser's errors, reproduced exactly."""
    text = " ".join(r[0] for r in rows)
    starts = [m.start() for m in re.finditer(r"\S+", text)]
    tokens = tuple(_token(i, w, starts[i], pos, tag, dep, h) for i, (w, pos, tag, dep, h) in enumerate(rows))
    return ParsedDoc(text, tokens, (Span(0, len(tokens), 0, len(text), "", text),))


def test_a_finite_verb_left_without_a_subject_takes_the_coordinated_phrase_before_it() -> None:
    # "After the talks the army and the rebels have agreed": the parser hung "army" on "talks"
    parsed = _parsed(
        [
            ("After", "ADP", "IN", "prep", 9),
            ("the", "DET", "DT", "det", 2),
            ("talks", "NOUN", "NNS", "pobj", 0),
            ("the", "DET", "DT", "det", 4),
            ("army", "NOUN", "NN", "conj", 2),
            ("and", "CCONJ", "CC", "cc", 4),
            ("the", "DET", "DT", "det", 7),
            ("rebels", "NOUN", "NNS", "conj", 4),
            ("have", "AUX", "VBP", "aux", 9),
            ("agreed", "VERB", "VBN", "ROOT", 9),
        ]
    )
    assert subject_left_of(parsed, 9) == [4]  # "army", whose conjunct "rebels" joins it


def test_a_verb_with_a_subject_or_no_finite_form_is_not_repaired() -> None:
    parsed = _parsed(
        [
            ("the", "DET", "DT", "det", 1),
            ("army", "NOUN", "NN", "nsubj", 2),
            ("agreed", "VERB", "VBD", "ROOT", 2),
        ]
    )
    assert subject_left_of(parsed, 2) == []
    gerund = _parsed(
        [
            ("the", "DET", "DT", "det", 1),
            ("army", "NOUN", "NN", "pobj", 2),
            ("agreeing", "VERB", "VBG", "ROOT", 2),
        ]
    )
    assert subject_left_of(gerund, 2) == []


def test_the_speaker_of_a_parenthetical_report_is_told_from_an_apposition() -> None:
    # "troops to Mali , the army chief said": the parser made "chief" an apposition of "Mali"
    parsed = _parsed(
        [
            ("troops", "NOUN", "NNS", "dobj", 6),
            ("to", "ADP", "IN", "prep", 0),
            ("Mali", "PROPN", "NNP", "pobj", 1),
            (",", "PUNCT", ",", "punct", 2),
            ("army", "NOUN", "NN", "compound", 5),
            ("chief", "NOUN", "NN", "appos", 2),
            ("said", "VERB", "VBD", "ROOT", 6),
        ]
    )
    assert is_reporter(parsed, 5)
    assert not is_reporter(parsed, 4)  # "army" is followed by a noun, not by the report


def test_the_actors_own_force_named_by_a_possessive_is_looked_through(parse: Parse) -> None:
    text = "Ghana failed to deploy its soldiers to Niger before the deadline."
    soldiers = mention(text, "its soldiers", "GHA", "MIL", name="ghanaian soldiers")
    ms = [mention(text, "Ghana", "GHA", name="ghana"), soldiers]
    event = of_type(coded(parse, text, ms, [place(text, "Niger", "NER")]), "MOBILIZE")
    assert [(e.code, e.rule) for e in event.recipient] == [("NER", "place")]


def test_a_partner_the_parser_made_the_subject_of_a_participle_is_still_the_partner(parse: Parse) -> None:
    text = "Mongolia's parliament ratified an accord with China delimiting their common frontier."
    ms = [mention(text, "Mongolia's parliament", "MNG", "LEG"), mention(text, "China", "CHN")]
    event = of_type(coded(parse, text, ms), "AGREE")
    assert codes(event.recipient) == ["CHN"]


def test_an_event_word_that_is_the_subject_of_a_reported_clause_is_reported(parse: Parse) -> None:
    text = "Local officials said Syrian shelling killed four farmers near the border."
    ms = [mention(text, "Local officials", "LBN"), mention(text, "Syrian", "SYR")]
    event = of_type(coded(parse, text, ms), "ASSAULT")
    assert event.attribution is not None and event.attribution.text == "Local officials"


def test_the_speaker_of_a_report_the_parser_hung_on_a_place_is_the_source(parse: Parse) -> None:
    text = "Senegal will not deploy troops to Mali, Senegal's army chief said on Friday."
    chief = mention(text, "Senegal's army chief", "SEN", "MIL", name="army chief")
    ms = [mention(text, "Senegal", "SEN", name="senegal"), chief]
    event = of_type(coded(parse, text, ms, [place(text, "Mali", "MLI")]), "MOBILIZE")
    assert [(e.code, e.rule) for e in event.recipient] == [("MLI", "place")]
    assert event.attribution is not None and event.attribution.text == "Senegal's army chief"


def test_a_that_clause_hung_on_the_verb_is_the_content_of_the_demand_noun(parse: Parse) -> None:
    text = "The European Union renewed its demand today that Belarus change course."
    ms = [mention(text, "The European Union", "EUR", name="eu"), mention(text, "its", "EUR", name="eu")]
    ms.append(mention(text, "Belarus", "BLR"))
    event = of_type(coded(parse, text, ms), "REQUEST")
    assert codes(event.recipient) == ["BLR"]


def test_a_place_where_the_object_is_gives_the_recipient_a_bare_name_does_not(parse: Parse) -> None:
    text = "Ethiopian troops shelled Oromo positions in Somalia on Monday."
    oromo = mention(text, "Oromo", None, None)
    ms = [mention(text, "Ethiopian troops", "ETH", "MIL"), oromo]
    event = of_type(coded(parse, text, ms, [place(text, "Somalia", "SOM")]), "ASSAULT")
    assert [(e.code, e.rule) for e in event.recipient] == [(None, "test"), ("SOM", "place")]


def test_the_place_of_the_event_itself_is_not_a_recipient(parse: Parse) -> None:
    text = "Ethiopian troops clashed with Oromo fighters in Somalia on Monday."
    ms = [mention(text, "Ethiopian troops", "ETH", "MIL")]
    events = coded(parse, text, ms, [place(text, "Somalia", "SOM")])
    assert events and all(e.recipient == () for e in events)


def test_a_stranded_preposition_shares_the_object_of_the_conjoined_verb(parse: Parse) -> None:
    text = "Ghana broke off ties with and expelled the envoy of Togo."
    ms = [mention(text, "Ghana", "GHA"), mention(text, "the envoy of Togo", "TGO", name="togo envoy")]
    events = [e for e in coded(parse, text, ms) if str(e.event) == "SANCTION"]
    assert events and all(codes(e.recipient) == ["TGO"] for e in events)


def test_a_place_coordinated_with_a_two_word_place_name_is_a_recipient_too(parse: Parse) -> None:
    text = "Iran vowed to punish the United States and Israel."
    places = [place(text, "United States", "USA"), place(text, "Israel", "ISR")]
    event = of_type(coded(parse, text, [mention(text, "Iran", "IRN")], places), "THREATEN")
    assert sorted(e.code or "" for e in event.recipient) == ["ISR", "USA"]
