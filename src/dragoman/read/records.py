"""Record files -> Articles: JSON Lines, JSON, CSV and TSV.

A record has ``text`` and optionally ``id``, ``title``, ``date``, ``url``, ``source``, ``authors``
(a list, or one string with names separated by ``;``) and ``language``; other fields are ignored.
``Article.id`` is ``str(id)``, or the hash of the text when the record has none. ``Article.text``
is the record's text as stored, with newlines unified and surrounding whitespace stripped; a
dateline opening it gives ``dateline_place`` (and the date when the record has none) but is not
cut. A bad record gives one InputError naming it (``file.jsonl:7`` by line, ``file.csv:12`` by the
line its row starts on, ``file.json:3`` by item number in a JSON list) and the others still read.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Iterator, Mapping
from datetime import date
from typing import Any, BinaryIO

from ..errors import InputError
from ..schema import Article
from .dateline import match_dateline, parse_any_date
from .decode import DecodeError, decode_bytes, guess_encoding, normalise_newlines
from .text import make_article

Item = Article | InputError

_FIELDS = ("id", "text", "title", "date", "url", "source", "authors", "language")
_SNIFF_BYTES = 65536


def record_article(record: Mapping[str, Any], *, origin: str, default_date: date | None) -> Article:
    """The Article of one record; raises InputError when it has no usable text."""
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        raise InputError(origin, "missing or empty text")
    text = normalise_newlines(text).strip()
    language = _scalar(record.get("language"))
    if language is not None and not language.lower().startswith("en"):
        raise InputError(origin, f"not English (record language {language!r})")
    raw_id = record.get("id")
    raw_date = _scalar(record.get("date"))
    day = parse_any_date(raw_date, default_date=default_date) if raw_date else None
    dateline = match_dateline(text.split("\n", 1)[0], default_date=default_date)
    if day is None and dateline is not None:
        day = dateline.date
    return make_article(
        text,
        origin=origin,
        default_date=default_date,
        id=str(raw_id) if raw_id is not None and str(raw_id).strip() else None,
        title=_scalar(record.get("title")),
        day=day,
        url=_scalar(record.get("url")),
        source=_scalar(record.get("source")) or (dateline.agency if dateline is not None else None),
        authors=_authors(record.get("authors")),
        place=dateline.place if dateline is not None else None,
        agency=dateline.agency if dateline is not None else None,
    )


def _scalar(value: Any) -> str | None:
    if isinstance(value, bool) or value is None or isinstance(value, (dict, list)):
        return None
    text = str(value).strip()
    return text or None


def _authors(value: Any) -> tuple[str, ...]:
    if isinstance(value, str):
        value = value.split(";")
    if not isinstance(value, list):
        return ()
    return tuple(dict.fromkeys(a.strip() for a in value if isinstance(a, str) and a.strip()))


def _item(record: Any, *, origin: str, default_date: date | None) -> Item:
    if not isinstance(record, dict):
        return InputError(origin, f"not a JSON object ({type(record).__name__})")
    try:
        return record_article(record, origin=origin, default_date=default_date)
    except InputError as exc:
        return exc


def read_jsonl(lines: Iterable[bytes], *, name: str, default_date: date | None) -> Iterator[Item]:
    """One Article (or InputError) per non-empty line, in order."""
    empty = True
    for number, raw in enumerate(lines, start=1):
        origin = f"{name}:{number}"
        if not raw.strip():
            continue
        empty = False
        try:
            line = _decode_line(raw, first=number == 1)
            record = json.loads(line)
        except DecodeError as exc:
            yield InputError(origin, exc.reason)
            continue
        except json.JSONDecodeError as exc:
            yield InputError(origin, f"invalid JSON: {exc.msg} (column {exc.colno})")
            continue
        yield _item(record, origin=origin, default_date=default_date)
    if empty:
        yield InputError(name, "empty input")


def _decode_line(raw: bytes, *, first: bool) -> str:
    try:
        return raw.decode("utf-8-sig" if first else "utf-8")
    except UnicodeDecodeError:
        return decode_bytes(raw)


def read_json(data: bytes, *, name: str, default_date: date | None) -> Iterator[Item]:
    """A JSON file holding one record or a list of records."""
    try:
        document = json.loads(decode_bytes(data))
    except DecodeError as exc:
        yield InputError(name, exc.reason)
        return
    except json.JSONDecodeError as exc:
        yield InputError(name, f"invalid JSON: {exc.msg} (line {exc.lineno} column {exc.colno})")
        return
    if isinstance(document, dict):
        yield _item(document, origin=name, default_date=default_date)
        return
    if not isinstance(document, list):
        yield InputError(name, "JSON is neither an object nor a list of objects")
        return
    if not document:
        yield InputError(name, "no records in JSON list")
    for number, record in enumerate(document, start=1):
        yield _item(record, origin=f"{name}:{number}", default_date=default_date)


def read_csv(
    stream: BinaryIO, *, name: str, delimiter: str, default_date: date | None, max_chars: int
) -> Iterator[Item]:
    """One Article (or InputError) per row of a CSV/TSV file with a header row."""
    head = stream.read(_SNIFF_BYTES)
    if not head.strip():
        yield InputError(name, "empty input")
        return
    if b"\x00" in head:
        yield InputError(name, "binary input, not text")
        return
    text_stream = io.TextIOWrapper(
        io.BufferedReader(_Prefixed(head, stream)), encoding=guess_encoding(head), errors="strict", newline=""
    )
    # the module default (131,072 characters) is below the longest text accepted
    csv.field_size_limit(max(csv.field_size_limit(), max_chars + 1))
    reader = csv.reader(text_stream, delimiter=delimiter)
    line = 0
    try:
        header = [h.strip().lower() for h in next(reader)]
        if "text" not in header:
            yield InputError(name, "no 'text' column in the header row")
            return
        line = reader.line_num
        for row in reader:
            origin, line = f"{name}:{line + 1}", reader.line_num
            if not any(cell.strip() for cell in row):
                continue
            record = {k: v for k, v in zip(header, row, strict=False) if k in _FIELDS}
            yield _item(record, origin=origin, default_date=default_date)
    except UnicodeDecodeError as exc:
        yield InputError(f"{name}:{line + 1}", f"undecodable text ({exc.reason})")
    except csv.Error as exc:
        yield InputError(f"{name}:{line + 1}", f"invalid CSV: {exc}")


class _Prefixed(io.RawIOBase):
    """A binary stream that replays ``head`` before the rest of ``stream``."""

    def __init__(self, head: bytes, stream: BinaryIO) -> None:
        self._head = head
        self._stream = stream

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        view = memoryview(buffer)
        if self._head:
            size = min(len(view), len(self._head))
            view[:size] = self._head[:size]
            self._head = self._head[size:]
            return size
        data = self._stream.read(len(view))
        view[: len(data)] = data
        return len(data)
