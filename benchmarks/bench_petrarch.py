"""PETRARCH-2 validation records: a second event gold, never used to tune the coder (issue 4).

.venv/bin/python benchmarks/bench_petrarch.py

Reads ``PETR2_GSR_validation.xml`` (openeventdata/UniversalPetrarch: sentences with CAMEO event codings
and Phoenix actor codes, and sentences coded ``noevents``), codes each sentence with the record's date as
the article date and scores the events as ``dragoman eval`` does (:func:`dragoman.evaluate.score_sentence`).

CAMEO codes become PLOVER 2.0 types by the official table ``CAMEO2PLOVER-2021.txt`` (openeventdata/PLOVER,
Schrodt, 17 Sep 2021), longest listed prefix first. The table has no row for CAMEO 01 (public statement)
or 02 (appeal): such codings are left out, and a sentence with no other coding is not scored.

A Phoenix actor code is 3-letter units: the first is a country (ISO alpha-3), ``---`` (country unknown:
matches any predicted actor) or an international code; ``IGOUNO...`` is our UNO, ``IGOEUR...`` our EUR,
any other ``IGO...`` IGO, and NGO, IMG, MNC stay as they are. The sector is the first later unit that is a
PLOVER sector (``PSEGZACVL`` -> PSE, CVL; ``IRQGOVMIL`` -> GOV); other units (regions such as GZA, groups
such as HMS, religions such as MUS) are not scored. A bare ``---`` is no actor.

The XML is not well formed (``<Sentence .../>`` is closed again later), so it is read with patterns.
"""

from __future__ import annotations

import html
import re
import time
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime

from common import SHARED, require
from dragoman.errors import InputError
from dragoman.evaluate import (
    SECTOR_MAP,
    GoldActor,
    GoldRecord,
    PloverScores,
    as_stated_intents,
    format_scores,
    score_sentence,
)
from dragoman.pipeline import Coder
from dragoman.schema import SECTORS, Article, Document, EventType

VALIDATION = SHARED / "eval" / "petrarch-validation" / "PETR2_GSR_validation.xml"
CAMEO2PLOVER = SHARED / "eval" / "plover-gsr" / "CAMEO2PLOVER-2021.txt"

#: Phoenix IGO sub-codes that PLOVER 2.0 (and dragoman) codes on their own
PHOENIX_IGO = {"UNO": "UNO", "EUR": "EUR"}
PLOVER_TYPES = frozenset(str(t) for t in EventType)


@dataclass(frozen=True)
class Coding:
    cameo: str
    source: str
    target: str


@dataclass(frozen=True)
class ValidationRecord:
    id: str
    date: date | None
    text: str
    codings: tuple[Coding, ...]


def read_cameo2plover(text: str) -> dict[str, str]:
    """CAMEO code -> PLOVER type from the table's "code: TYPE, mode, context # gloss" lines.

    A code listed twice keeps its first row (the table heads CAMEO 08 both CONCEDE and RETREAT)."""
    table: dict[str, str] = {}
    for line in text.splitlines():
        code, sep, rest = line.partition(":")
        kind = rest.split("#")[0].split(",")[0].strip()
        if sep and code.strip().isdigit() and kind in PLOVER_TYPES:
            table.setdefault(code.strip(), kind)
    return table


def plover_type(cameo: str, table: dict[str, str]) -> str | None:
    """The PLOVER type of a CAMEO code: its own row, else its longest listed prefix (2 digits at least)."""
    for n in range(len(cameo), 1, -1):
        if cameo[:n] in table:
            return table[cameo[:n]]
    return None


def phoenix_actor(code: str) -> GoldActor | None:
    """A Phoenix actor code as a gold actor (see the module docstring); None for no actor."""
    code = code.strip().upper()
    units = [code[i : i + 3] for i in range(0, len(code), 3)]
    if not units:
        return None
    head, rest = units[0], units[1:]
    sectors = [SECTOR_MAP.get(u, u) for u in rest]
    sector = next((s for s in sectors if s in SECTORS), None)
    country: str | None = head
    if head == "---":
        country = None
    elif head == "IGO":
        country = PHOENIX_IGO.get(rest[0], "IGO") if rest else "IGO"
    if country is None and sector is None:
        return None
    return GoldActor(text=code, code=country, sector=sector)


_SENTENCE = re.compile(r"<Sentence\s([^>]*)>(.*?)(?=<Sentence\s|</Sentences>|\Z)", re.S)
_ATTR = re.compile(r'(\w+)="([^"]*)"')
_CODING = re.compile(r"<EventCoding\s([^>]*)>")
_TEXT = re.compile(r"<Text>(.*?)</Text>", re.S)


def _date(raw: str) -> date | None:
    try:
        return datetime.strptime(raw, "%Y%m%d").date()
    except ValueError:
        return None


def parse_validation(xml: str) -> list[ValidationRecord]:
    """The records to evaluate, in file order (``evaluate="false"`` and empty ones are skipped)."""
    records = []
    for match in _SENTENCE.finditer(xml):
        attrs = dict(_ATTR.findall(match.group(1)))
        body = match.group(2)
        text = _TEXT.search(body)
        if attrs.get("evaluate", "true").lower() == "false" or text is None or not text.group(1).strip():
            continue
        codings = []
        for raw in _CODING.findall(body):
            coding = dict(_ATTR.findall(raw))
            if "eventcode" in coding:
                codings.append(
                    Coding(coding["eventcode"], coding.get("sourcecode", ""), coding.get("targetcode", ""))
                )
        records.append(
            ValidationRecord(
                id=attrs.get("id", ""),
                date=_date(attrs.get("date", "")),
                text=" ".join(html.unescape(text.group(1)).split()),
                codings=tuple(codings),
            )
        )
    return records


def gold_events(record: ValidationRecord, table: dict[str, str]) -> tuple[list[GoldRecord], list[str]]:
    """The record's codings as gold events, and the CAMEO codes the table does not map."""
    golds, unmapped = [], []
    for c in record.codings:
        kind = plover_type(c.cameo, table)
        if kind is None:
            unmapped.append(c.cameo)
            continue
        source, target = phoenix_actor(c.source), phoenix_actor(c.target)
        golds.append(
            GoldRecord(
                id=record.id,
                text=record.text,
                event=kind,
                mode=None,
                source=(source,) if source else (),
                target=(target,) if target else (),
            )
        )
    return golds, unmapped


@dataclass
class Run:
    scores: PloverScores
    gold_events: int = 0
    no_event: int = 0
    no_event_quiet: int = 0


def score_records(
    records: Sequence[ValidationRecord], docs: Sequence[Document], table: dict[str, str], intents: bool
) -> Run:
    """Score coded records; a record whose every coding is unmapped is left out."""
    run = Run(PloverScores())
    for record, doc in zip(records, docs, strict=True):
        golds, unmapped = gold_events(record, table)
        if unmapped and not golds:
            continue
        if not record.codings:
            run.no_event += 1
            run.no_event_quiet += not doc.events
        run.gold_events += len(golds)
        score_sentence(run.scores, golds, as_stated_intents(doc) if intents else doc)
    return run


def report(run: Run) -> str:
    s = run.scores
    return "\n".join(
        [
            format_scores(s).replace("PLOVER gold records", "PETRARCH-2 validation records", 1),
            "",
            f"gold events per scored sentence: {run.gold_events / max(s.sentences, 1):.2f} "
            f"({run.gold_events} in {s.sentences})",
            f"no-event sentences with no event coded: {run.no_event_quiet}/{run.no_event}",
        ]
    )


def code_all(records: Sequence[ValidationRecord]) -> list[Document]:
    articles = [Article(id=r.id, text=r.text, date=r.date, origin=r.id) for r in records]
    docs = []
    for doc in Coder().code_many(articles):
        if isinstance(doc, InputError):
            raise SystemExit(f"cannot code a validation record: {doc}")
        docs.append(doc)
    return docs


def main() -> None:
    if not (require(VALIDATION) and require(CAMEO2PLOVER)):
        return
    table = read_cameo2plover(CAMEO2PLOVER.read_text(encoding="utf-8"))
    records = parse_validation(VALIDATION.read_text(encoding="utf-8"))
    unmapped = sorted(c for r in records for c in gold_events(r, table)[1])
    skipped = sum(1 for r in records if r.codings and not gold_events(r, table)[0])
    start = time.perf_counter()
    docs = code_all(records)
    elapsed = time.perf_counter() - start
    print(
        f"{len(records)} records, {sum(len(r.codings) for r in records)} CAMEO codings; "
        f"{len(unmapped)} codings without a CAMEO2PLOVER row left out ({', '.join(unmapped)}), "
        f"{skipped} sentences with only such codings not scored; coded in {elapsed:.1f}s\n"
    )
    print(report(score_records(records, docs, table, intents=False)))
    print("\nwith unrealised acts scored as their statements (--stated-intents):\n")
    print(report(score_records(records, docs, table, intents=True)))


if __name__ == "__main__":
    main()
