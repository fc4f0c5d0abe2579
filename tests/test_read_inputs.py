"""read_inputs: files, directories, standard input and bad input (dragoman.read)."""

from __future__ import annotations

import io
import json
import shutil
from datetime import date
from pathlib import Path

import pytest

import dragoman.read
from dragoman.errors import InputError
from dragoman.read import read_inputs
from dragoman.schema import Article, text_id

DATA = Path(__file__).parent / "data" / "read"
TEXT = "Police in the capital arrested twelve protesters on Friday after clashes near parliament."
OTHER = "The health ministry said it would send doctors and medicine to the flooded districts."
FRENCH = (
    "Le ministre des affaires étrangères a déclaré que les négociations avec le pays voisin "
    "reprendraient la semaine prochaine à Genève, selon un communiqué publié par le gouvernement."
)

Item = Article | InputError


def label(item: Item) -> str:
    return f"article {item.origin}" if isinstance(item, Article) else f"error {item}"


def read_all(*paths: str | Path, **options: object) -> list[Item]:
    return list(read_inputs([str(p) for p in paths], **options))  # type: ignore[arg-type]


def test_public_api() -> None:
    assert dragoman.read.__all__ == ["SUFFIXES", "read_html_article", "read_inputs", "read_text_article"]


def test_text_file(tmp_path: Path) -> None:
    path = tmp_path / "story.txt"
    path.write_text(f"2024-03-08\n{TEXT}\n", encoding="utf-8")
    (item,) = read_all(path)
    assert isinstance(item, Article)
    assert (item.text, item.date, item.origin, item.id) == (TEXT, date(2024, 3, 8), str(path), text_id(TEXT))


def test_unknown_extension_read_as_text(tmp_path: Path) -> None:
    path = tmp_path / "story.out"
    path.write_text(TEXT, encoding="utf-8")
    (item,) = read_all(path)
    assert isinstance(item, Article) and item.text == TEXT


def test_default_date(tmp_path: Path) -> None:
    path = tmp_path / "story.txt"
    path.write_text(f"LONDON, May 3 (Reuters) - {TEXT}", encoding="utf-8")
    (item,) = read_all(path, default_date=date(2023, 6, 1))
    assert isinstance(item, Article) and item.date == date(2023, 5, 3)
    (undated,) = read_all(path)
    assert isinstance(undated, Article) and undated.date is None


def test_windows_1252_file(tmp_path: Path) -> None:
    text = (
        "\u201cWe will not negotiate,\u201d the minister said in Z\u00fcrich \u2013 a caf\u00e9 owner agreed."
    )
    path = tmp_path / "legacy.txt"
    path.write_bytes(text.encode("cp1252").replace(b"\n", b"\r\n"))
    (item,) = read_all(path)
    assert isinstance(item, Article) and item.text == text


def test_html_file() -> None:
    (item,) = read_all(DATA / "article.html")
    assert isinstance(item, Article) and item.title == "Border talks end without deal"


def test_records_in_order_across_inputs(tmp_path: Path) -> None:
    jsonl = tmp_path / "a.jsonl"
    jsonl.write_text(
        json.dumps({"id": 1, "text": TEXT}) + "\nnot json\n" + json.dumps({"id": 2, "text": OTHER}) + "\n",
        encoding="utf-8",
    )
    csv = tmp_path / "b.csv"
    csv.write_text(f'id,text\n3,"{OTHER}"\n4,\n', encoding="utf-8")
    items = read_all(jsonl, csv, DATA / "article.txt")
    assert [i.id if isinstance(i, Article) else i.source for i in items] == [
        "1",
        f"{jsonl}:2",
        "2",
        "3",
        f"{csv}:3",
        text_id(items[-1].text) if isinstance(items[-1], Article) else "",
    ]
    assert str(items[1]).startswith(f"{jsonl}:2: invalid JSON: ")


def test_ndjson_json_and_tsv(tmp_path: Path) -> None:
    (tmp_path / "a.ndjson").write_text(json.dumps({"id": "n", "text": TEXT}), encoding="utf-8")
    (tmp_path / "b.json").write_text(json.dumps([{"id": "j", "text": TEXT}]), encoding="utf-8")
    (tmp_path / "c.tsv").write_text(f"id\ttext\nt\t{TEXT}\n", encoding="utf-8")
    items = read_all(tmp_path / "a.ndjson", tmp_path / "b.json", tmp_path / "c.tsv")
    assert [i.id for i in items if isinstance(i, Article)] == ["n", "j", "t"]


def test_directory_recursive_sorted_skipping_hidden(tmp_path: Path) -> None:
    (tmp_path / "b.txt").write_text(OTHER, encoding="utf-8")
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "c.jsonl").write_text(json.dumps({"id": "c", "text": TEXT}), encoding="utf-8")
    shutil.copy(DATA / "article.html", tmp_path / "sub" / "d.HTML")
    (tmp_path / ".hidden.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "e.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "notes.docx").write_bytes(b"PK\x03\x04")
    (tmp_path / "image.png").write_bytes(b"\x89PNG\x00\x00")
    items = read_all(tmp_path)
    assert [label(i) for i in items] == [
        f"article {tmp_path / 'a.txt'}",
        f"article {tmp_path / 'b.txt'}",
        f"article {tmp_path / 'sub' / 'c.jsonl'}:1",
        f"article {tmp_path / 'sub' / 'd.HTML'}",
    ]


def test_empty_directory(tmp_path: Path) -> None:
    (item,) = read_all(tmp_path)
    assert isinstance(item, InputError) and item.reason == "no supported files in directory"


def test_stdin_text() -> None:
    (item,) = read_inputs(["-"], stdin=io.BytesIO(f"Tuesday 12 March 2024\n{TEXT}".encode()))
    assert isinstance(item, Article)
    assert (item.origin, item.date, item.text) == ("<stdin>", date(2024, 3, 12), TEXT)


def test_stdin_jsonl() -> None:
    data = (json.dumps({"id": "x", "text": TEXT}) + "\n\n" + '{"id": "y"}\n').encode()
    items = list(read_inputs(["-"], stdin=io.BytesIO(data)))
    assert [label(i) for i in items] == ["article <stdin>:1", "error <stdin>:3: missing or empty text"]


def test_stdin_html() -> None:
    data = (DATA / "article.html").read_bytes()
    (item,) = read_inputs(["-"], stdin=io.BytesIO(data))
    assert isinstance(item, Article) and item.source == "The Example Herald"


def test_stdin_empty() -> None:
    (item,) = read_inputs(["-"], stdin=io.BytesIO(b""))
    assert isinstance(item, InputError) and str(item) == "<stdin>: empty input"


def test_missing_file(tmp_path: Path) -> None:
    path = tmp_path / "nowhere.txt"
    (item,) = read_all(path)
    assert isinstance(item, InputError) and str(item) == f"{path}: no such file"


@pytest.mark.parametrize(
    ("name", "data", "reason"),
    [
        ("empty.txt", b"", "empty input"),
        ("blank.txt", b"\n  \n\t", "empty input"),
        ("empty.jsonl", b"", "empty input"),
        ("empty.html", b"", "empty input"),
        ("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "binary input, not text"),
        (
            "bad.html",
            b"<html><body><nav><a href='/'>Home</a></nav></body></html>",
            "no article text found in HTML",
        ),
        (
            "bad.json",
            b'{"text": "unterminated',
            "invalid JSON: Unterminated string starting at (line 1 column 10)",
        ),
        ("dateline.txt", b"2024-03-12\n", "no body text"),
        ("french.txt", FRENCH.encode(), "not English (looks like French)"),
    ],
)
def test_bad_files(tmp_path: Path, name: str, data: bytes, reason: str) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    (item,) = read_all(path)
    assert isinstance(item, InputError)
    assert (item.source, item.reason) == (str(path), reason)


def test_too_long(tmp_path: Path) -> None:
    path = tmp_path / "long.txt"
    path.write_text(TEXT, encoding="utf-8")
    (item,) = read_all(path, max_chars=50)
    assert isinstance(item, InputError)
    assert item.reason == f"text too long ({len(TEXT)} characters, limit 50)"


def test_file_too_large_is_refused_unread(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    path.write_text(TEXT * 10, encoding="utf-8")
    (item,) = read_all(path, max_chars=100)
    assert isinstance(item, InputError)
    assert item.reason == f"text too long (file of {len(TEXT) * 10} bytes, limit 100 characters)"


def test_too_long_record_does_not_stop_the_batch(tmp_path: Path) -> None:
    path = tmp_path / "a.jsonl"
    path.write_text(
        json.dumps({"id": 1, "text": TEXT * 3}) + "\n" + json.dumps({"id": 2, "text": TEXT}) + "\n",
        encoding="utf-8",
    )
    items = read_all(path, max_chars=len(TEXT) + 1)
    assert [label(i) for i in items] == [
        f"error {path}:1: text too long ({len(TEXT) * 3} characters, limit {len(TEXT) + 1})",
        f"article {path}:2",
    ]


def test_not_english_record(tmp_path: Path) -> None:
    path = tmp_path / "a.jsonl"
    path.write_text(json.dumps({"id": 1, "text": FRENCH}) + "\n", encoding="utf-8")
    (item,) = read_all(path)
    assert isinstance(item, InputError) and str(item) == f"{path}:1: not English (looks like French)"


def test_errors_are_yielded_not_raised(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text(TEXT, encoding="utf-8")
    items = read_all(tmp_path / "missing.txt", good, tmp_path / "missing.jsonl")
    assert [type(i).__name__ for i in items] == ["InputError", "Article", "InputError"]


def test_stdin_defaults_to_sys_stdin(monkeypatch: pytest.MonkeyPatch) -> None:
    class FakeStdin:
        buffer = io.BytesIO(TEXT.encode())

    monkeypatch.setattr("sys.stdin", FakeStdin())
    (item,) = read_inputs(["-"])
    assert isinstance(item, Article) and item.text == TEXT


def test_markdown_file(tmp_path: Path) -> None:
    path = tmp_path / "note.md"
    path.write_text(f"# Arrests in the capital\n\n{TEXT}\n", encoding="utf-8")
    (item,) = read_all(path)
    assert isinstance(item, Article) and (item.title, item.text) == ("Arrests in the capital", TEXT)
