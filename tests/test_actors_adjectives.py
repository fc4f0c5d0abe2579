"""Country words that name no state (issue 5, H11): persons, place names, joined lists, possessives of
names of several words, and unnamed armed men. Sentences written for these tests."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from dragoman.parsed import ParsedDoc, Token
from dragoman.registry import Registry
from dragoman.stages.actoradjectives import person_noun
from dragoman.stages.actors import resolve_actors

Parse = Callable[[str], ParsedDoc]
D2024 = date(2024, 5, 15)


def _noun(text: str, lemma: str, pos: str = "NOUN") -> Token:
    return Token(i=0, text=text, idx=0, lemma=lemma, pos=pos, tag="NN", dep="ROOT", head=0, sent=0)


@pytest.mark.parametrize(
    ("text", "lemma", "expected"),
    [
        ("geologists", "geologist", True),
        ("auctioneer", "auctioneer", True),
        ("chairmen", "chairman", True),
        ("librarian", "librarian", True),
        ("nominee", "nominee", True),
        ("checklist", "checklist", False),
        ("proposal", "proposal", False),
        ("career", "career", False),
        ("tanker", "tanker", False),
    ],
)
def test_person_noun_by_ending(text: str, lemma: str, expected: bool) -> None:
    assert person_noun(_noun(text, lemma)) is expected


def test_person_noun_needs_a_common_noun() -> None:
    assert not person_noun(_noun("Baptist", "Baptist", pos="PROPN"))


def _mentions(parse: Parse, registry: Registry, text: str) -> list[tuple[str, str | None, str | None]]:
    found = resolve_actors(parse(text), registry=registry, article_date=D2024)
    return [(m.text, m.entity.code, m.entity.sector) for m in found]


def test_adjective_on_a_noun_of_persons_is_civilians(parse: Parse, registry: Registry) -> None:
    assert ("Uruguayan", "URY", "CVL") in _mentions(parse, registry, "Police questioned a Uruguayan pianist.")
    # a thing the state owns stays the state
    assert ("Uruguayan", "URY", "GOV") in _mentions(parse, registry, "Brazil rejected a Uruguayan offer.")


def test_new_person_nouns_take_their_sector(parse: Parse, registry: Registry) -> None:
    got = _mentions(parse, registry, "Militants kidnapped two Thai engineers and a Nepali blogger.")
    assert ("two Thai engineers", "THA", "CVL") in got
    assert ("a Nepali blogger", "NPL", "JRN") in got


def test_country_word_in_a_place_name_is_no_actor(parse: Parse, registry: Registry) -> None:
    got = _mentions(parse, registry, "Farmers in the Moroccan-held part of the desert harvested dates.")
    assert all(code != "MAR" or sector != "GOV" for _, code, sector in got)
    got = _mentions(parse, registry, "Herders in the Syrian Golan Heights sold their cattle.")
    assert not any(text.endswith("Syrian") for text, _, _ in got)


def test_possessive_of_a_name_of_several_words(parse: Parse, registry: Registry) -> None:
    got = _mentions(parse, registry, "Cuba condemned the United States' embargo once more.")
    assert ("the United States", "USA", "GOV") in got
    got = _mentions(parse, registry, "Norway welcomed South Sudan's ceasefire.")
    assert ("South Sudan", "SSD", "GOV") in got


def test_a_list_the_recogniser_joins_gives_one_mention_per_country(parse: Parse, registry: Registry) -> None:
    got = _mentions(parse, registry, "Chad, Burkina Faso and Mauritania formed a joint patrol.")
    assert {code for _, code, _ in got} >= {"TCD", "BFA", "MRT"}


def test_unnamed_men_do_not_take_their_targets_country(parse: Parse, registry: Registry) -> None:
    got = _mentions(parse, registry, "Spain's embassy in Libya was attacked by unknown men.")
    assert ("unknown men", "LBY", "UAF") in got
