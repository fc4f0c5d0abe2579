"""Record files: JSON Lines, JSON, CSV and TSV (dragoman.read.records)."""

from __future__ import annotations

import io
import json
from datetime import date

from dragoman.errors import InputError
from dragoman.read.records import read_csv, read_json, read_jsonl, record_article
from dragoman.schema import Article, text_id

TEXT = "Police in the capital arrested twelve protesters on Friday after clashes near parliament."
OTHER = "The health ministry said it would send doctors and medicine to the flooded districts."


def jsonl(*lines: str) -> list[bytes]:
    return [(line + "\n").encode("utf-8") for line in lines]


def articles(items: list[Article | InputError]) -> list[Article]:
    return [i for i in items if isinstance(i, Article)]


def test_record_fields() -> None:
    record = {
        "id": 42,
        "text": "  " + TEXT + "\r\n",
        "title": "Protesters arrested",
        "date": "2024-03-08",
        "url": "https://example.org/a",
        "source": "Example Wire",
        "authors": ["Jane Doe", "John Roe"],
        "category": "ignored",
    }
    article = record_article(record, origin="f.jsonl:1", default_date=None)
    assert article.id == "42"
    assert article.text == TEXT
    assert (article.title, article.date, article.url, article.source) == (
        "Protesters arrested",
        date(2024, 3, 8),
        "https://example.org/a",
        "Example Wire",
    )
    assert article.authors == ("Jane Doe", "John Roe")
    assert article.origin == "f.jsonl:1"


def test_record_without_id_gets_text_hash() -> None:
    article = record_article({"text": TEXT}, origin="x", default_date=None)
    assert article.id == text_id(TEXT)


def test_record_dates() -> None:
    assert record_article(
        {"text": TEXT, "date": "2024-03-08T10:00:00Z"}, origin="x", default_date=None
    ).date == date(2024, 3, 8)
    assert record_article({"text": TEXT, "date": "8 March 2024"}, origin="x", default_date=None).date == date(
        2024, 3, 8
    )
    assert record_article({"text": TEXT, "date": "soon"}, origin="x", default_date=None).date is None
    assert record_article(
        {"text": TEXT, "date": "soon"}, origin="x", default_date=date(2024, 1, 1)
    ).date == date(2024, 1, 1)


def test_record_dateline_gives_place_and_date_but_text_is_kept() -> None:
    text = f"LONDON, March 3 (Reuters) - {TEXT}"
    article = record_article({"text": text}, origin="x", default_date=date(2024, 5, 1))
    assert (article.text, article.dateline_place, article.date) == (text, "London", date(2024, 3, 3))
    dated = record_article({"text": text, "date": "2024-03-04"}, origin="x", default_date=None)
    assert dated.date == date(2024, 3, 4)


def test_record_authors_as_string() -> None:
    article = record_article({"text": TEXT, "authors": "Jane Doe; John Roe"}, origin="x", default_date=None)
    assert article.authors == ("Jane Doe", "John Roe")


def test_jsonl_order_and_errors() -> None:
    lines = jsonl(
        json.dumps({"id": "a", "text": TEXT}),
        '{"id": "b", "text": ',
        "",
        json.dumps({"id": "c", "text": "   "}),
        json.dumps({"id": "d"}),
        json.dumps(["not", "an", "object"]),
        json.dumps({"id": "e", "text": OTHER}),
    )
    items = list(read_jsonl(lines, name="f.jsonl", default_date=None))
    assert [i.id if isinstance(i, Article) else i.source for i in items] == [
        "a",
        "f.jsonl:2",
        "f.jsonl:4",
        "f.jsonl:5",
        "f.jsonl:6",
        "e",
    ]
    errors = [i for i in items if isinstance(i, InputError)]
    assert errors[0].reason.startswith("invalid JSON: ")
    assert str(errors[0]).startswith("f.jsonl:2: invalid JSON: ")
    assert errors[1].reason == "missing or empty text"
    assert errors[2].reason == "missing or empty text"
    assert errors[3].reason == "not a JSON object (list)"
    assert [a.origin for a in articles(items)] == ["f.jsonl:1", "f.jsonl:7"]


def test_jsonl_bom_and_crlf() -> None:
    lines = [b"\xef\xbb\xbf" + json.dumps({"id": 1, "text": TEXT}).encode() + b"\r\n"]
    (item,) = read_jsonl(lines, name="f.jsonl", default_date=None)
    assert isinstance(item, Article) and item.id == "1"


def test_jsonl_record_language_not_english() -> None:
    (item,) = read_jsonl(jsonl(json.dumps({"text": TEXT, "language": "es"})), name="f", default_date=None)
    assert isinstance(item, InputError)
    assert item.reason == "not English (record language 'es')"


def test_empty_jsonl() -> None:
    (item,) = read_jsonl([b"\n", b"  \n"], name="f.jsonl", default_date=None)
    assert isinstance(item, InputError) and item.reason == "empty input"


def test_json_list_and_object() -> None:
    data = json.dumps([{"id": "a", "text": TEXT}, {"id": "b"}, {"id": "c", "text": OTHER}]).encode()
    items = list(read_json(data, name="f.json", default_date=None))
    assert [i.id if isinstance(i, Article) else i.source for i in items] == ["a", "f.json:2", "c"]
    (single,) = read_json(json.dumps({"id": "z", "text": TEXT}).encode(), name="g.json", default_date=None)
    assert isinstance(single, Article) and (single.id, single.origin) == ("z", "g.json")


def test_json_errors() -> None:
    (bad,) = read_json(b'[{"text": ', name="f.json", default_date=None)
    assert isinstance(bad, InputError) and bad.reason.startswith("invalid JSON: ") and "line 1" in bad.reason
    (scalar,) = read_json(b"42", name="f.json", default_date=None)
    assert (
        isinstance(scalar, InputError) and scalar.reason == "JSON is neither an object nor a list of objects"
    )
    (empty_list,) = read_json(b"[]", name="f.json", default_date=None)
    assert isinstance(empty_list, InputError) and empty_list.reason == "no records in JSON list"


def csv_items(data: bytes, delimiter: str = ",", max_chars: int = 1000) -> list[Article | InputError]:
    return list(
        read_csv(io.BytesIO(data), name="f.csv", delimiter=delimiter, default_date=None, max_chars=max_chars)
    )


def test_csv_rows_with_multiline_field() -> None:
    data = (
        "ID,Text,Title,Date\n"
        f'1,"{TEXT}",Arrests,2024-03-08\n'
        '2,"",Empty,\n'
        f'3,"First line.\nSecond line: {OTHER}",Doctors,8 March 2024\n'
        f'4,"{OTHER}",,\n'
    ).encode()
    items = csv_items(data)
    assert [i.id if isinstance(i, Article) else i.source for i in items] == ["1", "f.csv:3", "3", "4"]
    found = articles(items)
    assert found[0].title == "Arrests" and found[0].date == date(2024, 3, 8)
    assert found[1].text == f"First line.\nSecond line: {OTHER}"
    assert [a.origin for a in found] == ["f.csv:2", "f.csv:4", "f.csv:6"]


def test_tsv() -> None:
    data = f"id\ttext\n7\t{TEXT}\n".encode()
    (item,) = csv_items(data, delimiter="\t")
    assert isinstance(item, Article) and (item.id, item.text) == ("7", TEXT)


def test_csv_in_windows_1252() -> None:
    text = (
        "The caf\u00e9 owner said \u201cwe are closed\u201d after the protest in the main square of the town."
    )
    (item,) = csv_items(f"text\n{text}\n".encode("cp1252"))
    assert isinstance(item, Article) and item.text == text


def test_csv_without_text_column() -> None:
    (item,) = csv_items(b"id,body\n1,hello\n")
    assert isinstance(item, InputError) and item.reason == "no 'text' column in the header row"


def test_csv_field_longer_than_the_csv_module_default() -> None:
    long_text = (TEXT + " ") * 2000
    (item,) = csv_items(f'text\n"{long_text}"\n'.encode(), max_chars=1_000_000)
    assert isinstance(item, Article) and len(item.text) > 131072


def test_empty_and_binary_csv() -> None:
    (empty,) = csv_items(b"")
    assert isinstance(empty, InputError) and empty.reason == "empty input"
    (binary,) = csv_items(b"text\n\x00\x01\x02")
    assert isinstance(binary, InputError) and binary.reason == "binary input, not text"
