"""Events on the BBC News corpus: how many political events each category yields, and a sample to judge.

.venv/bin/python benchmarks/bench_bbc_events.py [--limit N] [--sample 50] [--seed 4] [--out FILE]

Codes ``../shared/bench/bbc_news_2225.jsonl`` (``--limit``: the first N articles of each category) and
prints, per category (politics, business, sport, tech, entertainment), the articles, sentences and events,
events per sentence and per article, the share of events with an actor and a recipient, and the most
frequent event types. Sport and entertainment should yield few political events: their events per sentence
is the false-positive rate of the trigger lexicon on text that is mostly not about politics.

It then writes a reproducible random sample of ``--sample`` events (``--seed`` fixed) with their sentence
to ``--out`` (a TSV under /tmp by default: BBC text stays out of the project) for hand inspection: for each
event judge the type, actor, recipient and modality right or wrong.
"""

from __future__ import annotations

import argparse
import random
import time
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from common import BBC, bbc_records, require, table
from dragoman.pipeline import Coder
from dragoman.schema import Article, Document, Entity, Event

CATEGORIES = ("politics", "business", "sport", "tech", "entertainment")
DEFAULT_OUT = Path("/tmp/dragoman_bbc_events_sample.tsv")


@dataclass
class Tally:
    articles: int = 0
    sentences: int = 0
    events: int = 0
    with_actor: int = 0
    with_recipient: int = 0
    types: Counter[str] = field(default_factory=Counter)

    def row(self, name: str) -> list[object]:
        per_sentence = self.events / self.sentences if self.sentences else 0.0
        per_article = self.events / self.articles if self.articles else 0.0
        top = ", ".join(f"{t} {n}" for t, n in self.types.most_common(4))
        return [
            name,
            self.articles,
            self.sentences,
            self.events,
            f"{per_sentence:.3f}",
            f"{per_article:.2f}",
            f"{self.with_actor / max(self.events, 1):.2f}",
            f"{self.with_recipient / max(self.events, 1):.2f}",
            top,
        ]


def articles(limit: int | None) -> Iterator[tuple[str, Article]]:
    """(category, article) for the first ``limit`` articles of each category."""
    seen: Counter[str] = Counter()
    for record in bbc_records():
        category = record["id"].split("/")[0]
        if limit is not None and seen[category] >= limit:
            continue
        seen[category] += 1
        text, title = record["text"], record.get("title")
        yield category, Article(id=record["id"], text=text, title=title, origin=record["id"])


def _codes(entities: Sequence[Entity]) -> str:
    return ",".join(f"{e.entity_text}[{e.code or '-'}]" for e in entities) or "-"


def sample_line(doc: Document, event: Event) -> str:
    sentence = " ".join(doc.text[event.text_info.start : event.text_info.end].split())  # one line, any breaks
    fields = [
        doc.article.id,
        event.id,
        f"{event.event}/{event.mode or '-'}",
        str(event.modality),
        _codes(event.actor),
        _codes(event.recipient),
        event.event_text,
        event.rule,
        sentence,
    ]
    return "\t".join(fields)


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=None, help="only the first N articles of each category")
    parser.add_argument("--sample", type=int, default=50, help="events to sample for hand inspection")
    parser.add_argument("--seed", type=int, default=4, help="seed of the sample")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="where the sample is written (TSV)")
    args = parser.parse_args(argv)
    if not require(BBC):
        return
    coder = Coder()
    tallies = {c: Tally() for c in CATEGORIES}
    pool: list[str] = []
    pairs = list(articles(args.limit))
    start = time.perf_counter()
    parses = coder.parser.pipe(article.text for _, article in pairs)
    for (category, article), parsed in zip(pairs, parses, strict=True):
        doc = coder.code_parsed(article, parsed)
        tally = tallies.setdefault(category, Tally())
        tally.articles += 1
        tally.sentences += len(parsed.sents)
        tally.events += len(doc.events)
        tally.with_actor += sum(1 for e in doc.events if e.actor)
        tally.with_recipient += sum(1 for e in doc.events if e.recipient)
        tally.types.update(str(e.event) for e in doc.events)
        pool.extend(sample_line(doc, e) for e in doc.events)
    elapsed = time.perf_counter() - start
    total = Tally()
    for tally in tallies.values():
        total.articles += tally.articles
        total.sentences += tally.sentences
        total.events += tally.events
        total.with_actor += tally.with_actor
        total.with_recipient += tally.with_recipient
        total.types.update(tally.types)
    header = [
        "category",
        "articles",
        "sentences",
        "events",
        "ev/sent",
        "ev/art",
        "actor",
        "recip",
        "top types",
    ]
    rows = [tallies[c].row(c) for c in tallies] + [total.row("all")]
    print(table(header, rows))
    print(f"\n({total.articles} articles in {elapsed:.1f}s)")
    chosen = random.Random(args.seed).sample(pool, min(args.sample, len(pool)))
    head = "article\tevent\ttype/mode\tmodality\tactor\trecipient\ttrigger\trule\tsentence"
    args.out.write_text(head + "\n" + "\n".join(chosen) + "\n", encoding="utf-8")
    print(f"sample of {len(chosen)} events (seed {args.seed}) written to {args.out}")


if __name__ == "__main__":
    main()
