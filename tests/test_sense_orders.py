"""Round 12 triggers and background nouns: acts imposed by order (stages/senseorders.py), attempted
assaults (senseattempts.py), a complaint reported after its clause (sensecodes.inverted_report),
event nouns that only frame another act (sensebackground.framing_noun), and new lexicon entries (a
state of siege, a curfew cut, bombs exploded, papers shut)."""

from __future__ import annotations

from collections.abc import Callable, Sequence

import pytest

from builders import named_mentions
from dragoman.lexicon import Trigger, find_triggers, load_lexicon
from dragoman.parsed import ParsedDoc
from dragoman.schema import Event
from dragoman.stages.events import find_events
from dragoman.stages.sensebackground import framing_noun
from dragoman.stages.sensecodes import inverted_report

Parse = Callable[[str], ParsedDoc]


def _events(parse: Parse, text: str, names: Sequence[str]) -> list[Event]:
    mentions = named_mentions(text, names, distinct=True)
    return find_events(parse(text), mentions=mentions, times=(), places=(), article_date=None)


def _kinds(events: Sequence[Event]) -> list[tuple[str, str | None]]:
    return [(str(e.event), e.mode) for e in events]


def _trigger(parsed: ParsedDoc, lemma: str) -> Trigger:
    found = [t for t in find_triggers(parsed, load_lexicon()) if parsed[t.head].lemma.lower() == lemma]
    assert found, lemma
    return found[0]


@pytest.mark.model
def test_a_paper_ordered_to_stop_is_censored_by_the_one_ordering(parse: Parse) -> None:
    text = "The junta ordered the weekly Sol to suspend publication."
    events = _events(parse, text, ["The junta", "Sol"])
    assert _kinds(events) == [("COERCE", "censor")]
    assert [a.entity_name for a in events[0].actor] == ["the junta"]
    assert [r.entity_name for r in events[0].recipient] == ["sol"]
    assert str(events[0].modality) == "asserted"


@pytest.mark.model
def test_a_paper_stopping_of_its_own_accord_is_no_event(parse: Parse) -> None:
    assert _events(parse, "Sol suspended publication because of its debts.", ["Sol"]) == []


@pytest.mark.model
def test_an_order_that_may_come_makes_the_act_hypothetical(parse: Parse) -> None:
    events = _events(parse, "The junta may order Sol to cease publication.", ["The junta", "Sol"])
    assert _kinds(events) == [("COERCE", "censor")]
    assert str(events[0].modality) == "hypothetical"


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        ("Ruritania declared a state of siege in the south.", ("COERCE", "martial-law")),
        ("Ruritania proclaimed a state of emergency.", ("COERCE", "martial-law")),
        ("Ruritania cut the curfew by two hours.", ("CONCEDE", None)),
        ("Ruritania exploded three bombs near the border.", ("ASSAULT", "explosives")),
        ("Ruritania shut the opposition paper.", ("COERCE", "censor")),
    ],
)
def test_new_triggers(parse: Parse, text: str, wanted: tuple[str, str | None]) -> None:
    assert _kinds(_events(parse, text, ["Ruritania"])) == [wanted]


@pytest.mark.model
def test_the_second_act_of_a_coordination_is_its_own_event(parse: Parse) -> None:
    text = "Ruritania kidnapped two engineers and set off explosives in the capital."
    assert _kinds(_events(parse, text, ["Ruritania"])) == [("ASSAULT", "abduct"), ("ASSAULT", "explosives")]


@pytest.mark.model
def test_a_complaint_hung_on_the_noun_before_it_accuses_the_clause_subject(parse: Parse) -> None:
    text = (
        "Kenyan officials are failing to protect the land rights of Somali refugees, "
        "a human rights group protested here Monday."
    )
    parsed = parse(text)
    verb = next(t.i for t in parsed.tokens if t.lower == "protested")
    if parsed[verb].dep == "acl":  # the misparse this rule is for
        assert inverted_report(parsed, verb) is not None
    events = _events(parse, text, ["Kenyan officials"])
    assert _kinds(events) == [("ACCUSE", "disapprove")]
    assert [r.entity_name for r in events[0].recipient] == ["kenyan officials"]


@pytest.mark.model
def test_a_protest_against_something_is_still_a_protest(parse: Parse) -> None:
    text = "Prices rose sharply in Lagos, where a student group protested outside parliament."
    parsed = parse(text)
    verb = next(t.i for t in parsed.tokens if t.lower == "protested")
    assert inverted_report(parsed, verb) is None


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "lemma"),
    [
        ("Two bombers killed six people in the worst attack in the current uprising.", "uprising"),
        ("Ruritania defended its ally against Western criticism of its army.", "criticism"),
        ("Ruritania condemned the suppression of Kurdish unrest.", "unrest"),
        ("Ruritania accused Freedonia of stalling in the negotiations on the border.", "negotiation"),
    ],
)
def test_a_frame_noun_is_no_event(parse: Parse, text: str, lemma: str) -> None:
    parsed = parse(text)
    assert framing_noun(parsed, _trigger(parsed, lemma))


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "lemma"),
    [
        ("Thousands of Kurds joined the uprising against Ruritania.", "uprising"),
        ("Ruritania made progress in the negotiations with Freedonia.", "negotiation"),
        ("Ruritania took part in the talks.", "talk"),
    ],
)
def test_a_reported_or_joined_event_noun_stays(parse: Parse, text: str, lemma: str) -> None:
    parsed = parse(text)
    assert not framing_noun(parsed, _trigger(parsed, lemma))


@pytest.mark.model
def test_a_condition_framing_the_act_is_background_even_with_its_people(parse: Parse) -> None:
    text = "Ruritanian troops remained on alert after a week of Kurdish unrest."
    events = _events(parse, text, ["Ruritanian troops"])
    assert "PROTEST" not in [str(e.event) for e in events]


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "An attempt to kill the minister of Ruritania was foiled by the guards.",
        "The guards thwarted an attempt to assassinate the minister of Ruritania.",
        "Rebels made a failed attempt to storm the embassy of Ruritania.",
    ],
)
def test_an_attempted_assault_is_an_assault_even_when_foiled(parse: Parse, text: str) -> None:
    events = _events(parse, text, ["Ruritania"])
    assert [(str(e.event), str(e.modality)) for e in events] == [("ASSAULT", "asserted")]
    assert events[0].modality_rule.startswith("attempt:")


@pytest.mark.model
def test_a_foiled_plot_is_still_no_attack(parse: Parse) -> None:
    events = _events(
        parse, "The police foiled a plot to bomb the embassy of Ruritania.", ["The police", "Ruritania"]
    )
    assert [(str(e.event), str(e.modality)) for e in events] == [("ASSAULT", "negated")]
    assert not events[0].actor  # the police foiled the plot; they are not its bombers
