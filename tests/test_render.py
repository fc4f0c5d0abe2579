from __future__ import annotations

import csv
import io

from dragoman.render import CSV_COLUMNS, events_csv, events_table

EVENT = {
    "article_id": "a1",
    "id": "e1",
    "event": "CONSULT",
    "mode": "visit",
    "cameo": "042",
    "quad_code": 1,
    "intensity": 2.5,
    "modality": "asserted",
    "date": "2024-05-13",
    "enddate": "2024-05-13",
    "actor": [
        {"entity_text": "Kenya's president", "entity_name": "William Ruto", "code": "KEN", "sector": "GOV"}
    ],
    "recipient": [],
    "attribution": None,
    "event_loc": {"extracted_place": "Addis Ababa", "resolved_place": "Addis Ababa", "lat": 9.0, "lon": 38.7},
    "event_text": "flew to",
    "text_info": {"sentence": 0, "start": 0, "end": 27},
    "confidence": 0.8,
}


def test_csv_has_one_flat_row_per_event() -> None:
    rows = list(csv.DictReader(io.StringIO(events_csv([EVENT, EVENT]))))
    assert len(rows) == 2
    assert tuple(rows[0]) == CSV_COLUMNS
    assert (
        rows[0]["actor_code"] == "KEN"
        and rows[0]["recipient_code"] == ""
        and rows[0]["place"] == "Addis Ababa"
    )


def test_table_shows_evidence_from_the_article_text() -> None:
    table = events_table([EVENT], texts={"a1": "Kenya's president flew to Addis Ababa."})
    header, rule, row = table.splitlines()
    assert header.split()[:2] == ["EVENT", "ACTOR"]
    assert "CONSULT/visit" in row and "William Ruto [KEN/GOV] -> -" in row
    assert "Kenya's president flew to A" in row


def test_table_without_events_has_only_the_header() -> None:
    assert len(events_table([]).splitlines()) == 2
