"""Scores dragoman's events against the PLOVER gold-standard records.

The records (``PLOVER_GSR_CAMEO.json`` from openeventdata/PLOVER) use the older
18-type PLOVER; they are mapped to PLOVER 2.0 here (DEMAND -> REQUEST,
DISAPPROVE and INVESTIGATE -> ACCUSE, FIGHT -> ASSAULT) and a few non-ISO
country codes are corrected (JAP, ITL, VTN).

Each record is one sentence with one gold event. Per sentence, the predicted
event types form a set: the gold type found is a true positive, each other
predicted type a false positive, a missed gold type a false negative. Sentences
that describe two events while the gold has one make precision a lower bound.
For (b) a predicted event counts only when its type is the gold type, its actor
countries share a code with the gold source countries and its recipient
countries with the gold target countries (both empty also matches). The gold
codes every intergovernmental body ``IGO``; PLOVER 2.0 splits off ``UNO`` (UN
bodies) and ``EUR`` (EU institutions), so a predicted UNO or EUR also counts as
IGO. The gold codes a joint act ("A and B agreed", "A telephoned B", "A held talks with B") with
every party a source and no target; against such a record a predicted recipient counts when it is one
of the gold sources. Gold sectors with an ethnic or religious suffix ("CVLalb", "REBMOS") are scored
by their PLOVER sector (the first three letters), "CIV" as CVL; "***" is no sector.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path
from typing import Any

from .errors import InputError
from .ontology import SPEECH_ACTS, stated_intent
from .pipeline import Coder
from .schema import SECTORS, Article, Document, Entity, Event, Modality, text_id

TYPE_MAP = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "INVESTIGATE": "ACCUSE", "FIGHT": "ASSAULT"}
CODE_MAP = {"JAP": "JPN", "ITL": "ITA", "VTN": "VNM"}
SECTOR_MAP = {"CIV": "CVL"}
GOLD_DATE = date(2000, 1, 1)


@dataclass(frozen=True)
class GoldActor:
    text: str
    code: str | None
    sector: str | None


@dataclass(frozen=True)
class GoldRecord:
    id: str
    text: str
    event: str
    mode: str | None
    source: tuple[GoldActor, ...]
    target: tuple[GoldActor, ...]


def _sector(item: Any) -> str | None:
    """The gold sector as a PLOVER sector: "CVLalb" -> CVL, "CIV" -> CVL, "***" -> None."""
    raw = str(item.get("sector") or "")[:3].upper()
    raw = SECTOR_MAP.get(raw, raw)
    return raw if raw in SECTORS else None


def _actors(raw: Any) -> tuple[GoldActor, ...]:
    actors: list[GoldActor] = []
    if not isinstance(raw, list):  # a few records hold "" or a context word here
        return ()
    for item in raw:
        code = str(item.get("code") or "") or None
        actors.append(GoldActor(item.get("actorText", ""), CODE_MAP.get(code or "", code), _sector(item)))
    return tuple(actors)


def load_plover_gsr(path: str | Path) -> list[GoldRecord]:
    """Read the gold records (a JSON array), skipping the DOCUMENT record."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise InputError(str(path), f"cannot read PLOVER gold records: {exc}") from exc
    if not isinstance(data, list):
        raise InputError(str(path), "not a JSON array of PLOVER records")
    records = []
    for raw in data:
        if raw.get("event") in (None, "DOCUMENT") or not raw.get("text"):
            continue
        records.append(
            GoldRecord(
                id=raw["id"],
                text=raw["text"],
                event=TYPE_MAP.get(raw["event"], raw["event"]),
                mode=raw.get("mode") or None,
                source=_actors(raw.get("source")),
                target=_actors(raw.get("target")),
            )
        )
    return records


#: the halves of the gold records: ``dev`` (even positions, where errors are read while developing) and
#: ``held-out`` (odd positions, read only as figures, to show how far the rules generalise)
SPLITS = ("all", "dev", "held-out")


def split_records(records: Sequence[GoldRecord], split: str) -> list[GoldRecord]:
    """The records of one half of the gold set (see :data:`SPLITS`)."""
    if split not in SPLITS:
        raise ValueError(f"unknown split {split!r}: expected one of {', '.join(SPLITS)}")
    if split == "all":
        return list(records)
    return list(records[0::2] if split == "dev" else records[1::2])


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class PloverScores:
    sentences: int = 0
    events_predicted: int = 0
    type: dict[str, Counts] = field(default_factory=dict)
    full: dict[str, Counts] = field(default_factory=dict)
    confusion: Counter[tuple[str, str]] = field(default_factory=Counter)
    actor_country: Counts = field(default_factory=Counts)
    actor_sector: Counts = field(default_factory=Counts)

    def total(self, which: str) -> Counts:
        table = self.type if which == "type" else self.full
        out = Counts()
        for c in table.values():
            out.tp, out.fp, out.fn = out.tp + c.tp, out.fp + c.fp, out.fn + c.fn
        return out


IGO_FAMILY = frozenset({"UNO", "EUR"})


def _codes(entities: Sequence[Entity] | Sequence[GoldActor]) -> set[str]:
    codes = {e.code for e in entities if e.code}
    return codes | {"IGO"} if codes & IGO_FAMILY else codes


def _joint(gold: GoldRecord) -> bool:
    """The gold's coding of a joint act: several sources and no target."""
    return len(gold.source) > 1 and not gold.target


def _roles_match(event: Event, gold: GoldRecord) -> bool:
    target = gold.source if _joint(gold) and event.recipient else gold.target
    for predicted, wanted in (
        (_codes(event.actor), _codes(gold.source)),
        (_codes(event.recipient), _codes(target)),
    ):
        if (predicted or wanted) and not predicted & wanted:
            return False
    return True


def score_document(scores: PloverScores, gold: GoldRecord, doc: Document) -> None:
    """Add one coded sentence to ``scores``."""
    scores.sentences += 1
    scores.events_predicted += len(doc.events)
    predicted = {str(e.event) for e in doc.events}
    for kind in predicted | {gold.event}:
        for table in (scores.type, scores.full):
            table.setdefault(kind, Counts())
    if gold.event in predicted:
        scores.type[gold.event].tp += 1
    else:
        scores.type[gold.event].fn += 1
    for kind in predicted - {gold.event}:
        scores.type[kind].fp += 1
    same_type = [e for e in doc.events if str(e.event) == gold.event]
    full_match = any(_roles_match(e, gold) for e in same_type)
    if full_match:
        scores.full[gold.event].tp += 1
    else:
        scores.full[gold.event].fn += 1
    scores.full[gold.event].fp += len(same_type) - (1 if full_match else 0)
    for kind in predicted - {gold.event}:
        scores.full[kind].fp += sum(1 for e in doc.events if str(e.event) == kind)
    scores.confusion[
        (gold.event, gold.event if gold.event in predicted else (sorted(predicted) or ["NONE"])[0])
    ] += 1
    if same_type:
        _score_actor(scores, same_type[0], gold)


def _score_actor(scores: PloverScores, event: Event, gold: GoldRecord) -> None:
    for predicted, wanted in ((event.actor, gold.source), (event.recipient, gold.target)):
        for actor in wanted:
            if actor.code:
                hit = actor.code in _codes(predicted)
                scores.actor_country.tp += hit
                scores.actor_country.fn += not hit
            if actor.sector:
                hit = any(p.sector == actor.sector for p in predicted)
                scores.actor_sector.tp += hit
                scores.actor_sector.fn += not hit


def format_scores(scores: PloverScores) -> str:
    """Per-type and overall precision/recall/F1, the confusion table and actor accuracy."""
    lines = [
        f"PLOVER gold records: {scores.sentences} sentences, {scores.events_predicted} events predicted "
        f"({scores.events_predicted / max(scores.sentences, 1):.2f} per sentence)",
        "",
        f"{'type':<10} {'gold':>5} {'P':>6} {'R':>6} {'F1':>6}   {'P+act+rec':>9} {'R':>6} {'F1':>6}",
    ]
    for kind in sorted(scores.type):
        t, f = scores.type[kind], scores.full[kind]
        lines.append(
            f"{kind:<10} {t.tp + t.fn:>5} {t.precision:>6.3f} {t.recall:>6.3f} {t.f1:>6.3f}   "
            f"{f.precision:>9.3f} {f.recall:>6.3f} {f.f1:>6.3f}"
        )
    t, f = scores.total("type"), scores.total("full")
    lines.append(
        f"{'overall':<10} {t.tp + t.fn:>5} {t.precision:>6.3f} {t.recall:>6.3f} {t.f1:>6.3f}   "
        f"{f.precision:>9.3f} {f.recall:>6.3f} {f.f1:>6.3f}"
    )
    ac, sc = scores.actor_country, scores.actor_sector
    lines += [
        "",
        f"actor/recipient country accuracy (events of the gold type): "
        f"{ac.recall:.3f} ({ac.tp}/{ac.tp + ac.fn})",
        f"actor/recipient sector accuracy where gold has one:        "
        f"{sc.recall:.3f} ({sc.tp}/{sc.tp + sc.fn})",
        "",
        "confusion (gold -> predicted, off-diagonal):",
    ]
    for (gold, pred), n in scores.confusion.most_common():
        if gold != pred:
            lines.append(f"  {gold:<10} -> {pred:<10} {n}")
    return "\n".join(lines)


def article_for(record: GoldRecord) -> Article:
    return Article(id=record.id or text_id(record.text), text=record.text, date=GOLD_DATE, origin=record.id)


def as_stated_intents(doc: Document) -> Document:
    """The document as data without modality codes it: each unrealised act as its statement.

    dragoman codes "Norway will lend Malawi 20 million dollars" as AID with modality ``future``; the gold
    records (PLOVER 0.5 from CAMEO examples, without modality) code the sentence as AGREE. See
    :func:`dragoman.ontology.stated_intent`. An unrealised act in a sentence that already has an
    asserted statement (the REQUEST of "called for a withdrawal", the AGREE of "agreed to release") is
    that statement's content, so it is folded into it rather than coded a second time; an act that is
    denied without being refused ("did not attack", "did not accuse") did not happen and is left out, and
    a refused agreement ("refused to accept") is a REJECT, folded into the refusal when that is coded.
    """
    stated = {
        e.text_info.sentence for e in doc.events if e.modality is Modality.ASSERTED and e.event in SPEECH_ACTS
    }
    events = []
    for event in doc.events:
        unsaid = event.modality is Modality.NEGATED and event.event in SPEECH_ACTS
        if event.modality is Modality.ASSERTED or (event.event in SPEECH_ACTS and not unsaid):
            events.append(event)
            continue
        kind = stated_intent(event.event, event.modality, event.modality_rule)
        if kind is None or event.text_info.sentence in stated:
            continue
        events.append(replace(event, event=kind))
    return replace(doc, events=tuple(events))


def evaluate_plover(
    records: Sequence[GoldRecord], *, coder: Coder, stated_intents: bool = False
) -> PloverScores:
    """Code every gold sentence and score it (``stated_intents``: see :func:`as_stated_intents`)."""
    scores = PloverScores()
    docs = coder.code_many(article_for(r) for r in records)
    for record, doc in zip(records, docs, strict=True):
        if isinstance(doc, Document):
            score_document(scores, record, as_stated_intents(doc) if stated_intents else doc)
    return scores


def _side_matches(predicted: Sequence[Entity], wanted: Sequence[GoldActor]) -> bool:
    """One role of a gold event: as :func:`_roles_match`, but a gold actor without a country (a
    Phoenix code such as "---REB") matches any predicted actor, as its country is not known."""
    if any(a.code is None for a in wanted):
        return bool(predicted)
    got, want = _codes(predicted), _codes(wanted)
    return not (got or want) or bool(got & want)


def _match_events(golds: Sequence[GoldRecord], events: Sequence[Event]) -> dict[int, int]:
    """Gold event index -> predicted event index: same type and roles, each predicted event used once."""
    matched: dict[int, int] = {}
    for g, gold in enumerate(golds):
        for n, event in enumerate(events):
            if n in matched.values() or str(event.event) != gold.event:
                continue
            target = gold.source if _joint(gold) and event.recipient else gold.target
            if _side_matches(event.actor, gold.source) and _side_matches(event.recipient, target):
                matched[g] = n
                break
    return matched


def score_sentence(scores: PloverScores, golds: Sequence[GoldRecord], doc: Document) -> None:
    """Add one coded sentence with any number of gold events (none: a sentence without an event).

    Types and roles score as in :func:`score_document` for one gold event whose actors all have a
    country. Types are a set per sentence on both sides; for type+actor+recipient each gold event needs
    a predicted event of its own (same type, matching roles), and every predicted event left over is a
    false positive. Actor and sector accuracy are taken on the matched event, else the first of the
    gold type. Events in a sentence without a gold event are false positives (``NONE -> type``).
    """
    scores.sentences += 1
    scores.events_predicted += len(doc.events)
    predicted = {str(e.event) for e in doc.events}
    wanted = {g.event for g in golds}
    for kind in predicted | wanted:
        scores.type.setdefault(kind, Counts())
        scores.full.setdefault(kind, Counts())
    for kind in wanted:
        hit = kind in predicted
        scores.type[kind].tp += hit
        scores.type[kind].fn += not hit
        scores.confusion[(kind, kind if hit else (sorted(predicted - wanted) or ["NONE"])[0])] += 1
    for kind in predicted - wanted:
        scores.type[kind].fp += 1
        if not wanted:
            scores.confusion[("NONE", kind)] += 1
    matched = _match_events(golds, doc.events)
    for g, gold in enumerate(golds):
        scores.full[gold.event].tp += g in matched
        scores.full[gold.event].fn += g not in matched
        same_type = [e for e in doc.events if str(e.event) == gold.event]
        if same_type:
            _score_actor(scores, doc.events[matched[g]] if g in matched else same_type[0], gold)
    used = set(matched.values())
    for n, event in enumerate(doc.events):
        if n not in used:
            scores.full[str(event.event)].fp += 1
