"""The cheap English check (dragoman.read.language)."""

from __future__ import annotations

import pytest

from dragoman.read.language import MIN_ENGLISH_SHARE, guess_language

ENGLISH = (
    "The government said on Monday that it would send a delegation to the capital for talks with the "
    "rebel leaders, who have held the northern town since January. Officials in the region told "
    "reporters that the fighting had stopped but that many families were still unable to return."
)
SPANISH = (
    "El gobierno anunció el lunes que enviará una delegación a la capital para conversar con los "
    "líderes rebeldes, que controlan la ciudad del norte desde enero. Según los funcionarios de la "
    "región, los combates han cesado pero muchas familias todavía no pueden regresar a sus casas."
)
GERMAN = (
    "Die Regierung hat am Montag angekündigt, dass sie eine Delegation in die Hauptstadt schicken wird, "
    "um mit den Anführern der Rebellen zu sprechen, die die Stadt im Norden seit Januar kontrollieren. "
    "Nach Angaben der Behörden ist die Lage ruhig, aber viele Familien können nicht zurückkehren."
)
RUSSIAN = "Правительство заявило в понедельник, что направит делегацию в столицу для переговоров."
CHINESE = "政府周一表示将派代表团前往首都与反对派领导人举行会谈。"


def test_english() -> None:
    guess = guess_language(ENGLISH)
    assert guess.english
    assert guess.english_share > 0.3


@pytest.mark.parametrize(("text", "name"), [(SPANISH, "Spanish"), (GERMAN, "German")])
def test_latin_script_languages(text: str, name: str) -> None:
    guess = guess_language(text)
    assert not guess.english
    assert guess.looks_like == name
    assert guess.english_share < MIN_ENGLISH_SHARE


@pytest.mark.parametrize(("text", "name"), [(RUSSIAN, "Cyrillic script"), (CHINESE, "Chinese")])
def test_other_scripts(text: str, name: str) -> None:
    guess = guess_language(text)
    assert not guess.english
    assert guess.looks_like == name


def test_short_text_passes() -> None:
    assert guess_language("Talks resume in Geneva").english


def test_english_with_foreign_names_passes() -> None:
    text = (
        "President Andrés Manuel López Obrador met Luiz Inácio Lula da Silva in São Paulo, where "
        "the two leaders discussed trade and the situation in the region with their ministers."
    )
    assert guess_language(text).english
