"""The parse of one article in dragoman's own types.

``nlp.py`` converts a spaCy ``Doc`` into a :class:`ParsedDoc` once per
article; every stage reads this, never spaCy, so stages and their tests do
not depend on a loaded model.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cached_property
from typing import Any, TypeVar

T = TypeVar("T")


@dataclass(frozen=True)
class Token:
    i: int  #: index in the document
    text: str
    idx: int  #: character offset of the token's start in the text
    lemma: str
    pos: str  #: universal POS (NOUN, VERB, PROPN, ...)
    tag: str  #: fine-grained tag (VBD, NNP, ...)
    dep: str  #: dependency label (nsubj, dobj, ...)
    head: int  #: index of the head token (itself for the root)
    sent: int  #: sentence index
    ent_type: str = ""  #: named-entity label ("" outside entities)
    ent_iob: str = "O"  #: B, I or O
    whitespace: str = " "
    morph: str = ""  #: spaCy morphology string, e.g. "Number=Sing|Person=3"

    @property
    def end(self) -> int:
        return self.idx + len(self.text)

    @property
    def lower(self) -> str:
        return self.text.lower()


@dataclass(frozen=True)
class Span:
    """A run of tokens ``[start, end)`` with a label (entities, noun chunks, sentences)."""

    start: int
    end: int
    start_char: int
    end_char: int
    label: str
    text: str


@dataclass(frozen=True)
class ParsedDoc:
    text: str
    tokens: tuple[Token, ...]
    sents: tuple[Span, ...]
    ents: tuple[Span, ...] = ()
    noun_chunks: tuple[Span, ...] = ()

    def __len__(self) -> int:
        return len(self.tokens)

    def __getitem__(self, i: int) -> Token:
        return self.tokens[i]

    @cached_property
    def _memo(self) -> dict[object, Any]:
        """Answers computed once per document (the parse is immutable)."""
        return {}

    def cached(self, key: str, build: Callable[[], T]) -> T:
        """A value derived from this parse alone, built by ``build`` on first use under ``key``."""
        if key not in self._memo:
            self._memo[key] = build()
        return self._memo[key]  # type: ignore[no-any-return]

    @cached_property
    def _starts(self) -> list[int]:
        return [tok.idx for tok in self.tokens]

    def entity_at(self, i: int) -> Span | None:
        """The first entity that contains token ``i``."""
        return self.cached("entity_at", self._entity_index)[i] if 0 <= i < len(self.tokens) else None

    def _entity_index(self) -> list[Span | None]:
        at: list[Span | None] = [None] * len(self.tokens)
        for ent in self.ents:
            for i in range(max(ent.start, 0), min(ent.end, len(at))):
                at[i] = at[i] or ent
        return at

    def children(self, i: int) -> Iterator[Token]:
        """Tokens whose head is token ``i``, in text order."""
        kids = self._memo.get(("children", i))
        if kids is None:
            sent = self.sents[self.tokens[i].sent]
            kids = self._memo[("children", i)] = tuple(
                tok for tok in self.tokens[sent.start : sent.end] if tok.head == i and tok.i != i
            )
        return iter(kids)

    def subtree(self, i: int) -> tuple[int, int]:
        """The token range ``[start, end)`` covered by token ``i``'s subtree."""
        span = self._memo.get(("subtree", i))
        if span is None:
            span = self._memo[("subtree", i)] = self._subtree(i)
        return span

    def _subtree(self, i: int) -> tuple[int, int]:
        sent = self.sents[self.tokens[i].sent]
        lo = hi = i
        for tok in self.tokens[sent.start : sent.end]:
            if self.is_ancestor(i, tok.i):
                lo = min(lo, tok.i)
                hi = max(hi, tok.i)
        return lo, hi + 1

    def is_ancestor(self, anc: int, i: int) -> bool:
        """True when ``anc`` is ``i`` or dominates it in the parse."""
        seen = 0
        while seen <= len(self.tokens):
            if i == anc:
                return True
            head = self.tokens[i].head
            if head == i:
                return False
            i = head
            seen += 1
        return False

    def ancestors(self, i: int) -> Iterator[Token]:
        seen = 0
        while seen <= len(self.tokens):
            head = self.tokens[i].head
            if head == i:
                return
            i = head
            seen += 1
            yield self.tokens[i]

    def span_text(self, start: int, end: int) -> str:
        """The text of tokens ``[start, end)``."""
        if start >= end:
            return ""
        return self.text[self.tokens[start].idx : self.tokens[end - 1].end]

    def sentence_of_char(self, offset: int) -> int:
        for n, sent in enumerate(self.sents):
            if sent.start_char <= offset < sent.end_char:
                return n
        return len(self.sents) - 1 if self.sents else 0

    def token_at_char(self, offset: int) -> int | None:
        """The index of the token that contains character ``offset``."""
        if offset >= 0:  # tokens run in text order: the last that starts at or before the offset
            mid = bisect_right(self._starts, offset) - 1
            if mid < 0:
                return None
            tok = self.tokens[mid]
            return mid if offset < tok.idx + len(tok.text) + len(tok.whitespace) else None
        lo, hi = 0, len(self.tokens) - 1
        while lo <= hi:
            mid = (lo + hi) // 2
            tok = self.tokens[mid]
            if offset < tok.idx:
                hi = mid - 1
            elif offset >= tok.idx + len(tok.text) + len(tok.whitespace):
                lo = mid + 1
            else:
                return mid
        return None
