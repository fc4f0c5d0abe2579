"""document_from_dict is the exact inverse of Document.to_dict."""

from __future__ import annotations

import json
from datetime import date
from typing import Any

import pytest

from dragoman.errors import InputError
from dragoman.schema import (
    Article,
    Attribution,
    Document,
    Entity,
    Event,
    EventType,
    Mention,
    Modality,
    Place,
    Precision,
    Quote,
    TextInfo,
    TimeExpr,
)
from dragoman.serialize import document_from_dict, entity_from_dict, event_from_dict

TEXT = (
    "Chile's foreign minister met Peruvian officials in Arica on Friday. "
    '"We agreed to reopen the crossing," she said.'
)

CHL = Entity(
    "Chile's foreign minister",
    "Alberto van Klaveren",
    "CHL",
    "GOV",
    ("ELI",),
    "Q123",
    "foreign minister",
    rule="title",
)
PER = Entity("Peruvian officials", "Peru", "PER", "GOV", rule="demonym")
ARICA = Place(
    51,
    56,
    "Arica",
    "Arica",
    3899539,
    -18.4746,
    -70.29792,
    "CHL",
    "PPLA",
    4,
    rule="gazetteer",
    confidence=0.912,
)


def rich_document() -> Document:
    article = Article(
        id="art-1",
        text=TEXT,
        title="Talks in Arica",
        date=date(2024, 3, 12),
        url="https://example.org/a",
        source="Example Wire",
        authors=("A. Writer", "B. Writer"),
        language="en",
    )
    event = Event(
        id="e1",
        event=EventType.CONSULT,
        mode="visit",
        context=("diplomatic",),
        cameo="042",
        quad_code=1,
        intensity=2.5,
        actor=(CHL,),
        recipient=(PER,),
        modality=Modality.ASSERTED,
        attribution=Attribution("she said", CHL),
        date=date(2024, 3, 8),
        enddate=date(2024, 3, 8),
        date_text="on Friday",
        event_loc=ARICA,
        event_text="met",
        text_info=TextInfo(0, 0, 67),
        confidence=0.8,
        trigger_start=25,
        trigger_end=28,
        rule="lexicon:meet",
    )
    second = Event(
        id="e2",
        event=EventType.AGREE,
        mode=None,
        context=(),
        cameo=None,
        quad_code=1,
        intensity=3,
        actor=(),
        recipient=(),
        modality=Modality.FUTURE,
        attribution=None,
        date=None,
        enddate=None,
        date_text=None,
        event_loc=None,
        event_text="agreed to reopen",
        text_info=TextInfo(1, 68, 112),
        confidence=0.5,
    )
    return Document(
        article=article,
        events=(event, second),
        mentions=(
            Mention(0, 24, "Chile's foreign minister", CHL, 0, "title", 0.9),
            Mention(29, 47, "Peruvian officials", PER),
        ),
        places=(ARICA,),
        times=(
            TimeExpr(
                57, 66, "on Friday", date(2024, 3, 8), date(2024, 3, 8), Precision.DAY, 0, "weekday", 0.8
            ),
            TimeExpr(0, 4, "2016", None, None, Precision.YEAR),
        ),
        quotes=(
            Quote(69, 101, "We agreed to reopen the crossing", CHL, True, 1, "said-after"),
            Quote(0, 10, "unknown speaker", None, False),
        ),
        warnings=("no dateline",),
    )


def test_round_trip_is_exact() -> None:
    doc = rich_document()
    again = document_from_dict(doc.to_dict())
    assert again.to_dict() == doc.to_dict()
    assert again.article == doc.article
    assert again.events == doc.events
    assert again.quotes == doc.quotes
    assert (again.mentions, again.places, again.times) == (doc.mentions, doc.places, doc.times)


def test_confidence_is_rounded_once() -> None:
    doc = rich_document()
    place = doc.places[0]
    noisy = Document(article=doc.article, places=(Place(**{**place.__dict__, "confidence": 0.91234}),))
    once = document_from_dict(noisy.to_dict())
    assert once.places[0].confidence == 0.912
    assert document_from_dict(once.to_dict()).to_dict() == once.to_dict() == noisy.to_dict()


def test_round_trip_through_json_text() -> None:
    doc = rich_document()
    loaded = json.loads(json.dumps(doc.to_dict()))
    assert document_from_dict(loaded).to_dict() == doc.to_dict()


def test_empty_document_round_trips() -> None:
    doc = Document(article=Article(id="x", text=""))
    assert document_from_dict(doc.to_dict()).to_dict() == doc.to_dict()


def test_warnings_restored_when_present() -> None:
    d = rich_document().to_dict() | {"warnings": ["no dateline"]}
    assert document_from_dict(d).warnings == ("no dateline",)


def test_tolerant_of_missing_provenance_and_extra_keys() -> None:
    d: dict[str, Any] = {
        "entity_text": "Kenya",
        "entity_name": "Kenya",
        "code": "KEN",
        "sector": None,
        "extra": 1,
    }
    ent = entity_from_dict(d)
    assert ent == Entity("Kenya", "Kenya", "KEN", None)
    ev = rich_document().events[0].to_dict()
    for key in ("trigger", "rule", "modality_rule", "confidence"):
        del ev[key]
    ev["unknown"] = {"nested": True}
    event = event_from_dict(ev)
    assert event.trigger_start == 0 and event.rule == "" and event.confidence == 1.0
    assert event.actor == (CHL,)


def test_intensity_keeps_its_json_type() -> None:
    d = rich_document().to_dict()
    back = document_from_dict(d).to_dict()
    assert isinstance(back["events"][1]["intensity"], int)
    assert isinstance(back["events"][0]["intensity"], float)


@pytest.mark.parametrize(
    ("path", "value", "message"),
    [
        (("events", 0, "event"), "EXPLODE", "document.events[0].event: unknown type"),
        (("events", 0, "date"), "12/03/2024", "document.events[0].date: not a YYYY-MM-DD date"),
        (("quotes", 0, "direct"), "yes", "document.quotes[0].direct: expected true or false"),
        (("mentions", 1, "start"), "29", "document.mentions[1].start: expected an integer"),
        (("times", 0, "precision"), "decade", "document.times[0].precision: unknown precision"),
        (("events", 0, "actor"), {"a": 1}, "document.events[0].actor: expected a list"),
    ],
)
def test_malformed_values_name_the_field(path: tuple[Any, ...], value: Any, message: str) -> None:
    d = rich_document().to_dict()
    target: Any = d
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value
    with pytest.raises(InputError) as info:
        document_from_dict(d, source="out.jsonl:3")
    assert str(info.value).startswith("out.jsonl:3: ")
    assert message in str(info.value)


def test_missing_required_keys() -> None:
    d = rich_document().to_dict()
    del d["text"]
    with pytest.raises(InputError, match=r"document\.text: missing"):
        document_from_dict(d)
    d = rich_document().to_dict()
    del d["mentions"][0]["entity"]["entity_name"]
    with pytest.raises(InputError, match=r"document\.mentions\[0\]\.entity\.entity_name: missing"):
        document_from_dict(d)


def test_not_a_document() -> None:
    with pytest.raises(InputError, match="expected an object"):
        not_a_dict: Any = [1, 2]
        document_from_dict(not_a_dict)
    with pytest.raises(InputError, match="not a dragoman document"):
        document_from_dict({"format": "gdelt/2", "article": {"id": "a"}, "text": ""})


#: the keys serialize.py reads for each record; a new key in a to_dict must be read there too
READ_KEYS = {
    "article": {"id", "title", "date", "url", "source", "authors", "language"},
    "entity": {
        "entity_text", "entity_name", "code", "sector", "other_sectors", "wikidata_id", "office", "rule",
    },
    "mention": {"start", "end", "text", "entity", "sentence", "rule", "confidence"},
    "place": {
        "start", "end", "extracted_place", "resolved_place", "geonameid", "lat", "lon", "country_code",
        "feature_code", "resolution", "sentence", "rule", "confidence",
    },
    "time": {"start", "end", "text", "date", "enddate", "precision", "sentence", "rule", "confidence"},
    "quote": {"start", "end", "text", "speaker", "direct", "sentence", "rule"},
    "event": {
        "id", "event", "mode", "context", "cameo", "quad_code", "intensity", "actor", "recipient", "modality",
        "attribution", "date", "enddate", "date_text", "event_loc", "event_text", "text_info", "confidence",
        "trigger", "rule", "modality_rule",
    },
    "document": {"format", "article", "text", "events", "mentions", "places", "times", "quotes"},
}  # fmt: skip


def test_every_to_dict_key_is_read() -> None:
    doc = rich_document()
    records = {
        "article": doc.article, "entity": CHL, "mention": doc.mentions[0], "place": ARICA,
        "time": doc.times[0], "quote": doc.quotes[0], "event": doc.events[0], "document": doc,
    }  # fmt: skip
    assert {name: set(record.to_dict()) for name, record in records.items()} == READ_KEYS
