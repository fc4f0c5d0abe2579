"""The `dragoman` command end to end, on the real model, files and DuckDB."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest

from dragoman.cli import build_parser, main

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples" / "articles"
SCHEMA = json.loads((ROOT / "src" / "dragoman" / "data" / "schema" / "document.schema.json").read_text())

pytestmark = pytest.mark.model


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    status = main(list(argv), out=out, err=err)
    return status, out.getvalue(), err.getvalue()


@pytest.fixture(scope="module")
def demo_docs() -> list[dict]:
    status, out, err = run("code", str(EXAMPLES), "--format", "jsonl")
    assert status == 0, err
    return [json.loads(line) for line in out.splitlines()]


def test_code_prints_one_valid_document_per_example(demo_docs: list[dict]) -> None:
    assert len(demo_docs) == len(list(EXAMPLES.glob("*.txt")))
    validator = jsonschema.Draft202012Validator(SCHEMA)
    for doc in demo_docs:
        errors = list(validator.iter_errors(doc))
        assert not errors, errors[0].message


def test_demo_articles_yield_events_with_evidence(demo_docs: list[dict]) -> None:
    events = [(doc, e) for doc in demo_docs for e in doc["events"]]
    assert len(events) >= 20
    for doc, event in events:
        info = event["text_info"]
        sentence = doc["text"][info["start"] : info["end"]]
        trigger = doc["text"][event["trigger"]["start"] : event["trigger"]["end"]]
        assert trigger and trigger in sentence


def test_demo_articles_are_dated_from_their_datelines(demo_docs: list[dict]) -> None:
    assert all(doc["article"]["date"] for doc in demo_docs)


def test_code_json_is_one_array(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text("March 12, 2024\n\nPeru rejected a Chilean proposal on Monday.\n", encoding="utf-8")
    status, out, _ = run("code", str(article), "--format", "json")
    docs = json.loads(out)
    assert status == 0 and len(docs) == 1
    assert docs[0]["article"]["date"] == "2024-03-12"


def test_code_date_option_fills_missing_dates(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text("Kenyan police arrested forty protesters in Nairobi on Tuesday.\n", encoding="utf-8")
    status, out, _ = run("code", str(article), "--date", "2024-06-27")
    doc = json.loads(out)
    assert status == 0 and doc["article"]["date"] == "2024-06-27"
    assert any(e["date"] == "2024-06-25" for e in doc["events"])


def test_code_table_format(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text("March 12, 2024\n\nPeru rejected a Chilean proposal on Monday.\n", encoding="utf-8")
    status, out, _ = run("code", str(article), "--format", "table")
    assert status == 0 and "REJECT" in out and "EVIDENCE" in out


def test_bad_inputs_are_reported_and_the_batch_goes_on(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text(
        "May 3, 2024\n\nUgandan police arrested an opposition leader in Kampala.\n", encoding="utf-8"
    )
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02\xff" * 50)
    status, out, err = run(
        "code",
        str(tmp_path / "empty.txt"),
        str(tmp_path / "missing.txt"),
        str(tmp_path / "binary.txt"),
        str(good),
    )
    assert status != 0
    lines = err.strip().splitlines()
    assert len(lines) == 3
    assert "empty.txt" in lines[0] and "missing.txt" in lines[1] and "binary.txt" in lines[2]
    assert "Traceback" not in err
    assert len(out.strip().splitlines()) == 1


def test_ingest_is_idempotent_and_events_query(tmp_path: Path) -> None:
    db = str(tmp_path / "events.duckdb")
    status, out, err = run("ingest", str(EXAMPLES), "--db", db)
    assert status == 0, err
    assert "9 articles added" in out
    status, out, _ = run("ingest", str(EXAMPLES), "--db", db)
    assert "0 articles added, 9 already stored" in out

    status, out, _ = run("events", "--db", db, "--format", "jsonl")
    events = [json.loads(line) for line in out.splitlines()]
    assert status == 0 and len(events) >= 20
    assert {"event", "actor", "recipient", "modality", "text_info"} <= set(events[0])

    status, out, _ = run("events", "--db", db, "--format", "jsonl", "--type", "SANCTION")
    assert out and all(json.loads(line)["event"] == "SANCTION" for line in out.splitlines())

    status, out, _ = run(
        "events", "--db", db, "--format", "jsonl", "--since", "2024-06-01", "--until", "2024-06-30"
    )
    dates = [json.loads(line)["date"] for line in out.splitlines()]
    assert dates and all("2024-06-01" <= d <= "2024-06-30" for d in dates)

    status, out, _ = run("events", "--db", db, "--format", "csv", "--actor", "KEN")
    rows = out.splitlines()
    assert rows[0].startswith("article_id,event_id,event") and len(rows) > 1

    status, out, _ = run("events", "--db", db)
    assert "ACTOR -> RECIPIENT" in out


def test_events_on_a_missing_database_is_one_line(tmp_path: Path) -> None:
    status, _, err = run("events", "--db", str(tmp_path / "none.duckdb"))
    assert status != 0 and len(err.strip().splitlines()) == 1 and "none.duckdb" in err


def test_every_command_has_help_and_is_documented() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    parser = build_parser()
    subparsers = next(a for a in parser._actions if a.dest == "command")
    for name, sub in subparsers.choices.items():  # type: ignore[attr-defined]
        assert sub.format_help()
        assert f"dragoman {name}" in readme, f"`dragoman {name}` is not in the README"
        for action in sub._actions:
            for option in action.option_strings:
                if option.startswith("--") and option != "--help":
                    assert option in readme, f"{option} of `dragoman {name}` is not in the README"


def test_standard_input_through_the_installed_command() -> None:
    command = Path(sys.executable).parent / "dragoman"
    result = subprocess.run(
        [str(command), "code", "-", "--date", "2024-03-12"],
        input="Peru rejected a Chilean proposal on Monday.\n",
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    doc = json.loads(result.stdout)
    assert doc["article"]["date"] == "2024-03-12" and doc["events"]


def test_malformed_records_and_pages_are_reported_one_line_each(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text(
        '{"id": "r1", "text": "Kenyan police arrested forty protesters."}\n'
        '{"id": "r2", "text": \n'
        '{"id": "r3", "text": "Iran rejected the proposal."}\n',
        encoding="utf-8",
    )
    page = tmp_path / "page.html"
    page.write_text("<html><body><div><<<>>></div></body>", encoding="utf-8")
    status, out, err = run("code", str(corpus), str(page))
    assert status == 1
    assert [json.loads(line)["article"]["id"] for line in out.splitlines()] == ["r1", "r3"]
    lines = err.strip().splitlines()
    assert len(lines) == 2 and "corpus.jsonl:2" in lines[0] and "page.html" in lines[1]


def test_text_in_another_encoding_is_decoded(tmp_path: Path) -> None:
    article = tmp_path / "latin.txt"
    text = "March 3, 2024\n\nThe Côte d'Ivoire government condemned the attack on the capital.\n"
    article.write_bytes(text.encode("cp1252"))
    status, out, err = run("code", str(article))
    assert status == 0, err
    assert "Côte d'Ivoire" in json.loads(out)["text"]
