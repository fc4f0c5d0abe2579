"""`make bench`: run every benchmark in turn; each prints its own table."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
BENCHMARKS = [
    "bench_throughput.py",
    "bench_plover.py",
    "bench_petrarch.py",
    "bench_regression.py",
    "bench_actors.py",
    "bench_bbc_events.py",
    "bench_tempeval.py",
    "bench_geoparsing.py",
    "bench_event_location.py",
]


def main() -> int:
    status = 0
    for name in BENCHMARKS:
        path = HERE / name
        if not path.exists():
            continue
        print(f"\n### {name}", flush=True)
        status |= subprocess.run([sys.executable, str(path)], cwd=HERE).returncode
    return status


if __name__ == "__main__":
    sys.exit(main())
