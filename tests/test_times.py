"""The times stage: finding time expressions and resolving them against the article's date.

The first tests need no model: ``resolve_time_text`` works on strings, and ``_plain`` builds a
ParsedDoc by hand (tokens, sentences, no parse), which is enough for finding, anchoring and ranges.
The tests marked ``model`` parse sentences with the real pipeline to check what the parse decides:
the tense of the governing verb, and "May" the modal or the name, "2000 people", "the Sunday Times".
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date

import pytest

from dragoman.parsed import ParsedDoc, Span, Token
from dragoman.schema import Precision, TimeExpr
from dragoman.stages.timecalendar import load_lexicon
from dragoman.stages.timeparse import PATTERNS, TRIGGERS
from dragoman.stages.times import find_times, resolve_time_text

TUE = date(2024, 3, 12)  # Tuesday 12 March 2024, the FORMAT.md article date
D, W, M, Y = Precision.DAY, Precision.WEEK, Precision.MONTH, Precision.YEAR


def _d(text: str) -> date:
    return date.fromisoformat(text)


def _r(text: str, *, ref: date | None = TUE, tense: str = "past") -> tuple[str | None, str | None, str]:
    resolved = resolve_time_text(text, article_date=ref, tense=tense)
    assert resolved is not None, text
    start, end, precision = resolved
    return (
        start.isoformat() if start else None,
        end.isoformat() if end else None,
        str(precision),
    )


def _plain(text: str) -> ParsedDoc:
    """A ParsedDoc without a parse: word tokens, one sentence per full stop."""
    tokens, sents, sent, first = [], [], 0, 0
    spans = [(m.start(), m.end()) for m in re.finditer(r"\w+(?:['’]\w+)?|[^\w\s]", text)]
    for i, (start, end) in enumerate(spans):
        tokens.append(Token(i, text[start:end], start, text[start:end].lower(), "X", "X", "dep", i, sent))
        if text[start:end] == "." or i == len(spans) - 1:
            sents.append(Span(first, i + 1, spans[first][0], end, "SENT", text[spans[first][0] : end]))
            sent, first = sent + 1, i + 1
    return ParsedDoc(text=text, tokens=tuple(tokens), sents=tuple(sents))


def _found(parsed: ParsedDoc, ref: date | None = TUE) -> list[tuple[str, str | None, str | None, str]]:
    return [
        (t.text, t.date.isoformat() if t.date else None, t.enddate.isoformat() if t.enddate else None, t.rule)
        for t in find_times(parsed, article_date=ref)
    ]


# ---------------------------------------------------------------- FORMAT.md's examples, exactly
def test_format_md_examples() -> None:
    assert _r("3rd March") == ("2024-03-03", "2024-03-03", "day")
    assert _r("last weekend") == ("2024-03-09", "2024-03-10", "week")
    assert _r("next month") == ("2024-04-01", "2024-04-30", "month")
    assert _r("2016") == ("2016-01-01", "2016-12-31", "year")


# ---------------------------------------------------------------- absolute forms
@pytest.mark.parametrize(
    "text",
    ["March 3, 2024", "March 3 2024", "3 March 2024", "3rd March, 2024", "the 3rd of March 2024",
     "2024-03-03", "Sunday, March 3, 2024", "Mar. 3, 2024", "March 3rd, 2024"],
)  # fmt: skip
def test_absolute_days(text: str) -> None:
    assert _r(text) == ("2024-03-03", "2024-03-03", "day")
    assert _r(text, ref=None) == ("2024-03-03", "2024-03-03", "day")  # no article date needed


def test_absolute_months_years_decades_centuries() -> None:
    assert _r("March 2019") == ("2019-03-01", "2019-03-31", "month")
    assert _r("Sept. 2019") == ("2019-09-01", "2019-09-30", "month")
    assert _r("February 2020") == ("2020-02-01", "2020-02-29", "month")
    assert _r("early 2011") == ("2011-01-01", "2011-12-31", "year")
    assert _r("the end of 2012", ref=None) == ("2012-01-01", "2012-12-31", "year")
    assert _r("the 1990s") == ("1990-01-01", "1999-12-31", "year")
    assert _r("the mid-1980s") == ("1980-01-01", "1989-12-31", "year")
    assert _r("the '90s") == ("1990-01-01", "1999-12-31", "year")
    assert _r("the '10s") == ("2010-01-01", "2019-12-31", "year")
    assert _r("the 20th century") == ("1900-01-01", "1999-12-31", "year")
    assert _r("the nineteenth century") == ("1800-01-01", "1899-12-31", "year")
    assert _r("summer 2012") == ("2012-06-01", "2012-08-31", "month")
    assert _r("winter of 2012") == ("2012-12-01", "2013-02-28", "month")


def test_leading_prepositions_are_ignored() -> None:
    assert _r("on Monday") == ("2024-03-11", "2024-03-11", "day")
    assert _r("in December") == ("2023-12-01", "2023-12-31", "month")
    assert _r("since 2016") == ("2016-01-01", "2016-12-31", "year")
    assert resolve_time_text("for three months", article_date=TUE) is None  # a duration
    assert resolve_time_text("11:00am", article_date=TUE) is None  # a clock time


def test_invalid_dates_are_not_times() -> None:
    assert resolve_time_text("February 30, 2023", article_date=TUE) is None
    assert resolve_time_text("2023-13-01", article_date=TUE) is None
    assert resolve_time_text("the thirtieth century", article_date=TUE) is None
    assert resolve_time_text("a protest", article_date=TUE) is None


# ---------------------------------------------------------------- days and months without a year
def test_day_and_month_without_year_follow_the_tense() -> None:
    assert _r("March 7") == ("2024-03-07", "2024-03-07", "day")
    assert _r("7th March") == ("2024-03-07", "2024-03-07", "day")
    assert _r("the 7th of March") == ("2024-03-07", "2024-03-07", "day")
    assert _r("Mar. 7") == ("2024-03-07", "2024-03-07", "day")
    assert _r("March 20") == ("2023-03-20", "2023-03-20", "day")  # past: the latest on or before
    assert _r("March 20", tense="future") == ("2024-03-20", "2024-03-20", "day")
    assert _r("March 7", tense="future") == ("2025-03-07", "2025-03-07", "day")
    assert _r("December") == ("2023-12-01", "2023-12-31", "month")
    assert _r("December", tense="future") == ("2024-12-01", "2024-12-31", "month")
    assert _r("March") == ("2024-03-01", "2024-03-31", "month")
    assert _r("May", tense="present") == ("2024-05-01", "2024-05-31", "month")  # the nearest
    assert _r("mid-March") == ("2024-03-01", "2024-03-31", "month")
    assert _r("late December") == ("2023-12-01", "2023-12-31", "month")


def test_present_tense_prefers_the_past_unless_the_future_is_much_nearer() -> None:
    assert _r("5 May", tense="present") == ("2024-05-05", "2024-05-05", "day")
    assert _r("11 September", tense="present") == ("2023-09-11", "2023-09-11", "day")
    assert _r("June", tense="present") == ("2024-06-01", "2024-06-30", "month")
    assert _r("October", tense="present") == ("2023-10-01", "2023-10-31", "month")


def test_last_next_this_month_name() -> None:
    assert _r("last May") == ("2023-05-01", "2023-05-31", "month")
    assert _r("last February") == ("2024-02-01", "2024-02-29", "month")
    assert _r("late last July") == ("2023-07-01", "2023-07-31", "month")
    assert _r("next February") == ("2025-02-01", "2025-02-28", "month")
    assert _r("this June") == ("2024-06-01", "2024-06-30", "month")
    assert _r("last summer") == ("2023-06-01", "2023-08-31", "month")
    assert _r("next winter") == ("2024-12-01", "2025-02-28", "month")


def test_a_weekday_picks_the_year_of_a_day_and_month() -> None:
    assert _r("Sunday, 27 February", ref=date(2005, 3, 15), tense="future") == (
        "2005-02-27",
        "2005-02-27",
        "day",
    )
    assert _r("Thursday 20 March") == ("2025-03-20", "2025-03-20", "day")  # 20 March 2024 is a Wednesday


def test_leap_day_without_year() -> None:
    assert _r("29 February") == ("2024-02-29", "2024-02-29", "day")
    assert _r("29 February", ref=date(2025, 3, 1)) == ("2024-02-29", "2024-02-29", "day")


# ---------------------------------------------------------------- weekdays
def test_weekdays_default_to_the_past() -> None:
    assert _r("Monday") == ("2024-03-11", "2024-03-11", "day")
    assert _r("Wednesday") == ("2024-03-06", "2024-03-06", "day")
    assert _r("Tuesday") == ("2024-03-12", "2024-03-12", "day")  # the article's own weekday: that day
    assert _r("Monday morning") == ("2024-03-11", "2024-03-11", "day")
    assert _r("late Friday") == ("2024-03-08", "2024-03-08", "day")
    assert _r("Sunday, March 10") == ("2024-03-10", "2024-03-10", "day")


def test_weekdays_in_future_sentences() -> None:
    assert _r("Thursday", tense="future") == ("2024-03-14", "2024-03-14", "day")
    assert _r("Monday", tense="future") == ("2024-03-18", "2024-03-18", "day")
    assert _r("Tuesday", tense="future") == ("2024-03-12", "2024-03-12", "day")
    assert _r("this Thursday", tense="future") == ("2024-03-14", "2024-03-14", "day")
    assert _r("this Thursday") == ("2024-03-07", "2024-03-07", "day")


def test_last_and_next_weekday() -> None:
    assert _r("last Friday") == ("2024-03-08", "2024-03-08", "day")
    assert _r("last Tuesday") == ("2024-03-05", "2024-03-05", "day")
    assert _r("this past Sunday") == ("2024-03-10", "2024-03-10", "day")
    assert _r("next Tuesday") == ("2024-03-19", "2024-03-19", "day")
    assert _r("next Friday", tense="past") == ("2024-03-15", "2024-03-15", "day")
    assert _r("this coming Monday") == ("2024-03-18", "2024-03-18", "day")


# ---------------------------------------------------------------- deictic days and units
def test_yesterday_today_tomorrow() -> None:
    assert _r("yesterday") == ("2024-03-11", "2024-03-11", "day")
    assert _r("Yesterday morning") == ("2024-03-11", "2024-03-11", "day")
    assert _r("today") == ("2024-03-12", "2024-03-12", "day")
    assert _r("earlier today") == ("2024-03-12", "2024-03-12", "day")
    assert _r("tonight") == ("2024-03-12", "2024-03-12", "day")
    assert _r("tomorrow") == ("2024-03-13", "2024-03-13", "day")
    assert _r("this morning") == ("2024-03-12", "2024-03-12", "day")
    assert _r("last night") == ("2024-03-11", "2024-03-11", "day")


def test_weeks_weekends_months_years() -> None:
    assert _r("this week") == ("2024-03-11", "2024-03-17", "week")
    assert _r("earlier this week") == ("2024-03-11", "2024-03-11", "week")  # the days before Tuesday
    assert _r("last week") == ("2024-03-04", "2024-03-10", "week")
    assert _r("the past week") == ("2024-03-04", "2024-03-10", "week")
    assert _r("next week") == ("2024-03-18", "2024-03-24", "week")
    assert _r("the coming week") == ("2024-03-18", "2024-03-24", "week")
    assert _r("the end of this week") == ("2024-03-11", "2024-03-17", "week")
    assert _r("the week after next") == ("2024-03-25", "2024-03-31", "week")
    assert _r("the week before last") == ("2024-02-26", "2024-03-03", "week")
    assert _r("this weekend") == ("2024-03-16", "2024-03-17", "week")
    assert _r("next weekend") == ("2024-03-23", "2024-03-24", "week")
    assert _r("later this month") == ("2024-03-13", "2024-03-31", "month")  # the days after the 12th
    assert _r("earlier this year") == ("2024-01-01", "2024-03-11", "year")
    assert _r("earlier this week", ref=date(2024, 3, 11)) == ("2024-03-11", "2024-03-17", "week")  # Monday
    assert _r("last month") == ("2024-02-01", "2024-02-29", "month")
    assert _r("this year") == ("2024-01-01", "2024-12-31", "year")
    assert _r("last year") == ("2023-01-01", "2023-12-31", "year")
    assert _r("next year") == ("2025-01-01", "2025-12-31", "year")
    assert _r("this fiscal year") == ("2024-01-01", "2024-12-31", "year")
    assert _r("the end of the year", tense="future") == ("2024-01-01", "2024-12-31", "year")
    # in the first quarter of a year, a past "end of the year" is last year's
    assert _r("the end of the year") == ("2023-01-01", "2023-12-31", "year")
    assert _r("the end of the year", ref=date(2024, 10, 2)) == ("2024-01-01", "2024-12-31", "year")


def test_ago_and_from_now() -> None:
    assert _r("three days ago") == ("2024-03-09", "2024-03-09", "day")
    assert _r("a week ago") == ("2024-03-04", "2024-03-10", "week")
    assert _r("two months ago") == ("2024-01-01", "2024-01-31", "month")
    assert _r("two years ago") == ("2022-01-01", "2022-12-31", "year")
    assert _r("10 years ago") == ("2014-01-01", "2014-12-31", "year")
    assert _r("two days from now") == ("2024-03-14", "2024-03-14", "day")
    assert _r("in three weeks' time") == ("2024-04-01", "2024-04-07", "week")


def test_relative_forms_without_an_article_date_keep_no_date() -> None:
    assert _r("Monday", ref=None) == (None, None, "day")
    assert _r("next month", ref=None) == (None, None, "month")
    assert _r("7 March", ref=None) == (None, None, "day")
    assert _r("in December", ref=None) == (None, None, "month")
    assert _r("two years ago", ref=None) == (None, None, "year")
    assert _r("a day earlier", ref=TUE) == (None, None, "day")  # nothing to anchor to here


def test_ranges() -> None:
    assert _r("March 3-5") == ("2024-03-03", "2024-03-05", "day")
    assert _r("March 3 to 5, 2021") == ("2021-03-03", "2021-03-05", "day")
    assert _r("10-12 June", tense="future") == ("2024-06-10", "2024-06-12", "day")
    assert _r("between 2010 and 2012") == ("2010-01-01", "2012-12-31", "year")
    assert _r("1957-58") == ("1957-01-01", "1958-12-31", "year")
    assert resolve_time_text("March 5-3", article_date=TUE) is None
    assert resolve_time_text("2010 and 2012", article_date=TUE) is None  # a list, not a range


# ---------------------------------------------------------------- finding, without a model
def test_find_without_parse_offsets_sentences_and_order() -> None:
    text = "Talks opened on 3 March 2024. They ended two days later. Officials met again last week."
    found = find_times(_plain(text), article_date=TUE)
    assert [(t.text, t.sentence) for t in found] == [
        ("3 March 2024", 0),
        ("two days later", 1),
        ("last week", 2),
    ]
    for t in found:
        assert text[t.start : t.end] == t.text
        assert isinstance(t, TimeExpr) and t.rule
    assert found[1].date == _d("2024-03-05") and found[1].rule == "anchored:offset"
    assert found[2].precision == W


def test_anchored_expressions() -> None:
    text = (
        "Troops crossed the border on 4 January 2023. A day earlier, the army had massed. "
        "The following week, talks began."
    )
    found = _found(_plain(text))
    assert found[1] == ("A day earlier", "2023-01-03", "2023-01-03", "anchored:offset")
    assert found[2] == ("The following week", "2023-01-09", "2023-01-15", "anchored:the-next")
    unanchored = _found(_plain("A day earlier, the army had massed. The following year, it left."))
    assert [(t[0], t[1], t[3]) for t in unanchored] == [
        ("A day earlier", None, "anchored:unresolved"),
        ("The following year", None, "anchored:unresolved"),
    ]


def test_every_pattern_is_found_in_running_text() -> None:
    # each pattern runs only near its trigger words: a form without one would be missed here
    forms = {
        "the following morning": "2023-01-05",
        "that day": "2023-01-04",
        "two days later": "2023-01-06",
        "the day after": "2023-01-05",
    }
    for form, expected in forms.items():
        text = f"Troops crossed on 4 January 2023. The envoy arrived {form}."
        assert _found(_plain(text))[-1][:2] == (form, expected), form


def test_anchor_must_be_recent_and_fine_enough() -> None:
    far = "Troops crossed on 4 January 2023. Nothing happened. Nothing at all. A day later, they left."
    assert _found(_plain(far))[-1][1:] == (None, None, "anchored:unresolved")
    coarse = "In 2019, they left; a day later, they came back. The following year, they stayed."
    found = _found(_plain(coarse))
    assert found[1][3] == "anchored:unresolved"  # a year is no anchor for "a day later"
    assert found[2][1:3] == ("2020-01-01", "2020-12-31")


def test_offsets_followed_by_an_event_are_unresolved() -> None:
    text = (
        "Troops crossed on 4 January 2023. Two days after the attack, they left. "
        "It began a month earlier than usual."
    )
    found = _found(_plain(text))
    assert found[1] == ("Two days after", None, None, "anchored:unresolved")
    assert len(found) == 2  # "earlier than usual" is a comparison


def test_ranges_join_adjacent_expressions() -> None:
    found = find_times(
        _plain("Strikes ran from March 3 to March 5 and between 2010 and 2012."), article_date=TUE
    )
    assert [(t.text, t.date, t.enddate, t.precision) for t in found] == [
        ("March 3 to March 5", _d("2024-03-03"), _d("2024-03-05"), D),
        ("2010 and 2012", _d("2010-01-01"), _d("2012-12-31"), Y),
    ]
    assert found[0].rule.startswith("range:")
    listed = find_times(_plain("Votes were held on 3 March and 5 March."), article_date=TUE)
    assert [t.text for t in listed] == ["3 March", "5 March"]


def test_a_range_takes_its_year_from_its_second_end() -> None:
    found = find_times(
        _plain(
            "The truce held between January and March 2021, and the siege from November to February 2020."
        ),
        article_date=TUE,
    )
    assert [(t.text, t.date, t.enddate, t.precision) for t in found] == [
        ("January and March 2021", _d("2021-01-01"), _d("2021-03-31"), M),
        ("November to February 2020", _d("2019-11-01"), _d("2020-02-29"), M),
    ]
    days = find_times(_plain("Shelling went on from 3 March to 5 April 2019."), article_date=TUE)
    assert [(t.date, t.enddate) for t in days] == [(_d("2019-03-03"), _d("2019-04-05"))]
    apart = find_times(_plain("She left in January and came back in March 2019."), article_date=TUE)
    assert [t.date for t in apart] == [_d("2024-01-01"), _d("2019-03-01")]  # two dates, not a range


def test_longest_match_wins_and_no_overlaps() -> None:
    found = find_times(
        _plain("On Tuesday, March 5, 2024 and in mid-March 2023 and late last July."), article_date=TUE
    )
    assert [t.text for t in found] == ["Tuesday, March 5, 2024", "mid-March 2023", "late last July"]
    assert all(a.end <= b.start for a, b in zip(found, found[1:], strict=False))


def test_numbers_that_are_not_times() -> None:
    text = (
        "Profits rose 76% to $1.13bn, 1,200 people, 6,000 years, at 1200 GMT, the 42-year-old, "
        "for three months."
    )
    assert find_times(_plain(text), article_date=TUE) == []
    assert find_times(_plain("The meeting starts at 11:00am."), article_date=TUE) == []


def test_relative_finds_without_article_date() -> None:
    found = _found(_plain("On Monday, a report from 3 May 2021 was published."), ref=None)
    assert found == [
        ("Monday", None, None, "relative:weekday:unresolved"),
        ("3 May 2021", "2021-05-03", "2021-05-03", "absolute:day-month-year"),
    ]


def test_data_file_and_triggers() -> None:
    lex = load_lexicon()
    assert lex.months["September"] == 9 and lex.weekdays["Sunday"] == 6
    assert set(TRIGGERS) >= {p.trigger for p in PATTERNS}
    assert all(p.kind in ("absolute", "relative", "anchored") for p in PATTERNS)


# ---------------------------------------------------------------- with the real parse
Parse = Callable[[str], ParsedDoc]


def _times(parse: Parse, text: str, ref: date = TUE) -> list[tuple[str, str | None]]:
    return [
        (t.text, t.date.isoformat() if t.date else None) for t in find_times(parse(text), article_date=ref)
    ]


@pytest.mark.model
def test_tense_decides_the_weekday(parse: Parse) -> None:
    assert _times(parse, "The minister will travel to Washington on Thursday.") == [
        ("Thursday", "2024-03-14")
    ]
    assert _times(parse, "The minister travelled to Washington on Thursday.") == [("Thursday", "2024-03-07")]
    assert _times(parse, "She is due to arrive in Nairobi on Friday.") == [("Friday", "2024-03-15")]
    assert _times(parse, "The president plans to visit Kyiv on Monday.") == [("Monday", "2024-03-18")]
    assert _times(parse, "Talks are scheduled to resume on Saturday.") == [("Saturday", "2024-03-16")]
    assert _times(parse, "The rebels are expected to sign the deal on Monday.") == [("Monday", "2024-03-18")]
    assert _times(parse, "The summit opens in Geneva on Thursday.") == [("Thursday", "2024-03-14")]
    assert _times(parse, "Police said on Monday that they will release him on Thursday.") == [
        ("Monday", "2024-03-11"),
        ("Thursday", "2024-03-14"),
    ]


@pytest.mark.model
def test_verbs_of_planning_point_ahead(parse: Parse) -> None:
    text = "Unions have been expecting a strike on 9 June."
    assert _times(parse, text) == [("9 June", "2024-06-09")]


@pytest.mark.model
def test_a_month_and_a_count_are_not_a_date(parse: Parse) -> None:
    assert _times(parse, "In January 25 people were detained.") == [("January", "2024-01-01")]


@pytest.mark.model
def test_reporting_verbs_in_the_present_are_past(parse: Parse) -> None:
    assert _times(parse, "The ministry says the army withdrew on Sunday.") == [("Sunday", "2024-03-10")]
    assert _times(parse, "Officials say Monday's attack killed nine people.") == [("Monday", "2024-03-11")]


@pytest.mark.model
def test_tense_decides_the_year_of_a_month(parse: Parse) -> None:
    assert _times(parse, "Parliament will vote on the budget in February.") == [("February", "2025-02-01")]
    assert _times(parse, "Parliament voted on the budget in April.") == [("April", "2023-04-01")]
    assert _times(parse, "The ceasefire was signed on 20 March.") == [("20 March", "2023-03-20")]
    assert _times(parse, "The ceasefire will be signed on 20 March.") == [("20 March", "2024-03-20")]


@pytest.mark.model
def test_may_march_and_names(parse: Parse) -> None:
    # a modal is no past tense: the nearest May
    assert _times(parse, "Protesters may march on the capital in May.") == [("May", "2024-05-01")]
    assert _times(parse, "Theresa May met the Irish prime minister in Dublin.") == []
    assert _times(parse, "May I ask what the ministry plans?") == []
    assert _times(parse, "Thousands joined a protest march through the city.") == []
    found = _times(parse, "The Sunday Times reported the raid on Wednesday.")
    assert found == [("Wednesday", "2024-03-06")]
    found = _times(parse, "On Friday Prime Minister Kagame met the envoy.")
    assert found == [("Friday", "2024-03-08")]


@pytest.mark.model
def test_years_need_a_cue_or_a_date_entity(parse: Parse) -> None:
    assert _times(parse, "The agreement was signed in 2016.") == [("2016", "2016-01-01")]
    assert _times(parse, "Rebels seized 2000 rifles from the depot.") == []
    assert _times(parse, "The 2014 election was disputed.") == [("2014", "2014-01-01")]
    assert _times(parse, "Its 2014 elections were disputed.") == [("2014", "2014-01-01")]
    assert _times(parse, "The army grew in the 1990s.") == [("the 1990s", "1990-01-01")]


@pytest.mark.model
def test_article_example_from_format_md(parse: Parse) -> None:
    text = (
        "Kenya's president flew to Addis Ababa on Monday for talks with Ethiopian Prime Minister Abiy Ahmed."
    )
    found = find_times(parse(text), article_date=date(2024, 5, 15))
    assert [(t.text, t.date, t.enddate, t.precision) for t in found] == [
        ("Monday", _d("2024-05-13"), _d("2024-05-13"), D)
    ]


@pytest.mark.model
def test_a_news_paragraph(parse: Parse) -> None:
    text = (
        "Fighting broke out in the north last weekend. On Sunday, the government declared a curfew, "
        "and the next day it closed the border. The UN envoy will visit next month, two years after "
        "her last trip, and elections are planned for June."
    )
    found = find_times(parse(text), article_date=TUE)
    got = [(t.text, t.date, t.enddate, t.precision) for t in found]
    assert got == [
        ("last weekend", _d("2024-03-09"), _d("2024-03-10"), W),
        ("Sunday", _d("2024-03-10"), _d("2024-03-10"), D),
        ("the next day", _d("2024-03-11"), _d("2024-03-11"), D),
        ("next month", _d("2024-04-01"), _d("2024-04-30"), M),
        ("two years after", None, None, Y),
        ("June", _d("2024-06-01"), _d("2024-06-30"), M),
    ]


def test_empty_and_dateless_texts() -> None:
    assert find_times(ParsedDoc(text="", tokens=(), sents=()), article_date=TUE) == []
    assert find_times(_plain("No time is mentioned here at all."), article_date=None) == []


# ---------------------------------------------------------------- the weekend, weekdays and events as anchors
def test_the_weekend_follows_the_tense() -> None:
    assert _r("the weekend") == ("2024-03-09", "2024-03-10", "week")
    assert _r("over the weekend") == ("2024-03-09", "2024-03-10", "week")
    assert _r("the weekend", tense="future") == ("2024-03-16", "2024-03-17", "week")
    assert _r("the weekend", ref=date(2024, 3, 16)) == ("2024-03-16", "2024-03-17", "week")  # a Saturday
    assert _r("the weekend", ref=None) == (None, None, "week")


def test_anchored_weekday_needs_an_anchor() -> None:
    wednesday = (date(2024, 3, 6), date(2024, 3, 6))
    assert resolve_time_text("the following Monday", article_date=TUE, anchor=wednesday) == (
        date(2024, 3, 11), date(2024, 3, 11), D,
    )  # fmt: skip
    assert resolve_time_text("the previous Friday", article_date=TUE, anchor=wednesday) == (
        date(2024, 3, 1), date(2024, 3, 1), D,
    )  # fmt: skip
    assert _r("the following Monday") == (None, None, "day")
    assert _r("the next Monday") == ("2024-03-18", "2024-03-18", "day")  # nothing to anchor: deictic


def test_explicit_anchor_resolves_offsets_named_after_an_event() -> None:
    attack = (date(2024, 3, 2), date(2024, 3, 2))
    assert _r("two days after") == (None, None, "day")
    assert resolve_time_text("two days after", article_date=TUE, anchor=attack) == (
        date(2024, 3, 4), date(2024, 3, 4), D,
    )  # fmt: skip
    assert resolve_time_text("a day earlier", article_date=TUE, anchor=attack) == (
        date(2024, 3, 1), date(2024, 3, 1), D,
    )  # fmt: skip
    week = (date(2024, 3, 4), date(2024, 3, 10))
    assert resolve_time_text("the following week", article_date=TUE, anchor=week) == (
        date(2024, 3, 11), date(2024, 3, 17), W,
    )  # fmt: skip
    assert resolve_time_text("a day later", article_date=TUE, anchor=week) == (None, None, D)  # too coarse


def test_anchored_weekday_in_running_text() -> None:
    found = _found(_plain("The talks opened on 5 March. They collapsed the following Friday."))
    assert found[-1] == ("the following Friday", "2024-03-08", "2024-03-08", "anchored:weekday")
