"""Author lines: bylines, closing lines, credit lines (dragoman.read.authors)."""

from __future__ import annotations

import pytest

from dragoman.read.authors import byline_authors, closing_authors, credit_authors, is_person_name


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("By Jane Doe", ("Jane Doe",)),
        ("by Jane Doe", ("Jane Doe",)),
        ("By: Jane Doe", ("Jane Doe",)),
        ("By Jane Doe and John Roe", ("Jane Doe", "John Roe")),
        ("By JANE DOE, Associated Press", ("Jane Doe",)),
        ("By Jane Doe, John Roe and Ali bin Said", ("Jane Doe", "John Roe", "Ali bin Said")),
        ("By Jane Doe | 12 March 2024", ("Jane Doe",)),
        ("By the end of the week the talks had collapsed", ()),
        ("Byelection results were announced", ()),
        ("The minister spoke", ()),
    ],
)
def test_bylines(line: str, names: tuple[str, ...]) -> None:
    assert byline_authors(line) == names


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Jane Doe is a reporter at the Example Times.", ("Jane Doe",)),
        ("Jane Doe is a senior foreign correspondent for Example News based in Cairo.", ("Jane Doe",)),
        ("Jane Doe and John Roe are reporters at the Example Wire.", ("Jane Doe", "John Roe")),
        ("The minister is a former journalist.", ()),
        ("Kenya is a key partner of the United States.", ()),
    ],
)
def test_closing_lines(line: str, names: tuple[str, ...]) -> None:
    assert closing_authors(line) == names


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Reporting by Jane Doe; Editing by John Roe", ("Jane Doe",)),
        (
            "(Reporting by Jane Doe in Nairobi and Sam Poe in Kampala; Editing by John Roe)",
            ("Jane Doe", "Sam Poe"),
        ),
        (
            "Reporting by Jane Doe; Additional reporting by Ann Lee; Writing by Tom Kay",
            ("Jane Doe", "Ann Lee", "Tom Kay"),
        ),
        ("Editing by John Roe", ()),
        ("The police said reporting by witnesses was unreliable.", ()),
    ],
)
def test_credit_lines(line: str, names: tuple[str, ...]) -> None:
    assert credit_authors(line) == names


def test_person_names() -> None:
    assert is_person_name("Jane Doe")
    assert is_person_name("Ludwig van Beethoven")
    assert not is_person_name("the end of the week")
    assert not is_person_name("One Two Three Four Five Six")


def test_single_word_is_not_a_person_name() -> None:
    assert not is_person_name("Reuters")
    assert byline_authors("By Reuters") == ()
    assert closing_authors("Guidant is the maker of stents used by surgeons.") == ()


def test_long_paragraph_is_not_a_closing_line() -> None:
    paragraph = "Jane Doe is a reporter at the Example Times. " + "She covered the talks in detail. " * 10
    assert closing_authors(paragraph) == ()
