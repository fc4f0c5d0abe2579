"""Peacekeepers withdrawn are aid withdrawn (SANCTION withdraw, CAMEO 1661); other troops that pull
out retreat (RETREAT withdraw)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from dragoman.lexicon import find_triggers, load_lexicon
from dragoman.parsed import ParsedDoc
from dragoman.stages.senses import peacekeeping

Parse = Callable[[str], ParsedDoc]


def _coded(parse: Parse, text: str) -> list[tuple[str, str | None, str]]:
    parsed = parse(text)
    out = []
    for trig in find_triggers(parsed, load_lexicon()):
        entry = peacekeeping(parsed, trig).entry
        out.append((str(entry.event), entry.cameo, entry.id))
    return out


@pytest.mark.model
def test_peacekeepers_pulled_out_are_aid_withdrawn(parse: Parse) -> None:
    coded = _coded(parse, "Kenyan peacekeepers pulled out of the border town on Sunday.")
    assert [(e, c) for e, c, _ in coded] == [("SANCTION", "1661")]
    assert coded[0][2].endswith(">peacekeepers-out")


@pytest.mark.model
def test_peacekeepers_shipped_out_are_aid_withdrawn(parse: Parse) -> None:
    coded = _coded(parse, "Forty Indian peacekeepers were shipped out of the enclave.")
    assert [e for e, _, _ in coded] == ["SANCTION"]


@pytest.mark.model
def test_other_troops_pulling_out_retreat(parse: Parse) -> None:
    coded = _coded(parse, "Turkish troops pulled out of the Syrian village on Sunday.")
    assert [e for e, _, _ in coded] == ["RETREAT"]
