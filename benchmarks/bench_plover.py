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
    mapped = evaluate_plover(records, coder=coder, stated_intents=True)
    t, f = mapped.total("type"), mapped.total("full")
    print(
        "\nwith unrealised acts scored as their statements (the gold's convention, --stated-intents):\n"
        f"type P {t.precision:.3f} R {t.recall:.3f} F1 {t.f1:.3f}; "
        f"type+actor+recipient P {f.precision:.3f} R {f.recall:.3f} F1 {f.f1:.3f}"
    )


if __name__ == "__main__":
    main()
