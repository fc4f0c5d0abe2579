"""Throughput and peak memory of `dragoman code` against a bare spaCy pass.

Both run on the same BBC texts with the same model, each in its own process (so
peak RSS is each one's own), in one invocation:

    .venv/bin/python benchmarks/bench_throughput.py [--limit N]
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import time

from common import BBC, MODEL, bbc_records, require, table


def _bare(limit: int | None) -> dict[str, float]:
    import spacy

    nlp = spacy.load(MODEL)
    texts = [r["text"] for r in bbc_records(limit)]
    start = time.perf_counter()
    n = sum(1 for _ in nlp.pipe(texts, batch_size=16))
    return {"articles": n, "seconds": time.perf_counter() - start}


def _dragoman(limit: int | None) -> dict[str, float]:
    from dragoman import Article, Coder
    from dragoman.schema import text_id

    coder = Coder()
    articles = [
        Article(id=r["id"], text=r["text"], title=r.get("title"), origin=r["id"]) for r in bbc_records(limit)
    ]
    coder.code(Article(id=text_id("warm up"), text="Warm up the caches."))
    start = time.perf_counter()
    n = events = 0
    for doc in coder.code_many(articles):
        n += 1
        events += len(getattr(doc, "events", ()))
    return {"articles": n, "seconds": time.perf_counter() - start, "events": events}


def _child(which: str, limit: int | None) -> dict[str, float]:
    result = _bare(limit) if which == "bare" else _dragoman(limit)
    result["peak_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return result


def _run(which: str, limit: int | None) -> dict[str, float]:
    cmd = [sys.executable, __file__, "--child", which] + (["--limit", str(limit)] if limit else [])
    out = subprocess.run(cmd, check=True, capture_output=True, text=True).stdout
    return json.loads(out.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--limit", type=int, help="only the first N articles")
    parser.add_argument("--child", choices=("bare", "dragoman"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(_child(args.child, args.limit)))
        return
    if not require(BBC):
        return
    bare, drag = _run("bare", args.limit), _run("dragoman", args.limit)
    rows = []
    for name, r in (("spaCy nlp.pipe", bare), ("dragoman code", drag)):
        rows.append(
            [
                name,
                int(r["articles"]),
                f"{r['seconds']:.1f}",
                f"{r['articles'] / r['seconds']:.1f}",
                f"{r['peak_mb']:.0f}",
            ]
        )
    print(f"throughput on {BBC.name} ({MODEL})")
    print(table(["pipeline", "articles", "seconds", "articles/s", "peak MB"], rows))
    ratio = (drag["articles"] / drag["seconds"]) / (bare["articles"] / bare["seconds"])
    print(f"dragoman / bare spaCy throughput: {ratio:.2f}  (events found: {int(drag.get('events', 0))})")


if __name__ == "__main__":
    main()
