"""The database schema as an ordered list of named migrations.

Each :class:`Migration` is a name and its SQL statements. :func:`migrate`
applies the ones a database has not recorded, each in its own transaction,
and records it in ``schema_migrations``; re-running it is a no-op. A schema
change is a new migration appended to :data:`MIGRATIONS`, never an edit of
one already released. Only :mod:`dragoman.store` calls this module.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import duckdb

from .errors import StorageError

__all__ = ["MIGRATIONS", "Migration", "applied", "migrate", "pending"]


@dataclass(frozen=True)
class Migration:
    name: str
    statements: tuple[str, ...]


_BOOKKEEPING = """
CREATE TABLE IF NOT EXISTS schema_migrations (
    name VARCHAR PRIMARY KEY,
    applied_at TIMESTAMP NOT NULL DEFAULT current_timestamp
)
"""

# One entity per row, flattened; shared by event_actors, mentions and quotes (speaker_*).
_INITIAL = (
    """
    CREATE TABLE articles (
        id VARCHAR PRIMARY KEY,
        seq BIGINT NOT NULL,            -- ingest order, 1, 2, ...
        title VARCHAR,
        date DATE,
        url VARCHAR,
        source VARCHAR,
        authors VARCHAR[],
        language VARCHAR,
        text VARCHAR NOT NULL,
        ingested_at TIMESTAMP NOT NULL,
        document JSON NOT NULL          -- Document.to_dict() without "text" (it is in the text column)
    )
    """,
    """
    CREATE TABLE events (
        article_id VARCHAR NOT NULL,
        event_id VARCHAR NOT NULL,
        seq INTEGER NOT NULL,           -- position in the document's events
        type VARCHAR NOT NULL,
        mode VARCHAR,
        context VARCHAR[],
        cameo VARCHAR,
        quad_code INTEGER,
        intensity DOUBLE,
        modality VARCHAR,
        date DATE,
        enddate DATE,
        date_text VARCHAR,
        loc_name VARCHAR,
        loc_geonameid BIGINT,
        lat DOUBLE,
        lon DOUBLE,
        loc_country VARCHAR,
        event_text VARCHAR,
        sentence INTEGER,
        start INTEGER,
        end_ INTEGER,
        confidence DOUBLE,
        attribution VARCHAR,            -- the attribution's text ("state media")
        rule VARCHAR,
        event JSON NOT NULL,            -- Event.to_dict()
        PRIMARY KEY (article_id, seq)
    )
    """,
    """
    CREATE TABLE event_actors (
        article_id VARCHAR NOT NULL,
        event_id VARCHAR NOT NULL,
        event_seq INTEGER NOT NULL,
        role VARCHAR NOT NULL CHECK (role IN ('actor', 'recipient')),
        position INTEGER NOT NULL,
        entity_text VARCHAR,
        entity_name VARCHAR,
        code VARCHAR,
        sector VARCHAR,
        office VARCHAR,
        wikidata_id VARCHAR
    )
    """,
    """
    CREATE TABLE mentions (
        article_id VARCHAR NOT NULL,
        seq INTEGER NOT NULL,
        start INTEGER,
        end_ INTEGER,
        text VARCHAR,
        sentence INTEGER,
        entity_text VARCHAR,
        entity_name VARCHAR,
        code VARCHAR,
        sector VARCHAR,
        office VARCHAR,
        wikidata_id VARCHAR,
        rule VARCHAR,
        confidence DOUBLE
    )
    """,
    """
    CREATE TABLE places (
        article_id VARCHAR NOT NULL,
        seq INTEGER NOT NULL,
        start INTEGER,
        end_ INTEGER,
        extracted_place VARCHAR,
        resolved_place VARCHAR,
        geonameid BIGINT,
        lat DOUBLE,
        lon DOUBLE,
        country_code VARCHAR,
        feature_code VARCHAR,
        resolution INTEGER,
        sentence INTEGER,
        rule VARCHAR,
        confidence DOUBLE
    )
    """,
    """
    CREATE TABLE times (
        article_id VARCHAR NOT NULL,
        seq INTEGER NOT NULL,
        start INTEGER,
        end_ INTEGER,
        text VARCHAR,
        date DATE,
        enddate DATE,
        precision VARCHAR,
        sentence INTEGER,
        rule VARCHAR,
        confidence DOUBLE
    )
    """,
    """
    CREATE TABLE quotes (
        article_id VARCHAR NOT NULL,
        seq INTEGER NOT NULL,
        start INTEGER,
        end_ INTEGER,
        text VARCHAR,
        direct BOOLEAN,
        sentence INTEGER,
        speaker_text VARCHAR,
        speaker_name VARCHAR,
        speaker_code VARCHAR,
        speaker_sector VARCHAR,
        rule VARCHAR
    )
    """,
)

#: Every migration, in the order it is applied.
MIGRATIONS: tuple[Migration, ...] = (Migration("0001_initial", _INITIAL),)


def applied(conn: duckdb.DuckDBPyConnection) -> list[str]:
    """Names of the migrations recorded in the database ([] when it has no bookkeeping table)."""
    exists = conn.execute(
        "SELECT count(*) FROM information_schema.tables WHERE table_name = 'schema_migrations'"
    ).fetchone()
    if not exists or not exists[0]:
        return []
    rows = conn.execute("SELECT name FROM schema_migrations ORDER BY applied_at, name").fetchall()
    return [str(row[0]) for row in rows]


def pending(conn: duckdb.DuckDBPyConnection, migrations: Sequence[Migration] = MIGRATIONS) -> list[Migration]:
    """The migrations the database has not recorded, in order."""
    done = set(applied(conn))
    return [m for m in migrations if m.name not in done]


def migrate(conn: duckdb.DuckDBPyConnection, migrations: Sequence[Migration] = MIGRATIONS) -> list[str]:
    """Apply the missing migrations, one transaction each; return the names applied.

    Raises :class:`StorageError` when a migration fails (that migration is rolled
    back, the earlier ones stay) or when the database records a migration this
    version of dragoman does not know (it was written by a newer version).
    """
    names = {m.name for m in migrations}
    if len(names) != len(migrations):
        raise StorageError("duplicate migration names")
    _run(conn, [_BOOKKEEPING], "schema_migrations")
    unknown = [name for name in applied(conn) if name not in names]
    if unknown:
        raise StorageError(f"database has migrations this dragoman does not know: {', '.join(unknown)}")
    done = []
    for migration in pending(conn, migrations):
        _run(conn, migration.statements, migration.name, record=True)
        done.append(migration.name)
    return done


def _run(
    conn: duckdb.DuckDBPyConnection, statements: Sequence[str], name: str, *, record: bool = False
) -> None:
    try:
        conn.execute("BEGIN TRANSACTION")
        for sql in statements:
            conn.execute(sql)
        if record:
            conn.execute("INSERT INTO schema_migrations (name) VALUES (?)", [name])
        conn.execute("COMMIT")
    except duckdb.Error as exc:
        _rollback(conn)
        raise StorageError(f"migration {name} failed: {exc}") from exc


def _rollback(conn: Any) -> None:
    try:
        conn.execute("ROLLBACK")
    except duckdb.Error:  # no transaction left to roll back
        pass
