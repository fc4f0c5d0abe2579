"""Formats documents and event rows for people and programs: JSON lines, CSV, tables."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

#: CSV columns, GDELT-like: one row per event, first actor and recipient flattened
CSV_COLUMNS: tuple[str, ...] = (
    "article_id",
    "event_id",
    "event",
    "mode",
    "cameo",
    "quad_code",
    "intensity",
    "modality",
    "date",
    "enddate",
    "actor_name",
    "actor_code",
    "actor_sector",
    "recipient_name",
    "recipient_code",
    "recipient_sector",
    "place",
    "lat",
    "lon",
    "place_country",
    "attribution",
    "event_text",
    "confidence",
)


def to_json_line(obj: Mapping[str, Any]) -> str:
    return json.dumps(obj, ensure_ascii=False, separators=(",", ":"))


def _names(entities: Sequence[Mapping[str, Any]]) -> str:
    parts = []
    for entity in entities:
        label = entity.get("entity_name") or entity.get("entity_text") or "?"
        code = "/".join(x for x in (entity.get("code"), entity.get("sector")) if x)
        parts.append(f"{label} [{code}]" if code else str(label))
    return " + ".join(parts) or "-"


def _first(entities: Sequence[Mapping[str, Any]], key: str) -> Any:
    return entities[0].get(key) if entities else None


def csv_row(event: Mapping[str, Any]) -> dict[str, Any]:
    """One event as a flat CSV row (see :data:`CSV_COLUMNS`)."""
    loc = event.get("event_loc") or {}
    attribution = event.get("attribution") or {}
    actors, recipients = event.get("actor", []), event.get("recipient", [])
    return {
        "article_id": event.get("article_id"),
        "event_id": event["id"],
        "event": event["event"],
        "mode": event.get("mode"),
        "cameo": event.get("cameo"),
        "quad_code": event.get("quad_code"),
        "intensity": event.get("intensity"),
        "modality": event.get("modality"),
        "date": event.get("date"),
        "enddate": event.get("enddate"),
        "actor_name": _first(actors, "entity_name"),
        "actor_code": _first(actors, "code"),
        "actor_sector": _first(actors, "sector"),
        "recipient_name": _first(recipients, "entity_name"),
        "recipient_code": _first(recipients, "code"),
        "recipient_sector": _first(recipients, "sector"),
        "place": loc.get("resolved_place") or loc.get("extracted_place"),
        "lat": loc.get("lat"),
        "lon": loc.get("lon"),
        "place_country": loc.get("country_code"),
        "attribution": attribution.get("text"),
        "event_text": event.get("event_text"),
        "confidence": event.get("confidence"),
    }


def events_csv(events: Iterable[Mapping[str, Any]]) -> str:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=list(CSV_COLUMNS), lineterminator="\n")
    writer.writeheader()
    for event in events:
        writer.writerow(csv_row(event))
    return out.getvalue()


def _shorten(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 3].rstrip() + "..."


def events_table(events: Iterable[Mapping[str, Any]], *, texts: Mapping[str, str] | None = None) -> str:
    """A readable table: type, actor -> recipient, date, place, modality, evidence.

    ``texts`` maps article ids to their text, for the evidence sentence; without it the
    trigger words are shown.
    """
    rows = []
    for event in events:
        info = event.get("text_info") or {}
        text = (texts or {}).get(str(event.get("article_id")), "")
        evidence = text[info.get("start", 0) : info.get("end", 0)] if text else event.get("event_text", "")
        loc = event.get("event_loc") or {}
        kind = event["event"] + (f"/{event['mode']}" if event.get("mode") else "")
        rows.append(
            (
                kind,
                _shorten(f"{_names(event.get('actor', []))} -> {_names(event.get('recipient', []))}", 60),
                event.get("date") or "-",
                _shorten(str(loc.get("resolved_place") or loc.get("extracted_place") or "-"), 18),
                event.get("modality", ""),
                _shorten(str(evidence), 70),
            )
        )
    header = ("EVENT", "ACTOR -> RECIPIENT", "DATE", "PLACE", "MODALITY", "EVIDENCE")
    return _grid(header, rows)


def _grid(header: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    widths = [max([len(header[i])] + [len(r[i]) for r in rows]) for i in range(len(header))]
    lines = ["  ".join(h.ljust(w) for h, w in zip(header, widths, strict=True)).rstrip()]
    lines.append("  ".join("-" * w for w in widths))
    for row in rows:
        lines.append("  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip())
    return "\n".join(lines)
