"""The PLOVER ontology table: complete, consistent, and looked up by (type, mode)."""

from __future__ import annotations

import pytest

from dragoman.errors import ConfigError
from dragoman.ontology import CONTEXTS, MODES, TABLE, code, is_context, stated_intent
from dragoman.schema import EventType

COOPERATIVE = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT"}


def test_every_type_has_a_base_row_and_every_mode_a_row() -> None:
    for etype in EventType:
        assert code(etype).mode is None
        for mode in MODES[etype]:
            row = code(etype, mode)
            assert (row.event, row.mode) == (etype, mode)


def test_rows_are_unique_and_within_range() -> None:
    keys = [(row.event, row.mode) for row in TABLE]
    assert len(keys) == len(set(keys))
    for row in TABLE:
        assert row.quad_code in (1, 2, 3, 4)
        assert -10.0 <= row.intensity <= 10.0
        assert row.cameo.isdigit() and 2 <= len(row.cameo) <= 4
        assert row.mode is None or row.mode in MODES[row.event]


def test_cooperative_types_score_positive_and_conflictual_negative() -> None:
    for row in TABLE:
        if str(row.event) in COOPERATIVE:
            assert row.intensity > 0 and row.quad_code in (1, 2), row
        elif str(row.event) not in ("REQUEST",):
            assert row.intensity < 0 and row.quad_code in (3, 4), row


@pytest.mark.parametrize(
    ("etype", "mode", "cameo", "quad"),
    [
        ("CONSULT", "visit", "042", 1),
        ("CONSULT", "phone", "041", 1),
        ("RETREAT", "release", "0841", 2),
        ("ASSAULT", "abduct", "181", 4),
        ("ASSAULT", "aerial", "195", 4),
        ("PROTEST", "demo", "141", 3),
        ("COERCE", "arrest", "173", 4),
        ("SANCTION", "expel", "166", 4),
        ("ACCUSE", "investigate", "090", 3),
    ],
)
def test_known_cameo_equivalents(etype: str, mode: str, cameo: str, quad: int) -> None:
    row = code(etype, mode)
    assert (row.cameo, row.quad_code) == (cameo, quad)


#: the modes of PLOVER 2.0 as the issue lists them (types without modes carry contexts only)
ISSUE_MODES = {
    "CONSULT": "visit third-party multilateral phone",
    "RETREAT": "withdraw release disarm ceasefire access resign",
    "REQUEST": "assist change yield meet",
    "REJECT": "assist change yield meet",
    "ACCUSE": "disapprove investigate allege",
    "THREATEN": "restrict arrest relations expel territory violence",
    "PROTEST": "demo riot strike hunger boycott obstruct vandalize",
    "SANCTION": "convict expel withdraw discontinue",
    "MOBILIZE": "troops weapons police militia",
    "COERCE": "seize restrict censor curfew martial-law arrest deport withhold misinformation cyber",
    "ASSAULT": "abduct beat torture sexual targeted destroy primitive firearms explosives "
    "suicide-attack aerial drone heavy-weapons crowd-control unconventional",
}


def test_modes_are_exactly_the_issues_list() -> None:
    for etype in EventType:
        assert MODES[etype] == tuple(ISSUE_MODES.get(str(etype), "").split()), etype


def test_the_modes_the_manual_names() -> None:
    assert MODES[EventType.CONSULT] == ("visit", "third-party", "multilateral", "phone")
    assert {"demo", "riot", "strike", "hunger", "boycott", "obstruct", "vandalize"} == set(
        MODES[EventType.PROTEST]
    )
    assert {"abduct", "aerial", "drone", "suicide-attack", "crowd-control"} <= set(MODES[EventType.ASSAULT])
    assert {"convict", "expel", "withdraw", "discontinue"} == set(MODES[EventType.SANCTION])


def test_unknown_type_or_mode_is_a_config_error() -> None:
    with pytest.raises(ConfigError, match="no mode 'aerial'"):
        code("CONSULT", "aerial")
    with pytest.raises(ConfigError, match="unknown PLOVER event type"):
        code("FIGHT")


def test_contexts() -> None:
    for name in ("diplomatic", "military", "economic", "terrorism", "human_rights", "humanitarian", "cyber"):
        assert is_context(name)
    assert not is_context("sport")
    assert all(c == c.lower() for c in CONTEXTS)


@pytest.mark.parametrize(
    ("etype", "modality", "rule", "expected"),
    [
        ("AID", "future", "aux:will", "AGREE"),
        ("CONSULT", "hypothetical", "gov:offer", "AGREE"),
        ("RETREAT", "future", "gov:willing", "AGREE"),
        ("PROTEST", "future", "aux:would", "THREATEN"),
        ("SANCTION", "hypothetical", "aux:may", "THREATEN"),
        ("RETREAT", "negated", "gov:refuse", "REJECT"),
        ("RETREAT", "negated", "neg:not", None),
        ("ASSAULT", "negated", "gov:deny", None),
        ("ASSAULT", "asserted", "default", None),
        ("REQUEST", "hypothetical", "aux:could", None),
        ("THREATEN", "future", "aux:will", None),
        ("AGREE", "negated", "neg:will-not", "REJECT"),
        ("AGREE", "negated", "neg:not", None),
        ("AID", "negated", "neg:will-not", "REJECT"),
        ("RETREAT", "hypothetical", "cond:unless", "THREATEN"),
        ("RETREAT", "hypothetical", "cond:if", "AGREE"),
    ],
)
def test_the_statement_behind_an_unrealised_act(
    etype: str, modality: str, rule: str, expected: str | None
) -> None:
    found = stated_intent(etype, modality, rule)
    assert (str(found) if found else None) == expected
