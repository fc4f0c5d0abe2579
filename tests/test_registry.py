"""The actor registry: built-in data, dated lookups, user files, the token index (no model needed)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from importlib import resources
from pathlib import Path

import pytest

from dragoman.errors import ConfigError
from dragoman.fuzzy import close_words
from dragoman.parsed import ParsedDoc, Span, Token
from dragoman.registry import Registry, fold, pieces
from dragoman.schema import INTERNATIONAL_CODES, SECTORS

DATA_FILES = (
    "countries.tsv",
    "organisations.tsv",
    "groups.tsv",
    "people.tsv",
    "sector_nouns.tsv",
    "offices.tsv",
    "given_names.tsv",
)


def _doc(words: list[tuple[str, str]]) -> ParsedDoc:
    """A one-sentence parse built by hand from (word, tag) pairs, every token its own head."""
    tokens, idx = [], 0
    for i, (word, tag) in enumerate(words):
        pos = {"NNP": "PROPN", "NNPS": "PROPN", "NN": "NOUN", "NNS": "NOUN", "PRP": "PRON"}.get(tag, "X")
        glued = word == "-" or (i + 1 < len(words) and words[i + 1][0] in (".", ",", "'s", "-"))
        space = "" if glued else " "
        tokens.append(Token(i, word, idx, word.lower(), pos, tag, "dep", i, 0, whitespace=space))
        idx += len(word) + len(space)
    text = "".join(t.text + t.whitespace for t in tokens)
    sent = Span(0, len(tokens), 0, len(text), "SENT", text)
    return ParsedDoc(text=text, tokens=tuple(tokens), sents=(sent,))


def test_builtin_registry_is_cached(registry: Registry) -> None:
    assert Registry.load() is registry
    assert Registry.load(()) is registry


def test_every_data_file_documents_its_format_and_sources() -> None:
    data = resources.files("dragoman") / "data"
    for name in DATA_FILES:
        text = (data / name).read_text(encoding="utf-8")
        header = [line for line in text.splitlines() if line.startswith("#")]
        assert len(header) >= 5, name
        assert any("Sources:" in line for line in header), name


def test_countries(registry: Registry) -> None:
    countries = [e for e in registry.entries.values() if e.kind == "country"]
    codes = [e.code for e in countries]
    assert len(countries) >= 240
    assert len(set(codes)) == len(codes)
    assert all(c is not None and len(c) == 3 and c.isupper() for c in codes)
    assert registry.country("KOS") is not None and registry.country("PSE") is not None
    assert registry.country("XKX") is None
    france = registry.country("FRA")
    assert france is not None and france.wikidata_id == "Q142" and "French" in france.adjectives


def test_starter_lists_are_large_enough(registry: Registry) -> None:
    kinds = [e.kind for e in registry.entries.values()]
    assert kinds.count("group") >= 150
    assert kinds.count("organisation") >= 100
    people = [e for e in registry.entries.values() if e.kind == "person"]
    states = {t.code for p in people for t in p.terms}
    assert len(states) >= 40
    for entry in registry.entries.values():
        assert entry.sector is None or entry.sector in SECTORS, entry
        assert entry.code is None or len(entry.code) == 3, entry
        for term in entry.terms:
            assert term.start is None or term.end is None or term.start < term.end, entry


@pytest.mark.parametrize(
    ("name", "code", "sector", "rule"),
    [
        ("Peru", "PER", "GOV", "registry:country"),
        ("Peruvian", "PER", "GOV", "registry:country-adjective"),
        ("Ukrainians", "UKR", "CVL", "registry:country-people"),
        ("the Kremlin", "RUS", "GOV", "registry:country-seat"),
        ("Downing Street", "GBR", "GOV", "registry:country-seat"),
        ("the White House", "USA", "GOV", "registry:country-seat"),
        ("the Pentagon", "USA", "MIL", "registry:country-seat"),
        ("the Élysée", "FRA", "GOV", "registry:country-seat"),
        ("Tehran", "IRN", "GOV", "registry:country-seat"),
        ("Kosovo", "KOS", "GOV", "registry:country"),
        ("Palestinian", "PSE", "GOV", "registry:country-adjective"),
        ("UNICEF", "UNO", None, "registry:organisation"),
        ("European Commission", "EUR", "GOV", "registry:organisation"),
        ("Human Rights Watch", "NGO", None, "registry:organisation"),
        ("Daesh", "IMG", "REB", "registry:group"),
        ("Hezbollah", "LBN", "REB", "registry:group"),
        ("Wagner Group", "RUS", "PRM", "registry:group"),
        ("International Labour Organisation", "UNO", "LAB", "registry:organisation"),
    ],
)
def test_lookup_names(registry: Registry, name: str, code: str, sector: str | None, rule: str) -> None:
    hit = registry.lookup(name, on=None)[0]
    assert (hit.code, hit.sector, hit.rule) == (code, sector, rule)


def test_names_are_found_in_british_and_american_spelling() -> None:
    from dragoman.registry import spellings

    both = ["World Health Organization", "World Health Organisation"]
    assert spellings("World Health Organization") == both
    assert spellings("Labour Party") == ["Labour Party"]  # Australia's Labor Party is another party
    assert len(spellings("Centre for Defence Studies")) == 4


def test_people_resolve_to_the_office_held_on_the_date(registry: Registry) -> None:
    vp = registry.lookup("Joe Biden", on=date(2015, 1, 1))[0]
    assert (vp.code, vp.sector, vp.office, vp.rule) == ("USA", "GOV", "vice president", "registry:person")
    assert vp.start == date(2009, 1, 20) and vp.end == date(2017, 1, 20)
    president = registry.lookup("Biden", on=date(2023, 1, 1))[0]
    assert president.office == "president" and president.entry.wikidata_id == "Q6279"
    former = registry.lookup("biden", on=date(2019, 1, 1))[0]
    assert (former.rule, former.sector, former.office) == (
        "registry:person-former",
        None,
        "former vice president",
    )
    undated = registry.lookup("Joe Biden", on=None)[0]
    assert undated.rule == "registry:person-undated" and undated.office == "president"
    early = registry.lookup("Abiy Ahmed", on=date(2010, 1, 1))[0]
    assert early.rule == "registry:person-before-office" and early.code == "ETH"
    for spelling in ("Zelensky", "Zelenskyy", "Zelenskiy", "Volodymyr Zelenskyy"):
        assert registry.lookup(spelling, on=date(2024, 1, 1))[0].entry.name == "Volodymyr Zelensky"


def test_holder_of_an_office(registry: Registry) -> None:
    assert [h.entry.name for h in registry.holder("KEN", "president", on=date(2024, 5, 15))] == [
        "William Ruto"
    ]
    assert [h.entry.name for h in registry.holder("KEN", "president", on=date(2020, 1, 1))] == [
        "Uhuru Kenyatta"
    ]
    assert [h.entry.name for h in registry.holder("USA", "foreign minister", on=date(2022, 1, 1))] == [
        "Antony Blinken"
    ]
    assert registry.holder("KEN", "president", on=None) == []
    assert registry.holder("CHL", "foreign minister", on=date(2024, 1, 1)) == []


def test_explain(registry: Registry) -> None:
    text = registry.explain("Joe Biden", date(2015, 1, 1))
    assert "registry:person: Joe Biden code=USA sector=GOV office='vice president'" in text
    assert "from 2009-01-20 to 2017-01-20" in text
    assert "term: president (USA GOV) 2021-01-20 .. 2025-01-20" in text
    assert "not in the registry" in registry.explain("Nobody Atall")


def test_fuzzy_matches_misspelt_names(registry: Registry) -> None:
    blinken = registry.fuzzy("Antony Blinkin", on=date(2022, 1, 1))
    assert blinken is not None and blinken.entry.name == "Antony Blinken" and blinken.rule == "registry:fuzzy"
    assert 0.5 < blinken.confidence < 1.0
    country = registry.fuzzy("Afganistan", on=None, countries=True)
    assert country is not None and (country.code, country.sector) == ("AFG", "GOV")
    assert registry.fuzzy("Afganistan", on=None) is None  # one word: only countries
    assert registry.fuzzy("Zqxw Vbnm", on=None) is None


def test_misspelt_surnames_resolve_to_one_registry_person(registry: Registry) -> None:
    on = date(2024, 3, 12)
    for word, name in [
        ("Erdgoan", "Recep Tayyip Erdogan"),
        ("Zelenksy", "Volodymyr Zelensky"),
        ("Netanyhau", "Benjamin Netanyahu"),
        ("Macorn", "Emmanuel Macron"),
    ]:
        hit = registry.fuzzy_surname(word, on=on)
        assert hit is not None and hit.entry.name == name and hit.rule == "registry:fuzzy", word
    assert registry.fuzzy_surname("Erdogan", on=on) is None  # spelt right: the exact lookup's business
    assert registry.fuzzy_surname("Erdmann", on=on) is None  # two edits away
    assert registry.fuzzy_surname("Putni", on=on) is None  # too short to guess
    assert registry.fuzzy_surname("macorn", on=on) is None  # not a name as written
    assert registry.fuzzy_surname("Richards", on=on) is None  # another surname, not "Richard" misspelt
    assert registry.fuzzy_surname("Michael", on=on) is None  # a given name, not "Michel" misspelt
    assert "registry:fuzzy: Emmanuel Macron" in registry.explain("Macorn", on)


def test_close_words_keeps_different_people_apart() -> None:
    assert close_words("erdgoan", "erdogan") and close_words("scholtz", "scholz")
    assert not close_words("maria", "mario")  # too short: different given names
    assert not close_words("erdmann", "erdogan") and not close_words("bidenx", "aidenx")


def test_given_names_and_groups_in_government(registry: Registry) -> None:
    assert registry.gender("Maria Santos") == "f" and registry.gender("Mario Santos") == "m"
    assert registry.gender("Jean Dupont") is None  # borne by both: left out
    taliban = registry.entries["group:Taliban"]
    assert taliban.governs(date(2023, 1, 1)) and taliban.governs(date(2000, 1, 1))
    assert not taliban.governs(date(2010, 1, 1)) and not taliban.governs(None)
    assert not registry.entries["group:Hezbollah"].governs(date(2023, 1, 1))


def test_organisation_adjectives(registry: Registry) -> None:
    hits = registry.lookup("European", on=None)
    assert hits and hits[0].entry.name == "European Union" and hits[0].form == "adjective"


def test_offices_and_sector_nouns(registry: Registry) -> None:
    assert registry.offices[("foreign", "secretary")].role == "foreign minister"
    assert registry.offices[("secretary", "of", "state")].role == "foreign minister"
    assert registry.offices[("general",)].sector == "MIL"
    assert registry.offices[("queen",)].gender == "f"
    assert registry.sector_nouns[("police",)].sector == "COP"
    assert registry.sector_nouns[("protester",)].sector == "CVL"
    assert registry.sector_nouns[("militant",)].sector == "REB"
    assert registry.sector_nouns[("government",)].is_group
    assert registry.sector_nouns[("force",)].owned and not registry.sector_nouns[("army",)].owned
    assert registry.offices[("lt", "gen")].sector == "MIL"
    assert all(o.sector in SECTORS for o in registry.offices.values())
    assert all(n.sector in SECTORS or (n.owned and not n.sector) for n in registry.sector_nouns.values())
    assert registry.sector_nouns[("country",)].owned and not registry.sector_nouns[("agency",)].sector
    assert registry.offices[("secretary", "general")].role == "secretary-general"


def test_pieces_and_fold() -> None:
    assert pieces("al-Qa'ida") == ("al", "Qa", "ida")
    assert pieces("U.S.") == ("U", "S")
    assert fold("Élysée") == "elysee"


def test_scan_is_case_aware_and_longest_first(registry: Registry) -> None:
    parsed = _doc(
        [("US", "NNP"), ("officials", "NNS"), ("told", "VBD"), ("us", "PRP"), ("about", "IN"), ("al", "NNP"),
         ("-", "HYPH"), ("Qaeda", "NNP"), ("and", "CC"), ("the", "DT"), ("U.S.", "NNP"), ("Secretary", "NNP"),
         ("of", "IN"), ("State", "NNP"), (",", ","), ("Chad", "NNP"), ("'s", "POS"), ("army", "NN")]
    )  # fmt: skip
    found = {parsed.span_text(m.start, m.end): m for m in registry.scan(parsed)}
    assert set(found) == {"US", "al-Qaeda", "U.S.", "Chad"}
    assert {r.key for r in found["al-Qaeda"].refs} == {"group:al-Qaeda"}
    assert any(r.key == "country:United States" and r.form == "name" for r in found["US"].refs)
    assert any(r.form == "adjective" for r in found["US"].refs)


def test_scan_does_not_match_inside_a_token(registry: Registry) -> None:
    parsed = _doc([("Peruvians", "NNPS"), ("and", "CC"), ("chad", "NN"), ("Chadians", "NNPS")])
    found = {parsed.span_text(m.start, m.end) for m in registry.scan(parsed)}
    assert found == {"Peruvians", "Chadians"}


def test_user_yaml_merges_over_builtin(tmp_path: Path) -> None:
    path = tmp_path / "extra.yaml"
    path.write_text(
        "- kind: person\n  name: Jane Example\n  aliases: [Example]\n  code: CHL\n  sector: GOV\n"
        "  office: foreign minister\n  start: 2024-03-01\n  gender: f\n"
        "- kind: person\n  name: William Ruto\n  code: KEN\n  sector: GOV\n  office: president\n"
        "  start: 2022-09-13\n  end: 2024-01-01\n"
        "- kind: group\n  name: Example Front\n  aliases: [EXF]\n  code: CHL\n  sector: REB\n"
        "  other_sectors: [PTY]\n",
        encoding="utf-8",
    )
    merged = Registry.load([path])
    assert merged is not Registry.load()
    jane = merged.lookup("Example", on=date(2024, 5, 1))[0]
    assert (jane.entry.name, jane.code, jane.office, jane.role) == ("Jane Example", "CHL", "foreign minister",
                                                                    "foreign minister")  # fmt: skip
    assert [h.entry.name for h in merged.holder("CHL", "foreign minister", on=date(2024, 5, 1))] == [
        "Jane Example"
    ]
    ruto = merged.lookup("William Ruto", on=date(2024, 5, 1))[0]
    assert ruto.rule == "registry:person-former"  # the user's terms replace the built-in ones
    front = merged.lookup("EXF", on=None)[0]
    assert (front.code, front.sector, front.entry.other_sectors) == ("CHL", "REB", ("PTY",))
    assert Registry.load().lookup("EXF", on=None) == []


def test_user_csv_and_entries_mapping(tmp_path: Path) -> None:
    csv_path = tmp_path / "extra.csv"
    csv_path.write_text(
        "kind,name,aliases,code,sector\norganisation,Example Relief,ER Aid|Relief Example,NGO,\n",
        encoding="utf-8",
    )
    yaml_path = tmp_path / "more.yml"
    yaml_path.write_text(
        "entries:\n  - kind: country\n    name: Atlantis\n    code: ATL\n    seats: [Poseidonia]\n"
    )
    merged = Registry.load([csv_path, yaml_path])
    assert merged.lookup("Relief Example", on=None)[0].code == "NGO"
    seat = merged.lookup("Poseidonia", on=None)[0]
    assert (seat.code, seat.sector, seat.form) == ("ATL", "GOV", "seat")


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("bad.yaml", "- kind: person\n  name: [unclosed\n", "invalid YAML"),
        ("bad.yaml", "name: no list\n", "expected a list"),
        ("bad.yaml", "- just a string\n", "is not a mapping"),
        ("bad.yaml", "- kind: planet\n  name: Mars\n", "kind 'planet'"),
        ("bad.yaml", "- kind: group\n  name: X\n  sector: WIZ\n", "unknown PLOVER sector 'WIZ'"),
        ("bad.yaml", "- kind: group\n  name: X\n  code: toolong\n", "is not an ISO alpha-3"),
        ("bad.yaml", "- kind: person\n  name: X\n  start: yesterday\n", "not a YYYY-MM-DD date"),
        ("bad.yaml", "- kind: group\n  aliases: [X]\n", "without a name"),
        ("bad.json", "[]", "must be .yaml, .yml or .csv"),
    ],
)
def test_bad_user_files_raise_config_error(tmp_path: Path, name: str, content: str, message: str) -> None:
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ConfigError, match=message) as info:
        Registry.load([path])
    assert str(path) in str(info.value)


def test_missing_user_file(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="cannot read registry file"):
        Registry.load([tmp_path / "absent.yaml"])


def test_codes_are_plover_codes(registry: Registry) -> None:
    for entry in registry.entries.values():
        if entry.kind != "country" and entry.code is not None and entry.code in INTERNATIONAL_CODES:
            assert entry.kind in ("organisation", "group", "person")


def test_user_group_in_government(tmp_path: Path) -> None:
    path = tmp_path / "groups.yaml"
    path.write_text(
        "- kind: group\n  name: Example Front\n  code: CHL\n  sector: REB\n"
        '  in_government: ["2024-01-01.."]\n  adjectives: [Frontist]\n',
        encoding="utf-8",
    )
    registry = Registry.load([path])
    front = registry.entries["group:Example Front"]
    assert front.governs(date(2024, 5, 1)) and not front.governs(date(2023, 5, 1))
    assert registry.lookup("Frontist", on=None)[0].entry is front
    path.write_text('- kind: group\n  name: Bad\n  in_government: ["2024-13-01.."]\n', encoding="utf-8")
    with pytest.raises(ConfigError, match="not a YYYY-MM-DD date"):
        Registry.load([path])


def test_sector_noun_flags_and_further_sectors(registry: Registry) -> None:
    junta = registry.sector_nouns[("junta",)]
    assert (junta.sector, junta.other_sectors, junta.is_group) == ("GOV", ("MIL",), True)
    drone = registry.sector_nouns[("drone",)]
    assert drone.needs_owner and not drone.subject_only and drone.sector == "MIL"
    defence = registry.sector_nouns[("air", "defence")]
    assert defence.subject_only and not defence.needs_owner
    assert not registry.sector_nouns[("police",)].needs_owner
    assert all(s in SECTORS for n in registry.sector_nouns.values() for s in n.other_sectors)


def test_officers_need_an_owner_and_religious_plurals_are_civilians(registry: Registry) -> None:
    officer = registry.sector_nouns[("officer",)]
    assert (officer.sector, officer.needs_owner, officer.is_group) == ("MIL", True, False)
    assert registry.sector_nouns[("christians",)].sector == "CVL"
    assert ("christian",) not in registry.sector_nouns  # the adjective names no actor


def test_a_group_of_a_seceded_state_is_the_older_states_before_independence(registry: Registry) -> None:
    def codes(on: date | None) -> set[str | None]:
        return {h.code for h in registry.lookup("SPLA", on=on)}

    assert codes(date(2003, 5, 1)) == {"SDN"}
    assert codes(date(2011, 7, 9)) == {"SSD"}
    assert codes(None) == {"SSD"}
    juba = registry.names[("juba",)][0]
    assert registry.resolve(juba, on=date(2003, 5, 1)).code == "SDN"
    assert registry.resolve(juba, on=date(2024, 5, 1)).code == "SSD"


def test_uk_bodies_and_parties(registry: Registry) -> None:
    assert {(h.code, h.sector) for h in registry.lookup("Unison", on=None)} == {("GBR", "LAB")}
    assert {(h.code, h.sector) for h in registry.lookup("Plaid Cymru", on=None)} == {("GBR", "PTY")}
    assert {h.entry.name for h in registry.lookup("Conservative", on=None)} == {"Conservative Party"}
    assert {h.entry.name for h in registry.lookup("Liberal Democrat", on=None)} == {"Liberal Democrats"}
    assert registry.offices[("general", "secretary")].role == "general secretary"


def test_regions_are_a_country_form_that_never_acts(registry: Registry) -> None:
    sudan = registry.country("SDN")
    assert sudan is not None and "Darfur" in sudan.regions
    refs = registry.names[("darfur",)]
    hit = registry.resolve(refs[0], on=None)
    assert (hit.form, hit.code, hit.rule) == ("region", "SDN", "registry:country-region")


@pytest.mark.model
def test_a_name_goes_on_through_a_possessive_only_from_words_that_name_nothing(
    parse: Callable[[str], ParsedDoc], registry: Registry
) -> None:
    doc = parse("The Democratic People's Republic of Korea rejected Kenya's offer.")
    spans = {(m.start, m.end): m.refs[0].key for m in registry.scan(doc)}
    assert spans == {(1, 7): "country:North Korea", (8, 9): "country:Kenya"}
