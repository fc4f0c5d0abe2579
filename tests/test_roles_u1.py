"""Roles and mentions of round U1: a personal "it" that is ready to act (stages/coref.py), an amount
of time that is no passive agent (roles.py, rolerules.py), the actor of a plot or attempt
(roleplots.py), rights groups and regional forces (refbodies.py, phrases.py). Every sentence here was
written for these tests."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date

import pytest

from builders import mention
from dragoman.parsed import ParsedDoc
from dragoman.registry import Registry
from dragoman.schema import Event, Mention
from dragoman.stages.actors import resolve_actors
from dragoman.stages.events import find_events

Parse = Callable[[str], ParsedDoc]
ON = date(2024, 5, 15)
pytestmark = pytest.mark.model


def _events(parse: Parse, text: str, mentions: Sequence[Mention]) -> list[Event]:
    return find_events(parse(text), mentions=mentions, times=[], places=[], article_date=None)


def _one(events: list[Event], etype: str) -> Event:
    found = [e for e in events if str(e.event) == etype]
    assert len(found) == 1, [(str(e.event), e.event_text) for e in events]
    return found[0]


def _mentions(parse: Parse, registry: Registry, text: str) -> dict[str, tuple[str | None, str | None]]:
    found = resolve_actors(parse(text), registry=registry, article_date=ON, dateline_country=None)
    return {m.text: (m.entity.code, m.entity.sector) for m in found}


# -- a personal "it" is ready to act -------------------------------------------------------------------


def test_it_ready_to_act_is_the_body_named_before(parse: Parse, registry: Registry) -> None:
    text = "The Peruvian government said it is prepared to declare a state of emergency in Lima."
    found = resolve_actors(parse(text), registry=registry, article_date=ON, dateline_country=None)
    pronoun = [m for m in found if m.text == "it"]
    assert [(m.entity.code, m.entity.sector) for m in pronoun] == [("PER", "GOV")]


def test_it_is_important_to_stays_pleonastic(parse: Parse, registry: Registry) -> None:
    text = "The Peruvian government said it is important to declare a state of emergency in Lima."
    found = resolve_actors(parse(text), registry=registry, article_date=ON, dateline_country=None)
    assert not [m for m in found if m.text == "it"]


def test_it_ready_to_act_may_be_a_body_no_actor_names(parse: Parse, registry: Registry) -> None:
    text = "The governing coalition said it was willing to call early elections."
    found = resolve_actors(parse(text), registry=registry, article_date=ON, dateline_country=None)
    described = {m.text: m.entity.sector for m in found}
    assert described.get("it") is not None and described.get("it") == described.get("The governing coalition")


def test_a_person_saying_it_is_ready_is_no_antecedent(parse: Parse, registry: Registry) -> None:
    found = resolve_actors(parse("The minister said it was ready."), registry=registry, article_date=ON)
    assert not [m for m in found if m.text == "it"]


# -- an amount of time is no agent -----------------------------------------------------------------------


def test_a_change_by_an_amount_of_time_keeps_the_subject_as_actor(parse: Parse) -> None:
    text = "The Malian junta shortened by two hours the night curfew imposed on Bamako."
    event = _one(_events(parse, text, [mention(text, "The Malian junta", "MLI", "GOV")]), "CONCEDE")
    assert [a.code for a in event.actor] == ["MLI"]
    assert not [r for r in event.recipient if r.code == "MLI" and r.sector == "GOV"]


def test_a_real_passive_agent_still_acts(parse: Parse) -> None:
    text = "Twelve prisoners freed by Colombian rebels on Monday returned home."
    ms = [mention(text, "Twelve prisoners", None, "CVL"), mention(text, "Colombian rebels", "COL", "REB")]
    event = _one(_events(parse, text, ms), "RETREAT")
    assert [a.code for a in event.actor] == ["COL"]


# -- the actor of a plot or an attempt -------------------------------------------------------------------


def test_the_foilers_of_a_plot_are_not_its_actors(parse: Parse) -> None:
    text = "Kenyan police foiled an al-Shabaab plot to bomb a church in Mombasa."
    ms = [mention(text, "Kenyan police", "KEN", "COP"), mention(text, "al-Shabaab", "SOM", "REB")]
    events = [e for e in _events(parse, text, ms) if str(e.event) == "ASSAULT"]
    assert events and all("KEN" not in [a.code for a in e.actor] for e in events)
    assert [a.code for a in events[0].actor] == ["SOM"]


def test_a_plot_without_an_owner_has_no_actor(parse: Parse) -> None:
    text = "Turkish police thwarted a plot to bomb the Iranian consulate in Istanbul."
    ms = [mention(text, "Turkish police", "TUR", "COP"), mention(text, "Iranian consulate", "IRN", "GOV")]
    events = [e for e in _events(parse, text, ms) if str(e.event) == "ASSAULT"]
    assert all(not e.actor for e in events)


def test_who_made_an_attempt_is_its_actor(parse: Parse) -> None:
    text = "Somali gunmen made an unsuccessful attempt to kill the mayor of Kismayo."
    ms = [mention(text, "Somali gunmen", "SOM", "UAF"), mention(text, "the mayor of Kismayo", "SOM", "GOV")]
    event = _one(_events(parse, text, ms), "ASSAULT")
    assert [a.code for a in event.actor] == ["SOM"]


# -- unnamed bodies --------------------------------------------------------------------------------------


def test_a_rights_group_is_civil_society_not_rebels(parse: Parse, registry: Registry) -> None:
    found = _mentions(parse, registry, "A Kenyan human rights group accused the police of torture.")
    assert found["A Kenyan human rights group"] == ("KEN", "SOC")


def test_a_regional_peacekeeping_force_is_igo_military(parse: Parse, registry: Registry) -> None:
    found = _mentions(parse, registry, "A regional peacekeeping force landed in the Comoros on Monday.")
    assert found["A regional peacekeeping force"] == ("IGO", "MIL")


def test_a_regional_army_command_is_no_igo(parse: Parse, registry: Registry) -> None:
    found = _mentions(
        parse, registry, "Nigerian rebels attacked the regional army headquarters in Maiduguri."
    )
    assert all(code != "IGO" for code, _ in found.values())
