"""The PETRARCH-2 validation benchmark's reader, code mappings and multi-event scoring (no model)."""

from __future__ import annotations

from datetime import date

from benchload import load_benchmark
from dragoman.evaluate import GoldActor, GoldRecord, PloverScores, score_document, score_sentence
from dragoman.schema import Entity
from test_evaluate import doc, event

bench = load_benchmark("bench_petrarch")

TABLE_TEXT = """# a made-up excerpt in the table's layout
04: CONSULT
040: CONSULT, ,  # Consult
08: CONCEDE
080: CONCEDE,   ,  # Yield
08: RETREAT
084: RETREAT,   ,  # Return, release
1124: ACCUSE, allege, military; legal # Accuse of war crime
19: ASSAULT
~~~~~
"""

XML = """<Validation>
# a comment that names <EventCoding ...> in passing
<Sentences>
<Sentence category="T" date="20190305" id="t1" evaluate="true"/>
<EventCoding eventcode="190" sourcecode="FRAMIL" targetcode="---REB" />
<EventCoding eventcode="040" sourcecode="FRA" targetcode="IGOUNO" />
<Text>
French soldiers shelled a rebel camp &amp; then
met envoys of the United Nations.
</Text>
<Parse>1	French	French</Parse>
</Sentence>
<Sentence category="T" date="20190306" id="t2" evaluate="false"/>
<EventCoding eventcode="040" sourcecode="FRA" targetcode="DEU" />
<Text>Skipped by its attribute.</Text>
</Sentence>
<Sentence category="T" date="20190307" id="t3"/>
<EventCoding noevents="True" />
<Text>The weather in the valley was mild.</Text>
</Parse></Sentence>
<Sentence category="T" date="20190308" id="t4" evaluate="true"/>
<EventCoding eventcode="040" sourcecode="FRA" targetcode="DEU" />
<Text>
</Text>
</Sentence>
</Sentences>
</Validation>
"""


def test_reader_skips_unevaluated_and_empty_records_and_unescapes_text() -> None:
    records = bench.parse_validation(XML)
    assert [r.id for r in records] == ["t1", "t3"]
    first = records[0]
    assert first.date == date(2019, 3, 5)
    assert first.text.startswith("French soldiers shelled a rebel camp & then met")
    assert [c.cameo for c in first.codings] == ["190", "040"]
    assert records[1].codings == ()


def test_table_takes_the_first_row_of_a_code_and_the_longest_prefix() -> None:
    table = bench.read_cameo2plover(TABLE_TEXT)
    assert bench.plover_type("080", table) == "CONCEDE"
    assert bench.plover_type("0841", table) == "RETREAT"
    assert bench.plover_type("195", table) == "ASSAULT"
    assert bench.plover_type("1124", table) == "ACCUSE"
    assert bench.plover_type("042", table) == "CONSULT"
    assert bench.plover_type("013", table) is None


def test_phoenix_codes_become_country_and_sector() -> None:
    assert bench.phoenix_actor("IRQGOVMIL") == GoldActor("IRQGOVMIL", "IRQ", "GOV")
    assert bench.phoenix_actor("PSEGZACVL") == GoldActor("PSEGZACVL", "PSE", "CVL")
    assert bench.phoenix_actor("IGOUNOMIL") == GoldActor("IGOUNOMIL", "UNO", "MIL")
    assert bench.phoenix_actor("IGOEUREEC") == GoldActor("IGOEUREEC", "EUR", None)
    assert bench.phoenix_actor("IGOCOPITP") == GoldActor("IGOCOPITP", "IGO", "COP")
    assert bench.phoenix_actor("---REB") == GoldActor("---REB", None, "REB")
    assert bench.phoenix_actor("---") is None
    assert bench.phoenix_actor("") is None


def entity(code: str | None, sector: str | None = None) -> Entity:
    return Entity(entity_text=code or "x", entity_name=code or "x", code=code, sector=sector)


def golds() -> list[GoldRecord]:
    record = bench.parse_validation(XML)[0]
    table = bench.read_cameo2plover(TABLE_TEXT)
    found, unmapped = bench.gold_events(record, table)
    assert unmapped == []
    return found


def test_each_gold_event_of_a_sentence_needs_its_own_predicted_event() -> None:
    scores = PloverScores()
    shelling = event("ASSAULT", [entity("FRA", "MIL")], [entity(None, "REB")])
    meeting = event("CONSULT", [entity("FRA")], [entity("IGO")])
    score_sentence(scores, golds(), doc(shelling, meeting))
    assert scores.total("type").tp == 2 and scores.total("full").tp == 2
    assert scores.total("full").fp == 0
    assert scores.actor_sector.recall == 1.0


def test_an_unknown_gold_country_matches_any_predicted_actor_but_not_none() -> None:
    scores = PloverScores()
    score_sentence(scores, golds(), doc(event("ASSAULT", [entity("FRA")], [entity("SYR", "REB")])))
    assert scores.full["ASSAULT"].tp == 1
    assert scores.full["CONSULT"].fn == 1 and scores.type["CONSULT"].fn == 1
    scores = PloverScores()
    score_sentence(scores, golds(), doc(event("ASSAULT", [entity("FRA")], [])))
    assert scores.full["ASSAULT"].tp == 0 and scores.full["ASSAULT"].fp == 1


def test_events_in_a_sentence_without_gold_are_false_positives() -> None:
    scores = PloverScores()
    score_sentence(scores, [], doc(event("PROTEST", [entity("FRA", "CVL")], [])))
    assert scores.type["PROTEST"].fp == 1 and scores.full["PROTEST"].fp == 1
    assert scores.confusion[("NONE", "PROTEST")] == 1


def test_one_gold_event_scores_types_and_roles_as_score_document() -> None:
    gold = GoldRecord(
        "g", "x", "ACCUSE", None, (GoldActor("a", "IRN", None),), (GoldActor("b", "IRQ", "GOV"),)
    )
    coded = doc(
        event("ACCUSE", [entity("IRN")], [entity("SYR")]),
        event("ACCUSE", [entity("IRN")], [entity("IRQ", "GOV")]),
        event("THREATEN", [entity("IRN")], []),
    )
    one, many = PloverScores(), PloverScores()
    score_document(one, gold, coded)
    score_sentence(many, [gold], coded)
    assert (one.type, one.full, one.confusion) == (many.type, many.full, many.confusion)
    assert many.actor_country.recall == 1.0  # taken on the matched event, not the first ACCUSE
