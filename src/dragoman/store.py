"""The embedded store: coded documents in one DuckDB file.

This module owns the database: its schema (through :mod:`dragoman.migrations`),
the single writer, and the queries. A :class:`Store` opened for writing runs
the pending migrations; one opened ``read_only`` never changes the file (the
API server's choice while a batch job writes) and refuses a file that is not
an up-to-date dragoman database.

Ingest is idempotent: the article id (``Document.article.id``, the input's id
or a hash of the text) is the identity, and storing an article already stored
changes nothing. :meth:`Store.ingest` writes one document per transaction;
:meth:`Store.ingest_many` writes batches and, when a batch fails, writes it again
one document per transaction: either way a failed document is rolled back alone
and nothing stored before it is lost.

One :class:`Store` is the single writer (its writes are serialised by a lock);
reads run on cursors of their own, so threads of one process (an API server) can
share a store. DuckDB lets one process write a file at a time: another process
gets a :class:`~dragoman.errors.StorageError` naming the file and the lock.

The full document is kept as JSON (``articles.document``, without the text,
which has its own column), and flattened into one table per record type for
queries: ``events``, ``event_actors``, ``mentions``, ``places``, ``times`` and
``quotes``; ``end`` is a reserved word in SQL, so offsets are ``start``/``end_``.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from datetime import date, datetime, timezone
from pathlib import Path
from types import TracebackType
from typing import Any, TypeVar

import duckdb

from .errors import ConfigError, DragomanError, StorageError
from .migrations import MIGRATIONS, applied, migrate, pending
from .schema import Document, Entity, Event, EventType, Mention, Place, Quote, TimeExpr
from .serialize import document_from_dict

__all__ = ["Store"]

#: the tables counted by :meth:`Store.counts`, in schema order
TABLES: tuple[str, ...] = (
    "articles",
    "events",
    "event_actors",
    "mentions",
    "places",
    "times",
    "quotes",
    "schema_migrations",
)

_FETCH = 256  # rows per batch when streaming documents

T = TypeVar("T")


class Store:
    """A DuckDB database of coded documents; use as a context manager."""

    def __init__(self, path: str | Path, *, read_only: bool = False) -> None:
        self.path = Path(path)
        self.read_only = read_only
        if read_only and not self.path.is_file():
            raise StorageError(f"cannot open {self.path}: no such database file")
        try:
            conn = duckdb.connect(str(self.path), read_only=read_only)
        except duckdb.Error as exc:
            raise StorageError(f"cannot open {self.path}: {_first_line(exc)}") from exc
        self._conn: duckdb.DuckDBPyConnection | None = conn
        self._write_lock = threading.Lock()  # the single writer: one transaction at a time
        try:
            if read_only:
                self._check_schema(conn)
            else:
                migrate(conn)
            self._types = _column_types(conn)
        except (DragomanError, duckdb.Error) as exc:
            self.close()
            raise StorageError(f"cannot open {self.path}: {_first_line(exc)}") from exc

    def _check_schema(self, conn: duckdb.DuckDBPyConnection) -> None:
        if not applied(conn):
            raise StorageError("not a dragoman database (no schema_migrations table)")
        unknown = sorted(set(applied(conn)) - {m.name for m in MIGRATIONS})
        if unknown:
            raise StorageError(f"database has migrations this dragoman does not know: {', '.join(unknown)}")
        missing = pending(conn)
        if missing:
            names = ", ".join(m.name for m in missing)
            raise StorageError(f"database needs migrations {names}: open it once for writing")

    # -- lifecycle ------------------------------------------------------------------------------

    def close(self) -> None:
        """Close the connection (idempotent); DuckDB checkpoints the file."""
        conn, self._conn = self._conn, None
        if conn is not None:
            try:
                conn.close()
            except duckdb.Error as exc:
                raise StorageError(f"cannot close {self.path}: {_first_line(exc)}") from exc

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    @property
    def conn(self) -> duckdb.DuckDBPyConnection:
        if self._conn is None:
            raise StorageError(f"{self.path}: the store is closed")
        return self._conn

    # -- writing --------------------------------------------------------------------------------

    def ingest(self, doc: Document) -> bool:
        """Store one document; False (and no change at all) when its article id is already stored."""
        return self._write([doc]) == 1

    def ingest_many(
        self,
        docs: Iterable[Document],
        *,
        on_error: Callable[[Document, StorageError], None] | None = None,
        batch_size: int = 64,
    ) -> tuple[int, int]:
        """Store documents; return ``(added, skipped)``, skipped being those already stored.

        Documents are written ``batch_size`` to a transaction (one statement per
        table per batch is what makes bulk ingest fast); when a batch fails it is
        rolled back and written again one document per transaction, so the failing
        document is rolled back alone and every other one is stored, exactly as
        with one transaction per document. Without ``on_error`` the failure's
        :class:`StorageError` propagates (the documents before it stay stored);
        with it, ``on_error(doc, error)`` is called and the batch goes on.
        """
        if batch_size < 1:
            raise ConfigError(f"batch_size must be 1 or more, not {batch_size}")
        added = total = 0
        for batch in _batches(docs, batch_size):
            try:
                added += self._write(batch)
                total += len(batch)
                continue
            except StorageError as exc:
                if len(batch) == 1:
                    if on_error is None:
                        raise
                    on_error(batch[0], exc)
                    continue
            for doc in batch:  # retry alone: only the failing document is lost
                try:
                    added += self._write([doc])
                    total += 1
                except StorageError as exc:
                    if on_error is None:
                        raise
                    on_error(doc, exc)
        return added, total - added

    def _write(self, docs: Sequence[Document]) -> int:
        """Insert the new documents among ``docs`` in one transaction; return how many."""
        names = ", ".join(repr(doc.article.id) for doc in docs[:3]) + (", ..." if len(docs) > 3 else "")
        if self.read_only:
            raise StorageError(f"{self.path}: opened read-only, cannot store article {names}")
        conn = self.conn
        with self._write_lock:
            return self._write_locked(conn, docs, names)

    def _write_locked(self, conn: duckdb.DuckDBPyConnection, docs: Sequence[Document], names: str) -> int:
        try:
            conn.execute("BEGIN TRANSACTION")
            new = _new_documents(conn, docs)
            if new:
                _insert(conn, new, self._types)
            conn.execute("COMMIT")
        except (duckdb.Error, TypeError, ValueError) as exc:  # a database error or a malformed record
            _rollback(conn)
            raise StorageError(f"{self.path}: cannot store article {names}: {_first_line(exc)}") from exc
        except BaseException:
            _rollback(conn)
            raise
        return len(new)

    # -- reading --------------------------------------------------------------------------------

    def has_article(self, article_id: str) -> bool:
        return self._read(lambda conn: _exists(conn, article_id))

    def events(
        self,
        *,
        type: str | None = None,
        actor: str | None = None,
        since: date | None = None,
        until: date | None = None,
        limit: int | None = None,
    ) -> list[dict[str, Any]]:
        """Stored events as ``Event.to_dict()`` objects plus ``"article_id"``.

        ``type`` is a PLOVER type (any case); ``actor`` matches the code or the
        canonical name (any case) of an entity in the event's ``actor`` role;
        ``since``/``until`` bound the event's start ``date`` (inclusive), and
        events without a date are left out when either is set. Ordered by
        article ingest order, then by the event's order in its document.
        """
        where, params = _event_filters(type=type, actor=actor, since=since, until=until)
        sql = (
            "SELECT e.article_id, e.event FROM events e JOIN articles a ON a.id = e.article_id"
            + (" WHERE " + " AND ".join(where) if where else "")
            + " ORDER BY a.seq, e.seq"
        )
        if limit is not None:
            if limit < 0:
                raise ConfigError(f"limit must be 0 or more, not {limit}")
            sql += " LIMIT ?"
            params.append(limit)
        rows = self._read(lambda conn: conn.execute(sql, params).fetchall())
        return [{"article_id": article_id, **json.loads(event)} for article_id, event in rows]

    def document(self, article_id: str) -> Document | None:
        """The stored document of one article, or None."""
        row = self._read(
            lambda conn: conn.execute(
                "SELECT text, document FROM articles WHERE id = ?", [article_id]
            ).fetchone()
        )
        return None if row is None else self._document(article_id, row[0], row[1])

    def article_texts(self, ids: Iterable[str] | None = None) -> dict[str, str]:
        """Article id -> text, for the given ids (those stored) or, without ids, for every article."""
        if ids is None:
            sql, params = "SELECT id, text FROM articles", []
        else:
            sql, params = "SELECT id, text FROM articles WHERE list_contains(?, id)", [list(ids)]
        rows = self._read(lambda conn: conn.execute(sql, params).fetchall())
        return {str(article_id): str(text) for article_id, text in rows}

    def documents(self) -> Iterator[Document]:
        """Every stored document, in ingest order, streamed in batches."""
        try:
            cursor = self.conn.cursor()
        except duckdb.Error as exc:
            raise StorageError(f"{self.path}: cannot read documents: {_first_line(exc)}") from exc
        try:
            cursor.execute("SELECT id, text, document FROM articles ORDER BY seq")
            while True:
                rows = cursor.fetchmany(_FETCH)
                if not rows:
                    return
                for article_id, text, document in rows:
                    yield self._document(article_id, text, document)
        except duckdb.Error as exc:
            raise StorageError(f"{self.path}: cannot read documents: {_first_line(exc)}") from exc
        finally:
            cursor.close()

    def counts(self) -> dict[str, int]:
        """Rows per table."""
        sql = " UNION ALL ".join(f"SELECT '{t}', count(*) FROM {t}" for t in TABLES)
        rows = self._read(lambda conn: conn.execute(sql).fetchall())
        return {name: int(n) for name, n in rows}

    def _document(self, article_id: str, text: str, document: str) -> Document:
        try:
            return document_from_dict(json.loads(document) | {"text": text}, source=f"{self.path}")
        except (DragomanError, ValueError) as exc:
            raise StorageError(f"{self.path}: stored article {article_id!r} is unreadable: {exc}") from exc

    def _read(self, query: Callable[[duckdb.DuckDBPyConnection], T]) -> T:
        """Run a query on a cursor of its own, so that threads may read at the same time."""
        try:
            with self.conn.cursor() as cursor:
                return query(cursor)
        except duckdb.Error as exc:
            raise StorageError(f"{self.path}: query failed: {_first_line(exc)}") from exc


def _event_filters(
    *, type: str | None, actor: str | None, since: date | None, until: date | None
) -> tuple[list[str], list[Any]]:
    where: list[str] = []
    params: list[Any] = []
    if type is not None:
        try:
            params.append(str(EventType(type.upper())))
        except ValueError as exc:
            known = ", ".join(t.value for t in EventType)
            raise ConfigError(f"unknown event type {type!r} (one of {known})") from exc
        where.append("e.type = ?")
    if actor is not None:
        where.append(
            "EXISTS (SELECT 1 FROM event_actors x WHERE x.article_id = e.article_id"
            " AND x.event_seq = e.seq AND x.role = 'actor'"
            " AND (upper(x.code) = upper(?) OR lower(x.entity_name) = lower(?)))"
        )
        params += [actor, actor]
    if since is not None:
        where.append("e.date >= ?")
        params.append(since)
    if until is not None:
        where.append("e.date <= ?")
        params.append(until)
    return where, params


# -- rows -----------------------------------------------------------------------------------------


def _batches(docs: Iterable[Document], size: int) -> Iterator[list[Document]]:
    batch: list[Document] = []
    for doc in docs:
        batch.append(doc)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


def _exists(conn: duckdb.DuckDBPyConnection, article_id: str) -> bool:
    return conn.execute("SELECT 1 FROM articles WHERE id = ?", [article_id]).fetchone() is not None


def _new_documents(conn: duckdb.DuckDBPyConnection, docs: Sequence[Document]) -> list[Document]:
    """The documents whose article id is neither stored nor earlier in ``docs``."""
    ids = [doc.article.id for doc in docs]
    rows = conn.execute("SELECT id FROM articles WHERE list_contains(?, id)", [ids]).fetchall()
    stored = {r[0] for r in rows}
    new = []
    for doc in docs:
        if doc.article.id not in stored:
            stored.add(doc.article.id)
            new.append(doc)
    return new


def _insert(conn: duckdb.DuckDBPyConnection, docs: Sequence[Document], types: dict[str, list[str]]) -> None:
    """Insert documents known to be new: one statement per table, the rows passed column-wise.

    DuckDB's ``executemany`` costs about a millisecond a row and a multi-row
    ``VALUES`` statement grows slow with its parameters; a list per column,
    unnested in SQL, is converted in one go.
    """
    row = conn.execute("SELECT coalesce(max(seq), 0) FROM articles").fetchone()
    first = int(row[0]) + 1 if row else 1
    tables: dict[str, list[tuple[Any, ...]]] = {
        "articles": [],
        "events": [],
        "event_actors": [],
        "mentions": [],
        "places": [],
        "times": [],
        "quotes": [],
    }
    for seq, doc in enumerate(docs, start=first):
        aid = doc.article.id
        tables["articles"].append(_article_row(doc, seq))
        tables["events"] += [_event_row(aid, n, e) for n, e in enumerate(doc.events)]
        tables["event_actors"] += [r for n, e in enumerate(doc.events) for r in _actor_rows(aid, n, e)]
        tables["mentions"] += [_mention_row(aid, n, m) for n, m in enumerate(doc.mentions)]
        tables["places"] += [_place_row(aid, n, p) for n, p in enumerate(doc.places)]
        tables["times"] += [_time_row(aid, n, t) for n, t in enumerate(doc.times)]
        tables["quotes"] += [_quote_row(aid, n, q) for n, q in enumerate(doc.quotes)]
    for table, rows in tables.items():
        if rows:
            columns = [list(column) for column in zip(*rows, strict=True)]
            conn.execute(_insert_sql(table, types[table]), columns)


def _insert_sql(table: str, types: Sequence[str]) -> str:
    """Rows go in column-wise, one list parameter per column: ``unnest($n::TYPE[])``."""
    unnest = ", ".join(f"unnest(${n}::{t}[])" for n, t in enumerate(types, start=1))
    return f"INSERT INTO {table} SELECT {unnest}"


def _column_types(conn: duckdb.DuckDBPyConnection) -> dict[str, list[str]]:
    """Each table's column types, in column order (the order the row builders follow)."""
    rows = conn.execute(
        "SELECT table_name, data_type FROM information_schema.columns"
        " WHERE table_schema = 'main' ORDER BY table_name, ordinal_position"
    ).fetchall()
    types: dict[str, list[str]] = {}
    for table, data_type in rows:
        types.setdefault(str(table), []).append(str(data_type))
    return types


def _article_row(doc: Document, seq: int) -> tuple[Any, ...]:
    a = doc.article
    document = doc.to_dict()
    del document["text"]
    if doc.warnings:
        document["warnings"] = list(doc.warnings)
    now = datetime.now(timezone.utc).replace(tzinfo=None)
    return (a.id, seq, a.title, a.date, a.url, a.source, list(a.authors), a.language) + (
        a.text,
        now,
        json.dumps(document, ensure_ascii=False),
    )


def _entity_cols(e: Entity | None) -> tuple[Any, ...]:
    if e is None:
        return (None, None, None, None, None, None)
    return (e.entity_text, e.entity_name, e.code, e.sector, e.office, e.wikidata_id)


def _loc_cols(loc: Place | None) -> tuple[Any, ...]:
    if loc is None:
        return (None, None, None, None, None)
    return (loc.resolved_place or loc.extracted_place, loc.geonameid, loc.lat, loc.lon, loc.country_code)


def _event_row(article_id: str, seq: int, e: Event) -> tuple[Any, ...]:
    info, attribution = e.text_info, e.attribution.text if e.attribution else None
    return (
        (article_id, e.id, seq, str(e.event), e.mode, list(e.context), e.cameo, e.quad_code, e.intensity)
        + (str(e.modality), e.date, e.enddate, e.date_text, *_loc_cols(e.event_loc), e.event_text)
        + (info.sentence, info.start, info.end, e.confidence, attribution, e.rule)
        + (json.dumps(e.to_dict(), ensure_ascii=False),)
    )


def _actor_rows(article_id: str, seq: int, e: Event) -> list[tuple[Any, ...]]:
    rows = [(article_id, e.id, seq, "actor", n, *_entity_cols(a)) for n, a in enumerate(e.actor)]
    rows += [(article_id, e.id, seq, "recipient", n, *_entity_cols(r)) for n, r in enumerate(e.recipient)]
    return rows


def _mention_row(article_id: str, seq: int, m: Mention) -> tuple[Any, ...]:
    ent = _entity_cols(m.entity)
    return (article_id, seq, m.start, m.end, m.text, m.sentence, *ent, m.rule, m.confidence)


def _place_row(article_id: str, seq: int, p: Place) -> tuple[Any, ...]:
    return (article_id, seq, p.start, p.end, p.extracted_place, p.resolved_place, p.geonameid, p.lat) + (
        p.lon,
        p.country_code,
        p.feature_code,
        p.resolution,
        p.sentence,
        p.rule,
        p.confidence,
    )


def _time_row(article_id: str, seq: int, t: TimeExpr) -> tuple[Any, ...]:
    precision = str(t.precision)
    return (
        article_id,
        seq,
        t.start,
        t.end,
        t.text,
        t.date,
        t.enddate,
        precision,
        t.sentence,
        t.rule,
        t.confidence,
    )


def _quote_row(article_id: str, seq: int, q: Quote) -> tuple[Any, ...]:
    speaker = _entity_cols(q.speaker)[:4]
    return (article_id, seq, q.start, q.end, q.text, q.direct, q.sentence, *speaker, q.rule)


def _rollback(conn: duckdb.DuckDBPyConnection) -> None:
    try:
        conn.execute("ROLLBACK")
    except duckdb.Error:  # the failure already ended the transaction
        pass


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__
