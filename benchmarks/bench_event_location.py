"""Event location: does dragoman place each event where the text says it happened?

Gold: ../shared/eval/event-location/gold_relabel_496.jsonl (Halterman, "Geolocating Political
Events in Text", 2019; MIT): 496 news sentences, each with an event verb and the span naming where
that event happened, or no span when the sentence does not say.

Each record's text is coded with the full pipeline (:class:`dragoman.pipeline.Coder`, article date
unknown). Then, for the gold verb:

- events: dragoman's event whose trigger overlaps the gold verb; its location as the events stage
  chose it ("events.py"), and as :func:`dragoman.stages.eventwhere.event_place` chooses it for the
  same trigger and roles ("eventwhen");
- rule only: :func:`~dragoman.stages.eventwhere.event_place` applied to the gold verb token itself
  (its roles found as the events stage finds them when the lexicon has a trigger there, else none),
  over all records.

A located record is right when the chosen place overlaps the gold LOCATION span; a record with no
location is right when nothing is chosen. The table prints both shares and their mean.

Usage: python benchmarks/bench_event_location.py [--split all|dev|held-out] [--limit N] [--show N]

``--split dev`` keeps the records at even positions of the gold file (where errors are studied),
``--split held-out`` those at odd positions (left unread, to measure generalisation).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from common import SHARED, require, table
from dragoman.lexicon import Trigger, clause_head, find_triggers, load_lexicon
from dragoman.parsed import ParsedDoc
from dragoman.pipeline import Coder
from dragoman.schema import Article, Document, Place, text_id
from dragoman.stages.eventwhere import event_place
from dragoman.stages.recipients import place_recipients
from dragoman.stages.roles import MentionIndex, Roles, find_roles

#: the upstream tokeniser (spaCy 2) split hyphens and slashes inside words: "U.S.-led", "Al-Bayaa"
_SUBTOKEN = re.compile(r"[^-/–]+|[-/–]")
_NAME = re.compile(r"[A-Z][\w.'’ -]*[\w.]")
GOLD = SHARED / "eval" / "event-location" / "gold_relabel_496.jsonl"


@dataclass(frozen=True)
class Record:
    text: str
    verb: tuple[int, int]
    #: the gold location spans (a few records list several); empty: the text names no location
    locations: tuple[tuple[int, int], ...]
    #: spans given as inclusive token indices rather than character offsets (see read_gold)
    token_spans: tuple[tuple[int, int], ...] = ()
    #: the record's position among the gold file's records (0-based; what --split reads)
    position: int = 0

    @property
    def location(self) -> tuple[int, int] | None:
        return self.locations[0] if self.locations else None


def _char_span(text: str, span: dict[str, object]) -> bool:
    """Whether a gold span holds character offsets: its ``text`` is there, a whole word or more,
    with a capital letter (a token span read as characters gives "g", " s", "in", "mud")."""
    start, end, words = span["start"], span["end"], span["text"]
    if not isinstance(start, int) or not isinstance(end, int) or not isinstance(words, str):
        return False
    if not words.strip() or text[start:end] != words or not any(c.isupper() for c in words):
        return False
    before = start == 0 or not text[start - 1].isalnum()
    after = end == len(text) or not text[end].isalnum()
    return before and after and text[start].isalnum()


def read_gold(path: Path) -> list[Record]:
    out = []
    lines = [line for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    for position, line in enumerate(lines):
        raw = json.loads(line)
        verb = next((s for s in raw["spans"] if s["label"] == "VERB"), None)
        if verb is None:
            continue  # two records have no annotation at all
        chars, tokens = [], []
        for span in raw["spans"]:
            if span["label"] != "LOCATION":
                continue
            if _char_span(raw["text"], span):
                chars.append((span["start"], span["end"]))
            else:
                tokens.append((span["start"], span["end"]))
        verb_span = (verb["start"], verb["end"])
        out.append(Record(raw["text"], verb_span, tuple(chars), tuple(tokens), position))
    return out


def _hits(place: Place | None, spans: tuple[tuple[int, int], ...]) -> bool:
    if not spans:
        return place is None
    return place is not None and any(place.start < end and start < place.end for start, end in spans)


def _trigger_at(triggers: Sequence[Trigger], parsed_tokens: set[int]) -> Trigger | None:
    return next((t for t in triggers if parsed_tokens & {t.head, *t.tokens}), None)


def _with_token_spans(record: Record, parsed: ParsedDoc) -> Record:
    """Many gold LOCATION spans hold inclusive token indices of the upstream tokenisation (spaCy's)
    in place of character offsets (their ``text`` is empty or does not match): map them through our
    own tokens, which split the same way on these sentences."""
    if not record.token_spans:
        return record
    spans = list(record.locations)
    ours = [(t.idx, t.end) for t in parsed.tokens]
    split = [(t.idx + m.start(), t.idx + m.end()) for t in parsed.tokens for m in _SUBTOKEN.finditer(t.text)]
    for first, last in record.token_spans:
        fits = [toks for toks in (ours, split) if 0 <= first <= last < len(toks)]
        options = [(toks[first][0], toks[last][1]) for toks in fits]
        named = [o for o in options if _NAME.fullmatch(record.text[o[0] : o[1]])]
        if named or options:
            spans.append((named or options)[0])
    return Record(record.text, record.verb, tuple(spans), position=record.position)


def locate(coder: Coder, record: Record) -> tuple[Record, dict[str, Place | None | bool]]:
    """The places chosen for the gold verb: by the events stage, by eventwhen, by the rule alone."""
    article = Article(id=text_id(record.text), text=record.text, date=None, origin="gold")
    parsed = coder.parser.parse(article.text)
    doc: Document = coder.code_parsed(article, parsed)
    record = _with_token_spans(record, parsed)
    first, last = parsed.token_at_char(record.verb[0]), parsed.token_at_char(record.verb[1] - 1)
    verb_tokens = set(range(first, last + 1)) if first is not None and last is not None else set()
    event = next(
        (e for e in doc.events if e.trigger_start < record.verb[1] and record.verb[0] < e.trigger_end), None
    )
    trig = _trigger_at(find_triggers(parsed, load_lexicon()), verb_tokens)
    head = trig.head if trig is not None else (min(verb_tokens) if verb_tokens else 0)
    roles = Roles((), ())
    if trig is not None:
        roles = find_roles(parsed, trig, MentionIndex(parsed, doc.mentions))
        if roles.actor and not roles.recipient:
            roles = Roles(roles.actor, place_recipients(parsed, trig, roles, doc.places))
    carrier = clause_head(parsed, head)
    rule = event_place(parsed, trig if trig is not None else head, carrier, doc.places, roles, None)
    return record, {
        "found": event is not None,
        "events_py": event.event_loc if event is not None else None,
        "eventwhen": rule if event is not None else None,
        "rule": rule,
    }


Row = tuple[Record, dict[str, Place | None | bool]]


def score(rows: list[Row], key: str, only_found: bool) -> list[object]:
    located = [(r, x) for r, x in rows if r.location is not None and (x["found"] or not only_found)]
    empty = [(r, x) for r, x in rows if r.location is None and (x["found"] or not only_found)]
    right_loc = sum(_hits(x[key], r.locations) for r, x in located)  # type: ignore[arg-type]
    right_empty = sum(_hits(x[key], ()) for r, x in empty)  # type: ignore[arg-type]
    share_loc = right_loc / max(1, len(located))
    share_empty = right_empty / max(1, len(empty))
    return [
        len(located) + len(empty),
        f"{right_loc}/{len(located)}",
        f"{share_loc:.3f}",
        f"{right_empty}/{len(empty)}",
        f"{share_empty:.3f}",
        f"{(right_loc + right_empty) / max(1, len(located) + len(empty)):.3f}",
    ]


def split(records: list[Record], which: str) -> list[Record]:
    """The dev half (records at even positions of the gold file), the held-out half (odd), or all.
    Positions count every line of the file, the two unannotated records included."""
    if which == "all":
        return records
    return [r for r in records if r.position % 2 == (0 if which == "dev" else 1)]


def main(argv: list[str] | None = None) -> int:
    args = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    args.add_argument("--limit", type=int, default=0)
    args.add_argument("--split", choices=("all", "dev", "held-out"), default="all")
    args.add_argument("--show", type=int, default=0, help="print N wrong rule-only records")
    opts = args.parse_args(argv)
    if not require(GOLD):
        return 0
    records = split(read_gold(GOLD), opts.split)
    if opts.limit:
        records = records[: opts.limit]
    coder = Coder()
    rows = [locate(coder, r) for r in records]
    found = sum(bool(x["found"]) for _, x in rows)
    print(f"{len(rows)} records, {sum(r.location is not None for r, _ in rows)} with a location; "
          f"dragoman has an event on the gold verb in {found}")  # fmt: skip
    header = ["choice", "records", "located right", "share", "none right", "share", "all"]
    print(
        table(
            header,
            [
                ["events found: events.py", *score(rows, "events_py", True)],
                ["events found: eventwhen", *score(rows, "eventwhen", True)],
                ["rule only (all records)", *score(rows, "rule", False)],
            ],
        )
    )
    shown = 0
    for record, x in rows:
        if shown >= opts.show or _hits(x["rule"], record.locations):  # type: ignore[arg-type]
            continue
        shown += 1
        gold = record.text[record.location[0] : record.location[1]] if record.location else None
        got = x["rule"].extracted_place if isinstance(x["rule"], Place) else None
        verb = record.text[record.verb[0] : record.verb[1]]
        print(f"- verb={verb!r} gold={gold!r} got={got!r}: {record.text[:200]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
