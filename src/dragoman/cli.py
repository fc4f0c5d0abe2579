"""The ``dragoman`` command: a thin layer over the library.

Each command parses its options, calls the public API and formats the output.
Only this module prints; a :class:`DragomanError` becomes one line on stderr
and a non-zero exit status, never a traceback.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from datetime import date
from typing import Any, TextIO

from . import __version__
from .errors import DragomanError, InputError
from .pipeline import Coder, code_inputs
from .render import events_csv, events_table, to_json_line
from .schema import Document, EventType
from .settings import HELP, Settings
from .store import Store

EXIT_OK, EXIT_INPUT, EXIT_ERROR = 0, 1, 2


def _date(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {value!r}") from exc


def _settings(args: argparse.Namespace) -> Settings:
    return Settings.load(
        file=getattr(args, "config", None),
        model=getattr(args, "model", None),
        db=getattr(args, "db", None),
        registry=tuple(getattr(args, "registry", None) or ()) or None,
    )


def _report(error: InputError, err: TextIO) -> None:
    print(f"dragoman: {error}", file=err)


def cmd_code(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    settings = _settings(args)
    failed = False
    docs: list[dict[str, Any]] = []
    for item in code_inputs(args.paths, settings=settings, default_date=args.date):
        if isinstance(item, InputError):
            _report(item, err)
            failed = True
        elif args.format == "jsonl":
            print(to_json_line(item.to_dict()), file=out, flush=True)
        elif args.format == "json":
            docs.append(item.to_dict())
        else:
            _print_document_table(item, out)
    if args.format == "json":
        json.dump(docs, out, ensure_ascii=False, indent=2)
        print(file=out)
    return EXIT_INPUT if failed else EXIT_OK


def _print_document_table(doc: Document, out: TextIO) -> None:
    title = doc.article.title or doc.article.origin or doc.article.id
    print(f"== {title} ({doc.article.date or 'undated'}): {len(doc.events)} events", file=out)
    events = [dict(e.to_dict(), article_id=doc.article.id) for e in doc.events]
    if events:
        print(events_table(events, texts={doc.article.id: doc.text}), file=out)
    print(file=out)


def cmd_ingest(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    settings = _settings(args)
    failures: list[str] = []

    def documents(items: Iterable[Document | InputError]) -> Iterator[Document]:
        for item in items:
            if isinstance(item, InputError):
                _report(item, err)
                failures.append(item.source)
            else:
                yield item

    def storage_failed(doc: Document, error: DragomanError) -> None:
        print(f"dragoman: {doc.article.origin or doc.article.id}: not stored: {error}", file=err)
        failures.append(doc.article.id)

    with Store(settings.db) as store:
        coder = Coder(settings)
        items = code_inputs(args.paths, settings=settings, default_date=args.date, coder=coder)
        added, skipped = store.ingest_many(documents(items), on_error=storage_failed)
        counts = store.counts()
    print(
        f"{settings.db}: {added} articles added, {skipped} already stored, {len(failures)} failed; "
        f"{counts.get('articles', 0)} articles and {counts.get('events', 0)} events in the store",
        file=out,
    )
    return EXIT_INPUT if failures else EXIT_OK


def cmd_events(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    settings = _settings(args)
    with Store(settings.db, read_only=True) as store:
        events = store.events(
            type=args.type, actor=args.actor, since=args.since, until=args.until, limit=args.limit
        )
        texts = store.article_texts({e["article_id"] for e in events}) if args.format == "table" else {}
    if args.format == "jsonl":
        for event in events:
            print(to_json_line(event), file=out)
    elif args.format == "csv":
        out.write(events_csv(events))
    else:
        print(events_table(events, texts=texts), file=out)
        print(f"({len(events)} events)", file=out)
    return EXIT_OK


def cmd_eval(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from .evaluate import evaluate_plover, format_scores, load_plover_gsr, split_records

    records = split_records(load_plover_gsr(args.path), args.split)[: args.limit]
    scores = evaluate_plover(records, coder=Coder(_settings(args)), stated_intents=args.stated_intents)
    print(format_scores(scores), file=out)
    return EXIT_OK


def cmd_actors(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from pathlib import Path

    from .registry import Registry

    registry = Registry.load([Path(p) for p in _settings(args).registry])
    print(registry.explain(args.name, args.date), file=out)
    return EXIT_OK


def _common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--model", help=HELP["model"])
    parser.add_argument("--config", help="settings file (TOML, a [dragoman] table)")


def _coding(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "paths", nargs="+", metavar="PATH", help="files (.txt .html .jsonl .csv), directories, or - for stdin"
    )
    parser.add_argument("--date", type=_date, help="publication date (YYYY-MM-DD) for inputs that have none")
    parser.add_argument("--registry", action="append", metavar="FILE", help=HELP["registry"])
    _common(parser)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="dragoman", description="Turn news articles into PLOVER 2.0 political event data."
    )
    parser.add_argument("--version", action="version", version=f"dragoman {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    code = sub.add_parser("code", help="code articles and print documents", description=cmd_code.__doc__)
    _coding(code)
    code.add_argument("--format", choices=("jsonl", "json", "table"), default="jsonl", help="output format")
    code.set_defaults(func=cmd_code)

    ingest = sub.add_parser("ingest", help="code articles and store them in a DuckDB file")
    _coding(ingest)
    ingest.add_argument("--db", help=f"{HELP['db']} (default dragoman.duckdb)")
    ingest.set_defaults(func=cmd_ingest)

    events = sub.add_parser("events", help="list stored events")
    events.add_argument("--db", help=f"{HELP['db']} (default dragoman.duckdb)")
    events.add_argument("--format", choices=("jsonl", "csv", "table"), default="table", help="output format")
    events.add_argument(
        "--type", type=str.upper, choices=[str(t) for t in EventType], help="PLOVER event type"
    )
    events.add_argument("--actor", help="actor code (e.g. RUS) or name")
    events.add_argument("--since", type=_date, help="events on or after this date")
    events.add_argument("--until", type=_date, help="events on or before this date")
    events.add_argument("--limit", type=int, help="at most this many events")
    _common(events)
    events.set_defaults(func=cmd_events)

    evaluate = sub.add_parser("eval", help="score events against PLOVER gold-standard records")
    evaluate.add_argument("path", metavar="PLOVER_GSR_FILE", help="PLOVER_GSR_CAMEO.json (a JSON array)")
    evaluate.add_argument("--limit", type=int, help="only the first N records")
    evaluate.add_argument(
        "--split",
        choices=("all", "dev", "held-out"),
        default="all",
        help="score one half: dev (records at even positions) or held-out (odd positions); default all",
    )
    evaluate.add_argument(
        "--stated-intents",
        action="store_true",
        help="score unrealised acts as their statements (AGREE/THREATEN/REJECT), the gold's convention",
    )
    evaluate.add_argument("--registry", action="append", metavar="FILE", help=HELP["registry"])
    _common(evaluate)
    evaluate.set_defaults(func=cmd_eval)

    actors = sub.add_parser("actors", help="show how an actor name resolves in the registry, and why")
    actors.add_argument("name", metavar="NAME", help="a name, alias, demonym or capital (Zelenskyy, Kyiv)")
    actors.add_argument("--date", type=_date, help="resolve offices on this date (YYYY-MM-DD)")
    actors.add_argument("--registry", action="append", metavar="FILE", help=HELP["registry"])
    _common(actors)
    actors.set_defaults(func=cmd_actors)
    return parser


def main(argv: Sequence[str] | None = None, *, out: TextIO | None = None, err: TextIO | None = None) -> int:
    out = out or sys.stdout
    err = err or sys.stderr
    args = build_parser().parse_args(argv)
    func: Callable[[argparse.Namespace, TextIO, TextIO], int] = args.func
    try:
        return func(args, out, err)
    except DragomanError as exc:
        print(f"dragoman: {exc}", file=err)
        return EXIT_ERROR
    except KeyboardInterrupt:
        print("dragoman: interrupted", file=err)
        return 130
    except BrokenPipeError:
        return EXIT_OK


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
