"""PLOVER gold-standard records: event type and type+actor+recipient precision/recall/F1.

.venv/bin/python benchmarks/bench_plover.py
"""

from __future__ import annotations

import time

from common import SHARED, require
from dragoman.evaluate import evaluate_plover, format_scores, load_plover_gsr
from dragoman.pipeline import Coder

GSR = SHARED / "eval" / "plover-gsr" / "PLOVER_GSR_CAMEO.json"


def main() -> None:
    if not require(GSR):
        return
    records = load_plover_gsr(GSR)
    coder = Coder()
    start = time.perf_counter()
    scores = evaluate_plover(records, coder=coder)
    print(format_scores(scores))
    print(f"\n({len(records)} sentences in {time.perf_counter() - start:.1f}s)")


if __name__ == "__main__":
    main()
