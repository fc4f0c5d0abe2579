"""What the two regression suites (bench_actors.py, bench_regression.py) share: the case error,
ratios, dates of cases, reading the case files and a maximum bipartite matching of expected to
predicted items."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

import yaml


class CaseError(ValueError):
    """A regression case that does not follow the documented format."""


def ratio(num: int, den: int) -> float | None:
    return num / den if den else None


def case_date(value: Any, where: str) -> date:
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value))
    except ValueError as exc:
        raise CaseError(f"{where}: bad date {value!r}") from exc


def max_matching(
    left: int, right: int, ok: Callable[[int, int], bool], start: dict[int, int] | None = None
) -> dict[int, int]:
    """A maximum bipartite matching ``{left: right}`` (Kuhn), grown from the matching ``start``.

    An augmenting path never unmatches a left vertex, so every left vertex ``start`` matches stays
    matched (possibly to another right vertex).
    """
    owner = {j: i for i, j in (start or {}).items()}

    def augment(i: int, seen: set[int]) -> bool:
        for j in range(right):
            if j in seen or not ok(i, j):
                continue
            seen.add(j)
            if j not in owner or augment(owner[j], seen):
                owner[j] = i
                return True
        return False

    matched = set(owner.values())
    for i in range(left):
        if i not in matched:
            augment(i, set())
    return {i: j for j, i in owner.items()}


def yaml_cases(directory: Path, pattern: str) -> Iterator[tuple[str, Any]]:
    """``(file name, raw case)`` for every case of the YAML files matching ``pattern``, in name order."""
    for path in sorted(directory.glob(pattern)):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        if not isinstance(data, list):
            raise CaseError(f"{path.name}: the file must hold a list of cases")
        for raw in data:
            yield path.name, raw
