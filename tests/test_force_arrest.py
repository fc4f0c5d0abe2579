"""The police of an arrest's place (stages/force.py ``place-police``) and police recoded to the place
of the coercion they carry out (stages/placeparty.py), over real parses with hand-built inputs."""

from __future__ import annotations

from collections.abc import Callable, Sequence

import pytest

from builders import hand_coded, mention, place
from dragoman.parsed import ParsedDoc
from dragoman.schema import Event, Mention, Place

Parse = Callable[[str], ParsedDoc]
pytestmark = pytest.mark.model


def arrests(
    parse: Parse, text: str, mentions: Sequence[Mention], places: Sequence[Place], *, attackers: bool = True
) -> list[Event]:
    found = hand_coded(parse(text), mentions, places, attackers=attackers)
    return [e for e in found if str(e.event) == "COERCE"]


TEXT = "A Dutch tourist was arrested in Caracas on Sunday."


def test_an_arrest_by_no_named_party_is_made_by_the_police_of_its_place(parse: Parse) -> None:
    ms = [mention(TEXT, "A Dutch tourist", "NLD", "CVL")]
    (event,) = arrests(parse, TEXT, ms, [place(TEXT, "Caracas", "VEN")])
    (actor,) = event.actor
    assert (actor.code, actor.sector, actor.rule) == ("VEN", "COP", "place-police")
    assert actor.entity_name == "police (Venezuela)"


def test_the_setting_turns_the_inference_off(parse: Parse) -> None:
    ms = [mention(TEXT, "A Dutch tourist", "NLD", "CVL")]
    (event,) = arrests(parse, TEXT, ms, [place(TEXT, "Caracas", "VEN")], attackers=False)
    assert event.actor == ()


def test_no_guess_when_an_armed_group_could_hold_them(parse: Parse) -> None:
    text = "A Dutch tourist was detained in Goma as M23 rebels took the city."
    ms = [mention(text, "A Dutch tourist", "NLD", "CVL"), mention(text, "M23 rebels", "COD", "REB")]
    found = arrests(parse, text, ms, [place(text, "Goma", "COD")])
    assert all(not e.actor for e in found)


def test_police_guessed_from_the_context_are_the_places_police(parse: Parse) -> None:
    text = "Police arrested a Dutch tourist in Caracas."
    ms = [
        mention(text, "Police", "NLD", "COP", rule="sector+context"),
        mention(text, "a Dutch tourist", "NLD", "CVL"),
    ]
    (event,) = arrests(parse, text, ms, [place(text, "Caracas", "VEN")])
    assert [a.code for a in event.actor] == ["VEN"]
