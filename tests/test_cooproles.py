"""A statement's parties from its act (stages/cooproles.py), and a condition on the promised act
that neither makes the offer a threat nor makes it hypothetical (stages/intent.py)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

import pytest

from dragoman.schema import Entity, Event, Mention, Modality, Place
from dragoman.stages.cooproles import unconditional_commitment, with_act_recipients
from dragoman.stages.events import find_events
from test_modality import Parse

pytestmark = pytest.mark.model

#: the actors of these sentences and their codes
CODES = {
    "Chile": "CHL", "Peru": "PER", "Ghana": "GHA", "Togo": "TGO", "Latvia": "LVA", "Canada": "CAN",
    "Russia": "RUS", "Oman": "OMN", "Iranian": "IRN", "Egypt": "EGY", "Gaza": "PSE", "Kenya": "KEN",
    "Malta": "MLT", "Tunisian": "TUN", "Kenyan": "KEN", "Ugandan": "UGA", "Libya": "LBY", "Poland": "POL",
    "Lithuania": "LTU",
}  # fmt: skip


def _events(parse: Parse, text: str, places: Sequence[Place] = ()) -> list[Event]:
    mentions = [
        Mention(m.start(), m.end(), name, Entity(name, name, code, "GOV"))
        for name, code in CODES.items()
        for m in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", text)
    ]
    mentions.sort(key=lambda m: m.start)
    return find_events(parse(text), mentions=mentions, times=[], places=list(places), article_date=None)


def _coded(events: Sequence[Event]) -> list[tuple[str, list[str | None], str]]:
    return [(str(e.event), [r.code for r in e.recipient], str(e.modality)) for e in events]


def test_a_condition_on_the_act_does_not_make_the_offer_a_threat(parse: Parse) -> None:
    # the attack in the condition lies nearer the readiness than the defence it promises
    events = _events(parse, "Canada is willing to ship arms to help defend Latvia if Russia attacks.")
    assert [str(e.event) for e in events if e.rule.startswith("verb:willing")] == ["AGREE"]


def test_a_commitment_takes_the_recipient_of_its_act(parse: Parse) -> None:
    events = _events(parse, "Canada is ready to ship equipment to help defend Latvia if Russia invades.")
    assert _coded(events)[0] == ("AGREE", ["LVA"], "asserted")


def test_a_refusal_takes_the_recipient_of_the_refused_act(parse: Parse) -> None:
    events = _events(parse, "The Kenyan government refused to lift the ban on Ugandan sugar.")
    assert _coded(events)[:2] == [("REJECT", ["UGA"], "asserted"), ("CONCEDE", ["UGA"], "negated")]


def test_a_contributed_force_is_for_the_country_it_goes_to(parse: Parse) -> None:
    text = "Kenya is ready to contribute 900 troops to an international peacekeeping force in Tripoli."
    start = text.index("Tripoli")
    tripoli = Place(start, start + 7, "Tripoli", "Tripoli", 2210247, 32.9, 13.2, "LBY", "PPLC", 4)
    offer, act = _events(parse, text)  # the force is no coded party: the act's place says whose it is
    assert str(act.event) == "AID" and not any(r.code for r in act.recipient)
    located = replace(act, event_loc=tripoli)
    coded = with_act_recipients(parse(text), [offer, located])
    assert [(r.code, r.rule) for r in coded[0].recipient] == [("LBY", "act-place")]


def test_an_agreement_keeps_its_own_partner(parse: Parse) -> None:
    events = _events(parse, "Peru agreed with Chile to release the Tunisian sailors.")
    assert _coded(events)[0] == ("AGREE", ["CHL"], "asserted")


def test_a_conditional_offer_is_asserted_and_its_act_hypothetical(parse: Parse) -> None:
    events = _events(parse, "Poland is willing to defend Lithuania if the Russian army crosses the border.")
    assert _coded(events) == [("AGREE", ["LTU"], "asserted"), ("SUPPORT", ["LTU"], "hypothetical")]
    assert events[0].modality_rule == "commitment-over:cond:if"


def test_an_offer_inside_a_condition_stays_hypothetical(parse: Parse) -> None:
    events = _events(parse, "If Malta is willing to free the migrants, Libya will release the sailors.")
    offer = events[0]
    assert (str(offer.event), offer.modality) == ("AGREE", Modality.HYPOTHETICAL)
    assert unconditional_commitment(offer) is offer
