"""The quotes stage: quotation marks, reporting clauses, speakers and reported speech."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from dragoman.parsed import ParsedDoc, Span, Token
from dragoman.schema import Entity, Mention, Quote
from dragoman.stages.quotes import find_quotes, quote_spans, speech_verbs

Parse = Callable[[str], ParsedDoc]

MORENO = Entity("Ana Moreno", "Ana Moreno", "CHL", "GOV", office="foreign minister", rule="registry:person")
OKAFOR = Entity("Senator Okafor", "Chidi Okafor", "NGA", "LEG", rule="title")
UNION = Entity("The union leader", "Dockworkers' Union", "GBR", "LAB", rule="sector")
MINISTRY = Entity("the ministry", "Ministry of Defence", "UKR", "MIL", rule="sector")


def mention(text: str, phrase: str, entity: Entity, nth: int = 0) -> Mention:
    """A hand-made mention of the ``nth`` occurrence of ``phrase`` in ``text``."""
    start = -1
    for _ in range(nth + 1):
        start = text.index(phrase, start + 1)
    return Mention(start, start + len(phrase), phrase, entity, rule="test")


def texts(quotes: list[Quote], source: str) -> list[str]:
    for q in quotes:
        assert source[q.start : q.end] == q.text  # offsets index the text
    return [q.text for q in quotes]


# -- hermetic: the marks, and a hand-built parse ------------------------------------------------------


def spans(text: str) -> list[tuple[str, bool]]:
    return [(text[m.start : m.end], m.closed) for m in quote_spans(text)]


def test_straight_and_curly_double_marks() -> None:
    text = 'He said "we will stay," then “the border is ours” and left.'
    assert spans(text) == [("we will stay", True), ("the border is ours", True)]


def test_single_curly_marks_are_not_apostrophes() -> None:
    text = "Kenya’s envoy called it ‘a serious breach’ of the deal, the protesters’ leaders said."
    assert spans(text) == [("a serious breach", True)]


def test_inch_marks_and_unbalanced_marks_stay_in_their_paragraph() -> None:
    text = 'A 12" pipe burst near the "main gate.\nThe mayor said "repairs will take weeks" on Friday.'
    assert spans(text) == [("repairs will take weeks", True)]


def test_quote_running_on_into_the_next_paragraph() -> None:
    text = '"We will hold the line.\n\n"No one will cross the bridge," he said.'
    assert spans(text) == [("We will hold the line.", False), ("No one will cross the bridge", True)]


def test_speech_verbs_data() -> None:
    verbs = speech_verbs()
    assert verbs["say"] == verbs["tell"] == verbs["tweet"] == "report"
    assert verbs["call"] == "label"
    assert "meet" not in verbs


def build(text: str, words: list[tuple[str, str, str, int, str]]) -> ParsedDoc:
    """A one-sentence ParsedDoc over ``text`` from (word, pos, dep, head, lemma), words in text order."""
    tokens, offset = [], 0
    for i, (word, pos, dep, head, lemma) in enumerate(words):
        idx = text.index(word, offset)
        offset = idx + len(word)
        nxt = text.index(words[i + 1][0], offset) if i + 1 < len(words) else len(text)
        tokens.append(Token(i, word, idx, lemma, pos, "", dep, head, 0, whitespace=text[offset:nxt]))
    sent = Span(0, len(tokens), 0, len(text), "SENT", text)
    return ParsedDoc(text=text, tokens=tuple(tokens), sents=(sent,))


STAY_TEXT = '"We will stay," he said.'
STAY = [
    ('"', "PUNCT", "punct", 7, '"'),
    ("We", "PRON", "nsubj", 3, "we"),
    ("will", "AUX", "aux", 3, "will"),
    ("stay", "VERB", "ccomp", 7, "stay"),
    (",", "PUNCT", "punct", 7, ","),
    ('"', "PUNCT", "punct", 7, '"'),
    ("he", "PRON", "nsubj", 7, "he"),
    ("said", "VERB", "ROOT", 7, "say"),
    (".", "PUNCT", "punct", 7, "."),
]


def test_hand_built_parse_speaker_from_pronoun_mention() -> None:
    parsed = build(STAY_TEXT, STAY)
    he = mention(parsed.text, "he", MORENO)
    [quote] = find_quotes(parsed, mentions=[he])
    assert (quote.text, quote.direct, quote.speaker) == ("We will stay", True, MORENO)
    assert quote.rule == "direct:after:say"
    assert (quote.start, quote.end) == (1, 13)


def test_hand_built_parse_without_mention_has_no_speaker() -> None:
    [quote] = find_quotes(build(STAY_TEXT, STAY), mentions=[])
    assert quote.speaker is None and quote.rule == "direct:after:say"


def test_hand_built_parse_non_speech_verb_gives_no_speaker() -> None:
    words = [*STAY[:7], ("left", "VERB", "ROOT", 7, "leave"), STAY[8]]
    parsed = build('"We will stay," he left.', words)
    [quote] = find_quotes(parsed, mentions=[mention(parsed.text, "he", MORENO)])
    assert quote.speaker is None and quote.rule == "direct:none"


def test_empty_text() -> None:
    assert find_quotes(ParsedDoc(text="", tokens=(), sents=()), mentions=()) == []


# -- with the real parser -------------------------------------------------------------------------


@pytest.mark.model
def test_quote_then_pronoun_reporting_clause(parse: Parse) -> None:
    text = '"We will not retreat from the border," she said. "We will defend every village."'
    quotes = find_quotes(parse(text), mentions=[mention(text, "she", MORENO)])
    assert texts(quotes, text) == ["We will not retreat from the border", "We will defend every village."]
    assert [q.rule for q in quotes] == ["direct:after:say", "direct:continued:say"]
    assert all(q.speaker == MORENO and q.direct for q in quotes)
    assert [q.sentence for q in quotes] == [0, 1]


@pytest.mark.model
def test_inverted_said_with_apposition(parse: Parse) -> None:
    text = "“We are ready to talk,” said Ana Moreno, the foreign minister of Chile."
    [quote] = find_quotes(parse(text), mentions=[mention(text, "Ana Moreno", MORENO)])
    assert (quote.text, quote.speaker, quote.rule) == ("We are ready to talk", MORENO, "direct:after:say")


@pytest.mark.model
def test_reporting_clause_before_with_colon(parse: Parse) -> None:
    text = 'Senator Okafor told reporters: "The budget cuts will hurt every school in the north."'
    [quote] = find_quotes(parse(text), mentions=[mention(text, "Senator Okafor", OKAFOR)])
    assert quote.text == "The budget cuts will hurt every school in the north."
    assert (quote.speaker, quote.rule) == (OKAFOR, "direct:before:tell")


@pytest.mark.model
def test_bare_colon_attribution(parse: Parse) -> None:
    text = 'Senator Okafor: "We cannot accept this budget."'
    [quote] = find_quotes(parse(text), mentions=[mention(text, "Senator Okafor", OKAFOR)])
    assert (quote.speaker, quote.rule) == (OKAFOR, "direct:colon")


@pytest.mark.model
def test_quote_split_by_its_reporting_clause(parse: Parse) -> None:
    text = '"The talks went well," Okafor said, "but nothing is signed yet."'
    quotes = find_quotes(parse(text), mentions=[mention(text, "Okafor", OKAFOR)])
    assert texts(quotes, text) == ["The talks went well", "but nothing is signed yet."]
    assert [q.rule for q in quotes] == ["direct:after:say", "direct:before:say"]
    assert [q.speaker for q in quotes] == [OKAFOR, OKAFOR]


@pytest.mark.model
def test_according_to_before_a_quote(parse: Parse) -> None:
    text = 'According to the ministry, "the shelling stopped before dawn."'
    [quote] = find_quotes(parse(text), mentions=[mention(text, "the ministry", MINISTRY)])
    assert (quote.text, quote.speaker, quote.direct) == ("the shelling stopped before dawn.", MINISTRY, True)
    assert quote.rule.endswith("according-to")


@pytest.mark.model
def test_quote_running_over_paragraphs_keeps_its_speaker(parse: Parse) -> None:
    text = (
        "The union leader warned: “Strikes will spread to the ports.\n\n"
        "“Every dock worker stands with us.”\n\n"
        "“Nobody expected this,” a shipping agent said."
    )
    quotes = find_quotes(parse(text), mentions=[mention(text, "The union leader", UNION)])
    assert texts(quotes, text) == [
        "Strikes will spread to the ports.",
        "Every dock worker stands with us.",
        "Nobody expected this",
    ]
    assert [q.speaker for q in quotes] == [UNION, UNION, None]
    assert [q.rule for q in quotes] == ["direct:before:warn", "direct:continued:warn", "direct:after:say"]


@pytest.mark.model
def test_no_inheritance_across_a_closed_paragraph(parse: Parse) -> None:
    text = 'Okafor said: "We will vote no."\n\n"The bill is dead."'
    quotes = find_quotes(parse(text), mentions=[mention(text, "Okafor", OKAFOR)])
    assert [q.speaker for q in quotes] == [OKAFOR, None]
    assert quotes[1].rule == "direct:none"


@pytest.mark.model
def test_question_and_reply(parse: Parse) -> None:
    text = '"Will you resign?" a reporter asked. "Never," Okafor replied.'
    quotes = find_quotes(parse(text), mentions=[mention(text, "Okafor", OKAFOR)])
    assert texts(quotes, text) == ["Will you resign?", "Never"]
    assert [q.rule for q in quotes] == ["direct:after:ask", "direct:after:reply"]
    assert [q.speaker for q in quotes] == [None, OKAFOR]


@pytest.mark.model
def test_partial_quotes(parse: Parse) -> None:
    text = 'Moreno called the raid "a cowardly act of terror" and the reply "weak", then left.'
    quotes = find_quotes(parse(text), mentions=[mention(text, "Moreno", MORENO)])
    assert texts(quotes, text) == ["a cowardly act of terror"]  # one-word partial quotes are dropped
    assert (quotes[0].speaker, quotes[0].rule, quotes[0].direct) == (MORENO, "partial:before:call", True)


@pytest.mark.model
def test_reported_speech_that_clause(parse: Parse) -> None:
    text = "Moreno said that the talks had collapsed on Monday."
    [quote] = find_quotes(parse(text), mentions=[mention(text, "Moreno", MORENO)])
    assert (quote.text, quote.direct, quote.speaker) == ("the talks had collapsed on Monday", False, MORENO)
    assert quote.rule == "reported:clause:say"


@pytest.mark.model
def test_reported_speech_with_clause_first(parse: Parse) -> None:
    text = "The rebels will withdraw from the town, Okafor said."
    [quote] = find_quotes(parse(text), mentions=[mention(text, "Okafor", OKAFOR)])
    assert (quote.text, quote.direct) == ("The rebels will withdraw from the town", False)
    assert quote.speaker == OKAFOR


@pytest.mark.model
def test_reported_speech_according_to(parse: Parse) -> None:
    text = "According to the ministry, the ceasefire held overnight."
    [quote] = find_quotes(parse(text), mentions=[mention(text, "the ministry", MINISTRY)])
    assert (quote.text, quote.direct, quote.speaker) == ("the ceasefire held overnight", False, MINISTRY)
    assert quote.rule == "reported:according-to"


@pytest.mark.model
def test_direct_quote_is_not_also_reported(parse: Parse) -> None:
    text = 'Okafor said: "The army will leave the valley by Friday."'
    quotes = find_quotes(parse(text), mentions=[mention(text, "Okafor", OKAFOR)])
    assert [(q.direct, q.text) for q in quotes] == [(True, "The army will leave the valley by Friday.")]


@pytest.mark.model
def test_reported_clause_keeps_its_inner_marks(parse: Parse) -> None:
    text = "Okafor said the army had ‘no intention of leaving’."
    quotes = find_quotes(parse(text), mentions=[mention(text, "Okafor", OKAFOR)])
    assert [(q.direct, q.text) for q in quotes] == [
        (False, "the army had ‘no intention of leaving’"),
        (True, "no intention of leaving"),
    ]
    assert [q.rule for q in quotes] == ["reported:clause:say", "partial:before:say"]
    assert all(q.speaker == OKAFOR for q in quotes)
    assert texts(quotes, text)


@pytest.mark.model
def test_no_quotes_in_plain_narrative(parse: Parse) -> None:
    text = "Troops crossed the river at dawn. The bridge was closed for repairs."
    assert find_quotes(parse(text), mentions=[]) == []


@pytest.mark.model
def test_adding_that_takes_the_subject_of_said(parse: Parse) -> None:
    text = '"The vote was fair," Okafor said, adding that the opposition would be consulted.'
    quotes = find_quotes(parse(text), mentions=[mention(text, "Okafor", OKAFOR)])
    assert [(q.direct, q.text, q.rule) for q in quotes] == [
        (True, "The vote was fair", "direct:after:say"),
        (False, "the opposition would be consulted", "reported:clause:add"),
    ]
    assert [q.speaker for q in quotes] == [OKAFOR, OKAFOR]


@pytest.mark.model
def test_full_sentence_quoted_after_said_without_colon(parse: Parse) -> None:
    text = 'Moreno said "We will sign the treaty in June." Officials declined to comment.'
    [quote] = find_quotes(parse(text), mentions=[mention(text, "Moreno", MORENO)])
    assert (quote.text, quote.speaker) == ("We will sign the treaty in June.", MORENO)
    assert quote.rule == "direct:before:say"


@pytest.mark.model
def test_next_sentence_reporting_verb_is_not_borrowed(parse: Parse) -> None:
    text = 'The statement read: "All units will return to base." Okafor said he was relieved.'
    quotes = find_quotes(parse(text), mentions=[mention(text, "Okafor", OKAFOR)])
    direct = [q for q in quotes if q.direct]
    assert len(direct) == 1 and direct[0].speaker is None
    assert [q.text for q in quotes if not q.direct] == ["he was relieved"]


@pytest.mark.model
def test_relative_pronoun_speaker_is_the_noun_it_modifies(parse: Parse) -> None:
    text = 'The ministry, which said it was "deeply disappointed" by the ruling, will appeal.'
    quotes = find_quotes(parse(text), mentions=[mention(text, "The ministry", MINISTRY)])
    direct = [q for q in quotes if q.direct]
    assert [(q.text, q.speaker, q.rule) for q in direct] == [
        ("deeply disappointed", MINISTRY, "partial:before:say")
    ]


@pytest.mark.model
def test_partial_quote_needs_a_verb_it_depends_on(parse: Parse) -> None:
    text = 'Okafor was denied a visa; his case will be handled on a "case by case basis".'
    quotes = find_quotes(parse(text), mentions=[mention(text, "Okafor", OKAFOR)])
    assert [(q.text, q.speaker, q.rule) for q in quotes] == [("case by case basis", None, "partial:none")]


@pytest.mark.model
def test_partial_quote_does_not_inherit_a_speaker(parse: Parse) -> None:
    text = (
        '"Prices will rise," Moreno said. The main risks are "weak demand and costly loans". '
        '"Nothing will stop this."'
    )
    quotes = find_quotes(parse(text), mentions=[mention(text, "Moreno", MORENO)])
    assert [(q.rule, q.speaker) for q in quotes] == [
        ("direct:after:say", MORENO),
        ("partial:none", None),
        ("direct:continued:say", MORENO),  # the unattributed partial quote passes nothing on
    ]


def test_reported_clause_that_would_cut_a_quote_is_dropped() -> None:
    # the parse puts the opening mark under "said": the clause "the plan fails "badly now" cuts the quote
    words = [
        ("Okafor", "PROPN", "nsubj", 1, "Okafor"),
        ("said", "VERB", "ROOT", 1, "say"),
        ("the", "DET", "det", 3, "the"),
        ("plan", "NOUN", "nsubj", 4, "plan"),
        ("fails", "VERB", "ccomp", 1, "fail"),
        ('"', "PUNCT", "punct", 1, '"'),
        ("badly", "ADV", "advmod", 4, "badly"),
        ("now", "ADV", "advmod", 4, "now"),
        (".", "PUNCT", "punct", 1, "."),
        ('"', "PUNCT", "punct", 1, '"'),
    ]
    parsed = build('Okafor said the plan fails "badly now."', words)
    quotes = find_quotes(parsed, mentions=[mention(parsed.text, "Okafor", OKAFOR)])
    assert [(q.direct, q.text) for q in quotes] == [(True, "badly now.")]
