"""The events regression suite: hand-written sentences with the events they should code to.

    .venv/bin/python benchmarks/bench_regression.py [--failures N] [--tag TAG]

Reads every ``tests/regression/*.yaml`` file (the case format is documented at the top of
``tests/regression/types.yaml``), codes all cases with one :class:`~dragoman.pipeline.Coder`
(``code_many``) and prints, per tag and overall:

- ``type_p`` / ``type_r``: precision and recall of events counted by type alone;
- ``full_p`` / ``full_r`` / ``full_f1``: the same for full matches: type equal, actor code set
  equal (expected ``[]`` matches a predicted event with no coded actor), recipient code sets
  overlapping (or both empty), modality equal, and ``mode``, ``actor_sector``, ``attribution``
  and ``date`` equal where the case gives them;
- ``modality``: the share of type-matched events whose modality is right.

Entities without a code (``code`` null) add nothing to a code set. A case tagged ``negative``
expects no event at all, so every event coded from it lowers precision.
``tests/test_events_regression.py`` runs the same scoring and holds each figure to a floor.
"""

from __future__ import annotations

import argparse
import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from casekit import CaseError, case_date, max_matching, ratio, yaml_cases
from dragoman.errors import InputError
from dragoman.pipeline import Coder
from dragoman.read import read_text_article
from dragoman.schema import Document, Event, EventType, Modality

ROOT = Path(__file__).resolve().parents[1]
CASES_DIR = ROOT / "tests" / "regression"

EVENT_TYPES: tuple[str, ...] = tuple(str(t) for t in EventType)
MODALITIES: tuple[str, ...] = tuple(str(m) for m in Modality)
#: tags a case may carry besides its event types
PHENOMENA: tuple[str, ...] = (
    "negated",
    "future",
    "hypothetical",
    "attribution",
    "passive",
    "nominal",
    "compound",
    "coref",
    "negative",
)
TAGS: frozenset[str] = frozenset(EVENT_TYPES) | frozenset(PHENOMENA)
METRICS: tuple[str, ...] = (
    "type_precision",
    "type_recall",
    "full_precision",
    "full_recall",
    "full_f1",
    "modality_accuracy",
)
_CASE_KEYS = frozenset({"id", "tags", "text", "date", "expected"})
_EVENT_KEYS = frozenset(
    {"event", "mode", "actor", "actor_sector", "recipient", "modality", "attribution", "date"}
)


@dataclass(frozen=True)
class Expected:
    """One event a case should code to."""

    event: str
    actor: frozenset[str]
    recipient: frozenset[str]
    modality: str = "asserted"
    mode: str | None = None
    actor_sector: str | None = None
    attribution: str | None = None
    date: date | None = None

    def describe(self) -> str:
        return _describe(
            self.event, self.mode, self.actor, self.recipient, self.modality, self.attribution, self.date
        )


@dataclass(frozen=True)
class Case:
    id: str
    tags: tuple[str, ...]
    text: str
    date: date
    expected: tuple[Expected, ...]
    source: str = ""


@dataclass
class Tally:
    """Counts behind one row of the table."""

    cases: int = 0
    gold: int = 0
    predicted: int = 0
    type_tp: int = 0
    full_tp: int = 0
    modality_ok: int = 0
    #: cases that expect no event and got none
    clean: int = 0

    def add(self, other: Tally) -> None:
        self.cases += other.cases
        self.clean += other.clean
        self.gold += other.gold
        self.predicted += other.predicted
        self.type_tp += other.type_tp
        self.full_tp += other.full_tp
        self.modality_ok += other.modality_ok

    def scores(self) -> dict[str, float | None]:
        """The figures of :data:`METRICS`; None where the denominator is zero."""
        full_p, full_r = ratio(self.full_tp, self.predicted), ratio(self.full_tp, self.gold)
        f1 = None
        if full_p is not None and full_r is not None:
            f1 = 0.0 if full_p + full_r == 0 else 2 * full_p * full_r / (full_p + full_r)
        return {
            "type_precision": ratio(self.type_tp, self.predicted),
            "type_recall": ratio(self.type_tp, self.gold),
            "full_precision": full_p,
            "full_recall": full_r,
            "full_f1": f1,
            "modality_accuracy": ratio(self.modality_ok, self.type_tp),
        }


@dataclass(frozen=True)
class Failure:
    """A case whose coded events differ from the expected ones."""

    case: Case
    got: tuple[str, ...]
    missed: int
    spurious: int


@dataclass
class Report:
    overall: Tally = field(default_factory=Tally)
    by_tag: dict[str, Tally] = field(default_factory=dict)
    failures: list[Failure] = field(default_factory=list)

    def scores(self, tag: str | None = None) -> dict[str, float | None]:
        return (self.overall if tag is None else self.by_tag.get(tag, Tally())).scores()

    def negative_clean(self) -> float | None:
        """The share of ``negative`` cases (no event expected) that coded to no event."""
        tally = self.by_tag.get("negative", Tally())
        return ratio(tally.clean, tally.cases)

    def table(self) -> str:
        header = ["tag", "cases", "gold", "pred", *_SHORT]
        rows = [["ALL", *_row(self.overall)]]
        rows += [[tag, *_row(self.by_tag[tag])] for tag in (*EVENT_TYPES, *PHENOMENA) if tag in self.by_tag]
        widths = [max(len(header[i]), *(len(r[i]) for r in rows)) for i in range(len(header))]
        lines = ["  ".join(h.ljust(w) for h, w in zip(header, widths, strict=True))]
        lines += ["  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)).rstrip() for r in rows]
        clean = self.negative_clean()
        if clean is not None:
            lines.append(f"\nnegative cases coded to no event: {clean:.3f}")
        return "\n".join(lines)


_SHORT = ["type_p", "type_r", "full_p", "full_r", "full_f1", "modality"]


def _row(tally: Tally) -> list[str]:
    figures = [tally.scores()[m] for m in METRICS]
    counts = [str(tally.cases), str(tally.gold), str(tally.predicted)]
    return counts + ["-" if f is None else f"{f:.3f}" for f in figures]


# -- loading -------------------------------------------------------------------------------------


def _codes(value: Any, where: str) -> frozenset[str]:
    if not isinstance(value, list) or not all(isinstance(c, str) and c.isupper() for c in value):
        raise CaseError(f"{where}: codes must be a list of upper-case codes, got {value!r}")
    if any(len(c) != 3 for c in value):
        raise CaseError(f"{where}: codes are three letters, got {value!r}")
    return frozenset(value)


def _expected(raw: Any, where: str) -> Expected:
    if not isinstance(raw, dict) or not _EVENT_KEYS.issuperset(raw) or "event" not in raw:
        raise CaseError(f"{where}: an expected event needs 'event' and only {sorted(_EVENT_KEYS)}")
    for key in ("actor", "recipient"):
        if key not in raw:
            raise CaseError(f"{where}: expected event without {key!r}")
    if raw["event"] not in EVENT_TYPES:
        raise CaseError(f"{where}: unknown event type {raw['event']!r}")
    modality = raw.get("modality", "asserted")
    if modality not in MODALITIES:
        raise CaseError(f"{where}: unknown modality {modality!r}")
    return Expected(
        event=raw["event"],
        actor=_codes(raw["actor"], where),
        recipient=_codes(raw["recipient"], where),
        modality=modality,
        mode=raw.get("mode"),
        actor_sector=raw.get("actor_sector"),
        attribution=raw.get("attribution"),
        date=case_date(raw["date"], where) if "date" in raw else None,
    )


def parse_case(raw: Any, *, source: str = "") -> Case:
    """One case from its YAML mapping; raises :class:`CaseError` naming the case."""
    if not isinstance(raw, dict):
        raise CaseError(f"{source}: a case must be a mapping, got {raw!r}")
    where = f"{source}:{raw.get('id', '?')}"
    if set(raw) != _CASE_KEYS:
        raise CaseError(f"{where}: a case has exactly the keys {sorted(_CASE_KEYS)}, got {sorted(raw)}")
    tags = raw["tags"]
    if not isinstance(tags, list) or not tags or not TAGS.issuperset(tags):
        raise CaseError(f"{where}: tags must be a non-empty list of {sorted(TAGS)}, got {tags!r}")
    if not isinstance(raw["text"], str) or not raw["text"].strip():
        raise CaseError(f"{where}: empty text")
    if not isinstance(raw["expected"], list):
        raise CaseError(f"{where}: expected must be a list")
    return Case(
        id=str(raw["id"]),
        tags=tuple(tags),
        text=raw["text"].strip(),
        date=case_date(raw["date"], where),
        expected=tuple(_expected(e, where) for e in raw["expected"]),
        source=source,
    )


def load_cases(directory: Path = CASES_DIR) -> list[Case]:
    """Every case of every ``*.yaml`` file in ``directory``, files in name order."""
    return [parse_case(raw, source=name) for name, raw in yaml_cases(directory, "*.yaml")]


# -- matching ------------------------------------------------------------------------------------


def codes(entities: Iterable[Any]) -> frozenset[str]:
    """The code set of an actor or recipient list; entities without a code add nothing."""
    return frozenset(e.code for e in entities if e.code)


def full_match(expected: Expected, event: Event) -> bool:
    """True when ``event`` is the expected event (module docstring)."""
    if str(event.event) != expected.event or str(event.modality) != expected.modality:
        return False
    if codes(event.actor) != expected.actor:
        return False
    got_recipient = codes(event.recipient)
    if (expected.recipient or got_recipient) and not expected.recipient & got_recipient:
        return False
    if expected.mode is not None and event.mode != expected.mode:
        return False
    if expected.actor_sector is not None and not any(
        a.sector == expected.actor_sector or expected.actor_sector in a.other_sectors for a in event.actor
    ):
        return False
    if expected.attribution is not None and (
        event.attribution is None or expected.attribution.lower() not in event.attribution.text.lower()
    ):
        return False
    return expected.date is None or event.date == expected.date


def _agreement(expected: Expected, event: Event) -> int:
    """How many of actor, recipient and modality agree: to pair events of one type."""
    got_recipient = codes(event.recipient)
    return (
        (codes(event.actor) == expected.actor)
        + (not (expected.recipient or got_recipient) or bool(expected.recipient & got_recipient))
        + (str(event.modality) == expected.modality)
    )


def _type_pairs(expected: Sequence[Expected], events: Sequence[Event]) -> list[tuple[int, int]]:
    """Pairs of one type, each expected event taking the unused event that agrees with it most."""
    pairs: list[tuple[int, int]] = []
    used: set[int] = set()
    for i, exp in enumerate(expected):
        free = [j for j, e in enumerate(events) if j not in used and str(e.event) == exp.event]
        if free:
            best = max(free, key=lambda j: _agreement(exp, events[j]))
            used.add(best)
            pairs.append((i, best))
    return pairs


def describe_event(event: Event) -> str:
    attribution = event.attribution.text if event.attribution else None
    return _describe(
        str(event.event),
        event.mode,
        codes(event.actor),
        codes(event.recipient),
        str(event.modality),
        attribution,
        event.date,
    )


def _describe(
    event: str,
    mode: str | None,
    actor: frozenset[str],
    recipient: frozenset[str],
    modality: str,
    attribution: str | None,
    day: date | None,
) -> str:
    parts = [event + (f"/{mode}" if mode else ""), f"{sorted(actor)}->{sorted(recipient)}", modality]
    if attribution:
        parts.append(f"by {attribution!r}")
    if day:
        parts.append(day.isoformat())
    return " ".join(parts)


def score_case(case: Case, events: Sequence[Event]) -> tuple[Tally, Failure | None]:
    """The counts of one case, and its failure when the events differ from the expected."""
    expected = case.expected
    type_pairs = _type_pairs(expected, events)
    full = max_matching(len(expected), len(events), lambda i, j: full_match(expected[i], events[j]))
    tally = Tally(
        cases=1,
        gold=len(expected),
        predicted=len(events),
        type_tp=len(type_pairs),
        full_tp=len(full),
        modality_ok=sum(str(events[j].modality) == expected[i].modality for i, j in type_pairs),
        clean=int(not expected and not events),
    )
    if len(full) == len(expected) == len(events):
        return tally, None
    failure = Failure(
        case=case,
        got=tuple(describe_event(e) for e in events),
        missed=len(expected) - len(full),
        spurious=len(events) - len(full),
    )
    return tally, failure


def code_cases(cases: Sequence[Case], coder: Coder) -> list[Document]:
    """Code every case's text as an article of the case's date, in one ``code_many`` stream."""
    articles = [read_text_article(c.text, origin=f"regression:{c.id}", default_date=c.date) for c in cases]
    documents: list[Document] = []
    for result in coder.code_many(articles):
        if isinstance(result, InputError):
            raise result
        documents.append(result)
    return documents


def score_cases(cases: Sequence[Case], coder: Coder) -> Report:
    """Code and score every case: the overall and per-tag figures, and the failures."""
    report = Report()
    for case, document in zip(cases, code_cases(cases, coder), strict=True):
        tally, failure = score_case(case, document.events)
        report.overall.add(tally)
        for tag in case.tags:
            report.by_tag.setdefault(tag, Tally()).add(tally)
        if failure is not None:
            report.failures.append(failure)
    return report


def format_failures(failures: Sequence[Failure], limit: int | None = None) -> str:
    lines: list[str] = []
    for failure in failures[:limit]:
        case = failure.case
        lines.append(f"[{case.id}] ({', '.join(case.tags)}) {case.text}")
        lines.append(f"    expected: {'; '.join(e.describe() for e in case.expected) or 'no events'}")
        lines.append(f"    got:      {'; '.join(failure.got) or 'no events'}")
    return "\n".join(lines)


#: the figures held to a floor by the test, overall and per tag
FLOOR_METRICS: tuple[str, ...] = ("type_recall", "type_precision", "full_f1", "modality_accuracy")


def floor_of(value: float) -> float:
    """``value`` rounded down to two decimals (a floor the measured figure meets)."""
    return math.floor(value * 100 + 1e-9) / 100


def floors(scores: dict[str, float | None]) -> dict[str, float]:
    return {m: floor_of(v) for m in FLOOR_METRICS if (v := scores[m]) is not None}


def format_floors(report: Report) -> str:
    """The ``FLOORS`` and ``TAG_FLOORS`` literals for tests/test_events_regression.py."""
    lines = [f"FLOORS = {floors(report.scores())!r}", "TAG_FLOORS = {"]
    for tag in (*EVENT_TYPES, *PHENOMENA):
        if tag != "negative" and tag in report.by_tag and (tag_floors := floors(report.scores(tag))):
            lines.append(f"    {tag!r}: {tag_floors!r},")
    lines.append("}")
    clean = report.negative_clean()
    if clean is not None:
        lines.append(f"NEGATIVE_CLEAN_FLOOR = {floor_of(clean)!r}")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--failures", type=int, default=0, help="print the first N failures")
    parser.add_argument("--tag", help="only the cases with this tag")
    parser.add_argument("--cases", type=Path, default=CASES_DIR, help="the directory of case files")
    parser.add_argument("--floors", action="store_true", help="print the floors for the test file")
    args = parser.parse_args(argv)
    cases = load_cases(args.cases)
    if args.tag:
        cases = [c for c in cases if args.tag in c.tags]
    report = score_cases(cases, Coder())
    print(report.table())
    if args.floors:
        print("\n" + format_floors(report))
    if args.failures:
        print(f"\n{len(report.failures)} failing cases; the first {args.failures}:")
        print(format_failures(report.failures, args.failures))


if __name__ == "__main__":
    main()
