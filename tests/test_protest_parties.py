"""Protests by people of any sector are political events; "in protest at" states a protest's purpose,
not a second protest (stages/domain.py, stages/senses.py)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from dragoman.parsed import ParsedDoc
from dragoman.schema import Entity, Event, Mention
from dragoman.stages.events import find_events

Parse = Callable[[str], ParsedDoc]
pytestmark = pytest.mark.model


def _events(parse: Parse, text: str, words: str, sector: str) -> list[Event]:
    start = text.index(words)
    entity = Entity(words, words.lower(), None, sector, rule="test")
    people = Mention(start, start + len(words), words, entity)
    return find_events(parse(text), mentions=[people], times=(), places=(), article_date=None)


def test_a_hunger_strike_by_detainees_is_an_event(parse: Parse) -> None:
    events = _events(parse, "Detainees began a hunger strike on Monday.", "Detainees", "CRM")
    assert [(str(e.event), e.mode) for e in events] == [("PROTEST", "hunger")]


def test_in_protest_at_is_the_purpose_not_a_second_protest(parse: Parse) -> None:
    text = "Nurses went on strike in protest at the closure of two hospitals."
    events = _events(parse, text, "Nurses", "CVL")
    assert [(str(e.event), e.mode) for e in events] == [("PROTEST", "strike")]


def test_a_crowd_without_a_sector_makes_no_event(parse: Parse) -> None:
    text = "The crowd protested loudly."
    assert find_events(parse(text), mentions=[], times=(), places=(), article_date=None) == []


def test_people_coded_only_from_the_article_make_no_request_political(parse: Parse) -> None:
    text = "The teacher asked the children to tidy the classroom."
    start = text.index("the children")
    entity = Entity("the children", "children", "GHA", "CVL", rule="sector+context")
    children = Mention(start, start + len("the children"), "the children", entity)
    assert find_events(parse(text), mentions=[children], times=(), places=(), article_date=None) == []
