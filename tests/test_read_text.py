"""Plain text -> Article: header lines, datelines, body and author lines (dragoman.read.text)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from dragoman.errors import InputError
from dragoman.read import read_text_article
from dragoman.schema import Article, text_id

DATA = Path(__file__).parent / "data" / "read"
DAY = date(2024, 5, 20)
BODY = (
    "The two leaders agreed to reopen a border crossing that had been closed since January, officials said."
)


def read(raw: str, default_date: date | None = DAY) -> Article:
    return read_text_article(raw, origin="story.txt", default_date=default_date)


def test_plain_body_only() -> None:
    article = read_text_article(BODY, origin="story.txt", default_date=None)
    assert article.text == BODY
    assert article.title is None
    assert article.date is None
    assert article.id == text_id(BODY)
    assert article.origin == "story.txt"
    assert article.language == "en"


def test_default_date_fills_a_missing_date() -> None:
    article = read_text_article(BODY, origin="story.txt", default_date=DAY)
    assert article.date == DAY


def test_surrounding_whitespace_and_crlf() -> None:
    article = read_text_article(
        "\r\n\r\n  " + BODY + "\r\nMore text here.\r\n\r\n", origin="a", default_date=None
    )
    assert article.text == BODY + "\nMore text here."


def test_dateline_line_then_title() -> None:
    raw = f"October 29, 2023 - 11:00am\nLeaders agree to reopen border\n\n{BODY}"
    article = read_text_article(raw, origin="a", default_date=None)
    assert article.date == date(2023, 10, 29)
    assert article.title == "Leaders agree to reopen border"
    assert article.text == BODY


def test_title_then_dateline_line() -> None:
    raw = f"Leaders agree to reopen border\nTuesday 12 March 2024\n\n{BODY}"
    article = read_text_article(raw, origin="a", default_date=None)
    assert (article.title, article.date, article.text) == (
        "Leaders agree to reopen border",
        date(2024, 3, 12),
        BODY,
    )


def test_iso_dateline_line() -> None:
    article = read_text_article(f"2024-03-12\n{BODY}", origin="a", default_date=None)
    assert (article.date, article.title, article.text) == (date(2024, 3, 12), None, BODY)


def test_ambiguous_numeric_first_line_is_not_a_dateline() -> None:
    article = read_text_article(f"12/03/2024\n{BODY}", origin="a", default_date=None)
    assert article.date is None


def test_agency_dateline_alone_on_its_line() -> None:
    article = read(f"LONDON, March 3 (Reuters) -\n{BODY}")
    assert (article.dateline_place, article.date, article.text) == ("London", date(2024, 3, 3), BODY)


def test_dateline_opening_the_first_paragraph() -> None:
    raw = f"NAIROBI, Kenya, May 15 (AP) — Kenya's president flew to Addis Ababa on Monday.\n\n{BODY}"
    article = read(raw)
    assert article.dateline_place == "Nairobi, Kenya"
    assert article.date == date(2024, 5, 15)
    assert article.text == f"Kenya's president flew to Addis Ababa on Monday.\n\n{BODY}"
    assert article.id == text_id(article.text)


def test_dateline_without_year_and_without_default_date() -> None:
    article = read(f"NAIROBI, Kenya, May 15 (AP) — {BODY}", default_date=None)
    assert (article.dateline_place, article.date, article.text) == ("Nairobi, Kenya", None, BODY)


def test_title_then_dateline_paragraph() -> None:
    raw = f"Kenya and Ethiopia agree on border\nWASHINGTON — {BODY}"
    article = read(raw)
    assert article.title == "Kenya and Ethiopia agree on border"
    assert (article.dateline_place, article.text) == ("Washington", BODY)


def test_dateline_line_date_wins_over_paragraph_dateline_date() -> None:
    article = read(f"2024-03-12\nLONDON, March 3 (Reuters) - {BODY}")
    assert (article.date, article.dateline_place) == (date(2024, 3, 12), "London")


def test_short_first_line_with_final_period_is_body() -> None:
    raw = f"Talks resumed on Monday.\n{BODY}"
    article = read(raw)
    assert article.title is None
    assert article.text == raw


def test_single_short_line_is_body_not_title() -> None:
    article = read("Troops left the town on Monday")
    assert article.title is None
    assert article.text == "Troops left the town on Monday"


def test_markdown_heading_is_the_title() -> None:
    article = read(f"# Talks resume. Again.\n\n{BODY}")
    assert (article.title, article.text) == ("Talks resume. Again.", BODY)


def test_top_byline() -> None:
    raw = f"Leaders agree to reopen border\nBy Jane Doe and John Roe, Reuters\n\n{BODY}"
    article = read(raw)
    assert article.authors == ("Jane Doe", "John Roe")
    assert article.title == "Leaders agree to reopen border"
    assert article.text == BODY


def test_closing_reporter_line_is_removed() -> None:
    article = read(f"{BODY}\n\nJane Doe is a reporter at the Example Times covering East Africa.")
    assert article.authors == ("Jane Doe",)
    assert article.text == BODY


def test_credit_line_gives_authors_and_stays() -> None:
    raw = f"{BODY}\n\n(Reporting by Sam Poe in Geneva; Editing by John Roe)"
    article = read(raw)
    assert article.authors == ("Sam Poe",)
    assert article.text == raw


def test_fixture_file() -> None:
    raw = (DATA / "article.txt").read_text(encoding="utf-8")
    article = read_text_article(raw, origin="article.txt", default_date=None)
    assert article.title == "Rival parties sign coalition pact"
    assert article.date == date(2024, 3, 12)
    assert article.authors == ("Ana Silva",)
    assert article.text.startswith("The country's two largest parties")
    assert article.text.endswith("in a joint statement.")


def test_empty_text_raises() -> None:
    with pytest.raises(InputError, match="empty input"):
        read("  \n\n ")


def test_dateline_only_raises() -> None:
    with pytest.raises(InputError, match="no body text") as info:
        read("2024-03-12\n")
    assert info.value.source == "story.txt"


def test_not_english_sets_language_none() -> None:
    raw = (
        "Le ministre des affaires étrangères a déclaré que les négociations avec le pays voisin "
        "reprendraient la semaine prochaine à Genève, selon un communiqué publié par le gouvernement "
        "après une réunion du conseil des ministres."
    )
    assert read(raw).language is None


def test_title_ending_in_ellipsis() -> None:
    article = read(f"'My memories of the war...'\n\n{BODY}")
    assert (article.title, article.text) == ("'My memories of the war...'", BODY)


def test_hard_wrapped_first_line_is_not_a_title() -> None:
    raw = f"Two leaders agreed on Monday to reopen the crossing\nthat was closed in January.\n\n{BODY}"
    article = read(raw)
    assert article.title is None
    assert article.text == raw


def test_question_first_line_is_body() -> None:
    raw = f"So who will pay for the reconstruction?\n{BODY}"
    assert read(raw).title is None


def test_dateline_agency_becomes_the_source_when_the_input_names_none() -> None:
    article = read_text_article(
        "KAMPALA, May 3 (Dragoman Wire) - Ugandan police arrested an opposition leader.",
        origin="a.txt",
        default_date=date(2024, 5, 4),
    )
    assert (article.source, article.dateline_place) == ("Dragoman Wire", "Kampala")
    assert article.dateline_source == "Dragoman Wire"
    assert article.text.startswith("Ugandan police")
