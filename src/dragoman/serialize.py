"""JSON dicts back into dragoman's typed records: the inverse of ``to_dict``.

``document_from_dict(doc.to_dict())`` rebuilds a :class:`~dragoman.schema.Document`
whose ``to_dict()`` is equal to the original's, so a stored or exported document
round-trips exactly. The readers are tolerant: the provenance keys dragoman adds
to the FORMAT.md contract (``rule``, ``sentence``, ``confidence``, ``trigger``) may
be absent and take their defaults, and unknown keys are ignored. A missing
required key or a value of the wrong kind raises :class:`~dragoman.errors.InputError`
naming the document and the field.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from .errors import InputError
from .schema import (
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

__all__ = [
    "article_from_dict",
    "document_from_dict",
    "entity_from_dict",
    "event_from_dict",
    "mention_from_dict",
    "place_from_dict",
    "quote_from_dict",
    "time_from_dict",
]

Json = Mapping[str, Any]


class _Reader:
    """Typed access to one JSON object, with errors that name where the value was."""

    def __init__(self, d: Any, where: str, source: str) -> None:
        if not isinstance(d, Mapping):
            raise InputError(source, f"{where}: expected an object, got {type(d).__name__}")
        self.d = d
        self.where = where
        self.source = source

    def fail(self, key: str, reason: str) -> InputError:
        return InputError(self.source, f"{self.where}.{key}: {reason}")

    def _get(self, key: str, required: bool) -> Any:
        if key not in self.d:
            if required:
                raise self.fail(key, "missing")
            return None
        return self.d[key]

    def text(self, key: str, default: str = "", *, required: bool = False) -> str:
        value = self._get(key, required)
        if value is None:
            return default
        if not isinstance(value, str):
            raise self.fail(key, f"expected a string, got {type(value).__name__}")
        return value

    def opt_text(self, key: str) -> str | None:
        value = self._get(key, False)
        if value is not None and not isinstance(value, str):
            raise self.fail(key, f"expected a string or null, got {type(value).__name__}")
        return value

    def integer(self, key: str, default: int = 0, *, required: bool = False) -> int:
        value = self._get(key, required)
        if value is None:
            return default
        if isinstance(value, bool) or not isinstance(value, int):
            raise self.fail(key, f"expected an integer, got {type(value).__name__}")
        return value

    def opt_integer(self, key: str) -> int | None:
        value = self._get(key, False)
        return None if value is None else self.integer(key)

    def number(self, key: str, default: float = 0.0, *, required: bool = False) -> float:
        value = self._get(key, required)
        if value is None:
            return default
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise self.fail(key, f"expected a number, got {type(value).__name__}")
        return value  # ints stay ints so that to_dict() gives back the same JSON

    def opt_number(self, key: str) -> float | None:
        value = self._get(key, False)
        return None if value is None else self.number(key)

    def flag(self, key: str, *, required: bool = False) -> bool:
        value = self._get(key, required)
        if not isinstance(value, bool):
            raise self.fail(key, f"expected true or false, got {type(value).__name__}")
        return value

    def day(self, key: str) -> date | None:
        value = self.opt_text(key)
        if value is None:
            return None
        try:
            return date.fromisoformat(value)
        except ValueError as exc:
            raise self.fail(key, f"not a YYYY-MM-DD date: {value!r}") from exc

    def texts(self, key: str) -> tuple[str, ...]:
        value = self._get(key, False)
        if value is None:
            return ()
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise self.fail(key, "expected a list of strings")
        return tuple(value)

    def objects(self, key: str) -> list[tuple[str, Any]]:
        """The items of a list of objects, each with the path used in errors."""
        value = self._get(key, False)
        if value is None:
            return []
        if not isinstance(value, list):
            raise self.fail(key, f"expected a list, got {type(value).__name__}")
        return [(f"{self.where}.{key}[{n}]", item) for n, item in enumerate(value)]

    def sub(self, key: str) -> _Reader | None:
        value = self._get(key, False)
        return None if value is None else _Reader(value, f"{self.where}.{key}", self.source)


def entity_from_dict(d: Json, *, where: str = "entity", source: str = "<document>") -> Entity:
    r = _Reader(d, where, source)
    return _entity(r)


def _entity(r: _Reader) -> Entity:
    return Entity(
        entity_text=r.text("entity_text", required=True),
        entity_name=r.text("entity_name", required=True),
        code=r.opt_text("code"),
        sector=r.opt_text("sector"),
        other_sectors=r.texts("other_sectors"),
        wikidata_id=r.opt_text("wikidata_id"),
        office=r.opt_text("office"),
        rule=r.text("rule"),
    )


def mention_from_dict(d: Json, *, where: str = "mention", source: str = "<document>") -> Mention:
    r = _Reader(d, where, source)
    entity = r.sub("entity")
    if entity is None:
        raise r.fail("entity", "missing")
    return Mention(
        start=r.integer("start", required=True),
        end=r.integer("end", required=True),
        text=r.text("text", required=True),
        entity=_entity(entity),
        sentence=r.integer("sentence"),
        rule=r.text("rule"),
        confidence=r.number("confidence", 1.0),
    )


def place_from_dict(d: Json, *, where: str = "place", source: str = "<document>") -> Place:
    r = _Reader(d, where, source)
    return Place(
        start=r.integer("start"),
        end=r.integer("end"),
        extracted_place=r.text("extracted_place", required=True),
        resolved_place=r.opt_text("resolved_place"),
        geonameid=r.opt_integer("geonameid"),
        lat=r.opt_number("lat"),
        lon=r.opt_number("lon"),
        country_code=r.opt_text("country_code"),
        feature_code=r.opt_text("feature_code"),
        resolution=r.opt_integer("resolution"),
        sentence=r.integer("sentence"),
        rule=r.text("rule"),
        confidence=r.number("confidence", 1.0),
    )


def time_from_dict(d: Json, *, where: str = "time", source: str = "<document>") -> TimeExpr:
    r = _Reader(d, where, source)
    precision = r.text("precision", required=True)
    try:
        prec = Precision(precision)
    except ValueError as exc:
        raise r.fail("precision", f"unknown precision {precision!r}") from exc
    return TimeExpr(
        start=r.integer("start", required=True),
        end=r.integer("end", required=True),
        text=r.text("text", required=True),
        date=r.day("date"),
        enddate=r.day("enddate"),
        precision=prec,
        sentence=r.integer("sentence"),
        rule=r.text("rule"),
        confidence=r.number("confidence", 1.0),
    )


def quote_from_dict(d: Json, *, where: str = "quote", source: str = "<document>") -> Quote:
    r = _Reader(d, where, source)
    speaker = r.sub("speaker")
    return Quote(
        start=r.integer("start", required=True),
        end=r.integer("end", required=True),
        text=r.text("text", required=True),
        speaker=_entity(speaker) if speaker is not None else None,
        direct=r.flag("direct", required=True),
        sentence=r.integer("sentence"),
        rule=r.text("rule"),
    )


def event_from_dict(d: Json, *, where: str = "event", source: str = "<document>") -> Event:
    r = _Reader(d, where, source)
    kind = r.text("event", required=True)
    modality = r.text("modality", str(Modality.ASSERTED))
    try:
        event_type, event_modality = EventType(kind), Modality(modality)
    except ValueError as exc:
        raise r.fail("event", f"unknown type or modality: {kind!r}, {modality!r}") from exc
    info = r.sub("text_info")
    if info is None:
        raise r.fail("text_info", "missing")
    attribution = r.sub("attribution")
    attr_entity = attribution.sub("entity") if attribution is not None else None
    loc = r.sub("event_loc")
    trigger = r.sub("trigger")
    return Event(
        id=r.text("id", required=True),
        event=event_type,
        mode=r.opt_text("mode"),
        context=r.texts("context"),
        cameo=r.opt_text("cameo"),
        quad_code=r.integer("quad_code", required=True),
        intensity=r.number("intensity", required=True),
        actor=tuple(_entity(_Reader(a, w, source)) for w, a in r.objects("actor")),
        recipient=tuple(_entity(_Reader(a, w, source)) for w, a in r.objects("recipient")),
        modality=event_modality,
        attribution=(
            Attribution(
                text=attribution.text("text", required=True),
                entity=_entity(attr_entity) if attr_entity is not None else None,
            )
            if attribution is not None
            else None
        ),
        date=r.day("date"),
        enddate=r.day("enddate"),
        date_text=r.opt_text("date_text"),
        event_loc=place_from_dict(loc.d, where=loc.where, source=source) if loc is not None else None,
        event_text=r.text("event_text"),
        text_info=TextInfo(
            sentence=info.integer("sentence"), start=info.integer("start"), end=info.integer("end")
        ),
        confidence=r.number("confidence", 1.0),
        trigger_start=trigger.integer("start") if trigger is not None else 0,
        trigger_end=trigger.integer("end") if trigger is not None else 0,
        rule=r.text("rule"),
        modality_rule=r.text("modality_rule"),
    )


def article_from_dict(d: Json, text: str, *, where: str = "article", source: str = "<document>") -> Article:
    """An :class:`Article` from its JSON metadata and the document's ``text``."""
    r = _Reader(d, where, source)
    return Article(
        id=r.text("id", required=True),
        text=text,
        title=r.opt_text("title"),
        date=r.day("date"),
        url=r.opt_text("url"),
        source=r.opt_text("source"),
        authors=r.texts("authors"),
        language=r.opt_text("language"),
    )


def document_from_dict(d: Json, *, source: str = "<document>") -> Document:
    """Rebuild a :class:`Document` from its JSON form (``Document.to_dict``).

    ``source`` names where the dict came from (a file, ``path:line``, a database)
    in the :class:`~dragoman.errors.InputError` raised for a malformed document.
    An optional ``"warnings"`` list (kept by the store) is restored too.
    """
    r = _Reader(d, "document", source)
    fmt = r.text("format", "dragoman/1")
    if not fmt.startswith("dragoman/"):
        raise r.fail("format", f"not a dragoman document: {fmt!r}")
    article = r.sub("article")
    if article is None:
        raise r.fail("article", "missing")
    return Document(
        article=article_from_dict(article.d, r.text("text", required=True), source=source),
        events=tuple(event_from_dict(e, where=w, source=source) for w, e in r.objects("events")),
        mentions=tuple(mention_from_dict(m, where=w, source=source) for w, m in r.objects("mentions")),
        places=tuple(place_from_dict(p, where=w, source=source) for w, p in r.objects("places")),
        times=tuple(time_from_dict(t, where=w, source=source) for w, t in r.objects("times")),
        quotes=tuple(quote_from_dict(q, where=w, source=source) for w, q in r.objects("quotes")),
        warnings=r.texts("warnings"),
    )
