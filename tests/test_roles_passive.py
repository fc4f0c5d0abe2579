"""Roles the parse hides behind passives, coordination and asides (stages/roleparse.py and their
use in stages/roles.py, rolerules.py, recipients.py): a verb conjoined to a passive, a shared
agent or object, a "by" phrase after an aside, an unnamed agent's withdrawal, "called for X to",
"up to N" objects, talks an agreement came out of, a crowd's participle after an object, relational
nouns, lists of names of two words and a protest in a clause on a strike."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from dragoman.parsed import ParsedDoc, Span, Token
from dragoman.schema import Mention, Place
from dragoman.stages.roleparse import quantified_object, shares_passive
from dragoman.stages.rolerules import with_conjuncts
from test_roles_parse import of_type
from test_roles_search import coded, codes, mention, place

Parse = Callable[[str], ParsedDoc]


_LEMMAS = {"demanding": "demand", "kidnapped": "kidnap", "went": "go"}


def _parsed(rows: Sequence[tuple[str, str, str, str, int]]) -> ParsedDoc:
    """A hand-made parse (word, pos, tag, dep, head): the parser's errors, reproduced exactly."""
    text = " ".join(r[0] for r in rows)
    starts = [m.start() for m in re.finditer(r"\S+", text)]
    tokens = tuple(
        Token(i, w, starts[i], _LEMMAS.get(w, w.lower()), pos, tag, dep, h, 0)
        for i, (w, pos, tag, dep, h) in enumerate(rows)
    )
    return ParsedDoc(text, tokens, (Span(0, len(tokens), 0, len(text), "", text),))


def _types(
    parse: Parse, text: str, mentions: Sequence[Mention], places: Sequence[Place] = ()
) -> dict[str, list[list[str | None]]]:
    return {str(e.event): [codes(e.actor), codes(e.recipient)] for e in coded(parse, text, mentions, places)}


# ---- a verb joined by "and" to a passive


def test_an_active_verb_joined_to_a_passive_shares_its_subject(parse: Parse) -> None:
    text = "Peru's interior minister was arrested by police on Monday and will resign."
    ms = [mention(text, "Peru's interior minister", "PER"), mention(text, "police", "PER", "COP")]
    event = of_type(parse, text, ms, "RETREAT")
    assert codes(event.actor) == ["PER"] and codes(event.recipient) == []


def test_conjoined_passives_share_their_subject_and_agent(parse: Parse) -> None:
    text = "Two Ugandan journalists were detained and beaten by Congolese soldiers."
    ms = [
        mention(text, "Two Ugandan journalists", "UGA", "JRN"),
        mention(text, "Congolese soldiers", "COD", "MIL"),
    ]
    found = _types(parse, text, ms)
    assert found["COERCE"] == [["COD"], ["UGA"]] and found["ASSAULT"] == [["COD"], ["UGA"]]


def test_a_passive_with_no_subject_undergoes_what_it_inherits(parse: Parse) -> None:
    text = "Three Iranian activists were arrested and later released by Turkish police."
    ms = [
        mention(text, "Three Iranian activists", "IRN", "CVL"),
        mention(text, "Turkish police", "TUR", "COP"),
    ]
    assert _types(parse, text, ms)["RETREAT"] == [["TUR"], ["IRN"]]


def test_whether_a_conjoined_verb_is_passive_comes_from_its_own_auxiliaries() -> None:
    # "X was summoned and asked to explain": "asked" tagged as a past tense, no object: unknown
    rows = [
        ("envoy", "NOUN", "NN", "nsubjpass", 2),
        ("was", "AUX", "VBD", "auxpass", 2),
        ("summoned", "VERB", "VBN", "ROOT", 2),
        ("and", "CCONJ", "CC", "cc", 2),
        ("asked", "VERB", "VBD", "conj", 2),
        ("and", "CCONJ", "CC", "cc", 2),
        ("will", "AUX", "MD", "aux", 7),
        ("resign", "VERB", "VB", "conj", 2),
        ("and", "CCONJ", "CC", "cc", 2),
        ("beaten", "VERB", "VBN", "conj", 2),
    ]
    parsed = _parsed(rows)
    assert shares_passive(parsed, 4) is None
    assert shares_passive(parsed, 7) is False
    assert shares_passive(parsed, 9) is True


# ---- agents the parser hung elsewhere, and a withdrawal with none


def test_a_by_phrase_after_an_aside_is_the_passives_agent(parse: Parse) -> None:
    text = (
        "Zambia's former finance minister has been accused of diverting aid money, most of it thought "
        "to have been hidden abroad, by Zambian government officials."
    )
    ms = [
        mention(text, "Zambia's former finance minister", "ZMB"),
        mention(text, "Zambian government officials", "ZMB", name="zambian officials"),
    ]
    event = of_type(parse, text, ms, "ACCUSE")
    assert codes(event.actor) == ["ZMB"] and codes(event.recipient) == ["ZMB"]


def test_those_disarmed_with_no_agent_named_are_the_ones_who_disarm(parse: Parse) -> None:
    text = "Half of the Sudanese rebel fighters in Darfur have been disarmed since January."
    ms = [mention(text, "the Sudanese rebel fighters", "SDN", "REB")]
    event = of_type(parse, text, ms, "RETREAT")
    assert codes(event.actor) == ["SDN"] and codes(event.recipient) == []


def test_those_released_with_no_agent_named_stay_the_recipients(parse: Parse) -> None:
    text = "Two hundred Afghan prisoners were released on Monday."
    ms = [mention(text, "Two hundred Afghan prisoners", "AFG", "CVL")]
    event = of_type(parse, text, ms, "RETREAT")
    assert codes(event.actor) == [] and codes(event.recipient) == ["AFG"]


# ---- the subject of an infinitive after "called for X"


def test_the_party_called_for_performs_the_infinitive(parse: Parse) -> None:
    text = "The African Union called for Sudan's army to withdraw from the disputed region."
    ms = [mention(text, "The African Union", "IGO"), mention(text, "Sudan's army", "SDN", "MIL")]
    event = of_type(parse, text, ms, "RETREAT")
    assert codes(event.actor) == ["SDN"]


def test_a_purpose_after_a_call_for_an_act_keeps_the_caller(parse: Parse) -> None:
    text = "The union called for a general strike to protest the pay cuts."
    ms = [mention(text, "The union", None, "LAB")]
    assert coded(parse, text, ms)  # the protest is the union's: no party named after "for"
    protests = [e for e in coded(parse, text, ms) if e.event_text.startswith("protest")]
    assert all(e.actor and e.actor[0].sector == "LAB" for e in protests)


# ---- objects the parser lost


def test_an_object_counted_up_to_n_is_the_object() -> None:
    # "have kidnapped up to 16 advisers from a bazaar": "up" read as a particle, "to" as a preposition
    rows = [
        ("rebels", "NOUN", "NNS", "nsubj", 2),
        ("have", "AUX", "VBP", "aux", 2),
        ("kidnapped", "VERB", "VBN", "ROOT", 2),
        ("up", "ADP", "RP", "prt", 2),
        ("to", "ADP", "IN", "prep", 3),
        ("16", "NUM", "CD", "nummod", 6),
        ("advisers", "NOUN", "NNS", "pobj", 4),
        ("from", "ADP", "IN", "prep", 2),
        ("bazaar", "NOUN", "NN", "pobj", 7),
    ]
    assert quantified_object(_parsed(rows), 2) == [6]
    going = _parsed([("prices", "NOUN", "NNS", "nsubj", 1), ("went", "VERB", "VBD", "ROOT", 1),
                     ("up", "ADP", "RP", "prt", 1), ("to", "ADP", "IN", "prep", 2),
                     ("records", "NOUN", "NNS", "pobj", 3)])  # fmt: skip
    assert quantified_object(going, 1) == []  # no number: a destination


def test_a_verb_coordinated_before_another_shares_its_object(parse: Parse) -> None:
    text = "The militia looted and burned the offices of the Kenyan Red Cross."
    ms = [mention(text, "The militia", None, "PRM"), mention(text, "the Kenyan Red Cross", "KEN", "NGO")]
    events = coded(parse, text, ms)
    assert events and all(codes(e.recipient) == ["KEN"] for e in events)


# ---- the other side of talks


def test_the_side_talked_with_is_the_recipient_of_a_concession(parse: Parse) -> None:
    text = "The Kenyan nurses' union called off its strike after deliberations with the health ministry."
    ms = [
        mention(text, "The Kenyan nurses' union", "KEN", "LAB"),
        mention(text, "the health ministry", "KEN"),
    ]
    event = of_type(parse, text, ms, "CONCEDE")
    assert codes(event.actor) == ["KEN"] and [e.sector for e in event.recipient] == ["GOV"]


def test_talks_give_no_recipient_to_an_attack(parse: Parse) -> None:
    text = "Somali troops attacked the town after talks with Kenyan officials."
    ms = [mention(text, "Somali troops", "SOM", "MIL"), mention(text, "Kenyan officials", "KEN")]
    event = of_type(parse, text, ms, "ASSAULT")
    assert "KEN" not in codes(event.recipient)


# ---- a crowd's participle, relational nouns, lists, a protest through a strike


def test_a_crowds_participle_right_after_the_object_is_the_crowds() -> None:
    # "police arrested dozens of protesters demanding lower fees": the participle hung on "arrested"
    from dragoman.stages.roleparse import object_participle_subject

    rows = [
        ("police", "NOUN", "NNS", "nsubj", 1),
        ("arrested", "VERB", "VBD", "ROOT", 1),
        ("dozens", "NOUN", "NNS", "dobj", 1),
        ("of", "ADP", "IN", "prep", 2),
        ("protesters", "NOUN", "NNS", "pobj", 3),
        ("demanding", "VERB", "VBG", "advcl", 1),
        ("lower", "ADJ", "JJR", "amod", 7),
        ("fees", "NOUN", "NNS", "dobj", 5),
    ]
    assert object_participle_subject(_parsed(rows), 5) == 2  # "dozens", which stands for its "of" phrase
    comma = rows[:5] + [(",", "PUNCT", ",", "punct", 1)]
    comma += [(w, p, t, d, h + 1 if h > 4 else h) for w, p, t, d, h in rows[5:]]
    assert object_participle_subject(_parsed(comma), 6) is None  # ", demanding": the police's


def test_a_relational_noun_is_not_its_possessor(parse: Parse) -> None:
    text = "Cyprus demanded that its European Union partners refuse to admit Turkey."
    ms = [
        mention(text, "Cyprus", "CYP"),
        mention(text, "its", "CYP", name="cyprus"),
        mention(text, "European Union", "EUR", None),
        mention(text, "Turkey", "TUR"),
    ]
    event = of_type(parse, text, ms, "REJECT")
    assert codes(event.actor) == ["EUR"]


def test_every_member_of_a_list_is_a_conjunct() -> None:
    # "Mali , Burkina Faso and Niger": "Niger" hung on "Faso", which hangs on "Mali"
    rows = [
        ("Mali", "PROPN", "NNP", "pobj", 0),
        (",", "PUNCT", ",", "punct", 0),
        ("Burkina", "PROPN", "NNP", "compound", 3),
        ("Faso", "PROPN", "NNP", "conj", 0),
        ("and", "CCONJ", "CC", "cc", 3),
        ("Niger", "PROPN", "NNP", "conj", 3),
    ]
    assert with_conjuncts(_parsed(rows), 0) == [0, 3, 5]


def test_a_place_of_two_words_in_a_list_is_a_recipient(parse: Parse) -> None:
    text = "Russian mercenaries attacked army posts in Mali, Burkina Faso and Niger."
    ms = [mention(text, "Russian mercenaries", "RUS", "MIL")]
    places = [place(text, "Mali", "MLI"), place(text, "Burkina Faso", "BFA"), place(text, "Niger", "NER")]
    found = coded(parse, text, ms, places)
    assert sorted(codes(next(e for e in found if str(e.event) == "ASSAULT").recipient)) == [
        "BFA",
        "MLI",
        "NER",
    ]


def test_a_protest_in_a_clause_on_a_strike_is_the_strikers(parse: Parse) -> None:
    text = "Kenyan opposition parties staged a general strike that closed Nairobi in protest of a new tax."
    ms = [mention(text, "Kenyan opposition parties", "KEN", "OPP")]
    events = [e for e in coded(parse, text, ms) if str(e.event) == "PROTEST"]
    assert events and all(codes(e.actor) == ["KEN"] for e in events)


def test_an_envoy_recalled_with_no_agent_named_is_recalled_by_his_country(parse: Parse) -> None:
    text = "Kenya's ambassador to Somalia was recalled on Monday."
    ms = [mention(text, "Kenya's ambassador", "KEN"), mention(text, "Somalia", "SOM")]
    event = of_type(parse, text, ms, "SANCTION")
    assert codes(event.actor) == ["KEN"]


def test_the_search_does_not_make_the_actors_own_forces_the_recipient(parse: Parse) -> None:
    text = "Eighty UN peacekeepers were pulled out of the Bosnian enclave, leaving just 100 UN troops there."
    ms = [
        mention(text, "Eighty UN peacekeepers", "UNO", "MIL", name="un peacekeepers"),
        mention(text, "Bosnian", "BIH", None),
        mention(text, "100 UN troops", "UNO", "MIL", name="un troops"),
    ]
    events = coded(parse, text, ms)
    assert events and all("UNO" not in codes(e.recipient) for e in events)
