"""HTML pages -> Article through trafilatura (dragoman.read.html)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from dragoman.errors import InputError
from dragoman.read import read_html_article
from dragoman.schema import text_id

DATA = Path(__file__).parent / "data" / "read"


def test_article_page() -> None:
    html = (DATA / "article.html").read_text(encoding="utf-8")
    article = read_html_article(html, origin="article.html", default_date=None)
    assert article.title == "Border talks end without deal"
    assert article.date == date(2024, 3, 12)
    assert article.authors == ("Maria Lopez",)
    assert article.url == "https://herald.example.org/world/border-talks"
    assert article.source == "The Example Herald"
    assert article.dateline_place == "Geneva"
    assert article.text.startswith("Negotiators from the two neighbouring countries")
    assert article.text.endswith("time was running out.")
    for boilerplate in ("Subscribe", "Privacy", "Copyright", "Sport", "Border talks end"):
        assert boilerplate not in article.text
    assert article.id == text_id(article.text)
    assert article.origin == "article.html"


def test_dateline_date_when_metadata_has_none() -> None:
    html = (DATA / "nodate.html").read_text(encoding="utf-8")
    article = read_html_article(html, origin="nodate.html", default_date=date(2024, 6, 10))
    assert article.date == date(2024, 6, 3)
    assert article.dateline_place == "Lima, Peru"
    assert article.text.startswith("Hundreds of farmers blocked the main highway")
    assert "Contact us" not in article.text


@pytest.mark.parametrize(
    "html",
    [
        "<<<>>><html",
        "<html><head><title>Menu</title></head><body><nav><a href='/'>Home</a></nav></body></html>",
        "<html><body><p>12 34 56</p></body></html>",
    ],
)
def test_no_article_text(html: str) -> None:
    with pytest.raises(InputError) as info:
        read_html_article(html, origin="bad.html", default_date=None)
    assert info.value.reason == "no article text found in HTML"
    assert info.value.source == "bad.html"
