"""dragoman's typed records: what an article is coded into.

Every record is a frozen dataclass; every extracted value carries its
provenance (character offsets into ``Document.text``, the ``rule`` that
produced it, a ``confidence``). ``to_dict`` gives the JSON form of
FORMAT.md (``dragoman/1``); the extra provenance keys are additions the
contract allows.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import unicodedata
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

FORMAT = "dragoman/1"


class EventType(StrEnum):
    AGREE = "AGREE"
    CONSULT = "CONSULT"
    SUPPORT = "SUPPORT"
    CONCEDE = "CONCEDE"
    COOPERATE = "COOPERATE"
    AID = "AID"
    RETREAT = "RETREAT"
    REQUEST = "REQUEST"
    ACCUSE = "ACCUSE"
    REJECT = "REJECT"
    THREATEN = "THREATEN"
    PROTEST = "PROTEST"
    SANCTION = "SANCTION"
    MOBILIZE = "MOBILIZE"
    COERCE = "COERCE"
    ASSAULT = "ASSAULT"


class Modality(StrEnum):
    ASSERTED = "asserted"
    NEGATED = "negated"
    FUTURE = "future"
    HYPOTHETICAL = "hypothetical"


class Precision(StrEnum):
    DAY = "day"
    WEEK = "week"
    MONTH = "month"
    YEAR = "year"


#: PLOVER sector codes (FORMAT.md, entity.sector).
SECTORS: frozenset[str] = frozenset(
    "GOV MIL REB PTY LEG JUD COP SPY UAF PRM OPP CVL BUS MED JRN EDU REL LAB AGR "
    "ELI REF CRM PRE SOC UNK".split()
)

#: PLOVER codes for actors that are not a country.
INTERNATIONAL_CODES: frozenset[str] = frozenset("IGO UNO EUR NGO ISM IMG MNC".split())


def normalise_text(text: str) -> str:
    """NFC, unified newlines, trailing spaces removed: the text identity hashes."""
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n")
    return "\n".join(line.rstrip() for line in text.strip().split("\n"))


def text_id(text: str) -> str:
    """The stable id of an article without an input id: a hash of its normalised text."""
    return "sha1:" + hashlib.sha1(normalise_text(text).encode("utf-8")).hexdigest()[:20]


def _iso(value: dt.date | None) -> str | None:
    return value.isoformat() if value is not None else None


@dataclass(frozen=True)
class Article:
    """One input article, as read: the text every offset indexes, and its metadata."""

    id: str
    text: str
    title: str | None = None
    date: dt.date | None = None
    url: str | None = None
    source: str | None = None
    authors: tuple[str, ...] = ()
    language: str | None = "en"
    #: the dateline's place name ("LONDON"), when the text had one
    dateline_place: str | None = None
    #: the agency named in that dateline ("Reuters" in "LIMA, March 12 (Reuters) -"), for attribution
    dateline_source: str | None = None
    #: where the article came from (a path, ``path:line``, ``<stdin>``), for error messages
    origin: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "title": self.title,
            "date": _iso(self.date),
            "url": self.url,
            "source": self.source,
            "authors": list(self.authors),
            "language": self.language,
        }


@dataclass(frozen=True)
class Entity:
    """A resolved actor: who, which country (or international code), which sector."""

    entity_text: str
    entity_name: str
    code: str | None
    sector: str | None
    other_sectors: tuple[str, ...] = ()
    wikidata_id: str | None = None
    office: str | None = None
    #: how it was resolved: "registry:country", "title", "pronoun", ...
    rule: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {
            "entity_text": self.entity_text,
            "entity_name": self.entity_name,
            "code": self.code,
            "sector": self.sector,
            "other_sectors": list(self.other_sectors),
            "wikidata_id": self.wikidata_id,
            "office": self.office,
            "rule": self.rule,
        }


@dataclass(frozen=True)
class Mention:
    """One reference to an actor in the text (names, pronouns, descriptions)."""

    start: int
    end: int
    text: str
    entity: Entity
    sentence: int = 0
    rule: str = ""
    confidence: float = 1.0

    def to_dict(self) -> dict[str, Any]:
        return {
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "entity": self.entity.to_dict(),
            "sentence": self.sentence,
            "rule": self.rule,
            "confidence": round(self.confidence, 3),
        }


@dataclass(frozen=True)
class Place:
    """A place name resolved to a gazetteer (GeoNames) entry."""

    start: int
    end: int
    extracted_place: str
    resolved_place: str | None
    geonameid: int | None
    lat: float | None
    lon: float | None
    country_code: str | None
    feature_code: str | None
    resolution: int | None
    sentence: int = 0
    rule: str = ""
    confidence: float = 1.0

    def to_dict(self) -> dict[str, Any]:
        return {
            "start": self.start,
            "end": self.end,
            "extracted_place": self.extracted_place,
            "resolved_place": self.resolved_place,
            "geonameid": self.geonameid,
            "lat": self.lat,
            "lon": self.lon,
            "country_code": self.country_code,
            "feature_code": self.feature_code,
            "resolution": self.resolution,
            "sentence": self.sentence,
            "rule": self.rule,
            "confidence": round(self.confidence, 3),
        }


@dataclass(frozen=True)
class TimeExpr:
    """A time expression resolved against the article's date (null when it cannot be)."""

    start: int
    end: int
    text: str
    date: dt.date | None
    enddate: dt.date | None
    precision: Precision
    sentence: int = 0
    rule: str = ""
    confidence: float = 1.0

    def to_dict(self) -> dict[str, Any]:
        return {
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "date": _iso(self.date),
            "enddate": _iso(self.enddate),
            "precision": str(self.precision),
            "sentence": self.sentence,
            "rule": self.rule,
            "confidence": round(self.confidence, 3),
        }


@dataclass(frozen=True)
class Quote:
    """A quotation and the actor who said it."""

    start: int
    end: int
    text: str
    speaker: Entity | None
    direct: bool
    sentence: int = 0
    rule: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "speaker": self.speaker.to_dict() if self.speaker else None,
            "direct": self.direct,
            "sentence": self.sentence,
            "rule": self.rule,
        }


@dataclass(frozen=True)
class Attribution:
    """Who the text says reported an event."""

    text: str
    entity: Entity | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "entity": self.entity.to_dict() if self.entity else None}


@dataclass(frozen=True)
class TextInfo:
    sentence: int
    start: int
    end: int

    def to_dict(self) -> dict[str, Any]:
        return {"sentence": self.sentence, "start": self.start, "end": self.end}


@dataclass(frozen=True)
class Event:
    """One PLOVER 2.0 event with its evidence."""

    id: str
    event: EventType
    mode: str | None
    context: tuple[str, ...]
    cameo: str | None
    quad_code: int
    intensity: float
    actor: tuple[Entity, ...]
    recipient: tuple[Entity, ...]
    modality: Modality
    attribution: Attribution | None
    date: dt.date | None
    enddate: dt.date | None
    date_text: str | None
    event_loc: Place | None
    event_text: str
    text_info: TextInfo
    confidence: float
    #: the trigger's own span and the lexicon entry that fired
    trigger_start: int = 0
    trigger_end: int = 0
    rule: str = ""
    #: the cue that decided the modality ("neg:not", "future:will", ...)
    modality_rule: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "event": str(self.event),
            "mode": self.mode,
            "context": list(self.context),
            "cameo": self.cameo,
            "quad_code": self.quad_code,
            "intensity": self.intensity,
            "actor": [a.to_dict() for a in self.actor],
            "recipient": [r.to_dict() for r in self.recipient],
            "modality": str(self.modality),
            "attribution": self.attribution.to_dict() if self.attribution else None,
            "date": _iso(self.date),
            "enddate": _iso(self.enddate),
            "date_text": self.date_text,
            "event_loc": self.event_loc.to_dict() if self.event_loc else None,
            "event_text": self.event_text,
            "text_info": self.text_info.to_dict(),
            "confidence": round(self.confidence, 3),
            "trigger": {"start": self.trigger_start, "end": self.trigger_end},
            "rule": self.rule,
            "modality_rule": self.modality_rule,
        }


@dataclass(frozen=True)
class Document:
    """One coded article (FORMAT.md ``document``)."""

    article: Article
    events: tuple[Event, ...] = ()
    mentions: tuple[Mention, ...] = ()
    places: tuple[Place, ...] = ()
    times: tuple[TimeExpr, ...] = ()
    quotes: tuple[Quote, ...] = ()
    warnings: tuple[str, ...] = field(default=())

    @property
    def text(self) -> str:
        return self.article.text

    def to_dict(self) -> dict[str, Any]:
        return {
            "format": FORMAT,
            "article": self.article.to_dict(),
            "text": self.article.text,
            "events": [e.to_dict() for e in self.events],
            "mentions": [m.to_dict() for m in self.mentions],
            "places": [p.to_dict() for p in self.places],
            "times": [t.to_dict() for t in self.times],
            "quotes": [q.to_dict() for q in self.quotes],
        }
