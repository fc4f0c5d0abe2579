"""Recipients of probes aimed at a claim (stages/roleclaims.py): the party the claim's "that"
clause is about, not the claimant, also when the parser reads that clause as a relative clause
on the claimant; relative clauses on the claim itself and other events are left alone."""

from __future__ import annotations

from collections.abc import Callable

from dragoman.parsed import ParsedDoc
from dragoman.schema import EventType
from dragoman.stages.roleclaims import claimed_parties
from test_roles_parse import of_type
from test_roles_search import codes, mention

Parse = Callable[[str], ParsedDoc]


def _tok(parsed: ParsedDoc, word: str) -> int:
    return next(t.i for t in parsed.tokens if t.text == word)


def test_a_probe_into_a_claim_is_of_the_party_it_is_about(parse: Parse) -> None:
    text = "Bolivian auditors began an inquiry into claims by the senate that Chilean firms had evaded taxes."
    ms = [
        mention(text, "Bolivian auditors", "BOL", "GOV"),
        mention(text, "the senate", "BOL", "LEG"),
        mention(text, "Chilean firms", "CHL", "BUS"),
    ]
    event = of_type(parse, text, ms, "ACCUSE")
    assert codes(event.recipient) == ["CHL"]


def test_a_that_clause_hung_on_the_claimant_still_names_the_accused(parse: Parse) -> None:
    parsed = parse("Judges opened a probe into allegations by a charity that guards had beaten inmates.")
    found = claimed_parties(parsed, EventType.ACCUSE, [_tok(parsed, "allegations")])
    assert [parsed[i].text for i in found] == ["guards"]


def test_a_relative_clause_on_the_claim_is_not_its_content(parse: Parse) -> None:
    parsed = parse("Judges opened an investigation into the claim that the minister made on Monday.")
    claim = _tok(parsed, "claim")
    assert claimed_parties(parsed, EventType.ACCUSE, [claim]) == [claim]


def test_other_events_keep_the_claim(parse: Parse) -> None:
    parsed = parse("The ministry rejected claims that its troops had shelled the town.")
    claims = _tok(parsed, "claims")
    assert claimed_parties(parsed, EventType.REJECT, [claims]) == [claims]
