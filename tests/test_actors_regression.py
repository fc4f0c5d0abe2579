"""The actors regression suite (tests/regression/actors/actors_*.yaml): measured, not asserted case by case.

Every case is resolved by :func:`dragoman.stages.actors.resolve_actors`; the figures
(benchmarks/bench_actors.py defines them) are held to the floors below, per tag and overall. The
floors are the measured figures rounded down to two decimals: a change to the actors stage may raise
them (then raise the floor here), never lower them. Run with ``-s`` to see the table and the failures.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from benchload import load_benchmark
from dragoman.parsed import ParsedDoc
from dragoman.schema import Entity, Mention

ROOT = Path(__file__).resolve().parents[1]

#: overall floors
FLOORS: dict[str, float] = {
    "recall": 0.99,
    "precision": 1.0,
    "f1": 0.99,
    "code_accuracy": 0.99,
    "sector_accuracy": 0.99,
    "name_accuracy": 1.0,
    "office_accuracy": 1.0,
    "strict_recall": 0.98,
    "absent_clean": 1.0,
}

#: per-tag floors (recall, code accuracy and strict recall of every tag)
TAG_FLOORS: dict[str, dict[str, float]] = {
    "country": {"recall": 0.98, "code_accuracy": 1.0, "strict_recall": 0.97},
    "demonym": {"recall": 1.0, "code_accuracy": 1.0, "strict_recall": 1.0},
    "capital": {"recall": 1.0, "code_accuracy": 1.0, "strict_recall": 1.0},
    "organisation": {"recall": 1.0, "code_accuracy": 1.0, "strict_recall": 1.0},
    "armed-group": {"recall": 1.0, "code_accuracy": 1.0, "strict_recall": 0.97},
    "office-date": {"recall": 0.98, "code_accuracy": 1.0, "strict_recall": 0.98},
    "title": {"recall": 1.0, "code_accuracy": 1.0, "strict_recall": 1.0},
    "apposition": {"recall": 0.97, "code_accuracy": 1.0, "strict_recall": 0.97},
    "nationality-noun": {"recall": 0.97, "code_accuracy": 1.0, "strict_recall": 0.97},
    "sector-noun": {"recall": 0.98, "code_accuracy": 1.0, "strict_recall": 0.98},
    "pronoun": {"recall": 1.0, "code_accuracy": 1.0, "strict_recall": 1.0},
    "description": {"recall": 1.0, "code_accuracy": 1.0, "strict_recall": 1.0},
    "surname": {"recall": 0.98, "code_accuracy": 1.0, "strict_recall": 0.98},
    "misspelling": {"recall": 1.0, "code_accuracy": 0.97, "strict_recall": 0.97},
    "compound": {"recall": 0.97, "code_accuracy": 1.0, "strict_recall": 0.97},
    "place": {"recall": 1.0, "code_accuracy": 1.0, "strict_recall": 1.0},
}

#: the counts the suite must keep
MIN_CASES = 90
MIN_MENTIONS = 320
MIN_CASES_PER_TAG = 8
MIN_EXHAUSTIVE_SHARE = 0.6


bench = load_benchmark("bench_actors")


@pytest.fixture(scope="module")
def cases() -> list[Any]:
    return list(bench.load_cases())


# -- structure (no model) ------------------------------------------------------------------------


def test_every_case_parses_and_ids_are_unique(cases: list[Any]) -> None:
    ids = Counter(c.id for c in cases)
    assert [i for i, n in ids.items() if n > 1] == []
    assert len(cases) >= MIN_CASES
    assert sum(len(c.expected) for c in cases) >= MIN_MENTIONS


def test_every_rule_is_covered(cases: list[Any]) -> None:
    counts = Counter(tag for c in cases for tag in c.tags)
    assert {t: counts[t] for t in bench.TAGS if counts[t] < MIN_CASES_PER_TAG} == {}
    assert sum(c.exhaustive for c in cases) >= MIN_EXHAUSTIVE_SHARE * len(cases)


def test_tags_agree_with_the_cases(cases: list[Any]) -> None:
    wrong: list[str] = []
    for case in cases:
        if "place" in case.tags and not case.absent:
            wrong.append(f"{case.id}: tagged place without absent strings")
        if "misspelling" in case.tags and not any(
            g.name or g.same_as is not None or g.not_same_as is not None for g in case.expected
        ):
            wrong.append(f"{case.id}: tagged misspelling without same_as/not_same_as")
        if "office-date" in case.tags and not any(g.name or g.office for g in case.expected):
            wrong.append(f"{case.id}: tagged office-date without an expected name or office")
        if "compound" in case.tags and len({(g.code, g.sector) for g in case.expected}) < 2:
            wrong.append(f"{case.id}: tagged compound with fewer than two actors")
    assert wrong == []


def test_gold_spans_point_at_their_text(cases: list[Any]) -> None:
    for case in cases:
        for gold in case.expected:
            assert case.text[gold.start : gold.end] == gold.text
            assert gold.start <= gold.head_start < gold.head_end <= gold.end
        for (start, end), word in zip(case.absent, case.absent_text, strict=True):
            assert case.text[start:end] == word
            # an absent string is never an expected actor
            assert not any(g.start < end and start < g.end for g in case.expected), (case.id, word)


def test_loader_rejects_malformed_cases() -> None:
    good = {
        "id": "x",
        "tags": ["country", "misspelling"],
        "text": "Kenya thanked Uganda. Ugnada replied.",
        "date": "2024-03-12",
        "expected": [
            {"text": "Kenya", "code": "KEN", "sector": "GOV"},
            {"text": "Uganda", "code": "UGA"},
            {"text": "Ugnada", "code": "UGA", "name": {"same_as": "Uganda"}},
        ],
    }
    case = bench.parse_case(good)
    assert case.expected[2].same_as == 1
    assert (case.expected[0].start, case.expected[0].end) == (0, 5)
    bad: list[dict[str, Any]] = [
        {**good, "tags": ["country", "sarcasm"]},
        {**good, "date": "12/03/2024"},
        {**good, "expected": [{"text": "Kenya", "code": "Kenya"}]},
        {**good, "expected": [{"text": "Kenya"}]},
        {**good, "expected": [{"text": "Tanzania", "code": "TZA"}]},
        {**good, "expected": [{"text": "Kenya", "occurrence": 2, "code": "KEN"}]},
        {**good, "expected": [{"text": "Kenya", "code": "KEN", "sector": "GOVT"}]},
        {**good, "expected": [{"text": "Kenya", "code": "KEN", "name": {"same_as": "Rwanda"}}]},
        {**good, "expected": [{"text": "Kenya", "code": "KEN", "head": "Uganda"}]},
        {**good, "absent": ["Nairobi"]},
        {**good, "notes": "extra key"},
    ]
    for raw in bad:
        with pytest.raises(bench.CaseError):
            bench.parse_case(raw)


def test_find_is_word_bounded() -> None:
    text = "The minister said he and then he left."
    assert bench.find(text, "he") == 18
    assert bench.find(text, "he", 2) == 30
    assert bench.find(text, "he", 3) == -1


def _shingles(text: str, n: int = 8) -> Iterator[str]:
    words = re.findall(r"\w+", text.lower())
    for i in range(len(words) - n + 1):
        yield " ".join(words[i : i + n])


@pytest.mark.shared
def test_no_case_is_copied_from_the_shared_data(cases: list[Any], shared_dir: Path) -> None:
    ours = {s: c.id for c in cases for s in _shingles(c.text)}
    copied: set[str] = set()
    for path in [*shared_dir.glob("eval/**/*"), *shared_dir.glob("bench/**/*")]:
        if not path.is_file() or path.stat().st_size > 200_000_000:
            continue
        with path.open(encoding="utf-8", errors="replace") as handle:
            for line in handle:
                copied.update(ours[s] for s in _shingles(line) if s in ours)
    assert sorted(copied) == []


# -- scoring (no model) --------------------------------------------------------------------------


def _mention(text: str, surface: str, code: str | None, sector: str | None, name: str, n: int = 1) -> Mention:
    start = bench.find(text, surface, n)
    assert start >= 0
    entity = Entity(entity_text=surface, entity_name=name, code=code, sector=sector, rule="test")
    return Mention(start=start, end=start + len(surface), text=surface, entity=entity, rule="test")


def _case(raw_expected: list[dict[str, Any]], text: str, **extra: Any) -> Any:
    raw = {"id": "t", "tags": ["compound"], "text": text, "date": "2024-03-12", "expected": raw_expected}
    return bench.parse_case({**raw, **extra})


def test_a_prediction_must_cover_the_head() -> None:
    text = "The leaders of France and Germany met."
    case = _case([{"text": "The leaders of France and Germany", "head": "leaders", "code": "FRA"}], text)
    gold = case.expected[0]
    assert bench.covers(_mention(text, "The leaders", "FRA", "GOV", "x"), gold)
    assert not bench.covers(_mention(text, "France", "FRA", "GOV", "x"), gold)
    tail = _case([{"text": "The leaders of France and Germany", "code": "FRA"}], text).expected[0]
    assert not bench.covers(_mention(text, "The leaders", "FRA", "GOV", "x"), tail)


def test_pairing_prefers_the_right_code_and_counts_each_prediction_once() -> None:
    text = "The leaders of France and Germany met."
    expected = [
        {"text": "The leaders of France and Germany", "head": "leaders", "code": "FRA", "sector": "GOV"},
        {"text": "The leaders of France and Germany", "head": "leaders", "code": "DEU", "sector": "GOV"},
    ]
    case = _case(expected, text, exhaustive=True)
    span = "The leaders of France and Germany"
    both = [_mention(text, span, "DEU", "GOV", "Germany"), _mention(text, span, "FRA", "GOV", "France")]
    tally, failures = bench.score_case(case, both)
    assert (tally.found, tally.code_ok, tally.sector_ok, tally.strict_ok) == (2, 2, 2, 2)
    assert failures == []
    tally, failures = bench.score_case(case, both[:1])
    assert (tally.found, tally.code_ok, tally.predicted, tally.predicted_ok) == (1, 1, 1, 1)
    assert [f.kind for f in failures] == ["missed"]


def test_same_as_absent_and_precision() -> None:
    text = "Erdogan spoke in Ankara. Erdgoan left, and Erdmann stayed."
    expected: list[dict[str, Any]] = [
        {"text": "Erdogan", "code": "TUR", "name": "Recep Tayyip Erdogan"},
        {"text": "Erdgoan", "code": "TUR", "name": {"same_as": "Erdogan"}},
        {"text": "Erdmann", "code": None, "name": {"not_same_as": "Erdogan"}},
    ]
    case = _case(expected, text, exhaustive=True, absent=["Ankara"], tags=["misspelling"])
    erdogan = "Recep Tayyip Erdogan"
    right = [
        _mention(text, "Erdogan", "TUR", "GOV", erdogan),
        _mention(text, "Erdgoan", "TUR", "GOV", erdogan),
        _mention(text, "Erdmann", None, None, "Erdmann"),
    ]
    tally, failures = bench.score_case(case, right)
    assert (tally.name_n, tally.name_ok, tally.absent_ok, tally.predicted_ok) == (3, 3, 1, 3)
    assert failures == []
    wrong = [
        right[0],
        _mention(text, "Erdgoan", None, None, "Erdgoan"),
        _mention(text, "Erdmann", None, None, erdogan),
        _mention(text, "Ankara", "TUR", "GOV", "Turkey"),
        _mention(text, "spoke", None, None, "x"),
    ]
    tally, failures = bench.score_case(case, wrong)
    assert (tally.name_ok, tally.code_ok, tally.absent_ok) == (1, 2, 0)
    assert (tally.predicted, tally.predicted_ok) == (5, 3)
    assert sorted(f.kind for f in failures) == ["absent", "code,name", "name", "spurious"]
    scores = tally.scores()
    assert scores["precision"] == pytest.approx(0.6)
    assert scores["recall"] == 1.0
    assert scores["office_accuracy"] is None


def test_non_exhaustive_cases_do_not_count_unlisted_predictions() -> None:
    text = "Kenya thanked Uganda."
    case = _case([{"text": "Kenya", "code": "KEN"}], text, tags=["country"])
    tally, failures = bench.score_case(case, [_mention(text, "Uganda", "UGA", "GOV", "Uganda")])
    assert (tally.found, tally.predicted) == (0, 0)
    assert [f.kind for f in failures] == ["missed"]
    assert tally.scores()["precision"] is None


def test_a_prediction_over_an_expected_mention_does_not_break_an_absent_string() -> None:
    text = "Police in Kenya fired tear gas."
    case = _case([{"text": "Police", "code": "KEN", "sector": "COP"}], text, tags=["place"], absent=["Kenya"])
    whole = _mention(text, "Police in Kenya", "KEN", "COP", "police")
    tally, failures = bench.score_case(case, [whole])
    assert (tally.found, tally.absent_ok, tally.predicted) == (1, 1, 0)
    assert failures == []
    tally, failures = bench.score_case(case, [whole, _mention(text, "Kenya", "KEN", "GOV", "Kenya")])
    assert (tally.absent_ok, tally.predicted, tally.predicted_ok) == (0, 1, 0)
    assert [f.kind for f in failures] == ["absent"]


# -- the suite (real model) ----------------------------------------------------------------------


@pytest.fixture(scope="module")
def registry() -> Any:
    from dragoman.registry import Registry

    return Registry.load()


@pytest.fixture(scope="module")
def report(cases: list[Any], parse: Callable[[str], ParsedDoc], registry: Any) -> Any:
    return bench.score_cases(cases, parse, registry)


def _below(scores: dict[str, float | None], floors: dict[str, float]) -> dict[str, tuple[float, float]]:
    low: dict[str, tuple[float, float]] = {}
    for metric, floor in floors.items():
        value = scores[metric]
        if value is not None and value + 1e-9 < floor:
            low[metric] = (round(value, 4), floor)
    return low


@pytest.mark.model
def test_scores_hold_their_floors(report: Any, capsys: pytest.CaptureFixture[str]) -> None:
    with capsys.disabled():
        print("\n" + report.table())
        print(f"\n{len(report.failures)} failures; the first 25:")
        print(bench.format_failures(report.failures, 25))
    assert _below(report.scores(), FLOORS) == {}
    below = {tag: _below(report.scores(tag), floors) for tag, floors in TAG_FLOORS.items()}
    assert {tag: low for tag, low in below.items() if low} == {}


@pytest.mark.model
def test_every_tag_is_measured(report: Any) -> None:
    assert set(report.by_tag) == set(bench.TAGS)
    assert report.overall.gold == sum(len(c.expected) for c in bench.load_cases())
