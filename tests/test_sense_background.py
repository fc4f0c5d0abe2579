"""Event nouns that set the scene of another act, or classify another noun, code no event of their
own (stages/sensebackground.py); nouns naming their own parties, gerunds with an object and causes
of death still do. New light triggers: a blockade tightened, a rival's victory recognized."""

from __future__ import annotations

from collections.abc import Callable, Sequence

import pytest

from builders import named_mentions
from dragoman.lexicon import Trigger, find_triggers, load_lexicon
from dragoman.parsed import ParsedDoc
from dragoman.schema import Event, Mention
from dragoman.stages.events import find_events
from dragoman.stages.sensebackground import background_noun, modifier_noun

Parse = Callable[[str], ParsedDoc]


def _mentions(text: str, names: Sequence[str]) -> list[Mention]:
    return named_mentions(text, names, distinct=True)


def _events(parse: Parse, text: str, names: Sequence[str]) -> list[Event]:
    return find_events(parse(text), mentions=_mentions(text, names), times=(), places=(), article_date=None)


def _trigger(parsed: ParsedDoc, lemma: str) -> Trigger:
    found = [t for t in find_triggers(parsed, load_lexicon()) if parsed[t.head].lemma == lemma]
    assert found, lemma
    return found[0]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "lemma"),
    [
        ("Rwandan troops left the town after three days of fighting.", "fighting"),
        ("Ghana shut its border because of clashes in the north.", "clash"),
        ("The police detained nine men in the wake of the riots.", "riot"),
        ("Peru has hosted the refugees since the invasion.", "invasion"),
    ],
)
def test_a_scene_noun_is_no_event(parse: Parse, text: str, lemma: str) -> None:
    parsed = parse(text)
    assert background_noun(parsed, _trigger(parsed, lemma))


@pytest.mark.model
def test_a_scene_noun_naming_its_parties_is_reported(parse: Parse) -> None:
    text = "Uganda closed the border because of fighting between Hutus and Tutsis."
    parsed = parse(text)
    assert not background_noun(parsed, _trigger(parsed, "fighting"))


@pytest.mark.model
def test_a_gerund_with_an_object_is_the_subjects_act(parse: Parse) -> None:
    events = _events(parse, "Mali fled after killing two guards.", ["Mali"])
    assert [str(e.event) for e in events] == ["ASSAULT"]


@pytest.mark.model
def test_the_main_act_stays_when_its_scene_goes(parse: Parse) -> None:
    text = "Chile recalled its ambassador from Peru amid protests over the vote."
    events = _events(parse, text, ["Chile", "Peru"])
    assert [str(e.event) for e in events] == ["SANCTION"]


@pytest.mark.model
def test_an_event_noun_classifying_another_noun_is_no_event(parse: Parse) -> None:
    parsed = parse("Ceasefire talks between Chad and Niger resumed in Niamey.")
    assert modifier_noun(parsed, _trigger(parsed, "ceasefire"))


@pytest.mark.model
def test_a_tightened_blockade_and_a_recognized_victory(parse: Parse) -> None:
    blockade = _events(parse, "Chile tightened its naval blockade of Peru.", ["Chile", "Peru"])
    assert [(str(e.event), e.mode) for e in blockade] == [("COERCE", "restrict")]
    victory = _events(parse, "Chile recognized the victory of Peru in the vote.", ["Chile", "Peru"])
    assert [str(e.event) for e in victory] == ["CONCEDE"]
