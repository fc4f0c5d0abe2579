"""The actors stage on sentences written for these tests, with the installed spaCy pipeline."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from dragoman.parsed import ParsedDoc
from dragoman.registry import Registry
from dragoman.schema import Mention
from dragoman.stages.actors import resolve_actors

Parse = Callable[[str], ParsedDoc]
D2024 = date(2024, 5, 15)

#: (text, article date, expected mentions: (mention text, entity_name, code, sector, extra checks))
CASES: list[tuple[str, date | None, list[tuple[str, str, str | None, str | None, dict[str, str]]]]] = [
    (
        "Kenya's president flew to Addis Ababa on Monday for talks with Ethiopian Prime Minister Abiy Ahmed.",
        D2024,
        [
            (
                "Kenya's president",
                "William Ruto",
                "KEN",
                "GOV",
                {"office": "president", "rule": "title+registry"},
            ),
            ("Ethiopian Prime Minister Abiy Ahmed", "Abiy Ahmed", "ETH", "GOV", {"office": "prime minister"}),
        ],
    ),
    (
        "Ali Bagheri, Iran's deputy foreign minister, met the foreign ministers of Chile and Peru in Lima.",
        date(2023, 2, 1),
        [
            ("Ali Bagheri", "Ali Bagheri Kani", "IRN", "GOV", {"office": "deputy foreign minister"}),
            ("Iran's deputy foreign minister", "Ali Bagheri Kani", "IRN", "GOV", {"rule": "title"}),
            ("the foreign ministers of Chile and Peru", "foreign minister of Chile", "CHL", "GOV", {}),
            ("the foreign ministers of Chile and Peru", "foreign minister of Peru", "PER", "GOV", {}),
        ],
    ),
    (
        "Chile's foreign minister rejected a Chilean proposal, and Chileans marched in Santiago.",
        D2024,
        [
            (
                "Chile's foreign minister",
                "foreign minister of Chile",
                "CHL",
                "GOV",
                {"office": "foreign minister"},
            ),
            ("Chilean", "Chile", "CHL", "GOV", {"rule": "registry:country-adjective"}),
            ("Chileans", "Chileans", "CHL", "CVL", {"rule": "registry:country-people"}),
        ],
    ),
    (
        "Joe Biden met Pope Francis at the Vatican.",
        date(2015, 6, 1),
        [("Joe Biden", "Joe Biden", "USA", "GOV", {"office": "vice president", "rule": "registry:person"})],
    ),
    (
        "Joe Biden met the emir of Qatar at the White House.",
        date(2023, 6, 1),
        [
            ("Joe Biden", "Joe Biden", "USA", "GOV", {"office": "president"}),
            ("the emir of Qatar", "Tamim bin Hamad Al Thani", "QAT", "GOV", {"rule": "title+registry"}),
        ],
    ),
    (
        "Indian police arrested twelve protesters after Egyptian mediators left the talks.",
        D2024,
        [
            ("Indian police", "Indian police", "IND", "COP", {"rule": "nationality+sector"}),
            ("twelve protesters", "twelve protesters", None, "CVL", {"rule": "sector"}),
            ("Egyptian mediators", "Egyptian mediators", "EGY", "GOV", {}),
        ],
    ),
    (
        "Peru and Bolivia signed a water treaty. The US said it welcomed the deal; villagers told us little.",
        D2024,
        [
            ("Peru", "Peru", "PER", "GOV", {"rule": "registry:country"}),
            ("Bolivia", "Bolivia", "BOL", "GOV", {}),
            ("The US", "United States", "USA", "GOV", {}),
            ("it", "United States", "USA", "GOV", {"rule": "pronoun"}),
            ("villagers", "villagers", None, "CVL", {}),
        ],
    ),
    (
        "Russian troops shelled the port overnight. The Kremlin said the Pentagon had armed Ukrainian units.",
        D2024,
        [
            ("Russian troops", "Russian troops", "RUS", "MIL", {}),
            ("The Kremlin", "Russia", "RUS", "GOV", {"rule": "registry:country-seat"}),
            ("the Pentagon", "Pentagon", "USA", "MIL", {}),
        ],
    ),
    (
        "Beijing said on Tuesday that the talks in Washington had failed.",
        D2024,
        [("Beijing", "China", "CHN", "GOV", {"rule": "registry:country-seat"})],
    ),
    (
        "William Ruto visited Kampala. Ruto said his government would cut fuel taxes.",
        D2024,
        [
            ("William Ruto", "William Ruto", "KEN", "GOV", {"office": "president"}),
            ("Ruto", "William Ruto", "KEN", "GOV", {}),
            ("his government", "Kenya", "KEN", "GOV", {"rule": "pronoun+sector"}),
        ],
    ),
    (
        "Amina Yusuf, a Somali lawmaker, met reporters in Mogadishu. Yusuf said she had received threats.",
        D2024,
        [
            ("Amina Yusuf", "Amina Yusuf", "SOM", "LEG", {"office": "lawmaker"}),
            ("Yusuf", "Amina Yusuf", "SOM", "LEG", {"rule": "surname"}),
            ("she", "Amina Yusuf", "SOM", "LEG", {"rule": "pronoun"}),
            ("reporters", "reporters", None, "JRN", {}),
        ],
    ),
    (
        "The Houthis fired two missiles at a tanker. They said the strike targeted Israel.",
        D2024,
        [
            ("The Houthis", "Houthis", "YEM", "REB", {"rule": "registry:group"}),
            ("They", "Houthis", "YEM", "REB", {"rule": "pronoun"}),
            ("Israel", "Israel", "ISR", "GOV", {}),
        ],
    ),
    (
        "Al-Shabaab fighters attacked a base near Kismayo. The group later claimed the raid.",
        D2024,
        [
            ("Al-Shabaab fighters", "al-Shabaab", "SOM", "REB", {"rule": "group+sector"}),
            ("The group", "al-Shabaab", "SOM", "REB", {"rule": "description"}),
        ],
    ),
    (
        "Hamas and Islamic Jihad rejected the plan, while Hezbollah and the Taliban stayed silent.",
        D2024,
        [
            ("Hamas", "Hamas", "PSE", "REB", {}),
            ("Islamic Jihad", "Palestinian Islamic Jihad", "PSE", "REB", {}),
            ("Hezbollah", "Hezbollah", "LBN", "REB", {}),
            ("the Taliban", "Taliban", "AFG", "REB", {}),
        ],
    ),
    (
        "ISIS and al-Qaeda lost ground to the SDF, and the PKK denied any role.",
        D2024,
        [
            ("ISIS", "Islamic State", "IMG", "REB", {}),
            ("al-Qaeda", "al-Qaeda", "IMG", "REB", {}),
            ("the SDF", "Syrian Democratic Forces", "SYR", "REB", {}),
            ("the PKK", "Kurdistan Workers' Party", "TUR", "REB", {}),
        ],
    ),
    (
        "The UN Security Council and the European Union urged NATO and the African Union to act.",
        D2024,
        [
            ("The UN Security Council", "UN Security Council", "UNO", None, {}),
            ("the European Union", "European Union", "EUR", None, {}),
            ("NATO", "NATO", "IGO", "MIL", {}),
            ("the African Union", "African Union", "IGO", None, {}),
        ],
    ),
    (
        "UNHCR, the WFP and Doctors Without Borders appealed for access, Amnesty International said.",
        D2024,
        [
            ("UNHCR", "UNHCR", "UNO", "REF", {}),
            ("the WFP", "World Food Programme", "UNO", None, {}),
            ("Doctors Without Borders", "Doctors Without Borders", "NGO", "MED", {}),
            ("Amnesty International", "Amnesty International", "NGO", None, {}),
        ],
    ),
    (
        "French President Emmanuel Macron spoke to Chancellor Olaf Scholz. He said Europe must act.",
        date(2023, 3, 1),
        [
            ("French President Emmanuel Macron", "Emmanuel Macron", "FRA", "GOV", {"office": "president"}),
            ("Chancellor Olaf Scholz", "Olaf Scholz", "DEU", "GOV", {"office": "chancellor"}),
            ("He", "Emmanuel Macron", "FRA", "GOV", {"rule": "pronoun"}),
        ],
    ),
    (
        "Zelenskyy met Zelenskiy supporters before President Zelensky addressed parliament.",
        D2024,
        [
            ("Zelenskyy", "Volodymyr Zelensky", "UKR", "GOV", {}),
            ("President Zelensky", "Volodymyr Zelensky", "UKR", "GOV", {"office": "president"}),
        ],
    ),
    (
        "US Secretary of State Antony Blinken met Saudi Foreign Minister Prince Faisal bin Farhan in Riyadh.",
        D2024,
        [
            (
                "US Secretary of State Antony Blinken",
                "Antony Blinken",
                "USA",
                "GOV",
                {"office": "secretary of state"},
            ),
            (
                "Saudi Foreign Minister Prince Faisal bin Farhan",
                "Faisal bin Farhan",
                "SAU",
                "GOV",
                {"office": "foreign minister"},
            ),
        ],
    ),
    (
        "Police spokesman John Okello said gunmen killed four villagers. The attackers fled on motorbikes.",
        D2024,
        [
            ("Police spokesman John Okello", "John Okello", None, "COP", {"office": "spokesman"}),
            ("gunmen", "gunmen", None, "UAF", {"rule": "sector"}),
            ("four villagers", "four villagers", None, "CVL", {}),
            ("The attackers", "gunmen", None, "UAF", {"rule": "description"}),
        ],
    ),
    (
        "Sudan's army and the RSF agreed to a truce, the Sudanese government said.",
        D2024,
        [
            ("Sudan's army", "Sudanese army", "SDN", "MIL", {"rule": "nationality+sector"}),
            ("the RSF", "Rapid Support Forces", "SDN", "PRM", {}),
            ("the Sudanese government", "Sudan", "SDN", "GOV", {}),
        ],
    ),
    (
        "Pakistani Prime Minister Shehbaz Sharif said Islamabad would respond. The prime minister left.",
        D2024,
        [
            ("Pakistani Prime Minister Shehbaz Sharif", "Shehbaz Sharif", "PAK", "GOV", {}),
            ("Islamabad", "Pakistan", "PAK", "GOV", {}),
            ("The prime minister", "Shehbaz Sharif", "PAK", "GOV", {"rule": "description"}),
        ],
    ),
    (
        "The Taliban detained two British aid workers, the Foreign Office said. Britain wants them freed.",
        D2024,
        [
            ("The Taliban", "Taliban", "AFG", "REB", {}),
            ("two British aid workers", "British aid workers", "GBR", "SOC", {}),
            ("the Foreign Office", "Foreign Office", "GBR", "GOV", {}),
            ("Britain", "United Kingdom", "GBR", "GOV", {}),
        ],
    ),
    (
        "Angela Merkel and Vladimir Putin met in Sochi.",
        date(2019, 8, 1),
        [
            ("Angela Merkel", "Angela Merkel", "DEU", "GOV", {"office": "chancellor"}),
            ("Vladimir Putin", "Vladimir Putin", "RUS", "GOV", {"office": "president"}),
        ],
    ),
    (
        "Vladimir Putin flew to Minsk.",
        date(2010, 3, 1),
        [("Vladimir Putin", "Vladimir Putin", "RUS", "GOV", {"office": "prime minister"})],
    ),
    (
        "Angela Merkel gave a lecture in Berlin.",
        date(2023, 3, 1),
        [("Angela Merkel", "Angela Merkel", "DEU", None, {"office": "former chancellor"})],
    ),
    (
        "Israeli jets struck targets in Lebanon, and Lebanese officials said Israel had broken the truce.",
        D2024,
        [
            ("Israeli jets", "Israeli jets", "ISR", "MIL", {}),
            ("Lebanese officials", "Lebanese officials", "LBN", "GOV", {}),
            ("Israel", "Israel", "ISR", "GOV", {}),
        ],
    ),
    (
        "The interior minister of Nigeria met ECOWAS envoys in Abuja.",
        D2024,
        [("The interior minister of Nigeria", "interior minister of Nigeria", "NGA", "GOV", {})],
    ),
    (
        "The Hezbollah leader met the NATO secretary-general. The Yemeni leader stayed home.",
        date(2020, 6, 1),
        [
            ("The Hezbollah leader", "Hassan Nasrallah", "LBN", "REB", {"rule": "title+registry"}),
            ("the NATO secretary-general", "Jens Stoltenberg", "IGO", "GOV", {"office": "secretary-general"}),
            ("The Yemeni leader", "leader of Yemen", "YEM", "GOV", {"rule": "title"}),
        ],
    ),
    (
        "The rebel Kurdistan Workers' Party ambushed Lt. Gen. Omar Bakri, an officer of the Turkish army.",
        D2024,
        [
            ("Kurdistan Workers' Party", "Kurdistan Workers' Party", "TUR", "REB", {}),
            ("Lt. Gen. Omar Bakri", "Omar Bakri", None, "MIL", {"rule": "title"}),
            ("the Turkish army", "Turkish army", "TUR", "MIL", {}),
        ],
    ),
    (
        "The Nigerian Union of Teachers said Antony Blinkin had visited Afganistan.",
        date(2022, 3, 1),
        [
            ("The Nigerian Union of Teachers", "Nigerian Union of Teachers", "NGA", "LAB", {}),
            ("Antony Blinkin", "Antony Blinken", "USA", "GOV", {"rule": "registry:fuzzy"}),
        ],
    ),
    (
        "Kenyan and Ugandan police arrested three smugglers.",
        D2024,
        [
            ("Kenyan and Ugandan police", "Kenyan police", "KEN", "COP", {}),
            ("Kenyan and Ugandan police", "Ugandan police", "UGA", "COP", {}),
            ("three smugglers", "three smugglers", None, "CRM", {}),
        ],
    ),
    (
        "Maria Kowalczyk told Blue Ridge Analytics that Sikh farmers were worried. Kowalczyk left.",
        D2024,
        [
            ("Maria Kowalczyk", "Maria Kowalczyk", None, None, {"rule": "ner:person"}),
            ("Blue Ridge Analytics", "Blue Ridge Analytics", None, None, {"rule": "ner:org"}),
            ("Sikh farmers", "Sikh farmers", None, "AGR", {"rule": "sector"}),
            ("Kowalczyk", "Maria Kowalczyk", None, None, {"rule": "surname"}),
        ],
    ),
]


def _expected_count() -> int:
    return sum(len(expected) for _, _, expected in CASES)


def _pick(mentions: list[Mention], text: str, name: str) -> Mention | None:
    for mention in mentions:
        if mention.text == text and mention.entity.entity_name == name:
            return mention
    return None


def test_enough_expected_mentions() -> None:
    assert _expected_count() >= 80


@pytest.mark.model
@pytest.mark.parametrize(("text", "on", "expected"), CASES, ids=[c[0][:40] for c in CASES])
def test_mentions(
    parse: Parse,
    text: str,
    on: date | None,
    expected: list[tuple[str, str, str | None, str | None, dict[str, str]]],
) -> None:
    mentions = resolve_actors(parse(text), registry=Registry.load(), article_date=on)
    got = [(m.text, m.entity.entity_name, m.entity.code, m.entity.sector, m.rule) for m in mentions]
    for words, name, code, sector, extra in expected:
        mention = _pick(mentions, words, name)
        assert mention is not None, f"{words!r} -> {name!r} missing from {got}"
        assert (mention.entity.code, mention.entity.sector) == (code, sector), got
        if "office" in extra:
            assert mention.entity.office == extra["office"]
        if "rule" in extra:
            assert mention.rule == extra["rule"]
            assert mention.entity.rule == extra["rule"]


@pytest.mark.model
def test_conventions(parse: Parse) -> None:
    text = (
        "Kenya's president met the leaders of France and Germany. "
        "Peru, Chile and the United Nations welcomed the talks. The Kenyan president said he was pleased."
    )
    parsed = parse(text)
    mentions = resolve_actors(parsed, registry=Registry.load(), article_date=D2024)
    assert mentions == sorted(mentions, key=lambda m: (m.start, m.end))
    for mention in mentions:
        assert text[mention.start : mention.end] == mention.text
        assert 0.0 < mention.confidence <= 1.0
        assert mention.rule and mention.entity.rule
        assert mention.sentence == parsed.sentence_of_char(mention.start)
        head = [t for t in parsed.tokens if mention.start <= t.idx < mention.end]
        assert head, mention
    leaders = [m for m in mentions if m.text == "the leaders of France and Germany"]
    assert {m.entity.code for m in leaders} == {"FRA", "DEU"}
    ruto = [m for m in mentions if m.entity.entity_name == "William Ruto"]
    assert [m.text for m in ruto] == ["Kenya's president", "The Kenyan president", "he"]
    assert {m.text for m in mentions if m.entity.code in ("PER", "CHL")} == {"Peru", "Chile"}


@pytest.mark.model
def test_case_aware_and_places(parse: Parse) -> None:
    text = (
        "Officials told us that US envoys met in Beijing, and it was agreed that Chad would host the talks."
    )
    mentions = resolve_actors(parse(text), registry=Registry.load(), article_date=D2024)
    texts = {m.text: m for m in mentions}
    assert "us" not in texts
    assert texts["US envoys"].entity.code == "USA"
    assert "Beijing" not in texts  # a place here, not the Chinese government
    assert texts["Chad"].entity.code == "TCD"
    assert not any(m.text == "it" for m in mentions)  # pleonastic


@pytest.mark.model
def test_undated_article_keeps_people_but_not_office_holders(parse: Parse) -> None:
    mentions = resolve_actors(
        parse("Kenya's president met Joe Biden."), registry=Registry.load(), article_date=None
    )
    by_text = {m.text: m for m in mentions}
    assert by_text["Kenya's president"].entity.entity_name == "president of Kenya"
    assert by_text["Joe Biden"].entity.code == "USA"
    assert by_text["Joe Biden"].rule == "registry:person-undated"


@pytest.mark.model
def test_all_sentences_as_one_article(parse: Parse) -> None:
    paragraph = " ".join(c[0] for c in CASES)
    parsed = parse(paragraph)
    registry = Registry.load()
    mentions = resolve_actors(parsed, registry=registry, article_date=D2024)
    assert len(mentions) > 60


@pytest.mark.model
def test_nouns_that_are_actors_only_when_owned(parse: Parse) -> None:
    text = "The rules came into force in court on Monday. Later the court ruled against the ministry."
    mentions = resolve_actors(parse(text), registry=Registry.load(), article_date=D2024)
    assert [(m.text, m.entity.sector) for m in mentions] == [("the court", "JUD"), ("the ministry", "GOV")]


@pytest.mark.model
def test_descriptions_of_countries_and_organisations(parse: Parse) -> None:
    text = "Brazil rejected the proposal. The country said the WHO had erred, and the agency apologised."
    mentions = resolve_actors(parse(text), registry=Registry.load(), article_date=D2024)
    assert [(m.text, m.entity.entity_name, m.rule) for m in mentions] == [
        ("Brazil", "Brazil", "registry:country"),
        ("The country", "Brazil", "description"),
        ("the WHO", "World Health Organization", "registry:organisation"),
        ("the agency", "World Health Organization", "description"),
    ]


@pytest.mark.model
def test_coordinated_antecedents(parse: Parse) -> None:
    text = (
        "Peru and Bolivia signed a water treaty on Monday. They said it would end the dispute, "
        "and their envoys will meet in June."
    )
    mentions = resolve_actors(parse(text), registry=Registry.load(), article_date=D2024)
    got = [(m.text, m.entity.entity_name, m.entity.code, m.rule) for m in mentions]
    assert got == [
        ("Peru", "Peru", "PER", "registry:country"),
        ("Bolivia", "Bolivia", "BOL", "registry:country"),
        ("They", "Peru", "PER", "pronoun"),
        ("They", "Bolivia", "BOL", "pronoun"),
        ("their envoys", "envoy of Peru", "PER", "pronoun+title"),
        ("their envoys", "envoy of Bolivia", "BOL", "pronoun+title"),
    ]  # "it" is the treaty, not an actor


@pytest.mark.model
def test_misspelt_country(parse: Parse) -> None:
    mentions = resolve_actors(
        parse("Afganistan rejected the plan."), registry=Registry.load(), article_date=D2024
    )
    assert [(m.text, m.entity.entity_name, m.entity.code, m.rule) for m in mentions] == [
        ("Afganistan", "Afghanistan", "AFG", "registry:fuzzy")
    ]


def test_empty_document() -> None:
    parsed = ParsedDoc(text="", tokens=(), sents=())
    assert resolve_actors(parsed, registry=Registry.load(), article_date=None) == []
