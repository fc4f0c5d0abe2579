"""The public API and the stage chain, on the real model."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

import dragoman
from dragoman import Article, Coder, InputError, code_inputs
from dragoman.schema import EventType, Modality


def test_public_api_is_pinned() -> None:
    assert sorted(dragoman.__all__) == sorted(
        [
            "Article", "Attribution", "Coder", "ConfigError", "Document", "DragomanError", "Entity", "Event",
            "EventType", "InputError", "Mention", "Modality", "ModelError", "Place", "Precision", "Quote",
            "Settings", "StorageError", "Store", "TimeExpr", "__version__", "code_inputs", "code_text",
            "read_inputs",
        ]
    )  # fmt: skip
    for name in dragoman.__all__:
        assert hasattr(dragoman, name)


@pytest.fixture(scope="module")
def coder() -> Coder:
    return Coder()


@pytest.mark.model
def test_format_example_sentence(coder: Coder) -> None:
    text = (
        "Kenya's president flew to Addis Ababa on Monday for talks with Ethiopian Prime Minister Abiy Ahmed."
    )
    doc = dragoman.code_text(text, date=date(2024, 5, 15), coder=coder)
    consult = [e for e in doc.events if e.event is EventType.CONSULT]
    assert consult, doc.events
    event = consult[0]
    assert [a.code for a in event.actor] == ["KEN"] and [r.code for r in event.recipient] == ["ETH"]
    assert event.recipient[0].entity_name == "Abiy Ahmed" and event.recipient[0].office == "prime minister"
    assert event.date == date(2024, 5, 13) and event.date_text and "Monday" in event.date_text
    assert event.event_loc is not None and event.event_loc.country_code == "ETH"
    assert event.modality is Modality.ASSERTED
    assert any(t.date == date(2024, 5, 13) for t in doc.times)
    assert any(p.extracted_place == "Addis Ababa" for p in doc.places)


@pytest.mark.model
def test_every_stage_contributes(coder: Coder) -> None:
    text = (
        "NAIROBI, June 25 (Dragoman Wire) - Kenyan police arrested forty protesters in Nairobi on Tuesday. "
        '"We will not be silenced," said Amina Wekesa, a student leader.'
    )
    doc = dragoman.code_text(text, date=date(2024, 6, 26), coder=coder)
    assert doc.mentions and doc.places and doc.times and doc.quotes and doc.events
    assert doc.quotes[0].text.startswith("We will not be silenced")
    arrest = next(e for e in doc.events if e.event is EventType.COERCE)
    assert arrest.actor[0].code == "KEN" and arrest.actor[0].sector == "COP"
    assert arrest.date == date(2024, 6, 25)


@pytest.mark.model
def test_code_many_keeps_order_and_passes_errors_through(coder: Coder) -> None:
    items: list[Article | InputError] = [
        Article(id="a", text="Peru rejected a Chilean proposal.", date=date(2024, 3, 12)),
        InputError("bad.txt", "empty input"),
        Article(id="b", text="", date=None, origin="blank.txt"),
        Article(id="c", text="Gunmen abducted 15 pupils in Nigeria.", date=date(2024, 3, 9)),
    ]
    out = list(coder.code_many(items))
    assert [getattr(o, "article", o).id if not isinstance(o, InputError) else o.source for o in out] == [
        "a", "bad.txt", "blank.txt", "c",
    ]  # fmt: skip
    assert isinstance(out[2], InputError) and "empty" in out[2].reason


@pytest.mark.model
def test_code_inputs_reads_and_codes_files(tmp_path: Path, coder: Coder) -> None:
    (tmp_path / "one.txt").write_text(
        "2024-03-12\n\nChina urged Japan to return to talks.\n", encoding="utf-8"
    )
    (tmp_path / "two.jsonl").write_text('{"id": "r1", "text": "Iran denied the accusation."}\n{bad\n')
    out = list(code_inputs([str(tmp_path)], coder=coder, default_date=date(2024, 1, 1)))
    assert [type(o).__name__ for o in out] == ["Document", "Document", "InputError"]
    assert out[1].article.id == "r1" and out[1].article.date == date(2024, 1, 1)  # type: ignore[union-attr]


@pytest.mark.model
def test_the_dateline_agency_attributes_the_first_paragraph(coder: Coder) -> None:
    text = "LIMA, March 12 (Dragoman Wire) - Peru expelled Chile's ambassador on Monday."
    doc = dragoman.code_text(text, date=date(2024, 3, 12), coder=coder)
    assert doc.events and all(
        e.attribution is not None and e.attribution.text == "Dragoman Wire" for e in doc.events
    )


def test_a_party_located_by_its_own_place_has_that_country_in_the_mentions_too(coder: Coder) -> None:
    doc = dragoman.code_text(
        "Police in Mombasa arrested 12 traders on Friday.", date=date(2024, 3, 12), coder=coder
    )
    police = next(m for m in doc.mentions if m.text == "Police")
    (event,) = [e for e in doc.events if e.event is EventType.COERCE]
    assert police.entity.code == "KEN" == event.actor[0].code
    assert police.entity.entity_name == event.actor[0].entity_name
