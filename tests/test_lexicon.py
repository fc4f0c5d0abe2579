"""The trigger lexicon: the shipped file, its parser's errors, and matching in a real parse."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import replace

import pytest

from dragoman.errors import ConfigError
from dragoman.lexicon import Kind, find_triggers, lemma_in, lemma_of, load_lexicon, parse_lexicon
from dragoman.ontology import MODES, code
from dragoman.parsed import ParsedDoc, Span, Token
from dragoman.schema import Entity, EventType, Mention
from dragoman.stages.events import find_events

Parse = Callable[[str], ParsedDoc]

HEADER = "@sport\tgoal match\n"


def test_shipped_lexicon_covers_every_type() -> None:
    lexicon = load_lexicon()
    assert len(lexicon) >= 400
    per_type = Counter(e.event for e in lexicon.entries)
    for etype in EventType:
        assert per_type[etype] >= 10, etype
    kinds = Counter(e.kind for e in lexicon.entries)
    assert all(kinds[k] >= 30 for k in Kind)
    for entry in lexicon.entries:
        assert entry.mode is None or entry.mode in MODES[entry.event]
    assert load_lexicon() is lexicon  # cached


def test_entry_fields_are_parsed() -> None:
    text = HEADER + "attack\tnoun\tASSAULT\t-\t-\tmilitary\trcp=on,against;need=on\t@sport heart\n"
    (entry,) = parse_lexicon(text).entries
    assert entry.id == "noun:attack:assault"
    assert entry.kind is Kind.NOUN and entry.event is EventType.ASSAULT and entry.mode is None
    assert entry.recipient_sources == ("on", "against") and entry.need == ("on",)
    assert entry.neg == {"goal", "match", "heart"}
    assert entry.contexts == ("military",)


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("attack\tverb\tASSAULT\t-\t-\t-\t-", "8 tab-separated fields"),
        ("attack\tadverb\tASSAULT\t-\t-\t-\t-\t-", "adverb"),
        ("attack\tverb\tFIGHT\t-\t-\t-\t-\t-", "FIGHT"),
        ("attack\tverb\tASSAULT\tvisit\t-\t-\t-\t-", "no mode 'visit'"),
        ("attack\tverb\tASSAULT\t-\t-\tsport\t-\t-", "unknown PLOVER context"),
        ("attack\tverb\tASSAULT\t-\t-\t-\twho=dobj\t-", "bad roles field"),
        ("attack\tverb\tASSAULT\t-\t-\t-\t-\t@films", "unknown word list"),
        ("open fire\tverb\tASSAULT\t-\t-\t-\t-\t-", "one lemma"),
        ("fire\tlight\tASSAULT\t-\t-\t-\t-\t-", "two words"),
    ],
)
def test_bad_entries_name_their_line(line: str, message: str) -> None:
    with pytest.raises(ConfigError, match=message) as info:
        parse_lexicon(HEADER + "# comment\n" + line + "\n", source="mine.tsv")
    assert "mine.tsv:3" in str(info.value)


def test_duplicate_entries_are_rejected() -> None:
    line = "attack\tverb\tASSAULT\t-\t-\t-\t-\t-\n"
    with pytest.raises(ConfigError, match="duplicate entry verb:attack:assault"):
        parse_lexicon(line + line)


def test_missing_lexicon_file_is_a_config_error() -> None:
    with pytest.raises(ConfigError, match="cannot read lexicon"):
        load_lexicon("/nonexistent/lexicon.tsv")


def _fired(parse: Parse, text: str) -> list[tuple[str, str]]:
    parsed = parse(text)
    return [
        (t.entry.id, parsed.span_text(t.tokens[0], t.tokens[-1] + 1))
        for t in find_triggers(parsed, load_lexicon())
    ]


@pytest.mark.model
def test_light_verb_beats_its_noun(parse: Parse) -> None:
    assert [i for i, _ in _fired(parse, "The council imposed sanctions on the regime.")] == [
        "light:impose_sanction:sanction"
    ]


@pytest.mark.model
def test_compound_noun_beats_its_head(parse: Parse) -> None:
    ids = [i for i, _ in _fired(parse, "A drone strike hit the convoy.")]
    assert ids[0] == "noun:drone_strike:assault"
    assert "noun:strike:protest" not in ids


@pytest.mark.model
def test_phrasal_verb(parse: Parse) -> None:
    assert ("phrasal:call_for:request", "called for") in _fired(parse, "The bishops called for calm.")


@pytest.mark.model
def test_light_noun_reached_through_a_preposition(parse: Parse) -> None:
    fired = _fired(parse, "Nurses went on strike in the capital.")
    assert fired[0] == ("light:go_strike:protest", "went on strike")


@pytest.mark.model
def test_struck_a_deal_is_an_agreement_not_an_attack(parse: Parse) -> None:
    ids = [i for i, _ in _fired(parse, "The two parties struck a deal late on Sunday.")]
    assert ids == ["light:strike_deal:agree"]


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "The director will shoot the film in Morocco next spring.",
        "The midfielder attacked the goal in the second half.",
        "The label released an album of old songs.",
        "She charged the battery overnight.",
        "The company failed to meet expectations for the quarter.",
        "A heart attack killed the singer.",
    ],
)
def test_other_senses_do_not_fire(parse: Parse, text: str) -> None:
    fired = {i.split(":")[-1] for i, _ in _fired(parse, text)}
    assert not fired & {"assault", "retreat", "coerce", "consult"}, fired


def _hand_parse() -> ParsedDoc:
    """ "Rebels did not attack Gao." parsed by hand: no model needed."""
    text = "Rebels did not attack Gao."
    rows = [  # text, lemma, pos, tag, dep, head
        ("Rebels", "rebel", "NOUN", "NNS", "nsubj", 3),
        ("did", "do", "AUX", "VBD", "aux", 3),
        ("not", "not", "PART", "RB", "neg", 3),
        ("attack", "attack", "VERB", "VB", "ROOT", 3),
        ("Gao", "Gao", "PROPN", "NNP", "dobj", 3),
        (".", ".", "PUNCT", ".", "punct", 3),
    ]
    tokens, offset = [], 0
    for i, (word, lemma, pos, tag, dep, head) in enumerate(rows):
        idx = text.index(word, offset)
        offset = idx + len(word)
        space = " " if offset < len(text) and text[offset] == " " else ""
        tokens.append(Token(i, word, idx, lemma, pos, tag, dep, head, 0, whitespace=space))
    return ParsedDoc(text, tuple(tokens), (Span(0, 6, 0, len(text), "SENT", text),))


def test_events_on_a_hand_built_parse() -> None:
    parsed = _hand_parse()
    (trigger,) = find_triggers(parsed, load_lexicon())
    assert trigger.entry.id == "verb:attack:assault" and trigger.head == 3
    rebels = Mention(0, 6, "Rebels", Entity("Rebels", "rebels", None, "REB"))
    gao = Mention(22, 25, "Gao", Entity("Gao", "Gao", "MLI", "GOV"))
    (event,) = find_events(parsed, mentions=[rebels, gao], times=[], places=[], article_date=None)
    assert (event.id, str(event.event), str(event.modality)) == ("e1", "ASSAULT", "negated")
    assert [a.entity_name for a in event.actor] == ["rebels"]
    assert [r.entity_name for r in event.recipient] == ["Gao"]
    assert find_events(parsed, mentions=[], times=[], places=[], article_date=None) == []


def test_an_empty_document_has_no_events() -> None:
    empty = ParsedDoc("", (), ())
    assert find_events(empty, mentions=[], times=[], places=[], article_date=None) == []


@pytest.mark.model
def test_a_negative_word_far_from_the_trigger_does_not_block_it(parse: Parse) -> None:
    # "market" is in the business list of "accept", but here it sits deep inside another phrase
    text = "Norway accepted the plan for ending its dispute with its common market partners."
    assert "verb:accept:agree" in [i for i, _ in _fired(parse, text)]
    assert "verb:accept:agree" not in [i for i, _ in _fired(parse, "Investors accepted the market price.")]


@pytest.mark.model
def test_light_noun_inside_a_quantity(parse: Parse) -> None:
    fired = _fired(parse, "The agency provided 500 tons of aid to Chad.")
    assert fired[0][0] == "light:provide_aid:aid"


def test_every_mode_is_reachable_from_the_shipped_lexicon() -> None:
    lexicon = load_lexicon()
    have = {(e.event, e.mode) for e in lexicon.entries}
    for etype, modes in MODES.items():
        for mode in modes:
            assert (etype, mode) in have, (etype, mode)


def test_every_shipped_entry_has_a_cameo_code_from_the_entry_or_the_ontology() -> None:
    for entry in load_lexicon().entries:
        cameo = entry.cameo or code(entry.event, entry.mode).cameo
        assert cameo.isdigit() and 2 <= len(cameo) <= 4, entry.id


def test_rejecting_a_proposal_is_not_rejecting_a_meeting() -> None:
    by_id = {e.id: e for e in load_lexicon().entries}
    assert by_id["light:reject_proposal:reject"].mode is None
    assert by_id["light:reject_talk:reject"].mode == "meet"
    assert by_id["light:reject_aid:reject"].mode == "assist"
    assert by_id["light:call_release:request"].mode == "yield"


def test_domain_lists_are_kept_apart_from_sense_words() -> None:
    text = "@sport\tgoal match\n@nature\tstorm\nfire\tverb\tASSAULT\t-\t-\t-\t-\t@sport @nature staff\n"
    (entry,) = parse_lexicon(text).entries
    assert entry.domain == {"goal", "match"}
    assert entry.neg == {"goal", "match", "storm", "staff"}


def _tok(text: str, lemma: str, pos: str = "VERB") -> Token:
    return Token(0, text, 0, lemma, pos, "VBD", "ROOT", 0, 0)


def test_lemma_in_repairs_a_dropped_final_e() -> None:
    assert lemma_in(_tok("staged", "stag"), frozenset({"stage"}))
    assert lemma_in(_tok("threatened", "threaten"), frozenset({"threaten"}))
    assert not lemma_in(_tok("stags", "stag", "NOUN"), frozenset({"stage"}))
    assert lemma_of(_tok("Staged", "Stag")) == "stag"


def test_participant_lists_name_a_type_and_mode() -> None:
    lexicon = parse_lexicon("@mode:ASSAULT:aerial\twarplane jet\n")
    assert lexicon.instrument_mode(EventType.ASSAULT, {"warplane", "israeli"}) == "aerial"
    assert lexicon.instrument_mode(EventType.MOBILIZE, {"warplane"}) is None
    with pytest.raises(ConfigError, match="no mode 'jets'"):
        parse_lexicon("@mode:ASSAULT:jets\twarplane\n")
    with pytest.raises(ConfigError, match="FIGHT"):
        parse_lexicon("@mode:FIGHT:aerial\twarplane\n")
    shipped = load_lexicon()
    assert shipped.instrument_mode(EventType.ASSAULT, {"drone"}) == "drone"


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The guerrillas have sworn to fight until the last village falls.", "light:swear_fight:threaten"),
        ("The militia vowed to retaliate.", "light:vow_retaliate:threaten"),
        ("The commission removed the sanctions on the bank.", "light:remove_sanction:concede"),
        ("The soldiers beat up the detainees.", "phrasal:beat_up:assault"),
        ("The columnist hit out at the minister.", "phrasal:hit_out:accuse"),
        ("The council withdrew its monitors from the region.", "light:withdraw_monitor:sanction"),
    ],
)
def test_new_constructions_fire(parse: Parse, text: str, expected: str) -> None:
    assert expected in [i for i, _ in _fired(parse, text)]


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "The reporter asked the envoy what would happen next.",
        "The striker hit the upright twice in the first half.",
        "The singer hit upon the idea of a charity record.",
        "Hackers attacked the websites of two banks.",
        "The mayor vowed to fight crime in the old town.",
        "Militiamen armed with machetes stood at the gate.",
        "The captain was ruled out of the final with a knee injury.",
        "The sprinter denied the doping charges before the Olympics.",
    ],
)
def test_more_other_senses_do_not_fire(parse: Parse, text: str) -> None:
    fired = {i.split(":")[-1] for i, _ in _fired(parse, text)}
    assert not fired & {"assault", "request", "threaten", "aid", "reject"}, fired


@pytest.mark.model
def test_a_domain_word_used_as_a_verb_is_no_sense_clue(parse: Parse) -> None:
    ids = [i for i, _ in _fired(parse, "Iran denied crossing the border.")]
    assert "verb:deny:reject" in ids  # "cross" is a sport word only as a noun


def test_the_domain_lists_are_kept_by_name() -> None:
    text = "@sport\tgoal match\n@business\tprofit\n@entertainment\tfilm\n"
    assert dict(parse_lexicon(text).domains) == {"sport": {"goal", "match"}, "entertainment": {"film"}}
    assert {name for name, _ in load_lexicon().domains} == {"sport", "entertainment"}


@pytest.mark.model
def test_an_article_about_sport_is_told_by_the_share_of_its_words(parse: Callable[[str], ParsedDoc]) -> None:
    from dragoman.stages.domain import article_domain

    lexicon = load_lexicon()
    match = (
        "The striker scored twice as the club won the cup final. The coach praised the fans, "
        "and the goalkeeper kept the league title within reach this season."
    )
    assert article_domain(parse(match), lexicon) == "sport"
    politics = "The finance minister met the union leaders. The football club's owner attended the talks."
    assert article_domain(parse(politics), lexicon) is None  # one sport word among many: not sport
    film = "The actress starred in the film, a sequel shown at the festival after the premiere of the album."
    assert article_domain(parse(film), lexicon) == "entertainment"


@pytest.mark.model
def test_the_sense_window_holds_the_noun_an_of_trigger_complements(parse: Callable[[str], ParsedDoc]) -> None:
    from dragoman.stages.sensewindow import sense_window

    lexicon = parse_lexicon("appeal\tnoun\tREQUEST\t-\t-\t-\t-\tright\n")
    parsed = parse("Both parties keep the right of appeal.")
    (trig,) = find_triggers(parse("Kenya lodged an appeal."), lexicon)
    assert trig.entry.anchor == "appeal"
    assert find_triggers(parsed, lexicon) == []
    right = next(t.i for t in parsed.tokens if t.lower == "right")
    appeal = next(t.i for t in parsed.tokens if t.lower == "appeal")
    assert right in sense_window(parsed, replace(trig, head=appeal, tokens=(appeal,)))
