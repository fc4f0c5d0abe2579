"""The DuckDB store, on real database files in tmp_path; documents are built by hand."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from datetime import date
from pathlib import Path
from typing import Any

import duckdb
import pytest

from dragoman.errors import ConfigError, StorageError
from dragoman.migrations import MIGRATIONS, Migration, applied, migrate
from dragoman.schema import (
    Article,
    Attribution,
    Document,
    Entity,
    Event,
    EventType,
    Mention,
    Modality,
    Place,
    Precision,
    Quote,
    TextInfo,
    TimeExpr,
)
from dragoman.store import Store

GHA = Entity("Ghana", "Ghana", "GHA", "GOV", rule="registry:country")
TGO = Entity("Togolese police", "Togo", "TGO", "COP", office=None, rule="demonym")
UN = Entity("the UN agency", "United Nations", "UNO", None, wikidata_id="Q1065")
LOME = Place(30, 34, "Lome", "Lomé", 2365267, 6.13748, 1.21227, "TGO", "PPLC", 4, rule="gazetteer")


def event(
    eid: str,
    kind: EventType,
    *,
    actor: tuple[Entity, ...] = (),
    recipient: tuple[Entity, ...] = (),
    when: date | None = None,
    loc: Place | None = None,
) -> Event:
    return Event(
        id=eid,
        event=kind,
        mode=None,
        context=("diplomatic",),
        cameo="040",
        quad_code=1,
        intensity=1.0,
        actor=actor,
        recipient=recipient,
        modality=Modality.ASSERTED,
        attribution=Attribution("officials said"),
        date=when,
        enddate=when,
        date_text="on Monday" if when else None,
        event_loc=loc,
        event_text="met",
        text_info=TextInfo(0, 0, 20),
        confidence=0.75,
        trigger_start=5,
        trigger_end=8,
        rule="test",
    )


TEXT = "Ghana hosted talks with Togo in Lome."


def document(article_id: str, *events: Event, text: str = TEXT) -> Document:
    return Document(
        article=Article(
            id=article_id,
            text=text,
            title=f"Story {article_id}",
            date=date(2024, 6, 5),
            url=f"https://news.example/{article_id}",
            source="Example",
            authors=("Reporter",),
        ),
        events=events,
        mentions=(Mention(0, 5, "Ghana", GHA, 0, "registry", 0.95),),
        places=(LOME,),
        times=(
            TimeExpr(10, 19, "on Monday", date(2024, 6, 3), date(2024, 6, 3), Precision.DAY, 0, "wd", 0.7),
        ),
        quotes=(Quote(0, 12, "talks went well", TGO, True, 0, "said-after"),),
        warnings=("test warning",),
    )


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "dragoman.duckdb"


@pytest.fixture
def store(db: Path) -> Iterator[Store]:
    with Store(db) as s:
        yield s


def test_new_file_is_created_and_migrated(db: Path) -> None:
    with Store(db) as s:
        counts = s.counts()
    assert db.is_file()
    assert counts["schema_migrations"] == len(MIGRATIONS)
    assert all(
        counts[t] == 0
        for t in ("articles", "events", "event_actors", "mentions", "places", "times", "quotes")
    )


def test_ingest_is_idempotent_by_article_id(store: Store) -> None:
    doc = document("a1", event("e1", EventType.CONSULT, actor=(GHA,), recipient=(TGO,)))
    assert store.ingest(doc) is True
    before = store.counts()
    assert store.ingest(doc) is False
    changed = document("a1", text="A different text under the same id.")
    assert store.ingest(changed) is False
    assert store.counts() == before
    assert store.document("a1") == doc
    assert store.has_article("a1") and not store.has_article("a2")


def test_flattened_rows(store: Store) -> None:
    store.ingest(
        document(
            "a1",
            event(
                "e1", EventType.CONSULT, actor=(GHA, UN), recipient=(TGO,), when=date(2024, 6, 3), loc=LOME
            ),
        )
    )
    assert store.counts() | {"schema_migrations": 0} == {
        "articles": 1,
        "events": 1,
        "event_actors": 3,
        "mentions": 1,
        "places": 1,
        "times": 1,
        "quotes": 1,
        "schema_migrations": 0,
    }
    conn = store.conn
    row = conn.execute(
        "SELECT type, date, loc_name, loc_geonameid, loc_country, attribution, start, end_ FROM events"
    ).fetchone()
    assert row == ("CONSULT", date(2024, 6, 3), "Lomé", 2365267, "TGO", "officials said", 0, 20)
    roles = conn.execute(
        "SELECT role, position, entity_name, code, wikidata_id FROM event_actors ORDER BY role, position"
    ).fetchall()
    assert roles == [
        ("actor", 0, "Ghana", "GHA", None),
        ("actor", 1, "United Nations", "UNO", "Q1065"),
        ("recipient", 0, "Togo", "TGO", None),
    ]
    assert conn.execute("SELECT speaker_name, speaker_sector, direct FROM quotes").fetchone() == (
        "Togo",
        "COP",
        True,
    )
    assert conn.execute("SELECT precision, confidence FROM times").fetchone() == ("day", 0.7)
    assert conn.execute("SELECT authors, date, title FROM articles").fetchone() == (
        ["Reporter"],
        date(2024, 6, 5),
        "Story a1",
    )


def test_documents_round_trip_in_ingest_order(db: Path) -> None:
    docs = [
        document(f"id-{n}", event("e1", EventType.AID, actor=(UN,), when=date(2024, 1, n + 1)))
        for n in (3, 1, 2)
    ]
    with Store(db) as s:
        assert s.ingest_many(docs) == (3, 0)
        assert s.ingest_many(docs[:2]) == (0, 2)
    with Store(db) as s:  # reopened: persisted, not migrated twice
        stored = list(s.documents())
        assert s.counts()["schema_migrations"] == len(MIGRATIONS)
    assert [d.article.id for d in stored] == ["id-3", "id-1", "id-2"]
    assert [d.to_dict() for d in stored] == [d.to_dict() for d in docs]
    assert stored[0].warnings == ("test warning",)


def test_events_filters_and_order(store: Store) -> None:
    store.ingest(
        document(
            "b",
            event("e1", EventType.ASSAULT, actor=(TGO,), recipient=(GHA,), when=date(2024, 6, 1)),
            event("e2", EventType.CONSULT, actor=(GHA,), when=date(2024, 6, 4)),
        )
    )
    store.ingest(
        document(
            "a",
            event("e1", EventType.CONSULT, actor=(UN, GHA), when=None),
            event("e2", EventType.AID, actor=(UN,), recipient=(TGO,), when=date(2024, 5, 20)),
        )
    )
    every = store.events()
    assert [(e["article_id"], e["id"]) for e in every] == [("b", "e1"), ("b", "e2"), ("a", "e1"), ("a", "e2")]
    assert every[0] == {"article_id": "b", **store.document("b").events[0].to_dict()}  # type: ignore[union-attr]
    assert [(e["article_id"], e["id"]) for e in store.events(type="consult")] == [("b", "e2"), ("a", "e1")]
    # actor matches code or canonical name of the actor role only, in any case
    assert [(e["article_id"], e["id"]) for e in store.events(actor="gha")] == [("b", "e2"), ("a", "e1")]
    assert [(e["article_id"], e["id"]) for e in store.events(actor="united nations")] == [
        ("a", "e1"),
        ("a", "e2"),
    ]
    assert [e["id"] for e in store.events(actor="TGO")] == ["e1"]
    # dates: inclusive bounds, undated events excluded once a bound is set
    assert [(e["article_id"], e["id"]) for e in store.events(since=date(2024, 6, 1))] == [
        ("b", "e1"),
        ("b", "e2"),
    ]
    assert [(e["article_id"], e["id"]) for e in store.events(until=date(2024, 6, 1))] == [
        ("b", "e1"),
        ("a", "e2"),
    ]
    assert store.events(since=date(2024, 6, 2), until=date(2024, 6, 3)) == []
    assert [e["id"] for e in store.events(type="CONSULT", actor="GHA", since=date(2024, 6, 1))] == ["e2"]
    first = [("b", "e1"), ("b", "e2"), ("a", "e1")]
    assert [(e["article_id"], e["id"]) for e in store.events(limit=3)] == first
    assert store.events(limit=0) == []


def test_article_texts(store: Store) -> None:
    store.ingest(document("a", text="First text."))
    store.ingest(document("b", text="Second text."))
    assert store.article_texts() == {"a": "First text.", "b": "Second text."}
    assert store.article_texts(["b", "missing"]) == {"b": "Second text."}
    assert store.article_texts([]) == {}


def test_events_rejects_bad_options(store: Store) -> None:
    with pytest.raises(ConfigError, match="unknown event type 'EXPLODE'"):
        store.events(type="EXPLODE")
    with pytest.raises(ConfigError, match="limit"):
        store.events(limit=-1)


def test_failed_document_rolls_back_alone(store: Store) -> None:
    store.ingest(document("good", event("e1", EventType.AID, actor=(UN,))))
    before = store.counts()
    huge = Place(0, 4, "Nowhere", None, 2**70, None, None, None, None, None)  # overflows BIGINT
    bad = Document(
        article=Article(id="bad", text="text"), events=(event("e1", EventType.AID),), places=(huge,)
    )
    with pytest.raises(StorageError, match=r"dragoman\.duckdb: cannot store article 'bad'"):
        store.ingest(bad)
    assert store.counts() == before
    assert not store.has_article("bad")
    assert store.ingest(document("after")) is True  # the connection is usable afterwards


def test_malformed_record_is_a_storage_error(store: Store) -> None:
    odd: Any = {"not", "a", "string"}
    bad = Document(
        article=Article(id="odd", text="x"), mentions=(Mention(0, 1, "x", Entity(odd, "X", None, None)),)
    )
    with pytest.raises(StorageError, match="cannot store article 'odd'"):
        store.ingest(bad)
    assert store.ingest_many([document("ok-1"), bad, document("ok-2")], on_error=lambda d, e: None) == (2, 0)
    assert not store.has_article("odd")


def test_missing_directory(tmp_path: Path) -> None:
    with pytest.raises(StorageError, match="cannot open .*nowhere"):
        Store(tmp_path / "nowhere" / "x.duckdb")


def test_ingest_many_errors(store: Store) -> None:
    bad = Document(
        article=Article(id="bad", text="x"),
        places=(Place(0, 1, "X", None, 2**70, None, None, None, None, None),),
    )
    seen: list[str] = []
    added = store.ingest_many(
        [document("1"), bad, document("2"), document("1")],
        on_error=lambda doc, exc: seen.append(f"{doc.article.id}: {exc}"),
    )
    assert added == (2, 1)
    assert len(seen) == 1 and seen[0].startswith("bad: ")
    with pytest.raises(StorageError):
        store.ingest_many([document("3"), bad, document("4")])
    assert store.has_article("3") and not store.has_article("4")


@pytest.mark.parametrize("batch_size", [1, 2, 3])
def test_ingest_many_batches_keep_per_document_outcome(store: Store, batch_size: int) -> None:
    bad = Document(
        article=Article(id="bad", text="x"),
        places=(Place(0, 1, "X", None, 2**70, None, None, None, None, None),),
    )
    docs = [document("p"), document("q"), bad, document("r"), document("p"), document("s")]
    failed: list[str] = []
    result = store.ingest_many(docs, batch_size=batch_size, on_error=lambda d, e: failed.append(d.article.id))
    assert result == (4, 1)
    assert failed == ["bad"]
    assert [d.article.id for d in store.documents()] == ["p", "q", "r", "s"]
    assert store.counts()["quotes"] == 4
    with pytest.raises(ConfigError, match="batch_size"):
        store.ingest_many(docs, batch_size=0)


def test_migrate_again_is_a_no_op_and_new_migrations_apply_once(db: Path) -> None:
    Store(db).close()
    conn = duckdb.connect(str(db))
    try:
        assert migrate(conn) == []
        extra = (*MIGRATIONS, Migration("0099_test_index", ("CREATE INDEX events_type ON events (type)",)))
        assert migrate(conn, extra) == ["0099_test_index"]
        assert migrate(conn, extra) == []
        assert applied(conn) == [m.name for m in extra]
        with pytest.raises(StorageError, match="does not know: 0099_test_index"):
            migrate(conn)
    finally:
        conn.close()


def test_failed_migration_is_rolled_back_and_not_recorded(db: Path) -> None:
    Store(db).close()
    conn = duckdb.connect(str(db))
    try:
        broken = Migration("0002_broken", ("CREATE TABLE half (x INTEGER)", "SELECT * FROM no_such_table"))
        with pytest.raises(StorageError, match="migration 0002_broken failed"):
            migrate(conn, (*MIGRATIONS, broken))
        assert applied(conn) == [MIGRATIONS[0].name]
        tables = {r[0] for r in conn.execute("SELECT table_name FROM information_schema.tables").fetchall()}
        assert "half" not in tables
    finally:
        conn.close()


def test_read_only(db: Path) -> None:
    with pytest.raises(StorageError, match="cannot open .*dragoman.duckdb: no such database file"):
        Store(db, read_only=True)
    with Store(db) as s:
        s.ingest(document("a", event("e1", EventType.AID)))
    with Store(db, read_only=True) as s:
        assert s.has_article("a") and len(s.events()) == 1
        with pytest.raises(StorageError, match="read-only"):
            s.ingest(document("b"))
    with Store(db) as s:
        assert not s.has_article("b")


def test_read_only_refuses_unknown_or_unrecorded_schemas(db: Path) -> None:
    Store(db).close()
    conn = duckdb.connect(str(db))
    conn.execute("INSERT INTO schema_migrations (name) VALUES ('0999_from_the_future')")
    conn.close()
    with pytest.raises(StorageError, match="does not know: 0999_from_the_future"):
        Store(db, read_only=True)
    with pytest.raises(StorageError, match="does not know: 0999_from_the_future"):
        Store(db)
    conn = duckdb.connect(str(db))
    conn.execute("DELETE FROM schema_migrations")
    conn.close()
    with pytest.raises(StorageError, match="not a dragoman database"):
        Store(db, read_only=True)


def test_read_only_refuses_other_duckdb_files(tmp_path: Path) -> None:
    other = tmp_path / "other.duckdb"
    conn = duckdb.connect(str(other))
    conn.execute("CREATE TABLE t (x INTEGER)")
    conn.close()
    with pytest.raises(StorageError, match="cannot open .*other.duckdb: not a dragoman database"):
        Store(other, read_only=True)


def test_not_a_duckdb_file(tmp_path: Path) -> None:
    path = tmp_path / "notes.duckdb"
    path.write_text("these are notes, not a database\n")
    with pytest.raises(StorageError, match="cannot open .*notes.duckdb: .*not a valid DuckDB database"):
        Store(path)
    assert path.read_text() == "these are notes, not a database\n"


HOLD_LOCK = (
    "import duckdb, sys; c = duckdb.connect(sys.argv[1]); print('ready', flush=True); sys.stdin.read()"
)


def test_locked_by_another_process(db: Path) -> None:
    Store(db).close()
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            HOLD_LOCK,
            str(db),
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "ready"
        with pytest.raises(StorageError, match="cannot open .*dragoman.duckdb: .*lock"):
            Store(db)
    finally:
        assert holder.stdin is not None
        holder.stdin.close()
        holder.wait(timeout=30)
        if holder.stdout is not None:
            holder.stdout.close()


def test_threads_read_while_one_writes(store: Store) -> None:
    def read(n: int) -> int:
        seen = 0
        for _ in range(20):
            seen = max(seen, len(store.events(actor="GHA")))
            store.has_article(f"t{n}")
        return seen

    with ThreadPoolExecutor(max_workers=4) as pool:
        readers = [pool.submit(read, n) for n in range(3)]
        docs = [document(f"t{n}", event("e1", EventType.AID, actor=(GHA,))) for n in range(20)]
        writer = pool.submit(lambda: [store.ingest(doc) for doc in docs])
        assert writer.result() == [True] * 20
        assert all(0 <= r.result() <= 20 for r in readers)
    assert len(store.events(actor="GHA")) == 20


def test_closed_store(db: Path) -> None:
    s = Store(db)
    s.close()
    s.close()  # idempotent
    with pytest.raises(StorageError, match="closed"):
        s.events()
    with pytest.raises(StorageError, match="closed"):
        s.ingest(document("a"))
