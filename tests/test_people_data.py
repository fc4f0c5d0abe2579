"""The office-holder table people.tsv: its rows are valid, and its coverage is what its header claims.

The coverage figures asserted here are the ones written in the header of ``dragoman/data/people.tsv``;
when rows are added, measure again and update both. No spaCy model is needed.
"""

from __future__ import annotations

import re
from collections import defaultdict
from datetime import date

import pytest

from dragoman.registry import Registry, fold, pieces
from dragoman.registry_files import Row, builtin_rows
from dragoman.schema import INTERNATIONAL_CODES, SECTORS

PERIOD = (date(2000, 1, 1), date(2025, 6, 30))
#: States that came into being after 2000: coverage is measured from their independence.
INDEPENDENCE = {"SSD": date(2011, 7, 9), "KOS": date(2008, 2, 17), "MNE": date(2006, 6, 3)}
#: Roles that hold the executive: the head of state or of government.
LEADER_ROLES = frozenset({"president", "head of state", "prime minister", "chancellor"})
THRESHOLD = 0.95

G20 = "ARG AUS BRA CAN CHN DEU FRA GBR IDN IND ITA JPN KOR MEX RUS SAU TUR USA ZAF".split()
CONFLICT = (
    "UKR ISR PSE IRN IRQ SYR AFG PAK YEM LBN SDN SSD ETH SOM NGA MLI COD LBY EGY MMR VEN COL KEN UGA RWA BFA "
    "NER TCD CAF MOZ SRB KOS ARM AZE GEO BLR KAZ PRK TWN PHL THA QAT ARE JOR DZA MAR TUN HTI CUB NIC BOL"
).split()

# The figures claimed in the header of people.tsv.
LEADER_STATES = 86
STATES_WITH_HOLDERS = 86
FOREIGN_COMPLETE = (
    "ARG AUS BRA CAN CHN DEU ESP FRA GBR IDN IND IRN ISR ITA JPN KOR MEX QAT RUS SAU TUR UKR USA ZAF".split()
)
DEFENCE_COMPLETE = "AUS CAN CHN DEU FRA GBR IND ISR ITA JPN MEX RUS TUR USA ZAF".split()
INTERIOR_COMPLETE = "DEU FRA GBR IND ITA RUS SAU".split()

#: Same office, same state, two holders at once, where that was so: rival governments, co-leaders.
REAL_OVERLAPS = {
    ("PSE", "Hamas leader"),  # the political bureau chief and the Gaza leader
    ("CIV", "president"),  # Gbagbo and Ouattara, both sworn in, 2010-12 to 2011-04
    ("LBY", "head of state"),  # Gaddafi and the National Transitional Council, 2011
    ("LBY", "prime minister"),  # the eastern and the Tripoli governments, 2016-2021
}


#: (state, role) -> the terms (start, end, name) of its holders.
Terms = dict[tuple[str, str], list[tuple[date | None, date | None, str]]]


def _people() -> list[Row]:
    return [r for r in builtin_rows() if r["kind"] == "person"]


def _day(text: str) -> date | None:
    return date.fromisoformat(text) if text else None


def _terms(rows: list[Row]) -> Terms:
    terms: Terms = defaultdict(list)
    for row in rows:
        terms[(row["code"], row["role"])].append((_day(row["start"]), _day(row["end"]), row["name"]))
    return terms


def coverage(terms: Terms, code: str, roles: frozenset[str]) -> float:
    """The share of the period (from independence for younger states) in which one of ``roles`` is held."""
    first, last = max(PERIOD[0], INDEPENDENCE.get(code, PERIOD[0])), PERIOD[1]
    spans = sorted(
        (max(start, first), min(end or last, last))
        for role in roles
        for start, end, _ in terms.get((code, role), [])
        if start is not None and start < last and (end is None or end > first)
    )
    covered, reach = 0, first
    for start, end in spans:
        if end > reach:
            covered += (end - max(start, reach)).days
            reach = end
    return covered / (last - first).days


def complete(terms: Terms, role: str) -> list[str]:
    codes = sorted({code for code, r in terms if r == role and len(code) == 3})
    return [c for c in codes if coverage(terms, c, frozenset({role})) >= THRESHOLD]


@pytest.fixture(scope="module")
def rows() -> list[Row]:
    return _people()


@pytest.fixture(scope="module")
def terms(rows: list[Row]) -> Terms:
    return _terms(rows)


def test_coverage_helper_measures_the_union_of_terms() -> None:
    terms: Terms = {
        ("XXA", "president"): [(date(1990, 1, 1), date(2010, 1, 1), "A")],
        ("XXA", "prime minister"): [(date(2005, 1, 1), date(2012, 12, 31), "B")],
        ("XXA", "foreign minister"): [(date(2013, 1, 1), None, "C")],
    }
    both = coverage(terms, "XXA", LEADER_ROLES)
    assert both == pytest.approx((date(2012, 12, 31) - date(2000, 1, 1)).days / (PERIOD[1] - PERIOD[0]).days)
    assert coverage(terms, "XXA", frozenset({"foreign minister"})) < 0.5
    assert coverage(terms, "XXB", LEADER_ROLES) == 0.0
    assert coverage({("SSD", "president"): [(date(2011, 7, 9), None, "K")]}, "SSD", LEADER_ROLES) == 1.0


def test_head_of_state_or_government_coverage(
    terms: Terms,
) -> None:
    codes = sorted({code for code, _ in terms if len(code) == 3 and code not in INTERNATIONAL_CODES})
    covered = [c for c in codes if coverage(terms, c, LEADER_ROLES) >= THRESHOLD]
    assert len(covered) == LEADER_STATES, covered
    missing = [c for c in G20 + CONFLICT if c not in covered]
    assert not missing, missing


def test_complete_ministers(terms: Terms) -> None:
    assert complete(terms, "foreign minister") == sorted(FOREIGN_COMPLETE)
    assert complete(terms, "defence minister") == sorted(DEFENCE_COMPLETE)
    assert complete(terms, "interior minister") == sorted(INTERIOR_COMPLETE)


def test_the_header_states_the_measured_figures(rows: list[Row]) -> None:
    from importlib import resources

    text = (resources.files("dragoman") / "data" / "people.tsv").read_text(encoding="utf-8")
    header = " ".join(line.lstrip("# ") for line in text.splitlines() if line.startswith("#"))
    assert f"of {LEADER_STATES} states is recorded" in header
    assert f"every G20 state and the conflict states {' '.join(sorted(CONFLICT))};" in header
    states = {r["code"] for r in rows if r["code"] not in INTERNATIONAL_CODES}
    assert len(states) == STATES_WITH_HOLDERS
    assert f"{STATES_WITH_HOLDERS} states have at least one office holder" in header
    for label, codes in (
        ("foreign ministers", FOREIGN_COMPLETE),
        ("defence ministers", DEFENCE_COMPLETE),
        ("interior ministers", INTERIOR_COMPLETE),
    ):
        assert f"{label} are complete for {' '.join(sorted(codes))}" in header, label


def test_rows_are_valid(rows: list[Row]) -> None:
    countries = {e.code for e in Registry.load().entries.values() if e.kind == "country"}
    for row in rows:
        where = f"{row['name']} {row['code']} {row['office']}"
        assert row["code"] in countries or row["code"] in INTERNATIONAL_CODES, where
        assert row["sector"] in SECTORS, where
        assert row["gender"] in ("m", "f", ""), where
        assert row["wikidata"] == "" or re.fullmatch(r"Q[1-9][0-9]*", row["wikidata"]), where
        start, end = _day(row["start"]), _day(row["end"])
        assert start is None or end is None or start < end, where
        assert end is None or end <= date(2025, 12, 31), where
        assert row["name"] == row["name"].strip() and "  " not in row["name"], where


def test_roles_are_known(rows: list[Row]) -> None:
    registry = Registry.load()
    roles = {office.role for office in registry.offices.values()}
    bodies = {e.name for e in registry.entries.values() if e.kind in ("organisation", "group")}
    for row in rows:
        role = row["role"]
        known = role in roles or any(
            role == f"{body} {r}" for body in bodies for r in roles if role.endswith(r)
        )
        assert known, f"{row['name']}: role {role!r}"


def test_one_holder_of_an_office_at_a_time(
    terms: Terms,
) -> None:
    clashes = []
    for key, spans in terms.items():
        dated = sorted((s, e or date.max, n) for s, e, n in spans if s is not None)
        for (_, end, name), (start, _, other) in zip(dated, dated[1:], strict=False):
            if start < end and key not in REAL_OVERLAPS:
                clashes.append((key, name, other))
    assert not clashes


def test_a_persons_rows_agree(rows: list[Row]) -> None:
    seen: dict[str, tuple[str, str, str]] = {}
    for row in rows:
        facts = (row["aliases"], row["gender"], row["wikidata"])
        assert seen.setdefault(row["name"], facts) == facts, row["name"]


def test_no_alias_names_two_people(rows: list[Row]) -> None:
    owner: dict[tuple[str, ...], str] = {}
    for row in rows:
        for text in [row["name"], *filter(None, row["aliases"].split("|"))]:
            key = tuple(fold(p) for p in pieces(text))
            assert owner.setdefault(key, row["name"]) == row["name"], (text, row["name"], owner[key])


@pytest.mark.parametrize(
    ("alias", "name", "on", "office"),
    [
        ("Zelenskyy", "Volodymyr Zelensky", date(2022, 3, 1), "president"),
        ("Rabbani", "Burhanuddin Rabbani", date(2000, 6, 1), "president"),
        ("Vučić", "Aleksandar Vucic", date(2015, 6, 1), "prime minister"),
        ("Tokayev", "Kassym-Jomart Tokayev", date(2023, 1, 1), "president"),
        ("Prabowo", "Prabowo Subianto", date(2021, 1, 1), "defence minister"),
        ("Prabowo", "Prabowo Subianto", date(2025, 1, 1), "president"),
        ("Livni", "Tzipi Livni", date(2007, 1, 1), "foreign minister"),
    ],
)
def test_aliases_resolve_to_the_office_of_the_day(alias: str, name: str, on: date, office: str) -> None:
    hits = Registry.load().lookup(alias, on=on)
    assert hits and hits[0].entry.name == name
    assert (hits[0].office, hits[0].rule) == (office, "registry:person")
