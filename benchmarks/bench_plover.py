"""PLOVER gold-standard records: event type and type+actor+recipient precision/recall/F1.

.venv/bin/python benchmarks/bench_plover.py

Also prints the two halves of the records (``dragoman eval --split``): dev, whose errors are read while
developing, and held-out, read only as figures.
"""

from __future__ import annotations

import time

from common import SHARED, require
from dragoman.evaluate import PloverScores, evaluate_plover, format_scores, load_plover_gsr, split_records
from dragoman.pipeline import Coder

GSR = SHARED / "eval" / "plover-gsr" / "PLOVER_GSR_CAMEO.json"


def _summary(scores: PloverScores) -> str:
    t, f = scores.total("type"), scores.total("full")
    return (
        f"type P {t.precision:.3f} R {t.recall:.3f} F1 {t.f1:.3f}; "
        f"type+actor+recipient P {f.precision:.3f} R {f.recall:.3f} F1 {f.f1:.3f}; "
        f"country {scores.actor_country.recall:.3f} sector {scores.actor_sector.recall:.3f}"
    )


def main() -> None:
    if not require(GSR):
        return
    records = load_plover_gsr(GSR)
    coder = Coder()
    start = time.perf_counter()
    scores = evaluate_plover(records, coder=coder)
    print(format_scores(scores))
    print(f"\n({len(records)} sentences in {time.perf_counter() - start:.1f}s)")
    for split in ("dev", "held-out"):
        half = evaluate_plover(split_records(records, split), coder=coder)
        print(f"{split:<9} {_summary(half)}")
    mapped = evaluate_plover(records, coder=coder, stated_intents=True)
    print(
        "\nwith unrealised acts scored as their statements (the gold's convention, --stated-intents):\n"
        + _summary(mapped)
    )


if __name__ == "__main__":
    main()
