"""Event assembly fixes: a passive warning, the actor of an event one is "engaged in", newspaper
closures and handing over a letter (stages/events.py, stages/senseroles.py, data/lexicon.tsv)."""

from __future__ import annotations

from collections.abc import Callable, Sequence

import pytest

from builders import named_mentions
from dragoman.parsed import ParsedDoc
from dragoman.schema import Event
from dragoman.stages.events import find_events

Parse = Callable[[str], ParsedDoc]
pytestmark = pytest.mark.model

NAMES = ["Kenyan opposition leaders", "the police", "The police", "Serb units", "Two Sudanese militias",
         "Turkey", "Kenya's foreign minister", "Uganda", "Congo", "Nigeria", "Benin"]  # fmt: skip


def events_of(parse: Parse, text: str, names: Sequence[str] = NAMES) -> list[Event]:
    return find_events(
        parse(text), mentions=named_mentions(text, names), times=[], places=[], article_date=None
    )


def of_type(events: Sequence[Event], etype: str) -> list[Event]:
    return [e for e in events if str(e.event) == etype]


def test_a_passive_warning_is_a_threat_like_the_active_one(parse: Parse) -> None:
    for text in (
        "The police warned Kenyan opposition leaders not to march on Friday.",
        "Kenyan opposition leaders were warned by the police not to march on Friday.",
    ):
        threats = of_type(events_of(parse, text), "THREATEN")
        assert len(threats) == 1, text
        assert [m.entity_text.lower() for m in threats[0].actor] == ["the police"]
        assert [m.entity_text for m in threats[0].recipient] == ["Kenyan opposition leaders"]


def test_a_passive_forecast_to_no_party_is_no_threat(parse: Parse) -> None:
    assert not events_of(parse, "Farmers were warned by Nigeria's weather agency that floods could hit.")


def test_the_subject_engaged_in_an_event_noun_does_it(parse: Parse) -> None:
    (ev,) = of_type(
        events_of(parse, "Serb units were engaged in ethnic cleansing, monitors said."), "ASSAULT"
    )
    assert [m.entity_text for m in ev.actor] == ["Serb units"]
    (ev,) = of_type(
        events_of(parse, "Two Sudanese militias took part in the massacre of villagers."), "ASSAULT"
    )
    assert [m.entity_text for m in ev.actor] == ["Two Sudanese militias"]


def test_closing_a_newspaper_is_censorship(parse: Parse) -> None:
    (ev,) = events_of(parse, "Turkey closed two opposition newspapers on Tuesday.")
    assert (str(ev.event), ev.mode) == ("COERCE", "censor")
    assert not events_of(parse, "The owner closed the newspaper in Turkey after years of losses.")


def test_handing_over_a_letter_is_no_cooperation(parse: Parse) -> None:
    assert not of_type(
        events_of(parse, "Kenya's foreign minister handed over a letter to Uganda."), "COOPERATE"
    )
    (ev,) = of_type(events_of(parse, "Uganda handed over two rebel commanders to Congo."), "COOPERATE")
    assert [m.entity_text for m in ev.actor] == ["Uganda"]


def test_the_body_passing_a_text_does_its_act(parse: Parse) -> None:
    text = "Nigeria's senate passed a resolution condemning the coup in Benin."
    (ev,) = of_type(events_of(parse, text, [*NAMES, "Nigeria's senate"]), "ACCUSE")
    assert [m.entity_text for m in ev.actor] == ["Nigeria's senate"]
