"""TempEval-3 platinum: time-expression extraction and value precision/recall/F1 on DATE timexes.

    .venv/bin/python benchmarks/bench_tempeval.py [-v]

Each ``.tml`` document's TEXT is stripped of its tags (gold offsets kept), parsed once and run
through ``find_times`` with the document creation time (the DCT TIMEX3) as the article date.
Gold: the TIMEX3 tags of type DATE. Extraction is relaxed (a prediction and a gold timex match when
they overlap); a prediction overlapping only a gold timex of another type (TIME, DURATION, SET) is
left out of the DATE scores and counted on its own line. A value matches when the prediction's
date and precision rendered as a TimeML value (YYYY-MM-DD, YYYY-Www, YYYY-Www-WE, YYYY-MM,
YYYY-SU, YYYY, YYY for a decade, YY for a century) equal the gold value. Two more rows show the
value scores with the left-out predictions counted as errors, and against the gold DATEs that have
a calendar value only (PRESENT_REF, PAST_REF and XXXX-... have no date dragoman could output).
``-v`` lists every miss.
"""

from __future__ import annotations

import html
import re
import sys
import time
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from common import MODEL, SHARED, require, table
from dragoman.nlp import Parser
from dragoman.schema import Precision, TimeExpr
from dragoman.stages.times import find_times

PLATINUM = SHARED / "eval" / "tempeval3-platinum"
_TAG = re.compile(r"<(/?)(\w+)([^>]*)>")
_ATTR = re.compile(r'(\w+)="([^"]*)"')
_CALENDAR_VALUE = re.compile(r"\d{2,4}(-(\d\d|W\d\d(-WE)?|SP|SU|FA|WI)(-\d\d)?)?")
_SEASONS = {(3, 5): "SP", (6, 8): "SU", (9, 11): "FA", (12, 2): "WI"}


@dataclass(frozen=True)
class Gold:
    start: int
    end: int
    type: str
    value: str
    text: str


@dataclass(frozen=True)
class TmlDoc:
    name: str
    dct: date
    text: str
    gold: tuple[Gold, ...]


def load_tml(path: Path) -> TmlDoc:
    raw = path.read_text(encoding="utf-8")
    dct_tag = re.search(r"<TIMEX3[^>]*functionInDocument=\"CREATION_TIME\"[^>]*>", raw)
    if dct_tag is None:
        raise ValueError(f"{path.name}: no creation time")
    dct = date.fromisoformat(dict(_ATTR.findall(dct_tag.group()))["value"][:10])
    body = raw[raw.index("<TEXT>") + len("<TEXT>") : raw.index("</TEXT>")]
    pieces: list[str] = []
    length, open_timex = 0, None
    gold: list[Gold] = []
    pos = 0
    for tag in _TAG.finditer(body):
        chunk = html.unescape(body[pos : tag.start()])
        pieces.append(chunk)
        length += len(chunk)
        pos = tag.end()
        if tag.group(2) != "TIMEX3":
            continue
        if not tag.group(1):
            open_timex = (length, dict(_ATTR.findall(tag.group(3))))
        elif open_timex is not None:
            start, attrs = open_timex
            text = "".join(pieces)[start:length]
            gold.append(Gold(start, length, attrs.get("type", ""), attrs.get("value", ""), text))
            open_timex = None
    pieces.append(html.unescape(body[pos:]))
    return TmlDoc(path.name, dct, "".join(pieces), tuple(gold))


def timeml_value(expr: TimeExpr) -> str | None:
    """The TimeML value of a resolved expression, or None when it has none of the usual forms."""
    d, e = expr.date, expr.enddate
    if d is None or e is None:
        return None
    if expr.precision == Precision.DAY:
        return d.isoformat() if d == e else None
    if expr.precision == Precision.WEEK:
        year, week, _ = d.isocalendar()
        if d.weekday() == 0 and e == d + timedelta(days=6):
            return f"{year}-W{week:02d}"
        return f"{year}-W{week:02d}-WE" if d.weekday() == 5 and e == d + timedelta(days=1) else None
    if expr.precision == Precision.MONTH:
        if d.day != 1 or (e + timedelta(days=1)).day != 1:
            return None
        if (d.year, d.month) == (e.year, e.month):
            return f"{d.year}-{d.month:02d}"
        season = _SEASONS.get((d.month, e.month))
        return f"{d.year}-{season}" if season else None
    if (d.month, d.day, e.month, e.day) != (1, 1, 12, 31):
        return None
    span = e.year - d.year + 1
    if span == 1:
        return str(d.year)
    if span == 10 and d.year % 10 == 0:
        return str(d.year // 10)
    return str(d.year // 100) if span == 100 and d.year % 100 == 0 else None


def _overlaps(a_start: int, a_end: int, b_start: int, b_end: int) -> bool:
    return a_start < b_end and b_start < a_end


@dataclass
class Scores:
    gold: int = 0
    found: int = 0  #: gold DATE timexes overlapped by a prediction
    predicted: int = 0  #: predictions scored (overlapping a gold DATE, or no gold timex at all)
    predicted_ok: int = 0  #: predictions overlapping a gold DATE
    other_type: int = 0  #: predictions overlapping only a non-DATE gold timex (not scored)
    value_ok: int = 0
    representable: int = 0


def score(doc: TmlDoc, preds: list[TimeExpr], scores: Scores, misses: list[str]) -> None:
    dates = [g for g in doc.gold if g.type == "DATE"]
    others = [g for g in doc.gold if g.type != "DATE"]
    for p in preds:
        if any(_overlaps(p.start, p.end, g.start, g.end) for g in dates):
            scores.predicted += 1
            scores.predicted_ok += 1
        elif any(_overlaps(p.start, p.end, g.start, g.end) for g in others):
            scores.other_type += 1
        else:
            scores.predicted += 1
            misses.append(f"{doc.name}: FP {p.text!r} -> {timeml_value(p)} ({p.rule})")
    for g in dates:
        scores.gold += 1
        scores.representable += bool(_CALENDAR_VALUE.fullmatch(g.value))
        hits = [p for p in preds if _overlaps(p.start, p.end, g.start, g.end)]
        if hits:
            scores.found += 1
        if any(timeml_value(p) == g.value for p in hits):
            scores.value_ok += 1
        else:
            got = ", ".join(f"{p.text!r} -> {timeml_value(p)} ({p.rule})" for p in hits) or "nothing"
            misses.append(f"{doc.name}: gold {g.text!r} = {g.value}; got {got}")


def _prf(correct_pred: int, predicted: int, correct_gold: int, gold: int) -> list[str]:
    p = correct_pred / predicted if predicted else 0.0
    r = correct_gold / gold if gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return [f"{p:.3f}", f"{r:.3f}", f"{f:.3f}"]


def main(verbose: bool = False) -> None:
    if not require(PLATINUM):
        return
    docs = [load_tml(path) for path in sorted(PLATINUM.glob("*.tml"))]
    parser = Parser(MODEL)
    scores, misses = Scores(), []
    started = time.perf_counter()
    stage_time = 0.0
    for doc in docs:
        parsed = parser.parse(doc.text)
        t0 = time.perf_counter()
        preds = find_times(parsed, article_date=doc.dct)
        stage_time += time.perf_counter() - t0
        score(doc, preds, scores, misses)
    ok, all_preds, calendar = scores.value_ok, scores.predicted + scores.other_type, scores.representable
    rows = [
        ["extraction (overlap)", *_prf(scores.predicted_ok, scores.predicted, scores.found, scores.gold)],
        ["value", *_prf(scores.value_ok, scores.predicted, scores.value_ok, scores.gold)],
        ["value, other-type overlaps as errors", *_prf(ok, all_preds, ok, scores.gold)],
        ["value, calendar-valued gold only", *_prf(ok, scores.predicted, ok, calendar)],
    ]
    print(table(["DATE timexes", "precision", "recall", "F1"], rows))
    print(
        f"\n{len(docs)} documents, {scores.gold} gold DATE timexes"
        f" ({scores.representable} with a calendar value, the rest PRESENT_REF/PAST_REF/XXXX-...),"
        f" {scores.predicted} predictions scored,"
        f" {scores.other_type} on TIME/DURATION/SET timexes left out;"
        f" find_times {stage_time * 1000:.1f} ms in all, {time.perf_counter() - started:.1f}s with parsing"
    )
    print("reference (TempEval-3, this test set): HeidelTime value F1 about 0.776, SUTime about 0.67")
    if verbose:
        print("\n".join(["", *misses]))


if __name__ == "__main__":
    main(verbose="-v" in sys.argv[1:])
