"""Modality of purpose clauses and of "where" clauses hung as complements (stages/modality.py)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from builders import cue_on
from dragoman.parsed import ParsedDoc

Parse = Callable[[str], ParsedDoc]
pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        # the purpose of a demanded or promised act is not realised either
        (
            "Spain demanded a meeting with Morocco to discuss the crossings.",
            "discuss",
            ("hypothetical", "purpose-of+gov:demand"),
        ),
        (
            "The rebels will send fighters to attack the garrison.",
            "attack",
            ("future", "purpose-of+aux:will"),
        ),
        (
            "Chad refused to send troops to fight the insurgents.",
            "fight",
            ("negated", "purpose-of+gov:refuse"),
        ),
        # the purpose of a done act is told as done
        ("The minister phoned her counterpart to discuss the crisis.", "discuss", ("asserted", "default")),
    ],
)
def test_a_purpose_shares_the_fate_of_its_act(
    parse: Parse, text: str, word: str, expected: tuple[str, str]
) -> None:
    assert cue_on(parse, text, word) == expected


def test_a_where_clause_is_its_own_context(parse: Parse) -> None:
    text = (
        "Syria threatened to strike Turkish villages in reprisal for a raid on Qamishli where, "
        "it said, 12 civilians were killed."
    )
    assert cue_on(parse, text, "killed") == ("asserted", "default")
    assert cue_on(parse, text, "strike")[0] == "hypothetical"
