"""Uses of a trigger word with no act of their own (stages/senseuses.py): a participle used as a
noun, "undertake" with an object, a light verb's participle describing its own noun."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from dragoman.lexicon import Trigger, find_triggers, load_lexicon
from dragoman.parsed import ParsedDoc
from dragoman.stages.senseuses import describing_participle, light_pledge, nominal_participle

Parse = Callable[[str], ParsedDoc]


def _trigger(parsed: ParsedDoc, lemma: str) -> Trigger:
    found = [t for t in find_triggers(parsed, load_lexicon()) if parsed[t.head].lemma == lemma]
    assert found, lemma
    return found[0]


@pytest.mark.model
def test_a_participle_used_as_a_noun_is_no_act(parse: Parse) -> None:
    parsed = parse("Army helicopters evacuated the wounded from the valley.")
    assert nominal_participle(parsed, _trigger(parsed, "wound"))
    parsed = parse("Gunmen wounded two guards near the bank.")
    assert not nominal_participle(parsed, _trigger(parsed, "wound"))


@pytest.mark.model
def test_undertake_is_a_promise_only_with_an_infinitive(parse: Parse) -> None:
    parsed = parse("The ministry undertook a review of its budget.")
    assert light_pledge(parsed, _trigger(parsed, "undertake"))
    parsed = parse("Ghana undertook to repay the loan by June.")
    assert not light_pledge(parsed, _trigger(parsed, "undertake"))


@pytest.mark.model
def test_a_participle_describing_its_noun_is_no_new_act(parse: Parse) -> None:
    parsed = parse("Fatah ignored the truce deals reached with Hamas.")
    found = [t for t in find_triggers(parsed, load_lexicon()) if t.entry.id.startswith("light:reach")]
    assert found and describing_participle(parsed, found[0])
