"""Readers: inputs -> Article.

:func:`read_inputs` reads files, directories and standard input and yields one
:class:`~dragoman.schema.Article` per document, or an :class:`~dragoman.errors.InputError` naming the
input (``path``, ``path:LINE``, ``<stdin>``) and the reason, so that a batch goes on past bad input.

Inputs, by extension: ``.txt``/``.text``/``.md`` (and any unknown extension given by name) plain
text (:mod:`.text`); ``.html``/``.htm`` (:mod:`.html`); ``.jsonl``/``.ndjson``, ``.json``,
``.csv``, ``.tsv`` records (:mod:`.records`); ``-`` standard input (JSON Lines when every non-empty
line starts with ``{``, HTML when it starts with ``<!doctype html`` or ``<html``, else text); a
directory: its supported files, recursively, sorted, hidden files and directories skipped.
"""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Iterator, Sequence
from datetime import date
from pathlib import Path
from typing import BinaryIO

from ..errors import InputError
from ..schema import Article
from .decode import DecodeError, decode_bytes
from .html import read_html_article
from .language import guess_language
from .records import read_csv, read_json, read_jsonl
from .text import read_text_article

__all__ = ["SUFFIXES", "read_html_article", "read_inputs", "read_text_article"]

#: the file kind of each supported extension (a directory reads only these)
SUFFIXES: dict[str, str] = {
    ".txt": "text",
    ".text": "text",
    ".md": "text",
    ".html": "html",
    ".htm": "html",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".json": "json",
    ".csv": "csv",
    ".tsv": "tsv",
}
STDIN = "<stdin>"
#: bytes a file may hold per character of ``max_chars`` before it is refused unread
_BYTES_PER_CHAR = {"text": 4, "html": 20, "json": 20}
_HTML_START = re.compile(rb"^\s*(?:<!doctype\s+html|<html)", re.IGNORECASE)

Item = Article | InputError


def read_inputs(
    paths: Sequence[str],
    *,
    default_date: date | None = None,
    stdin: BinaryIO | None = None,
    max_chars: int = 1_000_000,
) -> Iterator[Article | InputError]:
    """Yield the articles of ``paths`` in order, an InputError in place of each bad one.

    ``default_date`` is the date of articles that give none, and the year of dates without one.
    ``stdin`` is read for ``-`` (default: ``sys.stdin.buffer``). Texts longer than ``max_chars``
    characters, and texts that do not look English, are refused with an InputError.
    """
    for path in paths:
        for item in _read_path(path, default_date=default_date, stdin=stdin, max_chars=max_chars):
            yield _check(item, max_chars=max_chars)


def _check(item: Item, *, max_chars: int) -> Item:
    if isinstance(item, InputError):
        return item
    if len(item.text) > max_chars:
        return InputError(item.origin, f"text too long ({len(item.text)} characters, limit {max_chars})")
    if item.language is None:
        return InputError(item.origin, f"not English (looks like {guess_language(item.text).looks_like})")
    return item


def _read_path(
    path: str, *, default_date: date | None, stdin: BinaryIO | None, max_chars: int
) -> Iterator[Item]:
    if path == "-":
        data = (stdin if stdin is not None else sys.stdin.buffer).read()
        yield from _read_stdin(data, default_date=default_date)
        return
    location = Path(path)
    if location.is_dir():
        files = _directory_files(location)
        if not files:
            yield InputError(path, "no supported files in directory")
        for file in files:
            kind = SUFFIXES[file.suffix.lower()]
            yield from _read_file(file, str(file), kind, default_date=default_date, max_chars=max_chars)
        return
    if not location.exists():
        yield InputError(path, "no such file")
        return
    kind = SUFFIXES.get(location.suffix.lower(), "text")
    yield from _read_file(location, path, kind, default_date=default_date, max_chars=max_chars)


def _directory_files(root: Path) -> list[Path]:
    found: list[Path] = []
    for directory, subdirectories, names in os.walk(root):
        subdirectories[:] = [d for d in subdirectories if not d.startswith(".")]
        found.extend(
            Path(directory) / n for n in names if not n.startswith(".") and Path(n).suffix.lower() in SUFFIXES
        )
    return sorted(found, key=lambda p: p.relative_to(root).parts)


def _read_file(
    path: Path, name: str, kind: str, *, default_date: date | None, max_chars: int
) -> Iterator[Item]:
    try:
        if kind == "jsonl":
            with path.open("rb") as stream:
                yield from read_jsonl(stream, name=name, default_date=default_date)
            return
        if kind in ("csv", "tsv"):
            delimiter = "\t" if kind == "tsv" else ","
            with path.open("rb") as stream:
                yield from read_csv(
                    stream, name=name, delimiter=delimiter, default_date=default_date, max_chars=max_chars
                )
            return
        size = path.stat().st_size
        if size > _BYTES_PER_CHAR[kind] * max_chars:
            yield InputError(name, f"text too long (file of {size} bytes, limit {max_chars} characters)")
            return
        data = path.read_bytes()
    except OSError as exc:
        yield InputError(name, f"cannot read ({exc.strerror or exc})")
        return
    if kind == "json":
        yield from read_json(data, name=name, default_date=default_date)
    else:
        yield _read_document(data, name, kind, default_date=default_date)


def _read_document(data: bytes, name: str, kind: str, *, default_date: date | None) -> Item:
    try:
        text = decode_bytes(data)
        if kind == "html":
            return read_html_article(text, origin=name, default_date=default_date)
        return read_text_article(text, origin=name, default_date=default_date)
    except DecodeError as exc:
        return InputError(name, exc.reason)
    except InputError as exc:
        return exc


def _read_stdin(data: bytes, *, default_date: date | None) -> Iterator[Item]:
    data = data.removeprefix(b"\xef\xbb\xbf")
    lines = [line for line in data.splitlines(keepends=True) if line.strip()]
    if lines and all(line.lstrip().startswith(b"{") for line in lines):
        yield from read_jsonl(data.splitlines(keepends=True), name=STDIN, default_date=default_date)
        return
    kind = "html" if _HTML_START.match(data[:1024]) else "text"
    yield _read_document(data, STDIN, kind, default_date=default_date)
