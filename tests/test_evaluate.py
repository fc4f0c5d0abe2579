"""Scoring against PLOVER gold records, on hand-built documents (no model)."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from dragoman.errors import InputError
from dragoman.evaluate import (
    GoldActor,
    GoldRecord,
    PloverScores,
    format_scores,
    load_plover_gsr,
    score_document,
    split_records,
)
from dragoman.schema import Article, Document, Entity, Event, EventType, Modality, TextInfo


def entity(code: str, sector: str | None = "GOV") -> Entity:
    return Entity(entity_text=code, entity_name=code, code=code, sector=sector)


def event(kind: str, actors: list[Entity], recipients: list[Entity]) -> Event:
    return Event(
        id="e1",
        event=EventType(kind),
        mode=None,
        context=(),
        cameo=None,
        quad_code=1,
        intensity=0.0,
        actor=tuple(actors),
        recipient=tuple(recipients),
        modality=Modality.ASSERTED,
        attribution=None,
        date=None,
        enddate=None,
        date_text=None,
        event_loc=None,
        event_text="x",
        text_info=TextInfo(0, 0, 1),
        confidence=1.0,
    )


def doc(*events: Event) -> Document:
    return Document(article=Article(id="a", text="x", date=date(2000, 1, 1)), events=events)


GOLD = GoldRecord(
    "g1", "x", "ACCUSE", None, (GoldActor("Iran", "IRN", None),), (GoldActor("Iraq", "IRQ", "GOV"),)
)


def test_a_correct_event_is_a_true_positive_for_type_and_roles() -> None:
    scores = PloverScores()
    score_document(scores, GOLD, doc(event("ACCUSE", [entity("IRN")], [entity("IRQ")])))
    assert (scores.type["ACCUSE"].tp, scores.full["ACCUSE"].tp) == (1, 1)
    assert scores.actor_country.recall == 1.0 and scores.actor_sector.recall == 1.0


def test_wrong_recipient_counts_for_type_but_not_for_roles() -> None:
    scores = PloverScores()
    score_document(scores, GOLD, doc(event("ACCUSE", [entity("IRN")], [entity("SYR")])))
    assert scores.type["ACCUSE"].tp == 1
    assert (scores.full["ACCUSE"].tp, scores.full["ACCUSE"].fn, scores.full["ACCUSE"].fp) == (0, 1, 1)


def test_other_types_are_false_positives_and_the_gold_a_false_negative() -> None:
    scores = PloverScores()
    score_document(scores, GOLD, doc(event("THREATEN", [entity("IRN")], [])))
    assert scores.type["ACCUSE"].fn == 1 and scores.type["THREATEN"].fp == 1
    assert scores.confusion[("ACCUSE", "THREATEN")] == 1
    assert "ACCUSE     -> THREATEN" in format_scores(scores)


def test_no_event_is_a_miss() -> None:
    scores = PloverScores()
    score_document(scores, GOLD, doc())
    assert scores.total("type").recall == 0.0 and scores.confusion[("ACCUSE", "NONE")] == 1


def test_loader_maps_old_types_and_codes(tmp_path: Path) -> None:
    path = tmp_path / "gsr.json"
    records = [
        {"id": "doc", "event": "DOCUMENT", "eventText": "x"},
        {
            "id": "r1",
            "event": "FIGHT",
            "text": "Japanese troops fought.",
            "source": [{"actorText": "Japanese", "code": "JAP"}],
        },
        {"id": "r2", "event": "DEMAND", "text": "Italy demanded talks.", "target": None},
    ]
    path.write_text(json.dumps(records), encoding="utf-8")
    loaded = load_plover_gsr(path)
    assert [r.event for r in loaded] == ["ASSAULT", "REQUEST"]
    assert loaded[0].source[0].code == "JPN" and loaded[1].target == ()


def test_loader_rejects_a_file_that_is_not_json(tmp_path: Path) -> None:
    path = tmp_path / "gsr.json"
    path.write_text("{not json", encoding="utf-8")
    with pytest.raises(InputError, match="gsr.json"):
        load_plover_gsr(path)


def test_un_and_eu_bodies_count_as_the_gold_igo() -> None:
    gold = GoldRecord("g2", "x", "AID", None, (GoldActor("the UN", "IGO", None),), ())
    scores = PloverScores()
    score_document(scores, gold, doc(event("AID", [entity("UNO", None)], [])))
    assert scores.full["AID"].tp == 1 and scores.actor_country.recall == 1.0


def test_a_joint_act_coded_with_every_party_a_source_takes_a_recipient_among_them() -> None:
    gold = GoldRecord(
        "g3", "x", "CONSULT", None, (GoldActor("Rome", "ITA", None), GoldActor("Paris", "FRA", None)), ()
    )
    for recipients, hit in (([entity("FRA")], 1), ([], 1), ([entity("DEU")], 0)):
        scores = PloverScores()
        score_document(scores, gold, doc(event("CONSULT", [entity("ITA")], recipients)))
        assert scores.full["CONSULT"].tp == hit


def test_stated_intents_recode_unrealised_acts_as_their_statements() -> None:
    from dataclasses import replace

    from dragoman.evaluate import as_stated_intents

    promised = replace(event("AID", [entity("FIN")], [entity("TZA")]), modality=Modality.FUTURE)
    done = event("AID", [entity("FIN")], [entity("TZA")])
    recoded = as_stated_intents(doc(promised, done))
    assert [str(e.event) for e in recoded.events] == ["AGREE", "AID"]


def test_stated_intents_fold_an_unrealised_act_into_its_sentences_statement() -> None:
    """ "Kenya called on Sudan to withdraw": the withdrawal is the request's content, not an AGREE."""
    from dataclasses import replace

    from dragoman.evaluate import as_stated_intents

    request = event("REQUEST", [entity("KEN")], [entity("SDN")])
    demanded = replace(
        event("RETREAT", [entity("SDN")], []), modality=Modality.HYPOTHETICAL, modality_rule="gov:call"
    )
    later = replace(demanded, text_info=TextInfo(1, 5, 9))
    attack = event("ASSAULT", [entity("SDN")], [])
    denied = replace(attack, modality=Modality.NEGATED, modality_rule="neg:not")
    recoded = as_stated_intents(doc(request, demanded, later, denied))
    assert [(str(e.event), e.text_info.sentence) for e in recoded.events] == [("REQUEST", 0), ("AGREE", 1)]


def test_stated_intents_fold_a_refused_agreement_into_the_refusal() -> None:
    """ "Chile refused to accept the plan": one REJECT; "Peru did not accuse Chile": nothing said."""
    from dataclasses import replace

    from dragoman.evaluate import as_stated_intents

    refusal = event("REJECT", [entity("CHL")], [])
    accept = replace(
        event("AGREE", [entity("CHL")], []), modality=Modality.NEGATED, modality_rule="gov:refuse"
    )
    alone = replace(accept, text_info=TextInfo(1, 5, 9))
    accusal = replace(
        event("ACCUSE", [entity("PER")], [entity("CHL")]), modality=Modality.NEGATED, modality_rule="neg:not"
    )
    recoded = as_stated_intents(doc(refusal, accept, alone, accusal))
    assert [(str(e.event), e.text_info.sentence) for e in recoded.events] == [("REJECT", 0), ("REJECT", 1)]


def test_gold_sectors_are_read_as_plover_sectors(tmp_path: Path) -> None:
    path = tmp_path / "gsr.json"
    source = [
        {"actorText": "Albanians", "code": "SRB", "sector": "CVLalb"},
        {"actorText": "villagers", "code": "SRB", "sector": "CIV"},
        {"actorText": "someone", "code": "SRB", "sector": "***"},
    ]
    path.write_text(json.dumps([{"id": "r", "event": "PROTEST", "text": "x", "source": source}]))
    assert [a.sector for a in load_plover_gsr(path)[0].source] == ["CVL", "CVL", None]


def test_splits_are_disjoint_halves_of_the_records() -> None:
    records = [
        GoldRecord(id=str(i), text=f"sentence {i}", event="ACCUSE", mode=None, source=(), target=())
        for i in range(5)
    ]
    dev, held = split_records(records, "dev"), split_records(records, "held-out")
    assert [r.id for r in dev] == ["0", "2", "4"]
    assert [r.id for r in held] == ["1", "3"]
    assert split_records(records, "all") == records
    with pytest.raises(ValueError, match="unknown split"):
        split_records(records, "test")
