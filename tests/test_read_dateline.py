"""Dates, datelines and place names of news text (dragoman.read.dateline)."""

from __future__ import annotations

from datetime import date

import pytest

from dragoman.read.dateline import is_date, match_dateline, parse_any_date, parse_date, place_name

DAY = date(2024, 5, 20)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("October 29, 2023 - 11:00am", date(2023, 10, 29)),
        ("2024-03-12", date(2024, 3, 12)),
        ("2024-03-12T09:00:00Z", date(2024, 3, 12)),
        ("Tuesday 12 March 2024", date(2024, 3, 12)),
        ("Tuesday, March 12, 2024", date(2024, 3, 12)),
        ("Sept. 3, 2024", date(2024, 9, 3)),
        ("3rd of June 2024", date(2024, 6, 3)),
        ("Published: 3 June 2024 10:31 GMT", date(2024, 6, 3)),
        ("Mar 12, 2024 10:31 AM EDT", date(2024, 3, 12)),
        ("Updated 4 July 2022 | 18:05 BST", date(2022, 7, 4)),
    ],
)
def test_full_dates(text: str, expected: date) -> None:
    assert parse_date(text, default_date=None) == expected
    assert parse_date(text, default_date=DAY) == expected


@pytest.mark.parametrize(
    "text",
    [
        "12/03/2024",
        "03.12.2024",
        "March 2024",
        "The talks went on",
        "Feb 30, 2024",
        "Tuesday 12 March 2024 10am Ceremony",
    ],
)
def test_not_dates(text: str) -> None:
    assert parse_date(text, default_date=DAY) is None


def test_ambiguous_numeric_form_is_not_a_date_form() -> None:
    assert not is_date("12/03/2024")
    assert is_date("May 15")


def test_date_without_year_takes_the_year_of_default_date() -> None:
    assert parse_date("May 15", default_date=DAY) == date(2024, 5, 15)
    assert parse_date("12th of March", default_date=DAY) == date(2024, 3, 12)


def test_date_without_year_and_without_default_date_is_unknown() -> None:
    assert parse_date("May 15", default_date=None) is None


def test_date_without_year_far_after_default_date_is_last_year() -> None:
    assert parse_date("December 30", default_date=date(2024, 1, 2)) == date(2023, 12, 30)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2023-05-20", date(2023, 5, 20)),
        ("2023-05-20 14:00:00", date(2023, 5, 20)),
        ("2023-05-20T14:00:00+02:00", date(2023, 5, 20)),
        ("20 May 2023", date(2023, 5, 20)),
        ("Mon, 20 May 2024 10:00:00 +0000", date(2024, 5, 20)),
        ("yesterday", None),
        ("not a date", None),
        ("2024", None),
        ("", None),
    ],
)
def test_record_dates(value: str, expected: date | None) -> None:
    assert parse_any_date(value, default_date=None) == expected


def test_dateline_with_agency_and_date() -> None:
    text = "LONDON, March 3 (Reuters) - The minister resigned on Sunday."
    found = match_dateline(text, default_date=DAY)
    assert found is not None
    assert (found.place, found.date, found.agency) == ("London", date(2024, 3, 3), "Reuters")
    assert text[found.end :] == "The minister resigned on Sunday."


def test_dateline_with_region_and_em_dash() -> None:
    text = "NAIROBI, Kenya, May 15 (AP) — Kenya's president flew to Addis Ababa."
    found = match_dateline(text, default_date=DAY)
    assert found is not None
    assert (found.place, found.date) == ("Nairobi, Kenya", date(2024, 5, 15))
    assert text[found.end :] == "Kenya's president flew to Addis Ababa."


def test_dateline_date_without_year_or_default_date_keeps_the_place() -> None:
    found = match_dateline("NAIROBI, Kenya, May 15 (AP) — Talks began.", default_date=None)
    assert found is not None
    assert (found.place, found.date) == ("Nairobi, Kenya", None)


@pytest.mark.parametrize(
    ("text", "place", "rest"),
    [
        ("WASHINGTON — The Senate voted.", "Washington", "The Senate voted."),
        ("WASHINGTON—The Senate voted.", "Washington", "The Senate voted."),
        ("Paris (AFP) - France recalled its envoy.", "Paris", "France recalled its envoy."),
        ("NEW DELHI, March 3: The cabinet met.", "New Delhi", "The cabinet met."),
        ("UNITED NATIONS (AP) — The council met.", "United Nations", "The council met."),
        ("SPRINGFIELD, Ill., Jan. 5 (AP) — Voters queued.", "Springfield, Ill.", "Voters queued."),
        ("LONDON, March 3 (Reuters) -", "London", ""),
    ],
)
def test_dateline_forms(text: str, place: str, rest: str) -> None:
    found = match_dateline(text, default_date=DAY)
    assert found is not None
    assert found.place == place
    assert text[found.end :] == rest


@pytest.mark.parametrize(
    "text",
    [
        "BREAKING - Troops crossed the border.",
        "UN - the body met.",
        "The minister, Mr Smith, said - yes.",
        "Kenya's president — who arrived late — spoke.",
        "Monday, March 4, 2024 — The talks began.",
        "NATO said on Monday it would send troops.",
        "Paris is the capital - of France.",
        "NATO: Allies agree to send more troops.",
    ],
)
def test_not_datelines(text: str) -> None:
    assert match_dateline(text, default_date=DAY) is None


@pytest.mark.parametrize(
    ("raw", "name"),
    [
        ("LONDON", "London"),
        ("NEW YORK", "New York"),
        ("DAR ES SALAAM", "Dar es Salaam"),
        ("RIO DE JANEIRO", "Rio de Janeiro"),
        ("PORT-AU-PRINCE", "Port-au-Prince"),
        ("N'DJAMENA", "N'Djamena"),
        ("ST. LOUIS", "St. Louis"),
        ("Paris", "Paris"),
    ],
)
def test_place_names(raw: str, name: str) -> None:
    assert place_name(raw) == name
